"""忘记密码: open this computer's data again after the administrator reset the login password.

The county server checks the (reset) login password and returns this device's recovery key
(``/recover``); the device re-wraps its own store key under the new password the user chooses
here (``gridworker.sync.enrol.recover_password``). The store itself is not touched: every visit
not yet uploaded stays. It talks to the network, so it runs on the operations layer's network
lane; no store is open while the sign-in screen shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridworker.ui.operations import Operations
from gridworker.ui.sync_errors import plain_error

if TYPE_CHECKING:
    from gridworker.accounts import Account
    from gridworker.sync.client import ClientConfig

MIN_PASSWORD = 6


class RecoverDialog(QDialog):
    recovered = Signal(str)  # username

    def __init__(
        self,
        ops: Operations,
        account: Account,
        home: Path,
        parent: QWidget | None = None,
        *,
        config: ClientConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.account, self.home, self.config = ops, account, home, config
        self.busy = False
        self.setObjectName("recoverDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("忘记密码"))
        hint = QLabel(
            self.tr(
                "请先请乡镇或县管理员重置您的登录密码，再在这里输入重置后的密码，"
                "并为这台电脑设一个新密码。本机还没上传的走访记录都会保留。"
            )
        )
        hint.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setObjectName("recoverLogin")
        self.new = QLineEdit()
        self.new.setObjectName("recoverNew")
        self.again = QLineEdit()
        self.again.setObjectName("recoverAgain")
        for edit in (self.login, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("账户"), QLabel(f"{account.display_name} {account.username}"))
        form.addRow(self.tr("管理员重置后的密码"), self.login)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输一次新密码"), self.again)
        self.message = QLabel()
        self.message.setObjectName("recoverMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.button = QPushButton(self.tr("重设密码"))
        self.button.setDefault(True)
        buttons.addButton(self.button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if not account.server_url:
            self.message.setText(
                self.tr("这个账户没有在县服务器登记过，无法找回密码。请联系乡镇管理员。")
            )
            self.button.setEnabled(False)

    def submit(self) -> None:
        login, new, again = self.login.text(), self.new.text(), self.again.text()
        if not login:
            self.message.setText(self.tr("请输入管理员重置后的密码"))
            return
        if len(new) < MIN_PASSWORD:
            self.message.setText(self.tr("新密码至少要 %1 位").replace("%1", str(MIN_PASSWORD)))
            return
        if new != again:
            self.message.setText(self.tr("两次输入的新密码不一样，请重新输入"))
            self.again.clear()
            self.again.setFocus()
            return
        server, username, home, config = (
            str(self.account.server_url),
            self.account.username,
            self.home,
            self.config,
        )
        self._busy(True)
        self.message.setText(self.tr("正在向县服务器核对，请稍候…"))

        def run() -> str:
            from gridworker.sync.enrol import recover_password

            recover_password(server, username, login, home=home, new_password=new, config=config)
            return username

        self.ops.network(run, self._recovered, self._failed, owner=self)

    def _recovered(self, username: str) -> None:
        self._busy(False)
        self.message.setText(self.tr("密码已重设，请用新密码登录。"))
        self.recovered.emit(username)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.setText(plain_error(error))
        self.login.selectAll()
        self.login.setFocus()

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.login, self.new, self.again, self.button):
            w.setEnabled(not busy)
