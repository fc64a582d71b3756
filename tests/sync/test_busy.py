"""A server past its capacity says so: 503 ``busy`` with ``Retry-After``, and the device comes
back after that wait instead of hammering it or timing out (docs/deployment.md, the morning rush).

One push slot per worker here: a first device's push is held inside the server; a second
device's push cannot start within the wait and is refused with nothing stored; its sync retries
after the ``Retry-After`` the server sent (its own backoff would have given up long before the
slot frees) and completes once the first push has committed.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, func, select

from gridworker.server import busy, push
from gridworker.server import tables as tb
from gridworker.sync import state
from gridworker.sync.client import ClientConfig, NetworkError
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, Live, enroll_device, seed
from tests.sync.helpers import add_visit

CONFIG = ClientConfig(connect_timeout=2, read_timeout=20, retries=3, backoff=0.05)


@pytest.fixture
def one_push_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(busy, "PUSHES", 1)
    monkeypatch.setattr(busy, "PUSH_WAIT", 0.3)
    monkeypatch.setattr(busy, "RETRY_AFTER", (1, 1))


def _visits(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(tb.T.visit)).scalar_one())


def test_busy_push_is_503_with_retry_after_and_the_device_honours_it(
    one_push_at_a_time: None, live: Live, tmp_path: Path
) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    first = enroll_device(tmp_path / "a", live.url, "gw_a", config=CONFIG)
    second = enroll_device(tmp_path / "b", live.url, "gw_a2", config=CONFIG)
    holding, release = threading.Event(), threading.Event()
    held_once = threading.Lock()

    def hook(stage: str) -> None:
        if stage == "written" and held_once.acquire(blocking=False):
            holding.set()
            assert release.wait(30)

    push.test_hook = hook
    errors: list[BaseException] = []
    try:
        for s in (first, second):
            sync_once(s, config=CONFIG)
            add_visit(s, hid, note=s.folder.name)
        before = _visits(live.engine)

        def run_first() -> None:
            try:
                sync_once(first, config=CONFIG)
            except BaseException as e:
                errors.append(e)

        t = threading.Thread(target=run_first)
        t.start()
        assert holding.wait(30)
        token = state.device_state(second).token
        r = requests.post(
            f"{live.url}/api/v1/push",
            json={"device_time": "2026-11-01T08:00:00", "changes": []},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert r.status_code == 503 and r.json()["code"] == "busy", r.text
        assert r.headers["Retry-After"] == "1"
        assert _visits(live.engine) == before  # nothing of a refused push is stored

        # Without Retry-After the client's own backoff (0.05 + 0.1 + 0.2 s) gives up first:
        quick = ClientConfig(connect_timeout=2, read_timeout=20, retries=3, backoff=0.05)
        quick.max_retry_after = 0
        with pytest.raises(NetworkError) as refused:
            sync_once(second, config=quick)
        assert refused.value.code == "busy" and refused.value.retry_after == 1

        threading.Timer(1.5, release.set).start()
        started = time.monotonic()
        report = sync_once(second, config=CONFIG)  # honours Retry-After: waits, then gets in
        assert time.monotonic() - started >= 1.0
        assert report.applied == 1 and report.sanity_ok, report
        t.join(30)
    finally:
        push.test_hook = None
        release.set()
    assert not errors, errors
    assert _visits(live.engine) == before + 2
