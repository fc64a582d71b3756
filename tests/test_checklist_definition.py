"""Loading checklist definitions: the schema, load-time expression checks, versions, settings."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from gridworker import vocab
from gridworker.checklist import (
    ChecklistError,
    EvalContext,
    bundled_checklists,
    default_settings_records,
    evaluate,
    load_checklist,
    resolve_settings,
)
from gridworker.checklist.expr import Literal, Node, parse
from gridworker.checklist.functions import ARITY
from gridworker.resources import resource_path

HOUSEHOLD_IDS = (
    "income_wage",
    "income_business",
    "income_property",
    "income_transfer",
    "cost_production",
    "out_of_pocket",
    "housing_grade",
    "water_quantity_lpd",
    "water_quality_method",
    "water_quality_ok",
    "water_piped",
    "water_round_trip_min",
    "water_horizontal_m",
    "water_vertical_m",
    "water_days_without",
    "food_ok",
    "clothing_ok",
    "sudden_events",
    "disaster_subtype",
    "sudden_note",
    "head_signature",
    "signed_by_helper",
    "helper_name",
    "thumbprint",
    "worker_name",
    "worker_phone",
    "sign_date",
)


def bundled_raw() -> dict[str, Any]:
    path = resource_path("checklists", "screening-2022.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_bundled_checklist_validates_against_schema() -> None:
    schema = json.loads(resource_path("checklists", "checklist.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(bundled_raw())
    assert set(bundled_checklists()) == {"2022.1"}


def test_bundled_checklist_has_the_agreed_ids_and_vocabularies() -> None:
    checklist = bundled_checklists()["2022.1"]
    questions = checklist.questions
    household = {q for q, v in questions.items() if not v.per_member}
    member = {q for q, v in questions.items() if v.per_member}
    assert household == set(HOUSEHOLD_IDS)
    assert member == set(vocab.MEMBER_FIELDS)
    assert questions["sex"].choices == vocab.SEXES
    assert questions["relationship"].choices == vocab.RELATIONSHIPS
    assert questions["education"].choices == vocab.EDUCATION
    assert questions["school_status"].choices == vocab.SCHOOL_STATUS
    assert questions["health"].choices == vocab.HEALTH
    assert questions["labour"].choices == vocab.LABOUR
    assert questions["work_location"].choices == vocab.WORK_LOCATIONS
    assert questions["housing_grade"].choices == vocab.HOUSING_GRADES
    assert questions["sudden_events"].choices == tuple(vocab.SUDDEN_EVENTS)
    assert questions["disaster_subtype"].choices == tuple(vocab.DISASTER_SUBTYPES)
    assert all(questions[f].type == "yesno" for f in vocab.MEMBER_FLAGS)
    assert questions["head_signature"].type == "signature"
    assert {d.id for d in checklist.derived} >= {
        "household_size",
        "net_income",
        "per_capita_income",
        "per_capita_income_hardship",
    }
    for qid in ("water_round_trip_min", "water_horizontal_m", "water_vertical_m"):
        assert questions[qid].visible is not None


def _numbers(node: Node) -> list[Any]:
    found = (
        [node.value]
        if isinstance(node, Literal)
        and not isinstance(node.value, (str, bool))
        and node.value is not None
        else []
    )
    for child in vars(node).values():
        kids = child if isinstance(child, tuple) else (child,)
        found += [n for kid in kids if isinstance(kid, Node) for n in _numbers(kid)]
    return found


def test_no_threshold_is_a_constant_in_the_rules() -> None:
    # Thresholds come from setting('…'); only structural numbers may appear in rules.
    for rule in bundled_checklists()["2022.1"].rules:
        assert set(_numbers(rule.when.root)) <= {0, 1, 2, 1000000}, rule.id


def tiny(**changes: Any) -> dict[str, Any]:
    """A minimal valid definition (an 'old version' in the same format)."""
    doc: dict[str, Any] = {
        "format": 1,
        "id": "screening",
        "version": "2021.1",
        "title": "旧版排查表",
        "sections": [
            {
                "id": "people",
                "title": "成员",
                "repeat": "members",
                "questions": [
                    {"id": "name", "type": "text", "label": "姓名", "required": True},
                    {"id": "resident_med", "type": "yesno", "label": "居民医保"},
                ],
            },
            {
                "id": "money",
                "title": "收入",
                "questions": [
                    {"id": "income", "type": "money", "label": "纯收入", "required": True},
                    {"id": "grade", "type": "single", "label": "住房", "choices": ["A", "D"]},
                ],
            },
        ],
        "derived": [{"id": "per_capita", "label": "人均", "expr": "income / count(members)"}],
        "rules": [
            {
                "id": "low",
                "kind": "risk_clue",
                "when": "per_capita < setting('monitoring_line')",
                "message": "人均{per_capita}元",
            },
            {
                "id": "no_med",
                "kind": "problem",
                "problem_type": "基本医疗",
                "scope": "members",
                "when": "resident_med == false",
                "message": "{name}未参保",
            },
        ],
    }
    doc.update(changes)
    return doc


def test_an_old_version_still_evaluates() -> None:
    old = load_checklist(tiny())
    answers = {
        "household": {"income": 9000, "grade": "D"},
        "members": {"a": {"name": "甲", "resident_med": False}, "b": {"name": "乙"}},
    }
    ev = evaluate(
        old,
        answers,
        EvalContext(date(2021, 9, 1), {"monitoring_line": 6000}, [{"id": "a"}, {"id": "b"}]),
        completing=True,
    )
    assert ev.ok
    assert ev.derived == {"per_capita": 4500}
    assert [(f.rule, f.member_id, f.message) for f in ev.flags] == [
        ("low", None, "人均4500元"),
        ("no_med", "a", "甲未参保"),
    ]


def test_load_from_path_and_bad_file(tmp_path: Path) -> None:
    good = tmp_path / "old.json"
    good.write_text(json.dumps(tiny(), ensure_ascii=False), encoding="utf-8")
    assert load_checklist(good).version == "2021.1"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ChecklistError, match="无法读取"):
        load_checklist(bad)


def with_rule_when(expr: str, scope: str = "household") -> dict[str, Any]:
    doc = tiny()
    doc["rules"] = [{"id": "r", "kind": "warning", "scope": scope, "when": expr, "message": "m"}]
    return doc


@pytest.mark.parametrize(
    ("expr", "text"),
    [
        ("income >", "column 9"),
        ("income > > 1", "column 10"),
        ("incom > 1", "unknown question or name"),
        ("name == 'x'", "member question outside a member context"),
        ("nosuch(income)", "unknown function"),
        ("min()", "wrong number of arguments"),
        ("setting('no_such_key') > 1", "unknown setting"),
        ("setting(income) > 1", "quoted key"),
        ("count(income, 1)", "members"),
        ("value > 1", "unknown question or name"),
        ("member.age > 1", "unknown name"),
        ("household.nonsense", "unknown name"),
        ("previous.name > 1", "unknown name"),
        ("__import__('os')", "unknown function"),
        ("income.__class__", "unknown name"),
    ],
)
def test_bad_rule_expressions_fail_to_load_with_where_and_position(expr: str, text: str) -> None:
    with pytest.raises(ChecklistError) as info:
        load_checklist(with_rule_when(expr))
    message = str(info.value)
    assert "rules[0](r).when" in message and text in message
    assert "清单定义有误" in message


@pytest.mark.parametrize(
    "expr",
    [
        "any(members, name == 'x')",
        "household.risk_codes is empty",
        "previous.income > 1",
        "setting('monitoring_line') > 0 and visit_date is not empty",
    ],
)
def test_good_household_expressions_load(expr: str) -> None:
    load_checklist(with_rule_when(expr))


def test_member_rule_scope_allows_member_names() -> None:
    load_checklist(
        with_rule_when("name == 'x' and member.age > 6 and previous.name != name", scope="members")
    )


def _question(doc: dict[str, Any], section: int, index: int) -> dict[str, Any]:
    q: dict[str, Any] = doc["sections"][section]["questions"][index]
    return q


@pytest.mark.parametrize(
    ("edit", "text"),
    [
        (lambda d: _question(d, 1, 1).pop("choices"), "choices"),
        (lambda d: _question(d, 0, 0).update(id="income"), "duplicate question id"),
        (lambda d: _question(d, 0, 0).update(id="value"), "reserved name"),
        (lambda d: _question(d, 0, 0).update(id="empty"), "reserved name"),
        (lambda d: _question(d, 1, 1).update(choices=["A", "A"]), "duplicate choice"),
        (lambda d: _question(d, 1, 0).update(min=5, max=1), "min is greater than max"),
        (lambda d: _question(d, 1, 0).update(visible="grade == 'A'"), "earlier questions"),
        (lambda d: _question(d, 1, 1).update(visible="per_capita > 1"), "derived value"),
        (
            lambda d: _question(d, 1, 1).update(constraints=[{"check": "value >", "message": "x"}]),
            "constraints[0].check",
        ),
        (
            lambda d: _question(d, 1, 1).update(
                constraints=[{"check": "1 == 1", "message": "{x +}"}]
            ),
            "constraints[0].message",
        ),
        (lambda d: d["rules"][1].update(problem_type="教育"), "unknown problem_type"),
        (lambda d: d["rules"][0].update(risk_code="08"), "unknown risk code"),
        (
            lambda d: d["derived"].insert(0, {"id": "a", "label": "a", "expr": "per_capita"}),
            "derived value",
        ),
        (lambda d: d.update(version="v1"), "schema"),
        (lambda d: d["sections"][0]["questions"][0].update(kind="text"), "schema"),
    ],
)
def test_bad_definitions_fail_to_load(edit: Any, text: str) -> None:
    doc = copy.deepcopy(tiny())
    edit(doc)
    with pytest.raises(ChecklistError, match=re.escape(text)):
        load_checklist(doc)


def test_extra_settings_can_be_declared() -> None:
    doc = with_rule_when("income < setting('county_bonus_line')")
    with pytest.raises(ChecklistError):
        load_checklist(doc)
    doc["settings_keys"] = ["county_bonus_line"]
    assert "county_bonus_line" in load_checklist(doc).settings_keys


def test_parse_error_position_matches_parse() -> None:
    with pytest.raises(Exception) as direct:
        parse("income > > 1")
    with pytest.raises(ChecklistError) as loaded:
        load_checklist(with_rule_when("income > > 1"))
    assert str(direct.value) in str(loaded.value)


# ---- settings -----------------------------------------------------------------------------------
def test_default_settings_records() -> None:
    records = default_settings_records()
    keys = {r["key"] for r in records}
    assert keys >= {
        "monitoring_line",
        "water_min_lpd",
        "water_round_trip_max_min",
        "water_horizontal_max_m",
        "water_vertical_max_m",
        "water_days_without_max",
        "school_age_min",
        "school_age_max",
        "school_age_reference",
        "visit_interval_days",
        "long_absent_interval_days",
        "overdue_grace_days",
    }
    lines = {r["year"]: r for r in records if r["key"] == "monitoring_line"}
    assert set(lines) == set(range(2021, 2027))
    assert lines[2021]["value"] == 6000 and "assumption" in lines[2021]["note"]
    assert all(set(r) == {"key", "value", "year", "region", "note"} and r["note"] for r in records)


RECORDS = [
    {"key": "line", "value": 1, "year": None, "region": None},
    {"key": "line", "value": 2, "year": 2022, "region": None},
    {"key": "line", "value": 3, "year": None, "region": "340621"},
    {"key": "line", "value": 4, "year": 2022, "region": "340621"},
    {"key": "line", "value": 5, "year": None, "region": "340621104"},
    {"key": "other", "value": "x", "year": 2023, "region": None},
]


@pytest.mark.parametrize(
    ("records", "year", "regions", "expected"),
    [
        (RECORDS[:1], 2022, ["340621"], 1),
        (RECORDS[:2], 2022, ["340621"], 2),
        (RECORDS[:2], 2021, ["340621"], 1),
        (RECORDS[:3], 2022, ["340621"], 3),
        (RECORDS[:4], 2022, ["340621"], 4),
        (RECORDS[:4], 2022, ["340622"], 2),
        (RECORDS[:5], 2021, ["340621104", "340621"], 5),
        (RECORDS[:5], 2022, ["340621104", "340621"], 4),
        ([*RECORDS[:1], {"key": "line", "value": 9, "year": None, "region": None}], 2022, [], 9),
    ],
)
def test_resolve_settings_most_specific_wins(
    records: list[dict[str, Any]], year: int, regions: list[str], expected: int
) -> None:
    assert resolve_settings(records, year, regions)["line"] == expected


def test_resolve_settings_leaves_missing_keys_out() -> None:
    assert "other" not in resolve_settings(RECORDS, 2022, ["340621"])
    resolved = resolve_settings(default_settings_records(), 2022, ["340621"])
    assert resolved["monitoring_line"] == 6500 and resolved["water_min_lpd"] == 35
    assert "monitoring_line" not in resolve_settings(default_settings_records(), 2030, [])


def test_core_imports_no_qt_or_http() -> None:
    code = (
        "import sys, gridworker.checklist as c; c.bundled_checklists();"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'requests', 'httpx', 'urllib3', 'fastapi')]; print(bad); assert not bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_format_doc_covers_every_function_and_setting() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "checklist-format.md").read_text(
        encoding="utf-8"
    )
    assert [name for name in ARITY if f"`{name}(" not in doc] == []
    keys = {r["key"] for r in default_settings_records()}
    assert [key for key in sorted(keys) if f"`{key}`" not in doc] == []
    assert [
        r.id
        for r in bundled_checklists()["2022.1"].rules
        if r.id not in doc and not r.id.startswith("sudden_")
    ] == []
