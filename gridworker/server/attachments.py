"""Attachments (signature images): content-addressed by SHA-256, uploaded in resumable chunks.

``HEAD``/``GET …/attachments/{sha}/state`` says how many bytes the server holds for the
caller's device; the device sends ``PUT …/attachments/{sha}?offset=N`` chunks from there. A
partial upload belongs to the device that sends it, so no other device can block it. When the
last byte arrives the hash and the image type are checked (the bytes must be a PNG or JPEG, as
declared) and the attachment becomes available once, whoever uploads it (de-duplicated).

Each user may send ``ServerConfig.attachment_quota_mb`` per 24 hours (partial uploads count).
``GET …/attachments/{sha}`` serves an image only to a caller in whose scope a visit (its
signature) or a photo (its image or thumbnail) refers to it, or to the user who sent it; to
anyone else it does not exist (404).
"""

from __future__ import annotations

import hashlib
import re
import struct
from datetime import datetime, timedelta
from typing import Literal, get_args

from sqlalchemy import Connection, Engine, func, select

from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.server.auth import ApiError, Caller
from gridworker.sql import within
from gridworker.store.records import utcnow
from gridworker.wire.protocol import AttachmentState

T = tb.T
SHA = re.compile(r"^[0-9a-f]{64}$")
MAX_ATTACHMENT = 5 * 1024 * 1024
MIN_ATTACHMENT = 32
MAX_PIXELS = 10_000  # per side
Mime = Literal["image/png", "image/jpeg"]
MIMES: tuple[str, ...] = get_args(Mime)
QUOTA_PERIOD = timedelta(days=1)
STALE_UPLOAD = timedelta(days=7)
PNG_START = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"
PNG_END = b"\x00\x00\x00\x00IEND\xae\x42\x60\x82"
JPEG_START = b"\xff\xd8\xff"
JPEG_END = b"\xff\xd9"
NOT_IMAGE = "附件内容不是声明的图片类型（{mime}），已拒收"


def _check_sha(sha: str) -> None:
    if not SHA.match(sha):
        raise ApiError(400, "invalid_request", "附件编号应为 64 位十六进制 SHA-256")


def looks_like(mime: str, data: bytes, complete: bool) -> bool:
    """Whether ``data`` (the first bytes, or all when ``complete``) is an image of type
    ``mime``: its signature, and when complete its header's size and its end marker."""
    start = PNG_START if mime == "image/png" else JPEG_START
    n = min(len(data), len(start))
    if data[:n] != start[:n]:
        return False
    if not complete:
        return True
    if mime == "image/png":
        if len(data) < len(PNG_START) + 13 + len(PNG_END) or not data.endswith(PNG_END):
            return False
        width, height = struct.unpack(">II", data[16:24])
        return bool(0 < width <= MAX_PIXELS and 0 < height <= MAX_PIXELS)
    return len(data) > len(JPEG_START) + len(JPEG_END) and data.endswith(JPEG_END)


def state(engine: Engine, sha: str, who: Caller) -> AttachmentState:
    _check_sha(sha)
    with db.read(engine) as conn:
        return _state(conn, sha, who.device_id)


def _state(conn: Connection, sha: str, device_id: str) -> AttachmentState:
    a, u = T.attachment, tb.upload
    size = conn.execute(select(a.c.size).where(a.c.sha256 == sha)).scalar()
    if size is not None:
        return AttachmentState(sha256=sha, received=size, size=size, complete=True)
    row = conn.execute(
        select(func.length(u.c.data).label("received"), u.c.size).where(
            u.c.sha256 == sha, u.c.device_id == device_id
        )
    ).first()
    if row is None:
        return AttachmentState(sha256=sha, received=0, complete=False)
    return AttachmentState(sha256=sha, received=row.received, size=row.size, complete=False)


def used(conn: Connection, username: str, now: datetime) -> int:
    """Bytes ``username`` sent in the quota period, partial uploads included."""
    r, u = tb.receipt, tb.upload
    done = conn.execute(
        select(func.coalesce(func.sum(r.c.size), 0)).where(
            r.c.username == username, r.c.received_at > now - QUOTA_PERIOD
        )
    ).scalar_one()
    partial = conn.execute(
        select(func.coalesce(func.sum(func.length(u.c.data)), 0)).where(u.c.username == username)
    ).scalar_one()
    return int(done) + int(partial)


