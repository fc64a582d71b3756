"""Photos as evidence (issue 18): records of the synced ``photo`` table, their images kept as
content-addressed attachments (encrypted in the store like everything else).

A photo belongs to a household and to one of: a visit's question (``visit_id``, ``question``)
or a problem (``problem_id``, with ``phase`` 整改前 / 整改后). Removing one writes a tombstone:
the record and its image stay (history kept). The image of a photo pulled by a township or
county device may be absent until someone opens it (``gridworker.sync.attachments.fetch``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from gridworker import photos, vocab
from gridworker.store import records
from gridworker.store.attachments import get_attachment, put_attachment
from gridworker.store.errors import StoreError
from gridworker.store.settings import settings_for
from gridworker.store.store import TABLES

t = TABLES
MIME = "image/jpeg"
# The setting that keeps a photo's GPS position (off: every EXIF field is removed).
KEEP_GPS = "photo_keep_gps"
# The setting that prints a visit's photos in its summary (never in a 公示 print).
PRINT_SETTING = "summary_photos"


def attach(
    conn: Connection,
    household_id: str,
    data: bytes,
    by: str,
    *,
    visit_id: str | None = None,
    question: str | None = None,
    problem_id: str | None = None,
    phase: str | None = None,
    keep_gps: bool = False,
    note: str = "",
) -> dict[str, Any]:
    """Shrink ``data`` (a camera's file) and keep it as a photo; returns the record.
    :class:`gridworker.photos.NotAPhoto` (nothing written) for a file that is no image."""
    if (visit_id is None) == (problem_id is None):
        raise StoreError("照片应属于一次走访的问题或一个问题记录")
    if phase is not None and phase not in vocab.PHOTO_PHASES:
        raise StoreError(f"照片阶段无效：{phase}")
    shrunk = photos.shrink(data, keep_gps=keep_gps)
    where = {"visit_id": visit_id, "question": question, "problem_id": problem_id}
    return add(conn, household_id, shrunk, by, phase=phase, note=note, **where)


def add(
    conn: Connection,
    household_id: str,
    shrunk: photos.Shrunk,
    by: str,
    *,
    visit_id: str | None = None,
    question: str | None = None,
    problem_id: str | None = None,
    phase: str | None = None,
    note: str = "",
) -> dict[str, Any]:
    """Keep an already shrunk photo (the work done outside the store's write lock)."""
    sha = put_attachment(conn, shrunk.jpeg, MIME)
    thumb = put_attachment(conn, shrunk.thumb, MIME)
    return records.insert(
        conn,
        t.photo,
        {
            "household_id": household_id,
            "visit_id": visit_id,
            "question": question,
            "problem_id": problem_id,
            "phase": phase,
            "sha256": sha,
            "thumb_sha256": thumb,
            "size": len(shrunk.jpeg),
            "width": shrunk.width,
            "height": shrunk.height,
            "taken_at": shrunk.taken_at,
            "attached_at": records.utcnow().replace(microsecond=0),
            "attached_by": by,
            "note": note,
        },
    )


def remove(conn: Connection, photo_id: str) -> None:
    """A tombstone: the photo leaves every list; its record and image are kept."""
    records.tombstone(conn, t.photo, photo_id)


def photos_of(
    conn: Connection,
    *,
    household_id: str | None = None,
    visit_id: str | None = None,
    question: str | None = None,
    problem_id: str | None = None,
    removed: bool = False,
) -> list[dict[str, Any]]:
    """Photos (live ones, or with ``removed`` the tombstones too), oldest first."""
    p = t.photo
    q = select(p)
    if household_id is not None:
        q = q.where(p.c.household_id == household_id)
    if visit_id is not None:
        q = q.where(p.c.visit_id == visit_id)
    if question is not None:
        q = q.where(p.c.question == question)
    if problem_id is not None:
        q = q.where(p.c.problem_id == problem_id)
    if not removed:
        q = q.where(p.c.deleted.is_(False))
    return [dict(r) for r in conn.execute(q.order_by(p.c.attached_at, p.c.id)).mappings()]


def image(conn: Connection, sha256: str) -> bytes | None:
    """The JPEG of a photo or thumbnail, or None when this device has not fetched it yet."""
    got = get_attachment(conn, sha256)
    return None if got is None else got[1]


def keep_gps(conn: Connection, household_id: str, on: date) -> bool:
    """The setting ``photo_keep_gps`` in force for the household's grid (off by default)."""
    h = t.household
    grid = conn.execute(select(h.c.grid_code).where(h.c.id == household_id)).scalar()
    return bool(grid) and bool(settings_for(conn, str(grid), on).get(KEEP_GPS, False))


def print_photos(conn: Connection, grid_code: str, on: date) -> bool:
    """The setting ``summary_photos``: the printed visit summary shows the visit's photos."""
    return bool(settings_for(conn, grid_code, on).get(PRINT_SETTING, False))
