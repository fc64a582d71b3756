from __future__ import annotations

import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

import pytest

from gridworker import vocab
from gridworker.demo import (
    DEMO_PASSWORD,
    SUDDEN_EVENTS,
    DemoCounty,
    generate,
    iter_households,
    plan_county,
)
from gridworker.regions import (
    SUIXI_COUNTY,
    SUIXI_TOWNS,
    Level,
    ancestors,
    is_within,
    level_of,
    parent_of,
)
from gridworker.residentid import age_on, parse

TODAY = date(2024, 6, 15)
SCHOOL_REF = date(2023, 8, 31)  # start of the school year around TODAY
HOUSEHOLDS = 2500


@pytest.fixture(scope="module")
def county() -> DemoCounty:
    return generate(HOUSEHOLDS, seed=7, today=TODAY)


def _by_household(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row["household_id"]].append(row)
    return out


def test_deterministic() -> None:
    a = generate(300, seed=3, today=TODAY)
    b = generate(300, seed=3, today=TODAY)
    assert a == b
    c = generate(300, seed=4, today=TODAY)
    assert [h["id"] for h in a.households] != [h["id"] for h in c.households]


def test_iter_households_matches_generate(county: DemoCounty) -> None:
    bundles = list(iter_households(HOUSEHOLDS, seed=7, today=TODAY))
    assert [b.household for b in bundles] == county.households
    assert [m for b in bundles for m in b.members] == county.members


def test_counts_and_keys(county: DemoCounty) -> None:
    assert len(county.households) == HOUSEHOLDS
    assert 2.8 < len(county.members) / HOUSEHOLDS < 4.0
    assert 2.0 < len(county.visits) / HOUSEHOLDS < 4.5
    for h in county.households:
        assert set(h) == {"id", *vocab.HOUSEHOLD_FIELDS}
    for m in county.members:
        assert set(m) == {"id", "household_id", *vocab.MEMBER_FIELDS}
    ids = [
        r["id"]
        for rows in (
            county.households,
            county.members,
            county.visits,
            county.problems,
            county.measures,
            county.monitoring_events,
        )
        for r in rows
    ]
    assert len(ids) == len(set(ids))
    assert all(len(i) == 36 and i[14] == "4" for i in ids)


def test_proportions(county: DemoCounty) -> None:
    hh = county.households
    poor = sum(h["household_type"] == "脱贫户" for h in hh) / len(hh)
    monitored = [h for h in hh if h["monitor_type"]]
    absent = sum(h["long_absent"] for h in hh) / len(hh)
    assert 0.16 < poor < 0.24
    assert 0.015 < len(monitored) / len(hh) < 0.05
    assert 0.02 < absent < 0.09
    for h in hh:
        assert h["household_type"] in vocab.HOUSEHOLD_TYPES
        assert h["monitor_type"] in (None, *vocab.MONITOR_TYPES)
        assert bool(h["monitor_type"]) == bool(h["risk_codes"])
        assert len(h["risk_codes"]) <= vocab.MAX_RISK_SLOTS
        assert all(c in vocab.RISK_TYPES for c in h["risk_codes"])
        assert (h["disaster_subtype"] is not None) == ("02" in h["risk_codes"])
        if h["monitor_type"] == "脱贫不稳定户":
            assert h["household_type"] == "脱贫户"
        if h["monitor_type"] == "边缘易致贫户":
            assert h["household_type"] == "普通农户"
        assert h["phone"] is None or (len(h["phone"]) == 11 and h["phone"].isdigit())


def test_ids_valid_unique_and_consistent(county: DemoCounty) -> None:
    seen: set[str] = set()
    for m in county.members:
        rid = parse(m["id_number"], today=TODAY)
        assert rid.number == m["id_number"]
        assert rid.address_code == SUIXI_COUNTY
        assert rid.sex == m["sex"]
        assert m["id_type"] == "居民身份证"
        assert 0 <= age_on(rid.birth, TODAY) <= 100
        seen.add(rid.number)
    assert len(seen) == len(county.members)


