"""Errors the store raises, each with a message a grid worker can read (Chinese)."""

from __future__ import annotations


class StoreError(Exception):
    """Base class. ``str(e)`` is the Chinese message for the user."""

    default = "本地数据库出错"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default)

    @property
    def message(self) -> str:
        return str(self)


class WrongPassword(StoreError):
    default = "密码不正确，请重新输入"


class StoreDamaged(StoreError):
    default = "本地数据库文件已损坏或不是本程序的数据库"


class StoreTooNew(StoreError):
    default = "本地数据库由更新版本的程序创建，请先升级本程序"


class StoreNotFound(StoreError):
    default = "找不到此账户的本地数据库"


class DeviceRevoked(StoreError):
    default = "此设备已被县里停用，请联系管理员重新登记设备。本地数据均已保留。"


class DiskFull(StoreError):
    default = "磁盘空间已满，未能保存。已保存的数据没有丢失，请清理磁盘后重试。"


class InvalidRecord(StoreError):
    """A record that breaks a rule; ``errors`` lists (field, Chinese reason)."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors = errors
        super().__init__("；".join(f"{f}：{m}" if f else m for f, m in errors))
