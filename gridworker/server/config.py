"""The county server's settings, read per worker process from the environment (which
``gridworker-server serve`` fills from its options, so every worker sees the same)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

HASH_SLOTS_ENV = "GRIDWORKER_HASH_SLOTS"
QUOTA_ENV = "GRIDWORKER_ATTACHMENT_QUOTA_MB"
LOGIN_LIMITS_ENV = "GRIDWORKER_LOGIN_LIMITS"


@dataclass(frozen=True)
class LoginLimits:
    """Login attempts allowed per window, counted before any password is hashed: per user and
    address (a worker mistyping at their own desk), per user from anywhere (guessing spread
    over many addresses), per address over all users (one guess sprayed across many users).
    A successful login gives its attempts back."""

    per_user_address: int = 10
    per_user: int = 100
    per_address: int = 50
    window: timedelta = timedelta(minutes=15)


@dataclass(frozen=True)
class ServerConfig:
    # concurrent password hashes per worker process (argon2id, 64 MiB each); more → 429 at once
    hash_slots: int = 4
    # attachment bytes one user may send per 24 hours (signatures are ~10-50 KB each)
    attachment_quota_mb: int = 100
    login: LoginLimits = field(default_factory=LoginLimits)

    @property
    def attachment_quota(self) -> int:
        return self.attachment_quota_mb * 1024 * 1024

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ServerConfig:
        env = os.environ if env is None else env
        login = LoginLimits()
        if env.get(LOGIN_LIMITS_ENV):
            ua, u, a = (int(x) for x in env[LOGIN_LIMITS_ENV].split(","))
            login = LoginLimits(ua, u, a)
        return cls(
            hash_slots=max(1, int(env.get(HASH_SLOTS_ENV) or cls.hash_slots)),
            attachment_quota_mb=int(env.get(QUOTA_ENV) or cls.attachment_quota_mb),
            login=login,
        )
