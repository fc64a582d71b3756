"""Registering a household and a member offline, with the reasons for bad input beside fields."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from gridworker.residentid import build
from gridworker.store import households
from gridworker.store.store import Store, account_folder
from gridworker.ui.household_edit import MemberDialog

from tests.ui.conftest import PASSWORD, TIMEOUT, WORKER, settle, sign_in


def set_field(form: Any, key: str, value: str) -> None:
    editor = form.editors[key]
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(value)


def test_register_household_and_member(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    sign_in(qtbot, window)
    ws = window.workspace
    before = len(ws.data.rows)
    dialog = ws.register_household()
    qtbot.waitUntil(
        lambda: dialog.form.editors["grid_code"].currentData() is not None, timeout=TIMEOUT
    )
    set_field(dialog.form, "number", "340621101201010777")
    set_field(dialog.form, "address", "濉溪县韩村镇前王村3组")
    head = dialog.head
    set_field(head, "name", "赵新户")
    set_field(head, "sex", "男")
    set_field(head, "id_number", "340621198001010000")  # bad checksum
    set_field(head, "health", "健康")
    set_field(head, "labour", "普通劳动力")
    set_field(head, "education", "初中")
    dialog.save()
    qtbot.waitUntil(lambda: not head.errors["id_number"].isHidden(), timeout=TIMEOUT)
    assert dialog.isVisible()  # nothing saved half-way
    assert head.errors["id_number"].text()  # the reason, in Chinese, beside the field

    set_field(head, "id_number", build("340621", date(1980, 1, 1), 77))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save()
    hid = str(saved.args[0])
    qtbot.waitUntil(lambda: len(ws.data.rows) == before + 1, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: ws.household.view is not None and ws.household.view.id == hid, timeout=TIMEOUT
    )
    assert ws.currentWidget() is ws.household

    # A member added offline; a second 户主 is refused beside the field.
    ws.household.member_button.click()
    member_dialog = ws.household.findChild(MemberDialog, "memberDialog")
    assert member_dialog is not None
    form = member_dialog.form
    for key, value in (
        ("name", "赵小妹"),
        ("sex", "女"),
        ("relationship", "户主"),
        ("id_number", build("340621", date(2010, 5, 5), 88)),
        ("health", "健康"),
        ("labour", "无劳动力"),
        ("school_status", "八年级"),
    ):
        set_field(form, key, value)
    member_dialog.save()
    qtbot.waitUntil(
        lambda: bool(member_dialog.message.text()) or not form.errors["relationship"].isHidden(),
        timeout=TIMEOUT,
    )
    set_field(form, "relationship", "之女")
    with qtbot.waitSignal(member_dialog.saved, timeout=TIMEOUT):
        member_dialog.save()
    qtbot.waitUntil(lambda: ws.household.members.rowCount() == 2, timeout=TIMEOUT)
    settle(qtbot, window)

    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        with store.read() as conn:
            members = households.member_rows(conn, hid)
            row = households.household_row(conn, hid)
    finally:
        store.close()
    assert row["head_name"] == "赵新户"
    assert [m["name"] for m in members] == ["赵新户", "赵小妹"]
