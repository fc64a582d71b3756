"""Checklist versions available on this device: the bundled ones plus those the county published."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection, select

from gridworker.checklist import Checklist, bundled_checklists, load_checklist
from gridworker.store.errors import StoreError
from gridworker.store.store import TABLES


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in version.replace("-", ".").split("."))


@lru_cache(maxsize=16)
def _parse_published(version: str, definition_json: str) -> Checklist:
    import json

    return load_checklist(json.loads(definition_json))


def checklist_for(conn: Connection, version: str) -> Checklist:
    """The checklist ``version`` a visit was filled with (published or bundled)."""
    c = TABLES.checklist
    row = conn.execute(select(c.c.definition).where(c.c.version == version)).scalar()
    if row is not None:
        import json

        return _parse_published(version, json.dumps(row, sort_keys=True, ensure_ascii=False))
    bundled = bundled_checklists()
    if version in bundled:
        return bundled[version]
    raise StoreError(f"缺少调查表版本 {version}，请同步后再打开")


def current_version(conn: Connection) -> str:
    """The newest checklist version on this device: new visits use it."""
    c = TABLES.checklist
    versions = set(conn.execute(select(c.c.version)).scalars()) | set(bundled_checklists())
    return max(versions, key=_version_key)
