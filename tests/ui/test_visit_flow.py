"""A whole visit through the real widgets: find, fill, autosave, kill, resume, complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridworker.store import problems, visits
from gridworker.store.store import Store
from gridworker.ui.app import create_window

from tests.ui.conftest import PASSWORD, TIMEOUT, WORKER, settle, sign_in


def commit_text(widget: Any, text: str) -> None:
    """Type Chinese the way an input method does: one commit event."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def find_zhangsan(qtbot: QtBot, ws: Any) -> str:
    ws.go_roster()
    qtbot.keyClicks(ws.roster.search, "zs")
    model = ws.roster.model
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 100, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: any(model.row_at(i).head_name == "张三" for i in range(model.rowCount())),
        timeout=TIMEOUT,
    )
    row = next(i for i in range(model.rowCount()) if model.row_at(i).head_name == "张三")
    ws.roster.table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(ws.roster.table, "\r")  # Enter opens it
    qtbot.waitUntil(
        lambda: (
            ws.household.view is not None and ws.household.view.household["head_name"] == "张三"
        ),
        timeout=TIMEOUT,
    )
    return str(ws.household.view.id)


def type_into(qtbot: QtBot, field: Any, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def shown(form: Any, qid: str, mid: str | None = None) -> bool:
    """Is the field on screen once its section's tab is chosen (as the user would)?"""
    key = next(k for k in form.rows if k[2] == qid and k[1] == mid)
    form.setCurrentIndex(form.section_tabs[key[0]])
    return bool(form.field(qid, mid).isVisibleTo(form))


def member_id(view: Any, name: str) -> str:
    return next(str(m["id"]) for m in view.members if m["name"] == name)


def test_whole_visit(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    sign_in(qtbot, window)
    ws = window.workspace
    hid = find_zhangsan(qtbot, ws)
    wife = member_id(ws.household.view, "王芳")
    ws.household.visit_button.click()
    qtbot.waitUntil(lambda: ws.visit.form is not None, timeout=TIMEOUT)
    form, screen = ws.visit.form, ws.visit
    assert screen.data.editable

    # A member section with its own skip logic: 残疾 reveals 残疾类别.
    disability = form.field("disability_class", wife)
    assert not shown(form, "disability_class", wife)
    form.field("health", wife).choose("残疾")
    assert shown(form, "disability_class", wife)
    disability.choose("肢体")
    form.field("welfare_job", wife).edit.setText("保洁")  # reveals 公益岗位月数
    type_into(qtbot, form.field("welfare_job_months", wife), "6")

    # Income: the derived 人均纯收入 shows live against the line.
    for qid, amount in (
        ("income_wage", "9000"),
        ("income_business", "3000"),
        ("income_property", "0"),
        ("income_transfer", "1200"),
        ("cost_production", "1500"),
        ("out_of_pocket", "800"),
    ):
        type_into(qtbot, form.field(qid), amount)
    assert screen.panel.values["per_capita_income"].text().startswith("3,900.00")
    assert "低于" in screen.panel.verdict.text()
    assert "income_below_line" in screen.panel.flag_rules()

    form.field("housing_grade").choose("B")
    type_into(qtbot, form.field("water_quantity_lpd"), "50")
    form.field("water_quality_method").choose("看闻问尝")
    # A flag raised as it happens: unsafe water quality is a problem.
    form.field("water_quality_ok").choose(False)
    assert "water_quality_bad" in screen.panel.flag_rules()
    # Household skip logic: not piped reveals the distance questions.
    assert not shown(form, "water_round_trip_min")
    form.field("water_piped").choose(False)
    assert shown(form, "water_round_trip_min")
    type_into(qtbot, form.field("water_round_trip_min"), "10")
    type_into(qtbot, form.field("water_horizontal_m"), "300")
    type_into(qtbot, form.field("water_vertical_m"), "5")
    type_into(qtbot, form.field("water_days_without"), "0")
    form.field("food_ok").choose(True)
    form.field("clothing_ok").choose(True)
    form.field("sudden_events").choose(["自然灾害"])
    assert shown(form, "disaster_subtype")
    form.field("disaster_subtype").choose("0201")
    commit_text(form.field("sudden_note").edit, "七月洪水淹了玉米地")
    assert form.field("sudden_note").value() == "七月洪水淹了玉米地"

    # Inline validation in Chinese beside the field.
    type_into(qtbot, form.field("water_days_without"), "400")
    error = form.field("water_days_without").error
    assert shown(form, "water_days_without")
    assert error.isVisibleTo(form) and "不能大于" in error.text()
    type_into(qtbot, form.field("water_days_without"), "3")
    assert not error.isVisibleTo(form)

    # Autosave (debounced) without leaving the field.
    assert screen.unsaved
    with qtbot.waitSignal(screen.draft_saved, timeout=TIMEOUT):
        qtbot.waitUntil(lambda: not screen.unsaved, timeout=TIMEOUT)
    settle(qtbot, window)
    draft_id = screen.data.visit.id

    # Kill the window: no close event, no flush — only what autosave already wrote survives.
    window.ops.shutdown()
    window.hide()

    second = create_window(["--lang", "zh_CN"], home=ui_home)
    qtbot.addWidget(second)
    second.show()
    try:
        sign_in(qtbot, second)
        ws2 = second.workspace
        assert find_zhangsan(qtbot, ws2) == hid
        assert ws2.household.view.draft_id == draft_id
        assert "继续" in ws2.household.visit_button.text()
        ws2.household.visit_button.click()
        qtbot.waitUntil(
            lambda: ws2.visit.data is not None and ws2.visit.data.visit.id == draft_id,
            timeout=TIMEOUT,
        )
        form2, screen2 = ws2.visit.form, ws2.visit
        assert form2.field("disability_class", wife).value() == "肢体"
        assert form2.field("sudden_note").value() == "七月洪水淹了玉米地"
        assert form2.field("water_days_without").value() == 3

        # Completing with something missing: told where, nothing completed.
        screen2.complete()
        assert screen2.data.editable
        assert form2.field("signed_by_helper").error.isVisibleTo(form2)
        assert form2.tabText(form2.currentIndex()) == "签字确认"
        form2.field("signed_by_helper").choose(False)
        type_into(qtbot, form2.field("worker_phone"), "13800000000")
        sig = form2.field("head_signature")
        sig.pad.add_stroke([QPointF(20, 60), QPointF(120, 40), QPointF(220, 90)])
        qtbot.waitUntil(lambda: sig.value() is not None, timeout=TIMEOUT)
        with qtbot.waitSignal(screen2.visit_completed, timeout=TIMEOUT):
            screen2.complete()
        qtbot.waitUntil(
            lambda: ws2.visit.data is not None and not ws2.visit.data.editable, timeout=TIMEOUT
        )
        assert ws2.visit.revise_button.isVisibleTo(ws2.visit)
        settle(qtbot, second)
    finally:
        second.close()
        second.ops.shutdown()

    store = Store.open(ui_home / "accounts" / WORKER, PASSWORD)
    try:
        with store.read() as conn:
            visit = visits.get_visit(conn, draft_id)
            open_problems = problems.problems(conn, hid, open_only=True)
            from gridworker.store.attachments import get_attachment

            signature = get_attachment(conn, visit.answers["household"]["head_signature"])
    finally:
        store.close()
    assert visit.status == "completed"
    assert visit.answers["members"][wife]["disability_class"] == "肢体"
    assert any(f["rule"] == "water_quality_bad" for f in visit.flags)
    assert any(p["rule"] == "water_quality_bad" for p in open_problems)
    assert signature is not None and signature[0] == "image/png"
    assert signature[1].startswith(b"\x89PNG")
