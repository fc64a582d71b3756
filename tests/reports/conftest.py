"""Report databases: a plain SQLite file (device schema) and PostgreSQL (server schema).

PostgreSQL comes from $GRIDWORKER_TEST_PG_URL, else postgresql://postgres@127.0.0.1:5432/test
when reachable (a private database gw_reports_<random> is created and dropped), else a throwaway
``initdb`` cluster. When none can be had the PostgreSQL tests fail under CI (env CI set) and are
skipped otherwise.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

from gridworker.reports.loading import insert_records
from gridworker.schema import define

from tests.reports.county import county

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _sa_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith(
        "postgresql://") else url


def _reachable(url: str) -> bool:
    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server database we may create databases from."""
    env = os.environ.get("GRIDWORKER_TEST_PG_URL")
    if env:
        yield _sa_url(env)
        return
    if _reachable(DEFAULT_PG):
        yield DEFAULT_PG
        return
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and os.geteuid() != 0:
        folder = Path(tempfile.mkdtemp(prefix="gw_pg_"))
        port = _free_port()
        subprocess.run([initdb, "-D", str(folder / "data"), "-U", "postgres", "-A", "trust"],
                       check=True, capture_output=True)
        subprocess.run([pg_ctl, "-D", str(folder / "data"), "-l", str(folder / "log"), "-w",
                        "-o", f"-p {port} -k {folder} -h 127.0.0.1", "start"],
                       check=True, capture_output=True)
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run([pg_ctl, "-D", str(folder / "data"), "-m", "fast", "stop"],
                           capture_output=True)
            shutil.rmtree(folder, ignore_errors=True)
        return
    if os.environ.get("CI"):
        pytest.fail("PostgreSQL is needed for the report tests and none could be had")
    pytest.skip("no PostgreSQL available")


@pytest.fixture(scope="session")
def pg_engine(pg_server: str) -> Iterator[Engine]:
    """A private, empty database on the PostgreSQL server, dropped afterwards."""
    name = f"gw_reports_{secrets.token_hex(4)}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(make_url(pg_server).set(database=name))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
