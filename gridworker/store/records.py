"""Local changes to synced records, with their sync bookkeeping.

Every change the device makes to a synced table goes through these three functions, so the sync
state is always right: a new record is ``new``; editing a record the server has seen makes it
``changed`` and bumps ``local_rev``; a deletion is a tombstone, never a removed row. Each also
stores the record's content hash (`gridworker.wire.codec.record_hash`), which the sanity check
after a sync compares with the server's.

The store enforces the rule (triggers of migration 0005): a change to a synced record's content
that does not come with a new content hash — a raw ``UPDATE`` that would leave the record
looking synced while the server keeps the old values — is aborted.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, case, func, select, union

from gridworker.schema import SYNCED_TABLES
from gridworker.store.errors import InvalidRecord, StoreError
from gridworker.wire import codec


def utcnow() -> datetime:
    """Now in UTC, naive (as stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_id() -> str:
    return str(uuid.uuid4())


def insert(conn: Connection, table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Insert a new local record; returns the row as written (with its new id)."""
    now = utcnow()
    row = {
        **_defaults(table),
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "version": 0,
        "deleted": False,
        "sync_state": "new",
        "local_rev": 1,
        **values,
    }
    _seal(table, row)
    conn.execute(table.insert().values(**row))
    return row


def update(conn: Connection, table: Table, record_id: str, changes: Mapping[str, Any]) -> None:
    """Change fields of a local record; it becomes ``changed`` unless it was never sent. A
    change that leaves the content as it was (by its hash) writes nothing."""
    current = (
        conn.execute(select(table).where(table.c.id == record_id, table.c.deleted.is_(False)))
        .mappings()
        .first()
    )
    if current is None:
        raise StoreError(f"记录不存在或已删除：{table.name} {record_id}")
    row = {**current, **changes}
    content_hash = _seal(table, row)
    if content_hash == current["content_hash"]:
        return  # the content it holds (a save of the same answers): nothing to send
    conn.execute(
        table.update()
        .where(table.c.id == record_id)
        .values(
            **changes,
            content_hash=content_hash,
            updated_at=utcnow(),
            local_rev=table.c.local_rev + 1,
            sync_state=case((table.c.sync_state == "new", "new"), else_="changed"),
        )
    )


def _seal(table: Table, row: dict[str, Any]) -> str:
    try:
        return codec.seal(table.name, row)
    except ValueError as e:  # NaN or Infinity: the server would refuse the record
        raise InvalidRecord([("", f"记录中有无效的数字（NaN 或无穷大）：{e}")]) from None


def _defaults(table: Table) -> dict[str, Any]:
    """The table's column defaults (as the insert would apply them), so the hash is of the
    record as stored."""
    out: dict[str, Any] = {}
    for col in table.columns:
        d: Any = col.default
        if d is not None:
            out[col.name] = d.arg if d.is_scalar else d.arg(None)
    return out


def tombstone(conn: Connection, table: Table, record_id: str) -> None:
    update(conn, table, record_id, {"deleted": True})


def pending_visits_households(conn: Connection, tables: Mapping[str, Table]) -> tuple[int, int]:
    """What waits to be sent as a person counts it: (completed visits, households with any
    waiting record — the household itself, a member, a visit, a problem, a measure, an
    event). One visit is one visit, however many records it wrote."""
    waiting = ("new", "changed", "uploading")
    v = tables["visit"]
    visits = conn.execute(
        select(func.count())
        .select_from(v)
        .where(v.c.sync_state.in_(waiting), v.c.status == "completed")
    ).scalar_one()
    h = tables["household"]
    parts = [select(h.c.id.label("hid")).where(h.c.sync_state.in_(waiting))]
    for name in SYNCED_TABLES:
        t = tables[name]
        if name == "household" or "household_id" not in t.c:
            continue
        q = select(t.c.household_id.label("hid")).where(t.c.sync_state.in_(waiting))
        if name == "visit":
            q = q.where(t.c.status == "completed")
        parts.append(q)
    ids = union(*parts).subquery()
    households = conn.execute(select(func.count()).select_from(ids)).scalar_one()
    return int(visits), int(households)


def pending_count(conn: Connection, tables: Mapping[str, Table]) -> int:
    """How many local records still wait to be sent (new, changed or uploading)."""
    total = 0
    for name in SYNCED_TABLES:
        t = tables[name]
        q = (
            select(func.count())
            .select_from(t)
            .where(t.c.sync_state.in_(("new", "changed", "uploading")))
        )
        if name == "visit":
            q = q.where(t.c.status == "completed")
        total += conn.execute(q).scalar_one()
    return total
