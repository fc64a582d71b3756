"""`gridworker report`: a township report from this computer's own store, to PDF and/or .xlsx.

    gridworker report --user tw101 --region 340621101 --period 2022-05 --pdf r.pdf [--xlsx r.xlsx]
    gridworker report --points --user cun01 --period 2026-11 --pdf 五公开.pdf   # 爱心超市

The figures are ``gridworker.reports.build_report`` over the account's synced records (offline),
the same the township screen shows; the PDF is A4 landscape through the Qt print path
(``gridworker.ui.printing.report_print``, imported only when printing). The password comes from
$GRIDWORKER_PASSWORD, else a prompt, as for ``gridworker print``. ``--region`` defaults to the
account's scope and must lie within it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from gridworker import vocab


def add_report_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="township report (region × period) to PDF / .xlsx")
    p.add_argument("--home", type=Path, help="data folder (default: $GRIDWORKER_HOME)")
    p.add_argument("--user", help="account to open (default: the only account on this computer)")
    p.add_argument("--region", help="township, village or grid code (default: the account's)")
    p.add_argument("--period", required=True, help="2022-W18, 2022-05 or 2022-Q2")
    p.add_argument("--pdf", type=Path, help="the PDF file to write (A4 landscape)")
    p.add_argument("--xlsx", type=Path, help="the .xlsx file to write")
    p.add_argument(
        "--points",
        action="store_true",
        help="the 爱心超市 report and 五公开 lists (village, township and county users)",
    )


def run_report(args: argparse.Namespace) -> int:
    from gridworker.commands.print_visits import _password, _user
    from gridworker.reports import Period, build_report
    from gridworker.store.errors import StoreError
    from gridworker.store.store import Store, account_folder, data_home, load_account

    if args.pdf is None and args.xlsx is None:
        print("请指定 --pdf 和/或 --xlsx 输出文件", file=sys.stderr)
        return 2
    try:
        period = Period.parse(args.period)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    home = args.home or data_home()
    user = _user(home, args.user)
    folder = account_folder(home, user)
    try:
        account = load_account(folder)
        region = args.region or account.scope
    except (OSError, ValueError) as exc:
        print(f"找不到账号 {user}：{exc}", file=sys.stderr)
        return 1
    points = bool(getattr(args, "points", False))
    if points and vocab.role_name(account.role) not in ("village", "township", "county_admin"):
        print("此账号不能生成积分报表 (points reports: village, township, county)", file=sys.stderr)
        return 2
    if not points and not vocab.sees_reports(account.role):
        print(
            "网格员账号不能生成汇总报表 (reports are for township and county users)",
            file=sys.stderr,
        )
        return 2
    if not region.startswith(account.scope):
        print(f"错误：{region} 不在本账号范围 {account.scope} 内", file=sys.stderr)
        return 2
    try:
        store = Store.open(folder, _password(user))
    except StoreError as exc:
        print(f"无法打开 {user} 的数据：{exc}", file=sys.stderr)
        return 1
    if points:
        return _points(store, region, period, args)
    try:
        with store.read() as conn:
            report = build_report(conn, region, period)
    except (StoreError, ValueError) as exc:
        print(f"统计失败：{exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.xlsx is not None:
        from gridworker.reports.xlsx import export_report

        export_report(report, args.xlsx)
        print(f"{args.xlsx}: {report.region_name} {report.period_title}报告")
    if args.pdf is not None:
        from gridworker.ui.printing.documents import ensure_app
        from gridworker.ui.printing.report_print import write_report_pdf

        ensure_app()
        pages = write_report_pdf(args.pdf, report)
        print(f"{args.pdf}: {report.region_name} {report.period_title}报告, {pages} 页")
    return 0


def _points(store: Any, region: str, period: Any, args: argparse.Namespace) -> int:
    from gridworker.regions import Level, level_of
    from gridworker.reports.points import build_points_report, points_sheets
    from gridworker.store.errors import StoreError

    try:
        lists = level_of(region) in (Level.VILLAGE, Level.GRID)
        with store.read() as conn:
            report = build_points_report(conn, store.t, region, period, lists=lists)
    except (StoreError, ValueError) as exc:
        print(f"统计失败：{exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    sheets = points_sheets(report)
    if args.xlsx is not None:
        from gridworker.reports.xlsx import export_sheets

        export_sheets(sheets, args.xlsx)
        print(f"{args.xlsx}: {report.title}")
    if args.pdf is not None:
        from gridworker.ui.printing.documents import ensure_app
        from gridworker.ui.printing.report_print import write_sheets_pdf

        ensure_app()
        pages = write_sheets_pdf(args.pdf, report.title, sheets)
        print(f"{args.pdf}: {report.title}, {pages} 页")
    return 0
