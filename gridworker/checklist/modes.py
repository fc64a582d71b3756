"""Visit modes (入户, 电话) as settings: what a visit of each mode asks.

The setting ``visit_modes`` maps a mode to ``{"sections": [section ids] | null, "not_asked":
[question or section ids]}``: a phone visit covers only the sections named (``null``: all), and
asks nothing in ``not_asked`` — e.g. ``head_signature`` and ``thumbprint``, since nobody can sign
or press a thumbprint over the phone. What a mode does not ask is hidden from the evaluation
(:class:`~gridworker.checklist.engine.EvalContext` ``not_asked``): never required, never checked,
never printed. A mode missing from the setting asks everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gridworker.checklist.model import Checklist

SETTING = "visit_modes"


def not_asked(checklist: Checklist, settings: Mapping[str, Any], mode: str) -> frozenset[str]:
    """The section and question ids a visit of ``mode`` does not ask."""
    modes = settings.get(SETTING)
    rule = modes.get(mode) if isinstance(modes, Mapping) else None
    if not isinstance(rule, Mapping):
        return frozenset()
    out = {str(i) for i in rule.get("not_asked") or ()}
    covered = rule.get("sections")
    if covered is not None:
        keep = {str(s) for s in covered}
        out |= {s.id for s in checklist.sections if s.id not in keep}
    return frozenset(out)


def needs_signature(checklist: Checklist, settings: Mapping[str, Any], mode: str) -> bool:
    """Whether a visit of ``mode`` asks for a signature (any signature question is asked)."""
    skipped = not_asked(checklist, settings, mode)
    return any(
        q.type == "signature" and q.id not in skipped and s.id not in skipped
        for s in checklist.sections
        for q in s.questions
    )
