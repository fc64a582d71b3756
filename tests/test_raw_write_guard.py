"""The store's guard (migration 0005): no column of a synced record can change without a new
content hash — the mark of a write through store.records or a sync pull — and every synced
table and column is covered, including ones added later."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, select, text, update

from gridworker import demo
from gridworker.demo_accounts import _scope_rows
from gridworker.schema import SYNCED_TABLES
from gridworker.store import bulk, photos
from gridworker.store.errors import StoreError
from gridworker.store.store import Store
from gridworker.wire import codec

from tests.photo_files import tiny_photo


def test_the_guard_covers_every_wire_column(store: Store) -> None:
    """A column added to a synced table without a guard fails here: the migration that adds it
    must recreate the table's triggers (as 0005 wrote them) with the new column."""
    with store.read() as conn:
        triggers = dict(
            conn.execute(
                select(text("name"), text("sql"))
                .select_from(text("sqlite_master"))
                .where(text("type = 'trigger'"))
            ).all()
        )
    for name in SYNCED_TABLES:
        ddl = triggers[f"{name}_raw_update"]
        watched = ddl.split(" UPDATE OF ", 1)[1].split(" ON ", 1)[0]
        assert {c.strip() for c in watched.split(",")} == {*codec.WIRE_COLUMNS[name], "deleted"}
        assert f"{name}_raw_insert" in triggers


def _other(value: Any, kind: Any) -> Any:
    """A different value of the column's type."""
    if isinstance(kind, Boolean):
        return not value
    if isinstance(kind, Integer):
        return (value or 0) + 1
    if isinstance(kind, Float):
        return (value or 0.0) + 1.5
    if isinstance(kind, DateTime):
        return datetime(2021, 1, 2, 3, 4, 5)
    if isinstance(kind, Date):
        return date(2021, 1, 2) if value != date(2021, 1, 2) else date(2021, 1, 3)
    if isinstance(kind, JSON):
        return ["01"] if value != ["01"] else ["02"]
    return "改" if value != "改" else "再改"


@pytest.mark.parametrize("name", SYNCED_TABLES)
def test_a_raw_change_of_any_column_is_refused(store: Store, name: str) -> None:
    county = demo.generate(60, seed=5)
    bulk.load(store, _scope_rows(county, county.households[0]["grid_code"][:6]))
    if name == "photo":  # (the demo data has no photos)
        with store.write() as conn:
            v = conn.execute(select(store.t.visit).limit(1)).mappings().one()
            photos.add(conn, v["household_id"], tiny_photo(), "w", visit_id=v["id"])
    t = store.t.metadata.tables[name]
    with store.read() as conn:
        row = dict(conn.execute(select(t).limit(1)).mappings().one())
    for col in [*codec.WIRE_COLUMNS[name], "deleted"]:
        value = _other(row[col], t.c[col].type)
        with pytest.raises(StoreError, match="not marked for sync"), store.write() as conn:
            conn.execute(update(t).where(t.c.id == row["id"]).values({col: value}))
    with store.read() as conn:  # nothing changed
        assert dict(conn.execute(select(t).where(t.c.id == row["id"])).mappings().one()) == row
    # bookkeeping alone may change (collect, acknowledge), and a change that brings its hash
    with store.write() as conn:
        conn.execute(update(t).where(t.c.id == row["id"]).values(sync_state="uploading"))
        col = codec.WIRE_COLUMNS[name][-1]
        moved = {**row, col: _other(row[col], t.c[col].type)}
        conn.execute(
            update(t)
            .where(t.c.id == row["id"])
            .values({col: moved[col], "content_hash": codec.seal(name, moved)})
        )
