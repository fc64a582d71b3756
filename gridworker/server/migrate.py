"""Create or upgrade the server database (Alembic), then make sure the counters exist.

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

from gridworker.server import sealing
from gridworker.server import tables as tb

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


def upgrade(engine: Engine, sealer: sealing.Sealer | None = None) -> None:
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
