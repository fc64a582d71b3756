"""A township-size store (30,000 households) for the UI benchmarks, built once and cached.

The demo county of 30,000 households is loaded into one account whose scope is the county, so
the signed-in user sees all 30,000 (a demo township alone holds only a few thousand). The store
uses the production key derivation, so sign-in times include it. Cached under
``$GRIDWORKER_BENCH_CACHE`` (default /tmp/gridworker-bench-30k); delete it to rebuild.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gridworker import demo
from gridworker.demo_accounts import DEMO_PASSWORD, _scope_rows
from gridworker.regions import SUIXI_COUNTY
from gridworker.store import bulk
from gridworker.store.store import Account, Store, account_folder

HOUSEHOLDS = 30_000
USERNAME = "tw-bench"
CACHE = Path(os.environ.get("GRIDWORKER_BENCH_CACHE", "/tmp/gridworker-bench-30k"))


def bench_home(households: int = HOUSEHOLDS) -> Path:
    """A home with one account over ``households`` households (built when missing)."""
    home = CACHE if households == HOUSEHOLDS else CACHE.with_name(f"{CACHE.name}-{households}")
    folder = account_folder(home, USERNAME)
    if (folder / "ready").exists():
        Store.open(folder, DEMO_PASSWORD).close()  # runs any new migration once, in place
        return home
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    t0 = time.perf_counter()
    county = demo.generate(households, seed=1)
    account = Account(USERNAME, "濉溪县基准测试", "township", SUIXI_COUNTY)
    store = Store.create(folder, DEMO_PASSWORD, account)
    try:
        bulk.load(store, _scope_rows(county, SUIXI_COUNTY))
    finally:
        store.close()
    (folder / "ready").write_text("ok")
    print(
        f"(built the {households:,}-household store in {time.perf_counter() - t0:.0f} s: {folder})",
        file=sys.stderr,
    )
    return home


if __name__ == "__main__":
    print(bench_home())
