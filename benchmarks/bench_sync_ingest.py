"""Ingest: push 10,000 completed visits (~1 KB each) into PostgreSQL end to end (client, HTTP,
server on this machine), vs a plain executemany of the same rows into the same indexed table.

    python benchmarks/bench_sync_ingest.py [--pg URL] [--visits N] [--runs R]

Each run enrols a fresh device, records N visits on it, and times one `sync_once` (push in
batches, acknowledgements, pull, sanity check): wall time, client CPU (process_time) and server
CPU (the server process's utime+stime). The reference is the same rows inserted with plain
executemany (SQLAlchemy Core, and psycopg directly) into `visit_copy`, a copy of the visit table
with all its indexes. Medians over the runs are printed; the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("GRIDWORKER_ARGON2", "1,1024,1")

from sqlalchemy import Engine, Table, text

from gridworker.server import db, migrate
from gridworker.server import tables as tb
from gridworker.store import records
from gridworker.store.store import Store
from gridworker.sync.engine import sync_once

from tests.server import pg
from tests.server.fixtures import GRID_A, enroll_device, process_server, seed


def proc_cpu(pid: int) -> float:
    """utime + stime of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def add_visits(store: Store, hids: list[str], n: int, worker: str) -> None:
    """N completed visits (~1 KB of JSON each) by ``worker`` (the enrolled user: the server
    refuses a visit recorded as anyone else), recorded the way the app records them."""
    v = store.t.visit
    with store.write() as conn:
        for i in range(n):
            rid = records.new_id()
            records.insert(
                conn,
                v,
                {
                    "id": rid,
                    "root_id": rid,
                    "household_id": hids[i % len(hids)],
                    "checklist_version": "2022.1",
                    "mode": "入户",
                    "visit_date": date(2026, 11, 1),
                    "status": "completed",
                    "worker": worker,
                    "worker_name": worker,
                    "answers": {"household": {"note": "x" * 600, "pad": "y" * 200}, "members": {}},
                    "derived": {},
                    "flags": [],
                    "signature": None,
                },
            )


def plain(engine: Engine, rows: list[dict[str, Any]]) -> tuple[float, float]:
    """Seconds for SQLAlchemy executemany and for psycopg executemany of ``rows``."""
    v = tb.T.visit
    copy = Table("visit_copy", tb.md, *[c._copy() for c in v.columns], extend_existing=True)
    out = []
    for way in ("sqlalchemy", "psycopg"):
        with engine.begin() as conn:
            conn.execute(text("TRUNCATE visit_copy"))
        fresh = [{**r, "id": str(uuid.uuid4())} for r in rows]
        t = time.perf_counter()
        with engine.begin() as conn:
            if way == "sqlalchemy":
                for i in range(0, len(fresh), 500):
                    conn.execute(copy.insert(), fresh[i : i + 500])
            else:
                cols = [c.name for c in v.columns]
                raw: Any = conn.connection.driver_connection
                from psycopg.types.json import Json

                json_cols = {"answers", "derived", "flags"}
                sql = (
                    f"INSERT INTO visit_copy ({', '.join(cols)}) VALUES "
                    f"({', '.join(['%s'] * len(cols))})"
                )
                with raw.cursor() as cur:
                    cur.executemany(
                        sql, [[Json(r[c]) if c in json_cols else r[c] for c in cols] for r in fresh]
                    )
        out.append(time.perf_counter() - t)
    return out[0], out[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", default=None)
    ap.add_argument("--visits", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    n = args.visits
    with pg.session_database() as session_url:
        url = args.pg or session_url
        if url is None:
            print("no PostgreSQL available")
            return 1
        engine = db.make_engine(url)
        migrate.upgrade(engine)
        data = seed(
            engine,
            grids=(GRID_A,),
            households=100,
            users={f"gw_{i}": GRID_A for i in range(args.runs)},
        )
        hids = [h["id"] for h in data["household"]]
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE visit_copy (LIKE visit INCLUDING ALL)"))
        runs: list[tuple[float, float, float, float, float]] = []
        info: dict[str, Any] = {}
        with process_server(url, workers=1, info=info) as base:
            for run in range(args.runs):
                store = enroll_device(Path(tempfile.mkdtemp()), base, f"gw_{run}")
                sync_once(store)
                add_visits(store, hids, n, f"gw_{run}")
                cpu_s, cpu_c = proc_cpu(info["pid"]), time.process_time()
                t = time.perf_counter()
                report = sync_once(store)
                wall = time.perf_counter() - t
                cpu_c, cpu_s = time.process_time() - cpu_c, proc_cpu(info["pid"]) - cpu_s
                assert report.applied == n and report.sanity_ok, report
                store.close()
                v = tb.T.visit
                with engine.connect() as conn:
                    device = store_device(conn, f"gw_{run}")
                    rows = [
                        dict(r)
                        for r in conn.execute(v.select().where(v.c.updated_by == device)).mappings()
                    ]
                sa_s, pg_s = plain(engine, rows)
                runs.append((wall, cpu_c, cpu_s, sa_s, pg_s))
                print(
                    f"  run {run + 1}: {wall:.2f} s wall ({n / wall:,.0f}/s), client CPU "
                    f"{cpu_c:.2f} s, server CPU {cpu_s:.2f} s; plain executemany "
                    f"{sa_s:.2f} s (SQLAlchemy) / {pg_s:.2f} s (psycopg)",
                    flush=True,
                )
        engine.dispose()
    wall, cpu_c, cpu_s, sa_s, pg_s = (statistics.median(x) for x in zip(*runs, strict=True))
    rate = n / wall
    print(
        f"push end to end: {n} visits in {wall:.2f} s = {rate:,.0f} visits/s (target >= 2,000)"
        f"; CPU client {cpu_c:.2f} s + server {cpu_s:.2f} s (median of {len(runs)})"
    )
    for name, secs in (("SQLAlchemy Core executemany", sa_s), ("psycopg executemany", pg_s)):
        print(
            f"plain {name}: {n / secs:,.0f} rows/s; ratio end-to-end/plain = "
            f"{secs / wall:.2f} (aim >= 0.20)"
        )
    return 0


def store_device(conn: Any, username: str) -> str:
    """The device id of the user's (only) device."""
    return str(
        conn.execute(
            text("SELECT id FROM device WHERE username = :u"), {"u": username}
        ).scalar_one()
    )


if __name__ == "__main__":
    sys.exit(main())
