"""The case fold (gridworker.cases): stage, days, what may come next, corrections, 退回, closing
and reopening, clearing — the rules the device and the server share."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any

from gridworker import cases
from gridworker.cases import Event

D0 = date(2026, 9, 1)
_ids = itertools.count(1)


def ev(stage: str, days: int, **kw: Any) -> Event:
    n = next(_ids)
    on = D0 + timedelta(days=days)
    return Event(
        f"e{n:03d}",
        "h1",
        stage,
        on,
        recorded_at=datetime.combine(on, datetime.min.time()) + timedelta(seconds=n),
        **kw,
    )


def notice(days: int, length: int = 5, objections: list[dict[str, Any]] | None = None) -> Event:
    start = D0 + timedelta(days=days)
    end = start + timedelta(days=length - 1)
    return ev(
        "村内公示",
        days,
        details={
            "start": start.isoformat(),
            "end": end.isoformat(),
            "objections": objections or [],
        },
    )


def identified(upto: str = "县级审定") -> list[Event]:
    chain = [
        ev("风险线索", 0, details={"source": "农户自主申报"}),
        ev("申请", 0, details={"mark": "手印"}),
        ev("入户核查", 1, result="有风险"),
        ev("村级评议", 3, result="通过", details={"participants": 15}),
        notice(3),
        ev("信息比对", 4, result="一致"),
        ev("乡镇审核", 8, result="通过"),
        ev("县级审定", 10, result="纳入", monitor_type="突发严重困难户", risk_codes=("01",)),
    ]
    stages = [e.stage for e in chain]
    return chain[: stages.index(upto) + 1]


def test_a_case_moves_step_by_step_with_its_clock() -> None:
    evs = identified("乡镇审核")
    for n in range(1, len(evs) + 1):
        case = cases.fold("h1", evs[:n])
        assert all(x.state == cases.IN_FORCE for x in case.entries)
    assert case.phase == cases.OPEN and case.next_steps() == ("县级审定",)
    assert case.waiting_for == "待县级审定"
    assert case.days(D0 + timedelta(days=12)) == 12
    assert case.days_left(D0 + timedelta(days=20)) == -5  # overdue
    done = cases.fold("h1", identified())
    assert done.phase == cases.MONITORED and done.decided_on == D0 + timedelta(days=10)
    assert done.days(D0 + timedelta(days=99)) == 10 and done.days_left(D0) is None
    assert done.monitor_type == "突发严重困难户" and done.next_steps() == ("消除提出",)
    # what comes next after each step
    assert cases.fold("h1", evs[:1]).next_steps() == ("申请",)
    assert cases.fold("h1", evs[:4]).next_steps() == ("村内公示", "信息比对")


def test_audit_waits_for_the_notice_days_and_settled_objections() -> None:
    base = identified("村级评议")
    objection = {"text": "有异议", "settled": False, "how": ""}
    n = notice(3, objections=[objection])
    evs = [*base, n, ev("信息比对", 4, result="一致")]
    case = cases.fold("h1", evs)
    assert case.notice_ready_on() == D0 + timedelta(days=8)
    early = ev("乡镇审核", 7, result="通过")
    assert "公示期未满" in (case.refusal(early) or "")
    late = ev("乡镇审核", 8, result="通过")
    assert "异议未处理" in (case.refusal(late) or "")
    fixed = ev(
        "村内公示",
        3,
        details={**n.details, "objections": [{**objection, "settled": True, "how": "已核实"}]},
        supersedes=n.id,
    )
    assert cases.check("h1", evs, fixed) is None
    case = cases.fold("h1", [*evs, fixed])
    assert [x.state for x in case.entries if x.event.stage == "村内公示"] == [
        cases.CORRECTED,
        cases.IN_FORCE,
    ]
    assert case.refusal(late) is None
    # a correction of another step, or one that would undo later steps, is refused
    assert "同一环节" in (cases.check("h1", evs, ev("信息比对", 4, supersedes=n.id)) or "")


def test_return_names_the_step_and_the_clock_keeps_running() -> None:
    evs = identified("乡镇审核")[:-1]
    back = ev("乡镇审核", 8, result="退回", note="人数不足", details={"return_to": "村级评议"})
    case = cases.fold("h1", [*evs, back])
    assert case.next_steps() == ("村级评议",) and case.returned_to == "村级评议"
    assert case.days(D0 + timedelta(days=9)) == 9


def test_close_stops_the_clock_and_reopen_resumes_it() -> None:
    evs = [*identified("入户核查")[:-1], ev("入户核查", 1, result="无风险")]
    assert cases.fold("h1", evs).next_steps() == ("村级关闭",)
    closed = [*evs, ev("村级关闭", 2, note="无风险")]
    case = cases.fold("h1", closed)
    assert case.phase == cases.CLOSED and case.next_steps() == ("乡镇重开",)
    assert case.days(D0 + timedelta(days=30)) == 2 and case.days_left(D0) is None
    reopened = cases.fold("h1", [*closed, ev("乡镇重开", 12, note="再核实")])
    assert reopened.phase == cases.OPEN
    assert reopened.days(D0 + timedelta(days=14)) == 4  # 2 before closing + 2 since reopening


def test_clearing_rules() -> None:
    evs = identified()
    clearing = [
        ev("消除提出", 200),
        ev("村级评议", 201, result="通过", details={"participants": 9}),
        notice(201),
        ev("乡镇审核", 207, result="通过"),
    ]
    case = cases.fold("h1", evs + clearing)
    assert case.phase == cases.CLEARING and case.next_steps() == ("风险消除",)
    stable = ev("风险消除", 210, result="稳定消除")
    assert case.refusal(stable) is None
    assert "稳定消除" in (case.refusal(stable, no_labour=True) or "")
    natural = ev("风险消除", 210, result="自然消除", details={"reason": "整户迁出"})
    assert case.refusal(natural, no_labour=True) is None
    done = cases.fold("h1", [*evs, *clearing, stable])
    assert done.phase == cases.CLEARED and not done.warnings
    # cleared within two months of the decision: a data-quality warning
    early = [
        ev("消除提出", 20),
        ev("村级评议", 21, result="通过", details={"participants": 9}),
        notice(21),
        ev("乡镇审核", 27, result="通过"),
        ev("风险消除", 30, result="稳定消除"),
    ]
    assert cases.fold("h1", evs + early).warnings


def test_a_clue_on_a_monitored_household_attaches_to_its_case() -> None:
    case = cases.fold("h1", [ev("风险线索", 5)], monitored=True)
    assert case.phase == cases.MONITORED and case.next_steps() == ("消除提出",)
    assert cases.fold("h1", [ev("申请", 5, details={"mark": "手印"})]).entries[0].state == (
        cases.NOT_IN_FORCE
    )


def test_no_labour() -> None:
    assert cases.no_labour({"no_labour_guarantee": True}, [])
    assert cases.no_labour({}, [{"labour": "无劳动力"}, {"labour": "丧失劳动力"}])
    assert not cases.no_labour({}, [{"labour": "无劳动力"}, {"labour": "普通劳动力"}])
    assert not cases.no_labour({}, [])


def test_limits_are_settings() -> None:
    from gridworker.checklist.settings import default_settings_records, resolve_settings

    lim = cases.Limits.from_settings(resolve_settings(default_settings_records(), 2026, []))
    assert (lim.decision_days, lim.notice_days, lim.clearing_min_months, lim.stable_months) == (
        15,
        5,
        2,
        6,
    )
    assert "整户迁出" in lim.natural_reasons
    short = cases.Limits(notice_days=3)
    assert cases.fold("h1", [*identified("村级评议"), notice(3, 3)], short).entries[-1].state == (
        cases.IN_FORCE
    )


def test_notice_list_words() -> None:
    from gridworker.case_papers import chinese_date, place_of

    assert chinese_date(date(2022, 6, 10)) == "二〇二二年六月十日"
    assert chinese_date(date(2026, 12, 31)) == "二〇二六年十二月三十一日"
    assert chinese_date(date(2026, 1, 20)) == "二〇二六年一月二十日"
    assert place_of("濉溪县临涣镇某村3组12号") == "某村3组"
    assert place_of("12号") == ""
