"""The push body as collected: each change's JSON, spliced from the stored JSON text of its JSON
columns, says exactly what encoding the parsed row says (every synced table, demo data)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from gridworker import demo
from gridworker.demo_accounts import _scope_rows
from gridworker.schema import SYNCED_TABLES
from gridworker.store import bulk, photos
from gridworker.store.store import Store
from gridworker.sync import collect
from gridworker.wire import codec

from tests.photo_files import tiny_photo


def test_spliced_changes_equal_encoded_rows(store: Store) -> None:
    county = demo.generate(300, seed=3)
    bulk.load(store, _scope_rows(county, county.households[0]["grid_code"][:6]), synced=False)
    with store.write() as conn:  # (the demo data has no photos)
        v = conn.execute(select(store.t.visit).limit(1)).mappings().one()
        photos.add(conn, v["household_id"], tiny_photo(), "w", visit_id=v["id"], question="water")
    with store.read() as conn:
        rows = {
            (name, r["id"]): dict(r)
            for name in SYNCED_TABLES
            for r in conn.execute(select(store.t.metadata.tables[name])).mappings()
        }
    assert {name for name, _ in rows} == set(SYNCED_TABLES)  # every table has rows to check

    items = collect.collect(store)
    sent = [o for batch in collect.batches(store, "dev-1", items) for o in batch]
    assert len(sent) == len(rows)
    for out in sent:
        r = rows[(out.table, out.id)]
        expected: dict[str, Any] = {
            "change_id": f"dev-1:{r['id']}:{r['version']}:{r['local_rev']}",
            "table": out.table,
            "id": r["id"],
            "base_version": r["version"],
            "deleted": bool(r["deleted"]),
            "fields": codec.encode(out.table, r),
        }
        assert json.loads(out.raw) == expected
        assert out.change_id == expected["change_id"]
    with store.read() as conn:
        states = {
            s
            for name in SYNCED_TABLES
            for s in conn.execute(select(store.t.metadata.tables[name].c.sync_state)).scalars()
        }
    assert states == {"uploading"}
