"""Facts derived from visits at ingest, for the reports (tables not synced).

- ``visit_work``: JSON inside ``visit.answers`` cannot be queried the same way on SQLite and
  PostgreSQL, so each completed visit's per-member work answers are copied out. Only members
  with work or a 公益岗位 get a row.
- ``visit_superseded``: the completed visits a newer completed revision of the same chain
  replaces (newest = latest ``created_at``, then ``id``). Few rows, so "the visits that count"
  is a cheap anti-join instead of a probe of every visit's chain.
- ``visit_counted``: the visits that count with their household's current attributes
  (gridworker.reports.counted), rewritten here per chain.

Call :func:`record_visit` with the visit's row, in the same transaction, whenever a visit row is
written: on the device when a visit is completed or pulled (and a tombstone arrives); on the
server at push ingest. Bulk loads call :func:`rebuild` (or write ``work_rows`` themselves and then
:func:`rebuild_chains`). Everything here is idempotent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, exists, func, or_, select

from gridworker import vocab
from gridworker.reports.base import V, W, X
from gridworker.reports.counted import rebuild_counted, record_chain


def _months(value: Any) -> int:
    try:
        n = int(value or 0)
    except (TypeError, ValueError):
        return 0
    return max(0, min(12, n))


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def work_rows(visit: Mapping[str, Any] | Any) -> list[dict[str, Any]]:
    """The ``visit_work`` rows of one visit row (a mapping with the visit table's columns).

    A draft or tombstoned visit has none. ``work_location`` outside vocab.WORK_LOCATIONS is kept
    as None; months are clamped to 0–12.
    """
    if visit.get("status") != "completed" or visit.get("deleted"):
        return []
    answers = visit.get("answers") or {}
    members = answers.get("members") or {}
    out = []
    for member_id, facts in members.items():
        if not isinstance(facts, Mapping):
            continue
        location = facts.get("work_location")
        location = location if location in vocab.WORK_LOCATIONS else None
        months = _months(facts.get("work_months"))
        job = _text(facts.get("welfare_job"))
        job_months = _months(facts.get("welfare_job_months"))
        if location is None and not months and job is None and not job_months:
            continue
        out.append(
            {
                "visit_id": str(visit["id"]),
                "member_id": str(member_id),
                "household_id": str(visit["household_id"]),
                "visit_date": _date(visit["visit_date"]),
                "work_location": location,
                "work_months": months,
                "welfare_job": job,
                "welfare_job_months": job_months,
            }
        )
    return out


def record_visit_work(conn: Connection, visit: Mapping[str, Any]) -> int:
    """Replace the ``visit_work`` rows of ``visit`` (call it whenever a visit row is written or
    tombstoned, in the same transaction). Returns the number of rows written."""
    conn.execute(W.delete().where(W.c.visit_id == str(visit["id"])))
    rows = work_rows(visit)
    if rows:
        conn.execute(W.insert(), rows)
    return len(rows)


def work_rows_for(visits: Iterable[Mapping[str, Any]]) -> Iterable[dict[str, Any]]:
    """All ``visit_work`` rows of many visits (bulk loads)."""
    for v in visits:
        yield from work_rows(v)


def refresh_chain(conn: Connection, root_id: str) -> None:
    """Rewrite ``visit_superseded`` for one chain: every completed live revision but the newest."""
    rows = (
        conn.execute(
            select(V.c.id)
            .where(V.c.root_id == root_id, V.c.status == "completed", V.c.deleted.is_(False))
            .order_by(V.c.created_at, V.c.id)
        )
        .scalars()
        .all()
    )
    conn.execute(X.delete().where(X.c.root_id == root_id))
    if len(rows) > 1:
        conn.execute(X.insert(), [{"visit_id": vid, "root_id": root_id} for vid in rows[:-1]])


def record_visit(conn: Connection, visit: Mapping[str, Any]) -> None:
    """Update the derived report tables for one visit row just written (any state)."""
    root = str(visit.get("root_id") or visit["id"])
    record_visit_work(conn, visit)
    refresh_chain(conn, root)
    record_chain(conn, root)


def rebuild_superseded(conn: Connection) -> int:
    """Recompute ``visit_superseded`` from scratch (after a bulk load); returns its rows."""
    newer = V.alias("newer")
    later = exists().where(
        newer.c.root_id == V.c.root_id,
        newer.c.status == "completed",
        newer.c.deleted.is_(False),
        or_(
            newer.c.created_at > V.c.created_at,
            and_(newer.c.created_at == V.c.created_at, newer.c.id > V.c.id),
        ),
    )
    conn.execute(X.delete())
    # Only chains of two or more visits can hold a superseded one: found on ix_visit_root_id
    # alone, so the other visits' rows (their answers) are never read.
    chained = select(V.c.root_id).group_by(V.c.root_id).having(func.count() > 1)
    sel = select(V.c.id, V.c.root_id).where(
        V.c.root_id.in_(chained), V.c.status == "completed", V.c.deleted.is_(False), later
    )
    conn.execute(X.insert().from_select(["visit_id", "root_id"], sel))
    return int(conn.execute(select(func.count()).select_from(X)).scalar_one())


def rebuild_chains(conn: Connection) -> None:
    """Recompute ``visit_superseded`` and then ``visit_counted`` (after a bulk load)."""
    rebuild_superseded(conn)
    rebuild_counted(conn)


def rebuild(conn: Connection, batch: int = 2000) -> None:
    """Recompute the derived visit tables from the record tables (streams the answers)."""
    conn.execute(W.delete())
    q = select(
        V.c.id, V.c.household_id, V.c.visit_date, V.c.status, V.c.deleted, V.c.answers
    ).where(V.c.status == "completed", V.c.deleted.is_(False))
    result = conn.execute(q, execution_options={"yield_per": batch}).mappings()
    rows: list[dict[str, Any]] = []
    for v in result:
        rows += work_rows(v)
        if len(rows) >= batch:
            conn.execute(W.insert(), rows)
            rows = []
    if rows:
        conn.execute(W.insert(), rows)
    rebuild_chains(conn)
