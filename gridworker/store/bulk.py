"""Loading many records at once (a roster, a township's first sync, demo data) with sqlite-utils.

Rows arrive as plain dicts in the shared schema's columns. They are written as the server's
records (``synced``, version ≥ 1): a bulk load never creates work for the next sync.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from itertools import islice
from typing import Any

import sqlite_utils

from gridworker.schema import SYNCED_TABLES
from gridworker.store.households import household_search_key
from gridworker.store.records import utcnow
from gridworker.store.store import TABLES, Store

BATCH = 2000


def _sa_datetime(value: datetime) -> str:
    # SQLAlchemy's SQLite DATETIME storage format, so rows read back as datetimes.
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _prepare(row: Mapping[str, Any], columns: set[str], synced: bool, now: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key not in columns:
            continue
        if isinstance(value, datetime):
            value = _sa_datetime(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[key] = value
    out.setdefault("created_at", now)
    out.setdefault("updated_at", now)
    out.setdefault("deleted", False)
    out.setdefault("version", 1 if synced else 0)
    out.setdefault("sync_state", "synced" if synced else "new")
    out.setdefault("local_rev", 1)
    if "root_id" in columns:  # a visit without a chain is the first of its own
        out.setdefault("root_id", out["id"])
    return out


def _chunks(rows: Iterable[dict[str, Any]], n: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(islice(it, n)):
        yield chunk


def load(store: Store, data: Mapping[str, Iterable[Mapping[str, Any]]], *, synced: bool = True,
         replace: bool = False) -> dict[str, int]:
    """Write ``data`` ({table name: rows}) into the store; returns rows written per table.

    Regions, households, members, visits, problems, measures and monitoring events; household
    search keys and head names are derived here. ``replace`` upserts rows that already exist.
    """
    counts: dict[str, int] = {}
    now = _sa_datetime(utcnow())
    members = [dict(m) for m in data.get("member", ())]
    by_household: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        by_household.setdefault(m["household_id"], []).append(m)
    households = []
    search = []
    for h in data.get("household", ()):
        own = by_household.get(h["id"], [])
        head = next((m["name"] for m in own if m.get("relationship") == "户主"), "")
        households.append({**h, "head_name": head})
        search.append({"household_id": h["id"], "grid_code": h["grid_code"],
                       "key": household_search_key(h, own)})
    rows_for = {**data, "household": households, "member": members, "household_search": search}
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        conn.isolation_level = ""  # sqlite-utils manages its own transactions
        db = sqlite_utils.Database(conn, execute_plugins=False)  # type: ignore[arg-type]
        for name in ("region", *SYNCED_TABLES, "household_search"):
            table = TABLES.metadata.tables[name]
            cols = {c.name for c in table.columns}
            plain = name in ("region", "household_search")
            n = 0
            for chunk in _chunks(iter(rows_for.get(name, ())), BATCH):  # type: ignore[arg-type]
                prepared = [dict(r) if plain else _prepare(r, cols, synced, now) for r in chunk]
                db[name].insert_all(  # type: ignore[union-attr]
                    prepared, batch_size=BATCH, replace=replace or name == "household_search")
                n += len(prepared)
            counts[name] = n
        conn.commit()
    finally:
        if raw.driver_connection is not None:
            raw.driver_connection.isolation_level = None
        raw.close()
    return counts
