"""`gridworker enroll` and `gridworker sync` (support staff, scripted checks).

Passwords are prompted (no echo) on a terminal, or read one per line from stdin otherwise:
enroll reads the login password (which also becomes the store password for a new store); sync
reads the store password. Exit status: 0 success, 1 sync failure, 2 usage / local problem,
3 device revoked.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from gridworker.store.errors import StoreError
from gridworker.store.store import Store, account_folder, data_home, list_accounts


def _secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = sub.add_parser("enroll", help="enrol this device with the county server")
    e.add_argument("--server", required=True, help="e.g. http://county.example:8765")
    e.add_argument("--username", required=True)
    e.add_argument("--device-name", default=None)
    s = sub.add_parser("sync", help="one full sync with the county server")
    s.add_argument("--username", default=None, help="the account (default: the only one)")


def cmd_enroll(args: argparse.Namespace) -> int:
    from gridworker.sync.client import SyncError
    from gridworker.sync.enrol import enroll

    password = _secret("密码: ")
    try:
        store = enroll(
            args.server, args.username, password, home=data_home(), device_name=args.device_name
        )
    except SyncError as e:
        print(f"登记失败：{e}", file=sys.stderr)
        return 1
    except StoreError as e:
        print(f"本地数据库：{e}", file=sys.stderr)
        return 2
    store.close()
    print(f"已登记：{args.username} @ {args.server}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from gridworker.sync.client import DeviceRevoked, SyncError
    from gridworker.sync.engine import sync_once

    home: Path = data_home()
    username = args.username
    if username is None:
        accounts = list_accounts(home)
        if len(accounts) != 1:
            print("请用 --username 指定账户", file=sys.stderr)
            return 2
        username = accounts[0].username
    try:
        store = Store.open(account_folder(home, username), _secret("本地密码: "))
    except StoreError as e:
        print(str(e), file=sys.stderr)
        return 3 if "停用" in str(e) else 2
    try:
        report = sync_once(store, progress=None)
    except DeviceRevoked as e:
        print(str(e), file=sys.stderr)
        return 3
    except SyncError as e:
        print(f"同步失败：{e}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(report.summary())
    return 0
