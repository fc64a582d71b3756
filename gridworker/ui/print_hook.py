"""The visit screen's 打印/预览 button, wired to :mod:`gridworker.ui.printing`.

The summary is loaded and laid out on the operations layer's store lane; only the preview dialog
runs on the GUI thread, so the store is never read from a widget slot.
"""

from __future__ import annotations

from importlib.util import find_spec
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from gridworker.ui.dialogs import show_error
from gridworker.ui.operations import Operations
from gridworker.ui.session import PrintVisit

if TYPE_CHECKING:
    from gridworker.summary import Summary


def printing_available() -> bool:
    """Whether this installation can print: the printing package and Qt's print support are
    importable. Asked of the import system, not the file system (an installed bundle holds
    compiled modules only), and without importing them: that would slow the start."""
    try:
        return find_spec("gridworker.ui.printing") is not None and (
            find_spec("PySide6.QtPrintSupport") is not None
        )
    except (ImportError, ValueError):
        return False


def make_print_visit(ops: Operations) -> PrintVisit | None:
    """``print_visit(parent, visit_id)``, or None when printing is not available here."""
    if not printing_available():
        return None

    def print_visit(parent: QWidget, visit_id: str, variant: str = "standard") -> None:
        from gridworker.ui.printing import actions  # loaded on first use, not at start-up

        options = actions.VARIANTS[variant]
        if options.full_ids and not actions.confirm_full_ids(parent):
            return

        def show(summary: Summary) -> None:
            actions.preview_summary(parent, summary)

        ops.with_store(
            lambda store: actions.load_visit_summary(store, visit_id, options),
            show,
            lambda exc: show_error(parent, exc),
            owner=parent,
        )

    return print_visit
