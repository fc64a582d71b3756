"""A thin Qt table model over ``roster.HouseholdRow`` lists (the core query's result).

The model keeps every row of the scope once and a view of the rows that pass the current id
filter (from ``roster.search``) and attribute filter; filtering swaps the view, never re-queries.
A cell's text is made when it is first painted and kept until the view changes, so a
30,000-row roster costs nothing per row until it is seen. ``household_table.HouseholdTable``
paints from :meth:`cell_text` and :meth:`row_background` directly (one call a row's cell);
:meth:`data` answers the same for everyone else (tests, accessibility, tooltips).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import count
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from gridworker import vocab
from gridworker.store.roster import HouseholdRow
from gridworker.ui.i18n import QT_TRANSLATE_NOOP

_ID = attrgetter("id")
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {"overdue": QColor("#fde0dc"), "due": QColor("#fff3cd")}
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("roster", text)


def status_text(status: str) -> str:
    return {
        "overdue": QCoreApplication.translate("roster", "已逾期"),
        "due": QCoreApplication.translate("roster", "应走访"),
        "ok": QCoreApplication.translate("roster", "正常"),
    }.get(status, status)


def risk_text(row: HouseholdRow) -> str:
    parts = [row.monitor_type] if row.monitor_type else []
    parts += [vocab.RISK_TYPES.get(c, c) for c in row.risk_codes]
    return "、".join(p for p in parts if p)


class HouseholdTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("roster", "户编号"),
        QT_TRANSLATE_NOOP("roster", "户主"),
        QT_TRANSLATE_NOOP("roster", "地址"),
        QT_TRANSLATE_NOOP("roster", "户类型"),
        QT_TRANSLATE_NOOP("roster", "风险"),
        QT_TRANSLATE_NOOP("roster", "未解决问题"),
        QT_TRANSLATE_NOOP("roster", "上次走访"),
        QT_TRANSLATE_NOOP("roster", "应访日期"),
        QT_TRANSLATE_NOOP("roster", "状态"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[HouseholdRow] = []
        self._pos: dict[str, int] = {}
        self._view: list[HouseholdRow] = []
        self._ids: list[str] | None = None
        self._positions: list[int] | None = None
        self._cells: dict[int, tuple[str, ...]] = {}
        self._keep: Callable[[HouseholdRow], bool] | None = None

    # --- contents ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[HouseholdRow]) -> None:
        rows = list(rows)
        if rows == self._all and rows:  # the same, read again (Today's list once the whole
            self._all = rows  # roster is in): keep the view, its selection and scrolling, and
            self._view = self._filtered()  # let the old row objects go
            return
        self._all = rows
        self._pos = dict(zip(map(_ID, self._all), count()))
        self._apply()

    def set_id_filter(self, ids: list[str] | None) -> None:
        """Only rows whose id is in ``ids`` (None: all rows). Rows keep the roster's order."""
        self._ids, self._positions = ids, None
        self._apply()

    def set_position_filter(self, positions: list[int] | None) -> None:
        """Only the rows at ``positions`` (ascending) of those given to `set_rows` (None: all):
        what ``RosterData.search`` answers, with no id to look up."""
        self._ids, self._positions = None, positions
        self._apply()

    def set_row_filter(self, keep: Callable[[HouseholdRow], bool] | None) -> None:
        self._keep = keep
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._view = self._filtered()
        self._cells = {}
        self.endResetModel()

    def _filtered(self) -> list[HouseholdRow]:
        rows = self._all
        if self._positions is not None:
            rows = [*map(rows.__getitem__, self._positions)]
        elif self._ids is not None:  # O(matches) and in C (map, sort): typing stays fast at 30,000
            found = [*map(self._pos.get, self._ids)]
            if None in found:  # an id the roster does not hold (yet)
                found = [i for i in found if i is not None]
            found.sort()  # linear when already in roster order, as search results are
            rows = [*map(rows.__getitem__, found)]  # type: ignore[arg-type]
        if self._keep is not None:
            keep = self._keep
            rows = [r for r in rows if keep(r)]
        return rows

    def row_at(self, row: int) -> HouseholdRow:
        return self._view[row]

    def total(self) -> int:
        return len(self._all)

    # --- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def cell_text(self, row: int, column: int) -> str:
        cells = self._cells.get(row)
        if cells is None:
            r = self._view[row]
            cells = self._cells[row] = tuple(self._text(r, c) for c in range(len(self.COLUMNS)))
        return cells[column]

    def row_background(self, row: int) -> QColor | None:
        return STATUS_COLOURS.get(self._view[row].status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.row_background(index.row())
            return None if colour is None else QBrush(colour)
        if role == ROW_ID_ROLE:
            return self._view[index.row()].id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return risk_text(self._view[index.row()]) or None
        return None

    @staticmethod
    def _text(r: HouseholdRow, column: int) -> str:
        if column == 0:
            return r.number
        if column == 1:
            return r.head_name
        if column == 2:
            return r.address
        if column == 3:
            return r.household_type + (
                QCoreApplication.translate("roster", "（长期外出）") if r.long_absent else ""
            )
        if column == 4:
            return risk_text(r)
        if column == 5:
            return str(r.open_problems) if r.open_problems else ""
        if column == 6:
            return (
                r.last_contact.isoformat()
                if r.last_contact
                else QCoreApplication.translate("roster", "从未")
            )
        if column == 7:
            return r.due_on.isoformat()
        return status_text(r.status)
