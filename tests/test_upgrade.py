"""Stores written by older releases open with this one: migrated, backed up, nothing lost."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from gridworker.schema import SYNCED_TABLES
from gridworker.store import migrate, records
from gridworker.store.errors import StoreError
from gridworker.store.store import Store
from gridworker.wire import codec

DATA = Path(__file__).resolve().parent / "data"
OLD_STORES = sorted(DATA.glob("store-*"))
PASSWORD = "old-store-pw"
VISIT = "33333333-3333-4333-8333-333333333333"


def test_every_old_revision_has_a_store() -> None:
    revisions = {p.name.removeprefix("store-") for p in OLD_STORES}
    assert {"0001", "0002", "0003", "0004"} <= revisions


@pytest.mark.parametrize("old", OLD_STORES, ids=lambda p: p.name)
def test_old_store_upgrades_and_keeps_unsent_visit(old: Path, tmp_path: Path) -> None:
    folder = tmp_path / "store"
    shutil.copytree(old, folder)
    store = Store.open(folder, PASSWORD)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert list(folder.glob("store.db.bak-*")), "a backup is taken before migrating"
        v = store.t.visit
        with store.read() as conn:
            row = conn.execute(select(v).where(v.c.id == VISIT)).mappings().one()
            assert row["status"] == "completed" and row["sync_state"] == "new"
            assert row["answers"]["household"]["income_wage"] == 30000
            assert records.pending_count(conn, store.t.metadata.tables) >= 1
            # 0003: the household's last contact, filled from the visits already there
            contact = store.t.metadata.tables["household_contact"]
            assert conn.execute(
                select(contact.c.last_home, contact.c.last_any).where(
                    contact.c.household_id == row["household_id"]
                )
            ).one() == (date(2022, 6, 15), date(2022, 6, 15))
            # 0005: every record has the content hash of what it holds (worked out at open)
            for name in SYNCED_TABLES:
                t = store.t.metadata.tables[name]
                for r in conn.execute(select(t)).mappings():
                    assert r["content_hash"] == codec.record_hash(name, r, r["deleted"])
        # ... and the store's guard stops a write that would not be sent
        with pytest.raises(StoreError, match="not marked for sync"), store.write() as conn:
            conn.execute(update(v).where(v.c.id == VISIT).values(worker_name="别人"))
    finally:
        store.close()
    assert json.loads((folder / "account.json").read_text(encoding="utf-8"))["username"]


def test_migrations_build_the_schema(tmp_path: Path) -> None:
    """Upgrading an empty store to head gives exactly gridworker/schema.py's device tables,
    indexes included (a schema change without its migration fails here)."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from gridworker.store.store import TABLES

    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    cfg = migrate._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), TABLES.metadata) == []
