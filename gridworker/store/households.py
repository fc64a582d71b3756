"""Households and members: read, register, edit — each change validated before it is written.

Validation is the checklist's own: the roster facts are run through the current checklist's
member rules (ID checksum, one 户主, at most one 配偶, phone digits …), so the household editor and
the visit form can never disagree about what is valid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from gridworker import vocab
from gridworker.checklist import EvalContext, evaluate
from gridworker.pinyin import search_key
from gridworker.reports.checks import record_household
from gridworker.store import records
from gridworker.store.errors import InvalidRecord, StoreError
from gridworker.store.store import TABLES

t = TABLES
SEARCH = t.metadata.tables["household_search"]


def household_row(conn: Connection, household_id: str) -> dict[str, Any]:
    h = t.household
    row = conn.execute(select(h).where(h.c.id == household_id, h.c.deleted.is_(False))).mappings()
    r = row.first()
    if r is None:
        raise StoreError(f"找不到此户：{household_id}")
    return dict(r)


def member_rows(conn: Connection, household_id: str) -> list[dict[str, Any]]:
    """Live members, 户主 first, then by age (oldest first)."""
    m = t.member
    rows = conn.execute(
        select(m).where(m.c.household_id == household_id, m.c.deleted.is_(False))
    ).mappings()
    order = {r: i for i, r in enumerate(vocab.RELATIONSHIPS)}
    return sorted(
        (dict(r) for r in rows),
        key=lambda r: (order.get(r["relationship"], 99), r["id_number"] or ""),
    )


def refresh_household(conn: Connection, household_id: str) -> None:
    """Recompute the derived parts of a household: the head's name and the search key."""
    h = household_row(conn, household_id)
    members = member_rows(conn, household_id)
    head = next((m["name"] for m in members if m["relationship"] == "户主"), "")
    if head != h["head_name"]:  # a synced field: the household is changed, and sent
        records.update(conn, t.household, household_id, {"head_name": head})
    key = household_search_key(h, members)
    conn.execute(SEARCH.delete().where(SEARCH.c.household_id == household_id))
    conn.execute(
        SEARCH.insert().values(household_id=household_id, grid_code=h["grid_code"], key=key)
    )
    record_household(conn, household_id)  # the data-quality rules it breaks (reports)


def household_search_key(household: Mapping[str, Any], members: Sequence[Mapping[str, Any]]) -> str:
    return search_key(
        *(m["name"] or "" for m in members),
        plain=[
            household["number"],
            household["address"] or "",
            *(m["id_number"] or "" for m in members),
        ],
    )


def validate_roster(
    conn: Connection,
    household: Mapping[str, Any],
    members: Sequence[Mapping[str, Any]],
    on: date,
) -> list[tuple[str, str]]:
    """(field, Chinese reason) for every rule the roster facts break; [] when valid."""
    from gridworker.store.checklists import checklist_for, current_version
    from gridworker.store.settings import settings_for

    problems: list[tuple[str, str]] = []
    for field, allowed in (
        ("household_type", vocab.HOUSEHOLD_TYPES),
        ("monitor_type", (None, *vocab.MONITOR_TYPES)),
    ):
        if household.get(field) not in allowed:
            problems.append((field, f"取值无效：{household.get(field)}"))
    if not str(household.get("number") or "").strip():
        problems.append(("number", "户编号不能为空"))
    checklist = checklist_for(conn, current_version(conn))
    member_answers = {
        str(m["id"]): {f: m.get(f) for f in vocab.MEMBER_FIELDS if m.get(f) is not None}
        for m in members
    }
    ctx = EvalContext(
        visit_date=on,
        settings=settings_for(conn, household["grid_code"], on),
        members=[{"id": mid, **a} for mid, a in member_answers.items()],
        household={k: household.get(k) for k in vocab.HOUSEHOLD_FIELDS},
    )
    ev = evaluate(checklist, {"household": {}, "members": member_answers}, ctx)
    names = {str(m["id"]): m.get("name") or "" for m in members}
    for e in ev.errors:
        if e.member_id is not None or e.question in vocab.MEMBER_FIELDS:
            who = f"{names.get(e.member_id or '', '')} " if e.member_id else ""
            problems.append((e.question, f"{who}{e.message}".strip()))
    return problems


def _check(
    conn: Connection, household: Mapping[str, Any], members: Sequence[Mapping[str, Any]], on: date
) -> None:
    errors = validate_roster(conn, household, members, on)
    if errors:
        raise InvalidRecord(errors)


def create_household(
    conn: Connection,
    household: Mapping[str, Any],
    members: Sequence[Mapping[str, Any]],
    on: date,
) -> str:
    """Register a household with its members (offline). Returns the new household id."""
    hid = records.new_id()
    members = [{**m, "id": m.get("id") or records.new_id()} for m in members]
    _check(conn, {**household, "id": hid}, members, on)
    values = {k: household[k] for k in vocab.HOUSEHOLD_FIELDS if k in household}
    records.insert(conn, t.household, {**values, "id": hid})
    for m in members:
        records.insert(
            conn,
            t.member,
            {
                "id": m["id"],
                "household_id": hid,
                **{f: m.get(f) for f in vocab.MEMBER_FIELDS},
            },
        )
    refresh_household(conn, hid)
    return hid


def update_household(
    conn: Connection, household_id: str, changes: Mapping[str, Any], on: date
) -> None:
    current = household_row(conn, household_id)
    changes = {k: v for k, v in changes.items() if k in vocab.HOUSEHOLD_FIELDS}
    _check(conn, {**current, **changes}, member_rows(conn, household_id), on)
    records.update(conn, t.household, household_id, changes)
    refresh_household(conn, household_id)


def save_member(conn: Connection, household_id: str, member: Mapping[str, Any], on: date) -> str:
    """Add a member (no ``id``) or change one; the whole household is re-validated."""
    household = household_row(conn, household_id)
    members = member_rows(conn, household_id)
    mid = member.get("id")
    fields = {f: member.get(f) for f in vocab.MEMBER_FIELDS if f in member}
    if mid:
        members = [{**m, **fields} if m["id"] == mid else m for m in members]
    else:
        mid = records.new_id()
        members = [*members, {"id": mid, **fields}]
    _check(conn, household, members, on)
    if member.get("id"):
        records.update(conn, t.member, mid, fields)
    else:
        records.insert(conn, t.member, {"id": mid, "household_id": household_id, **fields})
    refresh_household(conn, household_id)
    return str(mid)
