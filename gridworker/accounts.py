"""The accounts on this computer: one folder per enrolled user, described by ``account.json``.

    <data home>/accounts/<username>/account.json   who this is (no secrets)

Light on purpose (no database layer): the sign-in screen lists accounts before SQLAlchemy and
Alembic are imported. Opening an account's store is `gridworker.store.store.Store`.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from gridworker import vocab
from gridworker.private import open_private
from gridworker.store.errors import StoreError

ACCOUNT_NAME = "account.json"
_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def data_home() -> Path:
    """Where gridworker keeps its data: $GRIDWORKER_HOME, else the platform's user-data folder."""
    env = os.environ.get("GRIDWORKER_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("gridworker", appauthor=False)


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: str  # a name in vocab.ROLES
    scope: str  # region code the account may see
    server_url: str | None = None
    device_id: str | None = None  # given by the county server at enrolment
    revoked: bool = False  # set when the server refused this device; cleared by re-enrolment

    def folder(self, home: Path) -> Path:
        return account_folder(home, self.username)


def account_folder(home: Path, username: str) -> Path:
    if not _USERNAME.match(username):
        raise StoreError(f"用户名只能包含字母、数字和 _ . -：{username!r}")
    return home / "accounts" / username


def list_accounts(home: Path) -> list[Account]:
    """The accounts that can sign in: folders named for their user (a store set aside under
    another name is kept, not listed)."""
    out = []
    root = home / "accounts"
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            try:
                account = load_account(folder)
            except (OSError, ValueError, TypeError):
                continue
            if account.username == folder.name:
                out.append(account)
    return out


def load_account(folder: Path) -> Account:
    with open(folder / ACCOUNT_NAME, encoding="utf-8") as f:
        data = json.load(f)
    data["role"] = vocab.role_name(data.get("role", ""))
    return Account(**data)


def save_account(folder: Path, account: Account) -> None:
    tmp = folder / (ACCOUNT_NAME + ".tmp")
    with open_private(tmp) as f:
        f.write(json.dumps(asdict(account), ensure_ascii=False, indent=2))
    os.replace(tmp, folder / ACCOUNT_NAME)
