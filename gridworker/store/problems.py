"""Problems (open → resolved, 动态清零), assistance measures (一户一方案、一人一措施) and the
monitoring history of a household."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from gridworker import vocab
from gridworker.store import records
from gridworker.store.errors import InvalidRecord, StoreError
from gridworker.store.store import TABLES

t = TABLES


def problems(
    conn: Connection, household_id: str, *, open_only: bool = False
) -> list[dict[str, Any]]:
    p = t.problem
    q = select(p).where(p.c.household_id == household_id, p.c.deleted.is_(False))
    if open_only:
        q = q.where(p.c.resolved_on.is_(None))
    return [dict(r) for r in conn.execute(q.order_by(p.c.opened_on)).mappings()]


def resolve_problem(conn: Connection, problem_id: str, on: date, note: str) -> None:
    p = t.problem
    row = conn.execute(select(p.c.opened_on, p.c.resolved_on).where(p.c.id == problem_id)).first()
    if row is None:
        raise StoreError(f"找不到问题记录：{problem_id}")
    if row.resolved_on is not None:
        raise StoreError("此问题已经解决")
    if on < row.opened_on:
        raise InvalidRecord([("resolved_on", "解决日期不能早于发现日期")])
    if not note.strip():
        raise InvalidRecord([("resolution_note", "请填写解决情况说明")])
    records.update(conn, p, problem_id, {"resolved_on": on, "resolution_note": note.strip()})


def measures(conn: Connection, household_id: str) -> list[dict[str, Any]]:
    m = t.measure
    q = select(m).where(m.c.household_id == household_id, m.c.deleted.is_(False))
    return [dict(r) for r in conn.execute(q.order_by(m.c.start_date)).mappings()]


def add_measure(
    conn: Connection,
    household_id: str,
    code: str,
    description: str,
    start: date,
    member_id: str | None = None,
    end: date | None = None,
) -> str:
    """Record an assistance measure for the household or one member."""
    errors = []
    if code not in vocab.MEASURES:
        errors.append(("code", f"帮扶措施代码无效：{code}"))
    if end is not None and end < start:
        errors.append(("end_date", "结束日期不能早于开始日期"))
    if errors:
        raise InvalidRecord(errors)
    row = records.insert(
        conn,
        t.measure,
        {
            "household_id": household_id,
            "member_id": member_id,
            "code": code,
            "description": description.strip(),
            "start_date": start,
            "end_date": end,
        },
    )
    return str(row["id"])


def monitoring_history(conn: Connection, household_id: str) -> list[dict[str, Any]]:
    e = t.monitoring_event
    q = select(e).where(e.c.household_id == household_id, e.c.deleted.is_(False))
    return [dict(r) for r in conn.execute(q.order_by(e.c.event_date, e.c.created_at)).mappings()]
