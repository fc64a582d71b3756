"""The derived tables kept at ingest (visit_counted, member_id_duplicate) equal a rebuild from
scratch after each kind of change, and the report follows them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, select

from gridworker.reports import build_report, checks, facts
from gridworker.reports.base import VC, D
from gridworker.reports.loading import insert_records
from gridworker.schema import define

from tests.reports.county import G21, T, county, hid

TABLES = define("device")
H, M, V = TABLES.household, TABLES.member, TABLES.visit


def _snapshot(conn: Connection) -> tuple[list[Any], list[Any]]:
    return (
        sorted(tuple(r) for r in conn.execute(select(VC))),
        sorted(tuple(r) for r in conn.execute(select(D))),
    )


def _same_as_rebuild(conn: Connection) -> None:
    incremental = _snapshot(conn)
    facts.rebuild_chains(conn)
    checks.rebuild_duplicates(conn)
    assert _snapshot(conn) == incremental


def _engine(tmp_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{tmp_path / 'derived.db'}")
    TABLES.metadata.create_all(engine)
    with engine.begin() as conn:
        insert_records(conn, TABLES, county())
    return engine


def test_household_changes(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a, f = hid("A"), hid("F")
    with engine.begin() as conn:
        before = build_report(conn, T, "2022-05").coverage
        conn.execute(H.update().where(H.c.id == a).values(grid_code=G21, long_absent=True))
        checks.record_household(conn, a)  # a move (and a new 常年外出 flag)
        _same_as_rebuild(conn)
        grids = {g.code: g for g in build_report(conn, T, "2022-05").coverage.grids}
        assert grids[G21].visited == {g.code: g for g in before.grids}[G21].visited + 1
        assert grids[G21].long_absent_contacted >= 1
        conn.execute(H.update().where(H.c.id == f).values(deleted=True))
        checks.record_household(conn, f)  # a tombstone: its visits stop counting
        _same_as_rebuild(conn)
        assert not conn.execute(select(VC.c.visit_id).where(VC.c.household_id == f)).all()
        conn.execute(H.update().where(H.c.id == f).values(deleted=False))
        checks.record_household(conn, f)
        _same_as_rebuild(conn)
        assert conn.execute(select(VC.c.visit_id).where(VC.c.household_id == f)).all()


def test_visit_changes(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    a = hid("A")
    with engine.begin() as conn:
        first = (
            conn.execute(
                select(V)
                .where(V.c.household_id == a, V.c.status == "completed", V.c.deleted.is_(False))
                .order_by(V.c.visit_date)
            )
            .mappings()
            .first()
        )
        assert first is not None
        revision = {
            **dict(first),
            "id": "00000000-0000-4000-8000-999999999999",
            "revision_of": first["id"],
            "visit_date": date(2022, 5, 30),
            "created_at": datetime(2022, 7, 1),
            "updated_at": datetime(2022, 7, 1),
        }
        conn.execute(V.insert().values(revision))
        facts.record_visit(conn, revision)  # a correction replaces the chain's older visit
        _same_as_rebuild(conn)
        ids = set(conn.execute(select(VC.c.visit_id).where(VC.c.household_id == a)).scalars())
        assert revision["id"] in ids and first["id"] not in ids
        conn.execute(V.update().where(V.c.id == revision["id"]).values(deleted=True))
        facts.record_visit(conn, {**revision, "deleted": True})  # the correction tombstoned
        _same_as_rebuild(conn)
        ids = set(conn.execute(select(VC.c.visit_id).where(VC.c.household_id == a)).scalars())
        assert first["id"] in ids and revision["id"] not in ids


def test_id_duplicates(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    with engine.begin() as conn:
        rows = conn.execute(
            select(M.c.id, M.c.household_id, M.c.id_number)
            .where(M.c.deleted.is_(False), M.c.id_number.is_not(None))
            .order_by(M.c.id)
        ).all()
        m1, h1, number = rows[0]
        m2, h2, _number = next(r for r in rows if r.household_id != h1)
        conn.execute(M.update().where(M.c.id == m2).values(id_number=number))
        checks.record_household(conn, h2)  # now two live members hold one number
        _same_as_rebuild(conn)
        holders = set(conn.execute(select(D.c.member_id).where(D.c.id_number == number)).scalars())
        assert {m1, m2} <= holders
        conn.execute(M.update().where(M.c.id == m2).values(deleted=True))
        checks.record_household(conn, h2)  # and again one
        _same_as_rebuild(conn)
        assert m2 not in set(conn.execute(select(D.c.member_id)).scalars())


def _new_visits(conn: Connection, tables: Any, rng: Any, n: int) -> list[dict[str, Any]]:
    """``n`` new single-revision visits on random live households: dates before, among and
    after the ones there, same-day ties, several workers."""
    from gridworker.reports.loading import complete_row

    from tests.reports import county as c

    h = tables.household
    households = list(conn.execute(select(h.c.id).where(h.c.deleted.is_(False))).scalars())
    rows = []
    for _ in range(n):
        hh = rng.choice(households)
        day = date(2022, rng.randint(1, 12), rng.choice((1, 15, 28)))
        worker = rng.choice(list(c.WORKERS))
        v = c.visit(
            "A", day, worker, pci=float(rng.randint(3000, 20000)), members={}, household_id=hh
        )
        if rng.random() < 0.5:  # a tie on the date and the time: the id decides the order
            v["created_at"] = v["updated_at"] = datetime(day.year, day.month, day.day, 10, 0)
        rows.append(complete_row(tables.visit, v, datetime(2022, 12, 31)))
    conn.execute(tables.visit.insert(), rows)
    return rows


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_batch_of_new_visits_equals_rebuild(
    dialect: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Pushes and pulls write ``visit_counted`` for a batch of new visits from the row before
    the earliest of them on (not the whole household): the result equals a rebuild, also for
    visits dated before earlier ones, ties, and the batch tombstoned afterwards."""
    import random

    from gridworker.reports import derived

    if dialect == "sqlite":
        engine, tables = _engine(tmp_path), TABLES
    else:
        engine, tables = request.getfixturevalue("pg_county"), define("server")
    rng = random.Random(5)
    with engine.connect() as conn:
        trans = conn.begin()  # (PostgreSQL's county is shared: rolled back at the end)
        try:
            for size in (derived.SMALL + 1, 40, 40):
                visits = _new_visits(conn, tables, rng, size)
                derived.record(conn, tables.metadata.tables, visits, [], fresh=True)
                _same_as_rebuild(conn)
            gone = rng.sample(visits, 20)
            conn.execute(
                tables.visit.update()
                .where(tables.visit.c.id.in_([v["id"] for v in gone]))
                .values(deleted=True)
            )
            derived.record(conn, tables.metadata.tables, [{**v, "deleted": True} for v in gone], [])
            _same_as_rebuild(conn)
            counted = set(conn.execute(select(VC.c.visit_id)).scalars())
            assert not counted & {v["id"] for v in gone}
            assert {v["id"] for v in visits} - {v["id"] for v in gone} <= counted
        finally:
            trans.rollback()
