"""The sign-in screen: pick one of this laptop's accounts, type the password.

The store is opened on the operations worker: deriving the password key takes a moment and the
window keeps painting meanwhile.

This screen is on the cold-start path, so it does without PySide6's ``Qt`` namespace: its first
use builds ~90 Python enums, a fifth of a bare window's start (centring is done with stretches,
accounts are kept in a list beside the rows).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.store.errors import DeviceRevoked, WrongPassword

if TYPE_CHECKING:
    from gridworker.store.store import Account, Store

from gridworker.ui.accounts import list_accounts
from gridworker.ui.dialogs import error_text, show_error
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.operations import Operations


def open_store(folder: Path, password: str) -> tuple[Account, Store]:
    """On the worker: derive the key, open the store, read the account (WrongPassword …)."""
    from gridworker.store.store import Store, load_account

    store = Store.open(folder, password)
    return load_account(folder), store


# The role titles of vocab.ROLES, listed for translation.
ROLE_TITLES = (
    QT_TRANSLATE_NOOP("SignInScreen", "网格员"),
    QT_TRANSLATE_NOOP("SignInScreen", "村"),
    QT_TRANSLATE_NOOP("SignInScreen", "乡镇"),
    QT_TRANSLATE_NOOP("SignInScreen", "县"),
    QT_TRANSLATE_NOOP("SignInScreen", "县管理员"),
)


def _centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class SignInScreen(QWidget):
    signed_in = Signal(object, object)  # Account, Store

    def __init__(
        self,
        ops: Operations,
        home: Path,
        enrol: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
        *,
        recover: Callable[[QWidget, Account], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.home, self._enrol, self._recover = ops, home, enrol, recover
        self.setObjectName("signIn")
        self.title = QLabel(self.tr("网格员入户走访"))
        self.title.setObjectName("title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.accounts = QListWidget()
        self._accounts: list[Account] = []  # by row
        self.accounts.setObjectName("accounts")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.sign_in)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.button = QPushButton(self.tr("登录"))
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.sign_in)
        self.enrol_button = QPushButton(self.tr("登记本机…"))
        self.enrol_button.setVisible(enrol is not None)
        if enrol is not None:
            self.enrol_button.clicked.connect(lambda: enrol(self))
        self.forgot_button = QPushButton(self.tr("忘记密码…"))
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setFlat(True)
        self.forgot_button.setVisible(recover is not None)
        self.forgot_button.clicked.connect(self.forgot)
        form = QFormLayout()
        form.addRow(self.tr("账户"), self.accounts)
        form.addRow(self.tr("密码"), self.password)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addLayout(_centred(self.title))
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.button)
        inner.addWidget(self.forgot_button)
        inner.addWidget(self.enrol_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(_centred(box))
        layout.addStretch(2)
        self.accounts.itemActivated.connect(lambda _i: self.password.setFocus())
        self.reload()

    def reload(self) -> None:
        self.accounts.clear()
        self._accounts = list_accounts(self.home)
        for account in self._accounts:
            known = vocab.ROLES.get(account.role)
            role = known.title if known is not None else account.role
            self.accounts.addItem(
                QListWidgetItem(f"{account.display_name}（{self.tr(role)}） {account.username}")
            )
        if self.accounts.count():
            self.accounts.setCurrentRow(0)
            self.message.clear()
        else:
            self.message.setText(self.tr("这台电脑上还没有账户。请先登记本机，或联系乡镇管理员。"))
        self.password.setFocus()

    def select(self, username: str) -> bool:
        for row, account in enumerate(self._accounts):
            if account.username == username:
                self.accounts.setCurrentRow(row)
                return True
        return False

    def forgot(self) -> None:
        """忘记密码: the recovery dialog for the chosen account."""
        account = self.current_account()
        if account is None:
            self.message.setText(self.tr("请先选择账户"))
            return
        if self._recover is not None:
            self._recover(self, account)

    def current_account(self) -> Account | None:
        row = self.accounts.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def sign_in(self) -> None:
        account = self.current_account()
        if account is None:
            self.message.setText(self.tr("请先选择账户"))
            return
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("请输入密码"))
            return
        self._busy(True)
        self.message.setText(self.tr("正在打开本地数据…"))
        self.ops.call(
            lambda: open_store(account.folder(self.home), password),
            self._opened,
            self._failed,
            owner=self,
        )

    def _opened(self, opened: tuple[Account, Store]) -> None:
        self._busy(False)
        self.password.clear()
        self.message.clear()
        self.signed_in.emit(*opened)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(error_text(exc))
        if isinstance(exc, DeviceRevoked) and self._enrol is not None:
            self.message.setText(error_text(exc) + self.tr("（本机数据都还在）请重新登记本机。"))
            self._enrol(self)  # re-enrolment: the dialog comes pre-filled with this account
            return
        if isinstance(exc, WrongPassword):
            self.password.selectAll()
            self.password.setFocus()
        show_error(self, exc)

    def _busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.accounts.setEnabled(not busy)
