"""Conflicts people can settle (issue 16, item 5): two real devices edit the same fields of a
household against a live server (SQLite and PostgreSQL); the app's 待核对 list shows the
household, the question, both values with who and when; keep mine, keep theirs and edit are
chosen from the screen, sync like any change, and the other device sees the choices."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gridworker.server import tables as tb
from gridworker.store.sync_issues import load_issues
from gridworker.sync.engine import sync_once
from gridworker.ui.sync_issues_screen import SyncIssuesDialog

from tests.server.fixtures import (  # noqa: F401 - fixtures
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
from tests.sync.helpers import edit
from tests.ui.conftest import TIMEOUT, settle, sign_in
from tests.ui.test_sync_ui import (  # noqa: F401 - the fixture
    enrol_in_dialog,
    household_of,
    sync_window,
    wait_synced,
)


def _row(table: Any, text: str) -> int:
    return next(r for r in range(table.rowCount()) if text in table.item(r, 1).text())


def test_settle_conflicts_from_the_screen(
    qtbot: QtBot,
    sync_window: Any,  # noqa: F811 - the fixture
    live: Live,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    data = seed(live.engine)
    window = sync_window
    hid = household_of(data)
    enrol_in_dialog(qtbot, window, live.url, "gw_a")
    sign_in(qtbot, window, "gw_a", PASSWORD)
    qtbot.waitUntil(lambda: window.sync.link.last_sync is not None, timeout=20000)
    wait_synced(qtbot, window)
    # the other device changes three things first ...
    other = enroll_device(tmp_path / "other", live.url, "gw_a2")
    try:
        sync_once(other)
        edit(other, "household", hid, address="乙改", phone="13900000002", risk_remark="乙备注")
        sync_once(other)
        # ... then this one changes the same three: its sync lists three conflicts
        window.ops.with_store(
            lambda s: edit(
                s, "household", hid, address="甲改", phone="13800000001", risk_remark="甲备注"
            )
        )
        settle(qtbot, window)
        window.commands.sync.trigger()
        wait_synced(qtbot, window)
        qtbot.waitUntil(lambda: window.status.issues.isVisible(), timeout=TIMEOUT)
        window.status.issues.click()
        dialog = window.findChild(SyncIssuesDialog)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
        table = dialog.table
        assert table.rowCount() == 3
        r = _row(table, "地址")
        cells = [table.item(r, c).text() for c in range(table.columnCount())]
        assert cells[0] == f"户主 户主0（户编号 {data['household'][0]['number']}）"
        assert cells[1] == "两边都改了：户信息 · 地址"
        mine, theirs = cells[2].split("\n"), cells[3].split("\n")
        stamp = r" · (\d{4}-)?\d\d-\d\d \d\d:\d\d$"
        assert mine[0] == "甲改" and re.match("本机（gw_a）" + stamp, mine[1])
        assert theirs[0] == "乙改" and re.match("gw_a2" + stamp, theirs[1])  # who, and when
        assert "已采用" not in cells[4] and "请选定用哪个" in cells[4]
        assert cells[5] == "待处理"
        # nothing chosen: the choices wait for one row
        table.clearSelection()
        assert not dialog.keep_mine.isEnabled() and not dialog.apply_edit.isEnabled()
        # keep mine: the address
        table.selectRow(_row(table, "地址"))
        assert dialog.keep_mine.isEnabled() and dialog.edit_value.text() == "甲改"
        dialog.keep_mine.click()
        qtbot.waitUntil(lambda: dialog.loaded and table.rowCount() == 2, timeout=TIMEOUT)
        # keep theirs: the phone
        table.selectRow(_row(table, "联系电话"))
        dialog.keep_theirs.click()
        qtbot.waitUntil(lambda: dialog.loaded and table.rowCount() == 1, timeout=TIMEOUT)
        # edit: a bad value is refused in plain words, nothing settled
        table.selectRow(_row(table, "风险备注"))
        dialog.edit_value.setText("x" * 5000)
        dialog.apply_edit.click()
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=TIMEOUT)
        assert "超过" in dialog.message.text()
        qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)  # (still listed)
        table.selectRow(0)
        dialog.edit_value.setText("两边核实：户主已回村")
        dialog.apply_edit.click()
        qtbot.waitUntil(lambda: dialog.loaded and table.rowCount() == 0, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not window.status.issues.isVisible(), timeout=TIMEOUT)
        # what was chosen stays listed as settled
        dialog.show_all.setChecked(True)
        qtbot.waitUntil(lambda: dialog.loaded and table.rowCount() == 3, timeout=TIMEOUT)
        states = {table.item(r, 1).text(): table.item(r, 5).text() for r in range(3)}
        assert states["两边都改了：户信息 · 地址"].startswith("用了本机的")
        assert states["两边都改了：户信息 · 联系电话"].startswith("用了另一台的")
        assert states["两边都改了：户信息 · 风险备注"].startswith("改成了新的")
        dialog.accept()
        # the choices sync like any change; the other device sees them
        window.commands.sync.trigger()
        wait_synced(qtbot, window)
        sync_once(other)
        h = other.t.household
        with other.read() as conn:
            row = conn.execute(select(h).where(h.c.id == hid)).mappings().one()
            assert load_issues(conn) == []  # (the other device had no conflict to settle)
        assert (row["address"], row["phone"], row["risk_remark"]) == (
            "甲改",
            "13900000002",
            "两边核实：户主已回村",
        )
        with live.engine.connect() as conn:
            h = tb.T.household
            server = conn.execute(select(h).where(h.c.id == hid)).mappings().one()
        assert (server["address"], server["phone"], server["risk_remark"]) == (
            "甲改",
            "13900000002",
            "两边核实：户主已回村",
        )
    finally:
        other.close()
