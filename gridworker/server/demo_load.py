"""`gridworker-server demo-data --households N`: a realistic demo county on the server.

Regions, the demo users (password ``demo1234``: every grid worker, village, township and county
user of `gridworker.demo`) and the households with everything under them, streamed from
`gridworker.demo.iter_households` in chunks. Every record gets a change number and a change-log
entry like a push (`gridworker.server.load.insert_records`: COPY on PostgreSQL, executemany on
SQLite), all in ONE transaction, so devices pull the county like any other change. The derived
report tables are rebuilt once at the end (gridworker.reports.derived). Running it twice adds
nothing: a county already loaded is refused.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select

from gridworker import demo
from gridworker.reports import derived, facts
from gridworker.server import admin, auth, case_scope, db, load
from gridworker.server import tables as tb

CHUNK = 2000  # households per insert_records call


def load_demo(
    engine: Engine,
    households: int,
    seed: int = 1,
    *,
    today: date | None = None,
    history_days: int = demo.HISTORY_DAYS,
) -> dict[str, Any]:
    """Load the demo county (``today``: the day the data set is generated for, default today;
    ``history_days``: how far back the visits go, see ``demo.iter_households``)."""
    t0 = time.perf_counter()
    plan = demo.plan_county(households, seed)
    h = tb.T.household
    with db.read(engine) as conn:
        if conn.execute(select(func.count()).select_from(h)).scalar_one():
            raise admin.AdminError("服务器上已有户数据；演示数据只能装入空数据库")
    counts: dict[str, int] = {}
    password_hash = auth.hash_password(demo.DEMO_PASSWORD)
    with db.write(engine) as conn:
        admin.load_regions(conn, plan.regions)
        have = set(conn.execute(select(tb.user.c.username)).scalars())
        from gridworker.store.records import utcnow

        users = [
            {
                "username": u["username"],
                "password_hash": password_hash,
                "display_name": u["display_name"],
                "role": u["role"],
                "scope": u["scope_code"],
                "disabled": False,
                "created_at": utcnow(),
            }
            for u in plan.users
            if u["username"] not in have
        ]
        if users:
            conn.execute(tb.user.insert(), users)
        chunk: dict[str, list[dict[str, Any]]] = {}
        for n, bundle in enumerate(
            demo.iter_households(households, seed, today, plan, history_days), 1
        ):
            _add(chunk, bundle)
            if n % CHUNK == 0:
                _flush(conn, chunk, counts)
        _flush(conn, chunk, counts)
        derived.rebuild(conn)
        case_scope.rebuild(conn, today)
    _analyze(engine)
    counts["users"] = len(users)
    counts["seconds"] = round(time.perf_counter() - t0, 1)  # type: ignore[assignment]
    return counts


def _analyze(engine: Engine) -> None:
    """PostgreSQL: statistics for the planner and the visibility map for index-only scans, which
    a freshly loaded table lacks (and autovacuum, if on at all, only gets to later)."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM (ANALYZE)")


def _add(chunk: dict[str, list[dict[str, Any]]], b: demo.HouseholdBundle) -> None:
    chunk.setdefault("household", []).append(b.household)
    chunk.setdefault("member", []).extend(b.members)
    chunk.setdefault("visit", []).extend(b.visits)
    chunk.setdefault("problem", []).extend(b.problems)
    chunk.setdefault("measure", []).extend(b.measures)
    chunk.setdefault("monitoring_event", []).extend(b.monitoring_events)


def _flush(conn: Any, chunk: dict[str, list[dict[str, Any]]], counts: dict[str, int]) -> None:
    if not chunk:
        return
    for name, c in load.insert_records(conn, chunk).items():
        counts[name] = counts.get(name, 0) + c
    # The visits are new: their visit_work rows go straight in (COPY on PostgreSQL), nothing
    # to delete first (derived.record_work's per-row executemany was a third of the load).
    load.bulk_insert(
        conn, tb.T.metadata.tables["visit_work"], list(facts.work_rows_for(chunk.get("visit", [])))
    )
    chunk.clear()
