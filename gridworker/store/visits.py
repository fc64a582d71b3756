"""Visits: start a draft, autosave it, complete it (then it never changes), correct it.

Completing is one transaction: the visit becomes immutable, the problems and risk clues its flags
raise are recorded, and the member facts it confirmed update the roster. A correction is a new
draft that names the visit it replaces (``revision_of``) and shares its chain's ``root_id``; the
newest completed revision of a chain is the one that counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from gridworker import vocab
from gridworker.checklist import Checklist, EvalContext, Evaluation, evaluate, modes, repeat
from gridworker.reports import facts
from gridworker.store import records
from gridworker.store.checklists import checklist_for
from gridworker.store.errors import InvalidRecord, StoreError
from gridworker.store.households import household_row, member_rows, refresh_household
from gridworker.store.settings import settings_for
from gridworker.store.store import TABLES

t = TABLES
OPEN = (t.problem.c.resolved_on.is_(None), t.problem.c.deleted.is_(False))


@dataclass(frozen=True)
class Visit:
    id: str
    household_id: str
    revision_of: str | None
    root_id: str
    checklist_version: str
    mode: str
    visit_date: date
    status: str
    answers: dict[str, Any]
    derived: dict[str, Any]
    flags: list[dict[str, Any]]
    worker: str
    worker_name: str
    completed_at: datetime | None = None  # when it was typed in (device clock, UTC)


def get_visit(conn: Connection, visit_id: str) -> Visit:
    v = t.visit
    row = conn.execute(select(v).where(v.c.id == visit_id, v.c.deleted.is_(False))).mappings()
    r = row.first()
    if r is None:
        raise StoreError(f"找不到走访记录：{visit_id}")
    return Visit(
        r["id"],
        r["household_id"],
        r["revision_of"],
        r["root_id"],
        r["checklist_version"],
        r["mode"],
        r["visit_date"],
        r["status"],
        r["answers"],
        r["derived"] or {},
        r["flags"] or [],
        r["worker"],
        r["worker_name"],
        r["completed_at"],
    )


def member_facts(conn: Connection, household_id: str) -> dict[str, dict[str, Any]]:
    """Each live member's record fields, keyed by member id: a visit's starting answers."""
    return {
        m["id"]: {f: m[f] for f in vocab.MEMBER_FIELDS if m[f] is not None}
        for m in member_rows(conn, household_id)
    }


def find_draft(conn: Connection, household_id: str) -> str | None:
    v = t.visit
    return conn.execute(
        select(v.c.id)
        .where(v.c.household_id == household_id, v.c.status == "draft", v.c.deleted.is_(False))
        .order_by(v.c.updated_at.desc())
    ).scalar()


def start_visit(
    conn: Connection,
    household_id: str,
    *,
    checklist_version: str,
    worker: str,
    worker_name: str,
    visit_date: date,
    mode: str = "入户",
    from_last: bool = False,
) -> str:
    """A new draft for the household, or the draft it already has (a visit resumes).

    ``from_last`` (the app's visits): when the household has a completed visit, each section
    starts from its answers and waits for 与上次相同 or 修改 (``checklist.repeat``); the draft
    cannot be completed before. Tools writing whole visits (demo, imports, tests) leave it."""
    existing = find_draft(conn, household_id)
    if existing:
        return existing
    if mode not in vocab.VISIT_MODES:
        raise InvalidRecord([("mode", f"走访方式只能是{'、'.join(vocab.VISIT_MODES)}")])
    household = household_row(conn, household_id)  # raises if missing
    answers: dict[str, Any] = {
        "household": {"worker_name": worker_name},
        "members": member_facts(conn, household_id),
    }
    last = last_completed(conn, household_id) if from_last else None
    if last is not None:
        settings = settings_for(conn, household["grid_code"], visit_date)
        answers[repeat.KEY] = repeat.offer(
            checklist_for(conn, checklist_version),
            last.answers,
            last.id,
            last.visit_date.isoformat(),
            repeat.not_carried(settings),
        )
    vid = records.new_id()
    records.insert(
        conn,
        t.visit,
        {
            "id": vid,
            "household_id": household_id,
            "root_id": vid,
            "checklist_version": checklist_version,
            "mode": mode,
            "visit_date": visit_date,
            "status": "draft",
            "answers": answers,
            "worker": worker,
            "worker_name": worker_name,
        },
    )
    return vid


def save_draft(
    conn: Connection,
    visit_id: str,
    answers: Mapping[str, Any],
    visit_date: date | None = None,
    mode: str | None = None,
    today: date | None = None,
) -> None:
    """Autosave: replace the draft's answers. A completed visit is refused. With ``today``
    (the app's), a new visit date is checked against it (:func:`check_visit_date`)."""
    visit = get_visit(conn, visit_id)
    if visit.status != "draft":
        raise StoreError("已完成的走访记录不能修改，请新建更正记录")
    changes: dict[str, Any] = {"answers": dict(answers)}
    if visit_date is not None and visit_date != visit.visit_date:
        if today is not None:
            grid = household_row(conn, visit.household_id)["grid_code"]
            check_visit_date(conn, grid, visit_date, today)
        changes["visit_date"] = visit_date
    if mode is not None:
        changes["mode"] = mode
    records.update(conn, t.visit, visit_id, changes)


def last_completed(conn: Connection, household_id: str) -> Visit | None:
    """The household's latest completed visit (by visit date): where a repeat visit starts."""
    v = t.visit
    found = conn.execute(
        select(v.c.id)
        .where(
            v.c.household_id == household_id,
            v.c.status == "completed",
            v.c.deleted.is_(False),
        )
        .order_by(v.c.visit_date.desc(), v.c.created_at.desc())
        .limit(1)
    ).scalar()
    return None if found is None else get_visit(conn, found)


def backdate_limit(conn: Connection, grid_code: str, today: date) -> int:
    """How many days before the day it is typed in a visit may be dated (a paper visit)."""
    return int(settings_for(conn, grid_code, today).get("visit_backdate_max_days", 30))


def check_visit_date(conn: Connection, grid_code: str, visit_date: date, today: date) -> None:
    """A visit's date: not after today, and at most ``visit_backdate_max_days`` before it (the
    server refuses the same, `wire.codec.check_visit_date`)."""
    days = backdate_limit(conn, grid_code, today)
    if visit_date > today:
        raise InvalidRecord([("visit_date", f"走访日期不能晚于今天（{today.isoformat()}）")])
    earliest = today - timedelta(days=days)
    if visit_date < earliest:
        raise InvalidRecord(
            [
                (
                    "visit_date",
                    f"走访日期最早可补录到 {earliest.isoformat()}（{days} 天内），"
                    f"{visit_date.isoformat()} 已超过期限",
                )
            ]
        )


def previous_answers(conn: Connection, visit: Visit) -> dict[str, Any] | None:
    """Answers of the household's last completed visit before this one (other chains)."""
    v = t.visit
    row = conn.execute(
        select(v.c.answers)
        .where(
            v.c.household_id == visit.household_id,
            v.c.status == "completed",
            v.c.deleted.is_(False),
            v.c.root_id != visit.root_id,
            v.c.visit_date <= visit.visit_date,
        )
        .order_by(v.c.visit_date.desc(), v.c.created_at.desc())
        .limit(1)
    ).scalar()
    return dict(row) if row else None


def context_for(conn: Connection, visit: Visit) -> tuple[Checklist, EvalContext]:
    """The checklist version and evaluation context a visit is judged by."""
    household = household_row(conn, visit.household_id)
    settings = settings_for(conn, household["grid_code"], visit.visit_date)
    checklist = checklist_for(conn, visit.checklist_version)
    ctx = EvalContext(
        visit_date=visit.visit_date,
        settings=settings,
        members=[{"id": mid, **f} for mid, f in member_facts(conn, visit.household_id).items()],
        previous=previous_answers(conn, visit),
        household={k: household[k] for k in vocab.HOUSEHOLD_FIELDS},
        not_asked=modes.not_asked(checklist, settings, visit.mode),
    )
    return checklist, ctx


def complete_visit(conn: Connection, visit_id: str, today: date | None = None) -> Evaluation:
    """Complete a draft: validate everything, freeze it, record what it raised. One transaction
    (the caller's); on any error nothing is written and the draft stays as it was. With
    ``today`` (the app passes its day; tools writing history do not), the visit date must lie
    within ``visit_backdate_max_days`` before it. A section still waiting for 与上次相同 or
    修改 (``answers["repeat"]``) is refused."""
    visit = get_visit(conn, visit_id)
    if visit.status != "draft":
        raise StoreError("此走访记录已完成")
    checklist, ctx = context_for(conn, visit)
    if today is not None and visit.revision_of is None:
        grid = household_row(conn, visit.household_id)["grid_code"]
        check_visit_date(conn, grid, visit.visit_date, today)
    ev = evaluate(checklist, visit.answers, ctx, completing=True)
    shown = {k[0] for k in ev.visible}
    titles = {s.id: s.title for s in checklist.sections}
    unsure = [sid for sid in repeat.pending(visit.answers) if sid in shown]
    if unsure:  # (first: it is why that section's answers are missing)
        raise InvalidRecord(
            [(sid, f"「{titles.get(sid, sid)}」请选择与上次相同或修改") for sid in unsure]
        )
    if not ev.ok:
        raise InvalidRecord([(e.question, e.message) for e in ev.errors])
    flags = [asdict(f) for f in ev.flags]
    pci = ev.derived.get("per_capita_income")
    records.update(
        conn,
        t.visit,
        visit_id,
        {
            "status": "completed",
            "derived": _jsonable(ev.derived),
            "flags": flags,
            "per_capita_income": float(pci) if pci is not None else None,
            "signature": visit.answers.get("household", {}).get("head_signature"),
            "completed_at": records.utcnow(),
        },
    )
    _record_problems(conn, visit, ev)
    _record_risk_clue(conn, visit, ev)
    _confirm_member_facts(conn, visit)
    v = t.visit
    row = conn.execute(select(v).where(v.c.id == visit_id)).mappings().one()
    facts.record_visit(conn, dict(row))
    return ev


def revise_visit(conn: Connection, visit_id: str, *, worker: str, worker_name: str) -> str:
    """Start a correction of a completed visit: a new draft carrying its answers."""
    visit = get_visit(conn, visit_id)
    if visit.status != "completed":
        raise StoreError("只有已完成的走访记录可以更正")
    if newer_revision(conn, visit_id) is not None:
        raise StoreError("此记录已有更正版本，请更正最新版本")
    v = t.visit
    vid = records.new_id()
    records.insert(
        conn,
        v,
        {
            "id": vid,
            "household_id": visit.household_id,
            "revision_of": visit.id,
            "root_id": visit.root_id,
            "checklist_version": visit.checklist_version,
            "mode": visit.mode,
            "visit_date": visit.visit_date,
            "status": "draft",
            "answers": visit.answers,
            "worker": worker,
            "worker_name": worker_name,
        },
    )
    return vid


def newer_revision(conn: Connection, visit_id: str) -> str | None:
    """The correction that revises ``visit_id``, if one was started."""
    v = t.visit
    found = conn.execute(
        select(v.c.id).where(v.c.revision_of == visit_id, v.c.deleted.is_(False))
    ).scalar()
    return None if found is None else str(found)


def household_visits(conn: Connection, household_id: str) -> list[Visit]:
    v = t.visit
    ids = conn.execute(
        select(v.c.id)
        .where(v.c.household_id == household_id, v.c.deleted.is_(False))
        .order_by(v.c.visit_date.desc(), v.c.created_at.desc())
    ).scalars()
    return [get_visit(conn, i) for i in ids]


# --- what a completed visit records -----------------------------------------------------------
def _record_problems(conn: Connection, visit: Visit, ev: Evaluation) -> None:
    p = t.problem
    for flag in ev.flags:
        if flag.kind != "problem" or not flag.problem_type:
            continue
        already = conn.execute(
            select(p.c.id).where(
                p.c.household_id == visit.household_id,
                p.c.type == flag.problem_type,
                p.c.rule == flag.rule,
                (p.c.member_id == flag.member_id) if flag.member_id else p.c.member_id.is_(None),
                *OPEN,
            )
        ).first()
        if already is None:
            records.insert(
                conn,
                p,
                {
                    "household_id": visit.household_id,
                    "member_id": flag.member_id,
                    "type": flag.problem_type,
                    "rule": flag.rule,
                    "description": flag.message,
                    "opened_on": visit.visit_date,
                    "opened_visit_id": visit.id,
                },
            )


def _record_risk_clue(conn: Connection, visit: Visit, ev: Evaluation) -> None:
    clues = [f for f in ev.flags if f.kind == "risk_clue"]
    if not clues:
        return
    codes = sorted({f.risk_code for f in clues if f.risk_code})
    records.insert(
        conn,
        t.monitoring_event,
        {
            "household_id": visit.household_id,
            "stage": vocab.MONITOR_STAGES[0],
            "event_date": visit.visit_date,
            "risk_codes": codes,
            "visit_id": visit.id,
            "note": "；".join(dict.fromkeys(f.message for f in clues)),
            "details": {"source": vocab.CLUE_SOURCES[0]},
            "recorded_at": records.utcnow(),
        },
    )


def _confirm_member_facts(conn: Connection, visit: Visit) -> None:
    """The member facts checked on the visit become the roster's facts."""
    current = {m["id"]: m for m in member_rows(conn, visit.household_id)}
    for mid, answers in visit.answers.get("members", {}).items():
        row = current.get(mid)
        if row is None:
            continue
        changes = {
            f: answers.get(f)
            for f in vocab.MEMBER_FIELDS
            if f in answers and answers.get(f) != row[f]
        }
        if changes:
            records.update(conn, t.member, mid, changes)
    refresh_household(conn, visit.household_id)


def _jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, val in values.items():
        if isinstance(val, date):
            out[k] = val.isoformat()
        elif hasattr(val, "as_integer_ratio") and not isinstance(val, (int, float)):
            out[k] = float(val)
        else:
            out[k] = val
    return out
