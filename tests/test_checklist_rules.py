"""Every flag rule of screening.md §4, every validation rule of §6 and the §2/§3 consistency rules.

Each case mutates a clean household (which raises nothing) so that exactly the rule under test
fires, and a near miss shows where it stops firing. Thresholds come from the default settings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from gridworker.checklist import (
    Checklist,
    EvalContext,
    Evaluation,
    bundled_checklists,
    default_settings_records,
    evaluate,
    resolve_settings,
)

VISIT = date(2022, 6, 15)
REGIONS = ["34062110400101", "340621104", "340621"]
SHA = "ab" * 32
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(birth: str, seq: int = 1, prefix: str = "340621") -> str:
    """A valid 18-digit ID; an odd ``seq`` is male."""
    body = f"{prefix}{birth}{seq:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, _W, strict=True)) % 11]


def member(**kw: Any) -> dict[str, Any]:
    base = {
        "name": "张三",
        "sex": "男",
        "id_type": "居民身份证",
        "id_number": make_id("19800101"),
        "ethnicity": "汉族",
        "relationship": "户主",
        "education": "初中",
        "health": "健康",
        "labour": "普通劳动力",
        "work_months": 0,
        "resident_med": True,
        "employee_med": False,
    }
    base.update(kw)
    return base


def household() -> dict[str, Any]:
    """A clean household: three members, income well above the line, nothing wrong."""
    return {
        "household": {
            "income_wage": 30000,
            "income_business": "10000.50",
            "income_property": 0,
            "income_transfer": 2000,
            "cost_production": 3000.5,
            "out_of_pocket": 0,
            "housing_grade": "A",
            "water_quantity_lpd": 60,
            "water_quality_method": "检测报告",
            "water_quality_ok": True,
            "water_piped": True,
            "water_days_without": 0,
            "food_ok": True,
            "clothing_ok": True,
            "sudden_events": [],
            "signed_by_helper": False,
            "head_signature": SHA,
            "worker_name": "李网格",
            "worker_phone": "13800000000",
            "sign_date": "2022-06-15",
        },
        "members": {
            "m1": member(work_location="县外省内", work_months=10, employer="某厂"),
            "m2": member(
                name="王芳",
                sex="女",
                id_number=make_id("19820202", 2),
                relationship="配偶",
                education="小学",
            ),
            "m3": member(
                name="张小",
                id_number=make_id("20120301", 3),
                relationship="之子",
                education=None,
                school_status="小学",
                labour="无劳动力",
            ),
        },
    }


def ctx(answers: dict[str, Any], **kw: Any) -> EvalContext:
    settings = resolve_settings(default_settings_records(), VISIT.year, REGIONS)
    settings.update(kw.pop("settings", {}))
    return EvalContext(
        visit_date=kw.pop("visit_date", VISIT),
        settings=settings,
        members=[{"id": mid} for mid in answers["members"]],
        **kw,
    )


@functools.cache
def checklist() -> Checklist:
    return bundled_checklists()["2022.1"]


def run(answers: dict[str, Any], completing: bool = True, **kw: Any) -> Evaluation:
    return evaluate(checklist(), answers, ctx(answers, **kw), completing=completing)


def rules_fired(ev: Evaluation) -> set[str]:
    return {f.rule for f in ev.flags}


Mutation = Callable[[dict[str, Any]], None]


def hh(**values: Any) -> Mutation:
    return lambda a: a["household"].update(values)


def mem(mid: str, **values: Any) -> Mutation:
    return lambda a: a["members"][mid].update(values)


def net(amount: Any, **values: Any) -> Mutation:
    """Household net income of exactly ``amount`` 元 (wages only, no costs)."""
    return hh(
        income_wage=amount,
        income_business=0,
        income_property=0,
        income_transfer=0,
        cost_production=0,
        **values,
    )


def both(*fs: Mutation) -> Mutation:
    def apply(a: dict[str, Any]) -> None:
        for f in fs:
            f(a)

    return apply


def test_clean_household_raises_nothing() -> None:
    ev = run(household())
    assert ev.errors == []
    assert ev.flags == []
    assert ev.ok
    assert ev.derived["household_size"] == 3
    assert ev.derived["net_income"] == 39000
    assert ev.derived["per_capita_income"] == 13000


# (rule id, mutation that fires it, near miss that does not, expected kind / type / code / member)
LOW = 6500 * 3  # 2022 default line × 3 members (net income giving exactly the line)
CASES: list[tuple[str, Mutation, Mutation, tuple[str, str | None, str | None, str | None]]] = [
    # §4 收入
    ("income_below_line", net("19499.99"), net(LOW), ("risk_clue", None, None, None)),
    (
        "income_hardship_below_line",
        net(LOW, out_of_pocket=3),
        net(LOW + 3, out_of_pocket=3),
        ("risk_clue", None, None, None),
    ),
    (
        "income_per_capita_absurd",
        hh(income_wage=3_000_100),
        hh(income_wage=2_900_000),
        ("data_error", None, None, None),
    ),
    (
        "income_net_negative",
        hh(cost_production=50000),
        hh(cost_production=42000.5),
        ("warning", None, None, None),
    ),
    # §4 义务教育: age 6–15 from the ID, not in school unless exempted
    (
        "school_age_not_in_school",
        mem("m3", school_status=None, education="小学"),
        mem("m3", school_status=None, education="小学", dropout_reason="送教上门"),
        ("problem", "义务教育", None, "m3"),
    ),
    (
        "school_age_not_in_school",
        mem("m3", id_number=make_id("20070101", 3), school_status=None, education="初中"),
        mem("m3", id_number=make_id("20060101", 3), school_status=None, education="初中"),
        ("problem", "义务教育", None, "m3"),
    ),
    (
        "school_age_not_in_school",
        mem("m3", school_status=None, education="小学", dropout_reason="因家庭困难"),
        mem("m3", school_status=None, education="小学", dropout_reason="残疾评估不宜就学"),
        ("problem", "义务教育", None, "m3"),
    ),
    # §4 基本医疗
    (
        "no_basic_medical",
        mem("m2", resident_med=False),
        mem("m2", resident_med=False, employee_med=True),
        ("problem", "基本医疗", None, "m2"),
    ),
    (
        "both_basic_medical",
        mem("m2", employee_med=True),
        mem("m2", employee_med=True, resident_med=False),
        ("data_error", None, None, "m2"),
    ),
    # §4 住房
    (
        "housing_unsafe",
        hh(housing_grade="C"),
        hh(housing_grade="B"),
        ("problem", "住房", None, None),
    ),
    (
        "housing_unsafe",
        hh(housing_grade="D"),
        hh(housing_grade="未鉴定"),
        ("problem", "住房", None, None),
    ),
    # §4 饮水: the four indicators
    (
        "water_quantity_low",
        hh(water_quantity_lpd=34.9),
        hh(water_quantity_lpd=35),
        ("problem", "饮水", None, None),
    ),
    (
        "water_quality_bad",
        hh(water_quality_ok=False, water_quality_method="看闻问尝"),
        hh(water_quality_method="看闻问尝"),
        ("problem", "饮水", None, None),
    ),
    (
        "water_inconvenient",
        hh(water_piped=False, water_round_trip_min=21, water_horizontal_m=100, water_vertical_m=5),
        hh(water_piped=False, water_round_trip_min=20, water_horizontal_m=800, water_vertical_m=80),
        ("problem", "饮水", None, None),
    ),
    (
        "water_inconvenient",
        hh(water_piped=False, water_round_trip_min=10, water_horizontal_m=801, water_vertical_m=5),
        hh(
            water_piped=True, water_round_trip_min=99, water_horizontal_m=9999, water_vertical_m=999
        ),
        ("problem", "饮水", None, None),
    ),
    (
        "water_inconvenient",
        hh(water_piped=False, water_round_trip_min=10, water_horizontal_m=100, water_vertical_m=81),
        hh(water_piped=False, water_round_trip_min=10, water_horizontal_m=100, water_vertical_m=80),
        ("problem", "饮水", None, None),
    ),
    (
        "water_unreliable",
        hh(water_days_without=37),
        hh(water_days_without=36),
        ("problem", "饮水", None, None),
    ),
    # §4 两不愁
    ("food_not_ok", hh(food_ok=False), hh(food_ok=True), ("problem", "两不愁", None, None)),
    (
        "clothing_not_ok",
        hh(clothing_ok=False),
        hh(clothing_ok=True),
        ("problem", "两不愁", None, None),
    ),
    # §4 突发情况 → risk clue with its national code
    (
        "sudden_illness",
        hh(sudden_events=["重大疾病"], sudden_note="脑梗住院"),
        hh(sudden_events=["失业"], sudden_note="工厂停工"),
        ("risk_clue", None, "01", None),
    ),
    (
        "sudden_disability",
        hh(sudden_events=["新增残疾"], sudden_note="x"),
        hh(),
        ("risk_clue", None, "03", None),
    ),
    (
        "sudden_disaster",
        hh(sudden_events=["自然灾害"], disaster_subtype="0201", sudden_note="内涝"),
        hh(),
        ("risk_clue", None, "0201", None),
    ),
    (
        "sudden_accident",
        hh(sudden_events=["意外事故"], sudden_note="x"),
        hh(),
        ("risk_clue", None, "05", None),
    ),
    (
        "sudden_job_loss",
        hh(sudden_events=["失业"], sudden_note="x"),
        hh(),
        ("risk_clue", None, "07", None),
    ),
    (
        "sudden_business_failure",
        hh(sudden_events=["产业失败"], sudden_note="x"),
        hh(),
        ("risk_clue", None, "06", None),
    ),
    (
        "sudden_labour_loss",
        hh(sudden_events=["主要劳动力丧失"], sudden_note="x"),
        hh(),
        ("risk_clue", None, "04", None),
    ),
    # §6: head and spouse of the same sex is flagged (the other §6 checks are field errors)
    (
        "head_spouse_same_sex",
        mem("m2", sex="男", id_number=make_id("19820202", 3)),
        mem("m2", sex="女"),
        ("data_error", None, None, None),
    ),
]


def _fires(case_mutation: Mutation, **kw: Any) -> Evaluation:
    answers = household()
    case_mutation(answers)
    return run(answers, completing=False, **kw)


@pytest.mark.parametrize(
    ("rule", "fire", "miss", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_fires_and_near_miss_does_not(
    rule: str,
    fire: Mutation,
    miss: Mutation,
    expected: tuple[str, str | None, str | None, str | None],
) -> None:
    ev = _fires(fire)
    flags = [f for f in ev.flags if f.rule == rule]
    assert flags, f"{rule} did not fire: {ev.flags}"
    flag = flags[0]
    assert (flag.kind, flag.problem_type, flag.risk_code, flag.member_id) == expected
    assert flag.message and "{" not in flag.message
    assert rule not in rules_fired(_fires(miss))


def test_sudden_disaster_without_subtype_uses_02() -> None:
    ev = _fires(hh(sudden_events=["自然灾害"], sudden_note="x"))
    assert [f.risk_code for f in ev.flags if f.rule == "sudden_disaster"] == ["02"]


# Rules that read the household record (ctx.household) or the previous visit (ctx.previous).
NO_LAB = both(
    mem("m1", labour="丧失劳动力", work_months=0, work_location=None, employer=None),
    mem("m2", labour="无劳动力"),
)
R07 = {"household": {"risk_codes": ["07"], "household_type": "脱贫户"}}
PREV_WORKED = {"previous": {"household": {}, "members": {"m1": {"work_months": 10}}}}
NOT_WORKING = mem("m1", work_months=0, work_location=None, employer=None)
MONITORED = {"monitor_type": "边缘易致贫户"}
CONTEXT_CASES: list[
    tuple[
        str,
        Mutation,
        dict[str, Any],
        Mutation,
        dict[str, Any],
        tuple[str, str | None, str | None, str | None],
    ]
] = [
    # §4 务工: worked last time, not now → possible 07 (a warning for the village to check)
    (
        "work_stopped",
        NOT_WORKING,
        PREV_WORKED,
        mem("m1", work_months=3),
        PREV_WORKED,
        ("warning", None, "07", "m1"),
    ),
    (
        "work_stopped",
        NOT_WORKING,
        PREV_WORKED,
        NOT_WORKING,
        {"previous": None},
        ("warning", None, "07", "m1"),
    ),
    # §2: risk 07 while every member has no labour; risk 07 with no member ever in work
    (
        "risk07_no_labour",
        NO_LAB,
        R07,
        both(NO_LAB, mem("m2", labour="弱劳动力或半劳动力")),
        R07,
        ("data_error", None, None, None),
    ),
    (
        "risk07_no_labour",
        NO_LAB,
        R07,
        NO_LAB,
        {"household": {"risk_codes": ["01"]}},
        ("data_error", None, None, None),
    ),
    (
        "risk07_never_worked",
        NOT_WORKING,
        R07,
        NOT_WORKING,
        {**R07, **PREV_WORKED},
        ("data_error", None, None, None),
    ),
    ("risk07_never_worked", NOT_WORKING, R07, hh(), R07, ("data_error", None, None, None)),
    # §3: a monitored household with labour needs a development measure
    (
        "labour_without_development_measure",
        hh(),
        {"household": {**MONITORED, "measures": ["100A45"]}},
        hh(),
        {"household": {**MONITORED, "measures": ["100A45", "100A40"]}},
        ("data_error", None, None, None),
    ),
    (
        "labour_without_development_measure",
        hh(),
        {"household": {**MONITORED, "measures": []}},
        NO_LAB,
        {"household": {**MONITORED, "measures": []}},
        ("data_error", None, None, None),
    ),
]


@pytest.mark.parametrize(
    ("rule", "fire", "fire_ctx", "miss", "miss_ctx", "expected"),
    CONTEXT_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CONTEXT_CASES)],
)
def test_context_rule_fires_and_near_miss_does_not(
    rule: str,
    fire: Mutation,
    fire_ctx: dict[str, Any],
    miss: Mutation,
    miss_ctx: dict[str, Any],
    expected: tuple[str, str | None, str | None, str | None],
) -> None:
    flags = [f for f in _fires(fire, **fire_ctx).flags if f.rule == rule]
    assert flags, rule
    assert (
        flags[0].kind,
        flags[0].problem_type,
        flags[0].risk_code,
        flags[0].member_id,
    ) == expected
    assert rule not in rules_fired(_fires(miss, **miss_ctx))


def test_development_measure_rule_needs_known_measures() -> None:
    assert "labour_without_development_measure" not in rules_fired(
        _fires(hh(), household=MONITORED)
    )


# §6 field-level validation: constraints and type checks give FieldErrors (always, not only
# when completing). (mutation, (member or None, question), part of the message)
FIELD_CASES: list[tuple[Mutation, tuple[str | None, str], str]] = [
    (mem("m2", id_number=make_id("19820202", 2)[:-1] + "0"), ("m2", "id_number"), "身份证号码有误"),
    (mem("m2", id_number="3406211982020"), ("m2", "id_number"), "身份证号码有误"),
    (mem("m2", phone="1380000000"), ("m2", "phone"), "11位数字"),
    (mem("m2", phone="1380000000a"), ("m2", "phone"), "11位数字"),
    (hh(worker_phone="0561-1234567"), (None, "worker_phone"), "11位数字"),
    (mem("m2", work_months=3), ("m2", "work_months"), "须填写务工所在地"),
    (mem("m2", work_location="省外"), ("m2", "work_location"), "务工月数应大于0"),
    (mem("m1", work_months=13), ("m1", "work_months"), "不能大于12个月"),
    (
        mem("m1", welfare_job="保洁", welfare_job_months=14),
        ("m1", "welfare_job_months"),
        "不能大于12",
    ),
    (hh(income_wage=-1), (None, "income_wage"), "金额不能为负数"),
    (hh(out_of_pocket="-20.5"), (None, "out_of_pocket"), "金额不能为负数"),
    (hh(income_transfer="两千"), (None, "income_transfer"), "应填写金额"),
    (mem("m2", sex="男"), ("m2", "sex"), "性别与身份证号码不一致"),
    (hh(housing_grade="E"), (None, "housing_grade"), "选项无效"),
    (hh(sudden_events=["地震"]), (None, "sudden_events"), "选项无效"),
    (hh(water_piped="是"), (None, "water_piped"), "是"),
    (hh(head_signature="not-a-hash"), (None, "head_signature"), "sha256"),
    (hh(sign_date="2022/06/15"), (None, "sign_date"), "YYYY-MM-DD"),
    (hh(sign_date="2022-06-14"), (None, "sign_date"), "不能早于走访日期"),
    (hh(water_days_without=400), (None, "water_days_without"), "不能大于366"),
    (
        hh(signed_by_helper=True, helper_name="李四", thumbprint=False),
        (None, "thumbprint"),
        "须按手印",
    ),
    # §6 checks across members, shown on the member's field so they block completion
    (mem("m2", id_number=make_id("19800101"), sex="男"), ("m2", "id_number"), "证件号码重复"),
    (mem("m2", relationship="户主"), ("m2", "relationship"), "户主只能有一人（现有2人）"),
    (mem("m1", relationship="之父"), ("m1", "relationship"), "没有户主"),
    (mem("m3", relationship="配偶"), ("m3", "relationship"), "配偶最多一人"),
    (mem("m3", education="小学"), ("m3", "school_status"), "只能填一项"),
]

# Near misses of the field checks: each is a valid household.
FIELD_OK: list[Mutation] = [
    mem("m2", id_number=make_id("19820202", 4)),
    mem("m2", relationship="之女"),
    mem("m3", relationship="之孙子"),
    mem("m1", relationship=None),  # no head yet, but not all relationships answered
    mem("m2", phone="13912345678"),
    mem("m2", work_months=3, work_location="省外"),
    mem("m1", work_months=12),
    mem("m1", welfare_job="保洁", welfare_job_months=12),
    hh(income_wage=0, out_of_pocket="20.5"),
    hh(sign_date="2022-06-16", water_days_without=366),
    mem("m3", school_status="九年级", education=None),
]


@pytest.mark.parametrize("mutation", FIELD_OK)
def test_field_validation_near_misses(mutation: Mutation) -> None:
    ev = run(_mutated(mutation), completing=False)
    assert ev.ok, ev.errors


@pytest.mark.parametrize(("mutation", "field", "text"), FIELD_CASES)
def test_field_validation(mutation: Mutation, field: tuple[str | None, str], text: str) -> None:
    answers = household()
    mutation(answers)
    ev = run(answers, completing=False)
    found = [e for e in ev.errors if (e.member_id, e.question) == field]
    assert found and text in found[0].message, ev.errors
    assert not ev.ok


def test_other_id_types_skip_the_checksum() -> None:
    ev = run(_mutated(mem("m2", id_type="护照", id_number="E12345678")))
    assert not [e for e in ev.errors if e.question == "id_number"]


def test_sex_check_needs_a_valid_id() -> None:
    ev = run(_mutated(mem("m2", id_type="其他", id_number="X1", sex="女")))
    assert ev.ok, ev.errors


def _mutated(*fs: Mutation) -> dict[str, Any]:
    answers = household()
    for f in fs:
        f(answers)
    return answers


# Required answers and skip logic.
REQUIRED_CASES: list[tuple[Mutation, tuple[str | None, str]]] = [
    (hh(income_wage=None), (None, "income_wage")),
    (hh(signed_by_helper=True), (None, "helper_name")),
    (hh(signed_by_helper=True, helper_name="李四"), (None, "thumbprint")),
    (hh(head_signature=None), (None, "head_signature")),
    (hh(water_piped=False), (None, "water_round_trip_min")),
    (hh(sudden_events=["自然灾害"], sudden_note="x"), (None, "disaster_subtype")),
    (hh(sudden_events=["失业"]), (None, "sudden_note")),
    (mem("m3", school_status=None, education=None), ("m3", "education")),
    (mem("m3", school_status=None, education="小学"), ("m3", "dropout_reason")),
    (mem("m2", health="残疾"), ("m2", "disability_class")),
    (mem("m1", employer=None, welfare_job="保洁"), ("m1", "welfare_job_months")),
    (mem("m2", name=""), ("m2", "name")),
]


@pytest.mark.parametrize(("mutation", "field"), REQUIRED_CASES)
def test_required_only_when_completing(mutation: Mutation, field: tuple[str | None, str]) -> None:
    answers = _mutated(mutation)
    missing = [(e.member_id, e.question) for e in run(answers, completing=True).errors]
    assert field in missing
    assert field not in [(e.member_id, e.question) for e in run(answers, completing=False).errors]


def test_thumbprint_replaces_signature() -> None:
    ev = run(
        _mutated(
            hh(head_signature=None, signed_by_helper=True, helper_name="李四", thumbprint=True)
        )
    )
    assert ev.ok, ev.errors


def test_hidden_answers_are_ignored() -> None:
    # Piped water hides the distance questions: their (bad, alarming) answers are not checked,
    # not required and do not raise the convenience rule.
    answers = _mutated(
        hh(
            water_round_trip_min=-5,
            water_horizontal_m=5000,
            water_vertical_m=900,
            helper_name=12,
            disaster_subtype="9999",
        )
    )
    ev = run(answers)
    assert ev.ok, ev.errors
    assert ev.flags == []
    assert ("water", None, "water_round_trip_min") not in ev.visible
    shown = run(
        _mutated(
            hh(water_piped=False, water_round_trip_min=5, water_horizontal_m=1, water_vertical_m=1)
        )
    )
    assert ("water", None, "water_round_trip_min") in shown.visible
    assert shown.ok, shown.errors


def test_visible_is_per_member() -> None:
    ev = run(_mutated(mem("m2", health="残疾", disability_class="肢体")))
    assert ("member_basic", "m2", "disability_class") in ev.visible
    assert ("member_basic", "m1", "disability_class") not in ev.visible


def test_school_age_reference_setting() -> None:
    # Born 2016-09-15: 6 on the visit date 2022-10-01, but 5 on the last 31 August.
    child = mem("m3", id_number=make_id("20160915", 3), school_status=None, education=None)
    visit = date(2022, 10, 1)
    on_visit = _fires(child, visit_date=visit)
    assert "school_age_not_in_school" in rules_fired(on_visit)
    on_aug31 = _fires(child, visit_date=visit, settings={"school_age_reference": "aug31"})
    assert "school_age_not_in_school" not in rules_fired(on_aug31)


def test_school_ages_come_from_settings() -> None:
    child = mem("m3", school_status=None, education="小学")  # 10 years old
    ev = _fires(child, settings={"school_age_max": 9})
    assert "school_age_not_in_school" not in rules_fired(ev)


def test_monitoring_line_comes_from_settings() -> None:
    ev = _fires(hh(), settings={"monitoring_line": 13001})
    assert "income_below_line" in rules_fired(ev)


def test_missing_setting_is_a_warning_not_silence() -> None:
    answers = household()
    context = ctx(answers)
    settings = {k: v for k, v in context.settings.items() if k != "monitoring_line"}
    ev = evaluate(checklist(), answers, EvalContext(VISIT, settings, context.members))
    assert [f.kind for f in ev.flags if f.rule == "setting:monitoring_line"] == ["warning"]


def test_roster_facts_are_defaults_under_answers() -> None:
    answers = household()
    roster = [{"id": mid, **facts} for mid, facts in answers["members"].items()]
    answers["members"] = {"m3": {"school_status": None, "education": "小学"}}
    context = ctx(answers)
    ev = evaluate(checklist(), answers, EvalContext(VISIT, context.settings, roster))
    assert ev.derived["household_size"] == 3
    assert [f.member_id for f in ev.flags if f.rule == "school_age_not_in_school"] == ["m3"]


def test_messages_render_values() -> None:
    ev = _fires(net("15000.5"))
    (flag,) = [f for f in ev.flags if f.rule == "income_below_line"]
    assert flag.message == "人均纯收入5000.17元，低于当年监测线6500元"
    assert ev.derived["per_capita_income"] == 5000.17


def test_no_members_gives_no_per_capita() -> None:
    answers = household()
    answers["members"] = {}
    ev = run(answers, completing=False)
    assert ev.derived["per_capita_income"] is None
    assert "income_below_line" not in rules_fired(ev)
