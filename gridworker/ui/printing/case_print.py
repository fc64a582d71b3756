"""Monitoring case papers (`gridworker.case_papers`: the 村内公示 list, the township's 审核 list,
the county's 审定 list, a household's case history) on paper, A4 portrait, through the same Qt
path as the visit summaries and reports: the HTML in a QTextDocument laid out for the device
itself, the bundled WenQuanYi font embedded (the PDF's text extracts), a running header and
"第 N 页 共 M 页".

    write_paper_pdf("gs.pdf", paper)        # PDF
    preview_paper(parent, paper)            # 打印预览
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gridworker.case_papers import Paper
from gridworker.ui.printing.fonts import print_font_family
from gridworker.ui.printing.render import PDF_DPI, a4_layout, body_rect, paint_page, pdf_writer


def paper_document(paper: Paper, device: QPagedPaintDevice, family: str) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # the trap: else fonts are laid out at 96 dpi
    font = QFont(family)
    font.setPointSizeF(10.5)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    body = body_rect(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    doc.setHtml(paper.html)
    return doc


def paint_paper(device: QPagedPaintDevice, paper: Paper) -> int:
    """Paint ``paper`` onto ``device``; the number of pages."""
    device.setPageLayout(a4_layout())
    family = print_font_family()
    doc = paper_document(paper, device, family)
    count = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法开始打印（打印机或文件不可用）")
    try:
        for i in range(count):
            if i:
                device.newPage()
            paint_page(painter, device, doc, i, count, family, paper.heading)
    finally:
        painter.end()
    return count


def write_paper_pdf(path: Path | str, paper: Paper) -> int:
    writer = pdf_writer(path, title=paper.title)
    writer.setResolution(PDF_DPI)
    return paint_paper(writer, paper)


def preview_paper(parent: QWidget | None, paper: Paper) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {paper.title}")
    dialog.paintRequested.connect(lambda p: paint_paper(p, paper))
    dialog.exec()
