"""Township reports on paper: A4 landscape through the same Qt path as the visit summaries.

The page body is ``gridworker.reports.layout.report_html`` in a QTextDocument laid out for the
device itself (``setPaintDevice``), printed with the bundled WenQuanYi font (embedded, so the
PDF's text extracts), a running header and "第 N 页 共 M 页".

    preview_report(parent, report)          # 打印预览
    print_report(parent, report)            # 打印…
    write_report_pdf("r.pdf", report)       # PDF (CLI, "另存为 PDF")
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gridworker.reports import Report
from gridworker.reports.layout import Sheet, report_html, sheets_html
from gridworker.ui.printing.fonts import print_font_family
from gridworker.ui.printing.render import (
    MARGINS_MM,
    PDF_DPI,
    body_rect,
    paint_page,
    pdf_writer,
)


def landscape_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def report_document(report: Report, device: QPagedPaintDevice, family: str) -> QTextDocument:
    """The report as a QTextDocument paginated for ``device`` (already A4 landscape)."""
    return html_document(report_html(report), device, family)


def html_document(page: str, device: QPagedPaintDevice, family: str) -> QTextDocument:
    """A report's HTML page (`reports.layout.sheets_html`) paginated for ``device``."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # the trap: else fonts are laid out at 96 dpi
    font = QFont(family)
    font.setPointSizeF(8.5)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    body = body_rect(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    html = re.sub(r"font-family:[^;}]*", f"font-family:'{family}'", page)
    html = html.replace("font-size:10pt", "font-size:8.5pt")
    doc.setHtml(html)
    return doc


def paint_report(device: QPagedPaintDevice, report: Report) -> int:
    """Paint every page of ``report`` onto ``device``; the number of pages."""
    heading = (
        f"{report.region_name} 防返贫监测{report.period_title}报告"
        f"（{report.start} 至 {report.end}）"
    )
    return paint_html(device, report_html(report), heading)


def paint_sheets(device: QPagedPaintDevice, heading: str, tables: list[Sheet]) -> int:
    """Any report's tables (e.g. ``reports.points.points_sheets``) onto ``device``."""
    return paint_html(device, sheets_html(heading, heading, tables), heading)


def write_sheets_pdf(path: Path | str, heading: str, tables: list[Sheet]) -> int:
    writer = pdf_writer(path, title=heading)
    writer.setResolution(PDF_DPI)
    return paint_sheets(writer, heading, tables)


def preview_sheets(parent: QWidget | None, heading: str, tables: list[Sheet]) -> None:
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {heading}")
    dialog.paintRequested.connect(lambda p: paint_sheets(p, heading, tables))
    dialog.exec()


def paint_html(device: QPagedPaintDevice, page: str, heading: str) -> int:
    """Paint every page of a report's HTML onto ``device``; the number of pages."""
    device.setPageLayout(landscape_layout())
    family = print_font_family()
    doc = html_document(page, device, family)
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


def write_report_pdf(path: Path | str, report: Report) -> int:
    """The report as an A4 landscape PDF at ``path``; the number of pages."""
    writer = pdf_writer(path, title=f"{report.region_name} {report.period_title}报告")
    writer.setResolution(PDF_DPI)
    return paint_report(writer, report)


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(landscape_layout())
    return printer


def preview_report(parent: QWidget | None, report: Report) -> None:
    """打印预览; the dialog's own print button prints the same pages."""
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {report.region_name} {report.period_title}报告")
    dialog.paintRequested.connect(lambda p: paint_report(p, report))
    dialog.exec()


def print_report(parent: QWidget | None, report: Report) -> bool:
    """The system print dialog, then print. False when the user cancelled."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_report(printer, report)
    return True
