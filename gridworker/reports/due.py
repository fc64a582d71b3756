"""Households due a visit in a period, and overdue at its end (周调度's 走访率 divides by these).

The rule is the roster's (``gridworker.store.roster``): a household falls due
``visit_interval_days[category]`` days after its last contact before the period — a home visit,
or for a long-absent (常年外出) household any contact, after ``long_absent_interval_days`` — and a
household never visited falls due on the day it was registered. It is *due in the period* when
that day is at most the period's end; *visited* when a visit that counts for it (the same kind
of contact) is dated in the period; *overdue* when it is due, not visited, and its due day plus
``overdue_grace_days`` lies before the period's end. All of these are settings.

One range of ``visit_counted`` (joined to the visit for its mode) from the earliest day a last
contact can matter to the period's end, and one read of the region's households: the same rows
on SQLite and PostgreSQL, so the screen, Excel and the county's report agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, case, func, select

from gridworker.reports.base import VC, H, Settings, V, cached, counted_in_region, households_in
from gridworker.reports.period import Period

HOME = "入户"  # vocab.VISIT_MODES: the mode that is a home visit


@dataclass(frozen=True)
class Due:
    """One household's standing in the period."""

    grid: str
    due_on: date
    due: bool
    visited: bool
    overdue: bool


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rules(settings: Settings, year: int, grid: str) -> tuple[Mapping[str, Any], int, int]:
    s = settings.for_code(year, grid)
    return (
        s.get("visit_interval_days", {"monitored": 30, "formerly_poor": 30, "ordinary": 90}),
        int(s.get("long_absent_interval_days", 90)),
        int(s.get("overdue_grace_days", 7)),
    )


def _category(household_type: str, monitor_type: str | None) -> str:
    if monitor_type:
        return "monitored"
    return "formerly_poor" if household_type == "脱贫户" else "ordinary"


def households_due(
    conn: Connection, region: str, period: Period, settings: Settings
) -> dict[str, Due]:
    """Household id → :class:`Due`, for every live household of ``region``."""
    return cached(
        conn, ("due", region, period.label), lambda: _compute(conn, region, period, settings)
    )


def _compute(conn: Connection, region: str, period: Period, settings: Settings) -> dict[str, Due]:
    year = period.end.year
    homes = conn.execute(
        select(
            H.c.id,
            H.c.grid_code,
            H.c.household_type,
            H.c.monitor_type,
            H.c.long_absent,
            H.c.created_at,
        ).where(households_in(region))
    ).all()
    longest = 0
    for grid in {str(h.grid_code) for h in homes}:
        intervals, absent, grace = _rules(settings, year, grid)
        longest = max(longest, absent + grace, *(int(d) + grace for d in intervals.values()))
    # A last contact older than this cannot keep a household from being due and overdue.
    since = period.end - timedelta(days=longest + 1)
    before = VC.c.visit_date < period.start
    home = V.c.mode == HOME
    q = (
        select(
            VC.c.household_id,
            func.max(case((before, VC.c.visit_date))),
            func.max(case(((before & home), VC.c.visit_date))),
            func.max(case((~before, 1), else_=0)),
            func.max(case(((~before) & home, 1), else_=0)),
        )
        .join(V, V.c.id == VC.c.visit_id)
        .where(
            VC.c.visit_date >= since,
            VC.c.visit_date <= period.end,
            counted_in_region(conn, region),
        )
        .group_by(VC.c.household_id)
    )
    contacts = {str(r[0]): r[1:] for r in conn.execute(q).all()}
    out: dict[str, Due] = {}
    for h in homes:
        grid = str(h.grid_code)
        intervals, absent_days, grace = _rules(settings, year, grid)
        last_any, last_home, any_in, home_in = contacts.get(str(h.id), (None, None, 0, 0))
        if h.long_absent:
            last, interval, visited = _day(last_any), absent_days, bool(any_in)
        else:
            category = _category(h.household_type, h.monitor_type)
            last, interval, visited = _day(last_home), int(intervals[category]), bool(home_in)
        if last is not None:
            due_on = last + timedelta(days=interval)
        else:  # no contact in the window: due since it was registered, or long since
            created = _day(h.created_at) or since
            due_on = created if created > since else since
        due = due_on <= period.end
        overdue = due and not visited and due_on + timedelta(days=grace) < period.end
        out[str(h.id)] = Due(grid, due_on, due, due and visited, overdue)
    return out
