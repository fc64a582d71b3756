"""The roster: households in a scope, their visit status, and search.

A scope is a region code; every household whose grid code starts with it is in scope (division
codes nest: grid 34062110420101 ⊂ village 340621104201 ⊂ township 340621104 ⊂ county 340621).

Visit status: a household falls due ``visit_interval_days[category]`` days after its last contact
(monitored / formerly-poor / ordinary), long-absent households after
``long_absent_interval_days`` — and for them a phone contact counts; for everyone else only a home
visit does. It is overdue ``overdue_grace_days`` after that. A household never visited falls due on
the day it was registered. All of these are settings, never constants.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, select

from gridworker.store.store import TABLES

t = TABLES


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    id: str
    number: str
    head_name: str
    address: str
    grid_code: str
    household_type: str
    monitor_type: str | None
    long_absent: bool
    risk_codes: list[str]
    open_problems: int
    last_contact: date | None
    due_on: date
    status: str  # ok / due / overdue

    @property
    def at_risk(self) -> bool:
        return bool(self.monitor_type or self.risk_codes)


def category(household_type: str, monitor_type: str | None) -> str:
    if monitor_type:
        return "monitored"
    return "formerly_poor" if household_type == "脱贫户" else "ordinary"


def visit_status(
    row: Mapping[str, Any], today: date, settings: Mapping[str, Any]
) -> tuple[date | None, date, str]:
    """(last contact, due date, status) for one household row (see module docstring)."""
    if row["long_absent"]:
        last = row["last_any"]
        interval = int(settings["long_absent_interval_days"])
    else:
        last = row["last_home"]
        interval = int(settings["visit_interval_days"][category(row["household_type"],
                                                                 row["monitor_type"])])
    if last is not None:
        due_on = last + timedelta(days=interval)
    else:
        created = row["created_at"]
        due_on = created.date() if isinstance(created, datetime) else today
    if today > due_on + timedelta(days=int(settings["overdue_grace_days"])):
        status = "overdue"
    elif today >= due_on:
        status = "due"
    else:
        status = "ok"
    return last, due_on, status


def in_scope(scope: str) -> Any:
    return t.household.c.grid_code.like(scope + "%")


def _last_visit(mode: str | None) -> Any:
    v = t.visit
    cond = [v.c.household_id == t.household.c.id, v.c.status == "completed",
            v.c.deleted.is_(False)]
    if mode:
        cond.append(v.c.mode == mode)
    return select(func.max(v.c.visit_date)).where(and_(*cond)).scalar_subquery()


def _open_problems() -> Any:
    p = t.problem
    return (
        select(func.count())
        .where(p.c.household_id == t.household.c.id, p.c.resolved_on.is_(None),
               p.c.deleted.is_(False))
        .scalar_subquery()
    )


def list_households(
    conn: Connection, scope: str, today: date, settings: Mapping[str, Any],
    ids: list[str] | None = None,
) -> list[HouseholdRow]:
    """Every live household in ``scope`` (or just ``ids``), ordered by household number."""
    h = t.household
    q = select(
        h.c.id, h.c.number, h.c.head_name, h.c.address, h.c.grid_code, h.c.household_type,
        h.c.monitor_type, h.c.long_absent, h.c.risk_codes, h.c.created_at,
        _last_visit("入户").label("last_home"), _last_visit(None).label("last_any"),
        _open_problems().label("open_problems"),
    ).where(h.c.deleted.is_(False), in_scope(scope)).order_by(h.c.number)
    if ids is not None:
        q = q.where(h.c.id.in_(ids))
    out = []
    for r in conn.execute(q).mappings():
        last, due_on, status = visit_status(dict(r), today, settings)
        out.append(HouseholdRow(
            r["id"], r["number"], r["head_name"], r["address"], r["grid_code"],
            r["household_type"], r["monitor_type"], bool(r["long_absent"]),
            list(r["risk_codes"] or []), int(r["open_problems"]), last, due_on, status,
        ))
    return out


def due_households(
    conn: Connection, scope: str, today: date, settings: Mapping[str, Any]
) -> list[HouseholdRow]:
    """Households due or overdue, most overdue first."""
    rows = [r for r in list_households(conn, scope, today, settings) if r.status != "ok"]
    return sorted(rows, key=lambda r: (r.due_on, r.number))


def visits_done(conn: Connection, scope: str, since: date, until: date) -> int:
    """Completed visits (first revisions only) in scope with a visit date in [since, until]."""
    v, h = t.visit, t.household
    q = (
        select(func.count())
        .select_from(v.join(h, h.c.id == v.c.household_id))
        .where(v.c.status == "completed", v.c.deleted.is_(False), v.c.revision_of.is_(None),
               v.c.visit_date >= since, v.c.visit_date <= until, in_scope(scope))
    )
    return int(conn.execute(q).scalar_one())
