"""Fixtures shared by the server and sync tests: databases on both backends, live servers."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, text

from tests.conftest import FAST_KDF, ROOT
from tests.server import pg

os.environ.setdefault("GRIDWORKER_ARGON2", "1,1024,1")
# One seal key for the session's servers (sealed recovery keys), outside any database.
os.environ.setdefault(
    "GRIDWORKER_SEAL_KEY_FILE", str(Path(tempfile.mkdtemp(prefix="gw-seal-")) / "seal.key")
)
GRID_A = "34062110420101"
GRID_B = "34062110420102"
PASSWORD = "pw-123456"


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str | None]:
    with pg.session_database() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gridworker.server import db, migrate

    path = tmp_path_factory.mktemp("tpl") / "server.db"
    engine = db.make_engine(str(path))
    migrate.upgrade(engine)
    engine.dispose()
    return path


def _reset_pg(url: str) -> None:
    from gridworker.server import db, migrate
    from gridworker.server.tables import md

    engine = db.make_engine(url)
    migrate.upgrade(engine)
    names = ", ".join(f'"{t.name}"' for t in md.sorted_tables)
    with engine.begin() as conn:
        # A session an earlier test left open (a server thread, a connection never closed)
        # would hold locks TRUNCATE waits on forever: end them, in this throwaway database.
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        conn.execute(text(f"TRUNCATE {names}"))
        conn.execute(text("INSERT INTO counter (name, value) VALUES ('seq', 0), ('ref', 0)"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "server.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_session_url")
    if url is None:
        pg.unavailable("no server, no initdb")
    _reset_pg(url)
    return str(url)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    url = request.getfixturevalue("pg_session_url")
    if url is None:
        pg.unavailable("no server, no initdb")
    _reset_pg(url)
    return str(url)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    from gridworker.server import db

    e = db.make_engine(db_url)
    yield e
    e.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(base: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/api/v1/openapi.json", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"server at {base} did not start")


@dataclass
class Live:
    url: str
    engine: Engine


@contextmanager
def thread_server(engine: Engine, settings: Any = None) -> Iterator[str]:
    """A real uvicorn server on loopback, in this process (fast to start); ``settings``: a
    `gridworker.server.config.ServerConfig`."""
    import uvicorn

    from gridworker.server.app import create_app

    port = free_port()
    config = uvicorn.Config(
        create_app(engine=engine, config=settings),
        host="127.0.0.1",
        port=port,
        log_level="error",
        access_log=False,
        proxy_headers=False,  # as `gridworker-server serve` without --forwarded-allow-ips
    )
    server = uvicorn.Server(config)
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    base = f"http://127.0.0.1:{port}"
    wait_ready(base)
    try:
        yield base
    finally:
        server.should_exit = True
        th.join(10)


@pytest.fixture
def live(engine: Engine) -> Iterator[Live]:
    with thread_server(engine) as url:
        yield Live(url, engine)


@contextmanager
def process_server(
    db_url: str,
    workers: int = 1,
    info: dict[str, Any] | None = None,
    args: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    command: Sequence[str] = (sys.executable, "-m", "gridworker.commands.server"),
) -> Iterator[str]:
    """`gridworker-server serve` as a real process (its own process group), with extra serve
    ``args`` and ``env``; ``info`` receives its ``pid``; ``command``: another checkout's
    ``gridworker-server``, say."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    proc = subprocess.Popen(
        [
            *command,
            "--db",
            db_url,
            "serve",
            "--port",
            "0",
            "--workers",
            str(workers),
            *args,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    if info is not None:
        info["pid"] = proc.pid
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if not m:
            raise RuntimeError(f"server did not report its port: {line!r}")
        base = f"http://127.0.0.1:{m.group(1)}"
        wait_ready(base, 60)
        out = proc.stdout

        def relay() -> None:  # pytest shows the server's output when a test fails
            for text in out:
                sys.stderr.write(f"[server] {text}")

        threading.Thread(target=relay, daemon=True).start()
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


def seed(
    engine: Engine,
    grids: tuple[str, ...] = (GRID_A, GRID_B),
    households: int = 3,
    users: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Regions, users (gw_a → grid A, gw_b → grid B, both scopes) and a few households each."""
    import uuid

    from gridworker.server import admin, db, load

    users = users if users is not None else {"gw_a": GRID_A, "gw_b": GRID_B, "gw_a2": GRID_A}
    for name, scope in users.items():
        admin.add_user(engine, name, PASSWORD, "grid_worker", scope, name)
    regions = [
        {"code": "340621", "name": "濉溪县", "level": "county", "parent_code": None},
        {"code": "340621104", "name": "临涣镇", "level": "township", "parent_code": "340621"},
        {"code": "340621104201", "name": "某村", "level": "village", "parent_code": "340621104"},
    ]
    regions += [
        {"code": g, "name": f"第{g[-2:]}网格", "level": "grid", "parent_code": g[:12]}
        for g in grids
    ]
    data: dict[str, list[dict[str, Any]]] = {"household": [], "member": []}
    for g in grids:
        for i in range(households):
            hid = str(uuid.uuid4())
            data["household"].append(
                {
                    "id": hid,
                    "number": f"{g}{i + 1:03d}",
                    "grid_code": g,
                    "address": f"{g} {i}",
                    "head_name": f"户主{i}",
                }
            )
            data["member"].append(
                {
                    "id": str(uuid.uuid4()),
                    "household_id": hid,
                    "name": f"户主{i}",
                    "sex": "男",
                    "relationship": "户主",
                }
            )
    with db.write(engine) as conn:
        admin.load_regions(conn, regions)
        load.insert_records(conn, data)
    return data


def enroll_device(home: Path, url: str, username: str, **kw: Any) -> Any:
    from gridworker.sync.client import ClientConfig
    from gridworker.sync.enrol import enroll

    cfg = kw.pop("config", None) or ClientConfig(
        connect_timeout=2, read_timeout=10, retries=3, backoff=0.05
    )
    return enroll(url, username, PASSWORD, home=home, kdf=FAST_KDF, config=cfg, **kw)
