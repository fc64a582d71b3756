"""A redemption receipt on paper or as a PDF (A5 portrait), with the bundled font embedded.

write_receipt_pdf("r.pdf", html)    # (gridworker.points.receipt.receipt_html)
print_receipt(parent, html)         # the system print dialog
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from gridworker.ui.printing.fonts import print_font_family
from gridworker.ui.printing.render import PDF_DPI, pdf_writer


def _layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A5),
        QPageLayout.Orientation.Portrait,
        QMarginsF(12, 12, 12, 12),
        QPageLayout.Unit.Millimeter,
    )


def paint_receipt(device: QPagedPaintDevice, page: str) -> None:
    device.setPageLayout(_layout())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # (the trap: else laid out at 96 dpi)
    font = QFont(print_font_family())
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.setHtml(page)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法开始打印（打印机或文件不可用）")
    try:
        doc.drawContents(painter)
    finally:
        painter.end()


def write_receipt_pdf(path: Path | str, page: str) -> Path:
    writer = pdf_writer(path, title="爱心超市积分兑换凭证")
    writer.setResolution(PDF_DPI)
    paint_receipt(writer, page)
    return Path(path)


def print_receipt(parent: QWidget | None, page: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout())
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_receipt(printer, page)
    return True
