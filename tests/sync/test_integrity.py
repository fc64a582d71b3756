"""Device and server agree on every record's content (issue 13, items 1, 2, 3, 11): a change is
always sent, content that differs is found by the sanity check and repaired, and what an older
release stored (a far-dated visit, a NaN) cannot break a device or a strict client."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select, update

from gridworker.server import db, load
from gridworker.server import tables as tb
from gridworker.store import households, records, roster
from gridworker.store.errors import StoreError
from gridworker.store.settings import settings_for
from gridworker.store.store import Store
from gridworker.sync.engine import sync_once
from gridworker.wire import codec

from tests.conftest import FAST_KDF
from tests.factories import family
from tests.server.fixtures import GRID_A, PASSWORD, Live, enroll_device, seed, thread_server
from tests.sync.helpers import add_visit, edit, hashed_rows, snapshot

USERS = {"gw_a": GRID_A, "gw_a2": GRID_A}


@pytest.fixture
def server(db_url: str) -> Iterator[Live]:
    engine = db.make_engine(db_url)
    with thread_server(engine) as url:
        yield Live(url, engine)
    engine.dispose()


def _server_row(live: Live, table: str, rid: str) -> dict[str, Any]:
    t = tb.T.metadata.tables[table]
    with live.engine.connect() as conn:
        return dict(conn.execute(select(t).where(t.c.id == rid)).mappings().one())


def _device_row(store: Store, table: str, rid: str) -> dict[str, Any]:
    t = store.t.metadata.tables[table]
    with store.read() as conn:
        return dict(conn.execute(select(t).where(t.c.id == rid)).mappings().one())


def _same_everywhere(store: Store, live: Live) -> None:
    """Every record the device holds is on the server with the same version and content."""
    mine = snapshot(store)
    with live.engine.connect() as conn:
        for name, rows in mine.items():
            theirs = hashed_rows(conn, tb.T.metadata.tables[name])
            assert {k: theirs[k] for k in rows} == rows, name


def test_a_renamed_head_reaches_the_server(server: Live, tmp_path: Path) -> None:
    """Item 1: renaming the 户主 changes the household's head_name, and that change is sent."""
    seed(server.engine, users=USERS)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        sync_once(a)
        with a.write() as conn:
            hid = households.create_household(
                conn,
                {
                    "number": "900",
                    "grid_code": GRID_A,
                    "address": "东组",
                    "household_type": "普通农户",
                },
                family(),
                DAY,
            )
        assert sync_once(a).sanity_ok is True
        assert _server_row(server, "household", hid)["head_name"] == "张三"
        with a.write() as conn:
            head = next(m for m in households.member_rows(conn, hid) if m["relationship"] == "户主")
            households.save_member(conn, hid, {"id": head["id"], "name": "张三丰"}, DAY)
        assert _device_row(a, "household", hid)["sync_state"] == "changed"
        r = sync_once(a)
        assert r.applied == 2 and r.sanity_ok is True  # the member and its household
        row = _server_row(server, "household", hid)
        assert (row["head_name"], row["version"], row["recorded_by"]) == ("张三丰", 2, "gw_a")
        _same_everywhere(a, server)
    finally:
        a.close()


DAY = date(2026, 11, 1)


def test_content_that_differs_is_found_and_repaired(server: Live, tmp_path: Path) -> None:
    """The sanity check compares content, not only ids and versions: a device record whose
    content is not the server's (a hole no guard saw: here a write that hashed but did not mark
    the record for sync) is found by the next sync and replaced by the server's."""
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    a2 = enroll_device(tmp_path / "a2", server.url, "gw_a2")
    try:
        assert sync_once(a).sanity_ok is True
        h = a.t.household
        with a.write() as conn:
            row = {**_device_row(a, "household", hid), "address": "本机私改"}
            conn.execute(
                update(h)
                .where(h.c.id == hid)
                .values(address="本机私改", content_hash=codec.seal("household", row))
            )
        sync_once(a2)
        add_visit(a2, hid)  # something new for a's next sync (it then checks)
        sync_once(a2)
        r = sync_once(a)
        assert r.repaired == ["household"] and r.sanity_ok is True
        assert (
            _device_row(a, "household", hid)["address"]
            == _server_row(server, "household", hid)["address"]
        )
        _same_everywhere(a, server)
    finally:
        a.close()
        a2.close()


