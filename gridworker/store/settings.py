"""Settings as the device sees them: records synced from the county, over the bundled defaults."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from gridworker.checklist.settings import default_settings_records, resolve_settings
from gridworker.regions import ancestors
from gridworker.store.store import TABLES


def settings_records(conn: Connection) -> list[dict[str, Any]]:
    """Bundled defaults first, then the county's records (which therefore win ties)."""
    t = TABLES.setting
    rows = conn.execute(select(t.c.key, t.c.value, t.c.year, t.c.region)).mappings()
    return default_settings_records() + [dict(r) for r in rows]


def settings_for(conn: Connection, region_code: str, on: date) -> dict[str, Any]:
    """The settings in force for a household in ``region_code`` on ``on``."""
    return resolve_settings(settings_records(conn), on.year, ancestors(region_code))
