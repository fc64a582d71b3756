"""Saving a file the user asked for (Excel, PDF) as a long job of the operations layer: the
file is written on the jobs lane while the window keeps painting; the path (or a plain Chinese
warning) comes back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gridworker.ui.dialogs import show_error
from gridworker.ui.operations import Operations, TaskState


def ask_path(parent: QWidget | None, title: str, suggested: str, kind: str) -> Path | None:
    """The save dialog; the chosen path with ``suggested``'s suffix, or None."""
    suffix = Path(suggested).suffix
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), kind)
    if not name:
        return None
    return Path(name if name.lower().endswith(suffix) else name + suffix)


def save_in_background(
    parent: QWidget,
    ops: Operations,
    title: str,
    write: Callable[[], Path],
    done: Callable[[Path], object],
) -> TaskState:
    """Run ``write()`` as a long job (``title`` names it while signing out waits for it);
    ``done(path)`` once written, a warning when the file could not be written."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("files", "保存失败"),
                QCoreApplication.translate("files", "无法保存：%1").replace("%1", str(exc)),
            )
        else:
            show_error(parent, exc)

    return ops.long_job(lambda _state: write(), done, failed, owner=parent, title=title)
