"""The status bar: who is signed in, their grid, unsent changes, and (once sync exists) the link."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

if TYPE_CHECKING:
    from gridworker.store.store import Account
    from gridworker.ui.roster_data import Counts


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = QLabel()
        self.user.setObjectName("statusUser")
        self.scope = QLabel()
        self.pending = QLabel()
        self.pending.setObjectName("statusPending")
        self.link = QLabel()  # online / offline + last sync: filled by the sync service
        self.link.setObjectName("statusLink")
        self.link.hide()
        for w in (self.user, self.scope, self.pending, self.link):
            self.addPermanentWidget(w)

    def set_account(self, account: Account | None) -> None:
        if account is None:
            self.user.clear()
            self.scope.clear()
            self.pending.clear()
            self.link.hide()
            return
        self.user.setText(self.tr("用户：%1").replace("%1", account.display_name))
        self.scope.setText(self.tr("范围：%1").replace("%1", account.scope))

    def set_counts(self, counts: Counts) -> None:
        self.pending.setText(self.tr("待上传：%1 条").replace("%1", str(counts.pending)))

    def set_sync_state(self, online: bool, last_sync: datetime | None) -> None:
        """Slot for the sync service: connection state and the time of the last good sync."""
        state = self.tr("在线") if online else self.tr("离线")
        when = last_sync.strftime("%m-%d %H:%M") if last_sync else self.tr("从未同步")
        last = self.tr("上次同步")
        self.link.setText(f"{state} · {last} {when}")
        self.link.show()
