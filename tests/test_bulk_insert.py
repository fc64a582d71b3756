"""bulk.insert_rows stores exactly what SQLAlchemy's executemany stores (every synced table:
dates, date-times, booleans, JSON, NULLs and column defaults), byte for byte."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from gridworker import demo
from gridworker.schema import SYNCED_TABLES
from gridworker.store import bulk
from gridworker.store.store import Store
from gridworker.wire import codec

from tests.conftest import FAST_KDF


def _photos(county: demo.DemoCounty) -> list[dict[str, Any]]:
    """Photo records of some visits (the demo data has none): NULLs, a date-time, defaults."""
    return [
        {
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "household_id": v["household_id"],
            "visit_id": v["id"],
            "question": ("housing", "water")[i % 2],
            "phase": None,
            "sha256": f"{i:064x}",
            "thumb_sha256": f"{i + 1:064x}",
            "size": 1000 + i,
            "width": 1600,
            "height": 1200,
            "taken_at": datetime(2026, 11, 1, 9, i % 60, 5) if i % 3 else None,
            "attached_at": datetime(2026, 11, 1, 10, 0, i % 60),
            "attached_by": "gw",
        }
        for i, v in enumerate(county.visits[:30])
    ]


def _rows(name: str, county: demo.DemoCounty) -> list[dict[str, Any]]:
    source = {
        "household": county.households,
        "member": county.members,
        "visit": county.visits,
        "problem": county.problems,
        "measure": county.measures,
        "monitoring_event": county.monitoring_events,
        "photo": _photos(county),
        "points_entry": county.points_entries,
        "shop_item": county.shop_items,
        "stock_move": county.stock_moves,
    }[name]
    now = datetime(2026, 11, 30, 8, 30, 1, 250)
    chain = (lambda r: {"root_id": r["id"]}) if name == "visit" else (lambda r: {})
    rows = [
        {
            **chain(r),
            **r,
            "version": 1,
            "deleted": i % 7 == 0,
            "sync_state": "synced",
            "sync_error": None,
            "created_at": now,
            "updated_at": now,
            "local_rev": i,
        }
        for i, r in enumerate(source)
    ]
    for r in rows:
        codec.seal(name, r)
    return rows


def _dump(store: Store, name: str) -> list[tuple[Any, ...]]:
    raw: Any = store.engine.raw_connection()
    try:
        cols = [c.name for c in store.t.metadata.tables[name].columns]
        sel = ", ".join(f"typeof({c}), {c}" for c in cols)
        return list(raw.execute(f'SELECT {sel} FROM "{name}" ORDER BY id').fetchall())
    finally:
        raw.close()


def test_insert_rows_equals_sqlalchemy(tmp_path: Path) -> None:
    county = demo.generate(300, seed=4)
    a = Store.create(tmp_path / "a", "pw-a", kdf=FAST_KDF)
    b = Store.create(tmp_path / "b", "pw-b", kdf=FAST_KDF)
    try:
        for name in SYNCED_TABLES:
            rows = _rows(name, county)
            assert rows, name
            t = a.t.metadata.tables[name]
            with a.write() as conn:
                conn.execute(t.insert(), [{**r} for r in rows])
            with b.write() as conn:
                bulk.insert_rows(conn, b.t.metadata.tables[name], rows)
            assert _dump(a, name) == _dump(b, name), name
    finally:
        a.close()
        b.close()
