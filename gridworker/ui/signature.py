"""A pad the head of household signs on with a mouse, a finger or a pen; it yields PNG bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

PEN = QPen(
    QColor("#10204a"),
    3.0,
    Qt.PenStyle.SolidLine,
    Qt.PenCapStyle.RoundCap,
    Qt.PenJoinStyle.RoundJoin,
)


class SignaturePad(QWidget):
    """Strokes are kept as paths; ``stroke_finished`` fires when the pen or mouse lifts."""

    stroke_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(360, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self._readonly = False
        self._image: QImage | None = None  # a stored signature shown read-only

    # --- contents ------------------------------------------------------------------------
    def clear(self) -> None:
        self.strokes, self._current, self._image = [], None, None
        self.update()

    def is_empty(self) -> bool:
        return not self.strokes and self._image is None

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly
        self.setCursor(Qt.CursorShape.ArrowCursor if readonly else Qt.CursorShape.CrossCursor)

    def show_png(self, data: bytes) -> None:
        image = QImage()
        image.loadFromData(data, "PNG")
        self.strokes, self._image = [], image
        self.update()

    def add_stroke(self, points: list[QPointF]) -> None:
        """Programmatic stroke (tests, replays)."""
        if not points:
            return
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        self.strokes.append(path)
        self.update()
        self.stroke_finished.emit()

    def to_png(self) -> bytes:
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self._paint(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(data.data())

    # --- input ---------------------------------------------------------------------------
    def _press(self, pos: QPointF) -> None:
        if self._readonly:
            return
        self._image = None
        self._current = QPainterPath(pos)
        self.strokes.append(self._current)

    def _move(self, pos: QPointF) -> None:
        if self._current is not None:
            self._current.lineTo(pos)
            self.update()

    def _release(self) -> None:
        if self._current is not None:
            self._current = None
            self.stroke_finished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._release()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._press(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._move(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._release()
        event.accept()

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#c8ced8"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 30
        painter.drawLine(20, baseline, self.width() - 20, baseline)
        self._paint(painter)
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._image is not None:
            painter.drawImage(0, 0, self._image)
        painter.setPen(PEN)
        for path in self.strokes:
            painter.drawPath(path)
