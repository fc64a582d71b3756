"""The derived ``visit_counted`` table: the visits that count, ready for the reports.

A visit counts when it is completed, not tombstoned, the newest completed revision of its chain
(not in ``visit_superseded``) and its household is live. Each row carries the household's
*current* grid and report attributes (type, 常年外出, monitored), so a region's visits in a date
range are one range of ``ix_visit_counted_report``, with no join to the household or visit tables
(the per-visit join was most of a report's time).

Kept up to date where the other derived tables are: :func:`record_chain` by
``facts.record_visit`` (a visit row written), :func:`record_household` by
``checks.record_household`` (a household or one of its members written: a move, a tombstone, a
new type). Both recompute their rows from the record tables, so they are idempotent and do not
care about arrival order (a visit synced before its household appears once the household does).
:func:`rebuild_counted` recomputes the whole table (bulk loads, migrations).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    DateTime,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    select,
    tuple_,
)

from gridworker import vocab
from gridworker.reports.base import VC, H, V, W, X
from gridworker.schema import WORK_COUNTS
from gridworker.sql import one_of

COLUMNS = (
    "visit_id",
    "household_id",
    "grid_code",
    "visit_date",
    "created_at",
    "worker",
    "worker_name",
    "per_capita_income",
    "household_type",
    "long_absent",
    "monitored",
    "next_date",
    "next_worker_date",
    *WORK_COUNTS,
)
_CHUNK = 500


def _work_counts(*visits: ColumnElement[bool]) -> Any:
    """Per visit (of the visits ``visits`` selects): members in work per bucket, 公益岗位."""
    counts = [
        func.sum(
            case(
                (
                    and_(
                        W.c.work_location.in_(
                            [loc for loc, b in vocab.WORK_REGION.items() if b == bucket]
                        ),
                        W.c.work_months > 0,
                    ),
                    1,
                ),
                else_=0,
            )
        )
        for bucket in dict.fromkeys(vocab.WORK_REGION.values())
    ]
    counts.append(
        func.sum(case((and_(W.c.welfare_job.is_not(None), W.c.welfare_job_months > 0), 1), else_=0))
    )
    q = select(W.c.visit_id, *(c.label(n) for c, n in zip(counts, WORK_COUNTS, strict=True)))
    if visits:
        q = q.where(W.c.visit_id.in_(select(V.c.id).where(*visits)))
    return q.group_by(W.c.visit_id).subquery("wc")


def _insert(conn: Connection, *where: ColumnElement[bool]) -> None:
    """Insert the counted visits of the households ``where`` selects (all of their visits: a
    household's rows are always written together, ``next_date`` links them)."""
    replaced = exists().where(X.c.visit_id == V.c.id)
    order = (V.c.visit_date, V.c.created_at, V.c.id)
    following = func.lead(V.c.visit_date).over(partition_by=V.c.household_id, order_by=order)
    by_worker = func.lead(V.c.visit_date).over(
        partition_by=(V.c.household_id, V.c.worker, V.c.worker_name), order_by=order
    )
    wc = _work_counts(*where)
    sel = (
        select(
            V.c.id,
            V.c.household_id,
            H.c.grid_code,
            V.c.visit_date,
            V.c.created_at,
            V.c.worker,
            V.c.worker_name,
            V.c.per_capita_income,
            H.c.household_type,
            H.c.long_absent,
            H.c.monitor_type.is_not(None),
            following,
            by_worker,
            *(func.coalesce(wc.c[n], 0) for n in WORK_COUNTS),
        )
        .join(H, H.c.id == V.c.household_id)
        .outerjoin(wc, wc.c.visit_id == V.c.id)
        .where(
            V.c.status == "completed",
            V.c.deleted.is_(False),
            H.c.deleted.is_(False),
            ~replaced,
            *where,
        )
    )
    conn.execute(VC.insert().from_select(list(COLUMNS), sel))


def record_households(conn: Connection, household_ids: Iterable[str]) -> None:
    """Rewrite the rows of these households' visits (after ``visit_superseded`` is current)."""
    ids = sorted(set(household_ids))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        conn.execute(VC.delete().where(one_of(conn, VC.c.household_id, chunk)))
        _insert(conn, one_of(conn, V.c.household_id, chunk))


def _key(t: Any) -> Any:
    """The order of a household's visits (``next_date`` follows it), as a row value."""
    return tuple_(t.c.visit_date, t.c.created_at, t.c.visit_id if t is VC else t.c.id)


def record_visits(conn: Connection, visit_ids: Iterable[str]) -> None:
    """Rewrite the rows these visits can change — written, tombstoned or gone, with
    ``visit_superseded`` already current for them — without touching anything earlier than
    the row before the earliest of them (per household and per worker: that row's
    ``next_date`` / ``next_worker_date`` may change). ``lead()`` looks forward only, so a
    suffix of each household's visits in their order recomputes exactly. A visit added after
    its household's latest (the usual case) costs a few rows, however many the household has."""
    ids = sorted(set(visit_ids))
    first: dict[str, Any] = {}  # household -> earliest key among these visits (V or VC)
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        for t, vid in ((V, V.c.id), (VC, VC.c.visit_id)):
            for hid, *key in conn.execute(
                select(t.c.household_id, t.c.visit_date, t.c.created_at, vid).where(
                    one_of(conn, vid, chunk)
                )
            ):
                first[hid] = min(first.get(hid, key), key)
    households = sorted(first)
    for i in range(0, len(households), _CHUNK):
        chunk = households[i : i + _CHUNK]
        start = min(first[h] for h in chunk)
        latest = func.row_number().over(
            partition_by=(VC.c.household_id, VC.c.worker, VC.c.worker_name),
            order_by=(VC.c.visit_date.desc(), VC.c.created_at.desc(), VC.c.visit_id.desc()),
        )
        before = (
            select(VC.c.visit_date, VC.c.created_at, VC.c.visit_id, latest.label("n"))
            .where(one_of(conn, VC.c.household_id, chunk), _key(VC) < _row(start))
            .subquery()
        )
        previous = [
            list(r)
            for r in conn.execute(
                select(before.c.visit_date, before.c.created_at, before.c.visit_id).where(
                    before.c.n == 1
                )
            )
        ]
        cut = _row(min([start, *previous]))
        conn.execute(VC.delete().where(one_of(conn, VC.c.household_id, chunk), _key(VC) >= cut))
        _insert(conn, one_of(conn, V.c.household_id, chunk), _key(V) >= cut)


def _row(key: list[Any]) -> Any:
    day, created, vid = key
    return tuple_(literal(day, Date), literal(created, DateTime), literal(vid, String))


def record_household(conn: Connection, household_id: str) -> None:
    """Rewrite the rows of one household's visits (its grid, type or liveness may have changed)."""
    record_households(conn, [household_id])


def record_chain(conn: Connection, root_id: str) -> None:
    """Rewrite the rows of the households a visit chain belongs to."""
    chain = select(V.c.id).where(V.c.root_id == root_id)
    households = set(conn.execute(select(V.c.household_id).where(V.c.root_id == root_id)).scalars())
    households.update(
        conn.execute(select(VC.c.household_id).where(VC.c.visit_id.in_(chain))).scalars()
    )
    record_households(conn, households)


def rebuild_counted(conn: Connection) -> None:
    """Recompute ``visit_counted`` from scratch (needs a current ``visit_superseded``)."""
    conn.execute(VC.delete())
    _insert(conn)
