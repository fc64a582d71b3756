"""Accounts and devices: argon2 passwords, hashed revocable device tokens, login limits counted
in the database before any hashing, a per-worker cap on concurrent hashing, sealed recovery keys.

Errors are `ApiError`s: an HTTP status, a machine-readable code and a Chinese message.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import secrets
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, case, select, update

from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.server.config import LoginLimits
from gridworker.server.sealing import Sealer, SealError
from gridworker.store.records import utcnow

log = logging.getLogger(__name__)


def _hasher() -> PasswordHasher:
    """argon2id with the library's defaults; $GRIDWORKER_ARGON2="time,memory_kib,parallelism"
    overrides (tests use cheap parameters; each hash records its own, so both verify)."""
    env = os.environ.get("GRIDWORKER_ARGON2")
    if env:
        t, m, p = (int(x) for x in env.split(","))
        return PasswordHasher(time_cost=t, memory_cost=m, parallelism=p)
    return PasswordHasher()


HASHER = _hasher()
BUSY = "服务器繁忙，请稍后再试"


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def server_busy() -> ApiError:
    return ApiError(429, "server_busy", BUSY, {"Retry-After": "1"})


@dataclass(frozen=True)
class Caller:
    device_id: str
    username: str
    display_name: str
    role: str
    scope: str


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@cache
def _dummy_hash() -> str:
    """A hash with the server's parameters that no password opens: an unknown username costs
    the same verify as a known one."""
    return HASHER.hash(secrets.token_urlsafe(16))


class HashSlots:
    """A cap on concurrent password hashing in one worker process: each hash holds ~64 MiB for
    ~0.1 s, so a flood of logins waits in no queue and takes no memory: past the cap, 429."""

    def __init__(self, n: int) -> None:
        self._sem = threading.BoundedSemaphore(n)

    @contextmanager
    def take(self) -> Iterator[None]:
        if not self._sem.acquire(blocking=False):
            raise server_busy()
        try:
            yield
        finally:
            self._sem.release()


def _upsert(conn: Connection) -> Any:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def _count(conn: Connection, key: str, now: datetime, window: timedelta) -> int:
    """One more attempt under ``key``, atomically (a fresh window if the old one ended);
    returns the attempts counted in the window, this one included."""
    la = tb.login_attempt
    stale = la.c.window_start <= now - window
    stmt = (
        _upsert(conn)(la)
        .values(key=key, window_start=now, failures=1)
        .on_conflict_do_update(
            index_elements=[la.c.key],
            set_={
                "failures": case((stale, 1), else_=la.c.failures + 1),
                "window_start": case((stale, now), else_=la.c.window_start),
            },
        )
        .returning(la.c.failures)
    )
    return int(conn.execute(stmt).scalar_one())


_purge_lock = threading.Lock()
_purged_at = 0.0


def _purge_expired(engine: Engine, now: datetime, window: timedelta) -> None:
    """Forget windows that ended (every username tried, known or not), at most once a minute
    per worker."""
    global _purged_at
    with _purge_lock:
        if time.monotonic() - _purged_at < 60:
            return
        _purged_at = time.monotonic()
    la = tb.login_attempt
    db.in_transaction(
        engine, lambda conn: conn.execute(la.delete().where(la.c.window_start <= now - window))
    )


def login_keys(username: str, address: str, limits: LoginLimits) -> list[tuple[str, int]]:
    return [
        (f"ua:{username}|{address}"[:200], limits.per_user_address),
        (f"u:{username}"[:200], limits.per_user),
        (f"a:{address}"[:200], limits.per_address),
    ]


def verify_login(
    engine: Engine, username: str, password: str, address: str, limits: LoginLimits
) -> Any:
    """The user's row when the password is right. The attempt is counted first, atomically in
    the database (so the limits hold across worker processes and parallel requests), per user
    and address, per user and per address; past any limit it is refused (429) unhashed. A
    right password gives its attempts back."""
    now = utcnow()
    _purge_expired(engine, now, limits.window)
    u = tb.user
    keys = login_keys(username, address, limits)

    def count(conn: Connection) -> tuple[bool, Any]:
        # rows locked in one order (ua, u, a); a purge racing it may still deadlock: retried
        over = [_count(conn, key, now, limits.window) > limit for key, limit in keys]
        return any(over), conn.execute(select(u).where(u.c.username == username)).first()

    over, row = db.in_transaction(engine, count)
    if over:
        raise ApiError(
            429,
            "too_many_attempts",
            "登录失败次数过多，请 15 分钟后再试",
            {"Retry-After": str(int(limits.window.total_seconds()))},
        )
    ok = False
    with suppress(VerificationError, InvalidHashError):
        ok = HASHER.verify(row.password_hash if row is not None else _dummy_hash(), password)
    if not ok or row is None:
        raise ApiError(401, "bad_credentials", "用户名或密码不正确")
    la = tb.login_attempt

    def give_back(conn: Connection) -> None:
        conn.execute(la.delete().where(la.c.key.in_([k for k, _ in keys[:2]])))
        conn.execute(
            update(la)
            .where(la.c.key == keys[2][0], la.c.failures > 0)
            .values(failures=la.c.failures - 1)
        )

    db.in_transaction(engine, give_back)
    if row.disabled:
        raise ApiError(403, "user_disabled", "此账户已停用，请联系县管理员")
    return row


def recovery_aad(device_id: str) -> bytes:
    """What a sealed recovery key is bound to (migration 0004 holds a frozen copy)."""
    return b"gridworker recovery key|" + device_id.encode("utf-8")


def enroll(
    conn: Connection,
    user: Any,
    device_name: str,
    app_version: str,
    sealer: Sealer,
) -> tuple[str, str, bytes]:
    """Register a device for ``user``: (device id, token, recovery key). The recovery key is
    kept sealed (gridworker.server.sealing); the device wraps its store key with it."""
    device_id = str(uuid.uuid4())
    token = secrets.token_urlsafe(32)
    recovery_key = secrets.token_bytes(32)
    conn.execute(
        tb.device.insert().values(
            id=device_id,
            username=user.username,
            name=device_name,
            token_hash=token_hash(token),
            app_version=app_version,
            enrolled_at=utcnow(),
            revoked=False,
            sealed_recovery_key=sealer.seal(recovery_key, recovery_aad(device_id)),
        )
    )
    return device_id, token, recovery_key


def recovery_key(engine: Engine, sealer: Sealer, username: str, device_id: str) -> bytes:
    """The recovery key of ``username``'s device (after the login was checked)."""
    d = tb.device
    with db.read(engine) as conn:
        row = conn.execute(
            select(d.c.revoked, d.c.sealed_recovery_key).where(
                d.c.id == device_id, d.c.username == username
            )
        ).first()
    if row is None:
        raise ApiError(404, "no_recovery", "服务器上没有此账户在此设备的登记")
    if row.revoked:
        raise ApiError(401, "device_revoked", "此设备已被停用，请重新登记")
    try:
        return sealer.open(row.sealed_recovery_key, recovery_aad(device_id))
    except SealError:
        log.exception("the recovery key of device %s does not open", device_id)
        raise ApiError(
            503, "recovery_unavailable", "服务器暂时无法取出恢复密钥，请联系县管理员"
        ) from None


def authenticate(conn: Connection, authorization: str | None) -> Caller:
    """The device and user behind a ``Bearer`` token, or 401 with a machine-readable code."""
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, "token_missing", "缺少设备令牌，请先登记此设备")
    token = authorization[len("Bearer ") :].strip()
    d, u = tb.device, tb.user
    row = conn.execute(
        select(
            d.c.id, d.c.revoked, u.c.username, u.c.display_name, u.c.role, u.c.scope, u.c.disabled
        )
        .select_from(d.join(u, u.c.username == d.c.username))
        .where(d.c.token_hash == token_hash(token))
    ).first()
    if row is None:
        raise ApiError(401, "token_invalid", "设备令牌无效，请重新登记此设备")
    if row.revoked:
        raise ApiError(
            401,
            "device_revoked",
            "此设备已被县里停用，请联系管理员重新登记设备。本地数据均已保留。",
        )
    if row.disabled:
        raise ApiError(401, "user_disabled", "此账户已停用，请联系县管理员")
    return Caller(row.id, row.username, row.display_name, row.role, row.scope)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ApiError(400, "invalid_request", "Base64 编码无效") from None
