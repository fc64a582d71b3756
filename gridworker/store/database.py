"""Opening one user's encrypted SQLite database.

SQLCipher is given the raw 256-bit store key (``PRAGMA key = "x'…'"``), so opening a connection
costs no key derivation; the expensive argon2id step happens once, in `gridworker.store.keys`.
Connections are pooled. Every connection runs in WAL mode with ``synchronous=FULL``: a commit
that returned is on disk, even if the laptop loses power the next moment.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool

from gridworker.store.errors import DiskFull, StoreDamaged, StoreError
from gridworker.wire import codec

log = logging.getLogger(__name__)


def raw_connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """One keyed DB-API connection, checked to be a readable gridworker database."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Reading the schema is the first moment SQLCipher decrypts a page.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -32000")
    except sqlcipher3.DatabaseError as e:
        conn.close()
        msg = str(e)
        if "not a database" in msg or "malformed" in msg or "encrypted" in msg:
            raise StoreDamaged() from e
        raise StoreError(f"无法打开本地数据库：{msg}") from e
    return conn


def make_engine(path: Path, key: bytes, *, pool_size: int = 4) -> Engine:
    """A pooled SQLAlchemy engine over the encrypted database at ``path``."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: raw_connect(path, key),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4,
        json_serializer=codec.json_serializer,
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transactions(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself, so a transaction is exactly a `with begin()` block.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock up front (no deadlock on upgrade); readers get a snapshot.
        write = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or what it wraps) says the disk is full."""
    inner = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(inner, OSError) and inner.errno == errno.ENOSPC:
        return True
    text = str(inner).lower()
    return "database or disk is full" in text or "no space left" in text


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn low-level database failures into StoreErrors with a Chinese message."""
    try:
        yield
    except StoreError:
        raise
    except (OperationalError, OSError, sqlcipher3.OperationalError) as e:
        if is_disk_full(e):
            raise DiskFull() from e
        if "locked" in str(e).lower():
            raise StoreError("本地数据库正被另一个程序使用，请稍后重试") from e
        raise StoreError(f"本地数据库出错：{e}") from e
    except (DBAPIError, sqlcipher3.DatabaseError) as e:
        if "gridworker:" in str(e):  # a guard of the store refused a write (migration 0005)
            raise StoreError(f"程序错误，本次修改未保存：{e}") from e
        raise StoreDamaged() from e
