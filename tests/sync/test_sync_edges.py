"""Sync edge cases against a real server on loopback (SQLite; uvicorn in-process for speed, a
`gridworker-server serve` process for the 426 case): a household moved between grids, repair
after a digest mismatch, a resumed attachment upload, and the 426 answer for a too-old app."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import delete, select

from gridworker.server import admin, db
from gridworker.server import tables as tb
from gridworker.sync import state
from gridworker.sync.client import AppTooOld, SyncError
from gridworker.sync.engine import sync_once
from gridworker.wire.protocol import VERSION_HEADER

from tests.server.fixtures import (
    GRID_A,
    GRID_B,
    PASSWORD,
    Live,
    enroll_device,
    process_server,
    seed,
    thread_server,
)
from tests.sync.helpers import add_visit, edit, png

VILLAGE = GRID_A[:12]
USERS = {"gw_a": GRID_A, "gw_a2": GRID_A, "gw_b": GRID_B, "gw_v": VILLAGE}


@pytest.fixture
def server(sqlite_template: Path, tmp_path: Path) -> Iterator[Live]:
    path = tmp_path / "server.db"
    shutil.copy(sqlite_template, path)
    engine = db.make_engine(str(path))
    with thread_server(engine) as url:
        yield Live(url, engine)
    engine.dispose()


def _ids(store: object, table: str) -> set[str]:
    t = store.t.metadata.tables[table]  # type: ignore[attr-defined]
    with store.read() as conn:  # type: ignore[attr-defined]
        return set(conn.execute(select(t.c.id)).scalars())


def test_household_moved_between_grids(server: Live, tmp_path: Path) -> None:
    data = seed(server.engine, users=USERS)
    h1, h2 = [h["id"] for h in data["household"] if h["grid_code"] == GRID_A][:2]
    m1 = next(m["id"] for m in data["member"] if m["household_id"] == h1)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    v = enroll_device(tmp_path / "v", server.url, "gw_v")
    b = enroll_device(tmp_path / "b", server.url, "gw_b")
    try:
        for d in (a, v, b):
            sync_once(d)
        edit(a, "household", h2, phone="13911112222")  # unsent when the move arrives
        edit(v, "household", h1, grid_code=GRID_B)
        edit(v, "household", h2, grid_code=GRID_B)
        assert sync_once(v).applied == 2
        r = sync_once(a)
        assert r.gone == 1
        assert h1 not in _ids(a, "household") and m1 not in _ids(a, "member")
        # the unsent edit of h2 was refused (out of scope now) but is kept and reported
        assert r.kept_out_of_scope == [h2] and h2 in _ids(a, "household")
        assert "已调出您的网格" in r.summary()
        rb = sync_once(b)  # the new grid's device receives both, with their members
        assert {h1, h2} <= _ids(b, "household") and m1 in _ids(b, "member")
        assert rb.sanity_ok is True
    finally:
        for d in (a, v, b):
            d.close()


def test_digest_mismatch_is_repaired(server: Live, tmp_path: Path) -> None:
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    mid = next(m["id"] for m in data["member"] if m["household_id"] == hid)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    a2 = enroll_device(tmp_path / "a2", server.url, "gw_a2")
    try:
        assert sync_once(a).sanity_ok is True
        with a.write() as conn:  # tamper: a synced member vanishes from the device
            conn.execute(delete(a.t.member).where(a.t.member.c.id == mid))
        assert mid not in _ids(a, "member")
        sync_once(a2)
        edit(a2, "household", hid, address="新地址")  # something for the next sync to pull
        sync_once(a2)
        r = sync_once(a)
        assert r.repaired == ["member"] and r.sanity_ok is True
        with a.read() as conn:
            row = conn.execute(select(a.t.member).where(a.t.member.c.id == mid)).one()
        assert row.sync_state == "synced" and row.version == 1
        assert sync_once(a).nothing_to_do
    finally:
        a.close()
        a2.close()


def test_resumed_attachment_upload(server: Live, tmp_path: Path) -> None:
    data = seed(server.engine, users=USERS)
    token = requests.post(
        server.url + "/api/v1/enroll", json={"username": "gw_a", "password": PASSWORD}, timeout=10
    ).json()["token"]
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"}
    image = png(7, 150_000)
    sha = hashlib.sha256(image).hexdigest()
    base = f"{server.url}/api/v1/attachments/{sha}"
    params = {"size": len(image), "mime": "image/png"}
    r = requests.put(
        base, params={**params, "offset": 0}, data=image[:60_000], headers=auth, timeout=10
    )
    assert r.status_code == 200 and r.json()["received"] == 60_000 and not r.json()["complete"]
    st = requests.get(base + "/state", headers=auth, timeout=10).json()
    assert (st["received"], st["size"], st["complete"]) == (60_000, len(image), False)
    r = requests.put(
        base, params={**params, "offset": 0}, data=image[:10], headers=auth, timeout=10
    )
    assert r.status_code == 409 and r.json()["code"] == "wrong_offset"
    with server.engine.connect() as conn:  # not usable (nor listed) before the last byte
        assert conn.execute(select(tb.T.attachment.c.sha256)).first() is None
    # a device that holds the image uploads it (another device's partial is its own and
    # blocks nothing), the visit goes up, and no partial is left
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        sync_once(a)
        hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
        vid = add_visit(a, hid, signature=image)
        rep = sync_once(a)
        assert rep.attachments_up == 1 and rep.applied == 1
        got = requests.get(base, headers=auth, timeout=10)
        assert got.status_code == 200 and got.content == image
        with server.engine.connect() as conn:
            assert (
                conn.execute(
                    select(tb.T.visit.c.signature).where(tb.T.visit.c.id == vid)
                ).scalar_one()
                == sha
            )
            assert conn.execute(select(tb.upload)).first() is None
    finally:
        a.close()


def test_too_old_app_gets_426(server: Live, tmp_path: Path) -> None:
    seed(server.engine, users=USERS)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        sync_once(a)
        admin.set_min_app_version(server.engine, "99.0")
        # a server process started now reads the new minimum at once (a running one within 5 s)
        with process_server(str(server.engine.url)) as url:
            r = requests.get(url + "/api/v1/status", headers={VERSION_HEADER: "0.1.0"}, timeout=10)
            assert r.status_code == 426 and r.json()["code"] == "app_too_old"
            assert "99.0" in r.json()["message"]
            with a.write() as conn:
                a.set_kv(conn, state.SERVER, url)
            edit(a, "household", next(iter(_ids(a, "household"))), phone="13800000000")
            with pytest.raises(AppTooOld, match="过旧"):
                sync_once(a)
            with a.read() as conn:  # nothing lost: the edit waits for the upgrade
                assert (
                    conn.execute(
                        select(a.t.household.c.id).where(a.t.household.c.sync_state == "changed")
                    ).first()
                    is not None
                )
            assert requests.get(url + "/api/v1/openapi.json", timeout=10).status_code == 200
    finally:
        a.close()


def test_failed_batch_stops_later_batches_and_loses_nothing(
    server: Live, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches go out pipelined (the next is encoded while the server works on the one before).
    When one fails, the ones before it are acknowledged, none after it is sent, and the next
    sync sends the rest exactly once."""
    from gridworker.server import push
    from gridworker.sync import collect
    from gridworker.sync.client import ClientConfig, NetworkError

    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    try:
        sync_once(a)
        visits = [add_visit(a, hid, note=f"第{i}次") for i in range(12)]
        monkeypatch.setattr(collect, "BATCH_CHANGES", 5)  # 3 batches: 5, 5, 2
        pushes: list[int] = []

        def fail_after_first(stage: str) -> None:
            if stage != "numbered":
                return
            pushes.append(1)
            if len(pushes) > 1:
                raise RuntimeError("injected failure")

        monkeypatch.setattr(push, "test_hook", fail_after_first)
        with pytest.raises(NetworkError):
            sync_once(a, config=ClientConfig(retries=0))
        assert len(pushes) == 2  # the third batch was never sent
        with server.engine.connect() as conn:
            on_server = set(conn.execute(select(tb.T.visit.c.id)).scalars())
        assert on_server & set(visits) == set(visits[:5])
        with a.read() as conn:
            states = {
                r.id: r.sync_state
                for r in conn.execute(select(a.t.visit.c.id, a.t.visit.c.sync_state))
            }
        assert [states[v] for v in visits] == ["synced"] * 5 + ["uploading"] * 7

        monkeypatch.setattr(push, "test_hook", None)
        r = sync_once(a)
        assert (r.sent, r.applied, r.duplicates, r.sanity_ok) == (7, 7, 0, True)
        with server.engine.connect() as conn:
            assert set(visits) <= set(conn.execute(select(tb.T.visit.c.id)).scalars())
    finally:
        a.close()


