"""Households due a visit in a period, and overdue at its end (周调度's 走访率 divides by these).

The rule is the roster's (``gridworker.store.roster``): a household falls due
``visit_interval_days[category]`` days after its last contact before the period — a home visit,
or for a long-absent (常年外出) household any contact, after ``long_absent_interval_days`` — and a
household never visited falls due on the day it was registered. It is *due in the period* when
that day is at most the period's end; *visited* when a visit that counts for it (the same kind
of contact) is dated in the period; *overdue* when it is due, not visited, and its due day plus
``overdue_grace_days`` lies before the period's end. All of these are settings, resolved for the
report's region (as the other coverage settings are).

All in SQL, dialect-neutral: "due by the end" is "last contact on or before the end minus the
interval", a date constant per category, so no date arithmetic runs in the database. One range
of ``visit_counted`` from the earliest day a last contact can matter to the period's end (the
window's phone visits picked out by id from the visit table's date index), left-joined to the
region's households and summed per grid: SQLite and PostgreSQL give the same rows, so the
screen, Excel and the county's report agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
)

from gridworker.reports.base import VC, H, Settings, V, cached, counted_in_region, households_in
from gridworker.reports.period import Period

HOME = "入户"  # vocab.VISIT_MODES: the mode that is a home visit
FORMERLY_POOR = "脱贫户"
DEFAULT_INTERVALS = {"monitored": 30, "formerly_poor": 30, "ordinary": 90}


@dataclass(frozen=True)
class GridDue:
    """One grid's households due in the period, of them visited, and overdue at its end."""

    grid: str
    due: int
    visited: int
    overdue: int


@dataclass(frozen=True)
class _Rule:
    intervals: dict[str, int]
    absent: int
    grace: int

    @property
    def longest(self) -> int:
        return max(self.absent, *self.intervals.values()) + self.grace


def _rule(settings: Settings, region: str, period: Period) -> _Rule:
    s = settings.for_code(period.end.year, region)
    intervals = {**DEFAULT_INTERVALS, **s.get("visit_interval_days", {})}
    return _Rule(
        {k: int(v) for k, v in intervals.items()},
        int(s.get("long_absent_interval_days", 90)),
        int(s.get("overdue_grace_days", 7)),
    )


def _d(day: date) -> Any:
    return literal(day, Date)


def _midnight(day: date) -> Any:
    return literal(datetime.combine(day, time()), DateTime)


def _flags(conn: Connection, region: str, period: Period, settings: Settings) -> Any:
    """(household id, grid, due, visited, overdue, last contact) for every live household of
    ``region``, as a subquery."""
    rule = _rule(settings, region, period)
    end = period.end
    since = end - timedelta(days=rule.longest + 1)  # an older last contact changes nothing
    before = VC.c.visit_date < period.start
    calls = select(V.c.id).where(V.c.visit_date >= since, V.c.visit_date <= end, V.c.mode != HOME)
    home = VC.c.visit_id.not_in(calls)
    contacts = (
        select(
            VC.c.household_id.label("hid"),
            func.max(case((before, VC.c.visit_date))).label("last_any"),
            func.max(case((and_(before, home), VC.c.visit_date))).label("last_home"),
            func.max(case((~before, 1), else_=0)).label("any_in"),
            func.max(case((and_(~before, home), 1), else_=0)).label("home_in"),
        )
        .where(VC.c.visit_date >= since, VC.c.visit_date <= end, counted_in_region(conn, region))
        .group_by(VC.c.household_id)
        .subquery("contacts")
    )
    absent = H.c.long_absent.is_(True)
    last = case((absent, contacts.c.last_any), else_=contacts.c.last_home)

    def by_category(grace: int) -> Any:
        """The last day a contact may have been for the household to be due (``grace`` 0) or
        overdue at the end: the end minus its interval (and the grace days)."""

        def day(days: int) -> Any:
            return _d(end - timedelta(days=days + grace))

        return case(
            (absent, day(rule.absent)),
            (H.c.monitor_type.is_not(None), day(rule.intervals["monitored"])),
            (H.c.household_type == FORMERLY_POOR, day(rule.intervals["formerly_poor"])),
            else_=day(rule.intervals["ordinary"]),
        )

    visited = func.coalesce(case((absent, contacts.c.any_in), else_=contacts.c.home_in), 0) == 1
    due = or_(
        and_(last.is_(None), H.c.created_at < _midnight(end + timedelta(days=1))),
        last <= by_category(0),
    )
    overdue = and_(
        due,
        ~visited,
        or_(
            and_(last.is_(None), H.c.created_at < _midnight(end - timedelta(days=rule.grace))),
            last < by_category(rule.grace),
        ),
    )
    return (
        select(
            H.c.id.label("household_id"),
            H.c.grid_code,
            case((due, 1), else_=0).label("due"),
            case((and_(due, visited), 1), else_=0).label("visited"),
            case((overdue, 1), else_=0).label("overdue"),
            last.label("last"),
        )
        .select_from(H)
        .outerjoin(contacts, contacts.c.hid == H.c.id)
        .where(households_in(region))
        .subquery("due")
    )


def by_grid(conn: Connection, region: str, period: Period, settings: Settings) -> list[GridDue]:
    """Per grid of ``region``: households due in the period, of them visited, overdue."""

    def read() -> list[GridDue]:
        f = _flags(conn, region, period, settings)
        q = select(f.c.grid_code, func.sum(f.c.due), func.sum(f.c.visited), func.sum(f.c.overdue))
        rows = conn.execute(q.group_by(f.c.grid_code)).all()
        return [GridDue(str(g), int(d or 0), int(v or 0), int(o or 0)) for g, d, v, o in rows]

    return cached(conn, ("due", region, period.label), read)


FIGURES: dict[str, Callable[[Any], Any]] = {
    "coverage.due": lambda f: f.c.due == 1,
    "coverage.due_visited": lambda f: f.c.visited == 1,
    "coverage.due_not_visited": lambda f: and_(f.c.due == 1, f.c.visited == 0),
    "coverage.overdue": lambda f: f.c.overdue == 1,
}


def drill(
    conn: Connection, region: str, period: Period, settings: Settings, figure: str
) -> Select[Any]:
    """household_id, detail (the last contact before the period) for a due figure."""
    f = _flags(conn, region, period, settings)
    return select(f.c.household_id, f.c.last.label("detail")).where(FIGURES[figure](f))
