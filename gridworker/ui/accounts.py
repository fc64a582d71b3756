"""The accounts on this laptop, read for the sign-in list without loading the database layer.

This mirrors ``store.store.list_accounts`` / ``data_home`` on purpose: the sign-in screen must
appear before SQLAlchemy, Alembic and pypinyin are imported (they load in the background while
the user types the password). Opening a store still goes through ``store.store``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

ACCOUNT_NAME = "account.json"  # store.store.ACCOUNT_NAME


def data_home() -> Path:
    """Same answer as ``gridworker.store.store.data_home``."""
    env = os.environ.get("GRIDWORKER_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("gridworker", appauthor=False)


@dataclass(frozen=True)
class AccountInfo:
    username: str
    display_name: str
    role: str
    scope: str
    folder: Path


def list_account_infos(home: Path) -> list[AccountInfo]:
    out = []
    root = home / "accounts"
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            try:
                with open(folder / ACCOUNT_NAME, encoding="utf-8") as f:
                    data = json.load(f)
                out.append(AccountInfo(str(data["username"]), str(data["display_name"]),
                                       str(data["role"]), str(data["scope"]), folder))
            except (OSError, ValueError, TypeError, KeyError):
                continue
    return out


def preload() -> None:
    """Import the signed-in part of the app (run on the worker while the user types)."""
    import gridworker.store.store
    import gridworker.ui.workspace  # noqa: F401
