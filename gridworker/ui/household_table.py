"""A read-only table view of households tuned for tens of thousands of rows.

Rows have one fixed height and columns fixed widths, so the view never measures content. The
view paints its visible rows itself, in one Python call (:meth:`HouseholdTable.paintEvent`):
each row's status colour (or the selection) in one fill, then each cell's text as a cached
``QStaticText`` (laid out once per text and width, never again while it stays on screen), then
the grid. An item delegate would cost a C++→Python call a cell (with the style option and index
copied across) and a fresh text layout a cell — most of a keystroke's cost in roster search at
30,000 households.
"""

from __future__ import annotations

from itertools import islice

from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from gridworker.ui.roster_model import ROW_ID_ROLE, HouseholdTableModel

_ELIDE = Qt.TextElideMode.ElideRight
_PLAIN = Qt.TextFormat.PlainText
_PADDING = 4
_CACHE = 4000  # laid-out texts kept (a screenful is about 200)
WIDE = "国濉镇户（—"  # wide characters (CJK, full-width punctuation) to bound their advance


class CellTexts:
    """Cell texts laid out once per (text, width), elided to fit: ``QStaticText`` objects."""

    def __init__(self) -> None:
        self._texts: dict[tuple[str, int], QStaticText] = {}
        self._metrics: QFontMetrics | None = None
        self._ascii_max = self._wide_max = 0

    def clear(self) -> None:
        self._texts.clear()
        self._metrics = None

    def get(self, text: str, width: int, metrics: QFontMetrics) -> QStaticText:
        key = (text, width)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= _CACHE:  # drop the oldest half
                for old in list(islice(self._texts, _CACHE // 2)):
                    del self._texts[old]
            static = QStaticText(self._fit(text, width, metrics))
            static.setTextFormat(_PLAIN)
            self._texts[key] = static
        return static

    def _fit(self, text: str, width: int, fm: QFontMetrics) -> str:
        """``text`` elided to ``width`` pixels (measured only when it may not fit)."""
        if self._metrics is None:
            self._metrics = fm
            self._ascii_max = max(fm.horizontalAdvance(chr(c)) for c in range(32, 127))
            self._wide_max = max(self._ascii_max, *(fm.horizontalAdvance(c) for c in WIDE))
        if len(text) * (self._ascii_max if text.isascii() else self._wide_max) <= width:
            return text  # surely fits (every character at most the widest): no text layout
        return fm.elidedText(text, _ELIDE, width)


class HouseholdTable(QTableView):
    household_activated = Signal(str)

    def __init__(self, model: HouseholdTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.texts = CellTexts()
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
            self.texts.clear()
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

    def paintEvent(self, event: QPaintEvent) -> None:
        """The visible rows: backgrounds, texts and grid, in one call (see module docstring)."""
        model = self._model
        count = model.rowCount()
        area = event.rect()
        first = self.rowAt(area.top())
        if count == 0 or first < 0:
            return
        last = self.rowAt(area.bottom())
        if last < 0:
            last = count - 1
        height = self.rowHeight(first)
        columns = []
        for column in range(model.columnCount()):
            x, width = self.columnViewportPosition(column), self.columnWidth(column)
            if width > 0 and x + width > area.left() and x <= area.right():
                columns.append((column, x, width))
        if not columns:
            return
        left = columns[0][1]
        right = columns[-1][1] + columns[-1][2]
        palette = self.palette()
        text_pen, selected_pen = palette.text().color(), palette.highlightedText().color()
        highlight = palette.highlight()
        selection = self.selectionModel()
        selected = {i.row() for i in selection.selectedRows()} if selection is not None else ()
        metrics = self.fontMetrics()
        dy = (height - metrics.height()) / 2
        get = self.texts.get
        cell_text, background = model.cell_text, model.row_background
        painter = QPainter(self.viewport())
        try:
            painter.setFont(self.font())
            for row in range(first, last + 1):
                y = self.rowViewportPosition(row)
                if row in selected:
                    painter.fillRect(left, y, right - left, height, highlight)
                    painter.setPen(selected_pen)
                else:
                    colour = background(row)
                    if colour is not None:
                        painter.fillRect(left, y, right - left, height, colour)
                    painter.setPen(text_pen)
                ty = y + dy
                for column, x, width in columns:
                    text = cell_text(row, column)
                    if text:
                        painter.drawStaticText(
                            QPointF(x + _PADDING, ty), get(text, width - 2 * _PADDING, metrics)
                        )
            if self.showGrid():
                grid = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, None, self)
                painter.setPen(
                    QColor.fromRgba(grid & 0xFFFFFFFF) if grid else palette.mid().color()
                )
                bottom = self.rowViewportPosition(last) + height - 1
                top = self.rowViewportPosition(first)
                for row in range(first, last + 1):
                    y = self.rowViewportPosition(row) + height - 1
                    painter.drawLine(left, y, right - 1, y)
                for _column, x, width in columns:
                    painter.drawLine(x + width - 1, top, x + width - 1, bottom)
        finally:
            painter.end()
