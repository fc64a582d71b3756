"""Demo accounts on this computer: a grid worker and a township user with their stores filled
from the demo county, so the app can be tried (and benchmarked) without a server."""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from gridworker import demo
from gridworker.store import bulk
from gridworker.store.store import Account, Store, account_folder, data_home, list_accounts

DEMO_PASSWORD = "demo1234"


def _scope_rows(county: demo.DemoCounty, scope: str) -> dict[str, list[dict[str, Any]]]:
    households = [h for h in county.households if h["grid_code"].startswith(scope)]
    ids = {h["id"] for h in households}
    grid_of = {h["id"]: h["grid_code"] for h in households}
    worker_of = {u["scope_code"]: u["username"] for u in county.users if u["role"] == "grid_worker"}
    regions = [r for r in county.regions
               if r["code"].startswith(scope) or scope.startswith(r["code"])]
    return {
        "region": regions,
        "household": households,
        "member": [m for m in county.members if m["household_id"] in ids],
        "visit": [{"worker": worker_of.get(grid_of[v["household_id"]], ""), **v}
                  for v in county.visits if v["household_id"] in ids],
        "problem": [p for p in county.problems if p["household_id"] in ids],
        "measure": [m for m in county.measures if m["household_id"] in ids],
        "monitoring_event": [e for e in county.monitoring_events if e["household_id"] in ids],
    }


def demo_users(county: demo.DemoCounty) -> list[dict[str, Any]]:
    """The grid worker of the first grid and the township user of its township."""
    grid = next(u for u in county.users if u["role"] == "grid_worker")
    town = next(u for u in county.users
                if u["role"] == "township" and grid["scope_code"].startswith(u["scope_code"]))
    return [grid, town]


def create_demo_accounts(
    *, households: int = 2000, seed: int = 1, today: date | None = None,
    password: str = DEMO_PASSWORD, force: bool = False, out: TextIO = sys.stdout,
    home: Path | None = None, kdf: dict[str, Any] | None = None,
) -> list[Account]:
    home = home or data_home()
    t0 = time.perf_counter()
    county = demo.generate(households, seed=seed, today=today)
    print(f"演示数据 demo county: {len(county.households)} households, "
          f"{len(county.members)} members, {len(county.visits)} visits "
          f"({time.perf_counter() - t0:.1f} s)", file=out)
    made = []
    for user in demo_users(county):
        folder = account_folder(home, user["username"])
        if folder.exists():
            if not force:
                print(f"  {user['username']}: exists, kept (use --force to replace)", file=out)
                continue
            import shutil

            shutil.rmtree(folder)
        role = "grid" if user["role"] == "grid_worker" else user["role"]
        account = Account(user["username"], user["display_name"], role, user["scope_code"])
        store = Store.create(folder, password, account, kdf=kdf)
        try:
            counts = bulk.load(store, _scope_rows(county, user["scope_code"]))
        finally:
            store.close()
        made.append(account)
        print(f"  {account.username} ({account.display_name}, {role} {account.scope}): "
              f"{counts.get('household', 0)} households; password {password}", file=out)
    return made


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
        if folder.exists() and load_account(folder).server_url == url \
                and not load_account(folder).revoked:
            store = Store.open(folder, DEMO_PASSWORD)
        else:
            store = enroll(url, username, DEMO_PASSWORD, home=home, device_name="demo")
            print(f"  已登记本机 (device enrolled): {username} @ {url}", file=out)
        try:
            report = sync_once(store)
        finally:
            store.close()
        print(f"  {username} 同步 (sync): " + report.summary().replace("\n", "; "), file=out)
    return users[0]


def demo_up(households: int = 2000, port: int | None = None, out: TextIO = sys.stdout) -> int:
    """`make run`: the county server (SQLite, in the background) with the demo county, this
    device enrolled as the demo grid worker and synced, then the app signed in with sync on.
    Falls back to local-only demo accounts when the server cannot start."""
    from gridworker import demo_server

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
        worker = next((a for a in accounts if a.role == "grid"), accounts[0]).username
    if not has_display():
        where = (f"the county server keeps running at {url} (API docs: {url}/api/v1/docs; "
                 "stop it with `gridworker demo-down`)" if url else f"demo accounts are in {home}")
        print(f"没有图形显示 (no display): the app cannot open here; {where}; "
              f"sign in as {worker} / {DEMO_PASSWORD} on a desktop.", file=out, flush=True)
        return 0
    from gridworker.ui.app import run_app

    return run_app(["--user", worker, "--password", DEMO_PASSWORD])
