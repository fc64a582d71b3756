"""A read-only table view of households tuned for tens of thousands of rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gridworker.ui.roster_model import ROW_ID_ROLE, HouseholdTableModel


class HouseholdTable(QTableView):
    household_activated = Signal(str)

    def __init__(self, model: HouseholdTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for col, width in enumerate((175, 80, 230, 150, 200, 90, 100, 100, 70)):
            self.setColumnWidth(col, width)
        self.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        hid = index.data(ROW_ID_ROLE)
        if hid:
            self.household_activated.emit(str(hid))

    def keyPressEvent(self, event: object) -> None:  # Enter opens the household
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)
