"""A completed visit is read-only; 更正 starts a revision that replaces it once completed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from gridworker.store import visits
from gridworker.store.store import Store, account_folder

from tests.ui.conftest import PASSWORD, TIMEOUT, WORKER, completed_visit, settle, sign_in


def test_correction_revision(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    hid, vid = completed_visit(ui_home)
    sign_in(qtbot, window)
    ws = window.workspace
    ws.open_household(hid)
    qtbot.waitUntil(lambda: ws.household.view is not None, timeout=TIMEOUT)
    assert ws.household.visits.rowCount() == 1
    ws.household.visits.setCurrentCell(0, 0)
    ws.household._open_visit(ws.household.visits.item(0, 0))
    qtbot.waitUntil(
        lambda: ws.visit.data is not None and ws.visit.data.visit.id == vid, timeout=TIMEOUT
    )
    screen = ws.visit
    assert not screen.data.editable
    assert not screen.complete_button.isVisibleTo(screen)
    assert not screen.form.field("income_wage").edit.isEnabled()  # immutable

    screen.revise_button.click()
    qtbot.waitUntil(lambda: screen.data.visit.id != vid and screen.data.editable, timeout=TIMEOUT)
    new_id = screen.data.visit.id
    assert screen.data.visit.revision_of == vid
    assert screen.form.field("income_wage").value() == 30000  # carried over
    screen.form.field("income_wage").edit.setText("1000")
    screen.form.field("income_business").edit.setText("500")
    assert "income_below_line" in screen.panel.flag_rules()
    with qtbot.waitSignal(screen.visit_completed, timeout=TIMEOUT):
        screen.complete()
    qtbot.waitUntil(
        lambda: not screen.data.editable and screen.data.visit.id == new_id, timeout=TIMEOUT
    )
    assert not screen.revise_button.isHidden()
    settle(qtbot, window)

    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        with store.read() as conn:
            chain = visits.household_visits(conn, hid)
    finally:
        store.close()
    by_id = {v.id: v for v in chain}
    assert by_id[vid].status == "completed"
    assert by_id[vid].answers["household"]["income_wage"] == 30000  # the original is untouched
    assert by_id[new_id].status == "completed" and by_id[new_id].revision_of == vid
    assert by_id[new_id].answers["household"]["income_wage"] == 1000
