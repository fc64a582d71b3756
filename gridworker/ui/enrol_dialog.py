"""登记本机: server address, username, password → device token and the user's local store.

Enrolment talks to the network and writes the new (or, after a revocation, the existing) store,
so it runs on the operations layer's network lane; no store is open in the app while the sign-in
screen shows. The result comes back on the GUI thread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

from gridworker.ui.accounts import data_home
from gridworker.ui.operations import Operations
from gridworker.ui.sync_errors import plain_error

if TYPE_CHECKING:
    from gridworker.sync.client import ClientConfig

DEFAULT_SERVER = "http://127.0.0.1:8750"


def _known(home: Path, username: str) -> str | None:
    """The server a (revoked) account was enrolled with, to pre-fill re-enrolment."""
    try:
        data = json.loads((home / "accounts" / username / "account.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("server_url")
    return str(url) if url else None


class EnrolDialog(QDialog):
    enrolled = Signal(str)  # username

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        home: Path | None = None,
        username: str = "",
        server: str = "",
        kdf: dict[str, Any] | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.home = home or getattr(parent, "home", None) or data_home()
        self.kdf, self.config = kdf, config
        self.setObjectName("enrolDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("登记本机"))
        current = getattr(parent, "current_account", lambda: None)()
        if not username and current is not None:
            username = current.username
            server = server or _known(self.home, username) or ""
        self.server = QLineEdit(server or DEFAULT_SERVER)
        self.server.setObjectName("enrolServer")
        self.username = QLineEdit(username)
        self.username.setObjectName("enrolUsername")
        self.password = QLineEdit()
        self.password.setObjectName("enrolPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("县服务器地址"), self.server)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        self.message = QLabel()
        self.message.setObjectName("enrolMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.button = QPushButton(self.tr("登记"))
        self.button.setDefault(True)
        buttons.addButton(self.button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("用乡镇或县里给您的账户登记这台电脑。登记后数据会自动同步。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.busy = False

    def submit(self) -> None:
        server = self.server.text().strip()
        username = self.username.text().strip()
        password = self.password.text()
        if not server.startswith(("http://", "https://")):
            self.message.setText(self.tr("服务器地址应类似 http://192.168.1.10:8750"))
            return
        if not username or not password:
            self.message.setText(self.tr("请填写用户名和密码"))
            return
        self._busy(True)
        self.message.setText(self.tr("正在登记，请稍候…"))
        home, kdf, config = self.home, self.kdf, self.config

        def run() -> str:
            from gridworker.sync.enrol import enroll

            enroll(server, username, password, home=home, kdf=kdf, config=config).close()
            return username

        self.ops.network(run, self._enrolled, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.setText(plain_error(error))
        self.password.selectAll()
        self.password.setFocus()

    def _enrolled(self, username: str) -> None:
        self._busy(False)
        self.message.setText(self.tr("登记成功"))
        self.enrolled.emit(username)
        self.accept()

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.server, self.username, self.password, self.button):
            w.setEnabled(not busy)
