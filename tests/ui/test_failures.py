"""A full disk while autosaving: a plain dialog, the draft stays dirty and is saved later."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridworker.store.errors import DiskFull
from gridworker.ui import visit_screen

from tests.ui.conftest import TIMEOUT, settle, sign_in


def test_disk_full_while_saving_a_draft(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(qtbot, window)
    ws = window.workspace
    hid = next(r.id for r in ws.data.rows if r.head_name == "张三")
    ws.open_visit(hid, "")
    qtbot.waitUntil(lambda: ws.visit.form is not None, timeout=TIMEOUT)
    settle(qtbot, window)
    screen = ws.visit
    real = visit_screen.save_answers

    def full(*_a: Any) -> None:
        raise DiskFull()

    monkeypatch.setattr(visit_screen, "save_answers", full)
    screen.form.field("income_wage").edit.setText("5000")
    screen.save_now()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "errorDialog") is not None, timeout=TIMEOUT
    )
    box = window.findChild(QMessageBox, "errorDialog")
    assert "磁盘" in box.text() and "没有丢失" in box.text()
    assert screen.unsaved and "未能保存" in screen.saved_label.text()
    box.accept()
    box.deleteLater()

    monkeypatch.setattr(visit_screen, "save_answers", real)
    with qtbot.waitSignal(screen.draft_saved, timeout=TIMEOUT):
        screen.form.field("income_business").edit.setText("100")
        screen.save_now()
    assert not screen.unsaved
    settle(qtbot, window)