def test_interrupted_image_download_is_finished_by_the_next_sync(
    server: Live, tmp_path: Path
) -> None:
    """A pulled visit whose signature image could not be fetched (here: not on the server for
    a moment) keeps the device looking for it, even with nothing else to pull; once every
    image is in, a sync with nothing to do no longer scans the visits for missing ones."""
    data = seed(server.engine, users=USERS)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", server.url, "gw_a")
    b = enroll_device(tmp_path / "b", server.url, "gw_a2")
    try:
        sync_once(a)
        sync_once(b)
        image = png(3)
        add_visit(a, hid, signature=image)
        assert sync_once(a).attachments_up == 1
        att = tb.T.attachment
        with server.engine.begin() as conn:  # the image goes missing on the server
            saved = conn.execute(select(att)).mappings().one()
            conn.execute(delete(att))
        with pytest.raises(SyncError):
            sync_once(b)
        assert b.get_kv(state.SIGNATURES_DUE) is True
        with server.engine.begin() as conn:
            conn.execute(att.insert().values(**saved))
        r = sync_once(b)
        assert (r.received, r.attachments_down) == (0, 1)
        sha = hashlib.sha256(image).hexdigest()
        with b.read() as conn:
            assert (
                bytes(
                    conn.execute(
                        select(b.t.attachment.c.data).where(b.t.attachment.c.sha256 == sha)
                    ).scalar_one()
                )
                == image
            )
        assert b.get_kv(state.SIGNATURES_DUE) is False
        assert sync_once(b).nothing_to_do
    finally:
        a.close()
        b.close()
