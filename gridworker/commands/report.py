"""`gridworker report`: a township report from this computer's own store, to PDF and/or .xlsx.

    gridworker report --user tw101 --region 340621101 --period 2022-05 --pdf r.pdf [--xlsx r.xlsx]

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

from gridworker import vocab


def add_report_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="township report (region × period) to PDF / .xlsx")
    p.add_argument("--home", type=Path, help="data folder (default: $GRIDWORKER_HOME)")
    p.add_argument("--user", help="account to open (default: the only account on this computer)")
    p.add_argument("--region", help="township, village or grid code (default: the account's)")
    p.add_argument("--period", required=True, help="2022-W18, 2022-05 or 2022-Q2")
    p.add_argument("--pdf", type=Path, help="the PDF file to write (A4 landscape)")
    p.add_argument("--xlsx", type=Path, help="the .xlsx file to write")


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
    if not vocab.sees_reports(account.role):
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
