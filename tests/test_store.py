"""The encrypted store: opening, wrong passwords, damage, migrations, full disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from gridworker.store import migrate
from gridworker.store.errors import DiskFull, StoreDamaged, StoreTooNew, WrongPassword
from gridworker.store.store import DB_NAME, KEYS_NAME, Account, Store, list_accounts

from tests.conftest import FAST_KDF


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_create_open_and_data_is_encrypted(tmp_path: Path) -> None:
    folder = tmp_path / "accounts" / "gw1"
    acct = Account("gw1", "张三", "grid_worker", "34062110420101")
    s = Store.create(folder, "pw", acct, kdf=FAST_KDF)
    with s.write() as conn:
        s.set_kv(conn, "greeting", {"text": "濉溪县临涣镇"})
    s.close()
    raw = (folder / DB_NAME).read_bytes()
    assert b"SQLite format 3" not in raw
    assert "濉溪县".encode() not in raw
    s = Store.open(folder, "pw")
    assert s.get_kv("greeting") == {"text": "濉溪县临涣镇"}
    s.close()
    assert list_accounts(tmp_path) == [acct]


def test_wrong_password_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "u"
    Store.create(folder, "right", kdf=FAST_KDF).close()
    before = digest(folder)
    with pytest.raises(WrongPassword):
        Store.open(folder, "wrong")
    assert digest(folder) == before


def test_damaged_or_foreign_file_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "u"
    Store.create(folder, "pw", kdf=FAST_KDF).close()
    db = folder / DB_NAME
    db.write_bytes(b"\x00garbage" * 4096)
    with pytest.raises(StoreDamaged, match="损坏"):
        Store.open(folder, "pw")
    # a plain (unencrypted) SQLite database is foreign too
    import sqlite3

    db.unlink()
    c = sqlite3.connect(db)
    c.execute("create table t(x)")
    c.commit()
    c.close()
    with pytest.raises(StoreDamaged):
        Store.open(folder, "pw")
    (folder / KEYS_NAME).write_text("[]")
    with pytest.raises(StoreDamaged):
        Store.open(folder, "pw")


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "u"
    s = Store.create(folder, "pw", kdf=FAST_KDF)
    with s.write() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    s.close()
    before = digest(folder)
    with pytest.raises(StoreTooNew, match="升级"):
        Store.open(folder, "pw")
    assert digest(folder) == before


def test_migration_backs_up_only_when_pending(tmp_path: Path) -> None:
    folder = tmp_path / "u"
    s = Store.create(folder, "pw", kdf=FAST_KDF)
    assert migrate.current_revision(s.engine) == migrate.head_revision()
    s.close()
    Store.open(folder, "pw").close()
    assert not list(folder.glob("*.bak-*")), "no backup when nothing is pending"


def test_password_change_does_not_rewrite_data(tmp_path: Path) -> None:
    folder = tmp_path / "u"
    s = Store.create(folder, "old", kdf=FAST_KDF)
    with s.write() as conn:
        s.set_kv(conn, "k", 1)
    s.close()
    db_before = (folder / DB_NAME).read_bytes()
    s = Store.open(folder, "old")
    s.change_password("old", "new")
    s.engine.dispose()
    assert (folder / DB_NAME).read_bytes() == db_before
    with pytest.raises(WrongPassword):
        Store.open(folder, "old")
    s = Store.open(folder, "new")
    assert s.get_kv("k") == 1
    s.close()


def test_full_disk_is_reported_and_loses_nothing(store: Store) -> None:
    kv = store.t.metadata.tables["kv"]
    with store.write() as conn:
        store.set_kv(conn, "saved", "before")
    with pytest.raises(DiskFull, match="磁盘空间已满"), store.write() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        for i in range(200):
            conn.execute(kv.insert().values(key=f"big{i}", value="x" * 4000))
    with store.read() as conn:
        conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")
        keys = set(conn.execute(select(kv.c.key)).scalars())
    assert "saved" in keys and not any(k.startswith("big") for k in keys)


def test_write_that_need_not_be_durable_commits_and_restores_full_sync(store: Store) -> None:
    """``durable=False`` (pulled pages) commits with synchronous=NORMAL; the pooled connection
    goes back to FULL afterwards, even when the transaction fails, so a saved visit never
    inherits it."""
    seen = []
    with store.write(durable=False) as conn:
        seen.append(conn.exec_driver_sql("PRAGMA synchronous").scalar())
        store.set_kv(conn, "page", 1)
    with pytest.raises(RuntimeError), store.write(durable=False) as conn:
        store.set_kv(conn, "page", 2)
        raise RuntimeError("cut off")
    assert store.get_kv("page") == 1
    for _ in range(store.engine.pool.size() + 4):  # every pooled connection
        with store.write() as conn:
            seen.append(conn.exec_driver_sql("PRAGMA synchronous").scalar())
    assert seen[0] == 1 and set(seen[1:]) == {2}  # NORMAL, then FULL everywhere