def test_a_repair_pull_rewrites_nothing_the_device_already_holds(
    server: Live, tmp_path: Path
) -> None:
    """A repair pull of the visit table sends back the device's own visits too: their content is
    the device's (same hash), so only the bookkeeping is written — not the same answers in
    another JSON spelling, which the store's guard would take for a raw write."""
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    a2 = enroll_device(tmp_path / "a2", server.url, "gw_a2")
    try:
        sync_once(a)
        mine = add_visit(a, hid, note="本机的走访")
        sync_once(a)
        theirs = add_visit(a2, hid)
        sync_once(a2)
        sync_once(a)
        with a.write() as conn:  # tamper: a pulled visit vanishes from the device
            conn.execute(a.t.visit.delete().where(a.t.visit.c.id == theirs))
        edit(a2, "household", hid, address="新地址")  # something for a's next sync to pull
        sync_once(a2)
        before = _device_row(a, "visit", mine)
        r = sync_once(a)
        assert r.repaired == ["visit"] and r.sanity_ok is True
        assert _device_row(a, "visit", mine) == before  # not rewritten
        assert _device_row(a, "visit", theirs)["sync_state"] == "synced"
        with a.write() as conn:  # and saving the same content again is no change at all
            records.update(conn, a.t.visit, mine, {"answers": {**before["answers"]}})
        assert _device_row(a, "visit", mine) == before
    finally:
        a.close()
        a2.close()


def test_the_servers_worker_name_comes_back(server: Live, tmp_path: Path) -> None:
    """A visit whose worker name the server replaced (from its user table) differs from the
    device's copy: the check finds it and the device takes the server's."""
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        sync_once(a)
        vid = add_visit(a, hid)
        v = a.t.visit
        with a.write() as conn:  # (as a device enrolled before the admin renamed the user)
            row = {**_device_row(a, "visit", vid), "worker_name": "旧名字"}
            conn.execute(
                update(v)
                .where(v.c.id == vid)
                .values(worker_name="旧名字", content_hash=codec.seal("visit", row))
            )
        r = sync_once(a)
        assert r.applied == 1 and r.repaired == ["visit"] and r.sanity_ok is True
        assert _device_row(a, "visit", vid)["worker_name"] == "gw_a"  # the user table's
        _same_everywhere(a, server)
    finally:
        a.close()


def _stored_by_an_older_release(live: Live, hid: str, **fields: Any) -> str:
    """A visit holding ``fields`` as a release that did not check them stored it (hashed as the
    upgrade to server revision 0005 hashes what it finds)."""
    vid = str(uuid.uuid4())
    row = {
        "id": vid,
        "household_id": hid,
        "root_id": vid,
        "checklist_version": "2022.1",
        "visit_date": date(2026, 11, 1),
        "status": "completed",
        "answers": {"household": {}, "members": {}},
        "worker": "gw_a",
        "worker_name": "gw_a",
    }
    v = tb.T.visit
    with db.write(live.engine) as conn:
        load.insert_records(conn, {"visit": [row]})
        conn.execute(update(v).where(v.c.id == vid).values(**fields))
        stored = conn.execute(select(v).where(v.c.id == vid)).mappings().one()
        conn.execute(
            update(v)
            .where(v.c.id == vid)
            .values(content_hash=codec.record_hash("visit", stored, False, strict=False))
        )
    return vid


def test_a_far_dated_visit_does_not_break_the_roster(server: Live, tmp_path: Path) -> None:
    """Item 2, the device half: 9999-12-31 stored by an older server reaches the device; the
    roster still loads (the household is simply not due)."""
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    _stored_by_an_older_release(server, hid, visit_date=date(9999, 12, 31))
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        assert sync_once(a).sanity_ok is True
        today = date(2026, 12, 1)
        with a.read() as conn:
            settings = settings_for(conn, GRID_A, today)
            rows = {r.id: r for r in roster.list_households(conn, GRID_A, today, settings)}
            due = roster.due_households(conn, GRID_A, today, settings)
        assert rows[hid].last_contact == date(9999, 12, 31)
        assert (rows[hid].due_on, rows[hid].status) == (date.max, "ok")
        assert hid not in {r.id for r in due} and len(rows) == 3
        status = roster.visit_status(
            {
                "long_absent": False,
                "last_home": date(9999, 12, 31),
                "household_type": "普通农户",
                "monitor_type": None,
                "created_at": None,
            },
            today,
            settings,
        )
        assert status[1:] == (date.max, "ok")
        assert roster.after(date(2026, 1, 1), timedelta(days=30)) == date(2026, 1, 31)
    finally:
        a.close()


