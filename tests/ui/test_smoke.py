from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from tests.ui.conftest import settle, sign_in


def test_sign_in_today_roster_household_visit(qtbot: QtBot, window: Any) -> None:
    sign_in(qtbot, window)
    ws = window.workspace
    assert ws.currentWidget() is ws.today
    assert ws.today.model.rowCount() > 0
    ws.go_roster()
    qtbot.keyClicks(ws.roster.search, "zs")
    qtbot.waitUntil(
        lambda: ws.roster.model.rowCount() >= 1 and ws.roster.model.rowCount() < 50, timeout=3000
    )
    heads = [ws.roster.model.row_at(i).head_name for i in range(ws.roster.model.rowCount())]
    assert "张三" in heads
    row = heads.index("张三")
    ws.open_household(ws.roster.model.row_at(row).id)
    qtbot.waitUntil(lambda: ws.household.view is not None, timeout=3000)
    assert ws.household.members.rowCount() == 3
    ws.household.visit_button.click()
    qtbot.waitUntil(lambda: ws.visit.form is not None, timeout=3000)
    settle(qtbot, window)
