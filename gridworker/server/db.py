"""The server's database: PostgreSQL (psycopg 3) in production, SQLite as the embedded default.

`write()` opens one write transaction. On PostgreSQL it is READ COMMITTED with row locks; on
SQLite it starts with ``BEGIN IMMEDIATE`` (one writer at a time, across worker processes).
`next_seqs` hands out change numbers from the single ``counter`` row; its row lock is held until
commit, so change numbers become visible in commit order (see docs/sync-protocol.md).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.pool import NullPool

from gridworker.server import tables as tb
from gridworker.wire import codec

R = TypeVar("R")
DEFAULT_URL_ENV = "GRIDWORKER_SERVER_DB"


def default_url() -> str:
    env = os.environ.get(DEFAULT_URL_ENV)
    if env:
        return env
    from gridworker.store.store import data_home

    path = data_home() / "server" / "server.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def normalize_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:  # a plain file path
        return f"sqlite:///{Path(url).resolve()}"
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, pool_size: int = 8) -> Engine:
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            poolclass=NullPool if ":memory:" not in url else None,
            connect_args={"timeout": 30, "check_same_thread": False},
            json_serializer=codec.json_serializer,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA busy_timeout = 30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            write = conn.get_execution_options().get("write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return create_engine(
        url,
        pool_size=pool_size,
        max_overflow=8,
        pool_pre_ping=True,
        json_serializer=codec.json_serializer,
    )


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        conn = conn.execution_options(write=True)
        with conn.begin():
            yield conn


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, IntegrityError):
        return True  # a concurrent resend inserted the same record or change first
    if isinstance(exc, OperationalError | DBAPIError):
        text = str(exc).lower()
        return any(s in text for s in ("deadlock", "could not serialize", "database is locked"))
    return False


def in_transaction(engine: Engine, fn: Callable[[Connection], R], attempts: int = 5) -> R:
    """Run ``fn`` in one write transaction, retrying on races the database detected."""
    for attempt in range(attempts):
        try:
            with write(engine) as conn:
                return fn(conn)
        except Exception as e:
            if attempt == attempts - 1 or not _retryable(e):
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def next_seqs(conn: Connection, n: int, name: str = "seq") -> int:
    """Reserve ``n`` numbers; returns the first. Call at the END of a write transaction: the
    counter row stays locked until commit, so later numbers commit later."""
    c = tb.counter
    last = conn.execute(
        update(c).where(c.c.name == name).values(value=c.c.value + n).returning(c.c.value)
    ).scalar_one()
    return int(last) - n + 1


def current(conn: Connection, name: str = "seq") -> int:
    return int(
        conn.execute(select(tb.counter.c.value).where(tb.counter.c.name == name)).scalar_one()
    )


def get_kv(conn: Connection, key: str, default: Any = None) -> Any:
    row = conn.execute(select(tb.server_kv.c.value).where(tb.server_kv.c.key == key)).first()
    return default if row is None else row[0]


def set_kv(conn: Connection, key: str, value: Any) -> None:
    kv = tb.server_kv
    conn.execute(kv.delete().where(kv.c.key == key))
    conn.execute(kv.insert().values(key=key, value=value))
