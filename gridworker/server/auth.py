"""Accounts and devices: argon2 passwords, hashed revocable device tokens, login rate limits.

Errors are `ApiError`s: an HTTP status, a machine-readable code and a Chinese message.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, select

from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.store.records import utcnow


def _hasher() -> PasswordHasher:
    """argon2id with the library's defaults; $GRIDWORKER_ARGON2="time,memory_kib,parallelism"
    overrides (tests use cheap parameters; each hash records its own, so both verify)."""
    env = os.environ.get("GRIDWORKER_ARGON2")
    if env:
        t, m, p = (int(x) for x in env.split(","))
        return PasswordHasher(time_cost=t, memory_cost=m, parallelism=p)
    return PasswordHasher()


HASHER = _hasher()
MAX_FAILURES = 10
WINDOW = timedelta(minutes=15)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


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


def _check_rate(conn: Connection, key: str, now: datetime) -> None:
    la = tb.login_attempt
    row = conn.execute(select(la).where(la.c.key == key)).first()
    if row is not None and now - row.window_start < WINDOW and row.failures >= MAX_FAILURES:
        raise ApiError(429, "too_many_attempts", "登录失败次数过多，请 15 分钟后再试")


def _record_failure(conn: Connection, key: str, now: datetime) -> None:
    la = tb.login_attempt
    row = conn.execute(select(la).where(la.c.key == key)).first()
    if row is None:
        conn.execute(la.insert().values(key=key, window_start=now, failures=1))
    elif now - row.window_start >= WINDOW:
        conn.execute(la.update().where(la.c.key == key).values(window_start=now, failures=1))
    else:
        conn.execute(la.update().where(la.c.key == key).values(failures=la.c.failures + 1))


def verify_login(engine: Engine, username: str, password: str, ip: str) -> Any:
    """The user's row when the password is right; failures are counted per username and
    address in the database (so the limit holds across workers) and refused past the limit."""
    key = f"{username}|{ip}"[:200]
    now = utcnow()
    u = tb.user
    with db.read(engine) as conn:
        _check_rate(conn, key, now)
        row = conn.execute(select(u).where(u.c.username == username)).first()
    ok = False
    if row is not None:
        try:
            ok = HASHER.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
    else:
        HASHER.hash(password)  # same cost whether or not the user exists
    with db.write(engine) as conn:
        if not ok:
            _record_failure(conn, key, now)
        else:
            conn.execute(tb.login_attempt.delete().where(tb.login_attempt.c.key == key))
    if not ok:
        raise ApiError(401, "bad_credentials", "用户名或密码不正确")
    if row is None or row.disabled:
        raise ApiError(403, "user_disabled", "此账户已停用，请联系县管理员")
    return row


def enroll(
    conn: Connection,
    user: Any,
    device_name: str,
    app_version: str,
) -> tuple[str, str, bytes]:
    """Register a device for ``user``: (device id, token, recovery key)."""
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
            recovery_key=recovery_key,
        )
    )
    return device_id, token, recovery_key


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
