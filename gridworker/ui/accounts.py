"""Accounts for the sign-in screen (`gridworker.accounts`, which loads no database layer: the
screen appears before SQLAlchemy and Alembic are imported), and the background preload of the
rest while the user types the password."""

from __future__ import annotations

from gridworker.accounts import Account, data_home, list_accounts

__all__ = ["Account", "data_home", "list_accounts", "preload"]


def preload() -> None:
    """Import the signed-in part of the app (run on the worker while the user types)."""
    import gridworker.store.store
    import gridworker.ui.workspace  # noqa: F401
