"""Township reports: timings on a 30,000-household township store (SQLite/SQLCipher), the .xlsx
export of a 30,000-household drill-down, and optionally a county on PostgreSQL.

    python benchmarks/bench_reports.py                      # SQLite store + xlsx
    python benchmarks/bench_reports.py --pg postgresql://postgres@127.0.0.1:5432/test \
        --pg-households 300000                             # + PostgreSQL county (COPY loader)

The demo county (gridworker.demo) is generated with today = 2022-06-30; for the township store
all its households are folded into one township (临涣镇, 340621104).
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, make_url, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gridworker import demo  # noqa: E402
from gridworker.reports import Period, build_report, drill_down  # noqa: E402
from gridworker.reports.xlsx import export_drill  # noqa: E402

TODAY = date(2022, 6, 30)
TOWN = "340621104"
TABLE_OF = {"households": "household", "members": "member", "visits": "visit",
            "problems": "problem", "measures": "measure", "monitoring_events": "monitoring_event"}


def fold(code: str) -> str:
    """Move a grid of any town into one township, keeping villages apart."""
    village = int(code[-3 - 2:-2]) - 200 + 40 * (int(code[6:9]) - 100)
    return f"{TOWN}{village:03d}{code[12:]}"


def bundles(n: int, folded: bool) -> Iterator[demo.HouseholdBundle]:
    for b in demo.iter_households(n, seed=7, today=TODAY):
        if folded:
            b.household["grid_code"] = fold(b.household["grid_code"])
        yield b


def tables_of(n: int, folded: bool) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLE_OF.values()}
    for b in bundles(n, folded):
        data["household"].append(b.household)
        data["member"] += b.members
        data["visit"] += b.visits
        data["problem"] += b.problems
        data["measure"] += b.measures
        data["monitoring_event"] += b.monitoring_events
    return data


def timed(label: str, fn: Any, repeat: int = 5) -> Any:
    """Median wall clock and CPU time (time.process_time: this process only) of ``repeat`` runs
    after one warm-up run; the machine may be shared, so both are shown."""
    result = fn()
    walls, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    print(f"  {label:<44} wall {statistics.median(walls) * 1000:8.1f} ms  "
          f"cpu {statistics.median(cpus) * 1000:8.1f} ms (median of {repeat})")
    return result


def bench_sqlite(n: int) -> None:
    from gridworker.store import bulk
    from gridworker.store.store import Store

    print(f"SQLite township store, {n} households")
    folder = Path(tempfile.mkdtemp(prefix="gw_bench_"))
    store = Store.create(folder / "store", "bench-pw", kdf={
        "alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1})
    # until the initial migration is regenerated: the report tables and indexes
    store.t.metadata.create_all(store.engine)
    for table in store.t.metadata.sorted_tables:
        for index in table.indexes:
            index.create(store.engine, checkfirst=True)
    t0 = time.perf_counter()
    data = tables_of(n, folded=True)
    t1 = time.perf_counter()
    counts = bulk.load(store, data)
    print(f"  generated in {t1 - t0:.1f} s, loaded in {time.perf_counter() - t1:.1f} s: {counts}")
    with store.read() as conn:
        for period in ("2022-05", "2022-W18", "2022-Q2"):
            p = Period.parse(period)
            timed(f"township × {period}", lambda p=p: build_report(conn, TOWN, p))
        village = sorted(build_report(conn, TOWN, "2022-05").villages)[0]
        timed("village × 2022-05", lambda: build_report(conn, village, "2022-05"))
        refs = timed("drill-down coverage.households (township)",
                     lambda: drill_down(conn, TOWN, "2022-05", "coverage.households"), 1)
    out = folder / "drill.xlsx"
    timed(f"xlsx export of {len(refs)} households", lambda: export_drill(refs, out), 1)
    store.close()


def bench_pg(url: str, n: int) -> None:
    from gridworker.reports.loading import copy_records
    from gridworker.schema import define

    print(f"PostgreSQL county, {n} households")
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"gw_bench_{secrets.token_hex(4)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine: Engine = create_engine(make_url(url).set(database=name))
    try:
        tables = define("server")
        tables.metadata.create_all(engine)
        t0 = time.perf_counter()
        plan = demo.plan_county(n, seed=7)
        with engine.begin() as conn:
            copy_records(conn, tables, {"region": plan.regions})
        total: dict[str, int] = {}
        chunk: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLE_OF.values()}

        def flush() -> None:
            with engine.begin() as conn:
                for k, v in copy_records(conn, tables, chunk, derive=False).items():
                    total[k] = total.get(k, 0) + v
            for rows in chunk.values():
                rows.clear()

        for i, b in enumerate(demo.iter_households(n, seed=7, today=TODAY, plan=plan)):
            chunk["household"].append(b.household)
            chunk["member"] += b.members
            chunk["visit"] += b.visits
            chunk["problem"] += b.problems
            chunk["measure"] += b.measures
            chunk["monitoring_event"] += b.monitoring_events
            if i % 20000 == 19999:
                flush()
        flush()
        with engine.begin() as conn:
            from gridworker.reports.checks import rebuild_checks
            from gridworker.reports.facts import rebuild_chains
            rebuild_chains(conn)
            rebuild_checks(conn)
            conn.execute(text("ANALYZE"))
        print(f"  loaded in {time.perf_counter() - t0:.0f} s: {total}")
        with engine.connect() as conn:
            town = sorted(r["code"] for r in plan.regions if r["level"] == "township")[4]
            t0 = time.perf_counter()
            build_report(conn, "340621", "2022-Q2")
            cold = (time.perf_counter() - t0) * 1000
            print(f"  {'county × 2022-Q2 (first run)':<44} {cold:9.1f} ms")
            timed("county × 2022-Q2 (warm)", lambda: build_report(conn, "340621", "2022-Q2"))
            timed(f"township {town} × 2022-05", lambda: build_report(conn, town, "2022-05"))
            timed("county × 2022-05", lambda: build_report(conn, "340621", "2022-05"))
    finally:
        engine.dispose()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--households", type=int, default=30_000)
    ap.add_argument("--pg", help="PostgreSQL URL: also run the county benchmark")
    ap.add_argument("--pg-households", type=int, default=300_000)
    ap.add_argument("--skip-sqlite", action="store_true")
    args = ap.parse_args()
    if not args.skip_sqlite:
        bench_sqlite(args.households)
    if args.pg:
        bench_pg(args.pg, args.pg_households)


if __name__ == "__main__":
    main()
