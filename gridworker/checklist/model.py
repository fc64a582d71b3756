"""The loaded form of a checklist definition: immutable dataclasses, expressions already parsed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from gridworker.checklist.expr import Expression

QuestionType = Literal[
    "yesno", "single", "multi", "integer", "money", "decimal", "text", "date", "signature", "photo"
]
FlagKind = Literal["problem", "risk_clue", "data_error", "warning"]

# Names with a fixed meaning in expressions; no question or derived value may use them.
RESERVED = frozenset({"value", "members", "member", "household", "previous", "visit_date"})
# member.<attr> beyond the member's answers: facts the engine computes from the roster and ID.
MEMBER_COMPUTED = ("id", "age", "school_age", "birth")
# household.<attr>: the household record (EvalContext.household); vocab.HOUSEHOLD_FIELDS plus these.
HOUSEHOLD_EXTRA = ("head_name", "measures")


class ChecklistError(Exception):
    """A checklist definition that cannot be used; the message is Chinese and English."""


@dataclass(frozen=True)
class Template:
    """A message with ``{expression}`` placeholders, parsed at load time."""

    text: str
    parts: tuple[str | Expression, ...]


@dataclass(frozen=True)
class Constraint:
    check: Expression
    message: Template


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    label: str
    section: str
    per_member: bool
    index: int  # position in the whole form; expressions in `visible` may only look backwards
    required: bool | Expression = False
    visible: Expression | None = None
    choices: tuple[str, ...] = ()
    choice_labels: Mapping[str, str] = field(default_factory=dict)
    min: Decimal | None = None
    max: Decimal | None = None
    max_length: int | None = None
    constraints: tuple[Constraint, ...] = ()
    help: str = ""
    unit: str = ""


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    repeat: str | None
    visible: Expression | None
    questions: tuple[Question, ...]
    help: str = ""

    @property
    def per_member(self) -> bool:
        return self.repeat == "members"


@dataclass(frozen=True)
class Derived:
    id: str
    label: str
    expr: Expression
    unit: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    kind: FlagKind
    scope: Literal["household", "members"]
    when: Expression
    message: Template
    problem_type: str | None = None
    risk_code: str | None = None
    risk_code_expr: Expression | None = None


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    title: str
    sections: tuple[Section, ...]
    derived: tuple[Derived, ...]
    rules: tuple[Rule, ...]
    settings_keys: frozenset[str]
    effective_from: str | None = None
    definition: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def questions(self) -> dict[str, Question]:
        """Every question by id (ids are unique across the definition)."""
        return {q.id: q for s in self.sections for q in s.questions}

    def question(self, qid: str) -> Question:
        return self.questions[qid]
