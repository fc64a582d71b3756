"""Ingest: push 10,000 completed visits (~1 KB each) into PostgreSQL end to end (client, HTTP,
server on this machine), vs a plain executemany of the same rows into the same indexed table.

    python benchmarks/bench_sync_ingest.py [--pg URL] [--visits N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("GRIDWORKER_ARGON2", "1,1024,1")

from sqlalchemy import text

from gridworker.server import db, migrate
from gridworker.server import tables as tb
from gridworker.sync.engine import sync_once

from tests.server import pg
from tests.server.fixtures import GRID_A, enroll_device, process_server, seed
from tests.sync.helpers import add_visit


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", default=None)
    ap.add_argument("--visits", type=int, default=10_000)
    args = ap.parse_args()
    with pg.session_database() as url:
        url = args.pg or url
        if url is None:
            print("no PostgreSQL available")
            return 1
        engine = db.make_engine(url)
        migrate.upgrade(engine)
        data = seed(engine, grids=(GRID_A,), households=100, users={"gw_a": GRID_A})
        hids = [h["id"] for h in data["household"]]
        tmp = Path(tempfile.mkdtemp())
        with process_server(url, workers=1) as base:
            store = enroll_device(tmp, base, "gw_a")
            sync_once(store)
            for i in range(args.visits):
                add_visit(store, hids[i % len(hids)], note="x" * 600)
            t = time.perf_counter()
            report = sync_once(store)
            push_s = time.perf_counter() - t
            assert report.applied == args.visits, report
            store.close()
        # the same rows, plain executemany into a copy of the indexed visit table
        v = tb.T.visit
        with engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(v.select()).mappings()]
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE visit_copy (LIKE visit INCLUDING ALL)"))
        for r in rows:
            r["id"] = str(uuid.uuid4())
        from sqlalchemy import Table

        copy = Table("visit_copy", tb.md, *[c.copy() for c in v.columns],  # type: ignore[attr-defined]
                     extend_existing=True)
        t = time.perf_counter()
        with engine.begin() as conn:
            for i in range(0, len(rows), 500):
                conn.execute(copy.insert(), rows[i:i + 500])
        plain_s = time.perf_counter() - t
        engine.dispose()
    rate = args.visits / push_s
    plain = args.visits / plain_s
    print(f"push end to end: {args.visits} visits in {push_s:.2f} s = {rate:,.0f} visits/s "
          f"(target >= 2,000)")
    print(f"plain executemany: {plain:,.0f} rows/s; ratio end-to-end/plain = {rate / plain:.2f} "
          f"(aim >= 0.20)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
