"""Sign-in, failures in plain Chinese, several accounts, language and font size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TIMEOUT, settle, sign_in


def error_box(window: Any) -> QMessageBox:
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None
    return box


def test_wrong_password_dialog(qtbot: QtBot, window: Any) -> None:
    signin = window.signin
    assert signin.accounts.count() == 2  # two accounts on this laptop
    signin.select("gw10120101")
    qtbot.keyClicks(signin.password, "not-the-password")
    qtbot.keyClick(signin.password, "\r")
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "errorDialog") is not None, timeout=TIMEOUT
    )
    box = error_box(window)
    assert "密码不正确" in box.text()
    assert "密码不正确" in signin.message.text()
    assert window.workspace is None
    box.accept()
    settle(qtbot, window)


def test_damaged_store_dialog(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    db = ui_home / "accounts" / "tw101" / "store.db"
    db.write_bytes(b"garbage" * 10)
    sign_in_failed = window.signin
    sign_in_failed.select("tw101")
    sign_in_failed.password.setText("demo1234")
    sign_in_failed.sign_in()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "errorDialog") is not None, timeout=TIMEOUT
    )
    assert "损坏" in error_box(window).text()
    assert db.read_bytes() == b"garbage" * 10  # nothing touched
    error_box(window).accept()
    settle(qtbot, window)


def test_township_user_and_status_bar(qtbot: QtBot, window: Any) -> None:
    assert window.toolbar.isHidden()  # nothing on it works before sign-in
    sign_in(qtbot, window, "tw101")
    assert not window.toolbar.isHidden()
    assert "韩村镇" in window.status.user.text()
    qtbot.waitUntil(lambda: "待上传" in window.status.pending.text(), timeout=TIMEOUT)
    assert not window.commands.sync.isVisible()  # no sync service, no sync button
    assert window.status.link.isHidden()
    window.sign_out()
    assert window.workspace is None and window.stack.currentWidget() is window.signin
    assert window.toolbar.isHidden()
    settle(qtbot, window)


def test_language_and_font_size(qtbot: QtBot, window: Any) -> None:
    sign_in(qtbot, window)
    assert window.commands.today.text() == "今日待访"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size = app.font().pointSize()
    window.commands.bigger.trigger()
    assert app.font().pointSize() == size + 1
    window.commands.languages["en"].trigger()
    assert window.commands.today.text() == "Today"
    assert window.workspace is not None  # still signed in, screens rebuilt
    assert not window.toolbar.isHidden()  # the rebuilt toolbar too
    assert window.workspace.roster.problems.text() == "Has open problems"
    window.commands.languages["zh_CN"].trigger()
    assert window.commands.today.text() == "今日待访"
    window.commands.normal_size.trigger()
    settle(qtbot, window)
