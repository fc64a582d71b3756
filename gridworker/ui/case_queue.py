"""The monitoring cases waiting for this user's step: the village's 评议 and 公示, the
township's 信息比对 and 审核 queue, the county's 审定 queue — oldest first, with the days left
of the clue-to-decision limit (overdue in red). A case opens its household (its timeline);
"记录…" records the step it waits for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.case_papers import Paper, notice_paper
from gridworker.store import cases as store_cases
from gridworker.ui.case_dialog import StepDialog, offered
from gridworker.ui.dialogs import show_error
from gridworker.ui.files import ask_path, save_in_background
from gridworker.ui.household_screen import fill, make_table, selected_id
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.session import Session

if TYPE_CHECKING:
    from sqlalchemy import Connection

# The steps each role's queue lists (what the role decides or records for a case under way).
QUEUE_STEPS: dict[str, tuple[str, ...]] = {
    "village": (vocab.REVIEW, vocab.NOTICE, vocab.CLOSE),
    "township": (vocab.COMPARE, vocab.AUDIT, vocab.REOPEN),
    "county": (vocab.DECIDE, vocab.CLEAR),
}
TITLES = {
    "village": QT_TRANSLATE_NOOP("CaseQueue", "待村级评议、公示的案件"),
    "township": QT_TRANSLATE_NOOP("CaseQueue", "待乡镇审核的案件"),
    "county": QT_TRANSLATE_NOOP("CaseQueue", "待县级审定的案件"),
}
LIST_TITLES = {"township": "乡镇审核清单", "county": "县级审定清单"}
OVERDUE = QBrush(QColor("#b00020"))


def has_queue(role: str) -> bool:
    return role in QUEUE_STEPS


class CaseQueue(QWidget):
    household_activated = Signal(str)
    saved = Signal(object)  # the path of a 公示 list written

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("caseQueue")
        role = session.account.role
        self.steps: Sequence[str] = QUEUE_STEPS.get(role, ())
        self.waiting: list[store_cases.Waiting] = []
        self.title = QLabel(self.tr(TITLES.get(role, "")))
        self.title.setObjectName("queueTitle")
        self.table = make_table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("CaseQueue", "户编号"),
                    QT_TRANSLATE_NOOP("CaseQueue", "户主"),
                    QT_TRANSLATE_NOOP("CaseQueue", "网格"),
                    QT_TRANSLATE_NOOP("CaseQueue", "待办环节"),
                    QT_TRANSLATE_NOOP("CaseQueue", "线索日期"),
                    QT_TRANSLATE_NOOP("CaseQueue", "上一环节"),
                    QT_TRANSLATE_NOOP("CaseQueue", "剩余天数"),
                )
            ]
        )
        self.table.setObjectName("queueTable")
        self.table.itemActivated.connect(self._open)
        self.record_button = QPushButton(self.tr("记录…"))
        self.record_button.setObjectName("recordButton")
        self.record_button.clicked.connect(self._record)
        self.open_button = QPushButton(self.tr("查看此户…"))
        self.open_button.clicked.connect(lambda: self._open(None))
        self.notice_button = QPushButton(self.tr("公示名单另存为 PDF…"))
        self.notice_button.setObjectName("noticeButton")
        self.notice_button.clicked.connect(lambda: self.save_notice_pdf())
        self.notice_button.setVisible(vocab.NOTICE in self.steps)  # the village prints it
        self.list_button = QPushButton(self.tr("清单另存为 PDF…"))
        self.list_button.setObjectName("listButton")
        self.list_button.clicked.connect(lambda: self.save_list_pdf())
        self.list_button.setVisible(role in LIST_TITLES)
        row = QHBoxLayout()
        for b in (self.record_button, self.open_button, self.notice_button, self.list_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        scope, steps, today = self.session.scope, list(self.steps), self.session.today()
        self.session.ops.read(
            lambda c: store_cases.queue(c, scope, steps, today),
            self.show_queue,
            lambda e: show_error(self, e),
            owner=self,
        )

    def show_queue(self, waiting: list[store_cases.Waiting]) -> None:
        self.waiting = waiting
        role = self.session.account.role
        rows = []
        for w in waiting:
            mine = [s for s in offered(role, w.case) if s in self.steps]
            left = w.days_left
            rows.append(
                (
                    w.household_id,
                    (
                        w.number,
                        w.head_name,
                        w.grid_code,
                        "、".join(mine) or w.case.waiting_for,
                        w.case.opened_on.isoformat() if w.case.opened_on else "",
                        w.since.isoformat(),
                        "" if left is None else (str(left) if left >= 0 else f"超期{-left}天"),
                    ),
                )
            )
        fill(self.table, rows)
        for r, w in enumerate(waiting):
            if w.days_left is not None and w.days_left < 0:
                item = self.table.item(r, 6)
                if isinstance(item, QTableWidgetItem):
                    item.setForeground(OVERDUE)
        self.record_button.setEnabled(bool(waiting))

    def _selected(self) -> store_cases.Waiting | None:
        hid = selected_id(self.table)
        return next((w for w in self.waiting if w.household_id == hid), None)

    def _open(self, _item: object) -> None:
        w = self._selected()
        if w is not None:
            self.household_activated.emit(w.household_id)

    def _record(self) -> StepDialog | None:
        w = self._selected()
        if w is None:
            return None
        mine = [s for s in offered(self.session.account.role, w.case) if s in self.steps]
        if not mine:
            return None
        dialog = StepDialog(self.session, w.household_id, w.case, mine[0], self)
        dialog.open()
        return dialog

    def save_notice_pdf(self, path: Path | None = None) -> None:
        """The 村内公示 list of the village (no ID number, phone, account or health)."""
        scope, today = self.session.scope, self.session.today()
        self._save_paper(
            lambda c: notice_paper(store_cases.notice_list(c, scope, today)),
            path,
            "村内公示.pdf",
        )

    def save_list_pdf(self, path: Path | None = None) -> None:
        """The township's 审核 list or the county's 审定 list, with a signature block."""
        scope, today, steps = self.session.scope, self.session.today(), list(self.steps)
        title = LIST_TITLES.get(self.session.account.role, "监测案件清单")
        self._save_paper(
            lambda c: store_cases.case_list(c, scope, steps, today, title), path, f"{title}.pdf"
        )

    def _save_paper(
        self, read: Callable[[Connection], Paper], path: Path | None, suggested: str
    ) -> None:
        """Read the paper on the store lane, paint it on the jobs lane; ``saved`` carries the
        path."""
        target = path or ask_path(self, self.tr("另存为 PDF"), suggested, "PDF 文件 (*.pdf)")
        if target is None:
            return
        save_paper(self, self.session, read, target, self.saved.emit)


def save_paper(
    owner: QWidget,
    session: Session,
    read: Callable[[Connection], Paper],
    target: Path,
    done: Callable[[Path], object],
) -> None:
    """A case paper read on the store lane and painted into ``target`` on the jobs lane."""
    from gridworker.ui.printing.case_print import write_paper_pdf

    def write(paper: Paper) -> None:
        def paint() -> Path:
            write_paper_pdf(target, paper)
            return target

        save_in_background(owner, session.ops, paper.title, paint, done)

    session.ops.read(read, write, lambda e: show_error(owner, e), owner=owner)
