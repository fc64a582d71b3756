"""成员变动 from the household screen (issue 16, item 4): a member leaves with a reason and a
date and stays in the household's history; the 户主 leaving needs a new 户主; a newborn is
added with its reason."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from gridworker.residentid import build
from gridworker.store import households
from gridworker.store.store import Store, account_folder
from gridworker.ui.household_edit import MemberDialog
from gridworker.ui.member_leave import MemberLeaveDialog

from tests.ui.conftest import PASSWORD, TIMEOUT, WORKER, settle, sign_in


def _row_of(table: Any, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def _row_of_name(table: Any, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == name)


def test_member_leaves_and_newborn_joins(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    sign_in(qtbot, window)
    ws = window.workspace
    hid = next(r.id for r in ws.data.rows if r.head_name == "张三")
    ws.open_household(hid)
    qtbot.waitUntil(lambda: ws.household.view is not None, timeout=TIMEOUT)
    screen = ws.household
    assert screen.members.rowCount() == 3 and screen.changes.rowCount() == 0
    # 张小明 moves out
    screen.members.setCurrentCell(_row_of(screen.members, "张小明"), 0)
    screen.leave_button.click()
    dialog = screen.findChild(MemberLeaveDialog, "memberLeaveDialog")
    assert dialog.member.currentText().startswith("张小明")
    assert not dialog.head.isEnabled()  # not the 户主: nobody to choose
    dialog.save()  # no reason chosen: told why, beside the field
    error = dialog.form.errors["departure_reason"]
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=TIMEOUT)
    assert "原因" in error.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData("迁出"))
    moved = date.today() - timedelta(days=5)
    dialog.date.setDate(moved)
    note = dialog.form.editors["change_note"]
    assert isinstance(note, QLineEdit)
    note.setText("随父母外出就学")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    qtbot.waitUntil(lambda: screen.members.rowCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: screen.changes.rowCount() == 1, timeout=TIMEOUT)
    row = [screen.changes.item(0, c).text() for c in range(5)]
    assert row == [moved.isoformat(), "张小明", "之子", "迁出（已不在本户）", "随父母外出就学"]
    # the 户主 dies: a new 户主 must be chosen
    screen.members.setCurrentCell(_row_of(screen.members, "张三"), 0)
    screen.leave_button.click()
    dialog = next(
        d for d in screen.findChildren(MemberLeaveDialog) if d.isVisible() and d is not None
    )
    assert dialog.head.isEnabled()
    dialog.reason.setCurrentIndex(dialog.reason.findData("死亡"))
    dialog.save()
    error = dialog.form.errors["new_head"]
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=TIMEOUT)
    assert "新的户主" in error.text()
    dialog.head.setCurrentIndex(dialog.head.findText("王芳（配偶）"))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    qtbot.waitUntil(lambda: screen.changes.rowCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "王芳" in screen.header.text(), timeout=TIMEOUT)
    # a newborn, with its reason
    screen.member_button.click()
    add = next(d for d in screen.findChildren(MemberDialog) if d.isVisible())
    values = {
        "name": "张小宝",
        "id_number": build("340621", date.today() - timedelta(days=30), 2),
        "arrival_date": (date.today() - timedelta(days=30)).isoformat(),
    }
    for key, text in values.items():
        edit = add.form.editors[key]
        assert isinstance(edit, QLineEdit)
        edit.setText(text)
    for key, value in (
        ("sex", "女"),
        ("id_type", "居民身份证"),
        ("relationship", "之女"),
        ("arrival_reason", "新生儿"),
        ("health", "健康"),
        ("labour", "无劳动力"),
    ):
        combo = add.form.editors[key]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(value))
    with qtbot.waitSignal(add.saved, timeout=TIMEOUT):
        add.save()
    qtbot.waitUntil(lambda: screen.changes.rowCount() == 3, timeout=TIMEOUT)
    baby = _row_of_name(screen.changes, "张小宝")
    assert screen.changes.item(baby, 3).text() == "新生儿（加入本户）"
    assert screen.changes.item(0, 1).text() == "张三"  # newest first: died today
    settle(qtbot, window)
    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        with store.read() as conn:
            live = {m["name"]: m for m in households.member_rows(conn, hid)}
            history = households.member_changes(conn, hid)
    finally:
        store.close()
    assert set(live) == {"王芳", "张小宝"} and live["王芳"]["relationship"] == "户主"
    assert {(c.name, c.reason) for c in history} == {
        ("张小明", "迁出"),
        ("张三", "死亡"),
        ("张小宝", "新生儿"),
    }
