"""Items 9 and 10: logins. Attempts are counted atomically in the database before any hashing
(two worker processes), per user and address, per user and per address (spraying); password
hashing is capped per worker (excess: 429 at once, retried by the client); X-Forwarded-For is
believed only from proxies named in --forwarded-allow-ips; expired attempt rows are purged."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
import requests
from argon2 import PasswordHasher
from sqlalchemy import Engine, select

from gridworker.server import admin, auth
from gridworker.server import tables as tb
from gridworker.server.config import LoginLimits, ServerConfig
from gridworker.store.records import utcnow
from gridworker.sync.client import Client, ClientConfig, ServerBusy, SyncError
from gridworker.wire.protocol import EnrollResponse

from tests.server.fixtures import (
    GRID_A,
    PASSWORD,
    process_server,
    seed,
    thread_server,
)

ENROLL = "/api/v1/enroll"


def parallel(url: str, bodies: list[dict[str, Any]], headers: list[dict[str, str]] | None = None):
    """POST every body at once (a barrier releases them together): [(status, code, seconds)]."""
    out: list[Any] = [None] * len(bodies)
    gate = threading.Barrier(len(bodies))

    def one(i: int) -> None:
        with requests.Session() as s:
            gate.wait()
            t0 = time.monotonic()
            r = s.post(url + ENROLL, json=bodies[i], headers=(headers or [{}] * 99)[i], timeout=60)
            out[i] = (r.status_code, r.json().get("code"), time.monotonic() - t0)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(bodies))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def _seed_pg(url: str) -> None:
    from gridworker.server import db

    engine = db.make_engine(url)
    try:
        seed(engine)
    finally:
        engine.dispose()


def test_parallel_guesses_are_counted_before_hashing_across_two_workers(pg_url: str) -> None:
    _seed_pg(pg_url)
    # plenty of hashing slots: only the database count can stop the guesses
    with process_server(pg_url, workers=2, env={"GRIDWORKER_HASH_SLOTS": "64"}) as url:
        wrong = [{"username": "gw_a", "password": f"guess-{i}"} for i in range(20)]
        results = parallel(url, wrong)
        codes = Counter(code for _, code, _ in results)
        assert codes["bad_credentials"] <= 10, codes  # hashed
        assert codes["bad_credentials"] + codes["too_many_attempts"] == 20, codes
        # and the user is locked out from this address, the right password included
        r = requests.post(url + ENROLL, json={"username": "gw_a", "password": PASSWORD})
        assert r.status_code == 429 and r.json()["code"] == "too_many_attempts"
        assert int(r.headers["Retry-After"]) == 900
        # another user from the same address is not
        r = requests.post(url + ENROLL, json={"username": "gw_b", "password": PASSWORD})
        assert r.status_code == 200, r.text


def test_hashing_is_capped_and_excess_is_refused_at_once(pg_url: str) -> None:
    _seed_pg(pg_url)
    env = {
        "GRIDWORKER_HASH_SLOTS": "2",
        "GRIDWORKER_ARGON2": "3,65536,1",  # the production memory cost: ~0.2 s a hash here
        "GRIDWORKER_LOGIN_LIMITS": "1000,1000,1000",
    }
    with process_server(pg_url, workers=1, env=env) as url:
        results = parallel(url, [{"username": "gw_a", "password": f"g{i}"} for i in range(20)])
    busy = [s for status, code, s in results if code == "server_busy"]
    hashed = [s for status, code, s in results if code == "bad_credentials"]
    assert len(busy) + len(hashed) == 20
    assert len(busy) >= 10 and 1 <= len(hashed) <= 10, (len(busy), len(hashed))
    # refused without waiting for a hash (the figure itself: benchmarks/bench_login.py)
    assert sorted(busy)[len(busy) // 2] < 0.5


def _server(engine: Engine, **limits: int) -> Any:
    return thread_server(engine, ServerConfig(login=LoginLimits(**limits)))


def test_spraying_one_guess_over_many_users_is_limited(engine: Engine) -> None:
    users = {f"w{i:02d}": GRID_A for i in range(8)}
    seed(engine, users=users)
    with _server(engine, per_user_address=10, per_user=100, per_address=5) as url:
        codes = [
            requests.post(url + ENROLL, json={"username": u, "password": "123456"}).json()["code"]
            for u in users
        ]
        assert codes == ["bad_credentials"] * 5 + ["too_many_attempts"] * 3


def test_right_logins_give_their_attempts_back(engine: Engine) -> None:
    """A township office enrolling many laptops from one address is never limited."""
    users = {f"w{i:02d}": GRID_A for i in range(12)}
    seed(engine, users=users)
    with _server(engine, per_user_address=3, per_user=100, per_address=10) as url:
        for _ in range(2):
            for u in users:
                r = requests.post(url + ENROLL, json={"username": u, "password": PASSWORD})
                assert r.status_code == 200, r.text
        # two typos then the right password: the user's count starts again
        for _ in range(3):
            for pw in ("typo-1", "typo-2", PASSWORD):
                requests.post(url + ENROLL, json={"username": "w00", "password": pw})
        r = requests.post(url + ENROLL, json={"username": "w00", "password": PASSWORD})
        assert r.status_code == 200, r.text


def test_forwarded_for_is_believed_only_from_trusted_proxies(pg_url: str) -> None:
    _seed_pg(pg_url)
    env = {"GRIDWORKER_LOGIN_LIMITS": "3,100,100"}

    def guesses(url: str) -> list[str]:
        return [
            requests.post(
                url + ENROLL,
                json={"username": "gw_a", "password": "nope"},
                headers={"X-Forwarded-For": f"198.51.100.{i}"},
            ).json()["code"]
            for i in range(5)
        ]

    from gridworker.server import db

    engine = db.make_engine(pg_url)
    try:
        with process_server(pg_url, env=env) as url:  # default: nobody's header is believed
            assert guesses(url) == ["bad_credentials"] * 3 + ["too_many_attempts"] * 2
        admin.reset_password(engine, "gw_a", PASSWORD)  # (clears the user's counts)
        with process_server(pg_url, env=env, args=("--forwarded-allow-ips", "127.0.0.1")) as url:
            assert guesses(url) == ["bad_credentials"] * 5  # five addresses, one guess each
        with engine.connect() as conn:
            keys = set(conn.execute(select(tb.login_attempt.c.key)).scalars())
        assert "a:198.51.100.4" in keys and "ua:gw_a|198.51.100.4" in keys
    finally:
        engine.dispose()


def test_expired_attempts_are_purged_unknown_usernames_too(engine: Engine) -> None:
    seed(engine)
    la = tb.login_attempt
    old = utcnow() - timedelta(minutes=16)
    with engine.begin() as conn:
        conn.execute(
            la.insert(),
            [
                {"key": "u:nobody-like-this", "window_start": old, "failures": 3},
                {"key": "ua:nobody-like-this|10.1.1.1", "window_start": old, "failures": 3},
                {"key": "u:fresh-unknown", "window_start": utcnow(), "failures": 1},
            ],
        )
    auth._purged_at = 0.0  # (once a minute per worker: as if a minute had passed)
    with _server(engine) as url:
        r = requests.post(url + ENROLL, json={"username": "ghost", "password": "x"})
        assert r.status_code == 401 and r.json()["code"] == "bad_credentials"
    with engine.connect() as conn:
        keys = set(conn.execute(select(la.c.key)).scalars())
    assert "u:nobody-like-this" not in keys and "ua:nobody-like-this|10.1.1.1" not in keys
    assert {"u:fresh-unknown", "u:ghost", "a:127.0.0.1"} <= keys


def test_client_waits_out_a_busy_server_and_stops_at_a_lockout(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # passwords that take a while to check (~0.1 s), one hashing slot: most arrive busy
    monkeypatch.setattr(
        auth, "HASHER", PasswordHasher(time_cost=6, memory_cost=16384, parallelism=1)
    )
    refused = []

    def busy() -> auth.ApiError:
        refused.append(1)
        return auth.ApiError(429, "server_busy", auth.BUSY, {"Retry-After": "1"})

    monkeypatch.setattr(auth, "server_busy", busy)
    seed(engine, users={f"w{i}": GRID_A for i in range(6)})
    settings = ServerConfig(hash_slots=1, login=LoginLimits(2, 100, 100))
    cfg = ClientConfig(connect_timeout=2, read_timeout=10, retries=0, busy_wait=30)

    def enrol(url: str, user: str, password: str = PASSWORD) -> EnrollResponse:
        client = Client(url, None, cfg)
        try:
            body = {"username": user, "password": password}
            return client.call(EnrollResponse, "POST", "/enroll", json_body=body)
        finally:
            client.close()

    with thread_server(engine, settings) as url:
        results = at_once(6, lambda i: enrol(url, f"w{i}"))
        assert all(isinstance(r, EnrollResponse) for r in results), results
        assert refused  # the server did say busy, and the client waited it out
        with engine.connect() as conn:
            assert len(conn.execute(select(tb.device.c.id)).all()) == 6
        # a lockout is final: no retry, a clear error
        for _ in range(2):
            requests.post(url + ENROLL, json={"username": "w0", "password": "bad"})
        t0 = time.monotonic()
        try:
            enrol(url, "w0")
        except SyncError as e:
            assert e.code == "too_many_attempts" and not isinstance(e, ServerBusy)
        else:
            raise AssertionError("a locked-out login enrolled")
        assert time.monotonic() - t0 < 5


def at_once(n: int, fn: Any) -> list[Any]:
    """``fn(i)`` on n threads released together; each result, or the exception it raised."""
    out: list[Any] = [None] * n
    gate = threading.Barrier(n)

    def run(i: int) -> None:
        gate.wait()
        try:
            out[i] = fn(i)
        except Exception as e:
            out[i] = e

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_busy_and_lockout_messages() -> None:
    from gridworker.ui.sync_errors import plain_error

    assert plain_error(ServerBusy("x", "server_busy", 429)).startswith("服务器繁忙，请稍后再试")
    assert "15 分钟" in plain_error(SyncError("x", "too_many_attempts", 429))
