"""Loading many synced records at once into a report database (tests, benchmarks, demo data).

``complete_row`` fills a row's bookkeeping columns for the side it is written to (as records the
server has accepted: version 1, deleted False, on a device the ``synced`` state, the content
hash; a visit without a chain is the first of its own). ``insert_records`` writes with plain
executemany (any dialect); ``copy_records`` uses PostgreSQL ``COPY`` through psycopg 3, which
loads millions of visits in minutes — the server's ``demo-data`` command can reuse it. Both also
write the derived ``visit_work`` rows and then rebuild ``visit_superseded``, ``visit_counted``,
``household_check`` and ``member_id_duplicate`` (gridworker.reports.facts, .checks).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table

from gridworker.reports.checks import rebuild_checks
from gridworker.reports.facts import rebuild_chains, work_rows
from gridworker.schema import SYNCED_TABLES, Tables
from gridworker.wire import codec

ORDER = ("region", "setting", *SYNCED_TABLES)
BATCH = 5000
COPY_BATCH = 50_000


def complete_row(table: Table, row: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    cols = table.c
    out = {k: v for k, v in row.items() if k in cols}
    if "deleted" in cols:
        out.setdefault("created_at", now)
        out.setdefault("updated_at", out["created_at"])
        out.setdefault("deleted", False)
        out.setdefault("version", 1)
    if "sync_state" in cols:
        out.setdefault("sync_state", "synced")
        out.setdefault("local_rev", 1)
    for c in table.columns:  # defaults the schema declares (plain values and callables)
        if c.name not in out and c.default is not None and c.name != "id":
            arg = c.default.arg  # type: ignore[attr-defined]
            out[c.name] = arg(None) if callable(arg) else arg
    if table.name == "visit":
        out.setdefault("root_id", out["id"])
        out.setdefault("revision_of", None)
    if table.name in SYNCED_TABLES:
        codec.seal(table.name, out)
    return out


def _chunks(rows: Iterable[dict[str, Any]], n: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(islice(it, n)):
        yield chunk


def _prepared(
    tables: Tables, data: Mapping[str, Iterable[Mapping[str, Any]]]
) -> Iterator[tuple[Table, Iterable[dict[str, Any]]]]:
    now = datetime.now(UTC).replace(tzinfo=None)
    for name in ORDER:
        if name not in data:
            continue
        table = tables.metadata.tables[name]
        yield table, (complete_row(table, r, now) for r in data[name])


def insert_records(
    conn: Connection,
    tables: Tables,
    data: Mapping[str, Iterable[Mapping[str, Any]]],
) -> dict[str, int]:
    """Insert ``data`` ({table: rows}) with executemany; returns rows per table."""
    counts: dict[str, int] = {}
    work = tables.metadata.tables["visit_work"]
    for table, rows in _prepared(tables, data):
        n = 0
        for chunk in _chunks(rows):
            conn.execute(table.insert(), chunk)
            n += len(chunk)
            if table.name == "visit":
                wrows = [w for v in chunk for w in work_rows(v)]
                if wrows:
                    conn.execute(work.insert(), wrows)
                counts["visit_work"] = counts.get("visit_work", 0) + len(wrows)
        counts[table.name] = n
    rebuild_chains(conn)
    rebuild_checks(conn)
    return counts


def _copy_value(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def copy_records(
    conn: Connection,
    tables: Tables,
    data: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    derive: bool = True,
) -> dict[str, int]:
    """Like :func:`insert_records`, through PostgreSQL ``COPY … FROM STDIN`` (psycopg 3).

    ``derive=False`` skips rebuilding the derived tables that span records (call
    ``facts.rebuild_chains`` and ``checks.rebuild_checks`` once after the last chunk)."""
    raw = conn.connection.driver_connection
    counts: dict[str, int] = {}
    work = tables.metadata.tables["visit_work"]
    work_cols = [c.name for c in work.columns]
    with raw.cursor() as cur:  # type: ignore[union-attr]
        for table, rows in _prepared(tables, data):
            names = [c.name for c in table.columns]
            n = 0
            for chunk in _chunks(rows, COPY_BATCH):
                with cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as cp:
                    for row in chunk:
                        cp.write_row([_copy_value(row.get(c)) for c in names])
                n += len(chunk)
                if table.name == "visit":
                    wrows = [w for v in chunk for w in work_rows(v)]
                    with cur.copy(f"COPY visit_work ({', '.join(work_cols)}) FROM STDIN") as cp:
                        for w in wrows:
                            cp.write_row([w[c] for c in work_cols])
                    counts["visit_work"] = counts.get("visit_work", 0) + len(wrows)
            counts[table.name] = n
    if derive:
        rebuild_chains(conn)
        rebuild_checks(conn)
    return counts
