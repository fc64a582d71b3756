"""批量打印: every completed visit of a village or grid in a date range, in one of the three
variants (标准版, 公示版, 含完整证件号码), as a long job with progress and 取消
(:func:`gridworker.ui.printing.actions.print_region`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gridworker.store.roster import grid_choices
from gridworker.summary import SummaryOptions
from gridworker.ui.operations import Operations
from gridworker.ui.printing.actions import confirm_full_ids, print_region
from gridworker.ui.printing.render import PrintResult


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BatchPrintDialog(QDialog):
    """Choose what to print; 打印 asks for the PDF's name and starts the job."""

    finished_printing = Signal(object)  # PrintResult

    def __init__(self, ops: Operations, scope: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("batchPrintDialog")
        self.setWindowTitle(self.tr("批量打印走访记录"))
        self.region = QComboBox()
        self.region.setObjectName("batchRegion")
        self.region.addItem(self.tr("（正在读取…）"), scope)
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.variants = QButtonGroup(self)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for i, text in enumerate(
            (
                self.tr("标准版（证件号码只显示后4位）"),
                self.tr("公示版（不显示证件号码、电话、银行账户和健康状况）"),
                self.tr("含完整证件号码（只供存档，不得张贴）"),
            )
        ):
            button = QRadioButton(text)
            self.variants.addButton(button, i)
            column.addWidget(button)
        self.variants.button(0).setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("村或网格"), self.region)
        form.addRow(self.tr("走访日期从"), self.date_from)
        form.addRow(self.tr("到"), self.date_to)
        form.addRow(self.tr("版本"), box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打印…"))
        buttons.accepted.connect(lambda: self.start())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        ops.read(lambda conn: grid_choices(conn, scope), self._regions, owner=self)

    def _regions(self, choices: list[tuple[str, str]]) -> None:
        current = self.region.currentData()
        self.region.clear()
        for code, name in choices:
            self.region.addItem(name, code)
        index = self.region.findData(current)
        self.region.setCurrentIndex(max(index, 0))

    def options(self, *, confirmed: bool = False) -> SummaryOptions | None:
        """The chosen variant; full ID numbers need the user's confirmation (None: declined)."""
        choice = self.variants.checkedId()
        if choice == 1:
            return SummaryOptions(public=True)
        if choice == 2:
            return SummaryOptions(full_ids=True) if confirmed or confirm_full_ids(self) else None
        return SummaryOptions()

    def start(self, path: Path | None = None, *, confirmed: bool = False) -> None:
        """Print what is chosen into ``path`` (asked when None); the dialog closes and the
        progress dialog of the job takes over."""
        options = self.options(confirmed=confirmed)
        if options is None:
            return
        parent = self.parentWidget() or self
        print_region(
            parent,
            self.ops,
            str(self.region.currentData()),
            _day(self.date_from.date()),
            _day(self.date_to.date()),
            options,
            path=path,
            done=self._done,
        )
        self.accept()

    def _done(self, result: PrintResult) -> None:
        self.finished_printing.emit(result)
