"""Households due a visit in a period, and overdue at its end (周调度's 走访率 divides by these).

The rule is the roster's (``gridworker.store.roster``): a household falls due
``visit_interval_days[category]`` days after its last contact before the period — a home visit,
or for a long-absent (常年外出) household any contact, after ``long_absent_interval_days`` — and a
household never visited falls due on the day it was registered. It is *due in the period* when
that day is at most the period's end; *visited* when a visit that counts for it (the same kind
of contact) is dated in the period; *overdue* when it is due, not visited, and its due day plus
``overdue_grace_days`` lies before the period's end. All of these are settings.

One range of ``visit_counted`` from the earliest day a last contact can matter to the period's
end (the window's phone visits picked out by id), and one read of the region's households: the
same rows on SQLite and PostgreSQL, so the screen, Excel and the county's report agree (a
30,000-household township: ~0.3 s of CPU).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, String, and_, case, func, select, type_coerce

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
            # as stored: most households never need it, and converting 30,000 datetimes is
            # a third of this read on SQLite
            type_coerce(H.c.created_at, String).label("created_at"),
        ).where(households_in(region))
    ).all()
    longest = 0
    for grid in {h.grid_code for h in homes}:
        intervals, absent, grace = _rules(settings, year, str(grid))
        longest = max(longest, absent + grace, *(int(d) + grace for d in intervals.values()))
    # A last contact older than this cannot keep a household from being due and overdue.
    since = period.end - timedelta(days=longest + 1)
    before = VC.c.visit_date < period.start
    # The window's phone visits, from the visit table's date index (few: a join of every
    # counted visit to the visit table for its mode costs several times the whole query).
    calls = select(V.c.id).where(
        V.c.visit_date >= since, V.c.visit_date <= period.end, V.c.mode != HOME
    )
    home = VC.c.visit_id.not_in(calls)
    q = (
        select(
            VC.c.household_id,
            func.max(case((before, VC.c.visit_date))),
            func.max(case((and_(before, home), VC.c.visit_date))),
            func.max(case((~before, 1), else_=0)),
            func.max(case((and_(~before, home), 1), else_=0)),
        )
        .where(
            VC.c.visit_date >= since,
            VC.c.visit_date <= period.end,
            counted_in_region(conn, region),
        )
        .group_by(VC.c.household_id)
    )
    contacts = {str(r[0]): r[1:] for r in conn.execute(q).all()}
    out: dict[str, Due] = {}
    # per grid: (days by category, long-absent days, grace)
    rules: dict[str, tuple[dict[str, timedelta], timedelta, timedelta]] = {}
    none = (None, None, 0, 0)
    end = period.end
    for hid, grid, htype, mtype, long_absent, created_at in homes:
        found = rules.get(grid)
        if found is None:
            intervals, absent_days, grace_days = _rules(settings, year, grid)
            found = rules[grid] = (
                {k: timedelta(days=int(v)) for k, v in intervals.items()},
                timedelta(days=absent_days),
                timedelta(days=grace_days),
            )
        intervals_td, absent_td, grace_td = found
        last_any, last_home, any_in, home_in = contacts.get(hid, none)
        if long_absent:
            last, interval, visited = _day(last_any), absent_td, bool(any_in)
        else:
            category = _category(htype, mtype)
            last, interval, visited = _day(last_home), intervals_td[category], bool(home_in)
        if last is not None:
            due_on = last + interval
        else:  # no contact in the window: due since it was registered, or long since
            created = _day(created_at) or since
            due_on = created if created > since else since
        due = due_on <= end
        overdue = due and not visited and due_on + grace_td < end
        out[hid] = Due(grid, due_on, due, due and visited, overdue)
    return out
