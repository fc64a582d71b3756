"""Item 15: a device's store, key file, account file, their WAL/SHM and the backups taken before
a migration are readable by their user only (0600, folders 0700); so is the server's seal key.
Stores made 0644 by older versions are tightened when opened."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from gridworker.accounts import Account, save_account
from gridworker.server import migrate, sealing
from gridworker.store.store import Store

from tests.conftest import FAST_KDF

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
OLD = Path(__file__).resolve().parent.parent / "data" / "store-0003"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_store_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual default: files 0644 unless created private
    try:
        folder = tmp_path / "home" / "accounts" / "gw_a"
        store = Store.create(folder, "pw-123456", kdf=FAST_KDF)
        try:
            save_account(folder, Account("gw_a", "甲", "grid_worker", "34062110420101"))
            store.change_password("pw-123456", "pw-654321")  # rewrites keys.json
            with store.write() as conn:
                store.set_kv(conn, "x", 1)
            names = {p.name for p in folder.iterdir()}
            assert {"store.db", "store.db-wal", "store.db-shm", "keys.json"} <= names
            for p in folder.iterdir():
                assert mode(p) == 0o600, p.name
            assert mode(folder) == 0o700
            assert mode(folder.parent) == 0o700
        finally:
            store.close()
    finally:
        os.umask(old)


def test_old_store_and_its_backup_are_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    shutil.copytree(OLD, folder, ignore=shutil.ignore_patterns("README.md"))
    for p in [folder, *folder.iterdir()]:
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    store = Store.open(folder, "old-store-pw")  # migrates, backing up first
    try:
        backups = list(folder.glob("store.db.bak-*"))
        assert backups
        for p in folder.iterdir():
            assert mode(p) == 0o600, p.name
        assert mode(folder) == 0o700
    finally:
        store.close()


def test_seal_key_is_private_and_created_once(tmp_path: Path) -> None:
    from gridworker.server import db

    path = tmp_path / "secrets" / "seal.key"
    engine = db.make_engine(str(tmp_path / "server.db"))
    try:
        sealer = sealing.Sealer(path)
        assert migrate.ensure_seal_key(engine, sealer)
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
        assert not migrate.ensure_seal_key(engine, sealer)  # never replaced
        assert len(sealing.read_key_file(path)) == 1
    finally:
        engine.dispose()
