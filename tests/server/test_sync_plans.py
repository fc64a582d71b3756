"""Every query of a sync is bounded by the device's scope, whatever the county's size.

A county-size set of tables (300,000 households with a member and a visit each, and their
change-log entries) is made in SQL around the two small seeded grids; a grid worker's device then
syncs for real (first sync, then a push of visits, pull and digest) against a server on loopback,
every statement the server sends is captured, and each is EXPLAINed with its own parameters: no
sequential scan of a county table may appear in any plan. A prefix ``LIKE`` on ``grid_code``
(which the btree cannot serve under the C.UTF-8 collation) made every digest read the whole
household table.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from gridworker.server import db
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, enroll_device, seed, thread_server
from tests.sync.helpers import add_visit

COUNTY = 300_000
# Tables the county fill makes county-size (a plan on a near-empty table proves nothing); any
# table of 1,000 rows or more counts (the 3,000 grids of the region table too).
FILLED = {"household", "member", "visit", "problem", "measure", "monitoring_event", "change_log"}
FILLED |= {"push_result", "visit_counted", "region"}


FILL = [
    """
    INSERT INTO region (code, name, level, parent_code)
        SELECT DISTINCT grid, 'g', 'grid', left(grid, 12) FROM k
    """,
    """
    INSERT INTO household (id, number, grid_code, address, household_type,
            no_labour_guarantee, long_absent, risk_codes, head_name, version,
            created_at, updated_at, deleted)
        SELECT hid, n::text, grid, '', '普通农户', false, false, '[]', '某', 1,
            now(), now(), false FROM k
    """,
    """
    INSERT INTO member (id, household_id, name, version, created_at, updated_at,
            deleted)
        SELECT md5('m' || n)::uuid::text, hid, '某', 1, now(), now(), false FROM k
    """,
    """
    INSERT INTO visit (id, household_id, root_id, checklist_version, mode,
            visit_date, status, answers, derived, flags, worker, worker_name,
            version, created_at, updated_at, deleted)
        SELECT md5('v' || n)::uuid::text, hid, md5('v' || n)::uuid::text, '2022.1',
            '入户', date '2022-01-01' + (n % 180), 'completed', '{}', '{}', '[]',
            'w', 'w', 1, now(), now(), false FROM k
    """,
    """
    INSERT INTO visit_counted (visit_id, household_id, grid_code, visit_date,
            created_at, worker, worker_name, household_type, long_absent, monitored,
            work_county, work_province, work_country, work_abroad, welfare_jobs)
        SELECT md5('v' || n)::uuid::text, hid, grid, date '2022-01-01' + (n % 180),
            now(), 'w', 'w', '普通农户', false, false, 0, 0, 0, 0, 0 FROM k
    """,
    """
    INSERT INTO change_log (seq, table_name, record_id, household_id, grid_code,
            committed_at)
        SELECT 1000000 + 3 * n + i, t, CASE i WHEN 0 THEN hid
            ELSE md5(left(t, 1) || n)::uuid::text END, hid, grid, now()
        FROM k, (VALUES (0, 'household'), (1, 'member'), (2, 'visit')) AS x(i, t)
    """,
    """
    INSERT INTO problem (id, household_id, type, description, opened_on, version, created_at,
            updated_at, deleted)
        SELECT md5('p' || n)::uuid::text, hid, '1', '', date '2022-01-01', 1, now(), now(),
            false FROM k
    """,
    """
    INSERT INTO measure (id, household_id, code, description, start_date, version,
            created_at, updated_at, deleted)
        SELECT md5('s' || n)::uuid::text, hid, '1', '', date '2022-01-01', 1, now(), now(),
            false FROM k
    """,
    """
    INSERT INTO monitoring_event (id, household_id, stage, event_date, risk_codes, version,
            created_at, updated_at, deleted)
        SELECT md5('e' || n)::uuid::text, hid, '1', date '2022-01-01', '[]', 1, now(), now(),
            false FROM k
    """,
    """
    INSERT INTO push_result (change_id, result, created_at)
        SELECT 'old-device:' || n, '{}', now() FROM k
    """,
    """
    UPDATE counter SET value = 1000000 + 3 * :n + 3 WHERE name = 'seq'
    """,
]


def _county(engine: Any) -> None:
    """300,000 more households in 3,000 other grids of the county, with their records."""
    with engine.begin() as conn:
        conn.execute(
            text(
                """
                CREATE TEMP TABLE k AS
                SELECT n, '3406211' || lpad((n / 100)::text, 5, '0') || '01' AS grid,
                       md5(n::text)::uuid::text AS hid
                FROM generate_series(1, :n) n
                """
            ),
            {"n": COUNTY},
        )
        for statement in FILL:
            conn.execute(text(statement), {"n": COUNTY})
        conn.execute(text("DROP TABLE k"))
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))


def test_no_sequential_scan_of_a_county_table_on_the_sync_path(pg_url: str, tmp_path: Path) -> None:
    engine = db.make_engine(pg_url)
    data = seed(engine, households=40)
    _county(engine)
    hids = [h["id"] for h in data["household"] if h["grid_code"] == GRID_A]
    statements: list[tuple[str, Any]] = []

    def capture(
        _conn: Any, _cursor: Any, statement: str, params: Any, _ctx: Any, many: bool
    ) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")):
            statements.append((statement, params[0] if many else params))

    with thread_server(engine) as url:
        store = enroll_device(tmp_path / "a", url, "gw_a")
        try:
            event.listen(engine, "before_cursor_execute", capture)
            try:
                first = sync_once(store)
                for i in range(20):
                    add_visit(store, hids[i % len(hids)], note=f"早上{i}")
                again = sync_once(store)
            finally:
                event.remove(engine, "before_cursor_execute", capture)
        finally:
            store.close()
    assert first.sanity_ok and again.sanity_ok and again.applied == 20, again
    sent = " ".join(s for s, _ in statements)
    for what in ("FROM change_log", "FROM household", "INSERT INTO visit", "visit_counted"):
        assert what in sent, f"the sync path no longer runs {what!r}: capture is broken"
    bad = []
    with engine.connect() as conn:
        county = set(
            conn.execute(
                text("SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples >= 1000")
            ).scalars()
        )
        assert county >= FILLED, county
        raw: Any = conn.connection.driver_connection
        for statement, params in statements:
            with raw.cursor() as cur:
                cur.execute("EXPLAIN " + statement, params)
                plan = "\n".join(r[0] for r in cur.fetchall())
            scanned = set(re.findall(r"Seq Scan on (\w+)", plan)) & county
            if scanned:
                bad.append(f"{sorted(scanned)}: {statement[:300]}\n{plan}")
        raw.rollback()
    engine.dispose()
    assert not bad, "\n\n".join(bad)
