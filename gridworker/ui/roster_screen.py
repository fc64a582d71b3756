"""Roster: every household in scope, searchable as you type and filterable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.store.roster import HouseholdRow
from gridworker.ui.household_table import HouseholdTable
from gridworker.ui.roster_data import RosterData
from gridworker.ui.roster_model import HouseholdTableModel
from gridworker.ui.session import Session
from gridworker.ui.vocab_names import shown


class RosterScreen(QWidget):
    household_activated = Signal(str)
    search_applied = Signal()  # a search result reached the list (benchmarks, tests)

    def __init__(self, session: Session, data: RosterData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.data = session, data
        self.setObjectName("roster")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索：姓名、拼音首字母（如 zs）、身份证号后几位、地址")
        )
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for text, key in (
            (self.tr("全部"), ""),
            (self.tr("应走访（含逾期）"), "due"),
            (self.tr("已逾期"), "overdue"),
        ):
            self.status.addItem(text, key)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("全部户"), "")
        self.kind.addItem(self.tr("所有监测户"), "*")
        for t in vocab.MONITOR_TYPES:
            self.kind.addItem(shown(t), t)
        self.kind.addItem(self.tr("脱贫户"), "脱贫户")
        self.problems = QCheckBox(self.tr("有未解决问题"))
        self.problems.setObjectName("problemsFilter")
        self.count = QLabel()
        self.model = HouseholdTableModel(self)
        self.table = HouseholdTable(self.model)
        self.table.household_activated.connect(self.household_activated)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status)
        bar.addWidget(self.kind)
        bar.addWidget(self.problems)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_first)
        self.status.currentIndexChanged.connect(self._filters)
        self.kind.currentIndexChanged.connect(self._filters)
        self.problems.toggled.connect(self._filters)
        data.rows_loaded.connect(self._rows)
        data.index_loaded.connect(self._index)
        if data.loaded:
            self._rows()
        else:
            self.count.setText(self.tr("正在读取花名册…"))  # Today is up first; this follows

    def _rows(self) -> None:
        self.model.set_rows(self.data.rows)
        if self.search.text().strip():
            self._search(self.search.text())  # the index may have changed too
        self._update_count()

    def _index(self) -> None:
        if self.search.text().strip():
            self._search(self.search.text())  # typed before the index arrived, or it changed

    def _search(self, text: str) -> None:
        self.model.set_position_filter(self.data.search(text))
        self._update_count()
        self.search_applied.emit()

    def _filters(self) -> None:
        self.model.set_row_filter(self._predicate())
        self._update_count()

    def _predicate(self) -> Callable[[HouseholdRow], bool] | None:
        status, kind, problems = (
            self.status.currentData(),
            self.kind.currentData(),
            self.problems.isChecked(),
        )
        if not (status or kind or problems):
            return None

        def keep(r: HouseholdRow) -> bool:
            if status == "due" and r.status == "ok":
                return False
            if status == "overdue" and r.status != "overdue":
                return False
            if kind == "*" and not r.monitor_type:
                return False
            if kind == "脱贫户" and r.household_type != "脱贫户":
                return False
            if kind and kind not in ("*", "脱贫户") and r.monitor_type != kind:
                return False
            return not (problems and not r.open_problems)

        return keep

    def _update_count(self) -> None:
        if not self.data.loaded:
            return  # still says it is loading
        self.count.setText(
            self.tr("显示 %1 户，共 %2 户")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total()))
        )

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.household_activated.emit(self.model.row_at(0).id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
