"""Issue 16, print paths in the GUI: 标准版 / 公示版 / 含完整证件号码 of one visit from the visit
screen's print menu, and 批量打印 of a grid or village from the File menu as a long job of the
operations layer whose 取消 stops a 3,000-visit batch within a second (real store, real helper
process)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gridworker.store.store import Store
from gridworker.ui.operations import Operations

from tests.conftest import FAST_KDF
from tests.ui.conftest import TIMEOUT, completed_visit, settle, sign_in

BATCH = 3000


@pytest.fixture(scope="module")
def batch_store_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gridworker import demo
    from gridworker.store import bulk

    county = demo.generate(households=1100, seed=3, today=date(2022, 9, 1))
    folder = tmp_path_factory.mktemp("batch") / "store"
    store = Store.create(folder, "pw", kdf=FAST_KDF)
    try:
        bulk.load(
            store,
            {
                "region": county.regions,
                "household": county.households,
                "member": county.members,
                "visit": [{"worker": "gw1", **v} for v in county.visits],
            },
        )
    finally:
        store.close()
    return folder


@pytest.fixture
def batch_ops(batch_store_folder: Path) -> Iterator[Operations]:
    ops = Operations()
    ops.store = Store.open(batch_store_folder, "pw")
    yield ops
    ops.shutdown()


def _progress(parent: QWidget) -> QProgressDialog:
    dialog = parent.findChild(QProgressDialog, "batchPrintProgress")
    assert dialog is not None
    return dialog


def test_batch_print_of_3000_visits_cancels_within_a_second(
    qtbot: QtBot, tmp_path: Path, batch_ops: Operations
) -> None:
    from gridworker.summary import visit_ids_in
    from gridworker.ui.printing.actions import print_batch

    store = batch_ops.store
    assert store is not None
    with store.read() as conn:
        ids = visit_ids_in(conn, "3406", date(2000, 1, 1), date(2030, 1, 1))[:BATCH]
    assert len(ids) == BATCH
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[Any] = []
    # while it prints: 取消 in the progress dialog, and the job is over within a second
    path = tmp_path / "part.pdf"
    state = print_batch(parent, batch_ops, ids, path, done=done.append)
    fractions: list[float] = []
    state.progress_changed.connect(fractions.append)
    qtbot.waitUntil(lambda: len(fractions) >= 3, timeout=TIMEOUT * 4)
    t0 = time.monotonic()
    cancel = _progress(parent).findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    cancel.click()
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    latency = time.monotonic() - t0
    assert latency < 1.0, latency
    assert done[0].cancelled and 3 <= done[0].documents < BATCH
    assert path.read_bytes().rstrip().endswith(b"%%EOF")  # a whole PDF of what was written
    qtbot.waitUntil(lambda: batch_ops.idle, timeout=TIMEOUT)
    # cancelled before its first page (the helper still loading Qt and opening the store,
    # which takes over a second here): ended at once, no file
    path = tmp_path / "none.pdf"
    state = print_batch(parent, batch_ops, ids, path, done=done.append)
    fractions.clear()
    state.progress_changed.connect(fractions.append)
    qtbot.wait(300)
    assert not fractions
    t0 = time.monotonic()
    state.cancel()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=TIMEOUT)
    assert time.monotonic() - t0 < 1.0
    assert done[1].cancelled and done[1].documents == 0 and not path.exists()
    # cancelled while it waits its turn on the jobs lane: it never starts
    qtbot.waitUntil(lambda: batch_ops.idle, timeout=TIMEOUT)
    state = print_batch(parent, batch_ops, ids, path, done=done.append)
    state.cancel()
    qtbot.waitUntil(lambda: len(done) == 3, timeout=TIMEOUT)
    assert done[2].documents == 0 and not path.exists()


def test_batch_print_dialog_prints_a_village_public_variant(
    qtbot: QtBot, tmp_path: Path, batch_ops: Operations
) -> None:
    from gridworker.summary import visit_ids_in
    from gridworker.ui.printing.batch_dialog import BatchPrintDialog

    from tests.ui.test_township import pdf_text

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = BatchPrintDialog(batch_ops, "340621100", date(2022, 9, 1), parent)
    qtbot.addWidget(dialog)
    # villages and grids by name, not code
    qtbot.waitUntil(lambda: dialog.region.count() > 1, timeout=TIMEOUT)
    names = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert all(not n.isdigit() for n in names) and any(n.endswith("网格") for n in names)
    grid = next(i for i in range(dialog.region.count()) if names[i].endswith("网格"))
    dialog.region.setCurrentIndex(grid)
    code = dialog.region.currentData()
    dialog.date_from.setDate(dialog.date_from.date().addMonths(-1))
    dialog.variants.button(1).setChecked(True)  # 公示版
    store = batch_ops.store
    assert store is not None
    with store.read() as conn:
        expected = visit_ids_in(conn, code, date(2022, 8, 1), date(2022, 9, 1))
    assert expected
    with qtbot.waitSignal(dialog.finished_printing, timeout=TIMEOUT * 6) as blocker:
        dialog.start(tmp_path / "grid.pdf")
    result = blocker.args[0]
    assert result.documents == len(expected) and not result.cancelled
    text = pdf_text(tmp_path / "grid.pdf")
    assert "公示版" in text


def _answer_modals(answers: list[str], seen: list[str]) -> None:
    """Answer the modal dialogs as they come: Yes to a question, close a preview."""

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            if answers:
                QTimer.singleShot(50, step)
            return
        seen.append(modal.windowTitle())
        answer = answers.pop(0)
        if isinstance(modal, QMessageBox):
            button = modal.button(
                QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No
            )
            button.click()
        else:
            modal.close()
        if answers:
            QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)


def test_visit_screen_prints_each_variant(qtbot: QtBot, window: Any, ui_home: Path) -> None:
    hid, vid = completed_visit(ui_home)
    sign_in(qtbot, window)
    ws = window.workspace
    ws.open_visit(hid, vid)
    settle(qtbot, window)
    menu = ws.visit.print_button.menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert set(actions) == {"print_standard", "print_public", "print_full_ids"}
    seen: list[str] = []
    for name, answers, mark in (
        ("print_standard", ["close"], None),
        ("print_public", ["close"], "公示版"),
        ("print_full_ids", ["yes", "close"], "含完整证件号码"),
    ):
        seen.clear()
        _answer_modals(list(answers), seen)
        actions[name].trigger()
        want = len(answers)
        qtbot.waitUntil(lambda: len(seen) == want, timeout=TIMEOUT)  # noqa: B023
        settle(qtbot, window)
        preview = seen[-1]
        assert preview.startswith("打印预览")
        assert (mark in preview) if mark else ("（" not in preview)
    # the File menu opens the batch dialog
    window.commands.batch_print.trigger()
    from gridworker.ui.printing.batch_dialog import BatchPrintDialog

    shown = [d for d in window.findChildren(BatchPrintDialog) if d.isVisible()]
    assert len(shown) == 1
    shown[0].reject()
