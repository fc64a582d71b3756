"""The households behind one figure: a list dialog; double-click opens the household screen,
and the list can be saved as .xlsx (``gridworker.reports.xlsx.export_drill``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridworker.reports import HouseholdRef
from gridworker.ui.files import ask_path, save_in_background
from gridworker.ui.operations import Operations, TaskState

HEADERS = ["户编号", "户主", "网格", "地址", "户类型", "监测对象类别", "说明"]


class HouseholdListDialog(QDialog):
    household_activated = Signal(str)
    saved = Signal(object)  # Path of the .xlsx written

    def __init__(
        self,
        ops: Operations,
        title: str,
        refs: list[HouseholdRef],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("householdList")
        self.setWindowTitle(title)
        self.refs = refs
        self.resize(900, 520)
        self.table = QTableWidget(len(refs), len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, ref in enumerate(refs):
            for c, v in enumerate(
                (
                    ref.number,
                    ref.head_name,
                    ref.grid_code,
                    ref.address,
                    ref.household_type,
                    ref.monitor_type or "",
                    ref.detail,
                )
            ):
                # Never None: PySide6 6.12 drops a reference to None for each one, and a few
                # thousand empty cells (a township's list of addresses) abort the process.
                self.table.setItem(r, c, QTableWidgetItem(v or ""))
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            "导出 Excel…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{title}：共 {len(refs)} 户。双击一户打开。"))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.refs):
            self.household_activated.emit(self.refs[row].id)
            self.accept()

    def export(self, path: Path | None = None) -> TaskState | None:
        """Save the list as .xlsx on the jobs lane; ``saved`` carries the path."""
        from gridworker.reports.xlsx import export_drill

        target = path or ask_path(
            self, "导出 Excel", f"{self.windowTitle()}.xlsx", "Excel 文件 (*.xlsx)"
        )
        if target is None:
            return None
        refs = self.refs
        return save_in_background(
            self,
            self.ops,
            "导出",
            lambda: export_drill(refs, target, title="户名单"),
            self.saved.emit,
        )
