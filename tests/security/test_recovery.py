"""Items 8 and 15 (keys): password recovery without any key derivation on the server. The server
keeps each device's recovery key sealed under a key file outside the database; /recover checks
the login and returns the key; the device re-wraps its own store key. A device cannot make the
server spend memory (no kdf is stored or run); the database alone opens nothing; rotation
re-seals; revision 0003 seals the keys of existing devices."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, inspect, select

from gridworker.server import admin, auth, migrate, sealing
from gridworker.server import tables as tb
from gridworker.store.errors import WrongPassword
from gridworker.store.keys import KeyFile
from gridworker.store.store import Store, account_folder
from gridworker.sync.client import AuthError
from gridworker.sync.enrol import recover_password

from tests.server.fixtures import GRID_A, PASSWORD, ROOT, Live, enroll_device, seed
from tests.sync.helpers import add_visit


def _device_row(engine: Engine) -> dict:
    with engine.connect() as conn:
        return dict(conn.execute(select(tb.device)).mappings().one())


def test_server_keeps_no_wrap_no_kdf_and_only_sealed_keys(live: Live, tmp_path: Path) -> None:
    seed(live.engine)
    store = enroll_device(tmp_path / "home", live.url, "gw_a")
    keyfile = store.keyfile
    store.close()
    row = _device_row(live.engine)
    assert "recovery_wrap" not in row and "kdf" not in row and "recovery_key" not in row
    cols = {c["name"] for c in inspect(live.engine).get_columns("device")}
    assert not {"recovery_key", "recovery_wrap", "kdf"} & cols
    sealed = bytes(row["sealed_recovery_key"])
    # the sealed value opens only with the seal key, and only for its own device
    key = sealing.Sealer().open(sealed, auth.recovery_aad(row["id"]))
    assert key not in sealed
    assert keyfile.recovery_wrap is not None  # the device's own wrap opens with that key
    other = tmp_path / "other.key"
    sealing.create_key_file(other)
    with pytest.raises(sealing.SealError):
        sealing.Sealer(other).open(sealed, auth.recovery_aad(row["id"]))
    with pytest.raises(sealing.SealError):
        sealing.Sealer().open(sealed, auth.recovery_aad("someone-else"))


def test_device_cannot_choose_the_servers_hashing_cost(live: Live, tmp_path: Path) -> None:
    """PUT /device/recovery (apps before 0.2) is accepted and stores nothing; /recover answers
    the key without running any key derivation, however the device's keys.json is set."""
    seed(live.engine)
    r = requests.post(live.url + "/api/v1/enroll", json={"username": "gw_a", "password": PASSWORD})
    token, device_id = r.json()["token"], r.json()["device_id"]
    before = _device_row(live.engine)
    huge = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024 * 1024, "parallelism": 1}
    r = requests.put(
        live.url + "/api/v1/device/recovery",
        json={"recovery_wrap": base64.b64encode(b"x" * 40).decode(), "kdf": huge},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200
    assert _device_row(live.engine) == before
    t0 = time.monotonic()
    r = requests.post(
        live.url + "/api/v1/recover",
        json={"username": "gw_a", "password": PASSWORD, "device_id": device_id},
    )
    assert r.status_code == 200, r.text
    assert (
        set(r.json()) == {"recovery_key"} and len(base64.b64decode(r.json()["recovery_key"])) == 32
    )
    assert time.monotonic() - t0 < 2  # (a 1 GiB argon2id would take many seconds)
    # the old request shape (new_password) is refused, as is another user's device
    r = requests.post(
        live.url + "/api/v1/recover",
        json={"username": "gw_a", "new_password": PASSWORD, "device_id": device_id},
    )
    assert r.status_code == 422
    r = requests.post(
        live.url + "/api/v1/recover",
        json={"username": "gw_b", "password": PASSWORD, "device_id": device_id},
    )
    assert r.status_code == 404 and r.json()["code"] == "no_recovery"


def test_recovery_with_a_new_store_password_keeps_unsent_visits(live: Live, tmp_path: Path) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    home = tmp_path / "home"
    store = enroll_device(home, live.url, "gw_a")
    vid = add_visit(store, hid)  # unsent
    store.close()
    folder = account_folder(home, "gw_a")
    with pytest.raises(AuthError) as wrong:  # a wrong login fetches nothing
        recover_password(live.url, "gw_a", "wrong-now", home=home)
    assert wrong.value.code == "bad_credentials"
    admin.reset_password(live.engine, "gw_a", "reset-by-admin")
    recover_password(live.url, "gw_a", "reset-by-admin", home=home, new_password="my-own-pw")
    with pytest.raises(WrongPassword):
        Store.open(folder, PASSWORD)
    store = Store.open(folder, "my-own-pw")
    try:
        with store.read() as conn:
            assert conn.execute(select(store.t.visit.c.id)).scalars().all() == [vid]
    finally:
        store.close()
    # the recovery wrap itself is unchanged: a second forgotten password recovers the same way
    assert KeyFile.load(folder / "keys.json").recovery_wrap is not None


def test_cli_recover(live: Live, tmp_path: Path) -> None:
    seed(live.engine)
    home = tmp_path / "home"
    enroll_device(home, live.url, "gw_a").close()
    admin.reset_password(live.engine, "gw_a", "reset-1")
    env = {**os.environ, "GRIDWORKER_HOME": str(home)}
    r = subprocess.run(
        [sys.executable, "-m", "gridworker", "recover"],
        input="reset-1\nnew-local-pw\n",
        text=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    Store.open(account_folder(home, "gw_a"), "new-local-pw").close()


def test_seal_key_rotation_reseals_and_recovery_still_works(live: Live, tmp_path: Path) -> None:
    seed(live.engine)
    homes = [tmp_path / "a", tmp_path / "b"]
    for home, user in zip(homes, ("gw_a", "gw_b"), strict=True):
        enroll_device(home, live.url, user).close()
    path = sealing.default_path()
    before_keys = sealing.read_key_file(path)
    with live.engine.connect() as conn:
        before = dict(conn.execute(select(tb.device.c.id, tb.device.c.sealed_recovery_key)).all())
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "gridworker.commands.server",
            "--db",
            str(live.engine.url.render_as_string(hide_password=False)),
            "seal-key",
            "rotate",
        ],
        text=True,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    after_keys = sealing.read_key_file(path)
    assert len(after_keys) == 1 and after_keys[0] not in before_keys
    with live.engine.connect() as conn:
        after = dict(conn.execute(select(tb.device.c.id, tb.device.c.sealed_recovery_key)).all())
    assert after.keys() == before.keys()
    new_id = sealing.key_id(after_keys[0])
    assert all(sealing.sealed_key_id(v) == new_id for v in after.values())
    # the running server re-reads the key file: recovery works at once
    admin.reset_password(live.engine, "gw_b", "reset-2")
    time.sleep(1.1)
    recover_password(live.url, "gw_b", "reset-2", home=homes[1])
    Store.open(account_folder(homes[1], "gw_b"), "reset-2").close()


def test_missing_seal_key_is_an_error_not_a_new_key(live: Live, tmp_path: Path) -> None:
    seed(live.engine)
    enroll_device(tmp_path / "home", live.url, "gw_a").close()
    lost = sealing.Sealer(tmp_path / "nowhere" / "seal.key")
    with pytest.raises(sealing.SealError, match="找不到密封密钥文件"):
        migrate.upgrade(live.engine, lost)
    assert not lost.path.exists()


def test_revision_0003_seals_existing_recovery_keys(db_url: str, tmp_path: Path) -> None:
    """A server at 0002 (plain recovery keys, device-uploaded wraps and kdf) upgrades: the keys
    are sealed, the wrap and kdf gone, and the schema is exactly the tables' (both backends)."""
    import sqlalchemy as sa
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from gridworker.server import db
    from gridworker.server.tables import md

    engine = db.make_engine(db_url)
    try:
        with engine.begin() as conn:  # from scratch (the fixture's database is at head)
            names = [t.name for t in reversed(md.sorted_tables)] + ["alembic_version"]
            for name in names:
                conn.execute(sa.text(f'DROP TABLE IF EXISTS "{name}"'))
        cfg = migrate.config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
        raw = os.urandom(32)
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO device (id, username, name, token_hash, app_version, enrolled_at,"
                    " revoked, recovery_key, recovery_wrap, kdf) VALUES ('d1', 'u', 'n', 't',"
                    " '0.1', '2026-01-01 00:00:00', false, :k, :w, :kdf)"
                ),
                {"k": raw, "w": b"w" * 40, "kdf": '{"memory_kib": 1048576}'},
            )
        sealer = sealing.Sealer(tmp_path / "seal.key")
        migrate.upgrade(engine, sealer)  # key created: nothing was sealed yet
        row = _device_row(engine)
        assert sealer.open(row["sealed_recovery_key"], auth.recovery_aad("d1")) == raw
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), md) == []
        # and back down: the plain key returns (for a rollback of the release)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            cfg.attributes["sealer"] = sealer
            command.downgrade(cfg, "0002")
        with engine.connect() as conn:
            assert (
                bytes(conn.execute(sa.text("SELECT recovery_key FROM device")).scalar_one()) == raw
            )
        migrate.upgrade(engine, sealer)
    finally:
        engine.dispose()


def test_init_checks_the_seal_key_opens_every_sealed_key(live: Live, tmp_path: Path) -> None:
    """The restore drill (docs/deployment.md): `init` with the escrowed key says it opens
    every recovery key, and fails loudly with the wrong one."""
    seed(live.engine)
    enroll_device(tmp_path / "home", live.url, "gw_a").close()
    url = live.engine.url.render_as_string(hide_password=False)

    def init(key: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "gridworker.commands.server",
                "--db",
                url,
                "--seal-key",
                str(key),
                "init",
            ],
            text=True,
            capture_output=True,
            cwd=ROOT,
            timeout=120,
        )

    r = init(sealing.default_path())
    assert r.returncode == 0 and "1 个设备恢复密钥" in r.stdout, r.stderr
    wrong = tmp_path / "wrong.key"
    sealing.create_key_file(wrong)
    r = init(wrong)
    assert r.returncode == 2 and "错误" in r.stderr
