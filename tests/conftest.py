"""Shared fixtures. Real SQLite (SQLCipher) files, a real PostgreSQL, real servers on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Cheap key derivation for the many stores tests create (recorded in each key file, as in
# production; the app itself always uses keys.KDF_DEFAULTS).
FAST_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private GRIDWORKER_HOME for the test."""
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("GRIDWORKER_HOME", str(h))
    return h


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    from gridworker.store.store import Store

    s = Store.create(tmp_path / "store", "secret-pw", kdf=FAST_KDF)
    yield s
    s.close()
