"""Evaluate a household's answers against a checklist: visibility, errors, derived values, flags.

Inputs: ``answers = {"household": {qid: value}, "members": {member_id: {qid: value}}}`` and an
:class:`EvalContext` (other keys of ``answers``, such as ``repeat``, are not read here). Rules
applied, in this order:

1. **Members** are ``ctx.members`` (roster order), then any member id found only in the answers.
   A member's values are its roster facts overlaid by its answers (answers win).
   ``member.age`` is the age on the visit date and ``member.school_age`` the age on the school-age
   reference date (setting ``school_age_reference``: ``visit_date``, or ``aug31`` = the latest
   31 August on or before the visit); both come from the roster's ``birth`` or the ID number.
2. **Visibility**, top to bottom: a question is visible when its section and its own ``visible``
   condition hold and the visit's mode asks it (``ctx.not_asked``, see ``checklist.modes``).
   A hidden question's answer is ignored: it reads as ``null``, is never checked
   and never required.
3. **Derived values**, in order, in the household context.
4. **Field errors** for visible questions: a wrong type / choice / range always; a missing required
   answer only when ``completing``; a constraint that evaluates to false (not null) when answered.
5. **Flag rules**: household rules once, member rules once per member; a rule whose ``when`` is true
   raises a :class:`Flag` with its message rendered.

``ctx.household`` is the household record (vocab.HOUSEHOLD_FIELDS: ``household_type``,
``risk_codes`` …, plus ``measures``: codes of its current 帮扶措施); expressions read it as
``household.risk_codes``. ``ctx.previous`` has the answers shape of the previous completed visit.
A setting missing from ``ctx.settings`` reads as null and raises a ``warning`` flag
(``setting:<key>``); an expression failing at run time (e.g. comparing text with a number) raises
a ``warning`` flag naming where, and never stops the evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from gridworker import vocab
from gridworker.checklist.answertypes import normalize
from gridworker.checklist.evaluator import evaluate, is_empty, truthy
from gridworker.checklist.expr import ExprError, Expression
from gridworker.checklist.functions import age_on, member_birth, number, plain_functions
from gridworker.checklist.model import Checklist, Question, Section, Template

FieldKey = tuple[str, str | None, str]  # (section_id, member_id or None, question_id)


@dataclass(frozen=True)
class EvalContext:
    visit_date: date
    settings: Mapping[str, Any]
    members: Sequence[Mapping[str, Any]] = ()
    previous: Mapping[str, Any] | None = None
    household: Mapping[str, Any] = field(default_factory=dict)
    # Section and question ids this visit does not ask (its mode's, checklist.modes): hidden.
    not_asked: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FieldError:
    section: str
    member_id: str | None
    question: str
    message: str


@dataclass(frozen=True)
class Flag:
    rule: str
    kind: Literal["problem", "risk_clue", "data_error", "warning"]
    message: str
    problem_type: str | None = None
    risk_code: str | None = None
    member_id: str | None = None


@dataclass
class Evaluation:
    visible: frozenset[FieldKey]
    derived: dict[str, Any]
    errors: list[FieldError]
    flags: list[Flag]

    @property
    def ok(self) -> bool:
        """True when there is no field error (flags never block)."""
        return not self.errors


_NO_VALUE = object()


class _State:
    """Everything an evaluation accumulates; the environments below read from it."""

    def __init__(self, checklist: Checklist, ctx: EvalContext) -> None:
        self.checklist, self.ctx = checklist, ctx
        self.questions = checklist.questions
        self.household: dict[str, Any] = {}
        self.derived: dict[str, Any] = {}
        self.functions = plain_functions(ctx.visit_date)
        self.settings = {k: _setting_value(v) for k, v in ctx.settings.items()}
        self.missing_settings: list[str] = []
        self.warnings: list[Flag] = []
        self.members: list[_MemberEnv] = []

    def setting(self, key: str) -> Any:
        if key not in self.settings:
            if key not in self.missing_settings:
                self.missing_settings.append(key)
            return None
        return self.settings[key]

    def run(self, expr: Expression, env: _HouseholdEnv, where: str, default: Any = None) -> Any:
        try:
            return evaluate(expr, env)
        except ExprError as exc:
            self.warnings.append(
                Flag(
                    f"expr:{where}",
                    "warning",
                    f"清单表达式计算出错 ({where}): {exc}",
                    member_id=env.member_id,
                )
            )
            return default


def _setting_value(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return value


def _normal_previous(state: _State, values: Mapping[str, Any] | None, qid: str) -> Any:
    if not values or qid not in state.questions:
        return None
    return normalize(state.questions[qid], values.get(qid))[0]


class _HouseholdEnv:
    member_id: str | None = None

    def __init__(self, state: _State, value: Any = _NO_VALUE) -> None:
        self.state, self.value = state, value

    def with_value(self, value: Any) -> _HouseholdEnv:
        return _HouseholdEnv(self.state, value)

    def lookup(self, path: tuple[str, ...]) -> Any:
        state, head = self.state, path[0]
        if len(path) == 1:
            if head == "value" and self.value is not _NO_VALUE:
                return self.value
            if head == "visit_date":
                return state.ctx.visit_date
            if head in state.derived:
                return state.derived[head]
            return self.answer(head)
        attr = path[1]
        if head == "household":
            value = state.ctx.household.get(attr)
            return list(value) if isinstance(value, tuple) else value
        if head == "previous":
            return self.previous(attr)
        return self.attribute(head, attr)

    def answer(self, qid: str) -> Any:
        return self.state.household.get(qid)

    def previous(self, qid: str) -> Any:
        prev = self.state.ctx.previous or {}
        return _normal_previous(self.state, prev.get("household"), qid)

    def attribute(self, head: str, attr: str) -> Any:
        raise ExprError(f"此处没有 {head}.{attr} (not available here)")

    def member_envs(self) -> Sequence[_MemberEnv]:
        """The members; inside a constraint they see its ``value`` too (``id_number == value``)."""
        if self.value is _NO_VALUE:
            return self.state.members
        return [m.with_value(self.value) for m in self.state.members]

    def call(self, name: str, args: list[Any]) -> Any:
        if name == "setting":
            return self.state.setting(str(args[0]))
        return self.state.functions[name](*args)


class _MemberEnv(_HouseholdEnv):
    """A member's context: its own answers by bare id, ``member.*``, and the household's."""

    def __init__(self, state: _State, mid: str, raw: Mapping[str, Any], value: Any = _NO_VALUE):
        super().__init__(state, value)
        self.member_id, self.raw = mid, raw
        self.values: dict[str, Any] = {}
        self.computed: dict[str, Any] = {"id": mid}

    def with_value(self, value: Any) -> _MemberEnv:
        env = _MemberEnv(self.state, self.member_id or "", self.raw, value)
        env.values, env.computed = self.values, self.computed
        return env

    def answer(self, qid: str) -> Any:
        q = self.state.questions.get(qid)
        if q is not None and q.per_member:
            return self.values.get(qid)
        return super().answer(qid)

    def previous(self, qid: str) -> Any:
        q = self.state.questions.get(qid)
        if q is None or not q.per_member:
            return super().previous(qid)
        prev = (self.state.ctx.previous or {}).get("members") or {}
        return _normal_previous(self.state, prev.get(self.member_id), qid)

    def attribute(self, head: str, attr: str) -> Any:
        if head != "member":
            return super().attribute(head, attr)
        if attr in self.computed:
            return self.computed[attr]
        q = self.state.questions.get(attr)
        if q is not None and q.per_member:
            return self.values.get(attr)
        return self.raw.get(attr)

    def compute_ages(self) -> None:
        """birth, age and school_age from the roster's birth date or a valid ID number."""
        birth = member_birth(
            self.raw.get("birth"), self.values.get("id_number", self.raw.get("id_number"))
        )
        visit = self.state.ctx.visit_date
        reference = visit
        if self.state.settings.get("school_age_reference") == "aug31":
            reference = date(visit.year, 8, 31)
            if reference > visit:
                reference = date(visit.year - 1, 8, 31)
        self.computed.update(
            birth=birth,
            age=age_on(birth, visit) if birth else None,
            school_age=age_on(birth, reference) if birth else None,
        )


