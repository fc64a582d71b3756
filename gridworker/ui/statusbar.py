"""The status bar: who is signed in, their grid, unsent changes, and the link to the county
server (filled by the sync service)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

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
        self.skew = QLabel()  # clock-skew warning reported by the last sync
        self.skew.setObjectName("statusSkew")
        self.skew.setStyleSheet("color: #b00020;")
        self.skew.hide()
        self.issues = QPushButton()  # conflicts / quarantined records: opens their list
        self.issues.setObjectName("statusIssues")
        self.issues.setFlat(True)
        self.issues.hide()
        for w in (self.user, self.scope, self.pending, self.link, self.skew, self.issues):
            self.addPermanentWidget(w)

    def set_account(self, account: Account | None) -> None:
        if account is None:
            self.user.clear()
            self.scope.clear()
            self.pending.clear()
            for w in (self.link, self.skew, self.issues):
                w.hide()
            return
        self.user.setText(self.tr("用户：%1").replace("%1", account.display_name))
        self.scope.setText(self.tr("范围：%1").replace("%1", account.scope))
        self.scope.setToolTip(account.scope)

    def set_counts(self, counts: Counts) -> None:
        """待上传 in visits and households (a visit writes several records: never "8 条")."""
        visits, households = counts.pending_visits, counts.pending_households
        if visits:
            text = (
                self.tr("待上传：%1 次走访，%2 户")
                .replace("%1", str(visits))
                .replace("%2", str(households))
            )
        elif households:
            text = self.tr("待上传：%1 户的资料改动").replace("%1", str(households))
        else:
            text = self.tr("待上传：无")
        self.pending.setText(text)

    def set_scope_name(self, name: str) -> None:
        """The account's area by name (the code stays in the tooltip)."""
        if name:
            code = self.scope.toolTip() or self.scope.text()
            self.scope.setToolTip(code)
            self.scope.setText(self.tr("范围：%1").replace("%1", name))

    def set_sync_state(
        self, online: bool, last_sync: datetime | None, *, skew_s: float = 0.0, issues: int = 0
    ) -> None:
        """Slot for the sync service: connection state, the time of the last good sync (UTC
        when naive, shown in local time), the device clock's skew and open sync issues."""
        state = self.tr("在线") if online else self.tr("离线")
        if last_sync is not None and last_sync.tzinfo is None:
            last_sync = last_sync.replace(tzinfo=UTC).astimezone()
        when = last_sync.strftime("%m-%d %H:%M") if last_sync else self.tr("从未同步")
        last = self.tr("上次同步")
        self.link.setText(f"{state} · {last} {when}")
        self.link.show()
        if abs(skew_s) > 300:
            self.skew.setText(
                self.tr("本机时钟与服务器相差 %1 分钟，请校准时间").replace(
                    "%1", str(round(abs(skew_s) / 60))
                )
            )
            self.skew.show()
        else:
            self.skew.hide()
        self.issues.setText(self.tr("待核对 %1 条").replace("%1", str(issues)))
        self.issues.setVisible(issues > 0)
