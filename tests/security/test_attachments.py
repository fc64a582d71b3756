"""Item 14: attachments. A download is served only within the caller's scope (or to who sent
it); an upload must be the image it claims to be; each user has a daily quota; a partial upload
belongs to its device, so no other device can block it; a device whose image is refused for
good skips it and syncs the rest."""

from __future__ import annotations

import hashlib
from pathlib import Path

import requests
from sqlalchemy import Engine, func, select

from gridworker.server import tables as tb
from gridworker.server.config import ServerConfig
from gridworker.sync import state
from gridworker.sync.attachments import store_attachment
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, PASSWORD, Live, enroll_device, seed, thread_server
from tests.sync.helpers import add_visit, png

API = "/api/v1"


def _token(url: str, user: str) -> dict[str, str]:
    r = requests.post(url + API + "/enroll", json={"username": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _put(url: str, auth: dict[str, str], data: bytes, mime: str = "image/png", **kw: int):
    sha = hashlib.sha256(data).hexdigest()
    params = {"offset": 0, "size": len(data), "mime": mime, **kw}
    return requests.put(
        f"{url}{API}/attachments/{sha}",
        params=params,
        data=data[params["offset"] :],
        headers={**auth, "Content-Type": "application/octet-stream"},
        timeout=30,
    )


def _count(engine: Engine, table: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_download_only_within_scope(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    try:
        image = png(1)
        add_visit(a, hid, signature=image)
        report = sync_once(a)
        assert (report.attachments_up, report.applied) == (1, 1)
    finally:
        a.close()
    sha = hashlib.sha256(image).hexdigest()
    url = f"{live.url}{API}/attachments/{sha}"
    same_grid = requests.get(url, headers=_token(live.url, "gw_a2"))
    assert same_grid.status_code == 200 and same_grid.content == image
    other_grid = requests.get(url, headers=_token(live.url, "gw_b"))
    assert other_grid.status_code == 404 and other_grid.json()["code"] == "not_found"
    # an image nobody's visit names yet: only the user who sent it may read it back
    lone = png(2)
    mine = _token(live.url, "gw_b")
    assert _put(live.url, mine, lone).json()["complete"]
    lone_url = f"{live.url}{API}/attachments/{hashlib.sha256(lone).hexdigest()}"
    assert requests.get(lone_url, headers=mine).status_code == 200
    assert requests.get(lone_url, headers=_token(live.url, "gw_a")).status_code == 404


def test_upload_must_be_the_image_it_claims(live: Live) -> None:
    seed(live.engine)
    auth = _token(live.url, "gw_a")
    junk = bytes(range(256)) * 20
    r = _put(live.url, auth, junk, "image/jpeg")
    assert r.status_code == 422 and r.json()["code"] == "bad_content"
    r = _put(live.url, auth, junk, "image/png")
    assert r.status_code == 422 and r.json()["code"] == "bad_content"
    # a PNG's first bytes, then anything: refused when the last byte arrives
    fake = png(3)[:40] + junk
    r = _put(live.url, auth, fake)
    assert r.status_code == 422 and r.json()["code"] == "bad_content"
    r = _put(live.url, auth, b"\xff\xd8\xff" + junk + b"\xff\xd9", "image/jpeg")
    assert r.status_code == 200 and r.json()["complete"]  # JPEG markers where they belong
    r = _put(live.url, auth, png(4)[:20])
    assert r.status_code == 422  # too small to be an image
    r = _put(live.url, auth, png(4), "image/gif")
    assert r.status_code == 422  # not an accepted type
    assert _count(live.engine, tb.T.attachment) == 1
    assert _count(live.engine, tb.upload) == 0


def test_daily_quota_per_user(engine: Engine) -> None:
    seed(engine)
    with thread_server(engine, ServerConfig(attachment_quota_mb=1)) as url:
        a, a2 = _token(url, "gw_a"), _token(url, "gw_b")
        assert _put(url, a, png(5, 600_000)).json()["complete"]
        r = _put(url, a, png(6, 600_000))
        assert r.status_code == 429 and r.json()["code"] == "quota_exceeded"
        assert _put(url, a2, png(6, 600_000)).json()["complete"]  # another user's own quota
        # an image already on the server costs nothing to "upload" again
        assert _put(url, a, png(6, 600_000)).json()["complete"]


def test_partial_upload_of_another_device_blocks_nothing(live: Live) -> None:
    seed(live.engine)
    image = png(8, 200_000)
    sha = hashlib.sha256(image).hexdigest()
    intruder, owner = _token(live.url, "gw_b"), _token(live.url, "gw_a")
    # the intruder starts the same sha with the wrong size
    r = _put(live.url, intruder, image[:70_000] + b"\x00" * 10, size=len(image) + 10)
    assert r.status_code == 200 and not r.json()["complete"]
    st = requests.get(f"{live.url}{API}/attachments/{sha}/state", headers=owner).json()
    assert (st["received"], st["complete"]) == (0, False)
    half = requests.put(
        f"{live.url}{API}/attachments/{sha}",
        params={"offset": 0, "size": len(image), "mime": "image/png"},
        data=image[:100_000],
        headers={**owner, "Content-Type": "application/octet-stream"},
    )
    assert half.json()["received"] == 100_000
    r = _put(live.url, owner, image, offset=100_000)
    assert r.status_code == 200 and r.json()["complete"], r.text


def test_refused_image_is_skipped_and_the_rest_syncs(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    try:
        with a.write() as conn:  # bytes stored as a PNG that are no image at all
            bad = store_attachment(conn, a, b"not an image, but long enough to pass size" * 3)
        add_visit(a, hid, signature=png(9))
        report = sync_once(a)
        assert report.applied == 1 and report.attachments_up == 1
        assert a.get_kv(state.REFUSED) == {bad: "bad_content"}
        report = sync_once(a)  # not sent again
        assert report.attachments_up == 0
    finally:
        a.close()
