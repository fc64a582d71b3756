"""Create or upgrade the server database (Alembic), then make sure the counters exist."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, select

from gridworker.server import tables as tb

SCRIPTS = Path(__file__).resolve().parent / "migrations"


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return cfg


def upgrade(engine: Engine) -> None:
    cfg = config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.begin() as conn:
        have = set(conn.execute(select(tb.counter.c.name)).scalars())
        for name in tb.COUNTERS:
            if name not in have:
                conn.execute(tb.counter.insert().values(name=name, value=0))
