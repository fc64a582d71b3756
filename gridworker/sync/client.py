"""HTTP transport to the county server (requests): short timeouts, retries with backoff, gzip.

Network errors, timeouts and 5xx are retried (``retries`` times, exponential backoff with
jitter; when the server says how long to wait — ``Retry-After`` on a 503 ``busy`` — that long
instead, up to ``max_retry_after``); a 429 ``server_busy`` (the server hashing as many passwords
as it will at once) is retried after its ``Retry-After`` for up to ``busy_wait`` seconds; any
other 4xx (a 429 ``too_many_attempts`` included) is final and raised as a `SyncError` carrying the
server's code and Chinese message. `DeviceRevoked`, `AppTooOld` and `ServerBusy` are distinct so
the caller can act on them.
"""

from __future__ import annotations

import gzip
import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
from pydantic import BaseModel

from gridworker import __version__
from gridworker.wire.protocol import ACCEPTS, ACCEPTS_HEADER, API, VERSION_HEADER

M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """A sync failure with a Chinese message; ``code`` is machine-readable."""

    def __init__(
        self,
        message: str,
        code: str = "error",
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait, if it said

    @property
    def message(self) -> str:
        return str(self)


class NetworkError(SyncError):
    pass


class AuthError(SyncError):
    pass


class DeviceRevoked(AuthError):
    pass


class AppTooOld(SyncError):
    pass


class ServerBusy(SyncError):
    """429 ``server_busy`` still after ``busy_wait``: try again in a while."""


class Cancelled(SyncError):
    def __init__(self) -> None:
        super().__init__("同步已取消", "cancelled")


@dataclass
class ClientConfig:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    retries: int = 4
    backoff: float = 0.5  # first wait; doubles each retry
    max_backoff: float = 8.0
    busy_wait: float = 60.0  # seconds to keep retrying a busy server (429 server_busy)
    max_retry_after: float = 60.0  # a server's Retry-After is honoured up to this
    gzip_min: int = 2048
    gzip_level: int = 1  # fastest: ~5x smaller visits for a fraction of level 6's CPU
    keep_alive: bool = True  # tests turn it off so every request opens a connection


class Client:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        config: ClientConfig | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.base = base_url.rstrip("/") + API
        self.token = token
        self.config = config or ClientConfig()
        self.cancelled = cancelled or (lambda: False)
        self.session = requests.Session()
        self.session.headers[VERSION_HEADER] = __version__
        self.session.headers[ACCEPTS_HEADER] = ACCEPTS
        self.session.headers["Accept-Encoding"] = "gzip"
        if not self.config.keep_alive:
            self.session.headers["Connection"] = "close"

    def close(self) -> None:
        self.session.close()

    # --- requests --------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        data: bytes | None = None,
        json_bytes: bytes | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        retry: bool = True,
    ) -> requests.Response:
        hdrs = dict(headers or {})
        if self.token:
            hdrs["Authorization"] = f"Bearer {self.token}"
        body = data
        if json_body is not None:
            json_bytes = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
        if json_bytes is not None:
            body = json_bytes
            hdrs["Content-Type"] = "application/json"
            if len(body) >= self.config.gzip_min:
                body = gzip.compress(body, compresslevel=self.config.gzip_level)
                hdrs["Content-Encoding"] = "gzip"
        cfg = self.config
        attempts = cfg.retries + 1 if retry else 1
        wait = cfg.backoff
        busy_until = time.monotonic() + cfg.busy_wait
        attempt = 0
        while True:
            if self.cancelled():
                raise Cancelled()
            try:
                resp = self.session.request(
                    method,
                    self.base + path,
                    data=body,
                    params=params,
                    headers=hdrs,
                    timeout=(cfg.connect_timeout, cfg.read_timeout),
                )
            except requests.RequestException as e:
                err: SyncError = NetworkError(f"无法连接县服务器：{type(e).__name__}", "network")
            else:
                if resp.status_code < 400:
                    return resp
                err = _error(resp)
                if isinstance(err, ServerBusy):
                    pause = min(max(err.retry_after or 1.0, 1.0), 30.0) * (0.5 + random.random())
                    if retry and time.monotonic() + pause < busy_until:
                        time.sleep(pause)
                        continue
                    raise err
                if resp.status_code < 500:
                    raise err
            attempt += 1
            if attempt >= attempts:
                raise err
            if err.retry_after is not None:  # the server said when: come back then, not sooner
                time.sleep(min(err.retry_after, cfg.max_retry_after))
            else:
                time.sleep(min(wait, cfg.max_backoff) * (0.5 + random.random()))
            wait *= 2

    def call(self, model: type[M], method: str, path: str, **kw: Any) -> M:
        resp = self.request(method, path, **kw)
        try:
            return model.model_validate_json(resp.content)
        except ValueError as e:
            raise SyncError(f"服务器回复格式不对：{e}", "bad_response") from None


def _error(resp: requests.Response) -> SyncError:
    try:
        body = resp.json()
        code, message = str(body.get("code", "error")), str(body.get("message", ""))
    except ValueError:
        code, message = "error", ""
    status = resp.status_code
    retry_after = _retry_after(resp.headers.get("Retry-After"))
    if status == 401 and code == "device_revoked":
        return DeviceRevoked(message or "此设备已被停用", code, status)
    if status in (401, 403):
        return AuthError(message or "身份验证失败", code, status)
    if status == 426:
        return AppTooOld(message or "本程序版本过旧，请升级", code, status)
    if status == 429 and code == "server_busy":
        return ServerBusy(message or "服务器繁忙，请稍后再试", code, status, retry_after)
    if status == 503 and code == "busy":
        return NetworkError(message or "县服务器繁忙，稍后重试", code, status, retry_after)
    if status >= 500:
        return NetworkError(
            f"县服务器暂时出错（{status}），稍后重试", "server_error", status, retry_after
        )
    return SyncError(message or f"请求被拒绝（{status}）", code, status, retry_after)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delay-seconds form; an HTTP date is ignored)."""
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return max(0.0, seconds) if seconds is not None and math.isfinite(seconds) else None


def ping(server_url: str, token: str, timeout: float = 3.0) -> str:
    """The cheap reachability check (``GET /status`` with the device token; no store needed):
    "online", "offline" or "revoked". Never raises."""
    try:
        resp = requests.get(
            server_url.rstrip("/") + API + "/status",
            timeout=timeout,
            headers={"Authorization": f"Bearer {token}"},
        )
    except requests.RequestException:
        return "offline"
    if resp.status_code == 401:
        try:
            if resp.json().get("code") == "device_revoked":
                return "revoked"
        except ValueError:
            pass
    return "offline" if resp.status_code >= 500 else "online"
