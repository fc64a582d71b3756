"""Attachments (signature images): content-addressed by SHA-256, uploaded in resumable chunks.

``HEAD``/``GET …/attachments/{sha}/state`` says how many bytes the server holds; the client sends
``PUT …/attachments/{sha}?offset=N`` chunks from there. When the last byte arrives the hash is
checked and the attachment becomes available (once, whoever uploads it: de-duplicated).
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import Connection, Engine, select

from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.server.auth import ApiError
from gridworker.store.records import utcnow
from gridworker.wire.protocol import AttachmentState

T = tb.T
SHA = re.compile(r"^[0-9a-f]{64}$")
MAX_ATTACHMENT = 5 * 1024 * 1024
MIMES = ("image/png", "image/jpeg")


def _check_sha(sha: str) -> None:
    if not SHA.match(sha):
        raise ApiError(400, "invalid_request", "附件编号应为 64 位十六进制 SHA-256")


def state(engine: Engine, sha: str) -> AttachmentState:
    _check_sha(sha)
    with db.read(engine) as conn:
        return _state(conn, sha)


def _state(conn: Connection, sha: str) -> AttachmentState:
    a, u = T.attachment, tb.upload
    size = conn.execute(select(a.c.size).where(a.c.sha256 == sha)).scalar()
    if size is not None:
        return AttachmentState(sha256=sha, received=size, size=size, complete=True)
    row = conn.execute(select(u.c.data, u.c.size).where(u.c.sha256 == sha)).first()
    if row is None:
        return AttachmentState(sha256=sha, received=0, complete=False)
    return AttachmentState(sha256=sha, received=len(row.data), size=row.size, complete=False)


def put_chunk(
    engine: Engine, sha: str, offset: int, size: int, mime: str, chunk: bytes
) -> AttachmentState:
    _check_sha(sha)
    if mime not in MIMES:
        raise ApiError(415, "unsupported_type", f"不支持的附件类型：{mime}")
    if not 0 < size <= MAX_ATTACHMENT:
        raise ApiError(413, "too_large", "附件过大（上限 5 MB）")

    def run(conn: Connection) -> AttachmentState:
        st = _state(conn, sha)
        if st.complete:
            return st
        if offset != st.received:
            raise ApiError(409, "wrong_offset", f"续传位置不对：服务器已收到 {st.received} 字节")
        u = tb.upload
        if st.received and st.size != size:
            raise ApiError(409, "size_mismatch", "附件大小与先前上传的不一致")
        old = conn.execute(select(u.c.data).where(u.c.sha256 == sha)).scalar() or b""
        data = bytes(old) + chunk
        if len(data) > size:
            raise ApiError(400, "invalid_request", "数据超过声明的附件大小")
        conn.execute(u.delete().where(u.c.sha256 == sha))
        if len(data) < size:
            conn.execute(
                u.insert().values(sha256=sha, mime=mime, size=size, data=data, updated_at=utcnow())
            )
            return AttachmentState(sha256=sha, received=len(data), size=size, complete=False)
        if hashlib.sha256(data).hexdigest() != sha:
            raise ApiError(422, "hash_mismatch", "附件内容与其 SHA-256 不符，请重新上传")
        conn.execute(
            T.attachment.insert().values(
                sha256=sha, mime=mime, size=size, data=data, created_at=utcnow()
            )
        )
        return AttachmentState(sha256=sha, received=size, size=size, complete=True)

    return db.in_transaction(engine, run)


def get(engine: Engine, sha: str) -> tuple[str, bytes]:
    _check_sha(sha)
    a = T.attachment
    with db.read(engine) as conn:
        row = conn.execute(select(a.c.mime, a.c.data).where(a.c.sha256 == sha)).first()
    if row is None:
        raise ApiError(404, "not_found", "服务器上没有此附件")
    return row.mime, bytes(row.data)
