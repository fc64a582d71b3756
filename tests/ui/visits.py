"""Repeat-visit helpers shared by the UI tests and the keyboard benchmark: a household's last
visit made through the core, and a driver that works a visit with the keyboard alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from gridworker.store import households, visits
from gridworker.store.checklists import current_version
from gridworker.store.store import Store, account_folder

from tests.ui.conftest import PASSWORD, WORKER, household_answers


def last_visit(
    home: Path,
    household_head: str = "张三",
    days_ago: int = 28,
    username: str = WORKER,
    **answers: Any,
) -> tuple[str, str]:
    """(household id, visit id): a completed visit ``days_ago`` days back, signed by 代填 with
    the head's thumbprint, made through the core."""
    on = date.today() - timedelta(days=days_ago)
    store = Store.open(account_folder(home, username), PASSWORD)
    try:
        with store.write() as conn:
            h = households.t.household
            hid = conn.execute(h.select().where(h.c.head_name == household_head)).first().id
            vid = visits.start_visit(
                conn,
                hid,
                checklist_version=current_version(conn),
                worker=username,
                worker_name="刘红旗",
                visit_date=on,
            )
            stored = visits.get_visit(conn, vid).answers
            household = household_answers(
                signed_by_helper=True,
                helper_name="张小红",
                thumbprint=True,
                head_signature=None,
                sign_date=on.isoformat(),
                **answers,
            )
            visits.save_draft(conn, vid, {**stored, "household": household})
            visits.complete_visit(conn, vid)
    finally:
        store.close()
    return str(hid), str(vid)


def work_by_keyboard(screen: Any, limit: int = 200) -> int:
    """Work the open visit with keys alone until it is completed: Enter everywhere (与上次相同,
    next field, next section, 完成走访), Space on an unanswered 户主已按手印. Returns the number
    of key presses (QTest.keyClick on the focused widget)."""
    presses = 0
    done: list[str] = []
    screen.visit_completed.connect(lambda _h, v: done.append(v))
    while not done:
        if presses >= limit:
            raise AssertionError(f"not completed after {presses} key presses")
        widget = QApplication.focusWidget()
        if widget is None:
            raise AssertionError("nothing has the keyboard focus")
        key = Qt.Key.Key_Return
        if (
            isinstance(widget, QRadioButton)
            and widget.parent() is not None
            and widget.parent().objectName() == "q_thumbprint"
            and not widget.isChecked()
        ):
            key = Qt.Key.Key_Space
        QTest.keyClick(widget, key)
        presses += 1
        if widget is screen.complete_button:
            wait_until(lambda: bool(done) or screen.session.ops.idle)
    return presses


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10000) -> None:
    """Run the event loop until ``condition`` holds: blocking waits on a QEventLoop instance
    (never the static processEvents), woken every 5 ms to look again, so the store lane's
    thread gets the interpreter while the GUI waits."""
    loop, tick, clock = QEventLoop(), QTimer(), QElapsedTimer()
    tick.setInterval(5)
    tick.start()
    clock.start()
    try:
        while not condition():
            if clock.elapsed() > timeout_ms:
                raise AssertionError("timed out")
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()
