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

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, String, case, func, or_, select, type_coerce

from gridworker.store.store import TABLES

t = TABLES


class HouseholdRow(NamedTuple):
    """One roster line. A named tuple: tens of thousands are made at sign-in on a township
    store, and a tuple is made several times faster than a frozen dataclass."""

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


_NUMBER = attrgetter("number")


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
        interval = int(
            settings["visit_interval_days"][category(row["household_type"], row["monitor_type"])]
        )
    if last is not None:
        due_on = after(last, timedelta(days=interval))
    else:
        created = row["created_at"]
        due_on = created.date() if isinstance(created, datetime) else today
    if today > after(due_on, timedelta(days=int(settings["overdue_grace_days"]))):
        status = "overdue"
    elif today >= due_on:
        status = "due"
    else:
        status = "ok"
    return last, due_on, status


def after(day: date, span: timedelta) -> date:
    """``day + span``, or the last day there is: a visit an older server accepted with a date
    far in the future (9999-12-31) must not stop a roster from loading."""
    try:
        return day + span
    except OverflowError:
        return date.max


def in_scope(scope: str) -> Any:
    return t.household.c.grid_code.like(scope + "%")


def grid_codes(conn: Connection, scope: str) -> list[str]:
    """The grids in ``scope`` (a new household is registered in one of them); the scope itself
    when the store holds no region records."""
    r = t.region
    codes = conn.execute(
        select(r.c.code).where(r.c.level == "grid", r.c.code.like(scope + "%")).order_by(r.c.code)
    ).scalars()
    return list(codes) or [scope]


def grid_choices(conn: Connection, scope: str) -> list[tuple[str, str]]:
    """(code, name) of the villages and grids in ``scope`` as a person names them (一村 /
    一村第1网格), for the pickers that choose one; a code with no region record is its own
    name."""
    r = t.region
    rows = conn.execute(
        select(r.c.code, r.c.name, r.c.level)
        .where(r.c.code.like(scope[:12] + "%"), r.c.level.in_(("village", "grid")))
        .order_by(r.c.code)
    ).all()
    names = {str(c): str(n) for c, n, _l in rows}
    out = []
    for code, name, level in rows:
        if not str(code).startswith(scope) and not scope.startswith(str(code)):
            continue
        if level == "grid":
            village = names.get(str(code)[:12], "")
            name = name if str(name).startswith(village) else village + str(name)
        out.append((str(code), str(name)))
    return out or [(code, code) for code in grid_codes(conn, scope)]


def region_title(conn: Connection, code: str) -> str:
    """A region code as a person names it (a grid with its village: 前王村第1网格); the code
    itself when the store holds no region record for it."""
    r = t.region
    names = dict(
        conn.execute(select(r.c.code, r.c.name).where(r.c.code.in_((code, code[:12])))).all()
    )
    own = names.get(code)
    if own is None:
        return code
    if len(code) > 12:
        village = str(names.get(code[:12], ""))
        return str(own) if str(own).startswith(village) else village + str(own)
    return str(own)


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _open_problems(conn: Connection, ids: list[str] | None) -> dict[str, int]:
    p = t.problem
    q = (
        select(p.c.household_id, func.count())
        .where(p.c.resolved_on.is_(None), p.c.deleted.is_(False))
        .group_by(p.c.household_id)
    )
    if ids is not None:
        q = q.where(p.c.household_id.in_(ids))
    return {hid: int(n) for hid, n in conn.execute(q).all()}


