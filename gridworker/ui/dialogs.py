"""Plain-language dialogs for failures: what happened, and that nothing saved was lost."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridworker.store.errors import (
    DeviceRevoked,
    DiskFull,
    InvalidRecord,
    StoreDamaged,
    StoreError,
    StoreNotFound,
    StoreTooNew,
    WrongPassword,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


def error_title(exc: BaseException) -> str:
    if isinstance(exc, WrongPassword):
        return QCoreApplication.translate("dialogs", "密码不正确")
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate("dialogs", "磁盘已满")
    if isinstance(exc, (StoreDamaged, StoreNotFound)):
        return QCoreApplication.translate("dialogs", "无法打开本地数据")
    if isinstance(exc, StoreTooNew):
        return QCoreApplication.translate("dialogs", "需要升级程序")
    if isinstance(exc, DeviceRevoked):
        return QCoreApplication.translate("dialogs", "此设备已停用")
    if isinstance(exc, InvalidRecord):
        return QCoreApplication.translate("dialogs", "未保存：有内容需要修改")
    return QCoreApplication.translate("dialogs", "出错了")


def error_text(exc: BaseException) -> str:
    """The message for the user: the store's own Chinese message, or a plain fallback."""
    if isinstance(exc, InvalidRecord):
        return "\n".join(f"• {m}" for _f, m in exc.errors) or str(exc)
    if isinstance(exc, StoreError):
        text = str(exc)
        if isinstance(exc, (StoreDamaged, StoreNotFound, StoreTooNew)):
            text += "\n\n" + QCoreApplication.translate(
                "dialogs", "已保存的数据没有被改动。请联系乡镇或县里的管理员。"
            )
        return text
    log.error("unexpected error", exc_info=exc)
    return (
        QCoreApplication.translate(
            "dialogs", "程序遇到意外错误，刚才的操作没有完成。已保存的数据没有丢失。"
        )
        + f"\n\n({exc})"
    )


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show ``exc`` in a modal-less message box (returned, so tests can read and close it)."""
    from PySide6.QtWidgets import QMessageBox  # not needed for the first window: loaded late

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        error_title(exc),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorDialog")
    box.setModal(True)
    box.open()
    return box
