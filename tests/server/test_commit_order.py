"""Change numbers follow commit order, so a device pulling between commits never skips one.

The interleaving that loses data with a plain sequence: T1 takes number n, T2 takes n+1, T2
commits, a device pulls (cursor → n+1), T1 commits n — never sent. Here T1 is paused right after
numbering; T2 must wait on the counter row until T1 commits, and a pull in between sees neither.
The lock covers the numbering only: T2 writes its rows and derived report tables meanwhile.
"""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date

import psycopg
import pytest
from sqlalchemy import Engine, select

from gridworker.server import db, pull, push
from gridworker.server.auth import Caller
from gridworker.server.tables import T
from gridworker.wire.protocol import PushRequest

from tests.server.fixtures import GRID_A, seed


def _visit_batch(caller: Caller, hid: str, n: int, day: str = "2026-11-01") -> PushRequest:
    changes = []
    for _ in range(n):
        vid = str(uuid.uuid4())
        changes.append(
            {
                "change_id": f"{caller.device_id}:{vid}:0:1",
                "table": "visit",
                "id": vid,
                "base_version": 0,
                "deleted": False,
                "fields": {
                    "household_id": hid,
                    "root_id": vid,
                    "checklist_version": "2022.1",
                    "visit_date": day,
                    "status": "completed",
                    "answers": {"n": 1},
                    "worker": caller.username,
                },
            }
        )
    return PushRequest.model_validate({"device_time": "2026-11-01T00:00:00", "changes": changes})


def test_numbering_waits_for_earlier_commit(engine: Engine) -> None:
    data = seed(engine)
    # (two households: pushes for one household take turns for its derived report rows)
    hids = [h["id"] for h in data["household"] if h["grid_code"] == GRID_A]
    with engine.connect() as conn:  # (a connection left open would hold its locks)
        start = db.current(conn)
    c1 = Caller(str(uuid.uuid4()), "gw_a", "a", "grid_worker", GRID_A)
    c2 = Caller(str(uuid.uuid4()), "gw_a2", "a", "grid_worker", GRID_A)
    numbered, release = threading.Event(), threading.Event()
    t2_written, t2_numbered = threading.Event(), threading.Event()

    def hook(stage: str) -> None:
        if threading.current_thread().name == "T1":
            if stage == "numbered":
                numbered.set()
                assert release.wait(30)
        elif stage == "written":
            t2_written.set()
        else:
            t2_numbered.set()

    push.test_hook = hook
    errors: list[BaseException] = []

    def run(c: Caller, hid: str) -> None:
        try:
            push.push(engine, c, _visit_batch(c, hid, 5))
        except BaseException as e:
            errors.append(e)

    t1 = threading.Thread(target=run, args=(c1, hids[0]), name="T1")
    t2 = threading.Thread(target=run, args=(c2, hids[1]), name="T2")
    try:
        t1.start()
        assert numbered.wait(30)
        t2.start()
        if engine.dialect.name == "postgresql":  # (SQLite: one writer at a time, T2 waits)
            assert t2_written.wait(30), "T2 could not write its rows while T1 held the numbering"
        time.sleep(0.7)
        assert not t2_numbered.is_set(), "T2 numbered while T1 (numbered first) was uncommitted"
        page = pull.pull(engine, c1, start, 1000, None)  # a device pulling in between
        assert page.records == [] and page.next == start
        release.set()
        t1.join(30)
        t2.join(30)
    finally:
        push.test_hook = None
        release.set()
    assert not errors, errors
    got = []
    cursor = page.next
    while True:
        p = pull.pull(engine, c1, cursor, 3, None)
        got += [r.seq for r in p.records]
        cursor = p.next
        if not p.more:
            break
    assert got == list(range(start + 1, start + 11))


def test_one_households_derived_rows_are_written_in_turn(engine: Engine) -> None:
    """Derived report rows are written outside the numbering lock, so two batches for one
    household could each miss the other's visit (both "latest"). T1 stops after deriving; T2,
    with a later visit of the same household, must wait for T1's commit and then see it."""
    data = seed(engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    c1 = Caller(str(uuid.uuid4()), "gw_a", "a", "grid_worker", GRID_A)
    c2 = Caller(str(uuid.uuid4()), "gw_a2", "a", "grid_worker", GRID_A)
    written, release = threading.Event(), threading.Event()

    def hook(stage: str) -> None:
        if threading.current_thread().name == "T1" and stage == "written":
            written.set()
            assert release.wait(30)

    push.test_hook = hook
    errors: list[BaseException] = []

    def run(c: Caller, day: str) -> None:
        try:
            push.push(engine, c, _visit_batch(c, hid, 1, day))
        except BaseException as e:
            errors.append(e)

    t1 = threading.Thread(target=run, args=(c1, "2026-11-01"), name="T1")
    t2 = threading.Thread(target=run, args=(c2, "2026-11-02"), name="T2")
    try:
        t1.start()
        assert written.wait(30)
        t2.start()
        time.sleep(0.7)  # (T2 derives now unless it waits for T1)
        release.set()
        t1.join(30)
        t2.join(30)
    finally:
        push.test_hook = None
        release.set()
    assert not errors, errors
    vc = T.metadata.tables["visit_counted"]
    order = (vc.c.visit_date,)
    with engine.connect() as conn:
        kept = [
            tuple(r) for r in conn.execute(select(vc.c.visit_date, vc.c.next_date).order_by(*order))
        ]
    assert kept == [(date(2026, 11, 1), date(2026, 11, 2)), (date(2026, 11, 2), None)]


def test_plain_sequence_would_skip(pg_url: str) -> None:
    """Why the lock matters: with nextval() a concurrent reader skips an uncommitted number."""
    url = pg_url
    with psycopg.connect(url, autocommit=True) as c:
        c.execute("CREATE TEMP TABLE IF NOT EXISTS x (seq int)")
        c.execute("DROP TABLE IF EXISTS demo_log")
        c.execute("DROP SEQUENCE IF EXISTS demo_seq")
        c.execute("CREATE SEQUENCE demo_seq")
        c.execute("CREATE TABLE demo_log (seq bigint primary key)")
    t1, t2, reader = (psycopg.connect(url) for _ in range(3))
    try:
        ins = "INSERT INTO demo_log VALUES (nextval('demo_seq')) RETURNING seq"
        n1 = t1.execute(ins).fetchone()
        n2 = t2.execute(ins).fetchone()
        assert n1 is not None and n2 is not None and n1[0] < n2[0]
        t2.commit()
        seen = [r[0] for r in reader.execute("SELECT seq FROM demo_log ORDER BY seq")]
        reader.commit()
        cursor = max(seen)
        t1.commit()
        later = [r[0] for r in reader.execute("SELECT seq FROM demo_log WHERE seq > %s", (cursor,))]
        assert later == [] and n1[0] not in seen  # n1 is lost to this reader forever
    finally:
        for c in (t1, t2, reader):
            c.close()
    if not url:
        pytest.fail("unreachable")
