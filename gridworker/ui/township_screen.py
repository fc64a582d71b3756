"""The township screen (township and county roles): the indicators by village side by side for a
week, month or quarter, bar charts, drill-down to households, Excel and paper.

Works offline on the account's own store: the report is built on the operations worker
(``gridworker.reports.build_report`` over the synced records), never on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.reports import HouseholdRef, Report, build_report, drill_down
from gridworker.reports.layout import SignOff
from gridworker.ui.files import ask_path, save_in_background
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.operations import TaskState
from gridworker.ui.session import Session
from gridworker.ui.township_chart import BarChart
from gridworker.ui.township_drill import HouseholdListDialog
from gridworker.ui.township_model import (
    Drill,
    GridModel,
    period_kind,
    period_title,
    quality_grid,
    recent_periods,
    village_grid,
    worker_grid,
)

if TYPE_CHECKING:
    from gridworker.store.store import Store

KINDS = (
    ("week", QT_TRANSLATE_NOOP("TownshipScreen", "周（周调度）")),
    ("month", QT_TRANSLATE_NOOP("TownshipScreen", "月（月督查）")),
    ("quarter", QT_TRANSLATE_NOOP("TownshipScreen", "季度（季通报）")),
)


def can_see_reports(session: Session) -> bool:
    """Roles that see reports only (vocab.ROLES): a grid worker cannot request aggregates."""
    return vocab.sees_reports(session.account.role)


def last_sync_text(widget: QWidget, value: Any) -> str:
    if not value:
        return widget.tr("尚未同步")
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return widget.tr("上次同步：%1").replace("%1", str(value))
    if when.tzinfo is not None:
        when = when.astimezone()
    return widget.tr("上次同步：%1").replace("%1", f"{when:%Y-%m-%d %H:%M}")


def read_last_sync(store: Store) -> Any:
    from gridworker.sync.state import LAST_SYNC

    return store.get_kv(LAST_SYNC)


def report_names(report: Report) -> dict[str, str]:
    """Region code → name for the report's villages and grids (drill lists show names)."""
    return {**report.villages, **{g.code: g.name for g in report.coverage.grids}}


def _percent(rate: float | None) -> float | None:
    return None if rate is None else rate * 100


