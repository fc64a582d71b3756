"""Conflicts and quarantined records that sync found, kept on the device for review
(the ``sync_issue`` table): sync writes them (:func:`add`), the 待核对 list reads them with the
household they belong to (:func:`load_issues`), and a person settles a field conflict —
keep this computer's value, take the other one, or type a new one (:func:`settle`) — as an
ordinary change of the record (`store.records`), so it is pushed like any other and the other
device sees the choice at its next sync. Other issues are marked reviewed."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Float, Integer, func, select, update

from gridworker import vocab
from gridworker.schema import SYNCED_TABLES
from gridworker.store import households, records
from gridworker.store.errors import InvalidRecord, StoreError
from gridworker.store.store import TABLES
from gridworker.wire import codec

_ISSUE = TABLES.metadata.tables["sync_issue"]
ISSUE_NS = uuid.UUID("6f1d8a52-3c1e-4f7e-9a4b-2f0e5d6c7b8a")
MINE, THEIRS, EDITED, REVIEWED = "mine", "theirs", "edited", "reviewed"


@dataclass(frozen=True)
class Issue:
    id: str
    kind: str  # conflict / quarantined
    table_name: str
    record_id: str
    field: str | None
    local_value: Any  # this computer's value
    server_value: Any  # the other value (a field conflict: the one this computer's replaced)
    reason: str
    detected_at: datetime
    resolved: bool
    household_id: str | None = None
    household_number: str = ""
    head_name: str = ""
    local_at: datetime | None = None  # when this computer's value was written (UTC)
    server_by: str | None = None  # who wrote the other value
    server_at: datetime | None = None  # and when (UTC)
    resolution: str | None = None  # mine / theirs / edited / reviewed
    resolved_at: datetime | None = None
    member_name: str = ""  # the member's name, for a member's record

    @property
    def settleable(self) -> bool:
        """A field conflict of a record that can still change: a person chooses the value."""
        return (
            self.kind == "conflict"
            and self.field is not None
            and self.field != "deleted"
            and self.table_name in SYNCED_TABLES
            and self.table_name != "visit"
        )

    @property
    def editable(self) -> bool:
        """Whether a new value can be typed (not a list such as the risk types)."""
        field = self.field
        if not self.settleable or field is None:
            return False
        t = TABLES.metadata.tables[self.table_name]
        return field in t.c and not isinstance(t.c[field].type, JSON)


def add(
    conn: Connection,
    key: str,
    kind: str,
    table: str,
    record_id: str,
    field: str | None,
    local: Any,
    server: Any,
    reason: str,
    *,
    local_at: datetime | None = None,
    server_by: str | None = None,
    server_at: datetime | None = None,
) -> None:
    """Record an issue once: ``key`` names it (a resent answer records nothing twice)."""
    iid = str(uuid.uuid5(ISSUE_NS, key))
    if conn.execute(select(_ISSUE.c.id).where(_ISSUE.c.id == iid)).first() is not None:
        return
    conn.execute(
        _ISSUE.insert().values(
            id=iid,
            kind=kind,
            table_name=table,
            record_id=record_id,
            field=field,
            local_value=local,
            server_value=server,
            reason=reason,
            detected_at=records.utcnow(),
            resolved=False,
            local_at=local_at,
            server_by=server_by,
            server_at=server_at,
        )
    )


def load_issues(conn: Connection, include_resolved: bool = False) -> list[Issue]:
    """Newest first; only the open ones unless ``include_resolved``; each with its household's
    number and head (from the record, tombstones included)."""
    q = select(_ISSUE).order_by(_ISSUE.c.detected_at.desc(), _ISSUE.c.id)
    if not include_resolved:
        q = q.where(_ISSUE.c.resolved.is_(False))
    rows = list(conn.execute(q).mappings())
    keys = [(r["table_name"], str(r["record_id"])) for r in rows]
    owners = _households_of(conn, keys)
    names = _member_names(conn, [rid for table, rid in keys if table == "member"])
    h = TABLES.household
    heads: dict[str, tuple[str, str]] = {}
    hids = sorted({o for o in owners.values() if o})
    for i in range(0, len(hids), 900):
        for found in conn.execute(
            select(h.c.id, h.c.number, h.c.head_name).where(h.c.id.in_(hids[i : i + 900]))
        ):
            heads[str(found.id)] = (found.number or "", found.head_name or "")
    out = []
    for r in rows:
        hid = owners.get((r["table_name"], str(r["record_id"])))
        number, head = heads.get(hid or "", ("", ""))
        out.append(
            Issue(
                str(r["id"]),
                r["kind"],
                r["table_name"],
                str(r["record_id"]),
                r["field"],
                r["local_value"],
                r["server_value"],
                r["reason"] or "",
                r["detected_at"],
                bool(r["resolved"]),
                hid,
                number,
                head,
                r["local_at"],
                r["server_by"],
                r["server_at"],
                r["resolution"],
                r["resolved_at"],
                names.get(str(r["record_id"]), "") if r["table_name"] == "member" else "",
            )
        )
    return out


def _member_names(conn: Connection, ids: list[str]) -> dict[str, str]:
    m = TABLES.member
    out: dict[str, str] = {}
    ids = sorted(set(ids))
    for i in range(0, len(ids), 900):
        for r in conn.execute(select(m.c.id, m.c.name).where(m.c.id.in_(ids[i : i + 900]))):
            out[r.id] = r.name or ""
    return out


def _households_of(
    conn: Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], str | None]:
    """(table, record id) -> the household the record belongs to."""
    out: dict[tuple[str, str], str | None] = {}
    by_table: dict[str, set[str]] = {}
    for table, rid in keys:
        if table == "household":
            out[(table, rid)] = rid
        elif table in SYNCED_TABLES:
            by_table.setdefault(table, set()).add(rid)
    for table, ids in by_table.items():
        t = TABLES.metadata.tables[table]
        chunk = sorted(ids)
        for i in range(0, len(chunk), 900):
            for r in conn.execute(
                select(t.c.id, t.c.household_id).where(t.c.id.in_(chunk[i : i + 900]))
            ):
                out[(table, r.id)] = r.household_id
    return out


def open_count(conn: Connection) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(_ISSUE).where(_ISSUE.c.resolved.is_(False))
        ).scalar_one()
    )


def mark_reviewed(conn: Connection, ids: list[str]) -> int:
    """Mark issues reviewed; how many were."""
    result = conn.execute(
        update(_ISSUE)
        .where(_ISSUE.c.id.in_(ids), _ISSUE.c.resolved.is_(False))
        .values(resolved=True, resolution=REVIEWED, resolved_at=records.utcnow())
    )
    return int(result.rowcount)


def typed_value(table: str, field: str, text: str) -> Any:
    """A value typed for a field, as its wire form (checked by :func:`settle`)."""
    column = TABLES.metadata.tables[table].c[field]
    text = text.strip()
    if text == "":
        return None
    kind = column.type
    try:
        if isinstance(kind, Boolean):
            if text in ("是", "否"):
                return text == "是"
            raise ValueError
        if isinstance(kind, Integer):
            return int(text)
        if isinstance(kind, Float):
            return float(text)
    except ValueError:
        raise InvalidRecord([(field, "填写的值格式不对")]) from None
    return text


def settle(
    conn: Connection, issue_id: str, choice: str, today: date, typed: Any = None
) -> str | None:
    """Settle a field conflict: keep this computer's value (``mine``), take the other one
    (``theirs``) or a new one (``edited``, ``typed`` in wire form). The record is changed
    through the same checks as an edit on its screen (a household's or member's through
    `store.households`), so it is pushed at the next sync; every open issue of that field is
    closed. Returns the household id."""
    row = conn.execute(select(_ISSUE).where(_ISSUE.c.id == issue_id)).mappings().first()
    if row is None:
        raise StoreError("找不到这条待核对记录")
    issue = load_one(conn, row)
    if not issue.settleable or issue.field is None:
        raise StoreError("这一条不能在这里选值，请核对后标为已核对")
    if issue.resolved:
        raise StoreError("这一条已经处理过了")
    chosen = {MINE: issue.local_value, THEIRS: issue.server_value, EDITED: typed}.get(choice)
    if choice not in (MINE, THEIRS, EDITED):
        raise ValueError(choice)
    table, field, rid = issue.table_name, issue.field, issue.record_id
    try:
        value = codec.check(table, {field: chosen}, partial=True).values[field]
    except codec.FieldError as e:
        raise InvalidRecord([(field, e.reason)]) from None
    hid = issue.household_id
    t = TABLES.metadata.tables[table]
    if table == "household" and field in vocab.HOUSEHOLD_FIELDS:
        households.update_household(conn, rid, {field: value}, today)
    elif table == "member" and field in vocab.MEMBER_FIELDS and hid:
        households.save_member(conn, hid, {"id": rid, field: value}, today)
    else:
        records.update(conn, t, rid, {field: value})
    conn.execute(
        update(_ISSUE)
        .where(
            _ISSUE.c.table_name == table,
            _ISSUE.c.record_id == rid,
            _ISSUE.c.field == field,
            _ISSUE.c.resolved.is_(False),
        )
        .values(resolved=True, resolution=choice, resolved_at=records.utcnow())
    )
    return hid


def load_one(conn: Connection, row: Any) -> Issue:
    hid = _households_of(conn, [(row["table_name"], str(row["record_id"]))]).get(
        (row["table_name"], str(row["record_id"]))
    )
    return Issue(
        str(row["id"]),
        row["kind"],
        row["table_name"],
        str(row["record_id"]),
        row["field"],
        row["local_value"],
        row["server_value"],
        row["reason"] or "",
        row["detected_at"],
        bool(row["resolved"]),
        hid,
        resolution=row["resolution"],
    )
