"""Issue 16, the grid worker's visit: the right panel survives a second visit, a repeat visit
starts from last time section by section, visit modes from the settings, the visit date, the
keyboard, and the completion message that autosave no longer hides."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gridworker.checklist import repeat
from gridworker.store import visits
from gridworker.store.errors import InvalidRecord
from gridworker.store.store import Store, account_folder
from gridworker.ui.printing import save_visit_pdf

from tests.printing.conftest import needs_pdftotext, pdf_text
from tests.ui.conftest import PASSWORD, TIMEOUT, WORKER, settle, sign_in
from tests.ui.visits import last_visit, work_by_keyboard


def open_new_visit(qtbot: QtBot, window: Any, head: str) -> Any:
    ws = window.workspace
    hid = next(r.id for r in ws.data.rows if r.head_name == head)
    ws.open_visit(hid, "")
    qtbot.waitUntil(
        lambda: ws.visit.data is not None and ws.visit.data.visit.household_id == hid,
        timeout=TIMEOUT,
    )
    settle(qtbot, window)
    return ws.visit


def stored(home: Path, visit_id: str) -> visits.Visit:
    store = Store.open(account_folder(home, WORKER), PASSWORD)
    try:
        with store.read() as conn:
            return visits.get_visit(conn, visit_id)
    finally:
        store.close()


def test_second_visit_keeps_the_right_panel(qtbot: QtBot, window: Any) -> None:
    window.resize(1366, 768)
    sign_in(qtbot, window)
    first = open_new_visit(qtbot, window, "张三")
    width = first.panel.width()
    assert first.panel.isVisible() and width >= 200
    screen = open_new_visit(qtbot, window, "王建国")
    qtbot.waitUntil(lambda: screen.splitter.count() == 2, timeout=TIMEOUT)
    assert screen.panel.isVisible()
    assert screen.splitter.sizes()[1] >= 200 and screen.panel.width() >= 200
    assert abs(screen.panel.width() - width) <= width // 10  # about the width it had
    third = open_new_visit(qtbot, window, "张三")
    assert third.panel.width() >= 200 and third.splitter.count() == 2


@needs_pdftotext
def test_repeat_visit_confirmed_section_by_section(
    qtbot: QtBot, window: Any, ui_home: Path
) -> None:
    _hid, last_id = last_visit(ui_home)
    sign_in(qtbot, window)
    screen = open_new_visit(qtbot, window, "张三")
    form = screen.form
    offered = repeat.states(screen.answers)
    assert set(offered) >= {"income", "housing", "water", "basic_needs", "signing", "member_work"}
    assert "sudden" not in offered  # 突发情况 is asked afresh
    assert set(offered.values()) == {repeat.PENDING}

    # Last month's answers are shown, but they are not this visit's answers yet.
    assert form.field("income_wage").value() == 30000
    assert not form.field("income_wage").edit.isEnabled()
    assert "income_wage" not in screen.answers["household"]
    screen.complete()
    assert screen.data.editable
    assert "未确认与上次相同" in screen.saved_label.text()

    for sid in offered:
        form.setCurrentIndex(form.section_tabs[sid])
        if sid == "income":
            form.bars[sid].edit.click()
            assert form.field("income_wage").edit.isEnabled()
            form.field("income_wage").edit.setText("32000")
        else:
            form.bars[sid].same.click()
    # the signature, thumbprint and signing date are never carried
    assert form.field("thumbprint").value() is None
    assert form.field("helper_name").value() == "张小红"
    form.field("thumbprint").choose(True)
    assert form.changed_marks() == {("income", None, "income_wage"): "已改，上次：30,000 元"}
    assert "（已修改）" in form.sections.item(form.section_tabs["income"]).text()
    assert "（同上次）" in form.sections.item(form.section_tabs["water"]).text()

    with qtbot.waitSignal(screen.visit_completed, timeout=TIMEOUT) as done:
        screen.complete()
    vid = done.args[1]
    settle(qtbot, window)
    visit = stored(ui_home, vid)
    assert visit.status == "completed" and vid != last_id
    hh = visit.answers["household"]
    assert hh["income_wage"] == 32000
    assert hh["water_quantity_lpd"] == 60 and hh["housing_grade"] == "A"
    assert hh["helper_name"] == "张小红" and hh["thumbprint"] is True
    assert visit.answers["repeat"]["from"] == last_id
    assert repeat.pending(visit.answers) == []

    # The printed summary (入户走访记录表, a PDF) says what changed.
    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        pdf = ui_home / "summary.pdf"
        assert save_visit_pdf(store, vid, pdf).documents == 1
    finally:
        store.close()
    text = re.sub(r"\s+", "", pdf_text(pdf))
    assert "32,000元（已改，上次：30,000元）" in text
    assert text.count("已改，上次") == 1
    assert "节与上次相同，1处有改动" in text
    settle(qtbot, window)


def test_repeat_visit_by_keyboard(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    """Enter confirms a section and moves on; Space presses the thumbprint; Enter completes."""
    last_visit(ui_home)
    sign_in(qtbot, window)
    window.activateWindow()
    screen = open_new_visit(qtbot, window, "张三")
    qtbot.waitUntil(lambda: screen.form.bars.get("member_basic") is not None, timeout=TIMEOUT)
    presses = work_by_keyboard(screen)
    assert presses <= 40, presses
    settle(qtbot, window)


def test_phone_visit_completes_without_a_signature(
    qtbot: QtBot, window: Any, ui_home: Path
) -> None:
    """张三's family works away (长期外出): the visit is a phone call, with no thumbprint."""
    from gridworker.store import households

    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        with store.write() as conn:
            h = households.t.household
            hid = conn.execute(h.select().where(h.c.head_name == "张三")).first().id
            households.update_household(conn, hid, {"long_absent": True}, date.today())
    finally:
        store.close()
    sign_in(qtbot, window)
    screen = open_new_visit(qtbot, window, "张三")
    form = screen.form
    assert screen.mode.currentData() == "电话"  # a long-absent household: a phone visit
    assert ("signing", None, "head_signature") not in screen.evaluation.visible
    assert ("signing", None, "thumbprint") not in screen.evaluation.visible
    assert not any(k[0] in ("housing", "water") for k in screen.evaluation.visible)
    for qid, value in (
        ("income_wage", "20000"),
        ("income_business", "0"),
        ("income_property", "0"),
        ("income_transfer", "3000"),
        ("cost_production", "1000"),
        ("out_of_pocket", "0"),
        ("worker_phone", "13800000000"),
    ):
        form.field(qid).edit.setText(value)
    form.field("food_ok").choose(True)
    form.field("clothing_ok").choose(True)
    form.field("signed_by_helper").choose(True)
    form.field("helper_name").edit.setText("张小红")
    with qtbot.waitSignal(screen.visit_completed, timeout=TIMEOUT) as done:
        screen.complete()
    settle(qtbot, window)
    visit = stored(ui_home, done.args[1])
    assert visit.status == "completed" and visit.mode == "电话"
    assert "head_signature" not in visit.answers["household"]
    assert "thumbprint" not in visit.answers["household"]


