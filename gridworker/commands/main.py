"""The `gridworker` command: the desktop app and its subcommands for support staff.

gridworker                      start the app
gridworker demo-data            create a demo county with local demo accounts
gridworker demo-up              what `make run` does: demo server + data, the app synced
gridworker demo-down            stop the demo county server started by demo-up
gridworker --self-test          check this installation and exit non-zero on any failure
gridworker enroll --server URL --username NAME   enrol this device (password from stdin/tty)
gridworker sync [--username NAME]                one full sync, with a summary
gridworker recover [--username NAME]             a forgotten password, after the admin's reset
gridworker print                visit summaries (入户走访记录表) to PDF (see print_cli.py)
gridworker report               township report to PDF / .xlsx (see report_cli.py)
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from gridworker import __version__


def _add_home(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--home",
        type=Path,
        help="data folder (default: $GRIDWORKER_HOME or the platform's user-data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gridworker", description="网格员入户走访 gridworker")
    parser.add_argument("--version", action="version", version=f"gridworker {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation")
    parser.add_argument("-v", "--verbose", action="store_true")
    _add_home(parser)
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo-data", help="create a demo county and local demo accounts")
    _add_home(demo)
    demo.add_argument("--households", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=date.fromisoformat, default=None)
    demo.add_argument("--password", default="demo1234")
    demo.add_argument("--force", action="store_true", help="replace existing demo accounts")

    up = sub.add_parser("demo-up", help="demo data (if missing) and the app, for `make run`")
    _add_home(up)
    up.add_argument("--households", type=int, default=2000)
    up.add_argument("--port", type=int, default=8750, help="the demo county server's port")
    down = sub.add_parser("demo-down", help="stop the demo county server started by demo-up")
    _add_home(down)

    from gridworker.commands.print_visits import add_print_parser

    add_print_parser(sub)

    from gridworker.commands.report import add_report_parser

    add_report_parser(sub)

    from gridworker.commands.sync import add_parsers as add_sync_parsers

    add_sync_parsers(sub)
    # The app's own batch printing process (gridworker.commands.print_worker); not for people.
    sub.add_parser("print-worker")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.home is not None:
        import os

        os.environ["GRIDWORKER_HOME"] = str(args.home)
    if args.self_test:
        from gridworker.commands.selftest import run_self_test

        return run_self_test()
    if args.command == "demo-data":
        from gridworker.demo_accounts import create_demo_accounts

        create_demo_accounts(
            households=args.households,
            seed=args.seed,
            today=args.today,
            password=args.password,
            force=args.force,
            out=sys.stdout,
        )
        return 0
    if args.command == "enroll":
        from gridworker.commands.sync import cmd_enroll

        return cmd_enroll(args)
    if args.command == "sync":
        from gridworker.commands.sync import cmd_sync

        return cmd_sync(args)
    if args.command == "recover":
        from gridworker.commands.sync import cmd_recover

        return cmd_recover(args)
    if args.command == "demo-up":
        from gridworker.commands.demo_up import demo_up

        return demo_up(households=args.households, port=args.port)
    if args.command == "demo-down":
        from gridworker.commands import demo_server
        from gridworker.store.store import data_home

        return 0 if demo_server.stop(data_home()) else 1
    if args.command == "print":
        from gridworker.commands.print_visits import run_print

        return run_print(args)
    if args.command == "report":
        from gridworker.commands.report import run_report

        return run_report(args)
    if args.command == "print-worker":
        import os

        from gridworker.commands.print_worker import run_print_worker

        code = run_print_worker()
        # Its answer is out and its PDF closed: leave now. Tearing down Qt and the interpreter
        # takes ~0.4 s, which the app would otherwise wait through after every 取消.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    from gridworker.ui.app import run_app

    return run_app([])


if __name__ == "__main__":
    sys.exit(main())
