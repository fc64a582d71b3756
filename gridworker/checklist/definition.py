"""Load a checklist definition: JSON Schema validation, then every expression parsed and checked.

Load-time rules (each failure is a :class:`ChecklistError` naming where it is):
- the document validates against ``resources/checklists/checklist.schema.json``;
- section, question, derived and rule ids are unique; question ids are unique across the form and
  no id is a keyword or a reserved name (``value``, ``member``, ``members``, …);
- every expression parses, names only things that exist, calls only whitelisted functions with the
  right number of arguments, and ``setting('…')`` takes a literal key the county provides;
- ``visible`` may only use questions that come *before* it in the form (so skip logic is computed
  in one pass, top to bottom), and no derived values; a derived value may use earlier derived ones;
- bare member answers are used only in a member section, a member-scope rule, or inside an
  aggregate over ``members``; ``value`` only in constraints (also inside their aggregates);
- ``problem_type`` is in ``vocab.PROBLEM_TYPES``; ``risk_code`` in ``vocab.RISK_TYPES`` or
  ``vocab.DISASTER_SUBTYPES``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from gridworker import vocab
from gridworker.checklist.expr import (
    KEYWORDS,
    Call,
    ExprError,
    Expression,
    IsEmpty,
    ListExpr,
    Literal,
    Name,
    Node,
    Unary,
    parse,
)
from gridworker.checklist.expr import Binary as _Binary
from gridworker.checklist.functions import ARITY, MEMBER_AGGREGATES
from gridworker.checklist.model import (
    HOUSEHOLD_EXTRA,
    MEMBER_COMPUTED,
    RESERVED,
    Checklist,
    ChecklistError,
    Constraint,
    Derived,
    Question,
    Rule,
    Section,
    Template,
)
from gridworker.checklist.settings import default_setting_keys
from gridworker.resources import resource_path

SCHEMA_FILE = "checklist.schema.json"
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


@cache
def checklist_schema() -> dict[str, Any]:
    with resource_path("checklists", SCHEMA_FILE).open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


@dataclass(frozen=True)
class _Scope:
    """What an expression at one place may refer to."""

    member: bool = False  # member section / member rule / inside an aggregate
    value: bool = False  # a constraint: `value` is the question's own answer
    before: int | None = None  # question refs must have index < before (visible)
    derived_before: int | None = None  # derived refs must have index < this; None = any


class _Loader:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw
        self.name = f"{raw.get('id', '?')} {raw.get('version', '?')}"
        self.questions: dict[str, Question] = {}
        self.derived_index: dict[str, int] = {}
        self.settings = default_setting_keys() | frozenset(raw.get("settings_keys", ()))

    def fail(self, where: str, message: str) -> ChecklistError:
        return ChecklistError(
            f"清单定义有误 (invalid checklist definition) «{self.name}» "
            f"位置 (at) {where}: {message}"
        )

    # ---- expressions -------------------------------------------------------------------------
    def expr(self, src: str, where: str, scope: _Scope) -> Expression:
        try:
            parsed = parse(src)
            self.check(parsed.root, scope)
        except ExprError as exc:
            if not exc.source:
                exc = ExprError(exc.message, exc.pos, src)
            raise self.fail(where, str(exc)) from None
        return parsed

    def template(self, text: str, where: str, scope: _Scope) -> Template:
        parts: list[str | Expression] = []
        last = 0
        for m in _PLACEHOLDER.finditer(text):
            parts.append(text[last : m.start()])
            parts.append(self.expr(m.group(1), f"{where} {{{m.group(1)}}}", scope))
            last = m.end()
        parts.append(text[last:])
        return Template(text, tuple(p for p in parts if p != ""))

    def check(self, node: Node, scope: _Scope) -> None:
        if isinstance(node, Literal):
            return
        if isinstance(node, Name):
            self.check_name(node, scope)
        elif isinstance(node, ListExpr):
            for item in node.items:
                self.check(item, scope)
        elif isinstance(node, Unary | IsEmpty):
            self.check(node.operand, scope)
        elif isinstance(node, _Binary):
            self.check(node.left, scope)
            self.check(node.right, scope)
        elif isinstance(node, Call):
            self.check_call(node, scope)

    def check_call(self, node: Call, scope: _Scope) -> None:
        if node.name not in ARITY:
            raise ExprError(f"未知函数 (unknown function) {node.name}()", node.pos)
        low, high = ARITY[node.name]
        if len(node.args) < low or (high is not None and len(node.args) > high):
            raise ExprError(f"{node.name}() 参数个数不对 (wrong number of arguments)", node.pos)
        args = list(node.args)
        if node.name == "setting":
            key = args[0]
            if not (isinstance(key, Literal) and isinstance(key.value, str)):
                raise ExprError("setting() 的参数应为带引号的设置名 (needs a quoted key)", key.pos)
            if key.value not in self.settings:
                raise ExprError(f"未知设置 (unknown setting) {key.value!r}", key.pos)
            return
        if node.name in MEMBER_AGGREGATES:
            first = args[0]
            if not (isinstance(first, Name) and first.path == ("members",)):
                raise ExprError(f"{node.name}() 的第一个参数应为 members", first.pos)
            for inner in args[1:]:
                self.check(inner, replace(scope, member=True))
            return
        for arg in args:
            self.check(arg, scope)

    def check_name(self, node: Name, scope: _Scope) -> None:
        path, pos = node.path, node.pos
        head = path[0]
        if len(path) == 1:
            if head == "value" and scope.value:
                return
            if head == "visit_date":
                return
            if head in self.derived_index:
                limit = scope.derived_before
                if limit is not None and self.derived_index[head] >= limit:
                    raise ExprError(f"这里不能使用推算值 (derived value not allowed) {head}", pos)
                return
            self.check_question(head, pos, scope)
            return
        if len(path) != 2:
            raise ExprError(f"无法识别的名称 (unknown name) {'.'.join(path)}", pos)
        attr = path[1]
        if head == "member" and scope.member:
            if attr in MEMBER_COMPUTED or attr in vocab.MEMBER_FIELDS:
                return
            q = self.questions.get(attr)
            if q is not None and q.per_member:
                return
        elif head == "household":
            if attr in vocab.HOUSEHOLD_FIELDS or attr in HOUSEHOLD_EXTRA:
                return
        elif head == "previous":
            q = self.questions.get(attr)
            if q is not None and (scope.member or not q.per_member):
                return
        raise ExprError(f"无法识别的名称 (unknown name) {'.'.join(path)}", pos)

    def check_question(self, qid: str, pos: int, scope: _Scope) -> None:
        q = self.questions.get(qid)
        if q is None:
            raise ExprError(f"未知的问题或名称 (unknown question or name) {qid}", pos)
        if q.per_member and not scope.member:
            raise ExprError(
                f"{qid} 是成员问题，这里需用 count/any/all/sum(members, …) "
                "(member question outside a member context)",
                pos,
            )
        if scope.before is not None and q.index >= scope.before:
            raise ExprError(
                f"显示条件只能引用前面的问题 (visible may only use earlier questions): {qid}", pos
            )

    # ---- structure ---------------------------------------------------------------------------
    def load(self) -> Checklist:
        raw = self.raw
        errors = sorted(
            jsonschema.Draft202012Validator(checklist_schema()).iter_errors(raw),
            key=lambda e: list(map(str, e.absolute_path)),
        )
        if errors:
            first = errors[0]
            where = "/".join(map(str, first.absolute_path)) or "(根 root)"
            raise self.fail(where, f"不符合格式 (schema): {first.message}")
        self.collect_questions()
        self.derived_index = {d["id"]: i for i, d in enumerate(raw.get("derived", ()))}
        names = set(self.derived_index)
        clash = (names & set(self.questions)) | (names & RESERVED)
        if clash or len(self.derived_index) != len(raw.get("derived", ())):
            raise self.fail("derived", f"推算值 id 重复或冲突 (duplicate or clashing id) {clash}")
        sections = tuple(self.section(s, i) for i, s in enumerate(raw["sections"]))
        derived = tuple(
            Derived(
                d["id"],
                d["label"],
                self.expr(d["expr"], f"derived[{i}]({d['id']}).expr", _Scope(derived_before=i)),
                d.get("unit", ""),
            )
            for i, d in enumerate(raw.get("derived", ()))
        )
        rules = tuple(self.rule(r, i) for i, r in enumerate(raw.get("rules", ())))
        if len({r.id for r in rules}) != len(rules):
            raise self.fail("rules", "规则 id 重复 (duplicate rule id)")
        if len({s.id for s in sections}) != len(sections):
            raise self.fail("sections", "分节 id 重复 (duplicate section id)")
        return Checklist(
            id=raw["id"],
            version=raw["version"],
            title=raw["title"],
            sections=sections,
            derived=derived,
            rules=rules,
            settings_keys=self.settings,
            effective_from=raw.get("effective_from"),
            definition=raw,
        )

    def collect_questions(self) -> None:
        """First pass: every question's id, type and position, so expressions can refer to them."""
        index = 0
        for si, sec in enumerate(self.raw["sections"]):
            for qi, q in enumerate(sec["questions"]):
                where = f"sections[{si}]({sec['id']}).questions[{qi}]"
                qid = q["id"]
                if qid in self.questions:
                    raise self.fail(where, f"问题 id 重复 (duplicate question id) {qid}")
                if qid in RESERVED or qid in KEYWORDS:
                    raise self.fail(where, f"问题 id 是保留字 (reserved name) {qid}")
                raw_choices = q.get("choices", ())
                choices = tuple(c if isinstance(c, str) else c["value"] for c in raw_choices)
                if len(set(choices)) != len(choices):
                    raise self.fail(where, "选项重复 (duplicate choice)")
                labels = {c["value"]: c["label"] for c in raw_choices if isinstance(c, dict)}
                low, high = q.get("min"), q.get("max")
                if low is not None and high is not None and low > high:
                    raise self.fail(where, "min 大于 max (min is greater than max)")
                self.questions[qid] = Question(
                    id=qid,
                    type=q["type"],
                    label=q["label"],
                    section=sec["id"],
                    per_member=sec.get("repeat") == "members",
                    index=index,
                    choices=choices,
                    choice_labels=labels,
                    min=None if low is None else Decimal(str(low)),
                    max=None if high is None else Decimal(str(high)),
                    max_length=q.get("max_length"),
                    help=q.get("help", ""),
                    unit=q.get("unit", ""),
                )
                index += 1

    def section(self, sec: Mapping[str, Any], si: int) -> Section:
        member = sec.get("repeat") == "members"
        where = f"sections[{si}]({sec['id']})"
        first = self.questions[sec["questions"][0]["id"]].index
        visible = None
        if "visible" in sec:
            visible = self.expr(
                sec["visible"], f"{where}.visible", _Scope(member, before=first, derived_before=0)
            )
        questions = []
        for qi, q in enumerate(sec["questions"]):
            base = self.questions[q["id"]]
            qwhere = f"{where}.questions[{qi}]({q['id']})"
            scope = _Scope(member)
            required: bool | Expression = q.get("required", False)
            if isinstance(required, str):
                required = self.expr(required, f"{qwhere}.required", scope)
            qvisible = None
            if "visible" in q:
                qvisible = self.expr(
                    q["visible"],
                    f"{qwhere}.visible",
                    _Scope(member, before=base.index, derived_before=0),
                )
            constraints = tuple(
                Constraint(
                    self.expr(
                        c["check"], f"{qwhere}.constraints[{ci}].check", _Scope(member, value=True)
                    ),
                    self.template(
                        c["message"],
                        f"{qwhere}.constraints[{ci}].message",
                        _Scope(member, value=True),
                    ),
                )
                for ci, c in enumerate(q.get("constraints", ()))
            )
            questions.append(
                replace(base, required=required, visible=qvisible, constraints=constraints)
            )
        return Section(
            sec["id"],
            sec["title"],
            sec.get("repeat"),
            visible,
            tuple(questions),
            sec.get("help", ""),
        )

    def rule(self, r: Mapping[str, Any], ri: int) -> Rule:
        where = f"rules[{ri}]({r['id']})"
        scope = _Scope(member=r.get("scope") == "members")
        problem_type, risk_code = r.get("problem_type"), r.get("risk_code")
        if problem_type is not None and problem_type not in vocab.PROBLEM_TYPES:
            raise self.fail(where, f"未知问题类型 (unknown problem_type) {problem_type}")
        if risk_code is not None and not (
            risk_code in vocab.RISK_TYPES or risk_code in vocab.DISASTER_SUBTYPES
        ):
            raise self.fail(where, f"未知风险类型代码 (unknown risk code) {risk_code}")
        code_expr = None
        if "risk_code_expr" in r:
            code_expr = self.expr(r["risk_code_expr"], f"{where}.risk_code_expr", scope)
        return Rule(
            id=r["id"],
            kind=r["kind"],
            scope=r.get("scope", "household"),
            when=self.expr(r["when"], f"{where}.when", scope),
            message=self.template(r["message"], f"{where}.message", scope),
            problem_type=problem_type,
            risk_code=risk_code,
            risk_code_expr=code_expr,
        )


def load_checklist(source: Path | Mapping[str, Any]) -> Checklist:
    """Load and check a definition from a JSON file or an already-parsed mapping."""
    if isinstance(source, Path):
        try:
            raw = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ChecklistError(
                f"无法读取清单 (cannot read checklist) {source.name}: {exc}"
            ) from None
        if not isinstance(raw, dict):
            raise ChecklistError(f"清单应为 JSON 对象 (must be a JSON object): {source.name}")
    else:
        raw = dict(source)
    return _Loader(raw).load()


def bundled_checklists() -> dict[str, Checklist]:
    """Every checklist under ``resources/checklists`` (except the schema), by version.

    Parsed and schema-checked once per process (≈ 0.3 s); the checklists are immutable."""
    return dict(_bundled())


@cache
def _bundled() -> dict[str, Checklist]:
    out: dict[str, Checklist] = {}
    for path in sorted(resource_path("checklists").glob("*.json")):
        if path.name == SCHEMA_FILE:
            continue
        checklist = load_checklist(path)
        out[checklist.version] = checklist
    return out
