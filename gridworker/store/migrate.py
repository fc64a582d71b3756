"""Schema migrations of the device store (Alembic), run at start-up.

- A new database is created at the newest schema.
- An older one is first copied aside (``store.db.bak-<old revision>``), then upgraded inside one
  transaction, so a failed upgrade leaves the old database as it was.
- A database whose revision this program does not know was written by a newer program: it is
  refused with `StoreTooNew`, and not touched.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from gridworker.private import FILE_MODE
from gridworker.store.errors import StoreTooNew

log = logging.getLogger(__name__)
SCRIPTS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path, target: str = "head") -> bool:
    """Bring the store to ``target``; True when a migration ran. Backs up first when needed."""
    cfg = _config()
    scripts = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    known = {s.revision for s in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise StoreTooNew()
    wanted = scripts.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    if current is not None:
        backup = db_path.with_name(f"{db_path.name}.bak-{current}")
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(db_path, backup)
        os.chmod(backup, FILE_MODE)  # a copy of the store is as private as the store
        log.info("backed up %s to %s before migrating", db_path, backup)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    log.info("store migrated from %s to %s", current, wanted)
    return True
