"""Loading many records at once (a roster, a township's first sync, demo data) with sqlite-utils.

Rows arrive as plain dicts in the shared schema's columns. They are written as the server's
records (``synced``, version ≥ 1): a bulk load never creates work for the next sync.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import sqlite_utils
from sqlalchemy import JSON, Boolean, Column, Connection, Date, DateTime, Table

from gridworker.reports.checks import rebuild_checks
from gridworker.reports.facts import rebuild_chains, work_rows
from gridworker.schema import SYNCED_TABLES
from gridworker.store.database import translate_errors
from gridworker.store.households import household_search_key
from gridworker.store.records import utcnow
from gridworker.store.store import TABLES, Store
from gridworker.wire import codec

BATCH = 2000


def _sa_datetime(value: datetime) -> str:
    # SQLAlchemy's SQLite DATETIME storage format ("%Y-%m-%d %H:%M:%S.%f", any time zone left
    # off), so rows read back as datetimes; isoformat is ten times quicker than strftime.
    return value.isoformat(" ", "microseconds")[:26]


def _storage(col: Column[Any]) -> Callable[[Any], Any] | None:
    """How SQLAlchemy stores a value of this column in SQLite (None: as it is)."""
    kind = col.type
    if isinstance(kind, JSON):
        return codec.json_serializer  # (text already serialised goes in as it is)
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else _sa_datetime(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(bool(v))
    return None


@functools.cache
def _insert_sql(table: Table, columns: tuple[str, ...]) -> str:
    return (
        f'INSERT INTO "{table.name}" ({", ".join(columns)}) '
        f"VALUES ({', '.join('?' * len(columns))})"
    )


def _default_value(default: Any) -> Any:
    """A column default's value: the scalar, or the callable's result (called as SQLAlchemy
    calls it for a row with no context)."""
    return default.arg if default.is_scalar else default.arg(None)


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """``conn.execute(table.insert(), rows)`` without SQLAlchemy's per-row work (a township's
    first sync inserts a quarter of a million rows): one executemany on the driver connection,
    in the caller's transaction, values stored exactly as SQLAlchemy stores them. Columns no
    row names take their scalar or callable default, as with SQLAlchemy."""
    if not rows:
        return
    named = set().union(*rows)
    columns = [c for c in table.columns if c.name in named or c.default is not None]
    store = [_storage(c) for c in columns]
    fixed = {
        c.name: _default_value(c.default) for c in columns if c.name not in named and c.default
    }
    names = [c.name for c in columns]
    values = [list(map(r.get, names)) for r in rows]
    for i, (name, conv) in enumerate(zip(names, store, strict=True)):
        if name in fixed:
            value = fixed[name] if conv is None else conv(fixed[name])
            for v in values:
                v[i] = value
        elif conv is not None:
            for v in values:
                v[i] = conv(v[i])
    raw: Any = conn.connection.driver_connection
    raw.executemany(_insert_sql(table, tuple(names)), values)


def _defaults(table: str) -> dict[str, Any]:
    """Column defaults of the shared schema (sqlite-utils does not know SQLAlchemy's)."""
    out: dict[str, Any] = {}
    for col in TABLES.metadata.tables[table].columns:
        default: Any = col.default
        if default is not None and getattr(default, "is_scalar", False):
            out[col.name] = default.arg
        elif default is not None and getattr(default, "is_callable", False):
            wrapped = getattr(default.arg, "__wrapped__", None)
            out[col.name] = wrapped() if wrapped is not None else None
    bookkeeping = {"version", "deleted", "sync_state", "local_rev"}  # set by _prepare
    return {k: v for k, v in out.items() if v is not None and k not in bookkeeping}


def _prepare(
    row: Mapping[str, Any], columns: set[str], synced: bool, now: str, defaults: Mapping[str, Any]
) -> dict[str, Any]:
    out: dict[str, Any] = dict(defaults)
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


def prepare(
    data: Mapping[str, Iterable[Mapping[str, Any]]], *, synced: bool = True
) -> dict[str, list[dict[str, Any]]]:
    """The exact rows to write, per table: bookkeeping filled in, head names and search keys
    derived."""
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
        search.append(
            {
                "household_id": h["id"],
                "grid_code": h["grid_code"],
                "key": household_search_key(h, own),
            }
        )
    source = {**data, "household": households, "member": members}
    out: dict[str, list[dict[str, Any]]] = {"region": [dict(r) for r in data.get("region", ())]}
    for name in SYNCED_TABLES:
        cols = {c.name for c in TABLES.metadata.tables[name].columns}
        defaults = _defaults(name)
        out[name] = rows = [_prepare(r, cols, synced, now, defaults) for r in source.get(name, ())]
        for r in rows:
            codec.seal(name, r)
    out["household_search"] = search
    return out


def write(
    store: Store, rows: Mapping[str, list[dict[str, Any]]], *, replace: bool = False
) -> dict[str, int]:
    """Insert prepared rows with sqlite-utils; returns rows written per table."""
    if rows.get("visit"):  # derived report facts (gridworker.reports.facts)
        rows = {**rows, "visit_work": [w for v in rows["visit"] for w in work_rows(v)]}
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        db = sqlite_utils.Database(conn, execute_plugins=False)
        with translate_errors(), db.atomic():  # one transaction: all rows or none
            for name, table_rows in rows.items():
                db[name].insert_all(  # type: ignore[union-attr]
                    table_rows, batch_size=BATCH, replace=replace or name == "household_search"
                )
    finally:
        raw.close()
    if rows.get("visit") or rows.get("member") or rows.get("household"):
        with store.write() as sa_conn:  # derived report tables that span records
            rebuild_chains(sa_conn)
            rebuild_checks(sa_conn)
    return {name: len(r) for name, r in rows.items()}


def load(
    store: Store,
    data: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    synced: bool = True,
    replace: bool = False,
) -> dict[str, int]:
    """Write ``data`` ({table name: rows}) into the store; returns rows written per table.

    Regions, households, members, visits, problems, measures and monitoring events; household
    search keys and head names are derived here. ``replace`` upserts rows that already exist.
    """
    return write(store, prepare(data, synced=synced), replace=replace)
