"""Photos as evidence (issue 18): shrinking with Pillow, and the synced ``photo`` records."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select

from gridworker import photos
from gridworker.store import photos as store_photos
from gridworker.store.store import Store

from tests.factories import fill_visit, make_household
from tests.photo_files import GPS, camera_jpeg


def test_a_camera_photo_is_turned_upright_shrunk_and_stripped() -> None:
    data = camera_jpeg(4000, 3000, orientation=6)  # taken with the phone on its side
    assert photos.exif_of(data)[photos.GPS_IFD] == GPS
    shrunk = photos.shrink(data)
    assert len(shrunk.jpeg) <= photos.MAX_BYTES
    with Image.open(io.BytesIO(shrunk.jpeg)) as im:
        assert im.format == "JPEG"
        assert im.size == (1200, 1600) == (shrunk.width, shrunk.height)  # rotated upright
        assert not im.getexif() and "exif" not in im.info and "icc_profile" not in im.info
    assert b"Camera Maker" not in shrunk.jpeg and b"Exif" not in shrunk.jpeg
    assert shrunk.taken_at is not None and shrunk.taken_at.isoformat() == "2026-11-30T10:20:30"
    with Image.open(io.BytesIO(shrunk.thumb)) as th:
        assert max(th.size) == photos.THUMB_EDGE


def test_gps_is_kept_only_when_asked() -> None:
    shrunk = photos.shrink(camera_jpeg(800, 600), keep_gps=True)
    exif = photos.exif_of(shrunk.jpeg)
    assert exif[photos.GPS_IFD] == GPS
    assert set(exif) == {photos.GPS_IFD}  # nothing else: no maker, model or time
    assert b"Camera Maker" not in shrunk.jpeg


def test_a_small_photo_keeps_its_size() -> None:
    shrunk = photos.shrink(camera_jpeg(640, 480))
    assert (shrunk.width, shrunk.height) == (640, 480)


@pytest.mark.parametrize(
    "data", [b"", b"%PDF-1.4 not a photo" * 10, b"\xff\xd8\xff\xe0" + b"\x00" * 100]
)
def test_a_file_that_is_no_image_is_refused_in_chinese(data: bytes) -> None:
    with pytest.raises(photos.NotAPhoto, match="不是可识别的图片"):
        photos.shrink(data)


def test_attach_and_remove_keeps_history(store: Store) -> None:
    hid = make_household(store)
    vid = fill_visit(store, hid)
    with store.write() as conn:
        data = camera_jpeg(2000, 1500)
        row = store_photos.attach(conn, hid, data, "gw1", visit_id=vid, question="housing")
    assert row["sync_state"] == "new" and row["content_hash"]
    with store.read() as conn:
        [p] = store_photos.photos_of(conn, visit_id=vid, question="housing")
        jpeg = store_photos.image(conn, p["sha256"])
    assert jpeg is not None and len(jpeg) == p["size"] <= photos.MAX_BYTES
    with store.write() as conn:
        store_photos.remove(conn, p["id"])
    with store.read() as conn:
        assert store_photos.photos_of(conn, household_id=hid) == []
        [gone] = store_photos.photos_of(conn, household_id=hid, removed=True)
        assert gone["deleted"] and gone["local_rev"] == 2
        assert store_photos.image(conn, p["sha256"]) == jpeg  # the image stays
    # the store file holds no plain JPEG (encrypted like everything else)
    assert jpeg[:64] not in store.db_path.read_bytes()


def test_a_non_image_writes_nothing(store: Store) -> None:
    hid = make_household(store)
    with pytest.raises(photos.NotAPhoto), store.write() as conn:
        store_photos.attach(conn, hid, b"plain text, no photo" * 5, "gw1", problem_id=hid)
    with store.read() as conn:
        assert conn.execute(select(store.t.photo)).first() is None
        assert conn.execute(select(store.t.attachment)).first() is None
