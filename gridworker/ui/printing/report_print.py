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

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gridworker.reports import Report
from gridworker.reports.layout import Sheet, SignOff, report_html, sheets_html
from gridworker.ui.printing.fonts import print_font_family
from gridworker.ui.printing.render import (
    MARGINS_MM,
    PDF_DPI,
    paint_document,
    pdf_writer,
    text_document,
)


def landscape_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def report_document(
    report: Report, device: QPagedPaintDevice, family: str, sign: SignOff | None = None
) -> QTextDocument:
    """The report as a QTextDocument paginated for ``device`` (already A4 landscape)."""
    return html_document(report_html(report, sign), device, family)


def html_document(page: str, device: QPagedPaintDevice, family: str) -> QTextDocument:
    """A report's HTML page (`reports.layout.sheets_html`) paginated for ``device``."""
    html = re.sub(r"font-family:[^;}]*", f"font-family:'{family}'", page)
    return text_document(device, family, 8.5, html.replace("font-size:10pt", "font-size:8.5pt"))


def paint_report(device: QPagedPaintDevice, report: Report, sign: SignOff | None = None) -> int:
    """Paint every page of ``report`` onto ``device``; the number of pages."""
    heading = (
        f"{report.region_name} 防返贫监测{report.period_title}报告"
        f"（{report.start} 至 {report.end}）"
    )
    return paint_html(device, report_html(report, sign), heading)


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
    return paint_document(device, html_document(page, device, family), family, heading)


def write_report_pdf(path: Path | str, report: Report, sign: SignOff | None = None) -> int:
    """The report as an A4 landscape PDF at ``path``; the number of pages."""
    writer = pdf_writer(path, title=f"{report.region_name} {report.period_title}报告")
    writer.setResolution(PDF_DPI)
    return paint_report(writer, report, sign)


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(landscape_layout())
    return printer


def preview_report(parent: QWidget | None, report: Report, sign: SignOff | None = None) -> None:
    """打印预览; the dialog's own print button prints the same pages."""
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    preview = QCoreApplication.translate("printing", "打印预览")
    dialog.setWindowTitle(f"{preview} — {report.region_name} {report.period_title}")
    dialog.paintRequested.connect(lambda p: paint_report(p, report, sign))
    dialog.exec()


def print_report(parent: QWidget | None, report: Report, sign: SignOff | None = None) -> bool:
    """The system print dialog, then print. False when the user cancelled."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_report(printer, report, sign)
    return True
