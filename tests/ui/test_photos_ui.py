"""Issue 18 on screen: a photo attached from a file to a visit's 住房 question, viewed, removed (a
tombstone, history kept), shown on the household's 照片 tab; a problem's 整改前 photo; a file
that is no image refused in Chinese with nothing saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridworker.store import photos as store_photos
from gridworker.store.store import Store, account_folder
from gridworker.ui.household_screen import ProblemPhotos
from gridworker.ui.photo_strip import PhotoStrip, PhotoViewer

from tests.photo_files import camera_jpeg
from tests.server.fixtures import (  # noqa: F401 - pytest fixtures
    GRID_A,
    PASSWORD,
    Live,
    db_url,
    engine,
    enroll_device,
    live,
    pg_session_url,
    seed,
    sqlite_template,
)
from tests.ui.conftest import PASSWORD as UI_PASSWORD
from tests.ui.conftest import TIMEOUT, WORKER, completed_visit, settle, sign_in


def _stored(ui_home: Path, hid: str) -> list[dict[str, Any]]:
    store = Store.open(account_folder(ui_home, WORKER), UI_PASSWORD)
    try:
        with store.read() as conn:
            return store_photos.photos_of(conn, household_id=hid, removed=True)
    finally:
        store.close()


def test_attach_view_remove_on_the_visit(
    qtbot: QtBot, window: Any, ui_home: Path, tmp_path: Path
) -> None:
    hid, vid = completed_visit(ui_home, water_ok=False)
    photo = tmp_path / "墙体裂缝.jpg"
    photo.write_bytes(camera_jpeg(2400, 1800, orientation=6))
    sign_in(qtbot, window)
    ws = window.workspace
    ws.open_visit(hid, vid)
    qtbot.waitUntil(lambda: ws.visit.form is not None, timeout=TIMEOUT)
    form = ws.visit.form
    form.setCurrentIndex(form.section_tabs["housing"])
    strip = form.findChild(PhotoStrip, "photos_housing")
    assert strip is not None and strip.add_button.isVisible()
    qtbot.waitUntil(lambda: strip.status.text() == "暂无照片", timeout=TIMEOUT)

    strip.attach_file(photo)
    qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=TIMEOUT)
    assert "照片已添加" in strip.status.text()
    assert not strip.list.item(0).icon().isNull()  # the thumbnail

    strip.list.setCurrentRow(0)
    strip.view_selected()
    qtbot.waitUntil(lambda: strip.viewer is not None and strip.viewer.isVisible(), timeout=TIMEOUT)
    viewer = strip.viewer
    assert isinstance(viewer, PhotoViewer)
    assert (viewer.pixmap.width(), viewer.pixmap.height()) == (1200, 1600)  # upright, shrunk
    assert "1200×1600" in viewer.findChild(type(strip.status), "photoInfo").text()
    viewer.close()

    # the household screen's 照片 tab shows it too
    ws.open_household(hid)
    qtbot.waitUntil(lambda: ws.household.photos is not None, timeout=TIMEOUT)
    household_strip = ws.household.photos
    qtbot.waitUntil(lambda: household_strip.list.count() == 1, timeout=TIMEOUT)
    assert household_strip.list.item(0).text().startswith("住房安全")
    assert not household_strip.add_button.isVisible()  # (attached to a question or a problem)

    household_strip.list.setCurrentRow(0)
    household_strip.remove_selected()
    qtbot.waitUntil(lambda: household_strip.list.count() == 0, timeout=TIMEOUT)
    assert "历史" in household_strip.status.text()
    settle(qtbot, window)
    [row] = _stored(ui_home, hid)
    assert row["deleted"] and row["visit_id"] == vid and row["question"] == "housing"


def test_problem_photo_and_a_non_image(
    qtbot: QtBot, window: Any, ui_home: Path, tmp_path: Path
) -> None:
    hid, _vid = completed_visit(ui_home, water_ok=False)
    sign_in(qtbot, window)
    ws = window.workspace
    ws.open_household(hid)
    qtbot.waitUntil(lambda: ws.household.view is not None, timeout=TIMEOUT)
    screen = ws.household
    screen.problems.setCurrentCell(0, 0)
    screen.problem_photos_button.click()
    dialog = screen.problem_photos
    assert isinstance(dialog, ProblemPhotos)
    before = dialog.strips["整改前"]

    text = tmp_path / "说明.jpg"  # named like a photo, but text
    text.write_bytes("这不是照片".encode() * 50)
    before.attach_file(text)
    qtbot.waitUntil(lambda: isinstance(before.error_box, QMessageBox), timeout=TIMEOUT)
    assert "不是可识别的图片" in before.error_box.text()
    before.error_box.close()

    good = tmp_path / "水龙头.png"
    good.write_bytes(camera_jpeg(800, 600))
    before.attach_file(good)
    qtbot.waitUntil(lambda: before.list.count() == 1, timeout=TIMEOUT)
    after = dialog.strips["整改后"]
    qtbot.waitUntil(lambda: after.status.text() == "暂无照片", timeout=TIMEOUT)
    assert after.list.count() == 0
    dialog.close()
    settle(qtbot, window)
    [row] = _stored(ui_home, hid)
    assert row["phase"] == "整改前" and row["problem_id"] and not row["deleted"]


def test_a_township_sees_a_photo_fetched_when_opened(
    qtbot: QtBot,
    live: Live,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    """Against the real server on loopback: device A's photo reaches the township's device as a
    record only; its thumbnail and image come when the township user opens them."""
    from gridworker.accounts import load_account
    from gridworker.server import admin
    from gridworker.sync.engine import sync_once
    from gridworker.ui.operations import Operations
    from gridworker.ui.photo_strip import PhotoTarget
    from gridworker.ui.session import Session

    data = seed(live.engine)
    admin.add_user(live.engine, "tw", PASSWORD, "township", GRID_A[:9], "乡镇干部")
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    try:
        sync_once(a)
        with a.write() as conn:
            row = store_photos.attach(conn, hid, camera_jpeg(1200, 900), "gw_a", problem_id=hid)
        sync_once(a)
    finally:
        a.close()
    t = enroll_device(tmp_path / "t", live.url, "tw")
    ops = Operations()
    ops.store = t
    try:
        assert sync_once(t).attachments_down == 0
        with t.read() as conn:
            assert store_photos.image(conn, row["sha256"]) is None  # not at first sync
        session = Session(load_account(t.folder), ops)
        strip = PhotoStrip(session, PhotoTarget(hid))
        qtbot.addWidget(strip)
        qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not strip.list.item(0).icon().isNull(), timeout=TIMEOUT)
        strip.list.setCurrentRow(0)
        strip.view_selected()
        qtbot.waitUntil(lambda: strip.viewer is not None, timeout=TIMEOUT)
        assert strip.viewer.pixmap.width() == 1200
        with t.read() as conn:
            assert store_photos.image(conn, row["sha256"]) is not None  # fetched on opening
        strip.viewer.close()
        qtbot.waitUntil(lambda: ops.idle, timeout=TIMEOUT)
    finally:
        ops.shutdown()
        t.close()