def test_relationships(county: DemoCounty) -> None:
    members = _by_household(county.members)
    for h in county.households:
        rows = members[h["id"]]
        rel = Counter(m["relationship"] for m in rows)
        assert rel["户主"] == 1
        assert rel["配偶"] <= 1
        assert all(r in vocab.RELATIONSHIPS for r in rel)
        head = next(m for m in rows if m["relationship"] == "户主")
        head_birth = parse(head["id_number"], today=TODAY).birth
        for m in rows:
            birth = parse(m["id_number"], today=TODAY).birth
            if m["relationship"] == "配偶":
                assert m["sex"] != head["sex"]
            if m["relationship"] in ("之子", "之女", "之孙子", "之孙女", "之外孙子", "之外孙女"):
                assert birth > head_birth + timedelta(days=15 * 365)
            if m["relationship"] in ("之父", "之母"):
                assert birth < head_birth
        for child in ("之孙子", "之孙女"):
            for g in (m for m in rows if m["relationship"] == child):
                parents = [
                    parse(m["id_number"], today=TODAY).birth
                    for m in rows
                    if m["relationship"] in ("之子", "之儿媳")
                ]
                assert all(parse(g["id_number"], today=TODAY).birth > p for p in parents)


def test_member_facts_follow_age_and_rules(county: DemoCounty) -> None:
    compulsory = ("小学", "七年级", "八年级", "九年级")
    uninsured = 0
    for m in county.members:
        birth = parse(m["id_number"], today=TODAY).birth
        school_age = age_on(birth, SCHOOL_REF) if birth <= SCHOOL_REF else -1
        for field in (
            "education",
            "school_status",
            "health",
            "labour",
            "work_location",
            "dropout_reason",
        ):
            allowed = {
                "education": vocab.EDUCATION,
                "school_status": vocab.SCHOOL_STATUS,
                "health": vocab.HEALTH,
                "labour": vocab.LABOUR,
                "work_location": vocab.WORK_LOCATIONS,
                "dropout_reason": vocab.DROPOUT_REASONS,
            }[field]
            assert m[field] is None or m[field] in allowed, (field, m[field])
        # exactly one of 文化程度 / 在校生状况
        assert (m["education"] is None) != (m["school_status"] is None), m
        if 6 <= school_age <= 14:
            assert m["school_status"] in compulsory or m["dropout_reason"] is not None, m
        if m["school_status"] in compulsory:
            assert 6 <= school_age <= 14
        # 务工所在地 filled ⇔ months > 0
        assert (m["work_location"] is not None) == (m["work_months"] > 0)
        assert (m["employer"] is not None) == (m["work_location"] is not None)
        if m["work_location"]:
            assert m["labour"] not in vocab.NO_LABOUR
        if age_on(birth, TODAY) < 16:
            assert m["labour"] == "无劳动力" and not m["work_location"]
        assert (m["welfare_job"] is None) == (m["welfare_job_months"] == 0)
        assert not (m["resident_med"] and m["employee_med"])
        uninsured += not (m["resident_med"] or m["employee_med"])
        assert not (m["dibao"] and m["tekun"])
        assert (m["disability_class"] is not None) == (m["health"] == "残疾")
        assert m["phone"] is None or (len(m["phone"]) == 11 and m["phone"].isdigit())
    assert 0 < uninsured < 0.015 * len(county.members)
    workers = Counter(
        vocab.WORK_REGION[m["work_location"]] for m in county.members if m["work_location"]
    )
    assert workers["县内"] > workers["省外"] > workers["省内县外"] > 0


def test_grids_and_towns(county: DemoCounty) -> None:
    sizes = Counter(h["grid_code"] for h in county.households)
    assert all(20 <= n <= 100 for n in sizes.values())
    towns = {code[:9] for code in sizes}
    assert towns == set(SUIXI_TOWNS)
    numbers = [h["number"] for h in county.households]
    assert len(set(numbers)) == len(numbers)
    assert all(
        n[:14] == h["grid_code"] and len(n) == 17
        for n, h in zip(numbers, county.households, strict=True)
    )


@pytest.mark.parametrize("n", [0, 5, 20, 99, 101, 119, 1234])
def test_grid_sizes_for_any_total(n: int) -> None:
    plan = plan_county(n, seed=1)
    sizes = [g.size for g in plan.grids]
    assert sum(sizes) == n
    assert all(20 <= s <= 100 for s in sizes) or (n < 20 and sizes == ([n] if n else []))


