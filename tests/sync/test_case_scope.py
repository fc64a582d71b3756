"""The county user's scope (issue 14): a county laptop holds the households with a case, not
the county. A household entering the scope brings itself, its members, events, measures and its
last 12 months of visits at the next sync; one leaving it is removed from the device (not from
the server); the sanity check agrees with what the device holds."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from gridworker import vocab
from gridworker.server import admin
from gridworker.server import tables as tb
from gridworker.store import cases as store_cases
from gridworker.store import problems
from gridworker.store.store import Store
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, PASSWORD, Live, enroll_device, seed
from tests.sync.helpers import add_visit

T = date.today()


def ago(n: int) -> date:
    return T - timedelta(days=n)


def held(store: Store) -> dict[str, set[str]]:
    out = {}
    with store.read() as conn:
        for name in ("household", "member", "visit", "measure", "monitoring_event"):
            t = store.t.metadata.tables[name]
            out[name] = {str(x) for x in conn.execute(select(t.c.id)).scalars()}
    return out


def step(store: Store, hid: str, stage: str, days: int, **kw: Any) -> None:
    with store.write() as conn:
        store_cases.record_step(conn, hid, stage, ago(days), **kw)


def test_households_enter_and_leave_the_county_scope(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    admin.add_user(live.engine, "cun", PASSWORD, "village", GRID_A[:12], "村干部")
    admin.add_user(live.engine, "xian", PASSWORD, "county", "340621", "县审定")
    gw = enroll_device(tmp_path / "gw", live.url, "gw_a")
    cun = enroll_device(tmp_path / "cun", live.url, "cun")
    xian = enroll_device(tmp_path / "xian", live.url, "xian")
    try:
        report = sync_once(xian)
        assert report.received == 0 and report.sanity_ok  # 6 households, none with a case
        sync_once(gw)
        hid, hid2 = [h["id"] for h in data["household"] if h["grid_code"] == GRID_A][:2]
        old = add_visit(gw, hid, on=ago(400))  # before the 12 months
        recent = add_visit(gw, hid, on=ago(30))
        with gw.write() as conn:
            measure = problems.add_measure(conn, hid, "100A40", "就业帮扶", ago(20))
        add_visit(gw, hid2, on=ago(10))
        sync_once(gw)
        assert sync_once(xian).received == 0  # still no case

        # a clue: the household enters the county's scope with its records
        step(gw, hid, vocab.CLUE, 5, details={"source": "农户自主申报"})
        sync_once(gw)
        report = sync_once(xian)
        assert report.sanity_ok
        got = held(xian)
        assert got["household"] == {hid}
        assert len(got["member"]) == 1 and got["measure"] == {measure}
        assert got["visit"] == {recent} and old not in got["visit"]
        assert len(got["monitoring_event"]) == 1
        with xian.read() as conn:
            assert store_cases.household_case(conn, hid).phase == "识别中"

        # a step recorded afterwards reaches it as usual
        step(gw, hid, vocab.APPLY, 5, details={"mark": "手印"})
        step(gw, hid, vocab.CHECK, 4, result="无风险")
        sync_once(gw)
        assert sync_once(xian).sanity_ok
        assert len(held(xian)["monitoring_event"]) == 3

        # closed at the village: it leaves the scope and the county's laptop
        sync_once(cun)
        step(cun, hid, vocab.CLOSE, 3, note="核查无风险")
        sync_once(cun)
        report = sync_once(xian)
        assert report.sanity_ok
        assert held(xian) == {k: set() for k in held(xian)}
        with live.engine.connect() as conn:  # the server keeps everything
            h = tb.T.household
            assert conn.execute(select(func.count()).where(h.c.id == hid)).scalar_one() == 1
        # the grid worker's laptop is untouched
        assert hid in held(gw)["household"] and old in held(gw)["visit"]
    finally:
        for s in (gw, cun, xian):
            s.close()
