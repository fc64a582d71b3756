"""The township screen's tables: a report (``gridworker.reports.Report``) as rows × columns of
cells, each cell knowing the figure (and keys) whose households ``drill_down`` lists.

No SQL here: the screen builds the report on the operations worker and hands it over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from gridworker.reports import Period, Report
from gridworker.reports.layout import grid_title
from gridworker.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
TOTAL = QT_TRANSLATE_NOOP("TownshipScreen", "合计")


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
    if row is None:
        return None
    return (
        QCoreApplication.translate("TownshipScreen", "是")
        if row.cleared
        else QCoreApplication.translate("TownshipScreen", "否")
    )


def _rate(r: Report, c: str | None) -> Any:
    row = _cov(r, c)
    return None if row is None else _pct(row.rate)


def _due_rate(r: Report, c: str | None) -> Any:
    row = _cov(r, c)
    return None if row is None else _pct(row.due_rate)


CONTEXT = "TownshipScreen"
# Headers mark where they may wrap with "|" (between words, never inside one: 期末|未解决问题);
# a translation may do the same, or use spaces.
VILLAGE_COLUMNS: list[Column] = [
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "户数"),
        "coverage.households",
        {},
        _get(_cov, "households"),
    ),
    (QT_TRANSLATE_NOOP("TownshipScreen", "应访|户数"), "coverage.due", {}, _get(_cov, "due")),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "应访|已走访"),
        "coverage.due_visited",
        {},
        _get(_cov, "due_visited"),
    ),
    (QT_TRANSLATE_NOOP("TownshipScreen", "走访率|(%)"), "coverage.due_not_visited", {}, _due_rate),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "逾期|未访"),
        "coverage.overdue",
        {},
        _get(_cov, "overdue"),
    ),
    (QT_TRANSLATE_NOOP("TownshipScreen", "已走访"), "coverage.visited", {}, _get(_cov, "visited")),
    (QT_TRANSLATE_NOOP("TownshipScreen", "覆盖率|(%)"), "coverage.not_visited", {}, _rate),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "常年|外出户"),
        "coverage.long_absent",
        {},
        _get(_cov, "long_absent"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "外出户|已联系"),
        "coverage.long_absent_contacted",
        {},
        _get(_cov, "long_absent_contacted"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "期末|未解决问题"),
        "problems.open",
        {},
        _get(_prob, "open_at_end"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "本期|新发现"),
        "problems.opened",
        {},
        _get(_prob, "opened"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "本期|已解决"),
        "problems.resolved",
        {},
        _get(_prob, "resolved"),
    ),
    (QT_TRANSLATE_NOOP("TownshipScreen", "动态|清零"), "problems.open", {}, _cleared),
    (QT_TRANSLATE_NOOP("TownshipScreen", "监测户"), "risk.monitored", {}, _get(_risk, "monitored")),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "新增|风险线索"),
        "risk.new_clues",
        {},
        _get(_risk, "new_clues"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "超期|审定"),
        "risk.over_limit",
        {},
        _get(_risk, "over_limit"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "超期|未审定"),
        "risk.pending_overdue",
        {},
        _get(_risk, "pending_overdue"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "风险消除|候选"),
        "clearance.candidates",
        {},
        _get(_clear, "candidates"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "脱贫人口|务工"),
        "work.in_work",
        {},
        _get(_work, "in_work"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "去年同期|务工"),
        "work.in_work",
        {"last_year": True},
        _get(_work, "in_work_last_year"),
    ),
    (
        QT_TRANSLATE_NOOP("TownshipScreen", "公益|岗位"),
        "work.welfare_job",
        {},
        _get(_work, "welfare_job"),
    ),
]
WORKER_HEADERS = [
    QT_TRANSLATE_NOOP("TownshipScreen", "网格员"),
    QT_TRANSLATE_NOOP("TownshipScreen", "网格"),
    QT_TRANSLATE_NOOP("TownshipScreen", "户数"),
    QT_TRANSLATE_NOOP("TownshipScreen", "应访|户数"),
    QT_TRANSLATE_NOOP("TownshipScreen", "应访|已走访"),
    QT_TRANSLATE_NOOP("TownshipScreen", "走访率|(%)"),
    QT_TRANSLATE_NOOP("TownshipScreen", "逾期|未访"),
    QT_TRANSLATE_NOOP("TownshipScreen", "已走访"),
    QT_TRANSLATE_NOOP("TownshipScreen", "走访|次数"),
    QT_TRANSLATE_NOOP("TownshipScreen", "覆盖率|(%)"),
]


# The data-quality rules' labels (gridworker.reports.quality.RULES), listed for translation.
QUALITY_LABELS = (
    QT_TRANSLATE_NOOP("QualityRules", "身份证号码校验不通过"),
    QT_TRANSLATE_NOOP("QualityRules", "身份证号码重复"),
    QT_TRANSLATE_NOOP("QualityRules", "户主人数不对（没有户主或有两个以上）"),
    QT_TRANSLATE_NOOP("QualityRules", "配偶多于一人"),
    QT_TRANSLATE_NOOP("QualityRules", "文化程度与在校生状况须填且只填一项"),
    QT_TRANSLATE_NOOP("QualityRules", "务工所在地与务工月数不一致"),
    QT_TRANSLATE_NOOP("QualityRules", "联系电话不是11位数字"),
    QT_TRANSLATE_NOOP("QualityRules", "居民医保与职工医保须参加且只参加一项"),
    QT_TRANSLATE_NOOP("QualityRules", "户主与配偶性别相同"),
    QT_TRANSLATE_NOOP("QualityRules", "识别不满2个月即风险消除"),
    QT_TRANSLATE_NOOP("QualityRules", "收入低于监测线时风险消除"),
)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def plain(header: str) -> str:
    """A header without its wrap marks (titles, tests)."""
    return header.replace("|", "")


def total_title() -> str:
    return translate(CONTEXT, TOTAL)


def village_grid(report: Report) -> Grid:
    """Indicators by village side by side: one row per village, then the total."""
    codes: list[str | None] = [*report.villages, None]
    titles = [report.villages[c] if c else total_title() for c in codes]
    headers = [translate(CONTEXT, h) for h, *_ in VILLAGE_COLUMNS]
    rows = []
    for code, title in zip(codes, titles, strict=True):
        keys = {} if code is None else {"village": code}
        row = []
        for header, (_h, figure, extra, value) in zip(headers, VILLAGE_COLUMNS, strict=True):
            drill = (
                None
                if figure is None
                else Drill(figure, {**keys, **extra}, f"{title} · {plain(header)}")
            )
            row.append(Cell(value(report, code), drill))
        rows.append(row)
    return Grid(headers, titles, rows)


def worker_grid(report: Report) -> Grid:
    """Per 网格员 (rows): their grids by name, households due and visited (周调度 on screen)."""
    names = {**report.villages, **{g.code: g.name for g in report.coverage.grids}}
    rows = []
    titles = []
    for w in report.coverage.workers:
        keys = {"worker": w.worker, "worker_name": w.worker_name}
        title = w.worker_name or w.worker
        visited = QCoreApplication.translate("TownshipScreen", "已走访")
        drill = Drill("coverage.worker", keys, f"{title} · {visited}")
        values: list[Any] = [
            title,
            "、".join(grid_title(g, names) for g in w.grids),
            w.households,
            w.due,
            w.due_visited,
            _pct(w.due_rate),
            w.overdue,
            w.visited,
            w.visits,
            _pct(w.rate),
        ]
        rows.append(
            [Cell(v, drill if i == len(values) - 3 else None) for i, v in enumerate(values)]
        )
        titles.append(title)
    return Grid([translate(CONTEXT, h) for h in WORKER_HEADERS], titles, rows)


def quality_grid(report: Report) -> Grid:
    """Data-quality rules (rows) × villages (columns), with the region's households at the end."""
    codes = list(report.villages)
    rows = []
    total = total_title()
    for rule in report.quality.rules:
        figure = f"quality.{rule.rule}"
        label = translate("QualityRules", rule.label)
        row = [
            Cell(
                rule.by_village.get(c, 0),
                Drill(figure, {"village": c}, f"{report.villages[c]} · {label}"),
            )
            for c in codes
        ]
        row.append(Cell(rule.households, Drill(figure, {}, f"{total} · {label}")))
        rows.append(row)
    return Grid(
        [report.villages[c] for c in codes] + [total],
        [translate("QualityRules", r.label) for r in report.quality.rules],
        rows,
    )


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value not in (
        QCoreApplication.translate("TownshipScreen", "是"),
        QCoreApplication.translate("TownshipScreen", "否"),
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
        """The figure shown in row ``row_title`` under ``header`` (wrap marks optional)."""
        r = self.grid.row_titles.index(row_title)
        column = [plain(h) for h in self.grid.headers].index(plain(header))
        return self.grid.rows[r][column].value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if cell.value is None else str(cell.value)
        if role == Qt.ItemDataRole.UserRole:
            return cell.value
        if role == Qt.ItemDataRole.TextAlignmentRole:  # numbers right, names left
            side = (
                Qt.AlignmentFlag.AlignLeft if _is_text(cell.value) else Qt.AlignmentFlag.AlignRight
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell.drill is not None:
            return QCoreApplication.translate("TownshipScreen", "双击查看户名单")
        if role == Qt.ItemDataRole.BackgroundRole and cell.value == QCoreApplication.translate(
            "TownshipScreen", "否"
        ):
            return QBrush(QColor("#fde2e2"))
        if role == Qt.ItemDataRole.FontRole and self.grid.row_titles[index.row()] == total_title():
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
    """A column title on two lines at a word boundary, so the whole side-by-side table fits
    the screen: at the "|" marks nearest the middle (期末|未解决问题 → 期末 / 未解决问题), else
    at the space nearest the middle (English); a short title stays on one line."""
    marks = "|" if "|" in text else " " if len(text) > 12 else ""
    if not marks:
        return text
    words = text.split(marks)
    joiner = "" if marks == "|" else " "
    best = min(
        range(1, len(words)),
        key=lambda i: abs(len(joiner.join(words[:i])) - len(joiner.join(words[i:]))),
    )
    return joiner.join(words[:best]) + "\n" + joiner.join(words[best:])


def period_title(label: str, *, year: bool = False) -> str:
    """The period picker's text: 第49周（11.30–12.06）, 2026年12月, 2026年第4季度; ``year``
    names the week's year too (the screen's heading)."""
    p = Period.parse(label)
    if p.kind == "week":
        text = (
            QCoreApplication.translate("TownshipScreen", "%4年第%1周（%2–%3）")
            if year
            else QCoreApplication.translate("TownshipScreen", "第%1周（%2–%3）")
        )
        return (
            text.replace("%4", str(p.year))
            .replace("%1", str(p.number))
            .replace("%2", f"{p.start:%m.%d}")
            .replace("%3", f"{p.end:%m.%d}")
        )
    if p.kind == "month":
        return (
            QCoreApplication.translate("TownshipScreen", "%1年%2月")
            .replace("%1", str(p.year))
            .replace("%2", str(p.number))
        )
    return (
        QCoreApplication.translate("TownshipScreen", "%1年第%2季度")
        .replace("%1", str(p.year))
        .replace("%2", str(p.number))
    )


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
