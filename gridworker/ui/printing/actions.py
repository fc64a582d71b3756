"""What the app's print buttons call: preview, print, save as PDF — one visit or a batch.

No store work on the GUI thread: a visit's summary is loaded and built through the operations
layer (:func:`load_visit_summary` on the store lane) and handed to the dialogs here; a batch is a
long job on the jobs lane, written visit by visit into a PDF by a helper process, with a progress
dialog that cancels (the pages written so far are kept).

    ops.with_store(lambda s: load_visit_summary(s, vid, options), lambda s: preview_summary(w, s))
    preview_summary(parent, summary)                 # 打印预览
    print_summary(parent, summary)                   # 打印…
    save_summary_pdf(parent, summary)                # 另存为 PDF…
    options = VARIANTS["public"]       # 标准 standard / 公示版 public / 含完整证件号码 full_ids
    confirm_full_ids(parent)           # asked before every full-ID print
    print_region(parent, ops, grid_code, date(2022, 5, 1), date(2022, 5, 31), options)  # 批量打印
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QWidget,
)

from gridworker.store.store import Store
from gridworker.summary import Summary, SummaryOptions, build_summary, load_summary, visit_ids_in
from gridworker.ui.dialogs import show_error
from gridworker.ui.operations import Operations, TaskState
from gridworker.ui.printing.batch import print_in_process
from gridworker.ui.printing.render import PrintResult, paint_summaries, setup_device, write_pdf

VARIANTS = {  # what the screens offer → the summary's options
    "standard": SummaryOptions(),
    "public": SummaryOptions(public=True),
    "full_ids": SummaryOptions(full_ids=True),
}


def confirm_full_ids(parent: QWidget | None) -> bool:
    """Full ID numbers are printed only after the user says so, every time."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("printing", "完整证件号码"),
        QCoreApplication.translate(
            "printing", "将打印完整的身份证号码。纸质记录须妥善保管，不得张贴公示。继续吗？"
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def _save_failed(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("printing", "保存失败"),
        QCoreApplication.translate("printing", "无法保存 PDF：%1").replace("%1", str(exc)),
    )


def load_visit_summary(
    store: Store, visit_id: str, options: SummaryOptions | None = None
) -> Summary:
    """On a worker: one visit's summary, read and laid out."""
    return build_summary(load_summary(store, visit_id), options)


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_device(printer)
    return printer


def preview_summary(parent: QWidget | None, summary: Summary) -> None:
    """打印预览 (QPrintPreviewDialog); the dialog's own print button prints the same pages."""
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    variant = f"（{summary.variant}）" if summary.variant else ""
    preview = QCoreApplication.translate("printing", "打印预览")
    dialog.setWindowTitle(f"{preview} — {summary.title}{variant}")
    dialog.paintRequested.connect(lambda p: paint_summaries(p, [summary]))
    dialog.exec()


def print_summary(parent: QWidget | None, summary: Summary) -> bool:
    """The system print dialog, then print. False when the user cancelled."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_summaries(printer, [summary])
    return True


def _ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("printing", "另存为 PDF"),
        str(Path.home() / suggested),
        QCoreApplication.translate("printing", "PDF 文件 (*.pdf)"),
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def save_summary_pdf(
    parent: QWidget | None, summary: Summary, *, path: Path | None = None
) -> Path | None:
    """Ask for a file name (unless ``path``) and write the PDF; the path written, or None."""
    header = dict((it.label, it.value) for it in summary.header)
    suffix = f"_{summary.variant}" if summary.variant else ""
    name = f"入户走访记录表_{header.get('户编号', '')}_{header.get('走访日期', '')}{suffix}.pdf"
    target = path or _ask_path(parent, name)
    if target is None:
        return None
    try:
        write_pdf(target, [summary])
    except OSError as exc:
        _save_failed(parent, exc)
        return None
    return target


def print_region(
    parent: QWidget,
    ops: Operations,
    region_code: str,
    date_from: date,
    date_to: date,
    options: SummaryOptions | None = None,
    *,
    path: Path | None = None,
    done: Callable[[PrintResult], object] | None = None,
) -> None:
    """批量打印: every completed visit of a grid or village in the dates into one PDF. The visit
    ids are read on the store lane, then the file name is asked (unless ``path``), then
    :func:`print_batch` writes it."""

    def found(ids: list[str]) -> None:
        if not ids:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("printing", "批量打印"),
                QCoreApplication.translate("printing", "所选范围内没有已完成的走访记录。"),
            )
            return
        target = path or _ask_path(
            parent, f"入户走访记录表_{region_code}_{date_from}_{date_to}.pdf"
        )
        if target is not None:
            print_batch(parent, ops, ids, target, options, done=done)

    ops.read(
        lambda conn: visit_ids_in(conn, region_code, date_from, date_to),
        found,
        lambda exc: show_error(parent, exc),
        owner=parent,
    )


def print_batch(
    parent: QWidget,
    ops: Operations,
    visit_ids: Sequence[str],
    path: Path,
    options: SummaryOptions | None = None,
    *,
    done: Callable[[PrintResult], object] | None = None,
) -> TaskState:
    """Several visits into one PDF as a long job on the jobs lane, which hands the batch to a
    helper process (:mod:`gridworker.ui.printing.batch`), with a progress dialog whose 取消
    stops after the current visit; ``done(result)`` on the GUI thread when it ends."""
    store = ops.store
    if store is None:
        raise RuntimeError("no store is open")
    ids, total = list(visit_ids), len(visit_ids)

    def job(state: TaskState) -> PrintResult:
        return print_in_process(
            store,
            ids,
            path,
            options,
            progress=lambda n, _t: state.set_progress(n / total),
            cancelled=lambda: state.cancelled,
            on_cancel=state.on_cancel,
        )

    progress = QProgressDialog(
        QCoreApplication.translate("printing", "正在生成 %1 份走访记录…").replace("%1", str(total)),
        QCoreApplication.translate("printing", "取消"),
        0,
        total,
        parent,
    )
    progress.setObjectName("batchPrintProgress")
    bar = QProgressBar()
    bar.setFormat("%v/%m")
    progress.setBar(bar)
    progress.setMinimumDuration(300)

    def finished(result: PrintResult) -> None:
        if done is not None:
            done(result)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            _save_failed(parent, exc)
        else:
            show_error(parent, exc)

    state = ops.long_job(
        job,
        finished,
        failed,
        owner=parent,
        title=QCoreApplication.translate("printing", "批量打印"),
    )

    def step(fraction: float) -> None:
        progress.setValue(round(fraction * total))  # the bar says "n/total"; the label stays

    state.progress_changed.connect(step)
    progress.canceled.connect(state.cancel)
    state.finished.connect(progress.deleteLater)
    return state
