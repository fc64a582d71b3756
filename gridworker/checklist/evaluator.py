"""Evaluate a parsed expression (see :mod:`gridworker.checklist.expr` for the null rules).

An expression sees the world through an :class:`Env`: names, the member contexts for aggregates,
and the whitelisted functions. Aggregates (``count``, ``any``, ``all``, ``sum``, ``distinct``)
run their second argument once per member, in that member's context. Type errors raise
:class:`ExprError`; they never fall back to Python semantics.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from gridworker.checklist.expr import (
    Binary,
    Call,
    ExprError,
    Expression,
    IsEmpty,
    ListExpr,
    Literal,
    Name,
    Node,
    Unary,
)


class Env(Protocol):
    """What an expression can see: names, settings, the members and plain functions."""

    def lookup(self, path: tuple[str, ...]) -> Any: ...

    def member_envs(self) -> Sequence[Env]: ...

    def call(self, name: str, args: list[Any]) -> Any: ...


AGGREGATES = frozenset({"count", "any", "all", "sum", "distinct"})


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def truthy(value: Any) -> bool:
    return bool(value) and not is_empty(value)


def _num(value: Any) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def evaluate(expr: Expression | Node, env: Env) -> Any:
    """Evaluate with the null rules in the module docstring; raise ExprError on type errors."""
    node = expr.root if isinstance(expr, Expression) else expr
    try:
        return _eval(node, env)
    except ExprError as exc:
        if isinstance(expr, Expression) and not exc.source:
            raise ExprError(exc.message, exc.pos, expr.source) from None
        raise


def _eval(node: Node, env: Env) -> Any:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Name):
        return env.lookup(node.path)
    if isinstance(node, ListExpr):
        return [_eval(item, env) for item in node.items]
    if isinstance(node, IsEmpty):
        return is_empty(_eval(node.operand, env)) != node.negate
    if isinstance(node, Unary):
        value = _eval(node.operand, env)
        if node.op == "not":
            return not truthy(value)
        if value is None:
            return None
        if not _num(value):
            raise ExprError(f"负号只能用于数字 (minus needs a number): {value!r}", node.pos)
        return -value
    if isinstance(node, Binary):
        return _binary(node, env)
    if isinstance(node, Call):
        if node.name in AGGREGATES:
            return _aggregate(node, env)
        return env.call(node.name, [_eval(arg, env) for arg in node.args])
    raise ExprError(f"unknown node {node!r}", node.pos)


def equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    return bool(a == b)


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def _binary(node: Binary, env: Env) -> Any:
    op = node.op
    if op == "and":
        return truthy(_eval(node.left, env)) and truthy(_eval(node.right, env))
    if op == "or":
        return truthy(_eval(node.left, env)) or truthy(_eval(node.right, env))
    a, b = _eval(node.left, env), _eval(node.right, env)
    if op == "==":
        return equal(a, b)
    if op == "!=":
        return not equal(a, b)
    if op in ("in", "not in"):
        if b is not None and not isinstance(b, (list, tuple)):
            raise ExprError("in 的右边应为列表 (right side of 'in' must be a list)", node.pos)
        found = a is not None and b is not None and any(equal(a, x) for x in b)
        return found if op == "in" else not found
    if a is None or b is None:
        return False if op in _ORDER else None
    if op in _ORDER:
        if (_num(a) and _num(b)) or type(a) is type(b):
            try:
                return _ORDER[op](a, b)
            except TypeError:
                pass
        raise ExprError(f"无法比较 (cannot compare) {a!r} {op} {b!r}", node.pos)
    if op == "+" and isinstance(a, str) and isinstance(b, str):
        return a + b
    if not (_num(a) and _num(b)):
        raise ExprError(f"运算需要数字 (arithmetic needs numbers): {a!r} {op} {b!r}", node.pos)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return None
    try:
        return Decimal(a) / Decimal(b)
    except InvalidOperation as exc:  # pragma: no cover - only on absurd magnitudes
        raise ExprError(f"除法出错 (division failed): {exc}", node.pos) from None


def _aggregate(node: Call, env: Env) -> Any:
    """count / any / all / sum / distinct over ``members``: the inner expression runs per member."""
    members = env.member_envs()
    inner = node.args[1] if len(node.args) > 1 else None
    if inner is None:
        if node.name != "count":
            raise ExprError(f"{node.name}() 需要两个参数 (needs two arguments)", node.pos)
        return len(members)
    values = [_eval(inner, m) for m in members]
    if node.name == "count":
        return sum(1 for v in values if truthy(v))
    if node.name == "any":
        return any(truthy(v) for v in values)
    if node.name == "all":
        return all(truthy(v) for v in values)
    present = [v for v in values if not is_empty(v)]
    if node.name == "distinct":
        return len({repr(v) for v in present}) == len(present)
    total: Any = 0
    for value in present:
        if not _num(value):
            raise ExprError(f"sum() 需要数字 (sum needs numbers), 得到 {value!r}", node.pos)
        total += value
    return total