def list_households(
    conn: Connection,
    scope: str,
    today: date,
    settings: Mapping[str, Any],
    ids: list[str] | None = None,
    only_due: bool = False,
) -> list[HouseholdRow]:
    """Every live household in ``scope`` (or just ``ids``), ordered by household number;
    with ``only_due``, only those due or overdue (Today's list, before the whole roster).

    The same rule as `visit_status`, written out for speed: this runs over 30,000 households
    at sign-in on a township store. With ``only_due`` the households that are not due are left
    in SQL: a third of a township's rows cross into Python, and Today is usable sooner."""
    h = t.household
    intervals = {k: timedelta(days=int(v)) for k, v in settings["visit_interval_days"].items()}
    absent = timedelta(days=int(settings["long_absent_interval_days"]))
    grace = timedelta(days=int(settings["overdue_grace_days"]))
    # Last contacts from the derived household_contact (kept by triggers on visit) as ISO text:
    # the loop parses the few distinct dates (SQLAlchemy's SQLite date processing is a regular
    # expression per value).
    hc = TABLES.metadata.tables["household_contact"]
    q = (
        select(
            h.c.id,
            h.c.number,
            h.c.head_name,
            h.c.address,
            h.c.grid_code,
            h.c.household_type,
            h.c.monitor_type,
            h.c.long_absent,
            type_coerce(h.c.risk_codes, String),
            type_coerce(func.date(h.c.created_at), String),
            type_coerce(hc.c.last_home, String),
            type_coerce(hc.c.last_any, String),
        )
        .select_from(h.outerjoin(hc, hc.c.household_id == h.c.id))
        .where(h.c.deleted.is_(False), in_scope(scope))
    )
    if not only_due:
        q = q.order_by(h.c.number)
    else:  # (in roster order, in Python: SQLite would sort whole rows; callers re-sort anyway)
        # Due when the contact that counts is at most today − interval (ISO text compares like
        # dates), or there is none: the others stay in SQL. (A superset would do: the loop
        # below decides.)
        cut = case(
            (h.c.long_absent.is_(True), (today - absent).isoformat()),
            (h.c.monitor_type.is_not(None), (today - intervals["monitored"]).isoformat()),
            (h.c.household_type == "脱贫户", (today - intervals["formerly_poor"]).isoformat()),
            else_=(today - intervals["ordinary"]).isoformat(),
        )
        counted = type_coerce(
            case((h.c.long_absent.is_(True), hc.c.last_any), else_=hc.c.last_home), String
        )
        q = q.where(or_(counted.is_(None), counted <= cut))
    if ids is not None:
        q = q.where(h.c.id.in_(ids))
    problems = _open_problems(conn, ids)
    # (last contact, interval) → (last contact, due on, status): a few hundred distinct dates
    # make all of a township's 30,000 answers, so each is worked out once.
    known: dict[tuple[str | None, timedelta], tuple[date | None, date, str]] = {}

    def work_out(
        last_text: str | None, interval: timedelta, created: str | None
    ) -> tuple[date | None, date, str]:
        last = _iso(last_text)
        due_on = after(last, interval) if last is not None else (_iso(created) or today)
        status = "overdue" if today > after(due_on, grace) else "due" if today >= due_on else "ok"
        return last, due_on, status

    out = []
    for (
        hid,
        number,
        head,
        address,
        grid,
        htype,
        mtype,
        long_absent,
        risks,
        created,
        home,
        anyc,
    ) in conn.execute(q).all():
        if long_absent:
            last_text, interval = anyc, absent
        else:
            last_text = home
            interval = intervals[
                "monitored" if mtype else "formerly_poor" if htype == "脱贫户" else "ordinary"
            ]
        if last_text is None:  # never visited: due from the day it was registered
            last, due_on, status = work_out(None, interval, created)
        else:
            key = (last_text, interval)
            answer = known.get(key)
            if answer is None:
                answer = known[key] = work_out(last_text, interval, None)
            last, due_on, status = answer
        if only_due and status == "ok":
            continue
        out.append(
            HouseholdRow(
                hid,
                number,
                head,
                address,
                grid,
                htype,
                mtype,
                bool(long_absent),
                [] if not risks or risks == "[]" else json.loads(risks),
                problems.get(hid, 0),
                last,
                due_on,
                status,
            )
        )
    if only_due:
        out.sort(key=_NUMBER)
    return out


def due_households(
    conn: Connection, scope: str, today: date, settings: Mapping[str, Any]
) -> list[HouseholdRow]:
    """Households due or overdue, most overdue first."""
    rows = list_households(conn, scope, today, settings, only_due=True)
    return sorted(rows, key=lambda r: (r.due_on, r.number))


def visits_done_since(
    conn: Connection, scope: str, starts: Sequence[date], until: date
) -> list[int]:
    """Visits done in scope from each of ``starts`` until ``until`` (inclusive): one range read
    of the derived ``visit_counted`` table (the visits that count — one per visit, its newest
    revision, on a live household, under the household's current grid), all counts at once.

    This is what Today shows (this week, this month). `visits_done` counts first revisions in
    the visit table instead; it reads every visit row in the range (their answers included), some
    hundreds of milliseconds at township size."""
    vc = TABLES.metadata.tables["visit_counted"]
    q = select(
        *(func.coalesce(func.sum(case((vc.c.visit_date >= s, 1), else_=0)), 0) for s in starts)
    ).where(
        vc.c.visit_date >= min(starts), vc.c.visit_date <= until, vc.c.grid_code.like(scope + "%")
    )
    return [int(n) for n in conn.execute(q).one()]
