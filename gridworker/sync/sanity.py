"""The sanity check after a sync: per-table digests of (id, version) within scope, both sides.

Records the server has never accepted (version 0) are not counted on the device; a table with
changes still waiting to be sent is skipped this time. A mismatch triggers a repair pull of that
table from cursor 0 (the records' current state; the cursor does not move), then one re-check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from gridworker.schema import SYNCED_TABLES
from gridworker.store.store import Store
from gridworker.sync.apply import apply_page, finish_derived
from gridworker.sync.client import Client
from gridworker.wire.protocol import DigestResponse, PullResponse, TableDigest

PENDING = ("new", "changed", "uploading")


def local_digests(store: Store) -> dict[str, TableDigest | None]:
    """Per table: the digest, or None when the table has unsent changes (not comparable)."""
    out: dict[str, TableDigest | None] = {}
    with store.read() as conn:
        for name in SYNCED_TABLES:
            t = store.t.metadata.tables[name]
            if conn.execute(select(t.c.id).where(t.c.sync_state.in_(PENDING)).limit(1)).first():
                out[name] = None
                continue
            total = count = 0
            for rid, version in conn.execute(select(t.c.id, t.c.version).where(t.c.version > 0)):
                h = hashlib.blake2b(f"{rid}:{version}".encode(), digest_size=8).digest()
                total = (total + int.from_bytes(h, "big")) % (1 << 64)
                count += 1
            out[name] = TableDigest(count=count, digest=f"{total:016x}")
    return out


def mismatches(store: Store, client: Client) -> list[str]:
    """Tables whose digests differ. The server works out its digests while the device works
    out its own (a request on a thread: two processes, two cores)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gridworker-digest") as ex:
        asked = ex.submit(client.call, DigestResponse, "GET", "/digest")
        local = local_digests(store)
        server = asked.result().tables
    return [n for n in SYNCED_TABLES if local[n] is not None and server.get(n) != local[n]]


def repair(store: Store, client: Client, table: str) -> None:
    after = 0
    while True:
        page = client.call(
            PullResponse,
            "GET",
            "/pull",
            params={"after": after, "limit": 2000, "table": table, "ref": 0},
        )
        page = page.model_copy(update={"reference": None})
        apply_page(store, page, move_cursor=False)
        after = page.next
        if not page.more:
            finish_derived(store)
            return


def check(
    store: Store, client: Client, progress: Callable[[str, int, int], None]
) -> tuple[bool, list[str]]:
    bad = mismatches(store, client)
    if not bad:
        return True, []
    for name in bad:
        progress("repair", 0, 0)
        repair(store, client, name)
    return not mismatches(store, client), bad
