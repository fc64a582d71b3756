"""The sanity check after a sync: per-table digests of (id, version, content hash), both sides.

Each side digests what it stored (`gridworker.wire.digest`, one implementation): the content
hash is the one each side worked out when it wrote the record, so a record whose content differs
between device and server — whatever the cause — shows as a mismatch, not only a missing record
or a stale version. Records the server has never accepted (version 0) are not counted on the
device. A table is not compared this time while it holds a record whose local content may differ
from the server's for a known reason: a change on its way (``changed`` / ``uploading``) or one
the server refused (``error``, for a record the server holds). A mismatch triggers a repair pull
of that table from cursor 0 (the records' current state; the cursor does not move), then one
re-check.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import or_, select

from gridworker.schema import SYNCED_TABLES
from gridworker.store.store import Store
from gridworker.sync.apply import apply_page, finish_derived
from gridworker.sync.client import Client
from gridworker.wire.digest import digest_rows, table_digest
from gridworker.wire.protocol import DigestResponse, PullResponse, TableDigest


def local_digests(store: Store) -> dict[str, TableDigest | None]:
    """Per table: the digest, or None when the table is not comparable this time."""
    out: dict[str, TableDigest | None] = {}
    with store.read() as conn:
        for name in SYNCED_TABLES:
            t = store.t.metadata.tables[name]
            unsettled = select(t.c.id).where(
                t.c.sync_state.in_(("changed", "uploading", "error", "new")),
                or_(t.c.version > 0, t.c.sync_state == "uploading"),
            )
            if conn.execute(unsettled.limit(1)).first():
                out[name] = None
                continue
            out[name] = table_digest(conn.execute(digest_rows(store.t, name)))
    return out


def mismatches(store: Store, client: Client) -> list[str]:
    """Tables whose digests differ. The server works out its digests while the device works
    out its own (a request on a thread: two processes, two cores)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gridworker-digest") as ex:
        asked = ex.submit(client.call, DigestResponse, "GET", "/digest", params={"content": 1})
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
