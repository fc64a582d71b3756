"""The points ledger and the shop's stock as numbers: balances, stock levels, and the check that
every stored balance equals its ledger's sum (run after every sync, on the device and the
server, as the digests are for records).

An entry counts in its household's balance unless it is ``pending`` (an award awaiting the
village review) or a tombstone (never written: the ledger is append-only). A stock move counts
in its item's level; on the device, a record the server refused for good (quarantined) counts
in neither. On the device SQLite triggers keep ``points_balance`` and ``stock_level``
(migration 0007: every writer — the app, a sync pull, a repair — keeps them without knowing);
the server's push calls :func:`add_balances` and :func:`add_stock`. Queries are dialect-neutral.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Table, and_, func, select
from sqlalchemy.dialects import postgresql, sqlite

from gridworker.schema import Tables


def _live(t: Table) -> Any:
    """Not a tombstone, and on the device not refused by the server for good (quarantined)."""
    alive = t.c.deleted.is_(False)
    return and_(alive, t.c.sync_state != "error") if "sync_state" in t.c else alive


def _counts(t: Table) -> Any:
    return and_(t.c.pending.is_(False), _live(t))


def entry_delta(row: Mapping[str, Any]) -> int:
    """What an entry adds to its household's balance."""
    return 0 if row.get("pending") or row.get("deleted") else int(row["points"])


def balances(conn: Connection, tables: Tables, household_ids: Iterable[str]) -> dict[str, int]:
    b = tables.metadata.tables["points_balance"]
    ids = list(household_ids)
    out = {h: 0 for h in ids}
    for i in range(0, len(ids), 900):
        q = select(b.c.household_id, b.c.balance).where(b.c.household_id.in_(ids[i : i + 900]))
        out.update({r.household_id: int(r.balance) for r in conn.execute(q)})
    return out


def balance(conn: Connection, tables: Tables, household_id: str) -> int:
    return balances(conn, tables, [household_id])[household_id]


def stock_levels(conn: Connection, tables: Tables, item_ids: Iterable[str]) -> dict[str, int]:
    s = tables.metadata.tables["stock_level"]
    ids = list(item_ids)
    out = {i: 0 for i in ids}
    for k in range(0, len(ids), 900):
        q = select(s.c.item_id, s.c.quantity).where(s.c.item_id.in_(ids[k : k + 900]))
        out.update({r.item_id: int(r.quantity) for r in conn.execute(q)})
    return out


def _upsert(conn: Connection, table: Table, key: str, col: str, deltas: Mapping[str, int]) -> None:
    rows = [{key: k, col: d} for k, d in deltas.items() if d]
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    ins = dialect.insert(table)
    stmt = ins.on_conflict_do_update(
        index_elements=[table.c[key]], set_={col: table.c[col] + ins.excluded[col]}
    )
    conn.execute(stmt, rows)


def add_balances(conn: Connection, tables: Tables, entries: Iterable[Mapping[str, Any]]) -> None:
    """Add newly written ledger entries to their households' balances (server side)."""
    deltas: dict[str, int] = {}
    for e in entries:
        deltas[e["household_id"]] = deltas.get(e["household_id"], 0) + entry_delta(e)
    _upsert(conn, tables.metadata.tables["points_balance"], "household_id", "balance", deltas)


def add_stock(conn: Connection, tables: Tables, moves: Iterable[Mapping[str, Any]]) -> None:
    """Add newly written stock moves to their items' levels (server side)."""
    deltas: dict[str, int] = {}
    for m in moves:
        if not m.get("deleted"):
            deltas[m["item_id"]] = deltas.get(m["item_id"], 0) + int(m["quantity"])
    _upsert(conn, tables.metadata.tables["stock_level"], "item_id", "quantity", deltas)


def ledger_sums(conn: Connection, tables: Tables) -> dict[str, int]:
    t = tables.points_entry
    q = select(t.c.household_id, func.sum(t.c.points)).where(_counts(t)).group_by(t.c.household_id)
    return {h: int(s or 0) for h, s in conn.execute(q)}


def stock_sums(conn: Connection, tables: Tables) -> dict[str, int]:
    t = tables.stock_move
    q = select(t.c.item_id, func.sum(t.c.quantity)).where(_live(t)).group_by(t.c.item_id)
    return {i: int(s or 0) for i, s in conn.execute(q)}


def mismatches(conn: Connection, tables: Tables) -> list[str]:
    """Every stored balance and stock level that differs from its ledger's sum (Chinese lines;
    empty when all agree). A stored zero with no entries agrees."""
    out: list[str] = []
    for name, sums, table, key, col, what in (
        ("points", ledger_sums(conn, tables), "points_balance", "household_id", "balance", "户"),
        ("stock", stock_sums(conn, tables), "stock_level", "item_id", "quantity", "物品"),
    ):
        t = tables.metadata.tables[table]
        stored = {r[0]: int(r[1]) for r in conn.execute(select(t.c[key], t.c[col]))}
        for k in sorted(set(sums) | set(stored)):
            if sums.get(k, 0) != stored.get(k, 0):
                label = "积分余额" if name == "points" else "库存"
                out.append(
                    f"{what} {k} 的{label} {stored.get(k, 0)} 与台账合计 {sums.get(k, 0)} 不符"
                )
    return out


def months_before(on: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day where it has fewer)."""
    y, m = divmod(on.year * 12 + on.month - 1 - months, 12)
    m += 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(on.day, last))


def expirable(entries: Iterable[Mapping[str, Any]], cutoff: date) -> int:
    """Points of a household that expire at ``cutoff``: what it gained before that day and has
    not spent since (spending takes the oldest points first). ``entries``: the household's
    counted entries (``entry_date``, ``points``; pending and refused ones left out)."""
    old = sum(int(e["points"]) for e in entries if e["points"] > 0 and e["entry_date"] < cutoff)
    spent = -sum(int(e["points"]) for e in entries if e["points"] < 0)
    return max(0, old - spent)


def counted_entries(conn: Connection, tables: Tables, household_id: str) -> list[dict[str, Any]]:
    t = tables.points_entry
    q = select(t.c.entry_date, t.c.points).where(t.c.household_id == household_id, _counts(t))
    return [dict(r) for r in conn.execute(q).mappings()]