def _reject_constants(name: str) -> Any:
    raise ValueError(f"not strict JSON: {name}")


def test_a_stored_nan_is_never_served_raw(server: Live, tmp_path: Path) -> None:
    """Item 3, the serving half: a NaN an older release stored goes out as null, so /pull is
    strict JSON, and the device stores (and hashes) what it was sent."""
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    bad: dict[str, Any] = {"per_capita_income": float("nan")}
    if server.engine.dialect.name == "sqlite":  # (PostgreSQL's json type refuses NaN itself)
        bad["derived"] = {"x": float("inf"), "ok": 1}
    vid = _stored_by_an_older_release(server, hid, **bad)
    r = requests.post(
        server.url + "/api/v1/enroll", json={"username": "gw_a", "password": PASSWORD}, timeout=30
    )
    token = r.json()["token"]
    body = requests.get(
        server.url + "/api/v1/pull",
        params={"after": 0},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    ).text
    page = json.loads(body, parse_constant=_reject_constants)
    pulled = next(x for x in page["records"] if x["id"] == vid)
    assert pulled["fields"]["per_capita_income"] is None
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        sync_once(a)
        row = _device_row(a, "visit", vid)
        assert row["per_capita_income"] is None
        assert row["content_hash"] == codec.record_hash("visit", row, False)
    finally:
        a.close()


def test_a_refused_record_is_not_sent_again_and_again(server: Live, tmp_path: Path) -> None:
    """Item 11: a record the server cannot take (a NUL in a name) is refused on its own — no
    server error for the batch — quarantined on the device, and not sent again."""
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    mid = next(m["id"] for m in data["member"] if m["household_id"] == hid)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        sync_once(a)
        edit(a, "member", mid, name="坏\x00名")
        vid = add_visit(a, hid)  # a good record in the same batch
        r = sync_once(a)
        assert (r.applied, r.quarantined) == (1, 1), r
        assert _device_row(a, "member", mid)["sync_state"] == "error"
        assert _server_row(server, "visit", vid)["worker"] == "gw_a"
        again = sync_once(a)
        assert again.sent == 0 and again.sanity_ok in (None, True)
    finally:
        a.close()


def test_server_revision_0005_hashes_what_older_releases_stored(
    server: Live, tmp_path: Path
) -> None:
    """Records stored before the content hash get theirs (and recorded_by) at the upgrade,
    and a device then agrees with the server on all of them."""
    from gridworker.server import migrate

    seed(server.engine, users=USERS)
    with server.engine.begin() as conn:
        for name in ("household", "member"):
            t = tb.T.metadata.tables[name]
            conn.execute(update(t).values(content_hash=None, recorded_by=None))
        db.set_kv(conn, migrate.HASHED, False)
    assert migrate.upgrade(server.engine) == 12  # 6 households, 6 members
    with server.engine.connect() as conn:
        for name in ("household", "member"):
            hashed_rows(conn, tb.T.metadata.tables[name])  # (asserts each stored hash)
            t = tb.T.metadata.tables[name]
            assert set(conn.execute(select(t.c.recorded_by)).scalars()) == {"import"}
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        assert sync_once(a).sanity_ok is True
        _same_everywhere(a, server)
    finally:
        a.close()


def test_the_store_refuses_a_raw_write_of_a_synced_record(tmp_path: Path) -> None:
    """Item 1 at its root: a write to a synced table that bypasses store.records — content
    changed, no new hash — is refused by the store itself."""
    store = Store.create(tmp_path / "s", "pw", kdf=FAST_KDF)
    try:
        with store.write() as conn:
            hid = households.create_household(
                conn,
                {"number": "1", "grid_code": GRID_A, "address": "东", "household_type": "普通农户"},
                family(),
                DAY,
            )
        h = store.t.household
        with pytest.raises(StoreError, match=r"outside store\.records"), store.write() as conn:
            conn.execute(update(h).where(h.c.id == hid).values(head_name="别人"))
        with pytest.raises(StoreError, match="without a content hash"), store.write() as conn:
            conn.execute(
                h.insert().values(
                    id=str(uuid.uuid4()),
                    number="2",
                    grid_code=GRID_A,
                    created_at=DAY,
                    updated_at=DAY,
                )
            )
        assert _device_row(store, "household", hid)["head_name"] == "张三"
    finally:
        store.close()
