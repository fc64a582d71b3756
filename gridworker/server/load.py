"""Loading many records at once on the server (roster import, demo county): every record gets a
change number and a change-log entry, exactly as if it had been pushed, so devices pull it.

On PostgreSQL the rows go in with COPY; on SQLite with executemany. One transaction per call.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, select

from gridworker.schema import SYNCED_TABLES, VILLAGE_TABLES
from gridworker.server import db, points
from gridworker.server import tables as tb
from gridworker.store.records import utcnow
from gridworker.wire import codec

T = tb.T
IMPORTED_BY = "import"  # updated_by and recorded_by of what a command loaded (no device, no user)


@functools.cache
def _defaults(table: Table) -> list[tuple[str, Any, bool]]:
    """(column, default or None, whether the default is a callable) for every column: worked
    out once per table instead of once per row (bulk loads write millions of rows)."""
    out: list[tuple[str, Any, bool]] = []
    for col in table.columns:
        d: Any = col.default
        out.append((col.name, None, False) if d is None else (col.name, d.arg, not d.is_scalar))
    return out


def _row(table: Table, values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, default, call in _defaults(table):
        if name in values:
            out[name] = values[name]
        else:
            out[name] = default(None) if call else default
    out.update(
        version=values.get("version", 1),
        created_at=values.get("created_at", now),
        updated_at=now,
        deleted=bool(values.get("deleted", False)),
        updated_by=values.get("updated_by", IMPORTED_BY),
        recorded_by=values.get("recorded_by", IMPORTED_BY),
    )
    if table.name == "visit":
        out["root_id"] = out["root_id"] or out["id"]
        out["status"] = out["status"] or "completed"
    codec.seal(table.name, out)
    return out


def insert_records(
    conn: Connection, data: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, int]:
    """Insert new records ({table: rows}); households must come with (or before) their children.
    Call inside a write transaction; numbers are reserved at the end (commit order)."""
    now = utcnow()
    grids = {h["id"]: h["grid_code"] for h in data.get("household", ())}
    children_hids = {
        r["household_id"]
        for n in SYNCED_TABLES
        if n not in ("household", *VILLAGE_TABLES)
        for r in data.get(n, ())
    } - set(grids)
    h = T.household
    ids = sorted(children_hids)
    for i in range(0, len(ids), 900):
        grids.update(
            {
                r.id: r.grid_code
                for r in conn.execute(
                    select(h.c.id, h.c.grid_code).where(h.c.id.in_(ids[i : i + 900]))
                )
            }
        )
    total = sum(len(data.get(n, ())) for n in SYNCED_TABLES)
    if not total:
        return {}
    first = db.next_seqs(conn, total)
    seq = first
    counts: dict[str, int] = {}
    log: list[dict[str, Any]] = []
    for name in SYNCED_TABLES:
        rows = data.get(name, ())
        if not rows:
            continue
        table = T.metadata.tables[name]
        prepared = []
        for r in rows:
            hid = r["id"] if name == "household" else r.get("household_id")
            prepared.append(_row(table, r, now))
            log.append(
                {
                    "seq": seq,
                    "table_name": name,
                    "record_id": r["id"],
                    "household_id": hid,
                    "grid_code": r["village_code"] if name in VILLAGE_TABLES else grids[hid],
                    "prev_grid_code": None,
                    "committed_at": now,
                }
            )
            seq += 1
        bulk_insert(conn, table, prepared)
        counts[name] = len(prepared)
    points.written(conn, {n: data.get(n, []) for n in ("points_entry", "stock_move")})
    bulk_insert(conn, tb.change_log, log)
    return counts


def bulk_insert(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], copy_from: int = 50
) -> None:
    """Insert rows (dicts with the table's columns; missing ones are NULL): executemany, or on
    PostgreSQL ``COPY FROM STDIN`` from ``copy_from`` rows on (several times faster)."""
    if not rows:
        return
    if conn.dialect.name != "postgresql" or len(rows) < copy_from:
        conn.execute(table.insert(), list(rows))
        return
    cols = [c.name for c in table.columns]
    json_at = [i for i, c in enumerate(table.columns) if c.type.__class__.__name__ == "JSON"]
    raw: Any = conn.connection.driver_connection
    with (
        raw.cursor() as cur,
        cur.copy(f'COPY "{table.name}" ({", ".join(cols)}) FROM STDIN') as copy,
    ):
        # psycopg adapts dates, datetimes, numbers and None itself; only JSON needs text.
        for r in rows:
            values = [r.get(c) for c in cols]
            for i in json_at:
                values[i] = codec.json_serializer(values[i])
            copy.write_row(values)
