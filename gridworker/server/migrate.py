"""Create or upgrade the server database (Alembic), then make sure the counters exist and every
record has its content hash.

The seal key (gridworker.server.sealing) is created here when none exists yet and nothing in
the database is sealed; once something is sealed, a missing key file is an error, never
silently replaced (the sealed recovery keys would be lost).
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, func, inspect, select

from gridworker.schema import SYNCED_TABLES
from gridworker.server import db, sealing
from gridworker.server import tables as tb
from gridworker.wire import codec

SCRIPTS = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return cfg


def ensure_seal_key(engine: Engine, sealer: sealing.Sealer) -> bool:
    """Create the seal key file if it is missing and may be; True when it was created."""
    if sealer.exists():
        return False
    insp = inspect(engine)
    if insp.has_table("device") and "sealed_recovery_key" in {
        c["name"] for c in insp.get_columns("device")
    }:
        with engine.connect() as conn:
            if conn.execute(select(func.count()).select_from(tb.device)).scalar_one():
                sealing.read_key_file(sealer.path)  # raises "not found", with the advice
    sealing.create_key_file(sealer.path)
    log.warning("created the seal key %s: keep a copy in escrow (docs/security.md)", sealer.path)
    return True


HASHED = "content_hashed"  # server_kv: every record has its content hash (and recorded_by)


def upgrade(engine: Engine, sealer: sealing.Sealer | None = None) -> int:
    """Bring the database to the newest revision; returns how many records stored by an earlier
    release got their content hash (once, after the revision that added it)."""
    sealer = sealer or sealing.Sealer()
    ensure_seal_key(engine, sealer)
    cfg = config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        cfg.attributes["sealer"] = sealer
        command.upgrade(cfg, "head")
    with engine.begin() as conn:
        have = set(conn.execute(select(tb.counter.c.name)).scalars())
        for name in tb.COUNTERS:
            if name not in have:
                conn.execute(tb.counter.insert().values(name=name, value=0))
    done = hash_old_records(engine)
    build_case_scope(engine)
    return done


SCOPED = "case_scope_built"  # server_kv: the county's case scope was built once (revision 0008)


def build_case_scope(engine: Engine) -> None:
    """The county's case scope of a database upgraded past revision 0008 (the fold lives in the
    program, not in the migration)."""
    from gridworker.server import case_scope

    with db.write(engine) as conn:
        if not db.get_kv(conn, SCOPED):
            case_scope.rebuild(conn)
            db.set_kv(conn, SCOPED, True)


def current(engine: Engine) -> str | None:
    """The database's revision (None: not initialised)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config()).get_current_head()


def hash_old_records(engine: Engine) -> int:
    """The content hash of every record written before server revision 0005, and its ``recorded_by``
    (the user of the device that wrote it, or "import"); one table per transaction."""
    with db.read(engine) as conn:
        if db.get_kv(conn, HASHED):
            return 0
    done = 0
    d = tb.device
    for name in SYNCED_TABLES:
        t = tb.T.metadata.tables[name]
        who = select(d.c.username).where(d.c.id == t.c.updated_by).scalar_subquery()
        with db.write(engine) as conn:
            done += codec.fill_hashes(
                conn,
                tb.T,
                name,
                batch=5000,
                also={"recorded_by": func.coalesce(t.c.recorded_by, who, t.c.updated_by)},
            )
    with db.write(engine) as conn:
        db.set_kv(conn, HASHED, True)
    return done
