"""Issue 14 on the server: every monitoring case step is checked — the caller's role (the
permission table), their scope, the previous step present (gridworker.cases), 审核 only once the
公示 has run its days with every objection settled, no 稳定消除 for a household with no labour —
and steps are append-only (a correction supersedes; the table refuses a change)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from gridworker.server import admin
from gridworker.server import tables as tb

from tests.server.fixtures import GRID_A, PASSWORD, Live, seed
from tests.server.test_wire_validation import Device

VILLAGE = GRID_A[:12]
TOWNSHIP = GRID_A[:9]
TODAY = date.today()


def day(n: int) -> str:
    """``n`` days before today."""
    return (TODAY - timedelta(days=n)).isoformat()


@pytest.fixture
def world(live: Live) -> dict[str, Any]:
    data = seed(live.engine)
    admin.add_user(live.engine, "cun", PASSWORD, "village", VILLAGE, "村干部")
    admin.add_user(live.engine, "zhen", PASSWORD, "township", TOWNSHIP, "镇干部")
    admin.add_user(live.engine, "zhen_far", PASSWORD, "township", "340621105", "外镇干部")
    admin.add_user(live.engine, "xian", PASSWORD, "county", "340621", "县审定")
    admin.add_user(live.engine, "admin", PASSWORD, "county_admin", "340621", "管理员")
    hids = [h["id"] for h in data["household"] if h["grid_code"] == GRID_A]
    return {"hids": hids, "data": data}


class Steps:
    """Each user's device, and one household's case steps pushed through them."""

    def __init__(self, live: Live, hid: str) -> None:
        self.live, self.hid = live, hid
        self.devices: dict[str, Device] = {}
        self.n = 0

    def dev(self, user: str) -> Device:
        if user not in self.devices:
            self.devices[user] = Device(self.live, user)
        return self.devices[user]

    def change(self, user: str, stage: str, on: str, **fields: Any) -> dict[str, Any]:
        self.n += 1
        recorded = datetime.combine(date.fromisoformat(on), datetime.min.time())
        body = {
            "household_id": self.hid,
            "stage": stage,
            "event_date": on,
            "risk_codes": [],
            "recorded_at": (recorded + timedelta(minutes=self.n)).isoformat(),
            **fields,
        }
        return self.dev(user).change("monitoring_event", body)

    def push(self, user: str, stage: str, on: str, **fields: Any) -> dict[str, Any]:
        return self.dev(user).push([self.change(user, stage, on, **fields)])[0]

    def ok(self, user: str, stage: str, on: str, **fields: Any) -> dict[str, Any]:
        res = self.push(user, stage, on, **fields)
        assert res["status"] == "applied", res
        return res

    def refused(self, user: str, stage: str, on: str, why: str, **fields: Any) -> None:
        res = self.push(user, stage, on, **fields)
        assert (res["status"], res["code"]) == ("rejected", "forbidden"), res
        assert why in res["reason"], res["reason"]

    def through_review(self) -> None:
        self.ok("gw_a", "风险线索", day(30), details={"source": "网格员走访"})
        self.ok("gw_a", "申请", day(30), details={"mark": "手印"})
        self.ok("gw_a", "入户核查", day(29), result="有风险")
        self.ok("cun", "村级评议", day(27), result="通过", details={"participants": 12})


NOTICE = {"start": day(26), "end": day(22), "objections": []}


def test_each_role_refused_each_step_it_may_not_record(live: Live, world: dict[str, Any]) -> None:
    s = Steps(live, world["hids"][0])
    s.ok("gw_a", "风险线索", day(30))
    # a grid worker, a township user, the county and its admin may not record the 申请 ... the
    # village may; and so on step by step: only the role whose step it is
    for user in ("zhen", "xian", "admin"):
        s.refused(user, "申请", day(30), "您的角色不能", details={"mark": "手印"})
    s.ok("cun", "申请", day(30), details={"mark": "手印"})
    for user in ("zhen", "xian"):
        s.refused(user, "入户核查", day(29), "您的角色不能", result="有风险")
    s.ok("gw_a", "入户核查", day(29), result="有风险")
    for user in ("gw_a", "zhen", "xian"):
        s.refused(user, "村级评议", day(27), "您的角色不能", result="通过")
    s.ok("cun", "村级评议", day(27), result="通过", details={"participants": 12})
    for user in ("gw_a", "zhen", "xian"):
        s.refused(user, "村内公示", day(26), "您的角色不能", details=NOTICE)
    s.ok("cun", "村内公示", day(26), details=NOTICE)
    for user in ("gw_a", "cun", "xian"):
        s.refused(user, "信息比对", day(25), "您的角色不能", result="一致")
    s.ok("zhen", "信息比对", day(25), result="一致")
    for user in ("gw_a", "cun", "xian", "admin"):
        s.refused(user, "乡镇审核", day(20), "您的角色不能", result="通过")
    s.ok("zhen", "乡镇审核", day(20), result="通过")
    decide = {"result": "纳入", "monitor_type": "突发严重困难户", "risk_codes": ["01"]}
    for user in ("gw_a", "cun", "zhen", "admin"):
        s.refused(user, "县级审定", day(18), "您的角色不能", **decide)
    s.ok("xian", "县级审定", day(18), **decide)
    # two people deciding at once: the second is refused, and says why
    s.refused("xian", "县级审定", day(18), "本案已有县级审定", **decide)


def test_out_of_scope_and_out_of_order(live: Live, world: dict[str, Any]) -> None:
    s = Steps(live, world["hids"][0])
    s.ok("gw_a", "风险线索", day(30))
    s.refused("gw_a", "入户核查", day(29), "缺少前一环节：申请", result="有风险")
    s.refused("cun", "村级评议", day(29), "缺少前一环节", result="通过")
    s.refused("gw_a", "申请", day(30), "签字或手印")  # unsigned
    s.ok("gw_a", "申请", day(30), details={"mark": "手印"})
    s.ok("gw_a", "入户核查", day(29), result="有风险")
    s.refused("zhen", "乡镇审核", day(28), "缺少前一环节", result="通过")
    s.refused("zhen_far", "信息比对", day(28), "不在您的管辖范围内", result="一致")
    s.refused("gw_b", "消除提出", day(28), "不在您的管辖范围内")
    s.refused("gw_a2", "村内公示", day(28), "您的角色不能")
    s.refused("xian", "风险消除", day(28), "尚未纳入监测", result="稳定消除")
    # a date before the case's last step, a step dated in the future
    s.refused("cun", "村级评议", day(35), "日期早于", result="通过", details={"participants": 9})
    res = s.push("cun", "村级评议", (TODAY + timedelta(days=3)).isoformat(), result="通过")
    assert res["status"] == "rejected" and "晚于今天" in res["reason"]
    # a false alarm closed at the village never reaches the county; the township may reopen it
    s.ok("cun", "村级评议", day(27), result="未通过", details={"participants": 9})
    s.refused("cun", "村级关闭", day(26), "写明原因")
    s.ok("cun", "村级关闭", day(26), note="评议未通过：家庭收入稳定")
    s.refused("cun", "村内公示", day(26), "已由村关闭", details=NOTICE)
    s.refused("gw_a", "乡镇重开", day(20), "您的角色不能", note="重新核实")
    s.ok("zhen", "乡镇重开", day(20), note="群众反映情况有变，重新核实")


def test_audit_waits_for_the_notice_and_its_objections(live: Live, world: dict[str, Any]) -> None:
    s = Steps(live, world["hids"][1])
    s.through_review()
    objection = {"text": "邻居反映其子在外务工收入较高", "settled": False, "how": ""}
    notice = s.ok("cun", "村内公示", day(26), details={**NOTICE, "objections": [objection]})
    s.ok("zhen", "信息比对", day(25), result="一致")
    s.refused("zhen", "乡镇审核", day(23), "公示期未满", result="通过")  # before it ended
    s.refused("zhen", "乡镇审核", day(21), "1 条异议未处理完毕", result="通过")
    # settled: a correction that supersedes the 公示 (the first stays in the history)
    settled = {**objection, "settled": True, "how": "经核实务工收入不稳定，异议不成立"}
    s.ok(
        "cun",
        "村内公示",
        day(26),
        details={**NOTICE, "objections": [settled]},
        supersedes=notice["id"],
    )
    s.refused("zhen", "乡镇审核", day(21), "须指明退回到哪一环节", result="退回", note="补材料")
    s.ok(
        "zhen",
        "乡镇审核",
        day(21),
        result="退回",
        note="评议人数不足",
        details={"return_to": "村级评议"},
    )
    s.refused("xian", "县级审定", day(20), "缺少前一环节", result="纳入")
    s.ok("cun", "村级评议", day(20), result="通过", details={"participants": 25})
    s.refused(
        "cun", "村内公示", day(20), "公示期不少于 5 天", details={"start": day(20), "end": day(18)}
    )
    s.ok("cun", "村内公示", day(20), details={"start": day(20), "end": day(16), "objections": []})
    s.ok("zhen", "信息比对", day(20), result="一致")
    s.refused("zhen", "乡镇审核", day(16), "公示期未满", result="通过")
    s.ok("zhen", "乡镇审核", day(15), result="通过")
    with live.engine.connect() as conn:  # the corrected 公示 and the 退回 are kept
        e = tb.T.monitoring_event
        stages = conn.execute(
            select(e.c.stage).where(e.c.household_id == s.hid).order_by(e.c.recorded_at)
        ).scalars()
        assert list(stages).count("村内公示") == 3


def test_no_stable_clearing_for_a_household_without_labour(
    live: Live, world: dict[str, Any]
) -> None:
    hid = world["hids"][2]
    with live.engine.begin() as conn:  # monitored from the roster, nobody able to work
        conn.execute(
            update(tb.T.household)
            .where(tb.T.household.c.id == hid)
            .values(monitor_type="脱贫不稳定户")
        )
        conn.execute(
            update(tb.T.member).where(tb.T.member.c.household_id == hid).values(labour="丧失劳动力")
        )
    s = Steps(live, hid)
    s.refused("gw_a", "申请", day(40), "已纳入监测", details={"mark": "手印"})
    s.ok("gw_a", "消除提出", day(30), note="收入稳定")
    s.ok("cun", "村级评议", day(29), result="通过", details={"participants": 10})
    s.ok("cun", "村内公示", day(28), details={"start": day(28), "end": day(24)})
    s.ok("zhen", "乡镇审核", day(20), result="通过")
    s.refused("xian", "风险消除", day(18), "不能标记为稳定消除", result="稳定消除")
    s.refused("xian", "风险消除", day(18), "自然消除须选择原因", result="自然消除")
    s.ok("xian", "风险消除", day(18), result="自然消除", details={"reason": "整户迁出"})


def test_steps_are_append_only(live: Live, world: dict[str, Any]) -> None:
    s = Steps(live, world["hids"][0])
    change = s.change("gw_a", "风险线索", day(3))
    gw = s.dev("gw_a")
    assert gw.push([change])[0]["status"] == "applied"
    again = {**change, "change_id": f"{gw.id}:{change['id']}:1:2", "base_version": 1}
    assert gw.push([again])[0]["status"] == "duplicate"
    edited = {**again, "fields": {**change["fields"], "note": "改"}}
    edited["change_id"] = f"{gw.id}:{change['id']}:1:3"
    res = gw.push([edited])[0]
    assert res["status"] == "rejected" and "不能修改" in res["reason"]
    gone = {**again, "deleted": True, "change_id": f"{gw.id}:{change['id']}:1:4"}
    assert gw.push([gone])[0]["status"] == "rejected"
    # and the database itself refuses (migration 0008)
    e = tb.T.monitoring_event
    with pytest.raises(Exception, match="append-only"), live.engine.begin() as conn:
        conn.execute(update(e).where(e.c.id == change["id"]).values(note="改"))
    with pytest.raises(Exception, match="append-only"), live.engine.begin() as conn:
        conn.execute(e.delete().where(e.c.id == change["id"]))
    with live.engine.begin() as conn:  # bookkeeping may still be written (a hash filled in)
        conn.execute(update(e).where(e.c.id == change["id"]).values(recorded_by="gw_a"))


def test_a_refused_step_loses_nothing_else(live: Live, world: dict[str, Any]) -> None:
    s = Steps(live, world["hids"][0])
    gw = s.dev("gw_a")
    clue = s.change("gw_a", "风险线索", day(5))
    wrong = s.change("gw_a", "县级审定", day(4), result="纳入")
    apply = s.change("gw_a", "申请", day(4), details={"mark": "手印"})
    other = gw.change(
        "monitoring_event",
        {
            "household_id": world["hids"][1],
            "stage": "风险线索",
            "event_date": day(4),
            "risk_codes": [],
        },
    )
    results = gw.push([clue, wrong, apply, other])
    assert [r["status"] for r in results] == ["applied", "rejected", "applied", "applied"]
    assert str(uuid.UUID(results[3]["id"])) == other["id"]
