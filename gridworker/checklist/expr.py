"""The checklist expression language: tokenizer and Pratt parser (evaluation: ``evaluator.py``).

Grammar (lowest precedence first)::

    expr    := or
    or      := and ('or' and)*
    and     := not ('and' not)*
    not     := 'not' not | compare
    compare := sum (('==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in') sum
                    | 'is' ['not'] 'empty')?          -- comparisons do not chain
    sum     := product (('+' | '-') product)*
    product := unary (('*' | '/') unary)*
    unary   := '-' unary | primary
    primary := NUMBER | STRING | 'true' | 'false' | 'null' | '[' [expr (',' expr)*] ']'
             | NAME ('.' NAME)* | NAME '(' [expr (',' expr)*] ')' | '(' expr ')'

Null rules (an unanswered or hidden question is ``null``):
- arithmetic with ``null`` gives ``null``; division by zero gives ``null``;
- ``==`` / ``!=`` compare exactly (``null == null`` is true, ``null == 0`` is false);
- ``<``, ``<=``, ``>``, ``>=`` with ``null`` are false; ``null in [...]`` is false;
- ``and`` / ``or`` / ``not`` and conditions treat ``null`` (and ``''``, ``[]``, ``0``) as false;
- ``x is empty`` is true for ``null``, ``''`` and ``[]``.
Numbers are exact (``int`` or ``Decimal``); ``true`` never equals ``1``.
Positions in error messages are 1-based character columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any


class ExprError(Exception):
    """A parse or evaluation error; ``pos`` is a 0-based offset into the source (or -1)."""

    def __init__(self, message: str, pos: int = -1, source: str = "") -> None:
        self.message = message
        self.pos = pos
        self.source = source
        where = f"第{pos + 1}个字符 (column {pos + 1}): " if pos >= 0 else ""
        super().__init__(f"{where}{message}" + (f" in «{source}»" if source else ""))


KEYWORDS = frozenset({"and", "or", "not", "in", "is", "empty", "true", "false", "null"})
_OPERATORS = ("==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ",", ".")


@dataclass(frozen=True)
class Token:
    kind: str  # NUM, STR, NAME, KW, OP, END
    value: Any
    pos: int


def tokenize(src: str) -> list[Token]:
    """Split ``src`` into tokens. Strings take ``'`` or ``"`` with backslash escapes."""
    out: list[Token] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c in " \t\r\n":
            i += 1
        elif c.isascii() and c.isdigit():
            j = i
            while j < n and src[j].isascii() and src[j].isdigit():
                j += 1
            if j < n and src[j] == "." and j + 1 < n and src[j + 1].isdigit():
                j += 1
                while j < n and src[j].isascii() and src[j].isdigit():
                    j += 1
                out.append(Token("NUM", Decimal(src[i:j]), i))
            else:
                out.append(Token("NUM", int(src[i:j]), i))
            i = j
        elif c in "'\"":
            j, buf = i + 1, []
            while True:
                if j >= n:
                    raise ExprError("字符串没有结束引号 (unterminated string)", i, src)
                ch = src[j]
                if ch == c:
                    break
                if ch == "\\" and j + 1 < n:
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                    continue
                buf.append(ch)
                j += 1
            out.append(Token("STR", "".join(buf), i))
            i = j + 1
        elif c.isascii() and (c.isalpha() or c == "_"):
            j = i
            while j < n and src[j].isascii() and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(Token("KW" if word in KEYWORDS else "NAME", word, i))
            i = j
        else:
            op = next((o for o in _OPERATORS if src.startswith(o, i)), None)
            if op is None:
                raise ExprError(f"无法识别的字符 (unexpected character) {c!r}", i, src)
            out.append(Token("OP", op, i))
            i += len(op)
    out.append(Token("END", None, n))
    return out


# ---- AST -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Node:
    pos: int


@dataclass(frozen=True)
class Literal(Node):
    value: Any


@dataclass(frozen=True)
class Name(Node):
    path: tuple[str, ...]  # ("income_wage",) or ("member", "age")


