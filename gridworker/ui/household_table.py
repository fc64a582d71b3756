"""A read-only table view of households tuned for tens of thousands of rows.

Rows have one fixed height and columns fixed widths, so the view never measures content. Cells
are painted by :class:`HouseholdDelegate` straight from the model's texts: one Python call and
one ``drawText`` a cell, where the stock delegate asks ``data()`` for seven roles and lays each
text out several times (elision) — most of a keystroke's cost in roster search at 30,000
households.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gridworker.ui.roster_model import ROW_ID_ROLE, HouseholdTableModel

_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE = Qt.TextElideMode.ElideRight
_SELECTED = QStyle.StateFlag.State_Selected
_PADDING = 4
WIDE = "国濉镇户（—"  # wide characters (CJK, full-width punctuation) to bound their advance


class HouseholdDelegate(QStyledItemDelegate):
    """Paints one cell: the row's status colour (or the selection), then its text, elided."""

    def __init__(self, model: HouseholdTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._elided: dict[tuple[str, int], str] = {}
        self._ascii_max = self._wide_max = 0
        self._metrics: QFontMetrics | None = None

    def font_changed(self) -> None:
        self._elided.clear()
        self._metrics = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.row()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        if option.state & _SELECTED:
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.highlightedText().color())
        else:
            colour = self._model.row_background(row)
            if colour is not None:
                painter.fillRect(rect, colour)
            painter.setPen(palette.text().color())
        text = self._model.cell_text(row, index.column())
        if text:
            width = rect.width() - 2 * _PADDING
            painter.drawText(rect.adjusted(_PADDING, 0, -_PADDING, 0), _ALIGN,
                             self._fit(text, width, option))
        return None

    def _fit(self, text: str, width: int, option: QStyleOptionViewItem) -> str:
        """``text`` elided to ``width`` pixels; measured once per text and width."""
        if self._metrics is None:
            fm = self._metrics = QFontMetrics(option.font)
            self._ascii_max = max(fm.horizontalAdvance(chr(c)) for c in range(32, 127))
            self._wide_max = max(self._ascii_max, *(fm.horizontalAdvance(c) for c in WIDE))
        if len(text) * (self._ascii_max if text.isascii() else self._wide_max) <= width:
            return text  # surely fits (every character at most the widest): no text layout
        key = (text, width)
        fitted = self._elided.get(key)
        if fitted is None:
            if len(self._elided) > 20_000:
                self._elided.clear()
            fitted = self._elided[key] = self._metrics.elidedText(text, _ELIDE, width)
        return fitted


class HouseholdTable(QTableView):
    household_activated = Signal(str)

    def __init__(self, model: HouseholdTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.delegate = HouseholdDelegate(model, self)
        self.setItemDelegate(self.delegate)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the user's font size: rows follow
            self.delegate.font_changed()
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        super().changeEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        hid = index.data(ROW_ID_ROLE)
        if hid:
            self.household_activated.emit(str(hid))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Enter opens the household
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)
