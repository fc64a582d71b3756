"""Store → PDF without widgets: one visit, or every visit of a grid / village in a date range.

Used by the CLI (``gridworker print``), the benchmarks and the app's "save as PDF". Each visit is
loaded, built and painted in turn (:func:`iter_summaries` is a generator), so a batch of any size
keeps one visit in memory at a time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gridworker.store.store import Store
from gridworker.summary import (
    Summary,
    SummaryOptions,
    build_summary,
    load_summary_data,
    visit_ids_in,
)
from gridworker.ui.printing.render import Cancelled, PrintResult, Progress, write_pdf


def ensure_app() -> QCoreApplication:
    """A Qt application for printing from scripts: the running one, or a new QApplication
    (``offscreen`` when there is no display, so the command line works on a server). A
    QApplication, not a QGuiApplication: the same process may go on to show widgets."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1])


def iter_summaries(
    store: Store, visit_ids: Sequence[str], options: SummaryOptions | None = None
) -> Iterator[Summary]:
    """Load and build one summary at a time (any thread)."""
    for vid in visit_ids:
        with store.read() as conn:
            data = load_summary_data(conn, vid)
        yield build_summary(data, options)


def region_visit_ids(store: Store, region_code: str, date_from: date, date_to: date) -> list[str]:
    with store.read() as conn:
        return visit_ids_in(conn, region_code, date_from, date_to)


def save_visit_pdf(
    store: Store, visit_id: str, path: Path | str, options: SummaryOptions | None = None
) -> PrintResult:
    """One visit's 入户走访记录表 as a PDF file."""
    ensure_app()
    return write_pdf(path, iter_summaries(store, [visit_id], options), total=1)


def save_batch_pdf(
    store: Store,
    visit_ids: Sequence[str],
    path: Path | str,
    options: SummaryOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrintResult:
    """Several visits in one PDF, a new page group per visit, streamed visit by visit."""
    ensure_app()
    return write_pdf(
        path,
        iter_summaries(store, visit_ids, options),
        total=len(visit_ids),
        progress=progress,
        cancelled=cancelled,
    )


def save_region_pdf(
    store: Store,
    region_code: str,
    date_from: date,
    date_to: date,
    path: Path | str,
    options: SummaryOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrintResult:
    """Every completed visit of a grid or village (region code prefix) in the dates."""
    ids = region_visit_ids(store, region_code, date_from, date_to)
    return save_batch_pdf(store, ids, path, options, progress=progress, cancelled=cancelled)
