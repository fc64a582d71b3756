"""Revocation (nothing deleted; unsent changes go up after re-enrolment), password recovery
through the server's recovery key, and the `gridworker enroll` / `gridworker sync` commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gridworker.server import admin
from gridworker.server import tables as tb
from gridworker.store.errors import DeviceRevoked, WrongPassword
from gridworker.store.store import Store, account_folder, load_account
from gridworker.sync.client import DeviceRevoked as RevokedError
from gridworker.sync.engine import sync_once
from gridworker.sync.enrol import recover_password

from tests.server.fixtures import GRID_A, PASSWORD, ROOT, Live, enroll_device, seed
from tests.sync.helpers import add_visit


def test_revoked_device_keeps_data_and_resumes(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    home = tmp_path / "home"
    store = enroll_device(home, live.url, "gw_a")
    sync_once(store)
    vid = add_visit(store, hid)
    admin.revoke_device(live.engine, store.get_kv("sync.device_id"))
    with pytest.raises(RevokedError):
        sync_once(store)
    store.close()
    folder = account_folder(home, "gw_a")
    assert load_account(folder).revoked
    with pytest.raises(DeviceRevoked):
        Store.open(folder, PASSWORD)
    store = enroll_device(home, live.url, "gw_a")  # re-enrolment opens the same store
    try:
        assert not load_account(folder).revoked
        r = sync_once(store)
        assert r.applied == 1
        with live.engine.connect() as conn:
            assert conn.execute(select(tb.T.visit.c.id)).scalars().all() == [vid]
    finally:
        store.close()


def test_forgotten_password_is_recovered(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    home = tmp_path / "home"
    store = enroll_device(home, live.url, "gw_a")
    vid = add_visit(store, hid)  # unsent
    store.close()
    admin.reset_password(live.engine, "gw_a", "new-pass-1")
    folder = account_folder(home, "gw_a")
    recover_password(live.url, "gw_a", "new-pass-1", home=home)
    with pytest.raises(WrongPassword):
        Store.open(folder, PASSWORD)
    store = Store.open(folder, "new-pass-1")
    try:
        with store.read() as conn:
            assert conn.execute(select(store.t.visit.c.id)).scalars().all() == [vid]
    finally:
        store.close()


def test_cli_enroll_and_sync(live: Live, tmp_path: Path) -> None:
    seed(live.engine)
    env = {**os.environ, "GRIDWORKER_HOME": str(tmp_path / "home")}

    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "gridworker", *args],
            input=stdin,
            text=True,
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )

    r = run("enroll", "--server", live.url, "--username", "gw_a", stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    r = run("sync", stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    assert "下载 6 条" in r.stdout
    r = run("sync", stdin="wrong\n")
    assert r.returncode == 2
    with live.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(tb.device)).scalar() == 1
