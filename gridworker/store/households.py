"""Households and members: read, register, edit — each change validated before it is written.

Validation is the checklist's own: the roster facts are run through the current checklist's
member rules (ID checksum, one 户主, at most one 配偶, phone digits …), so the household editor and
the visit form can never disagree about what is valid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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
from gridworker.wire import codec

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
    """Add a member (no ``id``) or change one; the whole household is re-validated. A new
    member may come with why and when they joined (``arrival_reason``: 新生儿 / 婚入 / 其他,
    ``arrival_date``, ``change_note``)."""
    household = household_row(conn, household_id)
    members = member_rows(conn, household_id)
    mid = member.get("id")
    fields = {f: member.get(f) for f in vocab.MEMBER_FIELDS if f in member}
    if not mid and (member.get("arrival_reason") or member.get("arrival_date")):
        fields.update(
            _change(
                member.get("arrival_reason"),
                member.get("arrival_date"),
                member.get("change_note"),
                vocab.ARRIVAL_REASONS,
                "arrival",
                on,
            )
        )
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


def _day(value: Any, field: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-").replace(".", "-"))
    except ValueError:
        raise InvalidRecord([(field, "日期请写成 2026-11-03 这样")]) from None


def _change(
    reason: Any,
    day: Any,
    note: Any,
    allowed: Sequence[str],
    kind: str,
    today: date,
    member: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A member change's columns (``kind``: arrival / departure), checked as the server will
    check them (`codec.member_change_problem`)."""
    if reason not in allowed:
        raise InvalidRecord([(f"{kind}_reason", "请选择变动原因")])
    values: dict[str, Any] = {f"{kind}_reason": reason, f"{kind}_date": _day(day, f"{kind}_date")}
    if note and str(note).strip():  # (one note per member: a new one replaces the old)
        values["change_note"] = str(note).strip()
        if len(values["change_note"]) > 200:
            raise InvalidRecord([("change_note", "说明不能超过 200 字")])
    try:
        codec.member_change_problem({**(member or {}), **values}, today)
    except codec.FieldError as e:
        raise InvalidRecord([(e.field, e.reason)]) from None
    return values


def remove_member(
    conn: Connection,
    household_id: str,
    member_id: str,
    reason: str,
    on: date | str,
    today: date,
    *,
    note: str | None = None,
    new_head: str | None = None,
) -> None:
    """A member leaves the household (死亡 / 迁出 / 婚出 / 其他) on ``on``: the record becomes a
    tombstone that keeps the reason and date, so the household's history and printed summaries
    still show them, and it syncs like any change. When the 户主 leaves, ``new_head`` (another
    member) becomes 户主. The remaining members are validated as a household."""
    household = household_row(conn, household_id)
    members = member_rows(conn, household_id)
    leaving = next((m for m in members if m["id"] == member_id), None)
    if leaving is None:
        raise StoreError("此成员不在本户（可能已登记离开）")
    values = _change(reason, on, note, vocab.DEPARTURE_REASONS, "departure", today, leaving)
    rest = [m for m in members if m["id"] != member_id]
    if leaving["relationship"] == "户主" and rest:
        if new_head not in {m["id"] for m in rest}:
            raise InvalidRecord([("new_head", "户主离开后，请选定新的户主")])
        rest = [{**m, "relationship": "户主"} if m["id"] == new_head else m for m in rest]
    if rest:
        _check(conn, household, rest, today)
    records.update(conn, t.member, member_id, {**values, "deleted": True})
    if leaving["relationship"] == "户主" and new_head:
        records.update(conn, t.member, new_head, {"relationship": "户主"})
    refresh_household(conn, household_id)


@dataclass(frozen=True)
class MemberChange:
    """One line of a household's 成员变动 history."""

    member_id: str
    name: str
    relationship: str
    kind: str  # arrival / departure
    reason: str
    on: date
    note: str

    @property
    def left(self) -> bool:
        return self.kind == "departure"


def member_changes(conn: Connection, household_id: str) -> list[MemberChange]:
    """The household's member changes (who joined and who left, why and when), oldest first;
    members who left are tombstones and still listed."""
    m = t.member
    rows = conn.execute(
        select(m).where(
            m.c.household_id == household_id,
            (m.c.arrival_reason.is_not(None)) | (m.c.departure_reason.is_not(None)),
        )
    ).mappings()
    out = []
    for r in rows:
        for kind in ("arrival", "departure"):
            reason, on = r[f"{kind}_reason"], r[f"{kind}_date"]
            if reason is None or on is None:
                continue
            if kind == "arrival" and r["deleted"] and r["departure_reason"] is None:
                continue  # (deleted as entered in error: not history)
            out.append(
                MemberChange(
                    str(r["id"]),
                    str(r["name"] or ""),
                    str(r["relationship"] or ""),
                    kind,
                    str(reason),
                    on,
                    str(r["change_note"] or ""),
                )
            )
    out.sort(key=lambda c: (c.on, c.kind != "arrival", c.name))
    return out
