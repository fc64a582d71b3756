"""Demo accounts on this computer: a grid worker and a township user with their stores filled
from the demo county, so the app can be tried (and benchmarked) without a server."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from gridworker import demo
from gridworker.store import bulk
from gridworker.store.store import Account, Store, account_folder, data_home

DEMO_PASSWORD = "demo1234"


def _scope_rows(county: demo.DemoCounty, scope: str) -> dict[str, list[dict[str, Any]]]:
    households = [h for h in county.households if h["grid_code"].startswith(scope)]
    ids = {h["id"] for h in households}
    grid_of = {h["id"]: h["grid_code"] for h in households}
    worker_of = {u["scope_code"]: u["username"] for u in county.users if u["role"] == "grid_worker"}
    regions = [
        r for r in county.regions if r["code"].startswith(scope) or scope.startswith(r["code"])
    ]
    return {
        "region": regions,
        "household": households,
        "member": [m for m in county.members if m["household_id"] in ids],
        "visit": [
            {"worker": worker_of.get(grid_of[v["household_id"]], ""), **v}
            for v in county.visits
            if v["household_id"] in ids
        ],
        "problem": [p for p in county.problems if p["household_id"] in ids],
        "measure": [m for m in county.measures if m["household_id"] in ids],
        "monitoring_event": [e for e in county.monitoring_events if e["household_id"] in ids],
        "points_entry": [e for e in county.points_entries if e["household_id"] in ids],
        "shop_item": [i for i in county.shop_items if i["village_code"].startswith(scope)],
        "stock_move": [m for m in county.stock_moves if m["village_code"].startswith(scope)],
    }


def demo_users(county: demo.DemoCounty) -> list[dict[str, Any]]:
    """The grid worker of the first grid, the village and township users above it, and the
    county user who decides cases (its device holds the whole demo county)."""
    grid = next(u for u in county.users if u["role"] == "grid_worker")
    above = [
        u
        for u in county.users
        if u["role"] in ("village", "township") and grid["scope_code"].startswith(u["scope_code"])
    ]
    village = next(u for u in above if u["role"] == "village")
    town = next(u for u in above if u["role"] == "township")
    xian = next(u for u in county.users if u["role"] == "county")
    return [grid, village, town, xian]


def create_demo_accounts(
    *,
    households: int = 2000,
    seed: int = 1,
    today: date | None = None,
    password: str = DEMO_PASSWORD,
    force: bool = False,
    out: TextIO = sys.stdout,
    home: Path | None = None,
    kdf: dict[str, Any] | None = None,
) -> list[Account]:
    home = home or data_home()
    t0 = time.perf_counter()
    county = demo.generate(households, seed=seed, today=today)
    print(
        f"演示数据 demo county: {len(county.households)} households, "
        f"{len(county.members)} members, {len(county.visits)} visits "
        f"({time.perf_counter() - t0:.1f} s)",
        file=out,
    )
    made = []
    for user in demo_users(county):
        folder = account_folder(home, user["username"])
        if folder.exists():
            if not force:
                print(f"  {user['username']}: exists, kept (use --force to replace)", file=out)
                continue
            import shutil

            shutil.rmtree(folder)
        role = user["role"]
        account = Account(user["username"], user["display_name"], role, user["scope_code"])
        store = Store.create(folder, password, account, kdf=kdf)
        try:
            counts = bulk.load(store, _scope_rows(county, user["scope_code"]))
        finally:
            store.close()
        made.append(account)
        print(
            f"  {account.username} ({account.display_name}, {role} {account.scope}): "
            f"{counts.get('household', 0)} households; password {password}",
            file=out,
        )
    return made
