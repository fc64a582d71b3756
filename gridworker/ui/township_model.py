"""The township screen's tables: a report (``gridworker.reports.Report``) as rows × columns of
cells, each cell knowing the figure (and keys) whose households ``drill_down`` lists.

No SQL here: the screen builds the report on the operations worker and hands it over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gridworker.reports import Period, Report

Index = QModelIndex | QPersistentModelIndex
TOTAL = "合计"


@dataclass(frozen=True)
class Drill:
    """What ``drill_down(conn, region, period, figure, **keys)`` needs for one cell."""

    figure: str
    keys: dict[str, Any] = field(default_factory=dict)
    title: str = ""


@dataclass(frozen=True)
class Cell:
    value: Any
    drill: Drill | None = None


@dataclass
class Grid:
    headers: list[str]
    row_titles: list[str]
    rows: list[list[Cell]]


def _pct(rate: float | None) -> float | None:
    return None if rate is None else round(rate * 100, 1)


# (header, figure or None, extra drill keys, value for (report, village code or None = total))
Column = tuple[str, str | None, dict[str, Any], Callable[[Report, str | None], Any]]


def _by_code(rows: list[Any], code: str | None, total: Any) -> Any:
    if code is None:
        return total
    return next((r for r in rows if r.code == code), None)


def _cov(r: Report, c: str | None) -> Any:
    return _by_code(r.coverage.villages, c, r.coverage.total)


def _prob(r: Report, c: str | None) -> Any:
    return _by_code(r.problems.villages, c, r.problems)


def _risk(r: Report, c: str | None) -> Any:
    return _by_code(r.risk.villages, c, r.risk)


def _clear(r: Report, c: str | None) -> Any:
    return _by_code(r.clearance.villages, c, r.clearance)


def _work(r: Report, c: str | None) -> Any:
    return _by_code(r.work.villages, c, r.work.total)


def _get(
    part: Callable[[Report, str | None], Any], name: str
) -> Callable[[Report, str | None], Any]:
    def value(r: Report, c: str | None) -> Any:
        row = part(r, c)
        return None if row is None else getattr(row, name)

    return value


def _cleared(r: Report, c: str | None) -> Any:
    row = _prob(r, c)
    return None if row is None else ("是" if row.cleared else "否")


def _rate(r: Report, c: str | None) -> Any:
    row = _cov(r, c)
    return None if row is None else _pct(row.rate)


VILLAGE_COLUMNS: list[Column] = [
    ("户数", "coverage.households", {}, _get(_cov, "households")),
    ("已走访", "coverage.visited", {}, _get(_cov, "visited")),
    ("走访率(%)", "coverage.not_visited", {}, _rate),
    ("常年外出户", "coverage.long_absent", {}, _get(_cov, "long_absent")),
    ("外出户已联系", "coverage.long_absent_contacted", {}, _get(_cov, "long_absent_contacted")),
    ("期末未解决问题", "problems.open", {}, _get(_prob, "open_at_end")),
    ("本期新发现", "problems.opened", {}, _get(_prob, "opened")),
    ("本期已解决", "problems.resolved", {}, _get(_prob, "resolved")),
    ("动态清零", "problems.open", {}, _cleared),
    ("监测户", "risk.monitored", {}, _get(_risk, "monitored")),
    ("新增风险线索", "risk.new_clues", {}, _get(_risk, "new_clues")),
    ("超期审定", "risk.over_limit", {}, _get(_risk, "over_limit")),
    ("超期未审定", "risk.pending_overdue", {}, _get(_risk, "pending_overdue")),
    ("风险消除候选", "clearance.candidates", {}, _get(_clear, "candidates")),
    ("脱贫人口务工", "work.in_work", {}, _get(_work, "in_work")),
    ("去年同期务工", "work.in_work", {"last_year": True}, _get(_work, "in_work_last_year")),
    ("公益岗位", "work.welfare_job", {}, _get(_work, "welfare_job")),
]


def village_grid(report: Report) -> Grid:
    """Indicators by village side by side: one row per village, then the total."""
    codes: list[str | None] = [*report.villages, None]
    titles = [report.villages[c] if c else TOTAL for c in codes]
    rows = []
    for code, title in zip(codes, titles, strict=True):
        keys = {} if code is None else {"village": code}
        row = []
        for header, figure, extra, value in VILLAGE_COLUMNS:
            drill = (
                None if figure is None else Drill(figure, {**keys, **extra}, f"{title} · {header}")
            )
            row.append(Cell(value(report, code), drill))
        rows.append(row)
    return Grid([h for h, *_ in VILLAGE_COLUMNS], titles, rows)


def quality_grid(report: Report) -> Grid:
    """Data-quality rules (rows) × villages (columns), with the region's households at the end."""
    codes = list(report.villages)
    rows = []
    for rule in report.quality.rules:
        figure = f"quality.{rule.rule}"
        row = [
            Cell(
                rule.by_village.get(c, 0),
                Drill(figure, {"village": c}, f"{report.villages[c]} · {rule.label}"),
            )
            for c in codes
        ]
        row.append(Cell(rule.households, Drill(figure, {}, f"{TOTAL} · {rule.label}")))
        rows.append(row)
    return Grid(
        [report.villages[c] for c in codes] + [TOTAL], [r.label for r in report.quality.rules], rows
    )


class GridModel(QAbstractTableModel):
    """A read-only :class:`Grid`; the total row is bold, uncleared villages are tinted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = Grid([], [], [])

    def set_grid(self, grid: Grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.headers)

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid():
            return None
        return self.grid.rows[index.row()][index.column()]

    def value(self, row_title: str, header: str) -> Any:
        """The figure shown in row ``row_title`` under ``header`` (tests, scripts)."""
        r = self.grid.row_titles.index(row_title)
        return self.grid.rows[r][self.grid.headers.index(header)].value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if cell.value is None else str(cell.value)
        if role == Qt.ItemDataRole.UserRole:
            return cell.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell.drill is not None:
            return "双击查看户名单"
        if role == Qt.ItemDataRole.BackgroundRole and cell.value == "否":
            return QBrush(QColor("#fde2e2"))
        if role == Qt.ItemDataRole.FontRole and self.grid.row_titles[index.row()] == TOTAL:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return wrap_header(self.grid.headers[section])
        return self.grid.row_titles[section]


def wrap_header(text: str) -> str:
    """Long column titles on two lines, so the whole side-by-side table fits the screen."""
    if "(" in text:
        return text.replace("(", "\n(", 1)
    if len(text) <= 4:
        return text
    half = (len(text) + 1) // 2
    return f"{text[:half]}\n{text[half:]}"


def recent_periods(kind: str, today: date, count: int = 12) -> list[str]:
    """The ``count`` most recent period labels of ``kind`` up to ``today``, newest first."""
    out: list[str] = []
    if kind == "week":
        day = today
        for _ in range(count):
            y, w, _d = day.isocalendar()
            out.append(f"{y}-W{w:02d}")
            day -= timedelta(days=7)
    elif kind == "month":
        y, m = today.year, today.month
        for _ in range(count):
            out.append(f"{y}-{m:02d}")
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    else:
        y, q = today.year, (today.month - 1) // 3 + 1
        for _ in range(min(count, 8)):
            out.append(f"{y}-Q{q}")
            y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    return out


def period_kind(label: str) -> str:
    return Period.parse(label).kind