@dataclass(frozen=True)
class ListExpr(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Unary(Node):
    op: str  # "-" or "not"
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    op: str  # and or + - * / == != < <= > >= in "not in"
    left: Node
    right: Node


@dataclass(frozen=True)
class IsEmpty(Node):
    operand: Node
    negate: bool


@dataclass(frozen=True)
class Call(Node):
    name: str
    args: tuple[Node, ...]


COMPARE_OPS = {"==", "!=", "<", "<=", ">", ">="}


class _Parser:
    def __init__(self, src: str) -> None:
        self.src = src
        self.toks = tokenize(src)
        self.i = 0

    def peek(self, ahead: int = 0) -> Token:
        return self.toks[min(self.i + ahead, len(self.toks) - 1)]

    def next(self) -> Token:
        tok = self.peek()
        self.i += 1
        return tok

    def at(self, kind: str, value: Any = None) -> bool:
        tok = self.peek()
        return tok.kind == kind and (value is None or tok.value == value)

    def expect(self, kind: str, value: str) -> Token:
        if not self.at(kind, value):
            self.fail(f"这里应为 {value!r} (expected {value!r})")
        return self.next()

    def fail(self, message: str, tok: Token | None = None) -> None:
        tok = tok or self.peek()
        got = "表达式结尾 (end of expression)" if tok.kind == "END" else repr(tok.value)
        raise ExprError(f"{message}，实际为 {got}", tok.pos, self.src)

    def parse(self) -> Node:
        if self.at("END"):
            raise ExprError("表达式为空 (empty expression)", 0, self.src)
        node = self.expr(0)
        if not self.at("END"):
            self.fail("表达式多余的内容 (unexpected token)")
        return node

    # binding powers: or 1, and 2, not 3, compare 4, + - 5, * / 6, unary - 7
    def expr(self, min_bp: int) -> Node:
        left = self.prefix()
        compared = False  # a comparison was already made at this level (they do not chain)
        while True:
            tok = self.peek()
            op = tok.value if tok.kind in ("OP", "KW") else None
            if op == "not" and self.peek(1).kind == "KW" and self.peek(1).value == "in":
                op = "not in"
            bp = {"or": 1, "and": 2, "+": 5, "-": 5, "*": 6, "/": 6}.get(op or "")
            if op in COMPARE_OPS or op in ("in", "not in", "is"):
                bp = 4
            if bp is None or bp <= min_bp:
                return left
            if bp == 4:
                if compared:
                    self.fail("比较不能连写，请用 and (comparisons do not chain; use 'and')")
                compared = True
            self.next()
            if op == "not in":
                self.next()
            if op == "is":
                negate = self.at("KW", "not")
                if negate:
                    self.next()
                self.expect("KW", "empty")
                left = IsEmpty(tok.pos, left, negate)
                continue
            right = self.expr(bp)
            left = Binary(tok.pos, str(op), left, right)

    def prefix(self) -> Node:
        tok = self.next()
        if tok.kind == "NUM" or tok.kind == "STR":
            return Literal(tok.pos, tok.value)
        if tok.kind == "KW" and tok.value in ("true", "false", "null"):
            return Literal(tok.pos, {"true": True, "false": False, "null": None}[tok.value])
        if tok.kind == "KW" and tok.value == "not":
            return Unary(tok.pos, "not", self.expr(3))
        if tok.kind == "OP" and tok.value == "-":
            return Unary(tok.pos, "-", self.expr(6))
        if tok.kind == "OP" and tok.value == "(":
            inner = self.expr(0)
            self.expect("OP", ")")
            return inner
        if tok.kind == "OP" and tok.value == "[":
            return ListExpr(tok.pos, tuple(self.items("]")))
        if tok.kind == "NAME" or (tok.kind == "KW" and tok.value == "empty"):
            if self.at("OP", "("):
                self.next()
                return Call(tok.pos, tok.value, tuple(self.items(")")))
            path = [tok.value]
            while self.at("OP", "."):
                self.next()
                part = self.next()
                if part.kind != "NAME":
                    self.fail("点号后应为名称 (expected a name after '.')", part)
                path.append(part.value)
            return Name(tok.pos, tuple(path))
        self.fail("这里应为一个值 (expected a value)", tok)
        raise AssertionError("unreachable")

    def items(self, close: str) -> list[Node]:
        out: list[Node] = []
        if self.at("OP", close):
            self.next()
            return out
        while True:
            out.append(self.expr(0))
            if self.at("OP", ","):
                self.next()
                continue
            self.expect("OP", close)
            return out


@dataclass(frozen=True)
class Expression:
    """A parsed expression with its source text."""

    source: str
    root: Node


def parse(src: str) -> Expression:
    """Parse ``src``; raise :class:`ExprError` (with position) when it is not well formed."""
    return Expression(src, _Parser(src).parse())
