"""Issue 14, done when: one case through every role with real devices (grid worker,
village, township, county) and the real server on loopback — clue from a visit → 申请 →
核查 → 评议 → 公示 (an objection raised and settled) → 审核 (once 退回, then 通过) →
审定 纳入 → follow-up visits → 风险消除 proposed → 评议 → 公示 → 审核 → 审定 → cleared —
each device seeing the others' steps after sync, and the township report's figures for it
exact at each stage; a second case closed at the village after 核查 never reaching the
county; two county users deciding at once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from gridworker import cases, vocab
from gridworker.reports import build_report
from gridworker.reports.period import Period
from gridworker.server import admin
from gridworker.server import tables as tb
from gridworker.store import cases as store_cases
from gridworker.store.errors import InvalidRecord
from gridworker.store.store import Store
from gridworker.sync.attachments import store_attachment
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, PASSWORD, Live, enroll_device, seed
from tests.sync.helpers import add_visit, attachments, png

TOWNSHIP = GRID_A[:9]
T = date.today()
PERIOD = Period.quarter(T.year, (T.month - 1) // 3 + 1)


def ago(n: int) -> date:
    return T - timedelta(days=n)


def step(store: Store, hid: str, stage: str, days_ago: int, **kw: Any) -> str:
    with store.write() as conn:
        return store_cases.record_step(conn, hid, stage, ago(days_ago), **kw)


def case_of(store: Store, hid: str) -> cases.Case:
    with store.read() as conn:
        return store_cases.household_case(conn, hid)


def notice(start: int, objections: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "start": ago(start).isoformat(),
        "end": ago(start - 4).isoformat(),
        "objections": objections or [],
    }


def risk(store: Store) -> Any:
    with store.read() as conn:
        report = build_report(conn, TOWNSHIP, PERIOD)
    return report.risk, report.clearance


@pytest.fixture
def devices(live: Live, tmp_path: Path) -> Any:
    data = seed(live.engine)
    admin.add_user(live.engine, "cun", PASSWORD, "village", GRID_A[:12], "村干部")
    admin.add_user(live.engine, "zhen", PASSWORD, "township", TOWNSHIP, "镇干部")
    admin.add_user(live.engine, "xian", PASSWORD, "county", "340621", "县审定甲")
    admin.add_user(live.engine, "xian2", PASSWORD, "county", "340621", "县审定乙")
    names = ("gw_a", "cun", "zhen", "xian", "xian2")
    stores = {n: enroll_device(tmp_path / n, live.url, n) for n in names}
    for s in stores.values():
        sync_once(s)
    hids = [h["id"] for h in data["household"] if h["grid_code"] == GRID_A]
    yield stores, hids
    for s in stores.values():
        s.close()


def test_one_case_through_every_role(live: Live, devices: Any) -> None:
    d, (hid, _, _) = devices
    gw, cun, zhen, xian, xian2 = (d[n] for n in ("gw_a", "cun", "zhen", "xian", "xian2"))

    def sync(*stores: Store) -> None:
        for s in stores:
            sync_once(s)

    # grid worker: a visit raises the clue; the household signs its 申请; the home check
    vid = add_visit(gw, hid, on=ago(40))
    step(gw, hid, vocab.CLUE, 40, visit_id=vid, details={"source": "网格员走访"}, risk_codes=["01"])
    with gw.write() as conn:
        sha = store_attachment(conn, gw, png(7))
    step(gw, hid, vocab.APPLY, 40, signature=sha, details={"mark": "签字"})
    step(gw, hid, vocab.CHECK, 39, result="有风险", visit_id=vid)
    sync(gw, zhen)
    r, cl = risk(zhen)
    open_days = (PERIOD.end - ago(40)).days
    assert (r.pending_clues, r.pending_overdue, cl.monitored) == (1, int(open_days > 15), 0)

    # village: 评议, 公示 with an objection (the 申请's signature came with the case)
    sync(cun)
    assert sha in attachments(cun)
    assert case_of(cun, hid).next_steps() == (vocab.REVIEW,)
    step(cun, hid, vocab.REVIEW, 38, result="通过", details={"participants": 12})
    objection = {"text": "有村民反映其子在外务工", "settled": False, "how": ""}
    first_notice = step(cun, hid, vocab.NOTICE, 37, details=notice(37, [objection]))
    sync(cun)

    # township: 信息比对; 审核 refused while the objection is open (on the device already)
    sync(zhen)
    step(zhen, hid, vocab.COMPARE, 36, result="一致")
    with pytest.raises(InvalidRecord, match="异议未处理"):
        step(zhen, hid, vocab.AUDIT, 30, result="通过")
    sync(zhen)

    # village settles it: a correction that supersedes the 公示
    sync(cun)
    settled = {**objection, "settled": True, "how": "经核实务工收入不稳定"}
    step(cun, hid, vocab.NOTICE, 37, details=notice(37, [settled]), supersedes=first_notice)
    sync(cun)

    # township: the queue shows it, oldest first with days left; 退回 to 村级评议
    sync(zhen)
    with zhen.read() as conn:
        waiting = store_cases.queue(conn, TOWNSHIP, [vocab.AUDIT], T)
    assert [w.household_id for w in waiting] == [hid]
    assert waiting[0].days_left == 15 - 40
    back = {"return_to": vocab.REVIEW}
    step(zhen, hid, vocab.AUDIT, 30, result="退回", note="评议人数不足", details=back)
    sync(zhen, cun)
    assert case_of(cun, hid).next_steps() == (vocab.REVIEW,)
    step(cun, hid, vocab.REVIEW, 29, result="通过", details={"participants": 30})
    step(cun, hid, vocab.NOTICE, 29, details=notice(29))
    sync(cun, zhen)
    step(zhen, hid, vocab.COMPARE, 28, result="一致")
    step(zhen, hid, vocab.AUDIT, 24, result="通过")
    sync(zhen)

    # county: two users decide at once; the second is refused and sees why
    sync(xian, xian2)
    with xian.read() as conn:
        assert [w.household_id for w in store_cases.queue(conn, "340621", [vocab.DECIDE], T)] == [
            hid
        ]
    step(
        xian, hid, vocab.DECIDE, 22, result="纳入", monitor_type="突发严重困难户", risk_codes=["01"]
    )
    step(xian2, hid, vocab.DECIDE, 22, result="不纳入", note="收入高于监测线")
    sync(xian)
    rep = sync_once(xian2)
    assert rep.quarantined == 1
    with xian2.read() as conn:
        issue = conn.execute(select(xian2.t.metadata.tables["sync_issue"])).one()
        assert issue.table_name == "monitoring_event" and "本案已有县级审定" in issue.reason
    assert case_of(xian2, hid).phase == cases.MONITORED  # the server's decision came back
    sync(zhen)
    r, cl = risk(zhen)
    decided_in = PERIOD.start <= ago(22) <= PERIOD.end
    assert (r.pending_clues, r.decisions, cl.monitored) == (0, int(decided_in), 1)
    if decided_in:
        assert (r.decision_days_max, r.over_limit) == (18, 1)

    # grid worker sees the decision; follow-up visits; proposes clearing
    sync(gw)
    assert case_of(gw, hid).phase == cases.MONITORED
    add_visit(gw, hid, on=ago(20))
    add_visit(gw, hid, on=ago(12))
    step(gw, hid, vocab.PROPOSE, 12, note="务工收入稳定")
    sync(gw, cun)
    step(cun, hid, vocab.REVIEW, 11, result="通过", details={"participants": 15})
    step(cun, hid, vocab.NOTICE, 10, details=notice(10))
    sync(cun, zhen)
    step(zhen, hid, vocab.AUDIT, 5, result="通过")
    sync(zhen, xian)
    step(xian, hid, vocab.CLEAR, 3, result="稳定消除")
    sync(xian)
    # cleared: out of the county's case scope, off its laptop (xian2 keeps it while its refused
    # decision waits there as a sync issue: a device never drops what it has not sent)
    for s in (xian,):
        sync_once(s)
        with s.read() as conn:
            h = s.t.household
            assert conn.execute(select(h.c.id).where(h.c.id == hid)).first() is None
    for s in (gw, cun, zhen):
        sync_once(s)
        c = case_of(s, hid)
        assert c.phase == cases.CLEARED and c.cleared_on == ago(3)
        assert [e.state for e in c.entries].count(cases.CORRECTED) == 1
        assert len(c.entries) == 18
        assert c.warnings  # cleared within two months of the decision: a data-quality flag
    r, cl = risk(zhen)
    assert (r.pending_clues, cl.monitored) == (0, 0)
    with live.engine.connect() as conn:
        e = tb.T.monitoring_event
        who = dict(
            conn.execute(
                select(e.c.stage, e.c.recorded_by).where(
                    e.c.household_id == hid, e.c.stage.in_((vocab.DECIDE, vocab.AUDIT))
                )
            ).all()
        )
        assert who == {vocab.DECIDE: "xian", vocab.AUDIT: "zhen"}


def test_a_clue_closed_at_the_village_never_reaches_the_county(live: Live, devices: Any) -> None:
    d, (_, hid2, _) = devices
    gw, cun, zhen, xian = (d[n] for n in ("gw_a", "cun", "zhen", "xian"))
    step(gw, hid2, vocab.CLUE, 20, details={"source": "农户自主申报"})
    step(gw, hid2, vocab.APPLY, 20, details={"mark": "手印"})
    step(gw, hid2, vocab.CHECK, 19, result="无风险")
    sync_once(gw)
    sync_once(cun)
    with pytest.raises(InvalidRecord, match="核查"):
        step(cun, hid2, vocab.REVIEW, 18, result="通过", details={"participants": 9})
    step(cun, hid2, vocab.CLOSE, 18, note="核查无风险：家中收入稳定")
    sync_once(cun)
    sync_once(zhen)
    assert case_of(zhen, hid2).phase == cases.CLOSED
    sync_once(xian)  # closed: not a case for the county (nor on its laptop)
    with xian.read() as conn:
        assert store_cases.queue(conn, "340621", [vocab.DECIDE, vocab.CLEAR], T) == []
        h = xian.t.household
        assert conn.execute(select(h.c.id).where(h.c.id == hid2)).first() is None
    r, _ = risk(zhen)
    assert r.pending_clues == 0  # closed: its clock stopped
    with live.engine.connect() as conn:
        e = tb.T.monitoring_event
        stages = conn.execute(select(e.c.stage).where(e.c.household_id == hid2)).scalars()
        assert vocab.DECIDE not in set(stages)
