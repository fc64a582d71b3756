"""What the visit form needs, read (or started) in one transaction on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from gridworker.checklist import Checklist, EvalContext
from gridworker.store import visits
from gridworker.store.attachments import get_attachment, put_attachment
from gridworker.store.checklists import current_version
from gridworker.store.households import household_row
from gridworker.store.visits import Visit


@dataclass(frozen=True)
class VisitData:
    visit: Visit
    checklist: Checklist
    ctx: EvalContext
    household: dict[str, Any]
    signatures: dict[str, bytes]  # sha256 -> PNG of signatures already given
    newer_revision: bool = False

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
    v = visits.t.visit
    newer = (
        visit.status == "completed"
        and conn.execute(
            select(v.c.id).where(
                v.c.root_id == visit.root_id, v.c.revision_of == visit_id, v.c.deleted.is_(False)
            )
        ).first()
        is not None
    )
    return VisitData(
        visit, checklist, ctx, household_row(conn, visit.household_id), signatures, newer
    )


def start_or_resume(
    conn: Connection, household_id: str, worker: str, worker_name: str, today: date
) -> VisitData:
    """The household's draft (a visit resumes) or a new one on the current checklist."""
    vid = visits.start_visit(
        conn,
        household_id,
        checklist_version=current_version(conn),
        worker=worker,
        worker_name=worker_name,
        visit_date=today,
    )
    return load_visit(conn, vid)


def save_answers(conn: Connection, visit_id: str, answers: dict[str, Any], mode: str) -> None:
    visits.save_draft(conn, visit_id, answers, mode=mode)


def save_and_complete(conn: Connection, visit_id: str, answers: dict[str, Any], mode: str) -> str:
    """One transaction: the last answers and the completion, or nothing."""
    visits.save_draft(conn, visit_id, answers, mode=mode)
    visits.complete_visit(conn, visit_id)
    return visit_id


def store_signature(conn: Connection, png: bytes) -> str:
    return put_attachment(conn, png, "image/png")
