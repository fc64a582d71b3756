"""Issue 16, names where people read: the status bar's 范围 and the register dialog's grids by
name, not code; 待上传 counted in visits and households, not records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from gridworker.store.store import Store, account_folder

from tests.ui.conftest import GRID, PASSWORD, TIMEOUT, WORKER, completed_visit, settle, sign_in


def add_regions(home: Path) -> None:
    store = Store.open(account_folder(home, WORKER), PASSWORD)
    try:
        with store.write() as conn:
            conn.execute(
                store.t.region.insert(),
                [
                    {"code": GRID[:9], "name": "韩村镇", "level": "township", "parent_code": None},
                    {
                        "code": GRID[:12],
                        "name": "前王村",
                        "level": "village",
                        "parent_code": GRID[:9],
                    },
                    {"code": GRID, "name": "第1网格", "level": "grid", "parent_code": GRID[:12]},
                ],
            )
    finally:
        store.close()


def test_scope_and_grids_by_name_pending_in_visits(
    qtbot: QtBot, window: Any, ui_home: Path
) -> None:
    add_regions(ui_home)
    completed_visit(ui_home, water_ok=False)  # a visit that also raises a problem
    sign_in(qtbot, window)
    status = window.status
    qtbot.waitUntil(lambda: status.scope.text() == "范围：前王村第1网格", timeout=TIMEOUT)
    assert status.scope.toolTip() == GRID
    counts = window.workspace.data.counts
    assert counts.pending_visits == 1 and counts.pending > 1 + counts.pending_households
    assert status.pending.text() == f"待上传：1 次走访，{counts.pending_households} 户"
    assert window.workspace.today.values["pending"].text() == "1"
    dialog = window.workspace.register_household()
    combo = dialog.form.editors["grid_code"]
    qtbot.waitUntil(lambda: combo.itemData(combo.count() - 1) == GRID, timeout=TIMEOUT)
    assert [combo.itemText(i) for i in range(combo.count())] == ["前王村第1网格"]
    dialog.reject()
    settle(qtbot, window)
