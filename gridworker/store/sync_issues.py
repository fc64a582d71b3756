"""Conflicts and quarantined records that sync found, kept on the device for review
(the ``sync_issue`` table; sync writes them, the 待核对 list reads them and marks them reviewed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from gridworker.store.store import TABLES

_ISSUE = TABLES.metadata.tables["sync_issue"]


@dataclass(frozen=True)
class Issue:
    id: str
    kind: str  # conflict / quarantined
    table_name: str
    record_id: str
    field: str | None
    local_value: Any
    server_value: Any
    reason: str
    detected_at: datetime
    resolved: bool


def load_issues(conn: Connection, include_resolved: bool = False) -> list[Issue]:
    """Newest first; only the open ones unless ``include_resolved``."""
    q = select(_ISSUE).order_by(_ISSUE.c.detected_at.desc())
    if not include_resolved:
        q = q.where(_ISSUE.c.resolved.is_(False))
    return [
        Issue(
            str(r.id),
            r.kind,
            r.table_name,
            str(r.record_id),
            r.field,
            r.local_value,
            r.server_value,
            r.reason or "",
            r.detected_at,
            bool(r.resolved),
        )
        for r in conn.execute(q)
    ]


def open_count(conn: Connection) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(_ISSUE).where(_ISSUE.c.resolved.is_(False))
        ).scalar_one()
    )


def mark_reviewed(conn: Connection, ids: list[str]) -> int:
    """Mark issues reviewed; how many were."""
    result = conn.execute(update(_ISSUE).where(_ISSUE.c.id.in_(ids)).values(resolved=True))
    return int(result.rowcount)
