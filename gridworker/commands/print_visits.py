"""`gridworker print`: visit summaries (入户走访记录表) to PDF from the command line.

    gridworker print --user gw1 --visit ID --out FILE.pdf [--public | --full-ids]
    gridworker print --user gw1 --grid CODE --from 2022-05-01 --to 2022-05-31 --out FILE.pdf

The account's password comes from $GRIDWORKER_PASSWORD, else a prompt (or one line of standard
input when it is not a terminal). ``--grid`` takes any region code (a grid, a village …): every
completed visit of a household below it in the dates, one page group per visit. Qt is imported
only when printing starts (``gridworker.ui.printing``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

PASSWORD_ENV = "GRIDWORKER_PASSWORD"


def add_print_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="print visit summaries (入户走访记录表) to PDF")
    p.add_argument("--home", type=Path, help="data folder (default: $GRIDWORKER_HOME)")
    p.add_argument("--user", help="account to open (default: the only account on this computer)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--visit", help="one visit's id")
    what.add_argument("--grid", metavar="CODE", help="a grid or village code: all its visits")
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, help="first date (--grid)")
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, help="last date (--grid)")
    p.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    privacy = p.add_mutually_exclusive_group()
    privacy.add_argument(
        "--public",
        action="store_true",
        help="公示版: no ID numbers, phones, bank details or health status",
    )
    privacy.add_argument(
        "--full-ids",
        action="store_true",
        help="print full ID numbers (default: last 4 digits only)",
    )


def _password(user: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env
    if sys.stdin.isatty():
        return getpass.getpass(f"{user} 的密码 (password): ")
    return sys.stdin.readline().rstrip("\r\n")


def _user(home: Path, given: str | None) -> str:
    from gridworker.store.store import list_accounts

    if given:
        return given
    accounts = list_accounts(home)
    if len(accounts) == 1:
        return accounts[0].username
    names = ", ".join(a.username for a in accounts) or "（无）"
    raise SystemExit(f"请用 --user 指定账号 (choose an account with --user): {names}")


def run_print(args: argparse.Namespace) -> int:
    from gridworker.store.errors import StoreError
    from gridworker.store.store import Store, account_folder, data_home
    from gridworker.summary import SummaryOptions

    if args.grid and (args.date_from is None or args.date_to is None):
        print("--grid 需要 --from 和 --to 日期", file=sys.stderr)
        return 2
    home = args.home or data_home()
    user = _user(home, args.user)
    options = SummaryOptions(full_ids=args.full_ids, public=args.public)
    try:
        store = Store.open(account_folder(home, user), _password(user))
    except StoreError as exc:
        print(f"无法打开 {user} 的数据：{exc}", file=sys.stderr)
        return 1
    from gridworker.ui.printing.documents import save_region_pdf, save_visit_pdf

    try:
        if args.visit:
            result = save_visit_pdf(store, args.visit, args.out, options)
        else:

            def progress(done: int, total: int) -> None:
                if done == total or done % 25 == 0:
                    print(f"  {done}/{total}", file=sys.stderr)

            result = save_region_pdf(
                store, args.grid, args.date_from, args.date_to, args.out, options, progress=progress
            )
    except StoreError as exc:
        print(f"打印失败：{exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if result.documents == 0:
        print("所选范围内没有已完成的走访记录 (no completed visits)", file=sys.stderr)
        return 1
    print(f"{args.out}: {result.documents} 份记录, {result.pages} 页")
    return 0
