"""What a signed-in screen needs, passed in by constructors (no global app object)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from gridworker.ui.operations import Operations

if TYPE_CHECKING:
    from gridworker.store.store import Account


class PrintVisit(Protocol):
    """Printing hook (gridworker.ui.print_hook): preview one visit's summary in a variant
    (``standard``, ``public`` = 公示版, ``full_ids`` = 含完整证件号码, confirmed first)."""

    def __call__(self, parent: QWidget, visit_id: str, variant: str = "standard") -> None: ...


class SyncService(Protocol):
    """The sync service (gridworker.ui.sync_service); the Sync action stays hidden without one."""

    def sync_now(self, ops: Operations) -> None: ...


@dataclass
class Session:
    account: Account
    ops: Operations
    today: Callable[[], date] = date.today
    print_visit: PrintVisit | None = None
    sync: SyncService | None = None

    @property
    def scope(self) -> str:
        return self.account.scope

    @property
    def worker_name(self) -> str:
        return self.account.display_name or self.account.username
