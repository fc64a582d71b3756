"""The sanity check's cost on a township's scope (server on PostgreSQL when one is available):

- the device's digests of its store (``sync.sanity.local_digests``),
- the server's answer to ``GET /digest`` for the township user,
- the whole check as a sync runs it (``sync.sanity.mismatches``: both at once),
- a sync with nothing to do, and the first sync itself;
- and what a store and a server database written before the content hash pay once for it
  (``Store`` hashing its old records at open; ``server.migrate.hash_old_records``).

    python benchmarks/bench_sync_digest.py [--households N] [--repeat R]

Medians over ``--repeat`` runs. The figures to compare are printed on one line each; run the
same command on an older tree for the "before" column (the hash lines need this one).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("GRIDWORKER_ARGON2", "1,1024,1")

from benchmarks.bench_sync_first import TOWN, load_scope
from gridworker.server import admin, db, migrate
from gridworker.sync import sanity
from gridworker.sync.client import Client
from gridworker.sync.engine import sync_once
from gridworker.sync.state import device_state
from gridworker.wire.protocol import DigestResponse

from tests.server import pg
from tests.server.fixtures import PASSWORD, enroll_device, process_server


def proc_cpu(pid: int) -> float:
    """utime + stime of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(fn: Any, repeat: int, server: int) -> str:
    """Median wall time, and the CPU this process and the server process spent per call (CPU
    time is what to compare on a shared machine: wall time waits for other people's work)."""
    walls = []
    cpu0, srv0 = time.process_time(), proc_cpu(server)
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - t)
    cpu = (time.process_time() - cpu0) / repeat * 1000
    srv = (proc_cpu(server) - srv0) / repeat * 1000
    return (
        f"{statistics.median(walls) * 1000:.0f} ms wall (median of {repeat}); CPU device "
        f"{cpu:.0f} ms + server {srv:.0f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=30_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    with pg.session_database() as url:
        if url is None:
            print("no PostgreSQL available")
            return 1
        engine = db.make_engine(url)
        migrate.upgrade(engine)
        t = time.perf_counter()
        load_scope(engine, args.households, None)
        print(f"loaded {args.households} households in {time.perf_counter() - t:.0f} s", flush=True)
        admin.add_user(engine, "u_town", PASSWORD, "township", TOWN)
        info: dict[str, Any] = {}
        with process_server(url, info=info) as base:
            pid = info["pid"]
            store = enroll_device(Path(tempfile.mkdtemp()), base, "u_town")
            try:
                t = time.perf_counter()
                report = sync_once(store)
                first = time.perf_counter() - t
                assert report.sanity_ok, report
                print(f"first sync: {report.received} records in {first:.1f} s", flush=True)
                ds = device_state(store)
                client = Client(ds.server_url, ds.token)
                params = {"content": 1}
                n = args.repeat
                local = measure(lambda: sanity.local_digests(store), n, pid)
                remote = measure(
                    lambda: client.call(DigestResponse, "GET", "/digest", params=params), n, pid
                )
                both = measure(lambda: sanity.mismatches(store, client), n, pid)
                assert sanity.mismatches(store, client) == []
                noop = measure(lambda: sync_once(store), n, pid)
                client.close()
                print(f"device digests: {local}")
                print(f"server GET /digest: {remote}")
                print(f"sanity check (both at once): {both}")
                print(f"sync with nothing to do: {noop}")
                _rehash(store, engine)
            finally:
                store.close()
        engine.dispose()
    return 0


def _rehash(store: Any, engine: Any) -> None:
    """What an upgrade pays once: every record's hash worked out again, device and server."""
    try:
        from gridworker.store.store import HASHED
    except ImportError:  # (a tree from before the content hash)
        return
    from sqlalchemy import update

    from gridworker.schema import SYNCED_TABLES
    from gridworker.server import tables as tb

    with store.write() as conn:
        for name in SYNCED_TABLES:
            conn.execute(update(store.t.metadata.tables[name]).values(content_hash=None))
        store.set_kv(conn, HASHED, False)
    t = time.perf_counter()
    store._hash_old_records()
    print(f"device, hashing the records of an upgraded store: {time.perf_counter() - t:.1f} s")
    with engine.begin() as conn:
        for name in SYNCED_TABLES:
            conn.execute(update(tb.T.metadata.tables[name]).values(content_hash=None))
        db.set_kv(conn, migrate.HASHED, False)
    t = time.perf_counter()
    n = migrate.hash_old_records(engine)
    print(f"server, hashing {n} records after revision 0003: {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
