"""`gridworker demo-up` (what `make run` does): the demo county server, this device enrolled and
synced as the demo users, then the app signed in."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TextIO

from gridworker import demo
from gridworker.commands import demo_server
from gridworker.demo_accounts import DEMO_PASSWORD, create_demo_accounts, demo_users
from gridworker.store.store import Store, account_folder, data_home, list_accounts


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _enrol_demo(url: str, households: int, home: Path, out: TextIO) -> str:
    """Enrol this device for the demo grid worker and the demo township user (once each) and
    sync both; returns the grid worker's username (the app opens signed in as them)."""
    from gridworker.store.store import load_account
    from gridworker.sync.engine import sync_once
    from gridworker.sync.enrol import enroll

    county = demo.generate(households, seed=1)
    users = [u["username"] for u in demo_users(county)]
    for username in users:
        folder = account_folder(home, username)
        if folder.exists() and not load_account(folder).server_url:
            aside = folder.with_name(f"{username}.local-{int(time.time())}")
            folder.rename(aside)  # a local-only demo store: kept aside, never mixed in
            print(f"  本机演示账户已移到 {aside.name} (local-only demo store kept aside)", file=out)
        if (
            folder.exists()
            and load_account(folder).server_url == url
            and not load_account(folder).revoked
        ):
            store = Store.open(folder, DEMO_PASSWORD)
        else:
            store = enroll(url, username, DEMO_PASSWORD, home=home, device_name="demo")
            print(f"  已登记本机 (device enrolled): {username} @ {url}", file=out)
        try:
            report = sync_once(store)
        finally:
            store.close()
        print(f"  {username} 同步 (sync): " + report.summary().replace("\n", "; "), file=out)
    return str(users[0])


def demo_up(households: int = 2000, port: int | None = None, out: TextIO = sys.stdout) -> int:
    """`make run`: the county server (SQLite, in the background) with the demo county, this
    device enrolled as the demo grid worker and synced, then the app signed in with sync on.
    Falls back to local-only demo accounts when the server cannot start."""
    home = data_home()
    port = port or demo_server.DEFAULT_PORT
    url: str | None = None
    worker: str | None = None
    try:
        url = demo_server.start(home, households, port, out=out)
        worker = _enrol_demo(url, households, home, out)
    except Exception as e:  # any failure: fall back to local-only, and say so
        print(f"县服务器不可用，改用本机演示账户（不同步）(server unavailable: {e})", file=out)
        url = None
    if worker is None:
        if not list_accounts(home):
            create_demo_accounts(households=households, home=home, out=out)
        accounts = list_accounts(home)
        worker = next((a for a in accounts if a.role == "grid_worker"), accounts[0]).username
    if not has_display():
        where = (
            f"the county server keeps running at {url} (API docs: {url}/api/v1/docs; "
            "stop it with `gridworker demo-down`)"
            if url
            else f"demo accounts are in {home}"
        )
        print(
            f"没有图形显示 (no display): the app cannot open here; {where}; "
            f"sign in as {worker} / {DEMO_PASSWORD} on a desktop.",
            file=out,
            flush=True,
        )
        return 0
    from gridworker.ui.app import run_app

    return run_app(["--user", worker, "--password", DEMO_PASSWORD])
