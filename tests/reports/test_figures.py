"""Every figure of the hand-made county (tests/reports/county.py), per village and in total, for a
week, a month and a quarter, on SQLite and PostgreSQL. Expected values are worked out by hand
from the fixture's docstring, not by running the code."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from gridworker.reports import FIGURES, Period, Report, build_report, drill_down

from tests.reports.county import G11, G12, G21, V1, V2, T, hid

W18, MAY, Q2 = "2022-W18", "2022-05", "2022-Q2"
PERIODS = (W18, MAY, Q2)


def report(db: Engine, period: str, region: str = T) -> Report:
    with db.connect() as conn:
        return build_report(conn, region, Period.parse(period))


def drill(db: Engine, period: str, figure: str, region: str = T, **keys: Any) -> set[str]:
    with db.connect() as conn:
        return {r.id for r in drill_down(conn, region, period, figure, **keys)}


def ids(*names: str) -> set[str]:
    return {hid(n) for n in names}


# --- coverage -----------------------------------------------------------------------------------
COVERAGE = {  # grid → (households, visited); E is tombstoned, D counts in G21 where it is now
    W18: {G11: (2, 1), G12: (2, 0), G21: (2, 1)},
    MAY: {G11: (2, 2), G12: (2, 0), G21: (2, 2)},  # B's 05-31 visit synced on 06-05 counts
    Q2: {G11: (2, 2), G12: (2, 2), G21: (2, 2)},
}
VISITED = {W18: "AD", MAY: "ABDF", Q2: "ABCDFG"}
WORKERS = {  # worker → (grids, households of those grids, visited, visits)
    W18: {"w1": ([G11], 2, 1, 1), "w2": ([G21], 2, 1, 1)},
    MAY: {"w1": ([G11], 2, 2, 2), "w2": ([G21], 2, 1, 1), "w3": ([G21], 2, 1, 1)},
    # B's 04-15 visit counts as its revision, made by w2 after the quarter: w1 has 2 visits
    Q2: {"w1": ([G11], 2, 2, 2), "w2": ([G11, G12, G21], 6, 4, 4), "w3": ([G21], 2, 2, 2)},
}


@pytest.mark.parametrize("period", PERIODS)
def test_coverage(db: Engine, period: str) -> None:
    cov = report(db, period).coverage
    assert {g.code: (g.households, g.visited) for g in cov.grids} == COVERAGE[period]
    v1 = [COVERAGE[period][G11], COVERAGE[period][G12]]
    assert [(v.code, v.households, v.visited) for v in cov.villages] == [
        (V1, 4, v1[0][1] + v1[1][1]),
        (V2, 2, COVERAGE[period][G21][1]),
    ]
    assert (cov.total.households, cov.total.visited) == (6, len(VISITED[period]))
    assert cov.total.rate == round(len(VISITED[period]) / 6, 4)
    assert {w.worker: (w.grids, w.households, w.visited, w.visits) for w in cov.workers} == (
        WORKERS[period]
    )
    # C is the one long-absent household; its phone call on 06-20 is in the quarter only
    contacted = 1 if period == Q2 else 0
    assert (
        cov.total.long_absent,
        cov.total.long_absent_contacted,
        cov.total.long_absent_contacted_recent,
    ) == (1, contacted, contacted)
    assert drill(db, period, "coverage.visited") == ids(*VISITED[period])
    assert drill(db, period, "coverage.not_visited") == ids(
        *("ABCDFG".translate({ord(c): None for c in VISITED[period]}))
    )
    assert drill(db, period, "coverage.long_absent") == ids("C")
    assert drill(db, period, "coverage.visited", village=V2) == ids(
        *(set(VISITED[period]) & set("DF"))
    )


def test_coverage_county_includes_the_other_township(db: Engine) -> None:
    assert report(db, MAY, "340621").coverage.total.households == 7
    assert report(db, MAY, "340621").coverage.total.visited == 5
    assert drill(db, Q2, "coverage.worker", worker="w2") == ids("B", "C", "D", "G")


# --- problems -----------------------------------------------------------------------------------
PROBLEMS = {  # type → (open at end, opened, resolved, max days open)
    W18: {"住房": (1, 1, 0, 4), "基本医疗": (1, 0, 0, 219), "饮水": (1, 0, 0, 68)},
    # 饮水 resolved on 05-31, the month's last day: not open at its end
    MAY: {"住房": (1, 1, 0, 27), "基本医疗": (0, 0, 1, 0), "饮水": (0, 0, 1, 0)},
    Q2: {"住房": (1, 1, 0, 57), "基本医疗": (0, 0, 1, 0), "饮水": (0, 0, 1, 0)},
}


@pytest.mark.parametrize("period", PERIODS)
def test_problems(db: Engine, period: str) -> None:
    p = report(db, period).problems
    got = {r.type: (r.open_at_end, r.opened, r.resolved, r.max_days_open) for r in p.by_type}
    want = {
        t: PROBLEMS[period].get(t, (0, 0, 0, 0))
        for t in ("住房", "义务教育", "基本医疗", "饮水", "两不愁")
    }
    assert got == want
    assert p.open_at_end == sum(v[0] for v in want.values())
    assert p.cleared is False  # C's housing problem stays open
    v2_open = 1 if period == W18 else 0
    assert [(v.code, v.open_at_end, v.cleared) for v in p.villages] == [
        (V1, 2 if period == W18 else 1, False),
        (V2, v2_open, v2_open == 0),
    ]
    assert drill(db, period, "problems.open") == ids(*("BCD" if period == W18 else "C"))
    assert drill(db, period, "problems.resolved") == (set() if period == W18 else ids("B", "D"))
    assert drill(db, period, "problems.open", type="住房") == ids("C")


def test_problems_county_and_zero_clear_of_a_village(db: Engine) -> None:
    county = report(db, W18, "340621").problems
    assert {r.type: r.open_at_end for r in county.by_type}["义务教育"] == 1  # X, elsewhere
    assert report(db, MAY, V2).problems.cleared is True


# --- risk ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("period", PERIODS)
def test_risk(db: Engine, period: str) -> None:
    r = report(db, period).risk
    assert r.monitored == 3
    assert r.by_monitor_type == {"脱贫不稳定户": 1, "边缘易致贫户": 2}
    assert r.by_risk_code == {"01": 1, "02": 1, "04": 1, "07": 1}
    assert [(c.village, c.monitor_type, c.risk_code, c.households) for c in r.cells] == [
        (V1, "脱贫不稳定户", "01", 1),
        (V1, "边缘易致贫户", "02", 1),
        (V2, "边缘易致贫户", "04", 1),
        (V2, "边缘易致贫户", "07", 1),
    ]
    new = {W18: "F", MAY: "F", Q2: "BF"}[period]  # E's clue: tombstoned household
    assert (r.new_clues, r.new_clue_households) == (len(new), len(new))
    decided = period != W18  # F: clue 05-02, decision 05-25 = 23 days > 15
    assert (r.decisions, r.decision_days_max, r.over_limit) == (
        (1, 23, 1) if decided else (0, None, 0)
    )
    assert r.limit_days == 15
    # B's clue of 04-10 is never decided; F's is pending (6 days) at the end of W18
    assert (r.pending_clues, r.pending_overdue) == ((2, 1) if period == W18 else (1, 1))
    assert [
        (v.code, v.monitored, v.new_clues, v.decisions, v.pending_overdue) for v in r.villages
    ] == [(V1, 2, 1 if period == Q2 else 0, 0, 1), (V2, 1, 1, 1 if decided else 0, 0)]
    assert drill(db, period, "risk.new_clues") == ids(*new)
    assert drill(db, period, "risk.monitored", risk_code="07") == ids("F")
    assert drill(db, period, "risk.pending_overdue") == ids("B")
    # clue-to-decision days per village (median, longest)
    assert [(v.code, v.decision_days_median, v.decision_days_max) for v in r.villages] == [
        (V1, None, None),
        (V2, 23.0, 23) if decided else (V2, None, None),
    ]
    assert r.decision_days_median == (23.0 if decided else None)


# --- 风险消除 candidates ------------------------------------------------------------------------
@pytest.mark.parametrize("period", PERIODS)
def test_clearance(db: Engine, period: str) -> None:
    c = report(db, period).clearance
    # G was cleared on 04-15. F's 2021-12-15 visit (6000, not above the 2021 line 6000) is in
    # the six months before the week's and the month's end, not before the quarter's.
    # F's case is decided on 05-25: at the end of W18 it is not monitored yet (its case reads the
    # real steps, not the household's 监测对象类别 as it stands today)
    want = "AF" if period == Q2 else "A"
    f_monitored = 0 if period == W18 else 1
    assert (c.monitored, c.candidates) == (1 + f_monitored, len(want))
    assert [(v.code, v.monitored, v.candidates) for v in c.villages] == [
        (V1, 1, 1),
        (V2, f_monitored, 1 if period == Q2 else 0),
    ]
    assert drill(db, period, "clearance.candidates") == ids(*want)


# --- work ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("period", PERIODS)
def test_work(db: Engine, period: str) -> None:
    w = report(db, period).work
    # Q2: D's latest visit (06-15) has D2 no longer working, so the quarter has fewer
    this = {"县内": 0 if period == Q2 else 1, "省内县外": 0, "省外": 2, "国外": 0}
    last = (
        {"县内": 0, "省内县外": 0, "省外": 0, "国外": 0}
        if period == W18
        else {"县内": 0, "省内县外": 1, "省外": 2, "国外": 0}
    )
    assert (w.total.this_period, w.total.last_year) == (this, last)
    assert w.total.welfare_job == (1 if period == Q2 else 2)
    assert w.total.welfare_job_last_year == 0
    assert w.total.change == sum(this.values()) - sum(last.values())
    v1, v2 = w.villages
    assert (v1.code, v1.in_work, v1.welfare_job) == (V1, 1, 1)
    assert (v2.code, v2.in_work, v2.welfare_job) == (
        V2,
        1 if period == Q2 else 2,
        0 if period == Q2 else 1,
    )
    assert drill(db, period, "work.in_work", bucket="省外") == ids("A", "D")
    assert drill(db, period, "work.welfare_job") == ids(*("A" if period == Q2 else "AD"))
    county = report(db, period, "340621").work.total
    assert county.this_period["省内县外"] == 1  # X in the other township


# --- data quality -------------------------------------------------------------------------------
QUALITY = {
    "id_checksum": "C",
    "head_count": "F",
    "education_school": "D",
    "work_months": "F",
    "phone": "B",
    "medical": "G",
    "head_spouse_sex": "B",
    "clear_too_soon": "G",
    "clear_below_line": "G",
}


@pytest.mark.parametrize("period", PERIODS)
def test_quality(db: Engine, period: str) -> None:
    q = report(db, period).quality
    got = {r.rule: r.households for r in q.rules}
    assert got == {rule: int(rule in QUALITY) for rule in got}
    assert q.households == len(set("".join(QUALITY.values())))
    for rule, who in QUALITY.items():
        assert drill(db, period, f"quality.{rule}") == ids(who)
    by_village = {r.rule: r.by_village for r in q.rules}
    assert by_village["head_count"] == {V2: 1}
    county = {r.rule: r.households for r in report(db, period, "340621").quality.rules}
    assert county["id_duplicate"] == 2  # A's head and X's head share an ID
    assert drill(db, period, "quality.id_duplicate", "340621") == ids("A", "X")


# --- every figure drills down -------------------------------------------------------------------
def test_every_figure_drills_down(db: Engine) -> None:
    for figure in FIGURES:
        for region in (T, "340621", G12):
            with db.connect() as conn:
                refs = drill_down(conn, region, MAY, figure)
            assert all(r.grid_code.startswith(region) for r in refs), figure
            assert hid("E") not in {r.id for r in refs}, figure
    with pytest.raises(KeyError):
        drill(db, MAY, "nonsense.figure")


def test_period_parsing() -> None:
    assert (Period.parse(W18).start.isoformat(), Period.parse(W18).end.isoformat()) == (
        "2022-05-02",
        "2022-05-08",
    )
    assert Period.parse("2022-Q2").end.isoformat() == "2022-06-30"
    assert Period.parse("2022-5").label == MAY
    assert Period.parse("2020-W53").same_period_last_year().label == "2019-W52"
    with pytest.raises(ValueError):
        Period.parse("2022-13")
