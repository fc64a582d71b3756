"""The store key and its wrappings.

Each user's database is encrypted with a random 256-bit key. That key never touches the disk in
the clear: it is wrapped (AES key wrap, RFC 3394, which detects a wrong key) by a key derived from
the user's password with argon2id, and, after enrolment, a second time by a recovery key that the
county server keeps sealed, so an admin can reset a forgotten password without losing unsent
visits: the server checks the new login and sends the key back, and the device re-wraps the
store key itself (`recover`). The file is readable by its owner only.
A password change re-wraps the key; the database is not rewritten.

Key derivation parameters are fixed and recorded in the key file, so they can be raised later
without breaking old files: argon2id, time cost 3, memory 64 MiB, parallelism 4, 16-byte salt
(about 0.2 s on the 2-core reference machine).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from gridworker.private import open_private
from gridworker.store.errors import StoreDamaged, WrongPassword

KEY_BYTES = 32
KDF_DEFAULTS = {"alg": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
FORMAT = 1


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


def derive(password: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    """The key-encryption key for a password (argon2id with the file's parameters)."""
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        kdf["time_cost"],
        kdf["memory_kib"],
        kdf["parallelism"],
        KEY_BYTES,
        Type.ID,
    )


@dataclass(frozen=True)
class KeyFile:
    """The on-disk description of one store's key wrappings (no secret in the clear)."""

    salt: bytes
    kdf: dict[str, Any]
    password_wrap: bytes
    recovery_wrap: bytes | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    # --- creation and unwrapping -------------------------------------------------------------
    @classmethod
    def create(cls, password: str, kdf: dict[str, Any] | None = None) -> tuple[KeyFile, bytes]:
        """A fresh random store key, wrapped by ``password``. Returns (key file, store key)."""
        store_key = secrets.token_bytes(KEY_BYTES)
        return cls.for_key(store_key, password, kdf), store_key

    @classmethod
    def for_key(cls, store_key: bytes, password: str, kdf: dict[str, Any] | None = None) -> KeyFile:
        kdf = dict(kdf or KDF_DEFAULTS)
        salt = secrets.token_bytes(16)
        return cls(salt, kdf, aes_key_wrap(derive(password, salt, kdf), store_key))

    def unwrap(self, password: str) -> bytes:
        """The store key, or WrongPassword. Nothing is changed either way."""
        return self.unwrap_with_kek(derive(password, self.salt, self.kdf))

    def unwrap_with_kek(self, kek: bytes) -> bytes:
        try:
            return aes_key_unwrap(kek, self.password_wrap)
        except InvalidUnwrap:
            raise WrongPassword() from None

    def change_password(self, old: str, new: str) -> KeyFile:
        store_key = self.unwrap(old)
        fresh = KeyFile.for_key(store_key, new, self.kdf)
        return replace(self, salt=fresh.salt, password_wrap=fresh.password_wrap)

    # --- recovery ----------------------------------------------------------------------------
    def with_recovery(self, store_key: bytes, recovery_key: bytes) -> KeyFile:
        """Add the second wrapping, by the recovery key the county server holds."""
        return replace(self, recovery_wrap=aes_key_wrap(recovery_key, store_key))

    def recover(self, recovery_key: bytes, new_password: str) -> KeyFile:
        """Reset a forgotten password with the recovery key; the data are untouched."""
        if self.recovery_wrap is None:
            raise WrongPassword("此账户没有恢复密钥，无法重置密码")
        try:
            store_key = aes_key_unwrap(recovery_key, self.recovery_wrap)
        except InvalidUnwrap:
            raise WrongPassword("恢复密钥不正确") from None
        fresh = KeyFile.for_key(store_key, new_password, self.kdf)
        return replace(self, salt=fresh.salt, password_wrap=fresh.password_wrap)

    # --- file form ---------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "kdf": {**self.kdf, "salt": _b64(self.salt)},
            "password_wrap": _b64(self.password_wrap),
            "recovery_wrap": _b64(self.recovery_wrap) if self.recovery_wrap else None,
            **({"extra": self.extra} if self.extra else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        kdf = dict(data["kdf"])
        salt = _unb64(kdf.pop("salt"))
        rw = data.get("recovery_wrap")
        return cls(
            salt,
            kdf,
            _unb64(data["password_wrap"]),
            _unb64(rw) if rw else None,
            data.get("extra", {}),
        )

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old file or the new one."""
        tmp = path.with_suffix(".tmp")
        with open_private(tmp) as f:
            json.dump(self.to_json(), f, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with open(path, encoding="utf-8") as f:
                return cls.from_json(json.load(f))
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError) as e:
            raise StoreDamaged(f"密钥文件已损坏：{path.name}") from e