def render(template: Template, env: _HouseholdEnv, where: str) -> str:
    """Fill ``{expression}`` placeholders (numbers to 2 places at most, 是/否, lists with 、)."""
    out = []
    for part in template.parts:
        out.append(part if isinstance(part, str) else _text(env.state.run(part, env, where)))
    return "".join(out)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return "、".join(_text(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    """Derived values as stored: Decimal → float rounded to 2 places, dates → ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(round(value, 2))
    if isinstance(value, date):
        return value.isoformat()
    return value


def evaluate_answers(
    checklist: Checklist, answers: Mapping[str, Any], ctx: EvalContext, *, completing: bool = False
) -> Evaluation:
    """Evaluate ``answers`` (see the module docstring for the rules and their order)."""
    state = _State(checklist, ctx)
    hh_answers: Mapping[str, Any] = answers.get("household") or {}
    member_answers: Mapping[str, Mapping[str, Any]] = answers.get("members") or {}
    roster = {str(m["id"]): m for m in ctx.members}
    ids = list(roster) + [mid for mid in member_answers if mid not in roster]
    state.members = [
        _MemberEnv(state, mid, {**roster.get(mid, {}), **(member_answers.get(mid) or {})})
        for mid in ids
    ]
    for env in state.members:
        env.compute_ages()
    household_env = _HouseholdEnv(state)
    visible: set[FieldKey] = set()
    type_errors: dict[FieldKey, str] = {}

    def visit(
        sec: Section, env: _HouseholdEnv, raw: Mapping[str, Any], store: dict[str, Any]
    ) -> None:
        skipped = ctx.not_asked
        section_ok = sec.id not in skipped and (
            sec.visible is None
            or truthy(state.run(sec.visible, env, f"{sec.id}.visible", default=True))
        )
        for q in sec.questions:
            key: FieldKey = (sec.id, env.member_id, q.id)
            shown = (
                section_ok
                and q.id not in skipped
                and (
                    q.visible is None
                    or truthy(state.run(q.visible, env, f"{q.id}.visible", default=True))
                )
            )
            value, error = normalize(q, raw.get(q.id)) if shown else (None, None)
            store[q.id] = value
            if shown:
                visible.add(key)
            if error:
                type_errors[key] = error

    for sec in checklist.sections:
        if sec.per_member:
            for menv in state.members:
                visit(sec, menv, menv.raw, menv.values)
        else:
            visit(sec, household_env, hh_answers, state.household)
    for d in checklist.derived:
        state.derived[d.id] = state.run(d.expr, household_env, f"derived.{d.id}")

    errors: list[FieldError] = []
    envs: dict[str | None, _HouseholdEnv] = {None: household_env}
    envs.update({m.member_id: m for m in state.members})
    for sid, mid, qid in sorted(visible, key=lambda k: _order(state.questions[k[2]], k, ids)):
        q = state.questions[qid]
        message = type_errors.get((sid, mid, qid)) or _check(state, q, envs[mid], completing)
        if message:
            errors.append(FieldError(sid, mid, qid, message))

    flags: list[Flag] = []
    for rule in checklist.rules:
        scoped: list[_HouseholdEnv] = [household_env]
        if rule.scope == "members":
            scoped = list(state.members)
        for renv in scoped:
            if not truthy(state.run(rule.when, renv, f"rules.{rule.id}")):
                continue
            code = rule.risk_code
            if rule.risk_code_expr is not None:
                got = state.run(rule.risk_code_expr, renv, f"rules.{rule.id}.risk_code_expr")
                code = got if got in vocab.RISK_TYPES or got in vocab.DISASTER_SUBTYPES else None
            flags.append(
                Flag(
                    rule.id,
                    rule.kind,
                    render(rule.message, renv, f"rules.{rule.id}.message"),
                    rule.problem_type,
                    code,
                    renv.member_id,
                )
            )
    flags += state.warnings
    flags += [
        Flag(f"setting:{key}", "warning", f"缺少设置 {key}（请同步县级设置） (missing setting)")
        for key in state.missing_settings
    ]
    return Evaluation(
        frozenset(visible), {k: _json_value(v) for k, v in state.derived.items()}, errors, flags
    )


def _order(q: Question, key: FieldKey, ids: list[str]) -> tuple[int, int]:
    member_pos = -1 if key[1] is None else ids.index(key[1])
    return (member_pos, q.index) if q.per_member else (-1, q.index)


def _check(state: _State, q: Question, env: _HouseholdEnv, completing: bool) -> str | None:
    """Required and constraint checks of one visible, well-typed field."""
    value = env.answer(q.id)
    if is_empty(value):
        required = q.required
        if not isinstance(required, bool):
            required = truthy(state.run(required, env, f"{q.id}.required"))
        return "此项为必填项" if completing and required else None
    with_value = env.with_value(value)
    for i, c in enumerate(q.constraints):
        result = state.run(c.check, with_value, f"{q.id}.constraints[{i}]")
        if result is not None and not truthy(result):
            return render(c.message, with_value, f"{q.id}.constraints[{i}].message")
    return None
