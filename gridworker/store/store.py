"""One user's store: the folder that holds their encrypted database and its key file.

    accounts/<username>/
        account.json   who this is: name, role, scope (no secrets)
        keys.json      the store key, wrapped by the password (and later the recovery key)
        store.db       the SQLCipher database (+ -wal, -shm while open)

All of it readable by its user only (files 0600, folders 0700; stores made by older versions
are tightened when opened).

Opening derives the password key once (argon2id), unwraps the store key, opens a pooled engine
with the raw key and runs pending migrations. A wrong password raises `WrongPassword` before the
database file is touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from gridworker.accounts import (
    ACCOUNT_NAME,
    Account,
    account_folder,
    data_home,
    list_accounts,
    load_account,
    save_account,
)
from gridworker.private import make_private, private_dir, touch_private
from gridworker.schema import SYNCED_TABLES, Tables, define
from gridworker.store import migrate
from gridworker.store.database import make_engine, translate_errors
from gridworker.store.errors import DeviceRevoked, StoreDamaged, StoreError, StoreNotFound
from gridworker.store.keys import KeyFile
from gridworker.wire import codec

__all__ = [  # with the account helpers of gridworker.accounts, which callers find here too
    "ACCOUNT_NAME",
    "DB_NAME",
    "KEYS_NAME",
    "TABLES",
    "Account",
    "Store",
    "account_folder",
    "data_home",
    "list_accounts",
    "load_account",
    "save_account",
]

DB_NAME = "store.db"
HASHED = "store.content_hashed"  # kv: every record has its content hash
KEYS_NAME = "keys.json"
TABLES = define("device")


class Store:
    """An open store. Use `read()` for queries and `write()` for one transaction of changes."""

    def __init__(self, folder: Path, engine: Engine, keyfile: KeyFile, store_key: bytes) -> None:
        self.folder = folder
        self.engine = engine
        self.keyfile = keyfile
        self._store_key = store_key
        self.t: Tables = TABLES

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    # --- opening -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        password: str,
        account: Account | None = None,
        kdf: dict[str, Any] | None = None,
    ) -> Store:
        """A new empty store at the newest schema. Refuses to overwrite an existing one.

        ``kdf`` overrides the key-derivation parameters (recorded in the key file); tests use
        cheaper ones, the app never does.
        """
        private_dir(folder.parent)
        private_dir(folder)
        if (folder / DB_NAME).exists() or (folder / KEYS_NAME).exists():
            raise StoreError(f"此处已有本地数据库，不能覆盖：{folder}")
        keyfile, key = KeyFile.create(password, kdf)
        keyfile.save(folder / KEYS_NAME)
        if account is not None:
            save_account(folder, account)
        return cls._open_with_key(folder, keyfile, key)

    @classmethod
    def open(cls, folder: Path, password: str, *, allow_revoked: bool = False) -> Store:
        """Open with the user's password: WrongPassword, StoreDamaged, StoreTooNew or a Store.

        A store whose device the county revoked is refused (DeviceRevoked) until the device is
        enrolled again; only enrolment itself passes ``allow_revoked``."""
        keys = folder / KEYS_NAME
        if not keys.exists():
            raise StoreNotFound()
        if not allow_revoked and (folder / ACCOUNT_NAME).exists():
            try:
                revoked = load_account(folder).revoked
            except (OSError, ValueError, TypeError):
                revoked = False
            if revoked:
                raise DeviceRevoked()
        keyfile = KeyFile.load(keys)
        return cls._open_with_key(folder, keyfile, keyfile.unwrap(password))

    @classmethod
    def open_with_key(cls, folder: Path, key: bytes) -> Store:
        """Open with the raw store key of an open store (:attr:`raw_key`): for a helper
        process of the app, which hands it over through a pipe."""
        return cls._open_with_key(folder, KeyFile.load(folder / KEYS_NAME), key)

    @property
    def raw_key(self) -> bytes:
        """The store key itself. Never written anywhere; see :meth:`open_with_key`."""
        return self._store_key

    @classmethod
    def _open_with_key(cls, folder: Path, keyfile: KeyFile, key: bytes) -> Store:
        db = folder / DB_NAME
        if db.exists() and db.stat().st_size and db.stat().st_size < 512:
            raise StoreDamaged()
        make_private(folder, *(folder / n for n in (DB_NAME, KEYS_NAME, ACCOUNT_NAME)))
        make_private(*(folder / (DB_NAME + suffix) for suffix in ("-wal", "-shm")))
        touch_private(db)
        engine = make_engine(db, key)
        try:
            with translate_errors():
                migrate.upgrade(engine, db)
            store = cls(folder, engine, keyfile, key)
            store._hash_old_records()
        except BaseException:
            engine.dispose()
            raise
        return store

    def _hash_old_records(self) -> None:
        """Once per store: the content hash of the records a release before it wrote (a new
        store has none; an upgraded township store takes a few seconds, measured in
        docs/architecture.md)."""
        if self.get_kv(HASHED):
            return
        with self.write() as conn:
            for name in SYNCED_TABLES:
                codec.fill_hashes(conn, self.t, name)
            self.set_kv(conn, HASHED, True)

    def close(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    # --- keys --------------------------------------------------------------------------------
    def change_password(self, old: str, new: str) -> None:
        """Re-wrap the store key under a new password; the database is not rewritten."""
        self.keyfile = self.keyfile.change_password(old, new)
        self.keyfile.save(self.folder / KEYS_NAME)

    def add_recovery(self, recovery_key: bytes) -> None:
        self.keyfile = self.keyfile.with_recovery(self._store_key, recovery_key)
        self.keyfile.save(self.folder / KEYS_NAME)

    # --- transactions ------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        with translate_errors(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Connection]:
        """One transaction: everything in the block is saved, or nothing is.

        ``durable=False`` commits without waiting for the disk (``synchronous=NORMAL``): a
        power cut right after may undo the transaction, never corrupt the store. Only for what
        can be fetched again, such as a pulled page with its cursor."""
        with translate_errors(), self.engine.connect() as conn:
            raw: Any = conn.connection.driver_connection  # (outside any transaction)
            if not durable:
                raw.execute("PRAGMA synchronous = NORMAL")
            try:
                conn = conn.execution_options(write=True)
                with conn.begin():
                    yield conn
            finally:
                if not durable:
                    raw.execute("PRAGMA synchronous = FULL")

    # --- device facts ------------------------------------------------------------------------
    def get_kv(self, key: str, default: Any = None) -> Any:
        kv = self.t.metadata.tables["kv"]
        with self.read() as conn:
            row = conn.execute(kv.select().where(kv.c.key == key)).first()
        return default if row is None else row.value

    def set_kv(self, conn: Connection, key: str, value: Any) -> None:
        kv = self.t.metadata.tables["kv"]
        conn.execute(kv.delete().where(kv.c.key == key))
        conn.execute(kv.insert().values(key=key, value=value))
