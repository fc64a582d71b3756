"""The 村内公示 notice list on paper (A4 portrait), through the same Qt path as the visit
summaries and reports: ``gridworker.notice_list.notice_html`` in a QTextDocument laid out for the
device itself, the bundled WenQuanYi font embedded (the PDF's text extracts), a running header
and "第 N 页 共 M 页".

    preview_notice(parent, notice)          # 打印预览
    write_notice_pdf("gs.pdf", notice)      # PDF
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gridworker.notice_list import NoticeList, notice_html
from gridworker.ui.printing.fonts import print_font_family
from gridworker.ui.printing.render import (
    PDF_DPI,
    a4_layout,
    body_rect,
    paint_page,
    pdf_writer,
)


def notice_document(notice: NoticeList, device: QPagedPaintDevice, family: str) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # the trap: else fonts are laid out at 96 dpi
    font = QFont(family)
    font.setPointSizeF(11)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    body = body_rect(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    doc.setHtml(notice_html(notice))
    return doc


def paint_notice(device: QPagedPaintDevice, notice: NoticeList) -> int:
    """Paint the notice list onto ``device``; the number of pages."""
    device.setPageLayout(a4_layout())
    family = print_font_family()
    doc = notice_document(notice, device, family)
    count = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法开始打印（打印机或文件不可用）")
    try:
        for i in range(count):
            if i:
                device.newPage()
            paint_page(painter, device, doc, i, count, family, f"{notice.unit} 村内公示")
    finally:
        painter.end()
    return count


def write_notice_pdf(path: Path | str, notice: NoticeList) -> int:
    writer = pdf_writer(path, title=f"{notice.unit}防止返贫监测对象公示")
    writer.setResolution(PDF_DPI)
    return paint_notice(writer, notice)


def preview_notice(parent: QWidget | None, notice: NoticeList) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {notice.unit}村内公示")
    dialog.paintRequested.connect(lambda p: paint_notice(p, notice))
    dialog.exec()
