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

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gridworker.case_papers import Paper
from gridworker.ui.printing.fonts import print_font_family
from gridworker.ui.printing.render import (
    PDF_DPI,
    a4_layout,
    paint_document,
    pdf_writer,
    text_document,
)


def paint_paper(device: QPagedPaintDevice, paper: Paper) -> int:
    """Paint ``paper`` onto ``device``; the number of pages."""
    device.setPageLayout(a4_layout())
    family = print_font_family()
    doc = text_document(device, family, 10.5, paper.html)
    return paint_document(device, doc, family, paper.heading)


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
