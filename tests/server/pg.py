"""Finding a PostgreSQL for the tests, never silently skipping in CI.

Order: $GRIDWORKER_TEST_PG_URL; else postgresql://127.0.0.1:5432/test if reachable (as user
postgres, then root); else a throwaway cluster made with initdb/pg_ctl in a temp dir. If none can
be had: under CI (env CI set) the tests FAIL; elsewhere they are skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 5432


def _connectable(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def _binaries() -> Path | None:
    for pattern in ("/usr/local/bin", "/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin"):
        for d in sorted(glob.glob(pattern), reverse=True):
            if Path(d, "initdb").exists() and Path(d, "pg_ctl").exists():
                return Path(d)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _throwaway_cluster() -> Iterator[str | None]:
    bindir = _binaries()
    if bindir is None or os.geteuid() == 0:  # initdb refuses to run as root
        yield None
        return
    tmp = Path(tempfile.mkdtemp(prefix="gw-pg-"))
    port = _free_port()
    try:
        subprocess.run(
            [bindir / "initdb", "-D", tmp / "data", "-U", "postgres", "-A", "trust"],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                bindir / "pg_ctl",
                "-D",
                tmp / "data",
                "-l",
                tmp / "log",
                "-w",
                "-o",
                f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [bindir / "pg_ctl", "-D", tmp / "data", "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def admin_url() -> Iterator[str | None]:
    env = os.environ.get("GRIDWORKER_TEST_PG_URL")
    if env:
        yield env
        return
    for user in ("postgres", "root"):
        url = f"postgresql://{user}@{DEFAULT_HOST}:{DEFAULT_PORT}/test"
        if _connectable(url):
            yield url
            return
    with _throwaway_cluster() as url:
        yield url


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"no PostgreSQL: {reason}")


@contextmanager
def session_database() -> Iterator[str | None]:
    """A fresh database gw_test_<random> for this test session (dropped at the end)."""
    import psycopg

    with admin_url() as admin:
        if admin is None:
            yield None
            return
        name = f"gw_test_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base = admin.rsplit("/", 1)[0]
        try:
            yield f"{base}/{name}"
        finally:
            time.sleep(0.1)
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
