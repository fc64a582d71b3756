"""Keeping the derived report tables current when records arrive by sync (both sides).

The reports own the derived tables (``gridworker.reports.facts`` / ``.checks``); this module only
decides *how* to call their public functions for a batch of written rows, in the caller's
transaction:

- few rows: ``facts.record_visit`` per visit, ``checks.record_household`` per household touched;
- many visits: a visit that is alone in its chain (the usual case: a new visit whose root is
  itself) has no ``visit_superseded`` rows, so its ``visit_work`` rows are written in one
  executemany (``facts.work_rows_for``) and its ``visit_counted`` rows with
  ``counted.record_visits`` (which rewrites only from the row before the earliest new visit of
  each household on). Visits of a chain with other revisions still go through
  ``facts.record_visit``.
- bulk loads (a first sync) skip all of this per page and call :func:`rebuild` once at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, select

from gridworker.reports import checks, counted, facts
from gridworker.sql import one_of

SMALL = 8  # below this many visits, per-visit calls are cheaper than the batch queries


def _chunks(items: Sequence[str], n: int = 900) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def record(
    conn: Connection,
    tables: Mapping[str, Table],
    visits: Sequence[Mapping[str, Any]],
    household_ids: Iterable[str],
    *,
    fresh: bool = False,
) -> None:
    """Update the derived tables for visit rows just written (full rows, any state) and for the
    households whose household or member rows were just written. ``fresh``: the visits were
    inserted just now (no derived rows of theirs can exist yet: nothing to delete first)."""
    if len(visits) <= SMALL:
        for v in visits:
            facts.record_visit(conn, v)
    else:
        _record_visits(conn, tables, visits, fresh)
    for hid in sorted(set(household_ids)):
        checks.record_household(conn, hid)


def _record_visits(
    conn: Connection, tables: Mapping[str, Table], visits: Sequence[Mapping[str, Any]], fresh: bool
) -> None:
    v = tables["visit"]
    work = tables["visit_work"]
    roots = sorted({str(x.get("root_id") or x["id"]) for x in visits})
    chained: set[str] = set()
    for chunk in _chunks(roots):
        chained.update(
            conn.execute(
                select(v.c.root_id)
                .where(one_of(conn, v.c.root_id, chunk))
                .group_by(v.c.root_id)
                .having(func.count() > 1)
            ).scalars()
        )
    single = []
    for x in visits:
        root = str(x.get("root_id") or x["id"])
        if root in chained or root != str(x["id"]):
            facts.record_visit(conn, x)
        else:
            single.append(x)
    ids = [str(x["id"]) for x in single]
    for chunk in () if fresh else _chunks(ids):
        conn.execute(work.delete().where(one_of(conn, work.c.visit_id, chunk)))
    rows = list(facts.work_rows_for(single))
    if rows:
        conn.execute(work.insert(), rows)
    counted.record_visits(conn, ids)


def record_work(
    conn: Connection, tables: Mapping[str, Table], visits: Sequence[Mapping[str, Any]]
) -> None:
    """Only the ``visit_work`` rows of these visits (bulk pages; :func:`rebuild` follows)."""
    work = tables["visit_work"]
    for chunk in _chunks([str(x["id"]) for x in visits]):
        conn.execute(work.delete().where(one_of(conn, work.c.visit_id, chunk)))
    rows = list(facts.work_rows_for(visits))
    if rows:
        conn.execute(work.insert(), rows)


def rebuild(conn: Connection) -> None:
    """After a bulk load whose ``visit_work`` rows were written with the records."""
    facts.rebuild_chains(conn)
    checks.rebuild_checks(conn)
