"""Enrolment and password recovery, device side.

`enroll` registers this device with the county server and prepares the user's store: creates it
(store password = the login password) or opens the existing one (re-enrolment after a revocation:
nothing is deleted and unsent changes go up at the next sync). The store key is wrapped a second
time with the recovery key the server sends (the wrap stays in this device's keys.json; the
server keeps the key sealed) and the key is forgotten.
`recover_password` resets a forgotten store password after the admin reset the login password:
the server checks the new login and sends this device's recovery key back; the device unwraps
its own store key with it and wraps it under the new password (its own key derivation, on the
device: the server never runs it).
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

from gridworker import __version__
from gridworker.store.errors import WrongPassword
from gridworker.store.keys import KeyFile
from gridworker.store.store import KEYS_NAME, Account, Store, account_folder, save_account
from gridworker.sync import state
from gridworker.sync.client import Client, ClientConfig
from gridworker.wire.protocol import EnrollResponse, RecoverResponse


def _unb64(text: str) -> bytes:
    import base64

    return base64.b64decode(text)


def enroll(
    server_url: str,
    username: str,
    password: str,
    *,
    home: Path,
    store_password: str | None = None,
    device_name: str | None = None,
    kdf: dict[str, Any] | None = None,
    config: ClientConfig | None = None,
) -> Store:
    """Enrol and return the open store (the caller closes it)."""
    folder = account_folder(home, username)
    client = Client(server_url, None, config)
    try:
        resp = client.call(
            EnrollResponse,
            "POST",
            "/enroll",
            json_body={
                "username": username,
                "password": password,
                "device_name": device_name or platform.node()[:100],
                "app_version": __version__,
            },
        )
        account = Account(
            username=resp.user.username,
            display_name=resp.user.display_name,
            role=resp.user.role,
            scope=resp.user.scope,
            server_url=server_url,
            device_id=resp.device_id,
            revoked=False,
        )
        if (folder / KEYS_NAME).exists():
            store = Store.open(folder, store_password or password, allow_revoked=True)
        else:
            store = Store.create(folder, store_password or password, account, kdf=kdf)
        try:
            with store.write() as conn:
                store.set_kv(conn, state.TOKEN, resp.token)
                store.set_kv(conn, state.DEVICE, resp.device_id)
                store.set_kv(conn, state.SERVER, server_url)
                store.set_kv(conn, state.SCOPE, resp.user.scope)
            store.add_recovery(_unb64(resp.recovery_key))
            save_account(folder, account)
        except BaseException:
            store.close()
            raise
        return store
    finally:
        client.close()


def recover_password(
    server_url: str,
    username: str,
    login_password: str,
    *,
    home: Path,
    new_password: str | None = None,
    device_id: str | None = None,
    config: ClientConfig | None = None,
) -> None:
    """After ``gridworker-server user reset-password``: with the new ``login_password``, fetch
    this device's recovery key and re-wrap the store key under ``new_password`` (default: the
    login password). The database itself is untouched; unsent visits are kept."""
    folder = account_folder(home, username)
    if device_id is None:
        from gridworker.store.store import load_account

        device_id = load_account(folder).device_id
    keyfile = KeyFile.load(folder / KEYS_NAME)
    if keyfile.recovery_wrap is None:
        raise WrongPassword("此账户在本机没有恢复密钥（未登记过），无法重置密码")
    client = Client(server_url, None, config)
    try:
        resp = client.call(
            RecoverResponse,
            "POST",
            "/recover",
            json_body={"username": username, "password": login_password, "device_id": device_id},
        )
    finally:
        client.close()
    fresh = keyfile.recover(_unb64(resp.recovery_key), new_password or login_password)
    fresh.unwrap(new_password or login_password)  # proves it opens before the file is replaced
    fresh.save(folder / KEYS_NAME)
