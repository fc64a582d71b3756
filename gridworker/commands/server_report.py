"""``gridworker-server report``: one township report from the server database, as .xlsx or JSON.

    gridworker-server report --region 340621104 --period 2022-05 --format xlsx --out r.xlsx
    gridworker-server report --points --region 340621104201 --period 2026-11 --out 五公开.xlsx

The figures are `gridworker.reports.build_report` over the server's records (no Qt): the same
ones a township user's app shows offline. ``--format`` defaults to the suffix of ``--out``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

FORMATS = ("xlsx", "json")


def add_parser(sub: Any) -> None:
    """Register the ``report`` subcommand on the server CLI's subparsers."""
    p = sub.add_parser("report", help="export a report (region × period) as .xlsx or JSON")
    p.add_argument("--region", required=True, help="county, township, village or grid code")
    p.add_argument("--period", required=True, help="2022-W18, 2022-05 or 2022-Q2")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="xlsx or json (default: from the suffix of --out)",
    )
    p.add_argument("--out", type=Path, required=True, help="file to write")
    p.add_argument(
        "--points",
        action="store_true",
        help="the 爱心超市 report instead: points per village, stock, donations, the 五公开 "
        "lists (households listed for a village or smaller region)",
    )


def output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"无法从 {args.out} 判断格式，请加 --format xlsx 或 --format json")
    return suffix


def run(args: argparse.Namespace, engine: Engine) -> int:
    """Build the report and write it; prints one line saying where. 2 on a bad request."""
    from gridworker.reports import Period, build_report
    from gridworker.reports.xlsx import export_report

    if getattr(args, "points", False):
        return _points(args, engine)
    try:
        fmt = output_format(args)
        period = Period.parse(args.period)
        with engine.connect() as conn:
            report = build_report(conn, args.region, period)
    except ValueError as e:  # bad region code, period or format
        print(f"错误：{e}")
        return 2
    out = Path(args.out)
    if fmt == "json":
        out.write_text(report.to_json(indent=1) + "\n", encoding="utf-8")
    else:
        export_report(report, out)
    print(f"已写出 {report.region_name} {report.period_title} 报告：{out}")
    return 0


def _points(args: argparse.Namespace, engine: Engine) -> int:
    import json

    from gridworker.regions import Level, level_of
    from gridworker.reports import Period
    from gridworker.reports.points import build_points_report, points_sheets
    from gridworker.reports.xlsx import export_sheets
    from gridworker.server import tables as tb

    try:
        fmt = output_format(args)
        period = Period.parse(args.period)
        lists = level_of(args.region) in (Level.VILLAGE, Level.GRID)
        with engine.connect() as conn:
            report = build_points_report(conn, tb.T, args.region, period, lists=lists)
    except ValueError as e:
        print(f"错误：{e}")
        return 2
    out = Path(args.out)
    sheets = points_sheets(report)
    if fmt == "json":
        body = [{"title": s.title, "headers": s.headers, "rows": s.rows} for s in sheets]
        out.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    else:
        export_sheets(sheets, out)
    print(f"已写出 {report.title}：{out}")
    return 0
