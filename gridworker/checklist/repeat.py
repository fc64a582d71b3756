"""Repeat visits: each section starts from the last visit's answers, and nothing is copied
silently.

A new draft of a household that has a completed visit records in its answers which sections
offer 与上次相同 (``answers["repeat"]``)::

    {"from": <last visit id>, "from_date": "2026-11-03",
     "sections": {"income": "pending", "water": "same", "housing": "edited", ...}}

- ``pending``: the worker has not chosen yet. A household section's last answers are shown but
  are not answers of this visit; a member section's values are the roster's facts (prefilled, as
  they always were). A visit with a pending section cannot be completed.
- ``same``: confirmed with one click or key: the last answers become this visit's answers.
- ``edited``: the worker chose to edit; the last answers are the starting point.

What is never carried (setting ``visit_repeat_not_carried``: section or question ids; by
default 突发情况, the signature, the thumbprint and the signing date) is asked afresh; signature
and photo questions are never carried whatever the setting says. :func:`changed` gives the
answers that differ from last time (shown on screen and in the printed summary).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gridworker.checklist.answertypes import normalize
from gridworker.checklist.engine import FieldKey
from gridworker.checklist.evaluator import is_empty
from gridworker.checklist.model import Checklist, Question, Section

KEY = "repeat"
SETTING = "visit_repeat_not_carried"
PENDING, SAME, EDITED = "pending", "same", "edited"
NEVER_CARRIED_TYPES = ("signature", "photo")


def not_carried(settings: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(str(i) for i in settings.get(SETTING) or ())


def carried(section: Section, excluded: frozenset[str]) -> tuple[Question, ...]:
    """The questions of ``section`` that may start from last time's answer."""
    if section.id in excluded:
        return ()
    return tuple(
        q for q in section.questions if q.id not in excluded and q.type not in NEVER_CARRIED_TYPES
    )


def _has_answer(section: Section, questions: tuple[Question, ...], prev: Mapping[str, Any]) -> bool:
    if section.per_member:
        members = prev.get("members") or {}
        return any(not is_empty(a.get(q.id)) for a in members.values() for q in questions)
    household = prev.get("household") or {}
    return any(not is_empty(household.get(q.id)) for q in questions)


def offer(
    checklist: Checklist,
    previous: Mapping[str, Any],
    previous_id: str,
    previous_date: str,
    excluded: frozenset[str],
) -> dict[str, Any]:
    """The ``answers["repeat"]`` of a new draft whose household's last visit is ``previous``."""
    sections = {
        s.id: PENDING
        for s in checklist.sections
        if (qs := carried(s, excluded)) and _has_answer(s, qs, previous)
    }
    return {"from": previous_id, "from_date": previous_date, "sections": sections}


def states(answers: Mapping[str, Any]) -> dict[str, str]:
    repeat = answers.get(KEY)
    sections = repeat.get("sections") if isinstance(repeat, Mapping) else None
    return {str(k): str(v) for k, v in sections.items()} if isinstance(sections, Mapping) else {}


def pending(answers: Mapping[str, Any]) -> list[str]:
    return [sid for sid, state in states(answers).items() if state == PENDING]


def shown_value(
    key: FieldKey, answers: Mapping[str, Any], previous: Mapping[str, Any] | None
) -> Any:
    """What a field shows: this visit's answer, or last time's while its section is pending."""
    sid, mid, qid = key
    own = (
        (answers.get("household") or {})
        if mid is None
        else ((answers.get("members") or {}).get(mid) or {})
    )
    value = own.get(qid)
    if is_empty(value) and previous and states(answers).get(sid) == PENDING:
        return previous_value(key, previous)
    return value


def previous_value(key: FieldKey, previous: Mapping[str, Any]) -> Any:
    _sid, mid, qid = key
    if mid is None:
        return (previous.get("household") or {}).get(qid)
    return ((previous.get("members") or {}).get(mid) or {}).get(qid)


def take(
    checklist: Checklist,
    answers: Mapping[str, Any],
    previous: Mapping[str, Any],
    section_id: str,
    state: str,
    excluded: frozenset[str],
) -> dict[str, Any]:
    """``answers`` with the section confirmed (``same``) or opened for editing (``edited``):
    last time's answers fill what this visit has not answered yet."""
    section = next(s for s in checklist.sections if s.id == section_id)
    household = dict(answers.get("household") or {})
    members = {m: dict(a) for m, a in (answers.get("members") or {}).items()}
    qs = carried(section, excluded)
    if section.per_member:
        for mid, prev in (previous.get("members") or {}).items():
            if mid not in members:
                continue  # a member who left since: not brought back
            for q in qs:
                if is_empty(members[mid].get(q.id)) and not is_empty(prev.get(q.id)):
                    members[mid][q.id] = prev[q.id]
    else:
        prev_h = previous.get("household") or {}
        for q in qs:
            if is_empty(household.get(q.id)) and not is_empty(prev_h.get(q.id)):
                household[q.id] = prev_h[q.id]
    repeat = dict(answers.get(KEY) or {})
    repeat["sections"] = {**states(answers), section_id: state}
    return {**answers, "household": household, "members": members, KEY: repeat}


def same_value(question: Question, a: Any, b: Any) -> bool:
    return bool(normalize(question, a)[0] == normalize(question, b)[0])


def changed(
    checklist: Checklist,
    answers: Mapping[str, Any],
    previous: Mapping[str, Any] | None,
    excluded: frozenset[str],
) -> dict[FieldKey, Any]:
    """The carried answers of confirmed or edited sections that differ from last time, with
    last time's value."""
    if not previous:
        return {}
    chosen = {sid for sid, st in states(answers).items() if st in (SAME, EDITED)}
    out: dict[FieldKey, Any] = {}
    household = answers.get("household") or {}
    members = answers.get("members") or {}
    for section in checklist.sections:
        if section.id not in chosen:
            continue
        qs = carried(section, excluded)
        if section.per_member:
            prev_members = previous.get("members") or {}
            for mid, own in members.items():
                if mid not in prev_members:
                    continue
                for q in qs:
                    old = prev_members[mid].get(q.id)
                    if not same_value(q, own.get(q.id), old):
                        out[(section.id, mid, q.id)] = old
        else:
            prev_h = previous.get("household") or {}
            for q in qs:
                old = prev_h.get(q.id)
                if not same_value(q, household.get(q.id), old):
                    out[(section.id, None, q.id)] = old
    return out