def put_chunk(
    engine: Engine,
    who: Caller,
    quota: int,
    sha: str,
    offset: int,
    size: int,
    mime: str,
    chunk: bytes,
) -> AttachmentState:
    _check_sha(sha)
    if mime not in MIMES:
        raise ApiError(415, "unsupported_type", f"不支持的附件类型：{mime}")
    if not 0 < size <= MAX_ATTACHMENT:
        raise ApiError(413, "too_large", "附件过大（上限 5 MB）")
    if size < MIN_ATTACHMENT:
        raise ApiError(422, "bad_content", NOT_IMAGE.format(mime=mime))
    if offset == 0 and not looks_like(mime, chunk, complete=False):
        raise ApiError(422, "bad_content", NOT_IMAGE.format(mime=mime))

    def run(conn: Connection) -> AttachmentState:
        st = _state(conn, sha, who.device_id)
        if st.complete:
            return st
        if offset != st.received:
            raise ApiError(409, "wrong_offset", f"续传位置不对：服务器已收到 {st.received} 字节")
        if st.received and st.size != size:
            raise ApiError(409, "size_mismatch", "附件大小与先前上传的不一致")
        now = utcnow()
        u = tb.upload
        if offset == 0:  # a new upload: forget this device's abandoned ones
            conn.execute(
                u.delete().where(
                    u.c.device_id == who.device_id, u.c.updated_at < now - STALE_UPLOAD
                )
            )
        if used(conn, who.username, now) + len(chunk) > quota:
            raise ApiError(
                429,
                "quota_exceeded",
                f"今天上传的附件已达上限（{quota // (1024 * 1024)} MB），明天再试",
            )
        mine = (u.c.sha256 == sha) & (u.c.device_id == who.device_id)
        old = conn.execute(select(u.c.data).where(mine)).scalar() or b""
        data = bytes(old) + chunk
        if len(data) > size:
            raise ApiError(400, "invalid_request", "数据超过声明的附件大小")
        conn.execute(u.delete().where(mine))
        if len(data) < size:
            conn.execute(
                u.insert().values(
                    sha256=sha,
                    device_id=who.device_id,
                    username=who.username,
                    mime=mime,
                    size=size,
                    data=data,
                    updated_at=now,
                )
            )
            return AttachmentState(sha256=sha, received=len(data), size=size, complete=False)
        if hashlib.sha256(data).hexdigest() != sha:
            raise ApiError(422, "hash_mismatch", "附件内容与其 SHA-256 不符，请重新上传")
        if not looks_like(mime, data, complete=True):
            raise ApiError(422, "bad_content", NOT_IMAGE.format(mime=mime))
        conn.execute(
            T.attachment.insert().values(
                sha256=sha, mime=mime, size=size, data=data, created_at=now
            )
        )
        conn.execute(u.delete().where(u.c.sha256 == sha))  # other devices' partials of it
        conn.execute(
            tb.receipt.insert().values(
                sha256=sha,
                username=who.username,
                device_id=who.device_id,
                size=size,
                received_at=now,
            )
        )
        return AttachmentState(sha256=sha, received=size, size=size, complete=True)

    return db.in_transaction(engine, run)


def visible(conn: Connection, sha: str, who: Caller) -> bool:
    """A visit or a case step (a 申请's signature) or a photo (its image or thumbnail) in the
    caller's scope refers to it, or the caller's user sent it."""
    h, r = T.household, tb.receipt
    for t in (T.visit, T.monitoring_event):
        in_scope = (
            select(t.c.id)
            .select_from(t.join(h, h.c.id == t.c.household_id))
            .where(t.c.signature == sha, within(h.c.grid_code, who.scope))
            .limit(1)
        )
        if conn.execute(in_scope).first() is not None:
            return True
    p = T.photo
    photo = (
        select(p.c.id)
        .select_from(p.join(h, h.c.id == p.c.household_id))
        .where((p.c.sha256 == sha) | (p.c.thumb_sha256 == sha), within(h.c.grid_code, who.scope))
        .limit(1)
    )
    if conn.execute(photo).first() is not None:
        return True
    sent = select(r.c.id).where(r.c.sha256 == sha, r.c.username == who.username).limit(1)
    return conn.execute(sent).first() is not None


def get(engine: Engine, sha: str, who: Caller) -> tuple[str, bytes]:
    _check_sha(sha)
    a = T.attachment
    with db.read(engine) as conn:
        row = conn.execute(select(a.c.mime, a.c.data).where(a.c.sha256 == sha)).first()
        if row is None or not visible(conn, sha, who):
            raise ApiError(404, "not_found", "服务器上没有此附件")
    return row.mime, bytes(row.data)
