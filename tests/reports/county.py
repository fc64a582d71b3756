"""A small hand-made county whose report figures are known independently (see test_figures.py).

Township 340621104 (临涣镇): village V1 (grids G11, G12) and V2 (grid G21); one household X in
another township. Households:
  A  G11 脱贫户, 脱贫不稳定户 [01]; visits 2021-05-10, 2022-02-10, 2022-05-03 (+ a tombstoned one)
  B  G11 普通农户; visit 04-15 revised on 07-01 by another worker; visit 05-31 synced 06-05
  C  G12 普通农户, long absent; phone visit 06-20
  D  G21 脱贫户, moved here from G12; visits 2021-05-12, 2022-05-06 (by G12's worker), 06-15
  E  G21 tombstoned household: a visit, a problem, a clue — none of it counts
  F  G21 普通农户, 边缘易致贫户 [07, 04]; visits 2021-12-15 (income 6000 = the 2021 line), 05-20
  G  G12 普通农户, 边缘易致贫户 [02]; decided 03-01, cleared 04-15 with income below the line
  X  340621105 township, 脱贫户; visit 2022-05-04
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from gridworker.residentid import build

T = "340621104"
V1, V2 = T + "201", T + "202"
G11, G12, G21 = V1 + "01", V1 + "02", V2 + "01"
OTHER = "34062110520101"


def hid(name: str) -> str:
    return f"00000000-0000-4000-8000-{ord(name):012d}"


def _id(n: int) -> str:
    return f"00000000-0000-4000-9000-{n:012d}"


_seq = iter(range(1, 10_000))


def _next() -> str:
    return _id(next(_seq))


def ident(birth: date, seq: int) -> str:
    return build("340621", birth, seq)


def member(h: str, rel: str, sex: str, id_number: str, **kw: Any) -> dict[str, Any]:
    row = {
        "id": _next(),
        "household_id": hid(h),
        "name": f"{h}{rel}",
        "sex": sex,
        "id_type": "居民身份证",
        "id_number": id_number,
        "relationship": rel,
        "education": "初中",
        "school_status": None,
        "work_location": None,
        "work_months": 0,
        "welfare_job": None,
        "welfare_job_months": 0,
        "resident_med": True,
        "employee_med": False,
        "phone": None,
    }
    row.update(kw)
    return row


def household(h: str, grid: str, htype: str = "普通农户", **kw: Any) -> dict[str, Any]:
    row = {
        "id": hid(h),
        "number": f"{grid}{ord(h):03d}",
        "grid_code": grid,
        "address": f"{h}号",
        "household_type": htype,
        "monitor_type": None,
        "long_absent": False,
        "risk_codes": [],
        "head_name": f"{h}户主",
        "phone": None,
    }
    row.update(kw)
    return row


WORKERS = {"w1": "王网格", "w2": "李网格", "w3": "张网格"}


def visit(
    h: str,
    day: date,
    worker: str,
    pci: float | None = 8000.0,
    members: dict[str, dict[str, Any]] | None = None,
    **kw: Any,
) -> dict[str, Any]:
    vid = _next()
    created = datetime(day.year, day.month, day.day, 10, 0)
    row = {
        "id": vid,
        "household_id": hid(h),
        "root_id": vid,
        "checklist_version": "2022.1",
        "mode": "入户",
        "visit_date": day,
        "status": "completed",
        "answers": {"household": {}, "members": members or {}},
        "per_capita_income": pci,
        "worker": worker,
        "worker_name": WORKERS[worker],
        "created_at": created,
        "updated_at": created,
    }
    row.update(kw)
    return row


def work(
    location: str | None, months: int, job: str | None = None, job_months: int = 0
) -> dict[str, Any]:
    return {
        "work_location": location,
        "work_months": months,
        "welfare_job": job,
        "welfare_job_months": job_months,
    }


def problem(
    h: str, ptype: str, opened: date, resolved: date | None = None, **kw: Any
) -> dict[str, Any]:
    return {
        "id": _next(),
        "household_id": hid(h),
        "type": ptype,
        "opened_on": opened,
        "resolved_on": resolved,
        "description": ptype,
        **kw,
    }


def event(h: str, stage: str, day: date, **kw: Any) -> dict[str, Any]:
    rid = _next()
    return {
        "id": rid,
        "household_id": hid(h),
        "stage": stage,
        "event_date": day,
        # (steps of one day in the order they were taken)
        "recorded_at": datetime.combine(day, time(8)) + timedelta(seconds=int(rid[-6:], 16)),
        # (every row with the same keys: executemany takes the first row's)
        "result": None,
        "details": None,
        "monitor_type": None,
        "risk_codes": [],
        **kw,
    }


def _notice(h: str, start: date) -> dict[str, Any]:
    end = (start + timedelta(days=4)).isoformat()
    return event(h, "村内公示", start, details={"start": start.isoformat(), "end": end})


def identified(h: str, clue: date, decided: date) -> list[dict[str, Any]]:
    """A case from its clue to 县级审定 纳入, every step in between (gridworker.cases)."""
    one = timedelta(days=1)
    return [
        event(h, "风险线索", clue),
        event(h, "申请", clue, details={"mark": "手印"}),
        event(h, "入户核查", clue, result="有风险"),
        event(h, "村级评议", clue + one, result="通过", details={"participants": 10}),
        _notice(h, clue + one),
        event(h, "信息比对", clue + one, result="一致"),
        event(h, "乡镇审核", clue + 6 * one, result="通过"),
        event(
            h, "县级审定", decided, result="纳入", monitor_type="边缘易致贫户", risk_codes=["01"]
        ),
    ]


def cleared(h: str, proposed: date, on: date) -> list[dict[str, Any]]:
    """风险消除: proposed → 评议 → 公示 → 审核 → 稳定消除 on ``on``."""
    one = timedelta(days=1)
    return [
        event(h, "消除提出", proposed),
        event(h, "村级评议", proposed + one, result="通过", details={"participants": 10}),
        _notice(h, proposed + one),
        event(h, "乡镇审核", proposed + 6 * one, result="通过"),
        event(h, "风险消除", on, result="稳定消除"),
    ]


def county() -> dict[str, list[dict[str, Any]]]:
    d = date
    regions = [
        {"code": "340621", "name": "濉溪县", "level": "county", "parent_code": None},
        {"code": T, "name": "临涣镇", "level": "township", "parent_code": "340621"},
        {"code": V1, "name": "一村", "level": "village", "parent_code": T},
        {"code": V2, "name": "二村", "level": "village", "parent_code": T},
        {"code": G11, "name": "第1网格", "level": "grid", "parent_code": V1},
        {"code": G12, "name": "第2网格", "level": "grid", "parent_code": V1},
        {"code": G21, "name": "第1网格", "level": "grid", "parent_code": V2},
        {"code": "340621105", "name": "双堆集镇", "level": "township", "parent_code": "340621"},
        {"code": OTHER[:12], "name": "三村", "level": "village", "parent_code": "340621105"},
        {"code": OTHER, "name": "第1网格", "level": "grid", "parent_code": OTHER[:12]},
    ]
    households = [
        household("A", G11, "脱贫户", monitor_type="脱贫不稳定户", risk_codes=["01"]),
        household("B", G11, phone="1381234567"),
        household("C", G12, long_absent=True),
        household("D", G21, "脱贫户"),
        household("E", G21, "脱贫户", deleted=True, long_absent=True),
        household("F", G21, monitor_type="边缘易致贫户", risk_codes=["07", "04"]),
        household("G", G12, monitor_type="边缘易致贫户", risk_codes=["02"]),
        household("X", OTHER, "脱贫户"),
    ]
    a_head_id = ident(d(1970, 3, 1), 11)
    a_head = member("A", "户主", "男", a_head_id, phone="13812345678")
    a_wife = member("A", "配偶", "女", ident(d(1972, 4, 2), 22))
    a_child = member(
        "A", "之子", "男", ident(d(2015, 6, 3), 31), education=None, school_status="小学"
    )
    b_head = member("B", "户主", "男", ident(d(1960, 1, 5), 13))
    b_wife = member("B", "配偶", "男", ident(d(1961, 2, 6), 15))  # same sex as the head
    c_head = member(
        "C",
        "户主",
        "女",
        ident(d(1980, 7, 7), 24)[:-1] + "0"
        if not ident(d(1980, 7, 7), 24).endswith("0")
        else ident(d(1980, 7, 7), 24)[:-1] + "1",
    )  # broken check character
    d1 = member("D", "户主", "男", ident(d(1975, 8, 8), 17))
    d2 = member("D", "配偶", "女", ident(d(1976, 9, 9), 28), school_status="中职")  # both
    e_head = member("E", "户主", "男", "123")  # tombstoned household: never counted
    f1 = member("F", "户主", "男", ident(d(1985, 1, 1), 19))
    f2 = member("F", "户主", "女", ident(d(1986, 2, 2), 26), work_location="省外")  # months 0
    g1 = member("G", "户主", "女", ident(d(1990, 3, 3), 42), employee_med=True)  # both med
    x1 = member("X", "户主", "男", a_head_id)  # same ID as A's head, in another township
    members = [a_head, a_wife, a_child, b_head, b_wife, c_head, d1, d2, e_head, f1, f2, g1, x1]

    b_first = visit("B", d(2022, 4, 15), "w1", 5000)
    b_revision = visit(
        "B",
        d(2022, 4, 15),
        "w2",
        5200,
        revision_of=b_first["id"],
        root_id=b_first["id"],
        created_at=datetime(2022, 7, 1, 9),
        updated_at=datetime(2022, 7, 1, 9),
    )
    visits = [
        visit(
            "A",
            d(2021, 5, 10),
            "w1",
            7000,
            {a_head["id"]: work("省外", 12), a_wife["id"]: work("县外省内", 6)},
        ),
        visit("A", d(2022, 2, 10), "w1", 8000),
        visit(
            "A",
            d(2022, 5, 3),
            "w1",
            9000,
            {
                a_head["id"]: work("省外", 12),
                a_wife["id"]: work(None, 0, "护林员", 10),
                a_child["id"]: work(None, 0),
            },
        ),
        visit("A", d(2022, 5, 10), "w1", 100, deleted=True),  # tombstoned visit
        b_first,
        b_revision,
        visit(
            "B",
            d(2022, 5, 31),
            "w1",
            5000,
            created_at=datetime(2022, 6, 5, 8),
            updated_at=datetime(2022, 6, 5, 8),
        ),  # synced after the period
        visit("C", d(2022, 6, 20), "w2", 7000, mode="电话"),
        visit("D", d(2021, 5, 12), "w2", 6000, {d1["id"]: work("省外", 12)}),
        visit(
            "D",
            d(2022, 5, 6),
            "w2",
            7000,
            {d1["id"]: work("省外", 10), d2["id"]: work("乡镇内", 6, "保洁员", 8)},
        ),
        visit("D", d(2022, 5, 7), "w3", 7000, {d1["id"]: work("国外", 12)}, status="draft"),
        visit("D", d(2022, 6, 15), "w3", 7000, {d1["id"]: work("省外", 10)}),
        visit("E", d(2022, 5, 5), "w3", 1000, {e_head["id"]: work("省外", 12)}),
        visit("F", d(2021, 12, 15), "w3", 6000),
        visit("F", d(2022, 5, 20), "w3", 12000),
        visit("G", d(2022, 4, 1), "w2", 5000),
        visit("X", d(2022, 5, 4), "w1", 9000, {x1["id"]: work("县外省内", 8)}),
    ]
    problems = [
        problem("B", "饮水", d(2022, 3, 1), d(2022, 5, 31)),  # resolved on the month's last day
        problem("C", "住房", d(2022, 5, 4)),
        problem("D", "基本医疗", d(2021, 10, 1), d(2022, 5, 20)),
        problem("E", "两不愁", d(2022, 5, 1)),  # tombstoned household
        problem("A", "住房", d(2022, 5, 1), deleted=True),  # tombstoned problem
        problem("X", "义务教育", d(2022, 5, 2)),
    ]
    events = [
        *identified("A", d(2021, 3, 1), d(2021, 3, 20)),
        *identified("F", d(2022, 5, 2), d(2022, 5, 25)),
        event("B", "风险线索", d(2022, 4, 10)),
        event("E", "风险线索", d(2022, 5, 3)),
        *identified("G", d(2022, 2, 20), d(2022, 3, 1)),
        *cleared("G", d(2022, 4, 1), d(2022, 4, 15)),
    ]
    return {
        "region": regions,
        "household": households,
        "member": members,
        "visit": visits,
        "problem": problems,
        "monitoring_event": events,
    }
