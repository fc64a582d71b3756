"""Attachments (signatures, photos): content-addressed blobs a visit answer refers to by sha256."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, select

from gridworker.store.records import utcnow
from gridworker.store.store import TABLES

t = TABLES


def put_attachment(conn: Connection, data: bytes, mime: str) -> str:
    """Store ``data`` (once: the same bytes give the same sha256) and return its sha256."""
    digest = hashlib.sha256(data).hexdigest()
    a = t.attachment
    if conn.execute(select(a.c.sha256).where(a.c.sha256 == digest)).first() is None:
        conn.execute(
            a.insert().values(
                sha256=digest,
                mime=mime,
                size=len(data),
                data=data,
                created_at=utcnow(),
                uploaded=False,
            )
        )
    return digest


def get_attachment(conn: Connection, digest: str) -> tuple[str, bytes] | None:
    """(mime, data) of an attachment, or None when this device does not have it."""
    a = t.attachment
    row = conn.execute(select(a.c.mime, a.c.data).where(a.c.sha256 == digest)).first()
    return None if row is None else (row.mime, bytes(row.data))