def test_region_tree_and_users(county: DemoCounty) -> None:
    regions = {r["code"]: r for r in county.regions}
    assert len(regions) == len(county.regions)
    assert regions[SUIXI_COUNTY]["name"] == "濉溪县"
    for code, r in regions.items():
        assert r["level"] == level_of(code).value
        assert r["parent_code"] == parent_of(code)
        assert r["parent_code"] is None or r["parent_code"] in regions
        assert is_within(code, SUIXI_COUNTY)
        if r["level"] == Level.VILLAGE:
            assert r["name"].endswith("村")
    grids = {c for c, r in regions.items() if r["level"] == "grid"}
    assert grids == {h["grid_code"] for h in county.households}
    villages = [r["name"] for r in county.regions if r["level"] == "village"]
    assert len(set(villages)) == len(villages)

    users = {u["username"]: u for u in county.users}
    assert len(users) == len(county.users)
    assert users["admin"]["role"] == "county_admin"
    assert users["tw104"]["scope_code"] == "340621104"
    assert sum(u["role"] == "township" for u in users.values()) == 11
    gw = [u for u in users.values() if u["role"] == "grid_worker"]
    assert {u["scope_code"] for u in gw} == grids
    assert all(u["username"] == "gw" + u["scope_code"][6:] for u in gw)
    assert all(u["password"] == DEMO_PASSWORD for u in users.values())


def test_visits(county: DemoCounty) -> None:
    members = _by_household(county.members)
    households = {h["id"]: h for h in county.households}
    by_hh = _by_household(county.visits)
    worker_of_grid = {u["scope_code"]: u["display_name"] for u in county.users}
    for hid, visits in by_hh.items():
        h = households[hid]
        dates = [v["visit_date"] for v in visits]
        assert dates == sorted(dates) and len(set(dates)) == len(dates)
        assert len(visits) <= 6
        member_ids = {m["id"] for m in members[hid]}
        for v in visits:
            assert TODAY - timedelta(days=250) < v["visit_date"] < TODAY
            assert v["status"] == "completed" and v["checklist_version"] == "2022.1"
            assert v["mode"] in vocab.VISIT_MODES
            if h["long_absent"]:
                assert v["mode"] == "电话"
            answers = v["answers"]
            assert set(answers["members"]) == member_ids
            hq = answers["household"]
            assert hq["sign_date"] == v["visit_date"].isoformat()
            assert hq["worker_name"] == v["worker_name"] == worker_of_grid[h["grid_code"]]
            assert hq["housing_grade"] in vocab.HOUSING_GRADES
            assert all(e in SUDDEN_EVENTS for e in hq["sudden_events"])
            net = (
                hq["income_wage"]
                + hq["income_business"]
                + hq["income_property"]
                + hq["income_transfer"]
                - hq["cost_production"]
            )
            assert v["per_capita_income"] == pytest.approx(net / len(member_ids), abs=0.01)
    counts = Counter(len(by_hh.get(h["id"], [])) for h in county.households)
    assert set(counts) == set(range(7))


def test_low_income_mostly_monitored(county: DemoCounty) -> None:
    households = {h["id"]: h for h in county.households}
    low = {v["household_id"] for v in county.visits if v["per_capita_income"] < 6500}
    monitored = {
        h["id"] for h in county.households if h["monitor_type"] in ("脱贫不稳定户", "边缘易致贫户")
    }
    assert low and len(low - monitored) < 0.03 * len(households)


def test_problems(county: DemoCounty) -> None:
    visited = {v["household_id"] for v in county.visits}
    types = Counter(p["type"] for p in county.problems)
    assert set(types) <= set(vocab.PROBLEM_TYPES)
    assert {"基本医疗", "住房"} <= set(types)
    open_ = [p for p in county.problems if p["resolved_on"] is None]
    resolved = [p for p in county.problems if p["resolved_on"] is not None]
    assert open_ and resolved
    for p in county.problems:
        assert p["household_id"] in visited
        assert p["opened_on"] < TODAY
        if p["resolved_on"]:
            assert p["opened_on"] < p["resolved_on"] < TODAY and p["resolution_note"]
    members = {m["id"]: m for m in county.members}
    for p in county.problems:
        if p["type"] == "基本医疗" and p["resolved_on"] is None:
            m = members[p["member_id"]]
            assert not (m["resident_med"] or m["employee_med"])


