"""Township reports: timings on a 30,000-household township store (SQLite/SQLCipher), the .xlsx
export of a 30,000-household drill-down, and optionally a county on PostgreSQL.

    python benchmarks/bench_reports.py                      # SQLite store + xlsx
    python benchmarks/bench_reports.py --pg postgresql://postgres@127.0.0.1:5432/test \
        --pg-households 300000        # + a PostgreSQL county loaded into a new database, dropped
    python benchmarks/bench_reports.py --skip-sqlite \
        --pg-county postgresql://postgres@127.0.0.1:5432/gridworker_county   # a loaded county

The county is ``gridworker-server demo-data``'s (300,000 households: ~1,000,000 members and,
with ``--history-days 790``, ~3,000,000 visits). Cold figure: restart PostgreSQL (e.g.
``pg_ctlcluster 15 main restart``), then run with ``--pg-county``: its first report is the first
query of a new server process with empty shared buffers.

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
TABLE_OF = {
    "households": "household",
    "members": "member",
    "visits": "visit",
    "problems": "problem",
    "measures": "measure",
    "monitoring_events": "monitoring_event",
}


def fold(code: str) -> str:
    """Move a grid of any town into one township, keeping villages apart."""
    village = int(code[-3 - 2 : -2]) - 200 + 40 * (int(code[6:9]) - 100)
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
    print(
        f"  {label:<44} wall {statistics.median(walls) * 1000:8.1f} ms  "
        f"cpu {statistics.median(cpus) * 1000:8.1f} ms (median of {repeat})"
    )
    return result


def due_only(conn: Any, region: str, period: str) -> Any:
    """The households-due part of a report alone (``gridworker.reports.due``), to set beside
    the whole report's time."""
    from gridworker.reports import due
    from gridworker.reports.base import Settings, settings_records

    settings = Settings(settings_records(conn))
    return lambda: due.by_grid(conn, region, Period.parse(period), settings)


def bench_sqlite(n: int) -> None:
    from gridworker.store import bulk
    from gridworker.store.store import Store

    print(f"SQLite township store, {n} households")
    folder = Path(tempfile.mkdtemp(prefix="gw_bench_"))
    store = Store.create(
        folder / "store",
        "bench-pw",
        kdf={"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1},
    )
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
        for period in ("2022-W18", "2022-05"):
            timed(f"  of it: households due (issue 16) × {period}", due_only(conn, TOWN, period))
        village = sorted(build_report(conn, TOWN, "2022-05").villages)[0]
        timed("village × 2022-05", lambda: build_report(conn, village, "2022-05"))
        refs = timed(
            "drill-down coverage.households (township)",
            lambda: drill_down(conn, TOWN, "2022-05", "coverage.households"),
            1,
        )
    out = folder / "drill.xlsx"
    timed(f"xlsx export of {len(refs)} households", lambda: export_drill(refs, out), 1)
    store.close()


COUNTY = "340621"
COUNTY_HISTORY_DAYS = 790  # ~10 visits per household: 3,000,000 visits for 300,000 households


def bench_pg(url: str, n: int) -> None:
    """Load a county into a new database with ``gridworker-server demo-data``'s loader, measure
    it (:func:`measure_pg`), drop the database."""
    from gridworker.server import migrate
    from gridworker.server.demo_load import load_demo

    print(f"PostgreSQL county, {n} households (demo-data loader, a new database)")
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"gw_bench_{secrets.token_hex(4)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine: Engine = create_engine(make_url(url).set(database=name))
    try:
        migrate.upgrade(engine)
        t0 = time.perf_counter()
        counts = load_demo(engine, n, seed=7, today=TODAY, history_days=COUNTY_HISTORY_DAYS)
        print(f"  loaded in {time.perf_counter() - t0:.0f} s: {counts}")
        engine.dispose()  # the first report runs on a new connection
        measure_pg(engine)
    finally:
        engine.dispose()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def measure_pg(engine: Engine, repeat: int = 5) -> None:
    """The county's report timings. The first report (county × quarter) runs on a new connection
    (a new server process: empty catalog and plan caches) before anything else of this process
    touched the database; after a restart of PostgreSQL that is the cold figure (empty shared
    buffers; the operating system's file cache is whatever it is)."""
    from sqlalchemy import func, select

    from gridworker.reports.base import H

    t0 = time.perf_counter()
    with engine.connect() as conn:
        build_report(conn, COUNTY, "2022-Q2")
        first = (time.perf_counter() - t0) * 1000
        print(f"  {'county × 2022-Q2, first run on a new connection':<52} wall {first:8.1f} ms")
        sizes = conn.execute(
            select(func.substr(H.c.grid_code, 1, 9).label("town"), func.count())
            .where(H.c.deleted.is_(False))
            .group_by("town")
            .order_by(func.count().desc())
        ).all()
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("household", "member", "visit", "visit_counted")
        }
        print(f"  data set: {counts}")
        timed("county × 2022-Q2 (warm)", lambda: build_report(conn, COUNTY, "2022-Q2"), repeat)
        timed("county × 2022-05 (warm)", lambda: build_report(conn, COUNTY, "2022-05"), repeat)
        timed(
            "  of it: households due (issue 16) × 2022-05",
            due_only(conn, COUNTY, "2022-05"),
            repeat,
        )
        for town, households in (sizes[0], sizes[len(sizes) // 2]):
            timed(
                f"township {town} ({households} households) × 2022-05",
                lambda town=town: build_report(conn, town, "2022-05"),
                repeat,
            )
        big = sizes[0][0]
        timed(f"township {big} × 2022-Q2", lambda: build_report(conn, big, "2022-Q2"), repeat)
        village = sorted(build_report(conn, big, "2022-05").villages)[0]
        timed(
            f"village {village} × 2022-05", lambda: build_report(conn, village, "2022-05"), repeat
        )


def bench_pg_existing(url: str, repeat: int) -> None:
    """Measure a county already loaded with ``gridworker-server demo-data --today 2022-06-30``."""
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    print(f"PostgreSQL county in {make_url(url).render_as_string(hide_password=True)}")
    engine = create_engine(url)
    try:
        measure_pg(engine, repeat)
    finally:
        engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--households", type=int, default=30_000)
    ap.add_argument(
        "--pg",
        help="PostgreSQL URL: also run the county benchmark in a new "
        "database (created, loaded, dropped)",
    )
    ap.add_argument("--pg-households", type=int, default=300_000)
    ap.add_argument(
        "--pg-county",
        metavar="URL",
        help="measure a county database already loaded with `gridworker-server "
        "demo-data --households 300000 --today 2022-06-30 --history-days 790`",
    )
    ap.add_argument("--repeat", type=int, default=5, help="warm runs per figure (median shown)")
    ap.add_argument("--skip-sqlite", action="store_true")
    args = ap.parse_args()
    if not args.skip_sqlite:
        bench_sqlite(args.households)
    if args.pg:
        bench_pg(args.pg, args.pg_households)
    if args.pg_county:
        bench_pg_existing(args.pg_county, args.repeat)


if __name__ == "__main__":
    main()
