"""The households behind one figure: a list dialog; double-click opens the household screen,
and the list can be saved as .xlsx (``gridworker.reports.xlsx.export_drill``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridworker.reports import HouseholdRef
from gridworker.reports.layout import grid_title
from gridworker.ui.files import ask_path, save_in_background
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.operations import Operations, TaskState

HEADERS = [
    QT_TRANSLATE_NOOP("HouseholdListDialog", "户编号"),
    QT_TRANSLATE_NOOP("HouseholdListDialog", "户主"),
    QT_TRANSLATE_NOOP("HouseholdListDialog", "网格"),
    QT_TRANSLATE_NOOP("HouseholdListDialog", "地址"),
    QT_TRANSLATE_NOOP("HouseholdListDialog", "户类型"),
    QT_TRANSLATE_NOOP("HouseholdListDialog", "监测对象类别"),
    QT_TRANSLATE_NOOP("HouseholdListDialog", "说明"),
]
Index = QModelIndex | QPersistentModelIndex


def _cells(ref: HouseholdRef, names: dict[str, str]) -> tuple[str, ...]:
    return (
        ref.number,
        ref.head_name,
        grid_title(ref.grid_code, names) if names else ref.grid_code,
        ref.address,
        ref.household_type,
        ref.monitor_type or "",
        ref.detail,
    )


class RefsModel(QAbstractTableModel):
    """The households as rows (a model, not an item per cell: a county's list has 30,000)."""

    def __init__(
        self,
        refs: list[HouseholdRef],
        parent: QWidget | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.refs = refs
        self.names = names or {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.refs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return _cells(self.refs[index.row()], self.names)[index.column()] or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("HouseholdListDialog", HEADERS[section])
        return None


class HouseholdListDialog(QDialog):
    household_activated = Signal(str)
    saved = Signal(object)  # Path of the .xlsx written

    def __init__(
        self,
        ops: Operations,
        title: str,
        refs: list[HouseholdRef],
        parent: QWidget | None = None,
        *,
        names: dict[str, str] | None = None,
    ) -> None:
        """``names``: region code → name, so the list shows grids by name."""
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("householdList")
        self.setWindowTitle(title)
        self.refs = refs
        self.resize(900, 520)
        self.model = RefsModel(refs, self, names)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("导出 Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("%1：共 %2 户。双击一户打开。")
                .replace("%1", title)
                .replace("%2", str(len(refs)))
            )
        )
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
            self,
            self.tr("导出 Excel"),
            f"{self.windowTitle()}.xlsx",
            self.tr("Excel 文件 (*.xlsx)"),
        )
        if target is None:
            return None
        refs = self.refs
        return save_in_background(
            self,
            self.ops,
            self.tr("导出"),
            lambda: export_drill(refs, target, title="户名单"),
            self.saved.emit,
        )
