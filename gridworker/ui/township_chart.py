"""Simple horizontal bar charts painted with QPainter (no QtCharts: pyside6-essentials lacks it).

chart = BarChart("走访率（%）", percent=True)
chart.set_bars([("一村", 82.5), ("二村", 40.0)])
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3b7dd8")
WARN = QColor("#d9534f")
TRACK = QColor("#e8edf3")


class BarChart(QWidget):
    """One bar per label; ``percent`` charts run 0–100, others 0–max. ``warn_above`` paints bars
    over that value red (e.g. open problems above zero: not yet 动态清零)."""

    def __init__(
        self,
        title: str,
        *,
        percent: bool = False,
        warn_above: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title, self.percent, self.warn_above = title, percent, warn_above
        self.bars: list[tuple[str, float | None]] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[tuple[str, float | None]]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(360, int(line * 1.6 * (len(self.bars) + 1.5)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(
            QRectF(4, 0, self.width() - 8, line * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        p.setFont(self.font())
        if not self.bars:
            p.end()
            return
        label_w = max(fm.horizontalAdvance(label) for label, _v in self.bars) + 12
        value_w = fm.horizontalAdvance("100.0%") + 10
        top = line * 1.6
        step = max(line * 1.2, min(line * 1.8, (self.height() - top) / len(self.bars)))
        track_w = max(10.0, self.width() - label_w - value_w - 8)
        values = [v for _l, v in self.bars if v is not None]
        scale = 100.0 if self.percent else max([*values, 1.0])
        for i, (label, value) in enumerate(self.bars):
            y = top + i * step
            h = step * 0.7
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(4, y, label_w - 8, h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            track = QRectF(label_w, y, track_w, h)
            p.fillRect(track, TRACK)
            if value is not None:
                width = track_w * max(0.0, min(1.0, value / scale))
                red = self.warn_above is not None and value > self.warn_above
                p.fillRect(QRectF(label_w, y, width, h), WARN if red else BAR)
            text = "–" if value is None else (f"{value:.1f}%" if self.percent else f"{value:g}")
            p.drawText(
                QRectF(label_w + track_w + 6, y, value_w, h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        p.end()
