"""The checklist engine: versioned screening checklists as data, and their evaluation.

Core module: imports no Qt and no HTTP client. See ``docs/checklist-format.md`` for the format.

- :func:`load_checklist` / :func:`bundled_checklists` read and check definitions
  (``resources/checklists/*.json``, validated by ``checklist.schema.json``);
- :func:`evaluate` computes visibility, field errors, derived values and flags for one household;
- :func:`resolve_settings` / :func:`default_settings_records` give the thresholds expressions read
  with ``setting('…')``.
"""

from gridworker.checklist.definition import bundled_checklists, load_checklist
from gridworker.checklist.engine import (
    EvalContext,
    Evaluation,
    FieldError,
    FieldKey,
    Flag,
)
from gridworker.checklist.engine import evaluate_answers as evaluate
from gridworker.checklist.expr import ExprError
from gridworker.checklist.model import Checklist, ChecklistError, Question, Rule, Section
from gridworker.checklist.settings import default_settings_records, resolve_settings

__all__ = [
    "Checklist",
    "ChecklistError",
    "EvalContext",
    "Evaluation",
    "ExprError",
    "FieldError",
    "FieldKey",
    "Flag",
    "Question",
    "Rule",
    "Section",
    "bundled_checklists",
    "default_settings_records",
    "evaluate",
    "load_checklist",
    "resolve_settings",
]
