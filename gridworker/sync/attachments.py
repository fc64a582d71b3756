"""Device side of attachments: keep them content-addressed, upload resumably, fetch missing ones."""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import Connection, select, update

from gridworker.store.records import utcnow
from gridworker.store.store import Store
from gridworker.sync import state
from gridworker.sync.client import Client, ClientConfig, SyncError
from gridworker.wire.protocol import AttachmentState

CHUNK = 64 * 1024
log = logging.getLogger(__name__)


def store_attachment(conn: Connection, store: Store, data: bytes, mime: str = "image/png") -> str:
    """Keep ``data`` (a signature image …) in the local store; returns its SHA-256 (the key a
    visit's ``signature`` field holds). Storing the same bytes twice keeps one copy."""
    sha = hashlib.sha256(data).hexdigest()
    a = store.t.attachment
    if conn.execute(select(a.c.sha256).where(a.c.sha256 == sha)).first() is None:
        conn.execute(
            a.insert().values(
                sha256=sha,
                mime=mime,
                size=len(data),
                data=data,
                created_at=utcnow(),
                uploaded=False,
            )
        )
    return sha


PERMANENT = (413, 415, 422)  # refusals that no resend can change


def upload_pending(store: Store, client: Client, notes: list[str] | None = None) -> int:
    """Upload every image not on the server yet; returns how many went up. One the server
    refuses for good is remembered and skipped (the rest still go); when the day's quota is
    used up the others wait for a later sync; the push goes on either way. The server's
    message for each refusal goes to ``notes`` (the sync report shows them)."""
    notes = notes if notes is not None else []
    a = store.t.attachment
    refused: dict[str, str] = dict(store.get_kv(state.REFUSED) or {})
    with store.read() as conn:
        pending = list(
            conn.execute(select(a.c.sha256, a.c.mime, a.c.data).where(a.c.uploaded.is_(False)))
        )
    n = 0
    for sha, mime, data in pending:
        if sha in refused:
            continue
        try:
            _upload(client, sha, mime, bytes(data))
        except SyncError as e:
            if e.status in PERMANENT:
                log.warning("the server refused attachment %s: %s", sha, e.code)
                refused[sha] = e.code
                notes.append(f"图片未被服务器接受：{e.message}")
                with store.write() as conn:
                    store.set_kv(conn, state.REFUSED, refused)
                continue
            if e.code == "quota_exceeded":
                log.warning("attachment quota used up: the rest wait for a later sync")
                notes.append(f"{e.message}（其余图片下次同步再传）")
                break
            raise
        with store.write() as conn:
            conn.execute(update(a).where(a.c.sha256 == sha).values(uploaded=True))
        n += 1
    return n


def _upload(client: Client, sha: str, mime: str, data: bytes) -> None:
    st = client.call(AttachmentState, "GET", f"/attachments/{sha}/state")
    offset = st.received
    while not st.complete:
        if st.size is not None and st.size != len(data):
            offset = 0
        chunk = data[offset : offset + CHUNK]
        st = client.call(
            AttachmentState,
            "PUT",
            f"/attachments/{sha}",
            params={"offset": offset, "size": len(data), "mime": mime},
            data=chunk,
            headers={"Content-Type": "application/octet-stream"},
        )
        offset = st.received


def fetch_missing(store: Store, client: Client, pulled: set[str]) -> int:
    """Download the images of this sync's ``pulled`` signatures and any other missing one;
    once all are here, no scan is due until a page brings signatures again."""
    n = download_missing(store, client, pulled | missing_signatures(store))
    if store.get_kv(state.SIGNATURES_DUE) is not False:
        with store.write() as conn:
            store.set_kv(conn, state.SIGNATURES_DUE, False)
    return n


def download_missing(store: Store, client: Client, shas: set[str]) -> int:
    a = store.t.attachment
    with store.read() as conn:
        have = set(conn.execute(select(a.c.sha256).where(a.c.sha256.in_(sorted(shas)))).scalars())
    n = 0
    for sha in sorted(shas - have):
        resp = client.request("GET", f"/attachments/{sha}")
        data = resp.content
        if hashlib.sha256(data).hexdigest() != sha:
            raise SyncError("下载的附件内容与编号不符", "hash_mismatch")
        with store.write() as conn:
            if conn.execute(select(a.c.sha256).where(a.c.sha256 == sha)).first() is None:
                conn.execute(
                    a.insert().values(
                        sha256=sha,
                        mime=resp.headers.get("content-type", "image/png").split(";")[0],
                        size=len(data),
                        data=data,
                        created_at=utcnow(),
                        uploaded=True,
                    )
                )
        n += 1
    return n


def missing_signatures(store: Store) -> set[str]:
    """Signatures of local visits and case steps whose image is not in the store (e.g. after
    an interruption), and on a device that keeps its photos (``state.keeps_photos``) the images
    of its photos.

    Looked for (a scan of every visit: half a second on a township's store) only while pulled
    pages may have brought some (``state.SIGNATURES_DUE``); a visit recorded here stores its
    image with it."""
    if store.get_kv(state.SIGNATURES_DUE, True) is False:
        return set()
    a = store.t.attachment
    out: set[str] = set()
    with store.read() as conn:
        for t in (store.t.visit, store.t.monitoring_event):  # (a 申请's signature too)
            out.update(
                conn.execute(
                    select(t.c.signature).where(
                        t.c.signature.is_not(None), t.c.signature.not_in(select(a.c.sha256))
                    )
                ).scalars()
            )
        if state.keeps_photos(store):
            p = store.t.photo
            live = p.c.deleted.is_(False)
            for col in (p.c.sha256, p.c.thumb_sha256):
                q = select(col).where(live, col.not_in(select(a.c.sha256)))
                out.update(conn.execute(q).scalars())
    return out


def fetch(store: Store, shas: set[str], config: ClientConfig | None = None) -> int:
    """Download the photos (or any attachments) in ``shas`` this device lacks, now: a township's
    or county's device fetches a photo when someone opens it (``state.keeps_photos``)."""
    ds = state.device_state(store)
    client = Client(ds.server_url, ds.token, config)
    try:
        return download_missing(store, client, shas)
    finally:
        client.close()