def test_phone_visit_needs_a_signature_when_the_settings_say_so(ui_home: Path) -> None:
    """The same phone visit is refused once the county's settings ask 电话 for a signature."""
    from gridworker.store import records
    from gridworker.store.store import TABLES

    hid, last_id = last_visit(ui_home)
    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        with store.write() as conn:
            # the county's defaults ask no signature on the phone: this one completes ...
            vid = visits.start_visit(
                conn,
                hid,
                checklist_version="2022.1",
                worker=WORKER,
                worker_name="刘红旗",
                visit_date=date.today(),
                mode="电话",
            )
            answers = visits.get_visit(conn, vid).answers
            answers["household"].update(
                visits.get_visit(conn, last_id).answers["household"], thumbprint=None
            )
            answers["household"]["signed_by_helper"] = False
            answers["household"]["sign_date"] = date.today().isoformat()
            visits.save_draft(conn, vid, answers)
            visits.complete_visit(conn, vid, today=date.today())
            # ... until the county says a phone visit is signed too
            conn.execute(
                TABLES.setting.insert().values(
                    id=records.new_id(),
                    key="visit_modes",
                    value={"电话": {"sections": None, "not_asked": []}},
                    year=None,
                    region=None,
                )
            )
            vid = visits.start_visit(
                conn,
                hid,
                checklist_version="2022.1",
                worker=WORKER,
                worker_name="刘红旗",
                visit_date=date.today(),
                mode="电话",
            )
            answers = visits.get_visit(conn, vid).answers
            answers["household"].update(
                visits.get_visit(conn, last_id).answers["household"], thumbprint=None
            )
            answers["household"]["signed_by_helper"] = False
            answers["household"]["sign_date"] = date.today().isoformat()
            answers["household"].pop("head_signature", None)
            visits.save_draft(conn, vid, answers)
            with pytest.raises(InvalidRecord) as refused:
                visits.complete_visit(conn, vid, today=date.today())
    finally:
        store.close()
    assert "head_signature" in str(refused.value)


