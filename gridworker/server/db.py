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

from sqlalchemy import Connection, Engine, create_engine, event, select, text, update
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
    from gridworker.private import private_dir
    from gridworker.store.store import data_home

    path = private_dir(data_home() / "server") / "server.db"
    return f"sqlite:///{path}"


def normalize_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:  # a plain file path
        return f"sqlite:///{Path(url).resolve()}"
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(
    url: str, *, pool_size: int = 8, max_overflow: int = 8, pool_timeout: float = 30.0
) -> Engine:
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
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
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


_LOG_NUMBERED = text(
    """
    WITH c AS (
        UPDATE counter SET value = value + :n WHERE name = 'seq' RETURNING value - :n AS last
    )
    INSERT INTO change_log (seq, table_name, record_id, household_id, grid_code, prev_grid_code,
                            committed_at)
    SELECT c.last + e.i, e.t, e.r, e.h, e.g, e.p, :now
    FROM c, unnest(CAST(:t AS text[]), CAST(:r AS text[]), CAST(:h AS text[]),
                   CAST(:g AS text[]), CAST(:p AS text[])) WITH ORDINALITY AS e(t, r, h, g, p, i)
    """
)


def log_changes(conn: Connection, entries: list[dict[str, Any]], now: Any) -> None:
    """Number ``entries`` (change-log rows without ``seq``) in order and write them to the
    change log. Call LAST in a write transaction: the counter row stays locked until commit. On
    PostgreSQL numbering and writing are one statement, so the lock is never held while this
    process's Python waits for its turn on a busy CPU between two round trips."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            _LOG_NUMBERED,
            {
                "n": len(entries),
                "now": now,
                **{
                    k: [e[col] for e in entries]
                    for k, col in (
                        ("t", "table_name"),
                        ("r", "record_id"),
                        ("h", "household_id"),
                        ("g", "grid_code"),
                        ("p", "prev_grid_code"),
                    )
                },
            },
        )
        return
    first = next_seqs(conn, len(entries))
    rows = [{**e, "seq": first + i, "committed_at": now} for i, e in enumerate(entries)]
    conn.execute(tb.change_log.insert(), rows)


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
