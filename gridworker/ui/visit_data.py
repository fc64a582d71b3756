"""What the visit form needs, read (or started) in one transaction on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from gridworker import vocab
from gridworker.changes import NOTHING, Changed, Changes
from gridworker.checklist import Checklist, EvalContext, repeat
from gridworker.store import visits
from gridworker.store.attachments import get_attachment, put_attachment
from gridworker.store.checklists import current_version
from gridworker.store.errors import StoreError
from gridworker.store.households import household_row
from gridworker.store.visits import Visit

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class VisitData:
    visit: Visit
    checklist: Checklist
    ctx: EvalContext
    household: dict[str, Any]
    signatures: dict[str, bytes]  # sha256 -> PNG of signatures already given
    newer_revision: bool = False
    previous: dict[str, Any] | None = None  # answers of the visit a repeat visit starts from
    backdate_days: int = 30  # how far before today the visit date may be set

    @property
    def editable(self) -> bool:
        return self.visit.status == "draft"


def load_visit(conn: Connection, visit_id: str) -> VisitData:
    visit = visits.get_visit(conn, visit_id)
    checklist, ctx = visits.context_for(conn, visit)
    signatures: dict[str, bytes] = {}
    for q in checklist.questions.values():
        if q.type == "signature" and not q.per_member:
            digest = visit.answers.get("household", {}).get(q.id)
            found = get_attachment(conn, digest) if isinstance(digest, str) else None
            if found is not None:
                signatures[digest] = found[1]
    newer = visit.status == "completed" and visits.newer_revision(conn, visit_id) is not None
    household = household_row(conn, visit.household_id)
    source = (visit.answers.get(repeat.KEY) or {}).get("from")
    previous = None
    if isinstance(source, str):
        try:
            previous = visits.get_visit(conn, source).answers
        except StoreError:
            previous = None  # not on this device (any more): nothing to start from
    days = visits.backdate_limit(conn, household["grid_code"], visit.visit_date)
    return VisitData(visit, checklist, ctx, household, signatures, newer, previous, days)


def start_or_resume(
    conn: Connection, household_id: str, worker: str, worker_name: str, today: date
) -> Changed[VisitData]:
    """The household's draft (a visit resumes) or a new one on the current checklist, starting
    from the last visit; a long-absent household's visit starts as a 电话 visit (the worker may
    change it)."""
    draft = visits.find_draft(conn, household_id)
    away = bool(household_row(conn, household_id).get("long_absent"))
    vid = visits.start_visit(
        conn,
        household_id,
        checklist_version=current_version(conn),
        worker=worker,
        worker_name=worker_name,
        visit_date=today,
        mode="电话" if away and "电话" in vocab.VISIT_MODES else "入户",
        from_last=True,
    )
    started = NOTHING if vid == draft else Changes.of_households([household_id], visits=[vid])
    return Changed(load_visit(conn, vid), started)


def save_answers(
    conn: Connection, visit_id: str, answers: dict[str, Any], mode: str, on: date, today: date
) -> Changed[None]:
    """A draft's answers, mode and visit date (checked against ``today``): shown nowhere but
    on the visit form, so nothing is announced."""
    visits.save_draft(conn, visit_id, answers, visit_date=on, mode=mode, today=today)
    return Changed(None)


def save_and_complete(
    conn: Connection, visit_id: str, answers: dict[str, Any], mode: str, on: date, today: date
) -> Changed[str]:
    """One transaction: the last answers and the completion, or nothing."""
    visits.save_draft(conn, visit_id, answers, visit_date=on, mode=mode, today=today)
    visits.complete_visit(conn, visit_id, today=today)
    household_id = visits.get_visit(conn, visit_id).household_id
    return Changed(
        visit_id, Changes.of_households([household_id], visits=[visit_id], problems=True)
    )


def revise(conn: Connection, visit_id: str, worker: str, worker_name: str) -> Changed[str]:
    """Start a correction of a completed visit (a new draft that names it)."""
    new_id = visits.revise_visit(conn, visit_id, worker=worker, worker_name=worker_name)
    household_id = visits.get_visit(conn, new_id).household_id
    return Changed(new_id, Changes.of_households([household_id], visits=[new_id]))


def store_signature(conn: Connection, png: bytes) -> Changed[str]:
    """A signature image (content-addressed); shown only once the visit is saved."""
    return Changed(put_attachment(conn, png, "image/png"))
