"""The one rendering path: a :class:`~gridworker.summary.Summary` onto any paged paint device.

Print preview (``QPrintPreviewDialog``), the system printer (``QPrinter``) and PDF files
(``QPdfWriter``) all go through :func:`paint_summaries`: each summary becomes a ``QTextDocument``
laid out for the device itself (``documentLayout().setPaintDevice(device)``, page size = the
body rectangle in device pixels), and its pages are painted one by one onto the same painter,
with a running header and "第 N 页 共 M 页" per household. A batch keeps only one visit's
document alive at a time, so memory stays flat however many visits it holds.

A4 portrait; margins 15 mm left/right, 12 mm top/bottom, inside which a 7 mm header band and an
8 mm footer band frame the body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from gridworker.summary import Summary, summary_html
from gridworker.ui.printing.fonts import print_font_family

MARGINS_MM = QMarginsF(15, 12, 15, 12)
HEADER_MM = 7.0
FOOTER_MM = 8.0
PDF_DPI = 300  # text stays vector; layout in 1/300 inch is exact enough and faster
IMAGE_SCHEME = "gwimg"

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PrintResult:
    documents: int
    pages: int
    cancelled: bool


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def setup_device(device: QPagedPaintDevice) -> None:
    """A4 portrait with our margins (printer, preview or PDF writer)."""
    device.setPageLayout(a4_layout())


def mm_px(device: QPagedPaintDevice, mm: float) -> float:
    """Millimetres in ``device`` pixels."""
    return mm / 25.4 * device.logicalDpiY()


def body_rect(device: QPagedPaintDevice) -> QRectF:
    """The document area in device pixels, relative to the painter's origin (the paint rect)."""
    paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
    top, bottom = mm_px(device, HEADER_MM), mm_px(device, FOOTER_MM)
    return QRectF(0, top, paint.width(), paint.height() - top - bottom)


def text_document(
    device: QPagedPaintDevice, family: str, point_size: float, html: str | None = None
) -> QTextDocument:
    """A QTextDocument laid out in ``device``'s pixels (the trap: else fonts are laid out at
    96 dpi) and paginated for its body; ``html``, when given, is its content."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(family)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    body = body_rect(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    if html is not None:
        doc.setHtml(html)
    return doc


def paint_document(device: QPagedPaintDevice, doc: QTextDocument, family: str, heading: str) -> int:
    """Paint every page of ``doc`` onto ``device`` under ``heading``; the number of pages."""
    count = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法开始打印（打印机或文件不可用）")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i in range(count):
            if i:
                device.newPage()
            paint_page(painter, device, doc, i, count, family, heading)
    finally:
        painter.end()
    return count


def make_document(summary: Summary, device: QPagedPaintDevice, family: str) -> QTextDocument:
    """The summary as a QTextDocument laid out in ``device``'s pixels and paginated for it."""
    doc = text_document(device, family, 9.5)
    for name, (_mime, data) in summary.images.items():
        image = QImage.fromData(QByteArray(data))
        doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"{IMAGE_SCHEME}:{name}"), image
        )
    doc.setHtml(
        summary_html(summary, font_family=family, image_src=lambda name: f"{IMAGE_SCHEME}:{name}")
    )
    _keep_last_block_together(doc, body_rect(device).height())
    return doc


def _keep_last_block_together(doc: QTextDocument, page_height: float) -> None:
    """The closing signature block (the last table) never straddles a page: Qt would split it
    line by line, leaving the head's signature alone on the next page."""
    frames = doc.rootFrame().childFrames()
    if not frames or not isinstance(frames[-1], QTextTable):
        return
    table = frames[-1]
    rect = doc.documentLayout().frameBoundingRect(table)
    if int(rect.top() // page_height) == int((rect.bottom() - 1) // page_height):
        return
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)


def paint_page(
    painter: QPainter,
    device: QPagedPaintDevice,
    doc: QTextDocument,
    index: int,
    count: int,
    family: str,
    heading: str,
    tag: str = "",
) -> None:
    """Page ``index`` of ``doc`` in the body area, a running ``heading`` above it and "第 N 页
    共 M 页" (and ``tag``, right-aligned) below: every printed page, summary or report."""
    body = body_rect(device)
    painter.save()
    painter.translate(body.left(), body.top() - index * body.height())
    clip = QRectF(0, index * body.height(), body.width(), body.height())
    painter.setClipRect(clip)
    ctx = QAbstractTextDocumentLayout.PaintContext()
    ctx.clip = clip
    doc.documentLayout().draw(painter, ctx)
    painter.restore()

    small = QFont(family)
    small.setPointSizeF(7.5)
    painter.save()
    painter.setFont(small)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    header = QRectF(0, 0, body.width(), body.top() * 0.8)
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, heading)
    painter.drawLine(header.bottomLeft(), header.bottomRight())
    footer = QRectF(
        0,
        body.bottom() + body.top() * 0.3,
        body.width(),
        mm_px(device, FOOTER_MM) - body.top() * 0.3,
    )
    painter.setPen(QPen(Qt.GlobalColor.black))
    painter.drawText(
        footer,
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
        f"第 {index + 1} 页 共 {count} 页",
    )
    if tag:
        painter.setPen(QPen(Qt.GlobalColor.darkGray))
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tag)
    painter.restore()


def _paint_page(
    painter: QPainter,
    device: QPagedPaintDevice,
    doc: QTextDocument,
    index: int,
    count: int,
    summary: Summary,
    family: str,
) -> None:
    heading = summary.page_header + (f"（{summary.variant}）" if summary.variant else "")
    paint_page(painter, device, doc, index, count, family, heading, f"记录编号 {summary.visit_id}")


def paint_summaries(
    device: QPagedPaintDevice,
    summaries: Iterable[Summary],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    painter: QPainter | None = None,
) -> PrintResult:
    """Paint each summary as its own page group (a new page per visit) onto ``device``.

    ``summaries`` may be a generator: each is built, painted and dropped before the next is
    asked for. ``progress(done, total)`` is called after each; when ``cancelled()`` turns true
    the run stops after the current visit and ``PrintResult.cancelled`` is set.
    """
    family = print_font_family()
    own = painter is None
    if painter is None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("无法开始打印（打印机或文件不可用）")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    docs = pages = 0
    stopped = False
    try:
        for summary in summaries:
            if cancelled is not None and cancelled():
                stopped = True
                break
            doc = make_document(summary, device, family)
            count = doc.pageCount()
            for i in range(count):
                if pages:
                    device.newPage()
                _paint_page(painter, device, doc, i, count, summary, family)
                pages += 1
            docs += 1
            del doc
            if progress is not None:
                progress(docs, total if total is not None else docs)
    finally:
        if own:
            painter.end()
    return PrintResult(docs, pages, stopped)


def pdf_writer(path: Path | str, title: str = "入户走访记录表") -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("gridworker")
    setup_device(writer)
    return writer


def write_pdf(
    path: Path | str,
    summaries: Iterable[Summary],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrintResult:
    """Stream ``summaries`` into one PDF at ``path`` (one page group per visit)."""
    writer = pdf_writer(path)
    return paint_summaries(writer, summaries, total=total, progress=progress, cancelled=cancelled)
