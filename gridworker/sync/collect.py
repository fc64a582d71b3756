"""Device side of push: collect local changes, and record what the server said about them.

A change's id is ``{device_id}:{record_id}:{base_version}:{local_rev}``: deterministic, so a batch
resent after a dropped connection carries the same ids and the server answers "duplicate" with
its stored result — without the device storing anything extra. (The base version is part of the
id so a record that left the scope and came back can never reuse an old id.)
Collected records become ``uploading``; an edit made meanwhile turns them ``changed`` (and bumps
``local_rev``), so an acknowledgement marks a record ``synced`` only if ``local_rev`` is still the
one that was sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from sqlalchemy import (
    Connection,
    Row,
    and_,
    bindparam,
    case,
    select,
    update,
)

from gridworker.schema import SYNCED_TABLES
from gridworker.store import sync_issues
from gridworker.store.store import Store
from gridworker.wire import codec
from gridworker.wire.protocol import ChangeResult

PENDING = ("new", "changed", "uploading")
BATCH_CHANGES = 2000
BATCH_BYTES = 3 * 1024 * 1024
# A field conflict, in plain words: both computers changed it; the server keeps this one's
# (it arrived later) until a person chooses on the 待核对 list.
FIELD_CONFLICT = "这一项在另一台电脑上也改过，两边不一样。现在暂用本机改的，请选定用哪个。"


@dataclass(frozen=True)
class Outgoing:
    table: str
    id: str
    local_rev: int
    change_id: str
    raw: bytes  # the protocol.Change as JSON (the request body is joined from these)

    def fields(self) -> Any:
        return json.loads(self.raw)["fields"]


@dataclass(frozen=True)
class Pending:
    """A pending row as read by :func:`collect`, its JSON columns still as stored text."""

    table: str
    row: Row[Any]  # in the table's column order


def pending_query(store: Store, name: str) -> Any:
    """The table's pending rows, JSON columns as their stored text (``codec.raw_select``)."""
    t = store.t.metadata.tables[name]
    q = codec.raw_select(t).where(t.c.sync_state.in_(PENDING))
    if name == "visit":
        q = q.where(t.c.status == "completed")  # drafts never leave the device
    return q


def collect(store: Store) -> list[Pending]:
    """Every pending change, parents first; marks them ``uploading`` (one transaction).
    Encoding waits for :func:`batches`, so it can overlap the server's work on earlier ones."""
    out: list[Pending] = []
    with store.write() as conn:
        for name in SYNCED_TABLES:
            t = store.t.metadata.tables[name]
            rows = list(conn.execute(pending_query(store, name)))
            out += [Pending(name, r) for r in rows]
            ids = [r.id for r in rows if r.sync_state != "uploading"]
            for i in range(0, len(ids), 900):
                conn.execute(
                    update(t).where(t.c.id.in_(ids[i : i + 900])).values(sync_state="uploading")
                )
    return out


def encode(store: Store, device_id: str, item: Pending) -> Outgoing:
    """One change as JSON (its fields by ``codec.fields_json``: stored JSON spliced in)."""
    r = item.row
    fields = codec.fields_json(store.t.metadata.tables[item.table], r)
    cid = f"{device_id}:{r.id}:{r.version}:{r.local_rev}"
    head = json.dumps(
        {
            "change_id": cid,
            "table": item.table,
            "id": r.id,
            "base_version": r.version,
            "deleted": bool(r.deleted),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    raw = f'{head[:-1]},"fields":{fields}}}'
    return Outgoing(item.table, r.id, r.local_rev, cid, raw.encode())


def batches(store: Store, device_id: str, items: Iterable[Pending]) -> Iterator[list[Outgoing]]:
    """Encode and split into size-bounded batches, keeping order (parents before children);
    lazily, one batch at a time."""
    cur: list[Outgoing] = []
    size = 0
    for item in items:
        out = encode(store, device_id, item)
        if cur and (len(cur) >= BATCH_CHANGES or size + len(out.raw) > BATCH_BYTES):
            yield cur
            cur, size = [], 0
        cur.append(out)
        size += len(out.raw)
    if cur:
        yield cur


@dataclass
class AckCounts:
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    quarantined: int = 0
    retry: int = 0


def _edited_at(conn: Connection, store: Store, item: Outgoing) -> Any:
    """When the record sent was last changed on this computer (UTC)."""
    t = store.t.metadata.tables[item.table]
    return conn.execute(select(t.c.updated_at).where(t.c.id == item.id)).scalar()


def body(batch: list[Outgoing], device_time: str) -> bytes:
    """The ``POST /push`` body of a batch, joined from the pre-serialised changes."""
    head = json.dumps({"device_time": device_time}).encode()[:-1]
    return head + b',"changes":[' + b",".join(i.raw for i in batch) + b"]}"


def acknowledge(store: Store, sent: list[Outgoing], results: list[ChangeResult]) -> AckCounts:
    """Record the server's answers for one batch (one local transaction)."""
    counts = AckCounts()
    by_change = {r.change_id: r for r in results}
    acks: dict[str, list[dict[str, Any]]] = {}
    with store.write() as conn:
        for item in sent:
            res = by_change.get(item.change_id)
            if res is None or res.status == "retry":
                counts.retry += 1
                continue
            cid = item.change_id
            if res.duplicate:
                counts.duplicates += 1
            if res.status in ("applied", "duplicate"):
                counts.applied += 1
                acks.setdefault(item.table, []).append(
                    {"b_id": item.id, "b_rev": item.local_rev, "b_version": res.version or 0}
                )
                local_at = _edited_at(conn, store, item) if res.conflicts else None
                for fc in res.conflicts:
                    counts.conflicts += 1
                    sync_issues.add(
                        conn,
                        f"{cid}:{fc.field}",
                        "conflict",
                        item.table,
                        item.id,
                        fc.field,
                        fc.device_value,
                        fc.server_value,
                        FIELD_CONFLICT,
                        local_at=local_at,
                        server_by=fc.server_by,
                        server_at=(
                            fc.server_at.astimezone(UTC).replace(tzinfo=None)
                            if fc.server_at
                            else None
                        ),
                    )
                continue
            kind = "conflict" if res.status == "conflict" else "quarantined"
            if kind == "conflict":
                counts.conflicts += 1
            else:
                counts.quarantined += 1
            reason = res.reason or res.code or res.status
            sync_issues.add(conn, cid, kind, item.table, item.id, None, item.fields(), None, reason)
            t = store.t.metadata.tables[item.table]
            conn.execute(
                update(t)
                .where(t.c.id == item.id, t.c.local_rev == item.local_rev)
                .values(sync_state="error", sync_error=reason)
            )
        for name, rows in acks.items():
            t = store.t.metadata.tables[name]
            conn.execute(
                update(t)
                .where(t.c.id == bindparam("b_id"))
                .values(
                    version=bindparam("b_version"),
                    sync_state=case(
                        (
                            and_(
                                t.c.local_rev == bindparam("b_rev"), t.c.sync_state == "uploading"
                            ),
                            "synced",
                        ),
                        else_=t.c.sync_state,
                    ),
                    sync_error=None,
                ),
                rows,
            )
    return counts
