"""The whitelist of functions a checklist expression may call, and the resident-ID helpers.

Resident-ID facts (validity, birth date, sex, age) come from :mod:`gridworker.residentid`.
Aggregates over ``members`` (``count``, ``any``, ``all``, ``sum``, ``distinct``) and ``setting``
are handled by the evaluator and the engine; every other function is a plain function of its
evaluated arguments (:func:`plain_functions`). :data:`ARITY` lists every name with its argument
count. Functions return ``null`` for a ``null`` input unless stated otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from gridworker import residentid
from gridworker.checklist.evaluator import is_empty
from gridworker.checklist.expr import ExprError

# name -> (min args, max args or None for any number)
ARITY: dict[str, tuple[int, int | None]] = {
    "setting": (1, 1),
    "count": (1, 2),
    "any": (2, 2),
    "all": (2, 2),
    "sum": (2, 2),
    "distinct": (2, 2),
    "min": (1, None),
    "max": (1, None),
    "coalesce": (1, None),
    "empty": (1, 1),
    "len": (1, 1),
    "contains": (2, 2),
    "intersects": (2, 2),
    "valid_id": (1, 1),
    "id_error": (1, 1),
    "id_sex": (1, 1),
    "age": (1, 1),
    "digits": (1, 1),
    "date": (1, 1),
}
MEMBER_AGGREGATES = frozenset({"count", "any", "all", "sum", "distinct"})


def id_error(number: Any) -> str | None:
    """Chinese reason why ``number`` is not a valid resident ID, or None when it is valid."""
    if number is None:
        return None
    if not isinstance(number, str):
        return "身份证号码应为文本"
    return residentid.validate(number)


def birth_and_sex(number: Any) -> tuple[date, str] | None:
    """(birth date, '男'/'女') from a valid resident ID; None when it is empty or invalid."""
    if not isinstance(number, str) or is_empty(number):
        return None
    try:
        rid = residentid.parse(number)
    except ValueError:
        return None
    return rid.birth, rid.sex


def member_birth(birth: Any, id_number: Any) -> date | None:
    """A member's birth date: the roster's own (a date or ISO text), else from a valid ID."""
    if isinstance(birth, str):
        try:
            birth = date.fromisoformat(birth)
        except ValueError:
            birth = None
    if isinstance(birth, date):
        return birth
    parsed = birth_and_sex(id_number)
    return parsed[0] if parsed else None


def age_on(birth: date, on: date) -> int | None:
    """Full years (周岁) from ``birth`` to ``on``; None when ``birth`` is after ``on``."""
    try:
        return residentid.age_on(birth, on)
    except ValueError:
        return None


def _min(*args: Any) -> Any:
    vals = [a for a in args if a is not None]
    return min(vals) if vals else None


def _max(*args: Any) -> Any:
    vals = [a for a in args if a is not None]
    return max(vals) if vals else None


def _coalesce(*args: Any) -> Any:
    return next((a for a in args if not is_empty(a)), None)


def _len(value: Any) -> int:
    if value is None:
        return 0
    if not isinstance(value, (str, list, tuple)):
        raise ExprError(f"len() 需要文本或列表 (needs text or a list), 得到 {value!r}")
    return len(value)


def _contains(items: Any, value: Any) -> bool:
    if items is None:
        return False
    if not isinstance(items, (list, tuple)):
        raise ExprError(f"contains() 的第一个参数应为列表 (needs a list): {items!r}")
    return value in items


def _intersects(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    if not isinstance(a, (list, tuple)) or not isinstance(b, (list, tuple)):
        raise ExprError("intersects() 需要两个列表 (needs two lists)")
    return any(x in b for x in a)


def _valid_id(number: Any) -> bool | None:
    return None if is_empty(number) else id_error(number) is None


def _id_sex(number: Any) -> str | None:
    parsed = birth_and_sex(number)
    return parsed[1] if parsed else None


def _digits(value: Any) -> bool | None:
    if value is None:
        return None
    return isinstance(value, str) and value != "" and value.isascii() and value.isdigit()


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ExprError(f"date() 需要 YYYY-MM-DD 格式 (needs YYYY-MM-DD): {value!r}") from None


def plain_functions(visit_date: date) -> dict[str, Callable[..., Any]]:
    """The plain functions; ``age`` measures on ``visit_date``."""

    def _age(value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, date):
            return age_on(value, visit_date)
        parsed = birth_and_sex(value)
        return age_on(parsed[0], visit_date) if parsed else None

    return {
        "min": _min,
        "max": _max,
        "coalesce": _coalesce,
        "empty": is_empty,
        "len": _len,
        "contains": _contains,
        "intersects": _intersects,
        "valid_id": _valid_id,
        "id_error": id_error,
        "id_sex": _id_sex,
        "age": _age,
        "digits": _digits,
        "date": _date,
    }


def number(value: Any) -> int | Decimal:
    """Exact number for an answer value (int, float, Decimal or numeric text); ValueError if not."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            raise ValueError(value) from None
    else:
        raise ValueError(value)
    if not result.is_finite():
        raise ValueError(value)
    return result
