"""Sync in the desktop app, against a real `gridworker-server serve` process on loopback
(SQLite backend): enrol through the dialog, background first sync, a visit sent by the 同步
action, the status bar, a conflict in the review list, and a revoked device."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from tests.conftest import FAST_KDF
from tests.server.fixtures import GRID_A, PASSWORD, enroll_device, process_server, seed
from tests.ui.conftest import TIMEOUT, settle, sign_in

SYNC_TIMEOUT = 20000


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Engine, Any]]:
    from gridworker.server import db, migrate

    path = tmp_path_factory.mktemp("county") / "server.db"
    engine = db.make_engine(str(path))
    migrate.upgrade(engine)
    data = seed(engine)
    with process_server(f"sqlite:///{path}") as url:
        yield url, engine, data
    engine.dispose()


@pytest.fixture
def sync_window(qtbot: QtBot, home: Path) -> Iterator[Any]:
    from gridworker.sync.client import ClientConfig
    from gridworker.ui.app import create_window

    config = ClientConfig(connect_timeout=2, read_timeout=10, retries=1, backoff=0.05)
    w = create_window(
        ["--lang", "zh_CN"],
        home=home,
        with_sync=True,
        printing=False,
        sync_options={"ping_s": 3600, "every_min": 60, "kdf": FAST_KDF, "config": config},
    )
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    w.ops.shutdown()


def enrol_in_dialog(
    qtbot: QtBot, window: Any, url: str, username: str, password: str = PASSWORD
) -> Any:
    from gridworker.ui.enrol_dialog import EnrolDialog

    window.signin.enrol_button.click()
    shown = [d for d in window.findChildren(EnrolDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    dialog.server.setText(url)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=SYNC_TIMEOUT)
    return dialog


def wait_synced(qtbot: QtBot, window: Any) -> None:
    ctl = window.sync
    qtbot.waitUntil(lambda: not ctl.busy, timeout=SYNC_TIMEOUT)
    settle(qtbot, window)


def household_of(data: dict[str, Any]) -> str:
    return str(next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A))


def test_enrol_sync_conflict(qtbot: QtBot, sync_window: Any, county: Any, tmp_path: Path) -> None:
    from gridworker.server import tables as tb
    from gridworker.sync.engine import sync_once

    from tests.sync.helpers import add_visit, edit

    url, engine, data = county
    window, ctl = sync_window, sync_window.sync
    # wrong password: a plain Chinese message, nothing created
    dialog = enrol_in_dialog(qtbot, window, url, "gw_a", "wrong-password")
    assert "用户名或密码不正确" in dialog.message.text()
    dialog.reject()
    dialog = enrol_in_dialog(qtbot, window, "http://127.0.0.1:9", "gw_a")
    assert "连不上县服务器" in dialog.message.text()
    dialog.reject()
    # enrol, sign in: the first sync runs by itself and brings the grid down
    enrol_in_dialog(qtbot, window, url, "gw_a")
    assert window.signin.current_account().username == "gw_a"
    sign_in(qtbot, window, "gw_a", PASSWORD)
    qtbot.waitUntil(lambda: ctl.link.last_sync is not None, timeout=SYNC_TIMEOUT)
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: len(window.workspace.data.rows) == 3, timeout=TIMEOUT)
    assert window.status.link.text().startswith("在线")
    assert "从未同步" not in window.status.link.text()
    # a visit recorded offline, then the 同步 action
    hid = household_of(data)
    window.ops.with_store(lambda s: add_visit(s, hid))
    settle(qtbot, window)
    window.workspace.data.reload_counts()
    qtbot.waitUntil(lambda: window.status.pending.text() == "待上传：1 条", timeout=TIMEOUT)
    assert window.commands.sync.isVisible()
    window.commands.sync.trigger()
    assert ctl.progress is not None and ctl.progress.isVisible()
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: window.status.pending.text() == "待上传：0 条", timeout=TIMEOUT)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(tb.T.visit)).scalar_one() == 1
    # the same field edited on another device first: a conflict listed for review here
    other = enroll_device(tmp_path / "other", url, "gw_a2")
    try:
        sync_once(other)
        edit(other, "household", hid, address="乙改")
        sync_once(other)
    finally:
        other.close()
    window.ops.with_store(lambda s: edit(s, "household", hid, address="甲改"))
    settle(qtbot, window)
    window.commands.sync.trigger()
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: window.status.issues.isVisible(), timeout=TIMEOUT)
    assert window.status.issues.text() == "待核对 1 条"
    from gridworker.ui.sync_issues_screen import SyncIssuesDialog

    window.status.issues.click()
    issues = window.findChild(SyncIssuesDialog)
    qtbot.waitUntil(lambda: issues.loaded, timeout=TIMEOUT)
    table = issues.table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[0].startswith("户主 户主0") and row[1] == "两边都改了：户信息 · 地址"
    assert row[2].startswith("甲改\n本机（gw_a） · ") and row[3].startswith("乙改\ngw_a2 · ")
    assert "另一台电脑上也改过" in row[4]
    table.selectRow(0)
    issues.mark_selected()
    qtbot.waitUntil(lambda: issues.loaded and table.rowCount() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.status.issues.isVisible(), timeout=TIMEOUT)
    issues.accept()


def test_revoked_device(qtbot: QtBot, sync_window: Any, county: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gridworker.server import admin
    from gridworker.ui.enrol_dialog import EnrolDialog

    url, engine, _data = county
    window, ctl = sync_window, sync_window.sync
    enrol_in_dialog(qtbot, window, url, "gw_b")
    sign_in(qtbot, window, "gw_b", PASSWORD)
    qtbot.waitUntil(lambda: ctl.link.last_sync is not None, timeout=SYNC_TIMEOUT)
    wait_synced(qtbot, window)
    device = next(d["id"] for d in admin.list_devices(engine, "gw_b") if not d["revoked"])
    admin.revoke_device(engine, device)
    window.commands.sync.trigger()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "syncRevoked") is not None, timeout=SYNC_TIMEOUT
    )
    assert "停用" in window.findChild(QMessageBox, "syncRevoked").text()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=TIMEOUT)
    # the store now refuses to open; the sign-in screen offers re-enrolment, pre-filled
    window.signin.select("gw_b")
    window.signin.password.setText(PASSWORD)
    window.signin.sign_in()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(EnrolDialog)), timeout=TIMEOUT
    )
    dialog = next(d for d in window.findChildren(EnrolDialog) if d.isVisible())
    assert dialog.username.text() == "gw_b" and dialog.server.text() == url
    dialog.password.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=SYNC_TIMEOUT)
    sign_in(qtbot, window, "gw_b", PASSWORD)
    assert window.workspace is not None
