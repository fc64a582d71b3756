"""Sync and enrolment failures in plain Chinese, for dialogs and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridworker.store.errors import DeviceRevoked as StoreRevoked
from gridworker.store.errors import StoreError, WrongPassword


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


KEPT = "本机数据都已保存，没有丢失。"


def plain_error(exc: BaseException) -> str:
    """One or two sentences a grid worker can act on (no English, no tracebacks)."""
    from gridworker.sync.client import (
        AppTooOld,
        AuthError,
        Cancelled,
        DeviceRevoked,
        NetworkError,
        ServerBusy,
        SyncError,
    )
    from gridworker.sync.state import NotEnrolled

    if isinstance(exc, (DeviceRevoked, StoreRevoked)):
        return _tr("此设备已被县里停用。") + _tr(KEPT) + _tr("请重新登记本机后再同步。")
    if isinstance(exc, Cancelled):
        return _tr("同步已取消。") + _tr(KEPT)
    if isinstance(exc, NotEnrolled):
        return _tr("此设备尚未登记，请先在登录界面点“登记本机”。")
    if isinstance(exc, NetworkError):
        if exc.code == "server_error":
            return _tr("县服务器暂时出错，请稍后再试。") + _tr(KEPT)
        return _tr("连不上县服务器，请检查网络或服务器地址。") + _tr(KEPT)
    if isinstance(exc, AuthError):
        if exc.code == "bad_credentials":
            return _tr("用户名或密码不正确。")
        if exc.code == "user_disabled":
            return _tr("此账户已停用，请联系县管理员。")
        if exc.code in ("token_invalid", "token_missing"):
            return _tr("本机的登记已失效，请重新登记本机。") + _tr(KEPT)
        return exc.message or _tr("身份验证失败。")
    if isinstance(exc, ServerBusy):
        return _tr("服务器繁忙，请稍后再试。") + _tr(KEPT)
    if isinstance(exc, AppTooOld):
        return _tr("本程序版本过旧，请先升级后再同步。") + _tr(KEPT)
    if isinstance(exc, SyncError):
        if exc.code == "too_many_attempts":
            return _tr("登录失败次数过多，请 15 分钟后再试。")
        return exc.message or _tr("同步没有完成。") + _tr(KEPT)
    if isinstance(exc, WrongPassword):
        return _tr("本机已有此账户的数据，但密码与本机数据的密码不同。请输入本机原来的密码。")
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, ValueError):
        return _tr("服务器地址不对，应类似 http://192.168.1.10:8750")
    return _tr("同步没有完成（意外错误）。") + _tr(KEPT)
