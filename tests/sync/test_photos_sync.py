"""Issue 18: photos sync as signatures do. A grid worker's device keeps its grid's photos; a
township device fetches one when it is opened; the server refuses a non-image and a photo past
the day's quota, clearly, and the rest of the push goes through. Real server on loopback."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from sqlalchemy import Engine, select

from gridworker import photos
from gridworker.server import admin
from gridworker.server import tables as tb
from gridworker.server.config import ServerConfig
from gridworker.store import photos as store_photos
from gridworker.store.store import Store
from gridworker.sync import attachments, state
from gridworker.sync.attachments import store_attachment
from gridworker.sync.engine import sync_once

from tests.photo_files import camera_jpeg
from tests.server.fixtures import GRID_A, PASSWORD, Live, enroll_device, seed, thread_server
from tests.sync.helpers import add_visit, edit

TOWNSHIP = "340621104"


def _attach(store: Store, hid: str, vid: str, data: bytes, by: str) -> dict[str, object]:
    with store.write() as conn:
        return store_photos.attach(conn, hid, data, by, visit_id=vid, question="housing")


def test_a_photo_reaches_the_grid_at_sync_and_the_township_when_opened(
    live: Live, tmp_path: Path
) -> None:
    data = seed(live.engine)
    admin.add_user(live.engine, "tw", PASSWORD, "township", TOWNSHIP, "乡镇干部")
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    b = enroll_device(tmp_path / "b", live.url, "gw_a2")
    t = enroll_device(tmp_path / "t", live.url, "tw")
    try:
        camera = camera_jpeg(4000, 3000)
        assert photos.exif_of(camera)[photos.GPS_IFD]
        vid = add_visit(a, hid)
        row = _attach(a, hid, vid, camera, "gw_a")
        with a.read() as conn:
            stored = store_photos.image(conn, str(row["sha256"]))
        assert stored is not None and len(stored) <= 400 * 1024
        with Image.open(io.BytesIO(stored)) as im:
            assert max(im.size) <= 1600 and not im.getexif()
        report = sync_once(a)
        assert report.attachments_up == 2 and report.applied == 2, report  # image, thumbnail

        # device B, same grid: the photo and its image, byte for byte, at sync
        report = sync_once(b)
        assert report.attachments_down == 2
        with b.read() as conn:
            [p] = store_photos.photos_of(conn, visit_id=vid)
            assert store_photos.image(conn, p["sha256"]) == stored
            assert store_photos.image(conn, p["thumb_sha256"]) is not None
        assert p["attached_by"] == "gw_a" and p["size"] == len(stored)

        # the township: the record at sync, the image only once it is opened
        assert not state.keeps_photos(t) and state.keeps_photos(b)
        report = sync_once(t)
        assert report.attachments_down == 0
        with t.read() as conn:
            [p] = store_photos.photos_of(conn, household_id=hid)
            assert store_photos.image(conn, p["sha256"]) is None
        assert attachments.fetch(t, {p["sha256"]}) == 1
        with t.read() as conn:
            assert store_photos.image(conn, p["sha256"]) == stored
        assert sync_once(t).attachments_down == 0  # (not fetched again, nothing else due)

        # removed on A: a tombstone everywhere, the image kept
        with a.write() as conn:
            store_photos.remove(conn, p["id"])
        sync_once(a)
        sync_once(b)
        with b.read() as conn:
            assert store_photos.photos_of(conn, household_id=hid) == []
            [gone] = store_photos.photos_of(conn, household_id=hid, removed=True)
            assert gone["deleted"] and gone["version"] == 2
    finally:
        for s in (a, b, t):
            s.close()


def _server_photos(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(tb.T.photo.c.id)).scalars())


def test_a_non_image_photo_is_refused_and_the_rest_goes_through(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    try:
        sync_once(a)
        vid = add_visit(a, hid)
        good = _attach(a, hid, vid, camera_jpeg(800, 600), "gw_a")
        bad = _attach(a, hid, vid, camera_jpeg(640, 480), "gw_a")
        with a.write() as conn:  # a photo whose stored bytes are no image (a damaged file)
            junk = store_attachment(conn, a, b"no JPEG at all, only text " * 4, "image/jpeg")
            store_photos.records.update(conn, a.t.photo, str(bad["id"]), {"sha256": junk})
        edit(a, "household", hid, address="新地址")
        report = sync_once(a)
        assert report.applied == 3, report  # the visit, the household, the good photo
        assert any("不是声明的图片类型" in n for n in report.attachment_notes)
        assert "不是声明的图片类型" in report.summary()
        assert _server_photos(live.engine) == {good["id"]}
        assert a.get_kv(state.REFUSED) == {junk: "bad_content"}
    finally:
        a.close()


def test_past_the_quota_the_photo_waits_and_the_rest_goes_through(
    engine: Engine, tmp_path: Path
) -> None:
    data = seed(engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    with thread_server(engine, ServerConfig(attachment_quota_mb=1)) as url:
        a = enroll_device(tmp_path / "a", url, "gw_a")
        try:
            sync_once(a)
            vid = add_visit(a, hid)
            made = [_attach(a, hid, vid, camera_jpeg(3000, 2000), "gw_a") for _ in range(4)]
            assert sum(int(str(p["size"])) for p in made) > 1024 * 1024
            edit(a, "household", hid, address="新地址")
            report = sync_once(a)
            assert any("已达上限" in n for n in report.attachment_notes), report
            held = {p["id"] for p in made} - _server_photos(engine)
            assert held and report.retry == len(held)
            assert report.applied == 2 + len(made) - len(held)  # the visit and the household
            with a.read() as conn:
                waiting = a.t.photo.c.sync_state != "synced"
                assert set(conn.execute(select(a.t.photo.c.id).where(waiting)).scalars()) == held
        finally:
            a.close()


def test_a_photo_not_shrunk_is_refused_by_the_server(live: Live, tmp_path: Path) -> None:
    """A client that skips the shrinking cannot store a big photo: the record is refused
    (quarantined on the device, with the reason), the rest of the push goes through."""
    from gridworker.server.push import PHOTO_MAX_BYTES

    assert PHOTO_MAX_BYTES == photos.MAX_BYTES
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    try:
        sync_once(a)
        big = camera_jpeg(2400, 1800)  # as the camera made it: megabytes
        assert len(big) > photos.MAX_BYTES
        small = photos.shrink(camera_jpeg(320, 240))
        raw = photos.Shrunk(big, small.thumb, 2400, 1800, None)
        with a.write() as conn:
            row = store_photos.add(conn, hid, raw, "gw_a", problem_id=hid)
        edit(a, "household", hid, address="新地址")
        report = sync_once(a)
        assert report.applied == 1 and report.quarantined == 1, report
        assert _server_photos(live.engine) == set()
        with a.read() as conn:
            state_, error = conn.execute(
                select(a.t.photo.c.sync_state, a.t.photo.c.sync_error).where(
                    a.t.photo.c.id == row["id"]
                )
            ).one()
        assert state_ == "error" and "400 KB" in (error or "")
    finally:
        a.close()
