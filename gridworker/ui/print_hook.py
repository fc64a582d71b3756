"""The visit screen's 打印/预览 button, wired to gridworker.ui.printing (another team's module).

The summary is loaded and laid out on the operations worker; only the preview dialog runs on
the GUI thread, so the store is never read from a widget slot.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from gridworker.ui.dialogs import show_error
from gridworker.ui.operations import Operations
from gridworker.ui.session import PrintVisit


def make_print_visit(ops: Operations) -> PrintVisit | None:
    """``print_visit(parent, visit_id)``, or None when printing is not available here."""
    from pathlib import Path

    # Looked for, not imported: importing printing pulls in the store and would slow start-up.
    if not (Path(__file__).resolve().parent / "printing" / "actions.py").exists():
        return None

    def print_visit(parent: QWidget, visit_id: str) -> None:
        from gridworker.ui.printing import actions  # loaded on first use, not at start-up

        def load(store: Any) -> Any:
            from gridworker.summary import build_summary, load_summary

            return build_summary(load_summary(store, visit_id), None)

        def show(summary: Any) -> None:
            # With summary= given, the store argument is not read (see printing.actions).
            actions.preview_visit(parent, ops.store, visit_id, summary=summary)  # type: ignore[arg-type]

        ops.with_store(load, show, lambda exc: show_error(parent, exc), owner=parent)

    return print_visit
