"""Data-quality rules of one household's own records (screening.md §6 [S12]), kept in the derived
``household_check`` table so a report reads the few households that break a rule instead of
re-checking a million members.

:func:`household_checks` is pure. :func:`record_household` rewrites one household's rows from its
live records: call it in the same transaction after a household or any of its members is written
(device: ``gridworker.store.households.refresh_household`` does; server: push ingest and pull of
household / member records). :func:`rebuild_checks` recomputes the whole table (bulk loads).

ID uniqueness spans households: the derived ``member_id_duplicate`` table lists every live member
whose ID number another live member also holds (:func:`record_duplicates` recomputes the numbers a
household holds or held; the report keeps the holders within its region).

:func:`record_household` is also the household hook of ``visit_counted``
(gridworker.reports.counted): a household's move, type change or tombstone rewrites its visits'
rows there. So one call after a household or member is written keeps every derived report table
current; :func:`rebuild_checks` likewise rebuilds ``household_check`` and ``member_id_duplicate``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from gridworker import residentid
from gridworker.reports import counted
from gridworker.reports.base import D, H, M, T

C = T.metadata.tables["household_check"]
ID_CARD = "居民身份证"
MEMBER_COLS = (
    "household_id",
    "name",
    "sex",
    "id_type",
    "id_number",
    "relationship",
    "education",
    "school_status",
    "work_location",
    "work_months",
    "phone",
    "resident_med",
    "employee_med",
    "deleted",
)


def _blank(value: Any) -> bool:
    return value is None or str(value).strip() == ""


def _bad_phone(value: Any) -> bool:
    return not _blank(value) and not (len(str(value)) == 11 and str(value).isdigit())


def household_checks(
    household: Mapping[str, Any] | Any, members: Sequence[Mapping[str, Any] | Any]
) -> list[dict[str, Any]]:
    """``household_check`` rows (rule, records, detail) for one household and its live members."""
    hid = str(household["id"])
    live = [m for m in members if not m.get("deleted")]
    found: dict[str, list[str]] = {}

    def hit(rule: str, who: str) -> None:
        found.setdefault(rule, []).append(who)

    for m in live:
        who = str(m.get("name") or "")
        if m.get("id_type") in (None, "", ID_CARD):
            idn = m.get("id_number")
            if _blank(idn) or residentid.validate(str(idn)) is not None:
                hit("id_checksum", who)
        if _blank(m.get("education")) == _blank(m.get("school_status")):
            hit("education_school", who)
        if _blank(m.get("work_location")) == (int(m.get("work_months") or 0) > 0):
            hit("work_months", who)
        if _bad_phone(m.get("phone")):
            hit("phone", who)
        if bool(m.get("resident_med")) + bool(m.get("employee_med")) != 1:
            hit("medical", who)
    if _bad_phone(household.get("phone")):
        hit("phone", "户")
    heads = [m for m in live if m.get("relationship") == "户主"]
    spouses = [m for m in live if m.get("relationship") == "配偶"]
    if len(heads) != 1:
        hit("head_count", f"户主{len(heads)}人")
    if len(spouses) > 1:
        hit("spouse_count", f"配偶{len(spouses)}人")
    if len(heads) == 1 and len(spouses) == 1 and heads[0].get("sex") == spouses[0].get("sex"):
        hit("head_spouse_sex", f"户主与配偶同为{heads[0].get('sex') or '未填'}")
    return [
        {"household_id": hid, "rule": rule, "records": len(who), "detail": "、".join(who)[:500]}
        for rule, who in found.items()
    ]


def record_household(conn: Connection, household_id: str) -> None:
    """Rewrite the ``household_check`` rows of one household from its stored records (and its
    ``member_id_duplicate`` and ``visit_counted`` rows)."""
    record_duplicates(conn, household_id)
    counted.record_household(conn, household_id)
    conn.execute(C.delete().where(C.c.household_id == household_id))
    h = conn.execute(select(H.c.id, H.c.phone, H.c.deleted).where(H.c.id == household_id)).first()
    if h is None or h.deleted:
        return
    members = (
        conn.execute(
            select(*(M.c[c] for c in MEMBER_COLS)).where(
                M.c.household_id == household_id, M.c.deleted.is_(False)
            )
        )
        .mappings()
        .all()
    )
    rows = household_checks(h._mapping, members)
    if rows:
        conn.execute(C.insert(), rows)


def _live_numbered() -> tuple[Any, ...]:
    return (M.c.deleted.is_(False), M.c.id_number.is_not(None), M.c.id_number != "")


def _write_duplicates(conn: Connection, *where: Any) -> None:
    dup = (
        select(M.c.id_number)
        .where(*_live_numbered(), *where)
        .group_by(M.c.id_number)
        .having(func.count() > 1)
    )
    sel = select(M.c.id, M.c.id_number, M.c.household_id, M.c.name).where(
        *_live_numbered(), M.c.id_number.in_(dup)
    )
    conn.execute(D.insert().from_select(["member_id", "id_number", "household_id", "name"], sel))


def record_duplicates(conn: Connection, household_id: str) -> None:
    """Recompute ``member_id_duplicate`` for every ID number the household's members hold now or
    held when it was last recorded."""
    numbers = set(
        conn.execute(select(D.c.id_number).where(D.c.household_id == household_id)).scalars()
    )
    numbers.update(
        conn.execute(
            select(M.c.id_number).where(M.c.household_id == household_id, *_live_numbered())
        ).scalars()
    )
    found = sorted(str(n) for n in numbers)
    for i in range(0, len(found), 500):
        chunk = found[i : i + 500]
        conn.execute(D.delete().where(D.c.id_number.in_(chunk)))
        _write_duplicates(conn, M.c.id_number.in_(chunk))


def rebuild_duplicates(conn: Connection) -> None:
    """Recompute ``member_id_duplicate`` from scratch."""
    conn.execute(D.delete())
    _write_duplicates(conn)


def rebuild_checks(conn: Connection, batch: int = 5000) -> int:
    """Recompute ``household_check`` for every live household (streams the members), then
    ``member_id_duplicate``. (``visit_counted``: ``facts.rebuild_chains``.)"""
    conn.execute(C.delete())
    households = {
        str(r.id): r._mapping
        for r in conn.execute(select(H.c.id, H.c.phone, H.c.deleted).where(H.c.deleted.is_(False)))
    }
    members = conn.execute(
        select(*(M.c[c] for c in MEMBER_COLS))
        .where(M.c.deleted.is_(False))
        .order_by(M.c.household_id),
        execution_options={"yield_per": batch},
    ).mappings()
    pending: list[dict[str, Any]] = []
    written = 0

    def flush(force: bool = False) -> None:
        nonlocal pending, written
        if pending and (force or len(pending) >= batch):
            conn.execute(C.insert(), pending)
            written += len(pending)
            pending = []

    current: str | None = None
    group: list[Mapping[str, Any]] = []
    for m in [*members, None]:
        hid = None if m is None else str(m["household_id"])
        if hid != current and current is not None:
            h = households.pop(current, None)
            if h is not None:
                pending += household_checks(h, group)
            group = []
        current = hid
        if m is not None:
            group.append(dict(m))
        flush()
    for h in households.values():  # households without members
        pending += household_checks(h, [])
    flush(force=True)
    rebuild_duplicates(conn)
    return written
