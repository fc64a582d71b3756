"""The expression language: parsing with positions, null rules, functions, aggregates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from gridworker.checklist.evaluator import evaluate
from gridworker.checklist.expr import ExprError, parse, tokenize
from gridworker.checklist.functions import plain_functions


class FakeEnv:
    """Names from a dict; ``members`` are FakeEnvs; settings and the plain functions."""

    def __init__(self, names: dict[str, Any], members: Sequence[FakeEnv] = ()) -> None:
        self.names, self.members = names, list(members)
        self.functions = plain_functions(date(2022, 6, 15))

    def lookup(self, path: tuple[str, ...]) -> Any:
        return self.names.get(".".join(path))

    def member_envs(self) -> Sequence[FakeEnv]:
        return self.members

    def call(self, name: str, args: list[Any]) -> Any:
        if name == "setting":
            return {"line": 6500}.get(args[0])
        return self.functions[name](*args)


def ev(src: str, **names: Any) -> Any:
    return evaluate(parse(src), FakeEnv(names))


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("-2 * 3", -6),
        ("0.1 + 0.2 == 0.3", True),
        ("7 / 2", Decimal("3.5")),
        ("1 / 0", None),
        ("'网格' + '员'", "网格员"),
        ("1 < 2 and 2 <= 2 and 3 > 2 and 3 >= 3 and 1 != 2", True),
        ("not 1 == 2", True),
        ("true or false and false", True),
        ("'C' in ['C', 'D']", True),
        ("'A' not in ['C', 'D']", True),
        ("[] is empty and '' is empty and null is empty", True),
        ("0 is not empty", True),
        ("true == 1", False),
        ("\"双引号\" == '双引号'", True),
        ("'it\\'s' == \"it's\"", True),
    ],
)
def test_evaluates(src: str, expected: Any) -> None:
    assert ev(src) == expected


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("x + 1", None),
        ("x * 2 - 1", None),
        ("-x", None),
        ("x < 1", False),
        ("x >= 1", False),
        ("x == null", True),
        ("x != null", False),
        ("x == 0", False),
        ("x in [1, null]", False),
        ("x not in [1]", True),
        ("not x", True),
        ("x and true", False),
        ("x or true", True),
        ("x is empty", True),
    ],
)
def test_null_rules(src: str, expected: Any) -> None:
    assert ev(src, x=None) == expected


@pytest.mark.parametrize(
    ("src", "column"),
    [
        ("1 +", 4),
        ("(1 + 2", 7),
        ("a < b < c", 7),
        ("'open", 1),
        ("a = 1", 3),
        ("1 2", 3),
        ("f(1,", 5),
        ("member.", 8),
        ("", 1),
        ("x is nothing", 6),
        ("a $ b", 3),
    ],
)
def test_parse_errors_give_the_position(src: str, column: int) -> None:
    with pytest.raises(ExprError) as info:
        parse(src)
    assert info.value.pos + 1 == column
    assert f"column {column}" in str(info.value)


def test_tokens() -> None:
    kinds = [(t.kind, t.value) for t in tokenize("a.b >= 1.50 and '中文'")]
    assert kinds == [
        ("NAME", "a"),
        ("OP", "."),
        ("NAME", "b"),
        ("OP", ">="),
        ("NUM", Decimal("1.50")),
        ("KW", "and"),
        ("STR", "中文"),
        ("END", None),
    ]


@pytest.mark.parametrize(
    "src",
    [
        "'a' < 1",
        "'a' * 2",
        "1 in 2",
        "-'x'",
        "len(5)",
        "contains('abc', 'a')",
        "date('2022-13-01')",
    ],
)
def test_type_errors_raise_not_guess(src: str) -> None:
    with pytest.raises(ExprError):
        ev(src)


def test_runtime_error_names_its_source() -> None:
    with pytest.raises(ExprError) as info:
        ev("1 + 'a'")
    assert "1 + 'a'" in str(info.value) and info.value.pos == 2


def test_dotted_names_and_calls() -> None:
    assert ev("member.age >= 6", **{"member.age": 7}) is True
    assert ev("x < setting('line')", x=100) is True
    assert ev("setting('nope')") is None


def members(*values: dict[str, Any]) -> FakeEnv:
    return FakeEnv({}, [FakeEnv(v) for v in values])


def test_aggregates_run_per_member() -> None:
    env = members(
        {"rel": "户主", "months": 10, "id": "1"},
        {"rel": "配偶", "months": None, "id": "2"},
        {"rel": "之子", "months": 2, "id": "1"},
    )
    assert evaluate(parse("count(members)"), env) == 3
    assert evaluate(parse("count(members, rel == '户主')"), env) == 1
    assert evaluate(parse("any(members, months > 5)"), env) is True
    assert evaluate(parse("all(members, months > 0)"), env) is False
    assert evaluate(parse("sum(members, months)"), env) == 12
    assert evaluate(parse("distinct(members, id)"), env) is False
    assert evaluate(parse("distinct(members, rel)"), env) is True
    empty = members()
    assert evaluate(parse("all(members, months > 0)"), empty) is True
    assert evaluate(parse("sum(members, months)"), empty) == 0


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("min(3, null, 1)", 1),
        ("max(3, null, 1)", 3),
        ("min(null)", None),
        ("coalesce(null, '', 'x')", "x"),
        ("empty(null)", True),
        ("len('abc')", 3),
        ("len(null)", 0),
        ("contains(['a', 'b'], 'b')", True),
        ("contains(null, 'b')", False),
        ("intersects(['a'], ['b', 'a'])", True),
        ("intersects(null, ['a'])", False),
        ("valid_id('11010519491231002X')", True),
        ("valid_id('110105194912310021')", False),
        ("valid_id(null)", None),
        ("id_error('440524188001010014')", None),
        ("id_sex('440524188001010014')", "男"),
        ("id_sex('11010519491231002X')", "女"),
        ("age('34052419800101001X')", 42),
        ("age(date('2016-06-16'))", 5),
        ("age(date('2016-06-15'))", 6),
        ("digits('13800000000')", True),
        ("digits('1380000000a')", False),
        ("date('2022-08-31') < date('2022-09-01')", True),
    ],
)
def test_functions(src: str, expected: Any) -> None:
    assert ev(src) == expected


def test_id_error_is_chinese() -> None:
    message = ev("id_error('110105194912310021')")
    assert isinstance(message, str) and message
