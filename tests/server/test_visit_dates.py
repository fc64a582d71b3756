"""Issue 16: a paper visit typed in later keeps its own date, within the county's limit
(``visit_backdate_max_days``), checked by the server against when it was typed in
(``completed_at``) — whatever the device allowed. A real server over HTTP, SQLite and
PostgreSQL; the server's report counts the visit in the week of its visit date."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from gridworker.reports.period import Period
from gridworker.reports.report import build_report
from gridworker.server import admin
from gridworker.server import tables as tb

from tests.server.fixtures import GRID_A, Live, seed
from tests.server.test_wire_validation import Device, visit

TODAY = date.today()


@pytest.fixture
def world(live: Live) -> tuple[Device, str]:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    return Device(live, "gw_a"), hid


def typed_in_today(hid: str, days_back: int, **fields: Any) -> dict[str, Any]:
    now = datetime.utcnow().replace(microsecond=0)
    on = now.date() - timedelta(days=days_back)
    return visit(hid, "gw_a", visit_date=on.isoformat(), completed_at=now.isoformat(), **fields)


def test_backdated_visit_is_counted_in_its_week_and_the_limit_is_enforced(
    live: Live,
    world: Any,
) -> None:
    dev, hid = world
    results = dev.push(
        [
            dev.change("visit", typed_in_today(hid, 10)),
            dev.change("visit", typed_in_today(hid, 31)),  # beyond the default 30 days
            dev.change("visit", typed_in_today(hid, -3)),  # after the day it was typed in
        ]
    )
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected"], results
    assert "30 天" in results[1]["reason"] and "visit_date" in results[1]["reason"]
    assert "晚于录入日期" in results[2]["reason"]
    # a typing-in time in the future cannot make room for an older visit date
    late = datetime.utcnow().replace(microsecond=0) + timedelta(days=5)
    early = (late.date() - timedelta(days=20)).isoformat()
    ahead = visit(hid, "gw_a", visit_date=early, completed_at=late.isoformat())
    assert dev.push([dev.change("visit", ahead)])[0]["status"] == "rejected"

    with live.engine.connect() as conn:
        dates = conn.execute(
            select(tb.T.visit.c.visit_date).where(tb.T.visit.c.household_id == hid)
        ).scalars()
        assert [d.isoformat() if isinstance(d, date) else d for d in dates] == [
            (datetime.utcnow().date() - timedelta(days=10)).isoformat()
        ]
        on = datetime.utcnow().date() - timedelta(days=10)
        own = Period.week(*on.isocalendar()[:2])
        week_before = Period.week(*(on - timedelta(days=7)).isocalendar()[:2])
        assert build_report(conn, GRID_A, own).coverage.total.visited == 1
        assert build_report(conn, GRID_A, week_before).coverage.total.visited == 0

    # the county allows more: the same visit is accepted now
    admin.set_setting(live.engine, "visit_backdate_max_days", 45)
    again = dev.change("visit", typed_in_today(hid, 31))
    assert dev.push([again])[0]["status"] == "applied"


def test_a_correction_keeps_its_originals_date_however_old(live: Live, world: Any) -> None:
    dev, hid = world
    now = datetime.utcnow().replace(microsecond=0)
    on = now.date() - timedelta(days=50)
    typed = datetime.combine(on + timedelta(days=2), now.time())  # typed in two days later
    original = visit(hid, "gw_a", visit_date=on.isoformat(), completed_at=typed.isoformat())
    first = dev.change("visit", original)
    assert dev.push([first])[0]["status"] == "applied"

    def correction(day: date, of: str) -> dict[str, Any]:
        return visit(
            hid, "gw_a", visit_date=day.isoformat(), completed_at=now.isoformat(), revision_of=of
        )

    fixed = dev.change("visit", correction(on, first["id"]))  # corrected today, 50 days on
    moved = dev.change("visit", correction(on - timedelta(days=1), first["id"]))
    unknown = dev.change("visit", correction(on, str(uuid.uuid4())))  # names no known visit
    results = dev.push([fixed, moved, unknown])
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected"], results
    assert "应与原记录相同" in results[1]["reason"]
    assert "visit_date" in results[2]["reason"]
