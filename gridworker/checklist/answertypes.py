"""Type checks of single answers: each answer type's accepted shapes and its normal form.

An empty answer (``None``, ``''``, ``[]``) is "unanswered", never a type error. Normal forms:
yesno → bool; single → str (one of the choices); multi → list of distinct choices; integer → int;
money / decimal → int or Decimal (floats and numeric text accepted, converted exactly); text → str;
date → ``datetime.date`` (or ISO text ``YYYY-MM-DD``); signature / photo → lowercase sha256 hex
(64 characters), the reference of an attachment. ``money`` is non-negative unless the question
sets its own ``min``. ``min`` / ``max`` bound numbers; ``max_length`` bounds text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from gridworker.checklist.evaluator import is_empty
from gridworker.checklist.functions import number
from gridworker.checklist.model import Question

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _fmt(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value)


def normalize(question: Question, raw: Any) -> tuple[Any, str | None]:
    """(normal value or None, Chinese error or None) for ``raw`` as an answer to ``question``."""
    if is_empty(raw):
        return None, None
    kind = question.type
    try:
        value = _convert(question, raw)
    except (ValueError, TypeError):
        return None, _TYPE_ERRORS[kind]
    if kind == "single" and value not in question.choices:
        return None, f"选项无效：{value}"
    if kind == "multi":
        bad = [v for v in value if v not in question.choices]
        if bad:
            return None, f"选项无效：{'、'.join(map(str, bad))}"
        if len(set(value)) != len(value):
            return None, "选项重复"
    if kind in ("integer", "money", "decimal"):
        low = (
            question.min if question.min is not None else (Decimal(0) if kind == "money" else None)
        )
        if low is not None and value < low:
            message = "金额不能为负数" if kind == "money" and low == 0 else f"不能小于{_fmt(low)}"
            return None, message
        if question.max is not None and value > question.max:
            return None, f"不能大于{_fmt(question.max)}{question.unit}，请核实"
    if kind == "text" and question.max_length is not None and len(value) > question.max_length:
        return None, f"不能超过{question.max_length}个字"
    return value, None


def _convert(question: Question, raw: Any) -> Any:
    kind = question.type
    if kind == "yesno":
        if not isinstance(raw, bool):
            raise TypeError(raw)
        return raw
    if kind in ("single", "text"):
        if not isinstance(raw, str):
            raise TypeError(raw)
        return raw
    if kind == "multi":
        if not isinstance(raw, (list, tuple)) or not all(isinstance(v, str) for v in raw):
            raise TypeError(raw)
        return list(raw)
    if kind == "integer":
        value = number(raw)
        if value != int(value):
            raise ValueError(raw)
        return int(value)
    if kind in ("money", "decimal"):
        return number(raw)
    if kind == "date":
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        if isinstance(raw, str):
            return date.fromisoformat(raw)
        raise TypeError(raw)
    # signature, photo
    if not isinstance(raw, str) or not _SHA256.match(raw.lower()):
        raise ValueError(raw)
    return raw.lower()


_TYPE_ERRORS = {
    "yesno": "应选择“是”或“否”",
    "single": "应选择一个选项",
    "multi": "应选择一个或多个选项",
    "integer": "应填写整数",
    "money": "应填写金额（元）",
    "decimal": "应填写数字",
    "text": "应填写文字",
    "date": "日期格式应为 年-月-日（YYYY-MM-DD）",
    "signature": "签名附件无效（应为 sha256 引用）",
    "photo": "照片附件无效（应为 sha256 引用）",
}
