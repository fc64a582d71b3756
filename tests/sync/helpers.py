"""Making local changes on a test device the way the app's store functions do (records.*)."""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from datetime import date
from typing import Any

from sqlalchemy import select

from gridworker.accounts import load_account
from gridworker.store import records
from gridworker.store.store import Store
from gridworker.sync.attachments import store_attachment


def png(seed: int, size: int = 3000) -> bytes:
    """A real grey-scale PNG of random pixels, about ``size`` bytes (the server checks what an
    upload claims to be)."""
    rnd = random.Random(seed)
    width = 100
    rows = max(1, size // (width + 1))
    raw = b"".join(b"\x00" + rnd.randbytes(width) for _ in range(rows))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, rows, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 0))
        + chunk(b"IEND", b"")
    )


def add_visit(
    store: Store,
    household_id: str,
    *,
    signature: bytes | None = None,
    note: str = "",
    on: date = date(2026, 11, 1),
) -> str:
    account = load_account(store.folder)
    vid = records.new_id()
    with store.write() as conn:
        sha = store_attachment(conn, store, signature) if signature else None
        records.insert(
            conn,
            store.t.visit,
            {
                "id": vid,
                "root_id": vid,
                "household_id": household_id,
                "checklist_version": "2022.1",
                "mode": "入户",
                "visit_date": on,
                "status": "completed",
                "answers": {"household": {"note": note, "pad": "x" * 200}, "members": {}},
                "derived": {},
                "flags": [],
                "worker": account.username,
                "worker_name": account.display_name,
                "signature": sha,
            },
        )
    return vid


def edit(store: Store, table: str, rid: str, **changes: Any) -> None:
    with store.write() as conn:
        records.update(conn, store.t.metadata.tables[table], rid, changes)


def add_household(store: Store, grid: str, number: str) -> str:
    with store.write() as conn:
        h = records.insert(
            conn,
            store.t.household,
            {
                "number": number,
                "grid_code": grid,
                "address": "新户",
                "household_type": "普通农户",
                "no_labour_guarantee": False,
                "long_absent": False,
                "risk_codes": [],
                "head_name": "新户主",
            },
        )
        records.insert(
            conn,
            store.t.member,
            {"household_id": h["id"], "name": "新户主", "sex": "女", "relationship": "户主"},
        )
    return str(h["id"])


def snapshot(store: Store) -> dict[str, dict[str, Any]]:
    """{table: {id: (version, deleted, content hash)}} of every record the device holds; the
    hash worked out from the content, and checked to be the one stored."""
    from gridworker.schema import SYNCED_TABLES

    with store.read() as conn:
        return {name: hashed_rows(conn, store.t.metadata.tables[name]) for name in SYNCED_TABLES}


def hashed_rows(conn: Any, t: Any) -> dict[str, tuple[int, bool, str]]:
    """{id: (version, deleted, content hash)} of a table (either side), the hash worked out from
    each row's content and checked against the one stored with it."""
    from gridworker.wire import codec

    out = {}
    for r in conn.execute(select(t)).mappings():
        h = codec.record_hash(t.name, r, bool(r["deleted"]))
        assert r["content_hash"] == h, (t.name, dict(r))
        out[r["id"]] = (r["version"], bool(r["deleted"]), h)
    return out


def attachments(store: Store) -> set[str]:
    a = store.t.attachment
    with store.read() as conn:
        rows = conn.execute(select(a.c.sha256, a.c.data)).all()
    for sha, data in rows:
        assert hashlib.sha256(bytes(data)).hexdigest() == sha
    return {r[0] for r in rows}