def _table(model: GridModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    # Sized to the contents once per new report (not ResizeToContents: that measures every
    # cell again at each layout change, ~20,000 data() calls, even while the screen is hidden).
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


class TownshipScreen(QWidget):
    household_activated = Signal(str)
    report_loaded = Signal(object)  # Report
    drill_opened = Signal(object)  # HouseholdListDialog
    saved = Signal(object)  # Path of an Excel file or PDF written

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("township")
        self.region = session.scope
        self.report: Report | None = None
        self.period = ""
        self._generation = 0
        self._stale = False
        self.heading = QLabel(self.tr("乡镇报表"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for key, title in KINDS:
            self.kind.addItem(self.tr(title), key)
        self.periods = QComboBox()
        self.periods.setObjectName("period")
        # 第49周（11.30–12.06）in full, whatever the language and font size
        self.periods.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sync_label = QLabel(self.tr("尚未同步"))
        self.sync_label.setObjectName("lastSync")
        self.status = QLabel("")
        self.status.setObjectName("hint")
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("统计期")))
        top.addWidget(self.kind)
        top.addWidget(self.periods)
        for key, title, slot in (
            ("xlsx", QT_TRANSLATE_NOOP("TownshipScreen", "导出 Excel…"), self.export_xlsx),
            ("preview", QT_TRANSLATE_NOOP("TownshipScreen", "打印预览"), self.preview),
            ("print", QT_TRANSLATE_NOOP("TownshipScreen", "打印…"), self.print_report),
            ("pdf", QT_TRANSLATE_NOOP("TownshipScreen", "另存为 PDF…"), self.save_pdf),
        ):
            button = QPushButton(self.tr(title))
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            self.buttons[key] = button
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.sync_label)
        self.village_model = GridModel(self)
        self.worker_model = GridModel(self)
        self.quality_model = GridModel(self)
        self.village_view = _table(self.village_model)
        self.village_view.setObjectName("villageTable")
        self.worker_view = _table(self.worker_model)
        self.worker_view.setObjectName("workerTable")
        self.worker_view.verticalHeader().hide()
        self.quality_view = _table(self.quality_model)
        self.quality_view.setObjectName("qualityTable")
        for view in (self.village_view, self.worker_view, self.quality_view):
            view.doubleClicked.connect(self._double_clicked)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.village_view, self.tr("分村指标"))
        self.tabs.addTab(self.worker_view, self.tr("网格员"))
        self.tabs.addTab(self.quality_view, self.tr("数据质量"))
        self.coverage_chart = BarChart(self.tr("走访率（%，应访户）"), percent=True)
        self.problem_chart = BarChart(self.tr("期末未解决问题（红色：未清零）"), warn_above=0)
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.coverage_chart)
        row.addWidget(self.problem_chart)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self._fill_periods("month")
        self.kind.setCurrentIndex(1)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.periods.currentIndexChanged.connect(lambda _i: self.reload())

    # --- periods -------------------------------------------------------------------------
    def _fill_periods(self, kind: str, current: str | None = None) -> None:
        labels = recent_periods(kind, self.session.today())
        if current and current not in labels:
            labels.insert(0, current)
        self.periods.blockSignals(True)
        self.periods.clear()
        for label in labels:  # shown as 第49周（11.30–12.06）, kept as 2026-W49
            self.periods.addItem(period_title(label), label)
        self.periods.setCurrentIndex(labels.index(current) if current else 0)
        self.periods.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_periods(str(self.kind.currentData()))
        self.reload()

    def set_period(self, label: str) -> None:
        """Show ``label`` (2022-W18, 2022-05, 2022-Q2), adding it to the list when older."""
        kind = period_kind(label)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex([k for k, _t in KINDS].index(kind))
        self.kind.blockSignals(False)
        self._fill_periods(kind, label)
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (self.report is None and not self.period) or self._stale:
            self.reload()

    def store_changed(self) -> None:
        """Records the report counts changed: re-count now if shown, else when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        period = self.periods.currentData()
        if not period:
            return
        self.period = period
        self._generation += 1
        self._stale = False
        generation = self._generation
        region = self.region
        self.status.setText(self.tr("正在统计…"))
        for button in self.buttons.values():
            button.setEnabled(False)
        self.session.ops.read(
            lambda conn: build_report(conn, region, period),
            lambda report: self._loaded(generation, report),
            self._failed,
            owner=self,
        )
        self.session.ops.with_store(
            read_last_sync,
            lambda v: self.sync_label.setText(last_sync_text(self, v)),
            lambda _e: None,
            owner=self,
        )

    def _loaded(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return  # an older request finished after a newer one was made
        self.report = report
        self.heading.setText(f"{report.region_name} · {period_title(report.period, year=True)}")
        self.village_model.set_grid(village_grid(report))
        self.worker_model.set_grid(worker_grid(report))
        self.quality_model.set_grid(quality_grid(report))
        rates = {v.code: v.due_rate for v in report.coverage.villages}
        prob = {v.code: v for v in report.problems.villages}
        names = report.villages
        self.coverage_chart.set_bars([(names[c], _percent(rates.get(c))) for c in names])
        self.problem_chart.set_bars(
            [(names[c], prob[c].open_at_end if c in prob else None) for c in names]
        )
        self.status.setText(
            self.tr("%1 至 %2。双击任一数字查看背后的户名单。")
            .replace("%1", report.start)
            .replace("%2", report.end)
        )
        for button in self.buttons.values():
            button.setEnabled(True)
        self.report_loaded.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("统计失败：%1").replace("%1", str(exc)))

    # --- drill-down ----------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, GridModel):
            cell = model.cell(index)
            if cell is not None and cell.drill is not None:
                self.drill(cell.drill)

    def drill(self, drill: Drill) -> None:
        region, period = self.region, self.period
        self.session.ops.read(
            lambda conn: drill_down(conn, region, period, drill.figure, **drill.keys),
            lambda refs: self._show_households(drill, refs),
            self._failed,
            owner=self,
        )

    def _show_households(self, drill: Drill, refs: list[HouseholdRef]) -> None:
        report = self.report
        names = {} if report is None else report_names(report)
        title = f"{drill.title}（{period_title(self.period)}）"
        dialog = HouseholdListDialog(self.session.ops, title, refs, self, names=names)
        dialog.household_activated.connect(self.household_activated)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.drill_opened.emit(dialog)

    # --- Excel and paper -----------------------------------------------------------------
    def sign_off(self) -> SignOff:
        """The printout's 填报单位 (the region), 填报人 (who is signed in) and today's date; 审核
        is left to sign by hand."""
        unit = self.report.region_name if self.report is not None else ""
        return SignOff(unit=unit, filled_by=self.session.worker_name, on=self.session.today())

    def _file_name(self, suffix: str) -> str:
        r = self.report
        return f"{r.region_name}_{r.period}_报告.{suffix}" if r else f"报告.{suffix}"

    def export_xlsx(self, path: Path | None = None) -> TaskState | None:
        """导出 Excel: written on the jobs lane (a township's report is large); ``saved``
        carries the path."""
        from gridworker.reports.xlsx import export_report

        report = self.report
        if report is None:
            return None
        target = path or ask_path(
            self, self.tr("导出 Excel"), self._file_name("xlsx"), "Excel 文件 (*.xlsx)"
        )
        if target is None:
            return None
        return save_in_background(
            self,
            self.session.ops,
            self.tr("导出 Excel"),
            lambda: export_report(report, target),
            self.saved.emit,
        )

    def save_pdf(self, path: Path | None = None) -> TaskState | None:
        """另存为 PDF, painted on the jobs lane; ``saved`` carries the path."""
        from gridworker.ui.printing.report_print import write_report_pdf

        report = self.report
        if report is None:
            return None
        target = path or ask_path(
            self, self.tr("另存为 PDF"), self._file_name("pdf"), "PDF 文件 (*.pdf)"
        )
        if target is None:
            return None

        sign = self.sign_off()

        def write() -> Path:
            write_report_pdf(target, report, sign)
            return target

        return save_in_background(
            self, self.session.ops, self.tr("另存为 PDF"), write, self.saved.emit
        )

    def preview(self) -> None:
        from gridworker.ui.printing.report_print import preview_report

        if self.report is not None:
            preview_report(self, self.report, self.sign_off())

    def print_report(self) -> None:
        from gridworker.ui.printing.report_print import print_report

        if self.report is not None:
            print_report(self, self.report, self.sign_off())
