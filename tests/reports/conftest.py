"""Report databases: a plain SQLite file (device schema) and PostgreSQL (server schema).

PostgreSQL comes from tests/server/pg.py (the same resolver the server tests use: the URL in
$GRIDWORKER_TEST_PG_URL, else the local server, else a throwaway ``initdb`` cluster; a private
database per session; under CI a missing PostgreSQL fails the tests instead of skipping them).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine

from gridworker.reports.loading import insert_records
from gridworker.schema import define

from tests.reports.county import county
from tests.server.pg import session_database, unavailable


def _sa_url(url: str) -> str:
    return (
        url.replace("postgresql://", "postgresql+psycopg://", 1)
        if url.startswith("postgresql://")
        else url
    )


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    """A private, empty database on the test PostgreSQL (tests/server/pg.py finds one: never a
    silent skip in CI), dropped afterwards."""
    with session_database() as url:
        if url is None:
            unavailable("no server, no initdb")
        engine = create_engine(_sa_url(str(url)))
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture(scope="session")
def pg_county(pg_engine: Engine) -> Engine:
    tables = define("server")
    tables.metadata.create_all(pg_engine)
    with pg_engine.begin() as conn:
        insert_records(conn, tables, county())
    return pg_engine


@pytest.fixture(scope="session")
def sqlite_county(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = create_engine(f"sqlite:///{tmp_path_factory.mktemp('reports') / 'county.db'}")
    tables = define("device")
    tables.metadata.create_all(engine)
    with engine.begin() as conn:
        insert_records(conn, tables, county())
    return engine


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Engine:
    """The hand-made county on each dialect."""
    name = "sqlite_county" if request.param == "sqlite" else "pg_county"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]
