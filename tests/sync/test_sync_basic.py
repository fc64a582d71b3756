"""Two devices against a live server (SQLite and PostgreSQL): enrol, pull, push, merge,
conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from gridworker.server import tables as tb
from gridworker.store.households import household_search_key
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, Live, enroll_device, seed
from tests.sync.helpers import add_household, add_visit, attachments, edit, png, snapshot


def _search_keys(store: Any) -> dict[str, str]:
    s = store.t.metadata.tables["household_search"]
    with store.read() as conn:
        return {r.household_id: r.key for r in conn.execute(select(s))}


def _expected_keys(store: Any) -> dict[str, str]:
    h, m = store.t.household, store.t.member
    with store.read() as conn:
        members = [
            dict(r) for r in conn.execute(select(m).where(m.c.deleted.is_(False))).mappings()
        ]
        return {
            r["id"]: household_search_key(
                dict(r), [x for x in members if x["household_id"] == r["id"]]
            )
            for r in conn.execute(select(h).where(h.c.deleted.is_(False))).mappings()
        }


def test_enrol_first_sync_push_and_merge(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    a2 = enroll_device(tmp_path / "a2", live.url, "gw_a2")
    try:
        r = sync_once(a)
        assert r.received == 6  # 3 households + 3 members of grid A
        assert r.sanity_ok is True
        assert len(_search_keys(a)) == 3 and _search_keys(a) == _expected_keys(a)
        sync_once(a2)
        hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
        # different fields on two devices merge; the same field conflicts, later arrival wins
        edit(a, "household", hid, phone="13800000001", address="甲改")
        edit(a2, "household", hid, address="乙改", risk_remark="备注")
        vid = add_visit(a, hid, signature=png(1))
        new_h = add_household(a2, GRID_A, "99")
        ra = sync_once(a)
        assert ra.applied == 2 and ra.conflicts == 0 and ra.attachments_up == 1
        rb = sync_once(a2)
        assert rb.conflicts == 1 and rb.applied == 3
        sync_once(a)
        with live.engine.connect() as conn:
            row = conn.execute(select(tb.T.household).where(tb.T.household.c.id == hid)).one()
            assert (row.phone, row.address, row.risk_remark) == ("13800000001", "乙改", "备注")
            conflicts = conn.execute(select(tb.conflict)).all()
            assert [(c.field, c.first_value, c.second_value) for c in conflicts] == [
                ("address", "甲改", "乙改")
            ]
        assert snapshot(a) == snapshot(a2)
        assert attachments(a) == attachments(a2) and len(attachments(a)) == 1
        for device in (a, a2):  # search keys: first sync (bulk, rebuilt at the end) and later
            assert _search_keys(device) == _expected_keys(device)
        with a.read() as conn:
            v = conn.execute(select(a.t.visit).where(a.t.visit.c.id == vid)).one()
            assert v.sync_state == "synced" and v.version == 1
            assert (
                conn.execute(select(a.t.household.c.id).where(a.t.household.c.id == new_h)).first()
                is not None
            )
        with a2.read() as conn:
            issues = conn.execute(select(a2.t.metadata.tables["sync_issue"])).all()
            assert [(i.kind, i.field) for i in issues] == [("conflict", "address")]
        # nothing to do: a cheap round trip
        r3 = sync_once(a)
        assert r3.nothing_to_do and r3.sent == 0 and r3.received == 0
    finally:
        a.close()
        a2.close()


def test_scope_is_enforced(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    b = enroll_device(tmp_path / "b", live.url, "gw_b")
    try:
        sync_once(b)
        snap = snapshot(b)
        assert all(
            h["id"] not in snap["household"] for h in data["household"] if h["grid_code"] == GRID_A
        )
        # a forged household from grid A: the record is refused, nothing stored
        foreign = next(h for h in data["household"] if h["grid_code"] == GRID_A)
        with b.write() as conn:
            from gridworker.store import records

            records.insert(
                conn,
                b.t.household,
                {
                    "id": foreign["id"],
                    "number": "x",
                    "grid_code": GRID_A,
                    "address": "伪造",
                    "household_type": "普通农户",
                    "no_labour_guarantee": False,
                    "long_absent": False,
                    "risk_codes": [],
                    "head_name": "",
                },
            )
        r = sync_once(b)
        assert r.quarantined == 1
        with live.engine.connect() as conn:
            addr = conn.execute(
                select(tb.T.household.c.address).where(tb.T.household.c.id == foreign["id"])
            ).scalar()
        assert addr == foreign["address"]
    finally:
        b.close()
