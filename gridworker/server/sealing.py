"""Secrets the server keeps in its database, sealed under a key that is not in it.

Each device's recovery key (which opens that device's store after a forgotten password) is kept
sealed with AES-256-GCM under the *seal key*, a random 256-bit key in a file outside the
database: a stolen database or backup alone opens no store. The sealed form is
``version (1 byte) | key id (8) | nonce (12) | ciphertext+tag``, with the device id as
associated data, so a sealed key copied onto another device's row does not open.

The key file holds one base64 key per line, the current (sealing) key first; later lines are
retired keys still accepted for opening during a rotation (`rotate`). It is created by
``gridworker-server init`` (0600, in a 0700 folder) at ``$GRIDWORKER_SEAL_KEY_FILE`` or
``--seal-key``, by default ``<data home>/server-secrets/seal.key``; docs/security.md says where
to keep its escrow copy. The file is re-read when it changes, so running workers follow a
rotation.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gridworker.private import open_private, private_dir

log = logging.getLogger(__name__)
KEY_ENV = "GRIDWORKER_SEAL_KEY_FILE"
FORMAT = 1
KEY_BYTES = 32
NONCE_BYTES = 12
KID_BYTES = 8


class SealError(Exception):
    """The seal key file is missing or wrong, or a sealed value does not open."""


def default_path() -> Path:
    env = os.environ.get(KEY_ENV)
    if env:
        return Path(env)
    from gridworker.accounts import data_home

    return data_home() / "server-secrets" / "seal.key"


def key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"gridworker seal key id|" + key).digest()[:KID_BYTES]


def sealed_key_id(blob: bytes) -> bytes:
    return bytes(blob[1 : 1 + KID_BYTES])


def write_key_file(path: Path, keys: list[bytes]) -> None:
    """Write ``keys`` (current first) atomically, readable by its owner only."""
    private_dir(path.parent)
    text = "".join(base64.b64encode(k).decode("ascii") + "\n" for k in keys)
    tmp = path.with_name(path.name + ".tmp")
    with open_private(tmp) as f:
        f.write("# gridworker seal key: current key first, then retired ones. Keep it secret.\n")
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def create_key_file(path: Path) -> None:
    if path.exists():
        raise SealError(f"密封密钥文件已存在，不会覆盖：{path}")
    write_key_file(path, [secrets.token_bytes(KEY_BYTES)])


def read_key_file(path: Path) -> list[bytes]:
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except FileNotFoundError:
        raise SealError(
            f"找不到密封密钥文件 {path}：请从托管处取回原文件（见 docs/security.md），"
            "或用 --seal-key / $GRIDWORKER_SEAL_KEY_FILE 指明位置"
        ) from None
    keys = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key = base64.b64decode(line, validate=True)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise SealError(f"密封密钥文件已损坏：{path}")
        keys.append(key)
    if not keys:
        raise SealError(f"密封密钥文件是空的：{path}")
    if path.stat().st_mode & 0o077:
        log.warning("seal key file %s is readable by others: chmod 600 it", path)
    return keys


class Sealer:
    """Seals and opens small secrets with the keys of one key file (re-read when it changes)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._lock = threading.Lock()
        self._keys: list[bytes] = []
        self._stamp: tuple[int, int] | None = None
        self._checked = 0.0

    def _current(self) -> list[bytes]:
        with self._lock:
            now = time.monotonic()
            if self._keys and now - self._checked < 1.0:
                return self._keys
            self._checked = now
            try:
                st = self.path.stat()
                stamp = (st.st_mtime_ns, st.st_size)
            except FileNotFoundError:
                stamp = None
            if stamp != self._stamp or not self._keys:
                self._keys = read_key_file(self.path)
                self._stamp = stamp
            return self._keys

    def exists(self) -> bool:
        return self.path.exists()

    def current_id(self) -> bytes:
        return key_id(self._current()[0])

    def seal(self, plain: bytes, aad: bytes) -> bytes:
        key = self._current()[0]
        nonce = secrets.token_bytes(NONCE_BYTES)
        return bytes([FORMAT]) + key_id(key) + nonce + AESGCM(key).encrypt(nonce, plain, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        blob = bytes(blob)
        if len(blob) < 1 + KID_BYTES + NONCE_BYTES + 16 or blob[0] != FORMAT:
            raise SealError("密封数据格式不对")
        kid = sealed_key_id(blob)
        for key in self._current():
            if key_id(key) == kid:
                nonce = blob[1 + KID_BYTES : 1 + KID_BYTES + NONCE_BYTES]
                try:
                    return AESGCM(key).decrypt(nonce, blob[1 + KID_BYTES + NONCE_BYTES :], aad)
                except InvalidTag:
                    raise SealError("密封数据无法打开（内容被改动或不属于此记录）") from None
        raise SealError("密封数据所用的密钥不在密钥文件里（密钥文件换过或不是原来的）")


def rotate(
    sealer: Sealer,
    reseal_all: Callable[[Sealer], int],
    still_old: Callable[[set[bytes]], int],
) -> int:
    """A new current key: written first with the old keys kept as retired (workers pick it up
    and seal with it), every sealed value re-sealed (``reseal_all`` returns how many), then the
    retired keys dropped once ``still_old`` finds nothing left under them."""
    old = read_key_file(sealer.path)
    write_key_file(sealer.path, [secrets.token_bytes(KEY_BYTES), *old])
    n = reseal_all(sealer)
    retired = {key_id(k) for k in old}
    for _ in range(10):  # a worker that read the old file just before may seal once more
        left = still_old(retired)
        if not left:
            break
        time.sleep(1.5)
        n += reseal_all(sealer)
    else:
        raise SealError("仍有数据用旧密钥密封；旧密钥保留在文件中，请稍后再运行一次")
    write_key_file(sealer.path, read_key_file(sealer.path)[:1])
    return n
