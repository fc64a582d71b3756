"""Today: the households due and overdue, with problems and risk visible, and this week's work."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gridworker.ui.household_table import HouseholdTable
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.roster_data import Counts, RosterData
from gridworker.ui.roster_model import HouseholdTableModel
from gridworker.ui.session import Session

WEEKDAYS = (
    QT_TRANSLATE_NOOP("TodayScreen", "星期一"),
    QT_TRANSLATE_NOOP("TodayScreen", "星期二"),
    QT_TRANSLATE_NOOP("TodayScreen", "星期三"),
    QT_TRANSLATE_NOOP("TodayScreen", "星期四"),
    QT_TRANSLATE_NOOP("TodayScreen", "星期五"),
    QT_TRANSLATE_NOOP("TodayScreen", "星期六"),
    QT_TRANSLATE_NOOP("TodayScreen", "星期日"),
)


def _card(title: str) -> tuple[QWidget, QLabel]:
    box = QWidget()
    box.setObjectName("card")
    box.setStyleSheet(
        "#card { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 6px; }"
    )
    value = QLabel("–")
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    value.setFont(font)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel(title))
    layout.addWidget(value)
    return box, value


class TodayScreen(QWidget):
    household_activated = Signal(str)

    def __init__(self, session: Session, data: RosterData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.data = session, data
        self.setObjectName("today")
        today = session.today()
        self.heading = QLabel(
            self.tr("今天是 %1 %2")
            .replace("%1", today.isoformat())
            .replace("%2", self.tr(WEEKDAYS[today.weekday()]))
        )
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        cards = QHBoxLayout()
        self.values: dict[str, QLabel] = {}
        for key, title in (
            ("due", self.tr("应走访")),
            ("overdue", self.tr("已逾期")),
            ("week", self.tr("本周已走访")),
            ("month", self.tr("本月已走访")),
            ("pending", self.tr("待上传走访")),
        ):
            box, value = _card(title)
            self.values[key] = value
            cards.addWidget(box)
        self.hint = QLabel(self.tr("正在读取花名册…"))
        self.hint.setObjectName("hint")
        self.model = HouseholdTableModel(self)
        self.table = HouseholdTable(self.model)
        self.table.setObjectName("dueTable")
        self.table.household_activated.connect(self.household_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        data.due_changed.connect(self._rows)
        data.counts_changed.connect(self._counts)
        if data.due_loaded:
            self._rows()
        if data.counts is not None:
            self._counts(data.counts)

    def _rows(self) -> None:
        self.hint.setText(self.tr("双击或按回车打开一户。红色：已逾期；黄色：应走访。"))
        rows = self.data.due
        self.model.set_rows(rows)
        self.values["due"].setText(str(len(rows)))
        self.values["overdue"].setText(str(sum(r.status == "overdue" for r in rows)))

    def _counts(self, counts: Counts) -> None:
        self.values["week"].setText(str(counts.week))
        self.values["month"].setText(str(counts.month))
        self.values["pending"].setText(str(counts.pending_visits))
