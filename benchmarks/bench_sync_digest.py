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


def median_ms(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


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
        with process_server(url) as base:
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
                local = median_ms(lambda: sanity.local_digests(store), args.repeat)
                remote = median_ms(
                    lambda: client.call(DigestResponse, "GET", "/digest", params=params),
                    args.repeat,
                )
                both = median_ms(lambda: sanity.mismatches(store, client), args.repeat)
                assert sanity.mismatches(store, client) == []
                noop = median_ms(lambda: sync_once(store), args.repeat)
                client.close()
                print(f"device digests: {local:.0f} ms (median of {args.repeat})")
                print(f"server GET /digest: {remote:.0f} ms")
                print(f"sanity check (both at once): {both:.0f} ms")
                print(f"sync with nothing to do: {noop:.0f} ms")
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
