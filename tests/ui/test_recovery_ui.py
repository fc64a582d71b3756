"""Issue 16, 忘记密码 from the sign-in screen, against a real `gridworker-server serve`: the
administrator resets the login password, the worker types it and a new password in the dialog,
the device re-wraps its own store key and signs in with the new password; every unsent visit
is still there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gridworker.server import admin
from gridworker.store.store import Store, account_folder

from tests.server.fixtures import PASSWORD, enroll_device
from tests.sync.helpers import add_visit
from tests.ui.conftest import TIMEOUT, settle, sign_in
from tests.ui.test_sync_ui import (  # noqa: F401 - pytest fixtures
    SYNC_TIMEOUT,
    county,
    household_of,
    sync_window,
)


def _dialog(window: Any) -> Any:
    from gridworker.ui.recover_dialog import RecoverDialog

    window.signin.forgot_button.click()
    shown = [d for d in window.findChildren(RecoverDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_forgotten_password_keeps_unsent_visits(
    qtbot: QtBot,
    sync_window: Any,  # noqa: F811
    county: Any,  # noqa: F811
    home: Path,
) -> None:
    url, engine, data = county
    store = enroll_device(home, url, "gw_b")
    hid = household_of(data)
    unsent = [add_visit(store, hid), add_visit(store, hid)]
    store.close()
    window = sync_window
    window.signin.reload()
    assert window.signin.select("gw_b")
    assert window.signin.forgot_button.isVisible()
    # before the reset: the old password no longer works on the server either way, and a
    # wrong login fetches nothing
    dialog = _dialog(window)
    dialog.login.setText("not-the-reset")
    dialog.new.setText("new-pass-1")
    dialog.again.setText("new-pass-2")
    dialog.submit()
    assert "不一样" in dialog.message.text() and not dialog.busy
    dialog.again.setText("new-pass-1")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=SYNC_TIMEOUT)
    assert "用户名或密码不正确" in dialog.message.text()
    # the administrator resets the login password; the worker types it and a new one
    admin.reset_password(engine, "gw_b", "reset-by-admin")
    dialog.login.setText("reset-by-admin")
    with qtbot.waitSignal(dialog.recovered, timeout=SYNC_TIMEOUT):
        dialog.submit()
    assert window.signin.current_account().username == "gw_b"
    # the old password is refused, the new one opens the same store
    window.signin.password.setText(PASSWORD)
    window.signin.sign_in()
    qtbot.waitUntil(lambda: window.signin.button.isEnabled(), timeout=TIMEOUT)
    assert window.workspace is None and "密码" in window.signin.message.text()
    settle(qtbot, window)
    _close_message_boxes(window)
    sign_in(qtbot, window, "gw_b", "new-pass-1")
    window.sync.timer.stop()
    folder = account_folder(home, "gw_b")
    window.sign_out()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=SYNC_TIMEOUT)
    settle(qtbot, window)
    reopened = Store.open(folder, "new-pass-1")
    try:
        with reopened.read() as conn:
            v = reopened.t.visit
            kept = set(conn.execute(select(v.c.id)).scalars())
        assert set(unsent) <= kept
    finally:
        reopened.close()


def _close_message_boxes(window: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    for box in window.findChildren(QMessageBox):
        box.close()
