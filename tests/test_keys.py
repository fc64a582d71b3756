from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from gridworker.store.errors import StoreDamaged, WrongPassword
from gridworker.store.keys import KDF_DEFAULTS, KeyFile

from tests.conftest import FAST_KDF


def test_wrap_unwrap_and_wrong_password() -> None:
    kf, key = KeyFile.create("correct horse", FAST_KDF)
    assert kf.unwrap("correct horse") == key
    with pytest.raises(WrongPassword, match="密码不正确"):
        kf.unwrap("wrong")


def test_change_password_rewraps_same_key() -> None:
    kf, key = KeyFile.create("old", FAST_KDF)
    kf2 = kf.change_password("old", "new")
    assert kf2.unwrap("new") == key
    with pytest.raises(WrongPassword):
        kf2.unwrap("old")
    with pytest.raises(WrongPassword):
        kf.change_password("not-old", "x")


def test_recovery_resets_forgotten_password() -> None:
    kf, key = KeyFile.create("forgotten", FAST_KDF)
    recovery = secrets.token_bytes(32)
    kf = kf.with_recovery(key, recovery)
    reset = kf.recover(recovery, "brand-new")
    assert reset.unwrap("brand-new") == key
    with pytest.raises(WrongPassword, match="恢复密钥"):
        kf.recover(secrets.token_bytes(32), "x")


def test_file_round_trip_and_damage(tmp_path: Path) -> None:
    kf, key = KeyFile.create("pw", FAST_KDF)
    path = tmp_path / "keys.json"
    kf.save(path)
    data = json.loads(path.read_text())
    assert key.hex() not in path.read_text()
    assert data["kdf"]["alg"] == "argon2id"
    assert KeyFile.load(path).unwrap("pw") == key
    path.write_text("{not json")
    with pytest.raises(StoreDamaged):
        KeyFile.load(path)


def test_default_parameters_are_documented_values() -> None:
    assert KDF_DEFAULTS == {
        "alg": "argon2id",
        "time_cost": 3,
        "memory_kib": 65536,
        "parallelism": 4,
    }
