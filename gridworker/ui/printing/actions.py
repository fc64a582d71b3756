"""What the app's print buttons call: preview, print, save as PDF — one visit or a batch.

Each function takes the parent widget, the open store and a visit id (or a region and dates).
The data can also be loaded beforehand off the GUI thread (``gridworker.summary.load_summary``
→ ``build_summary``) and passed as ``summary=`` so the dialog opens at once.

    from gridworker.ui.printing.actions import preview_visit, print_visit, save_visit_pdf
    preview_visit(self, session.store, visit_id)                       # 打印预览
    print_visit(self, session.store, visit_id)                         # 打印…
    save_visit_pdf(self, session.store, visit_id)                      # 另存为 PDF…
    save_visit_pdf(self, store, vid, options=SummaryOptions(public=True))   # 公示版
    save_region_pdf(self, store, grid_code, date(2022, 5, 1), date(2022, 5, 31))
    options = choose_options(self)   # ask 标准 / 公示版 / 含完整证件号码; None when cancelled
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from gridworker.store.store import Store
from gridworker.summary import Summary, SummaryOptions, build_summary, load_summary
from gridworker.ui.printing.documents import iter_summaries, region_visit_ids
from gridworker.ui.printing.render import PrintResult, paint_summaries, setup_device, write_pdf

CHOICES = (
    "标准版（证件号码仅显示后4位）",
    "公示版（隐去证件号码、电话、银行账户和健康状况）",
    "含完整证件号码（仅供存档）",
)


def choose_options(parent: QWidget | None) -> SummaryOptions | None:
    """Ask which variant to print; full ID numbers need a second, explicit confirmation."""
    choice, ok = QInputDialog.getItem(
        parent, "打印走访记录", "打印哪种版本？", list(CHOICES), 0, False
    )
    if not ok:
        return None
    if choice == CHOICES[1]:
        return SummaryOptions(public=True)
    if choice == CHOICES[2]:
        answer = QMessageBox.question(
            parent,
            "完整证件号码",
            "将打印完整的身份证号码。纸质记录须妥善保管，不得张贴公示。继续吗？",
        )
        return SummaryOptions(full_ids=True) if answer == QMessageBox.StandardButton.Yes else None
    return SummaryOptions()


def _summary(
    store: Store, visit_id: str, options: SummaryOptions | None, summary: Summary | None
) -> Summary:
    return summary if summary is not None else build_summary(load_summary(store, visit_id), options)


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_device(printer)
    return printer


def preview_visit(
    parent: QWidget | None,
    store: Store,
    visit_id: str,
    options: SummaryOptions | None = None,
    *,
    summary: Summary | None = None,
) -> None:
    """打印预览 (QPrintPreviewDialog); the dialog's own print button prints the same pages."""
    s = _summary(store, visit_id, options, summary)
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {s.title}")
    dialog.paintRequested.connect(lambda p: paint_summaries(p, [s]))
    dialog.exec()


def print_visit(
    parent: QWidget | None,
    store: Store,
    visit_id: str,
    options: SummaryOptions | None = None,
    *,
    summary: Summary | None = None,
) -> bool:
    """The system print dialog, then print. False when the user cancelled."""
    s = _summary(store, visit_id, options, summary)
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_summaries(printer, [s])
    return True


def _ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, "另存为 PDF", str(Path.home() / suggested), "PDF 文件 (*.pdf)"
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def save_visit_pdf(
    parent: QWidget | None,
    store: Store,
    visit_id: str,
    options: SummaryOptions | None = None,
    *,
    path: Path | None = None,
    summary: Summary | None = None,
) -> Path | None:
    """Ask for a file name (unless ``path``) and write the PDF; the path written, or None."""
    s = _summary(store, visit_id, options, summary)
    header = dict((it.label, it.value) for it in s.header)
    suffix = f"_{s.variant}" if s.variant else ""
    name = f"入户走访记录表_{header.get('户编号', '')}_{header.get('走访日期', '')}{suffix}.pdf"
    target = path or _ask_path(parent, name)
    if target is None:
        return None
    try:
        write_pdf(target, [s])
    except OSError as exc:
        QMessageBox.warning(parent, "保存失败", f"无法保存 PDF：{exc}")
        return None
    return target


def save_region_pdf(
    parent: QWidget | None,
    store: Store,
    region_code: str,
    date_from: date,
    date_to: date,
    options: SummaryOptions | None = None,
    *,
    path: Path | None = None,
) -> PrintResult | None:
    """All completed visits of a grid or village in the dates into one PDF, with a progress
    dialog that can cancel (the pages written so far are kept). None when nothing was written."""
    ids = region_visit_ids(store, region_code, date_from, date_to)
    if not ids:
        QMessageBox.information(parent, "批量打印", "所选范围内没有已完成的走访记录。")
        return None
    target = path or _ask_path(parent, f"入户走访记录表_{region_code}_{date_from}_{date_to}.pdf")
    if target is None:
        return None
    progress = QProgressDialog(f"正在生成 {len(ids)} 份走访记录…", "取消", 0, len(ids), parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> None:
        progress.setValue(done)
        progress.setLabelText(f"正在生成走访记录 {done}/{total}…")
        QCoreApplication.processEvents()

    try:
        result = write_pdf(
            target,
            iter_summaries(store, ids, options),
            total=len(ids),
            progress=step,
            cancelled=progress.wasCanceled,
        )
    except OSError as exc:
        QMessageBox.warning(parent, "保存失败", f"无法保存 PDF：{exc}")
        return None
    finally:
        progress.close()
    return result
