"""`gridworker enroll`, `gridworker sync` and `gridworker recover` (support staff, scripted
checks).

Passwords are prompted (no echo) on a terminal, or read one per line from stdin otherwise:
enroll reads the login password (which also becomes the store password for a new store); sync
reads the store password; recover reads the login password the admin set with
``gridworker-server user reset-password``, then the new store password (empty: the same).
Exit status: 0 success, 1 sync failure, 2 usage / local problem, 3 device revoked.
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
    r = sub.add_parser(
        "recover", help="a forgotten password: open this device's data with the admin's reset"
    )
    r.add_argument("--username", default=None, help="the account (default: the only one)")


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


def _username(args: argparse.Namespace, home: Path) -> str | None:
    if args.username is not None:
        return str(args.username)
    accounts = list_accounts(home)
    if len(accounts) != 1:
        print("请用 --username 指定账户", file=sys.stderr)
        return None
    return accounts[0].username


def cmd_recover(args: argparse.Namespace) -> int:
    from gridworker.store.store import load_account
    from gridworker.sync.client import SyncError
    from gridworker.sync.enrol import recover_password

    home: Path = data_home()
    username = _username(args, home)
    if username is None:
        return 2
    try:
        account = load_account(account_folder(home, username))
    except (OSError, ValueError, TypeError, StoreError):
        print(f"本机没有账户 {username}", file=sys.stderr)
        return 2
    if not account.server_url:
        print("此账户没有登记到县服务器，无法恢复", file=sys.stderr)
        return 2
    login = _secret("管理员重置后的登录密码: ")
    new = _secret("新的本机密码（直接回车：与登录密码相同）: ") or None
    try:
        recover_password(account.server_url, username, login, home=home, new_password=new)
    except SyncError as e:
        print(f"恢复失败：{e}", file=sys.stderr)
        return 1
    except StoreError as e:
        print(f"本地数据库：{e}", file=sys.stderr)
        return 2
    print("本机密码已重置，数据都在")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from gridworker.sync.client import DeviceRevoked, SyncError
    from gridworker.sync.engine import sync_once

    home: Path = data_home()
    username = _username(args, home)
    if username is None:
        return 2
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