def test_backdated_visit_and_the_limit(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    from gridworker.reports.period import Period
    from gridworker.reports.report import build_report

    hid, _ = last_visit(ui_home, days_ago=60)
    sign_in(qtbot, window)
    screen = open_new_visit(qtbot, window, "张三")
    today = date.today()
    # the date editor offers only the allowed range: 30 days back by default
    assert screen.visit_date.minimumDate().toPython() == today - timedelta(days=30)
    assert screen.visit_date.maximumDate().toPython() == today
    on = today - timedelta(days=10)
    screen.visit_date.setDate(on)
    assert screen.form.field("sign_date").value() == on.isoformat()
    for sid in list(repeat.states(screen.answers)):
        screen.form.setCurrentIndex(screen.form.section_tabs[sid])
        screen.form.bars[sid].same.click()
    screen.form.field("thumbprint").choose(True)
    with qtbot.waitSignal(screen.visit_completed, timeout=TIMEOUT) as done:
        screen.complete()
    settle(qtbot, window)
    vid = done.args[1]
    visit = stored(ui_home, vid)
    assert visit.visit_date == on
    assert visit.completed_at is not None
    assert abs((visit.completed_at.date() - today).days) <= 1  # typed in today
    qtbot.waitUntil(lambda: screen.data.visit.status == "completed", timeout=TIMEOUT)
    from gridworker.ui.visit_screen import local_day

    typed = local_day(visit.completed_at)
    assert typed is not None and typed.isoformat() in screen.entered_label.text()  # 录入

    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        with store.read() as conn:
            grid = conn.execute(
                visits.t.household.select().where(visits.t.household.c.id == hid)
            ).first()
            own = Period.week(*on.isocalendar()[:2])
            this = Period.week(*today.isocalendar()[:2])
            counted_own = build_report(conn, grid.grid_code, own).coverage.total.visited
            counted_now = build_report(conn, grid.grid_code, this).coverage.total.visited
            before = Period.week(*(on - timedelta(days=7)).isocalendar()[:2])
            counted_before = build_report(conn, grid.grid_code, before).coverage.total.visited
    finally:
        store.close()
    assert counted_own == 1  # counted in the week of its visit date
    assert counted_before == 0
    if own != this:
        assert counted_now == 0  # not in the week it was typed in


def test_a_visit_date_beyond_the_limit_is_refused_on_the_device(ui_home: Path) -> None:
    hid, _ = last_visit(ui_home, days_ago=60)
    today = date.today()
    store = Store.open(account_folder(ui_home, WORKER), PASSWORD)
    try:
        with store.write() as conn:
            vid = visits.start_visit(
                conn,
                hid,
                checklist_version="2022.1",
                worker=WORKER,
                worker_name="刘红旗",
                visit_date=today,
            )
            answers = visits.get_visit(conn, vid).answers
            with pytest.raises(InvalidRecord) as refused:
                visits.save_draft(
                    conn, vid, answers, visit_date=today - timedelta(days=31), today=today
                )
            assert "补录" in str(refused.value)
            with pytest.raises(InvalidRecord):
                visits.save_draft(conn, vid, answers, visit_date=today + timedelta(1), today=today)
            visits.save_draft(
                conn, vid, answers, visit_date=today - timedelta(days=30), today=today
            )
    finally:
        store.close()


def test_missing_answers_message_is_not_overwritten_by_autosave(qtbot: QtBot, window: Any) -> None:
    sign_in(qtbot, window)
    screen = open_new_visit(qtbot, window, "张三")
    screen.form.field("income_wage").edit.setText("5000")  # an edit: autosave is due
    assert screen.unsaved
    screen.complete()  # within the 500 ms
    message = screen.saved_label.text()
    assert message.startswith("还有")
    settle(qtbot, window)
    qtbot.wait(700)
    settle(qtbot, window)
    assert screen.saved_label.text() == message


def truncated(root: Any, window: Any) -> list[tuple[str, str]]:
    """Visible labels and buttons narrower (or, wrapping, lower) than their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel) and w.text():
            short = (
                w.height() < w.heightForWidth(w.width()) - 1
                if w.wordWrap()
                else w.width() < w.sizeHint().width() - 1
            )
        elif isinstance(w, QAbstractButton) and w.text():
            short = w.width() < w.sizeHint().width() - 1
        else:
            continue
        if short:
            out.append((type(w).__name__, w.text()))
    return out


# 1366×768 at 100 % and at 125 % (1093×614 logical), less a 40 px taskbar; the default and the
# largest font size the app offers
@pytest.mark.parametrize("size", [(1366, 728), (1093, 574)])
@pytest.mark.parametrize("points", [12, 24])
def test_visit_screen_on_a_small_screen(
    qtbot: QtBot, window: Any, ui_home: Path, size: tuple[int, int], points: int
) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from gridworker.ui.appearance import DEFAULT_POINT_SIZE, apply_point_size

    last_visit(ui_home)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sign_in(qtbot, window)
    apply_point_size(app, points)
    try:
        window.resize(*size)
        screen = open_new_visit(qtbot, window, "张三")
        form = screen.form
        loop = QEventLoop()
        for i in range(form.sections.count()):
            form.setCurrentIndex(i)
            for _ in range(3):  # layouts settle through posted events
                app.sendPostedEvents()
                loop.processEvents()
            assert window.size().toTuple() == size  # nothing made the window bigger
            assert screen.panel.width() >= 150 and screen.panel.isVisible()
            assert truncated(screen, window) == [], form.tabText(i)
    finally:
        apply_point_size(app, DEFAULT_POINT_SIZE)


def test_enter_moves_to_the_next_field_then_the_next_section(qtbot: QtBot, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    sign_in(qtbot, window)
    window.activateWindow()
    screen = open_new_visit(qtbot, window, "张三")  # a first visit: no 与上次相同 here
    form = screen.form
    form.setCurrentIndex(form.section_tabs["income"])
    form.field("income_wage").edit.setFocus()
    qtbot.waitUntil(lambda: form.field("income_wage").edit.hasFocus(), timeout=TIMEOUT)
    for amount in ("9000", "0", "0", "1200", "300", "0"):
        widget = QApplication.focusWidget()
        widget.setText(amount)
        QTest.keyClick(widget, Qt.Key.Key_Return)
    assert form.tabText(form.currentIndex()) == "住房安全"
    assert QApplication.focusWidget() is form.field("housing_grade").combo
    assert form.field("out_of_pocket").value() == 0
    # past the last section: 完成走访
    form.setCurrentIndex(form.section_tabs["signing"])
    form.field("sign_date").edit.setFocus()
    QTest.keyClick(form.field("sign_date").edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.complete_button
    settle(qtbot, window)