def test_monitoring_history(county: DemoCounty) -> None:
    """Every demo case is a valid one (gridworker.cases: every step in force), monitored
    households were decided (纳入), clue to decision 6–20 days, clearing half a year on."""
    from gridworker import cases

    events = _by_household(county.monitoring_events)
    spans = []
    for h in county.households:
        evs = events.get(h["id"], [])
        case = cases.fold(h["id"], [cases.Event.from_row(e) for e in evs])
        assert all(x.state == cases.IN_FORCE for x in case.entries), h["id"]
        if not h["monitor_type"]:
            assert case.phase in (cases.NONE, cases.OPEN, cases.CLOSED, cases.NOT_INCLUDED)
            continue
        assert case.phase in (cases.MONITORED, cases.CLEARING, cases.CLEARED)
        dates = [e["event_date"] for e in evs]
        assert dates == sorted(dates) and dates[-1] <= TODAY
        decision = next(e for e in evs if e["stage"] == vocab.DECIDE)
        assert decision["monitor_type"] == h["monitor_type"] and decision["result"] == "纳入"
        assert case.opened_on is not None and case.decided_on is not None
        spans.append((case.decided_on - case.opened_on).days)
        if case.phase == cases.CLEARED:
            assert case.cleared_on is not None
            assert (case.cleared_on - case.decided_on).days >= 183
    assert min(spans) >= 6 and max(spans) <= 20
    assert any(s > 15 for s in spans) and any(s <= 15 for s in spans)


def test_measures(county: DemoCounty) -> None:
    measures = _by_household(county.measures)
    members = _by_household(county.members)
    for m in county.measures:
        assert m["code"] in vocab.MEASURES and m["start_date"] <= TODAY
    for h in county.households:
        if not h["monitor_type"]:
            continue
        ms = measures[h["id"]]
        # 一户一方案、一人一措施
        assert any(m["member_id"] is None or m["code"] == "100A42" for m in ms)
        assert {m["id"] for m in members[h["id"]]} <= {m["member_id"] for m in ms}
        has_labour = any(
            m["labour"] in ("普通劳动力", "技能劳动力", "弱劳动力或半劳动力")
            for m in members[h["id"]]
        )
        if has_labour:
            assert {m["code"] for m in ms} & set(vocab.DEVELOPMENT_MEASURES)


def test_job_loss_shows_in_earlier_visits(county: DemoCounty) -> None:
    """Risk 07: someone worked at an earlier visit (the rule 'worked last time, not now')."""
    by_hh = _by_household(county.visits)
    for h in county.households:
        if "07" in h["risk_codes"] and by_hh.get(h["id"]):
            first = by_hh[h["id"]][0]["answers"]["members"]
            assert any(f["work_location"] for f in first.values())


@pytest.mark.slow
def test_thirty_thousand_households_quickly() -> None:
    start = time.process_time()  # CPU time: other jobs on a busy CI machine do not count
    county = generate(30_000, seed=1, today=TODAY)
    elapsed = time.process_time() - start
    assert len(county.households) == 30_000
    assert elapsed < 30, elapsed  # about 9 s on one laptop core


def test_visits_pass_the_bundled_checklist() -> None:
    """The demo is filled as checklist 2022.1 expects: no field errors, no data errors, and the
    open problems are exactly the engine's problem flags on each household's latest visit."""
    from gridworker.checklist.definition import bundled_checklists
    from gridworker.checklist.engine import EvalContext, evaluate_answers
    from gridworker.checklist.settings import default_settings_records, resolve_settings

    today = date(2024, 10, 15)
    county = generate(300, seed=9, today=today)
    checklist = bundled_checklists()["2022.1"]
    members = _by_household(county.members)
    households = {h["id"]: h for h in county.households}
    engine_problems = set()
    for hid, visits in _by_household(county.visits).items():
        previous = None
        for v in visits:
            settings = resolve_settings(
                default_settings_records(),
                v["visit_date"].year,
                ancestors(households[hid]["grid_code"]),
            )
            ctx = EvalContext(v["visit_date"], settings, members[hid], previous, households[hid])
            result = evaluate_answers(checklist, v["answers"], ctx, completing=True)
            assert result.errors == []
            assert [f for f in result.flags if f.kind == "data_error"] == []
            previous = v["answers"]
        engine_problems |= {
            (hid, f.problem_type, f.member_id) for f in result.flags if f.kind == "problem"
        }
    open_problems = {
        (p["household_id"], p["type"], p["member_id"])
        for p in county.problems
        if p["resolved_on"] is None
    }
    assert engine_problems == open_problems
