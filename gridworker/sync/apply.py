"""Device side of pull: apply one page of server records and the new cursor in ONE transaction.

A local record with unsent changes (new / changed / uploading) is never overwritten: the push
carries it and the server merges it. A household that left this device's scope ("gone") is
deleted locally with everything under it — unless any of it has unsent changes, in which case
it is kept and reported.

The derived report tables (gridworker.reports) are kept current in the same transaction
(gridworker.reports.derived), and so are the households' search keys. A page touching many
households (a first sync) only writes its visits' ``visit_work`` rows and marks the rest stale;
:func:`finish_derived` rebuilds them and the search keys once at the end of the pull (or at the
next sync, if this one was cut off).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, bindparam, delete, func, select

from gridworker.reports import derived
from gridworker.schema import SYNCED_TABLES, VILLAGE_TABLES
from gridworker.store import bulk
from gridworker.store.households import household_search_key
from gridworker.store.records import utcnow
from gridworker.store.store import Store
from gridworker.sync import state
from gridworker.wire import codec
from gridworker.wire.protocol import PulledRecord, PullResponse, Reference

PENDING = ("new", "changed", "uploading")
UNSENT = (*PENDING, "error")
STALE = "sync.derived_stale"
# A page touching more households than this, or more than a tenth of the store's (a first sync:
# the store is empty), marks the derived tables stale; they are rebuilt at the end instead.
BULK_HOUSEHOLDS = 200


@dataclass
class ApplyCounts:
    received: int = 0
    kept_local: int = 0
    gone: int = 0
    kept_out_of_scope: list[str] = field(default_factory=list)
    signatures: set[str] = field(default_factory=set)


def _chunks(items: list[str], n: int = 900) -> Iterable[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def apply_page(store: Store, page: PullResponse, *, move_cursor: bool = True) -> ApplyCounts:
    counts = ApplyCounts()
    last: dict[tuple[str, str], PulledRecord] = {}
    for rec in page.records:
        last[(rec.table, rec.id)] = rec
    photos_too = any(t == "photo" for t, _ in last) and state.keeps_photos(store)
    with store.write(durable=False) as conn:  # (a page lost to a power cut is pulled again)
        visits: list[dict[str, Any]] = []
        for name in SYNCED_TABLES:
            recs = [r for (t, _), r in last.items() if t == name and not r.gone]
            if recs:
                _upsert(conn, store, name, recs, counts, visits, photos_too)
        touched = {
            r.id if r.table == "household" else (r.fields or {}).get("household_id")
            for r in last.values()
            if not r.gone and r.table in ("household", "member")
        }
        hids = [h for h in touched if h]
        bulk = _bulk(conn, store, hids)
        if not bulk:
            _refresh_search(conn, store, hids)
        for (t, rid), r in last.items():
            if t == "household" and r.gone:
                visits += _gone(conn, store, rid, counts)
                hids.append(rid)
        if bulk:
            derived.record_work(conn, store.t.metadata.tables, visits)
        elif visits or hids:
            derived.record(conn, store.t.metadata.tables, visits, hids)
        if page.reference is not None:
            _reference(conn, store, page.reference)
        if counts.signatures:
            store.set_kv(conn, state.SIGNATURES_DUE, True)
        if move_cursor:
            store.set_kv(conn, state.CURSOR, page.next)
    return counts


def _bulk(conn: Connection, store: Store, hids: list[str]) -> bool:
    """Whether this page takes the bulk path (marking the derived tables and search keys stale
    until :func:`finish_derived`): they are stale already, or the page touches many
    households, or more than a tenth of the store's (a first sync: the store is empty)."""
    kv = store.t.metadata.tables["kv"]
    if conn.execute(select(kv.c.value).where(kv.c.key == STALE)).scalar():
        return True
    if len(hids) > BULK_HOUSEHOLDS or (hids and len(hids) * 10 > _households(conn, store)):
        store.set_kv(conn, STALE, True)
        return True
    return False


def _households(conn: Connection, store: Store) -> int:
    return int(conn.execute(select(func.count()).select_from(store.t.household)).scalar_one())


def finish_derived(store: Store) -> None:
    """Rebuild the derived tables and the search keys after bulk pages (a no-op when nothing
    is stale)."""
    if not store.get_kv(STALE):
        return
    with store.write(durable=False) as conn:  # (rebuilt again if lost: still stale)
        derived.rebuild(conn)
        _refresh_search(conn, store, None)
        store.set_kv(conn, STALE, False)


def _upsert(
    conn: Connection,
    store: Store,
    name: str,
    recs: list[PulledRecord],
    counts: ApplyCounts,
    visits: list[dict[str, Any]],
    photos_too: bool = False,
) -> None:
    """(``photos_too``: the images of pulled photos are to be downloaded, as signatures are)"""
    t = store.t.metadata.tables[name]
    local: dict[str, tuple[str, str | None]] = {}  # id -> (sync state, content hash)
    for chunk in _chunks([r.id for r in recs]):
        q = select(t.c.id, t.c.sync_state, t.c.content_hash).where(t.c.id.in_(chunk))
        local.update({row.id: (row.sync_state, row.content_hash) for row in conn.execute(q)})
    now = utcnow()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    same: list[dict[str, Any]] = []
    for r in recs:
        state, held = local.get(r.id, (None, None))
        if state in PENDING:
            counts.kept_local += 1
            continue
        values = codec.decode_lenient(t, r.fields or {})
        values.update(version=r.version, deleted=r.deleted, sync_state="synced", sync_error=None)
        if name in ("visit", "monitoring_event") and values.get("signature"):
            counts.signatures.add(values["signature"])
        elif name == "photo" and not r.deleted and photos_too:
            counts.signatures |= {values["sha256"], values["thumb_sha256"]}
        counts.received += 1
        # The hash of what is stored, worked out here (not taken from the server): the sanity
        # check then compares the content itself. The JSON goes in as its canonical text.
        texts = codec.json_texts(name, values, strict=False)
        content_hash = codec.record_hash(name, values, r.deleted, texts, strict=False)
        if state is not None and content_hash == held:
            # the content the device holds (a repair pull, an echo): only the bookkeeping,
            # never the same content again in another spelling (its JSON text may differ)
            same.append({"b_id": r.id, "b_version": r.version})
            continue
        if name == "visit":
            visits.append({**values, "id": r.id})
        values["content_hash"] = content_hash
        values.update(texts)
        if state is None:
            inserts.append(
                {**values, "id": r.id, "created_at": now, "updated_at": now, "local_rev": r.seq}
            )
        else:
            updates.append({**values, "b_id": r.id, "updated_at": now})
    bulk.insert_rows(conn, t, inserts)
    if updates:
        conn.execute(t.update().where(t.c.id == bindparam("b_id")), _uniform(updates))
    if same:
        conn.execute(
            t.update()
            .where(t.c.id == bindparam("b_id"))
            .values(version=bindparam("b_version"), sync_state="synced", sync_error=None),
            same,
        )


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = set().union(*rows)
    return [{k: r.get(k) for k in keys} for r in rows]


def _refresh_search(conn: Connection, store: Store, hids: list[str] | None) -> None:
    """Rewrite the search keys of these households (None: of every household)."""
    h, m = store.t.household, store.t.member
    s = store.t.metadata.tables["household_search"]
    hq = select(h.c.id, h.c.number, h.c.address, h.c.grid_code).where(h.c.deleted.is_(False))
    mq = select(m.c.household_id, m.c.name, m.c.id_number).where(m.c.deleted.is_(False))
    if hids is None:
        conn.execute(delete(s))
        _write_search(conn, s, hq, mq)
        return
    for chunk in _chunks(sorted(set(hids))):
        conn.execute(delete(s).where(s.c.household_id.in_(chunk)))
        _write_search(conn, s, hq.where(h.c.id.in_(chunk)), mq.where(m.c.household_id.in_(chunk)))


def _write_search(conn: Connection, s: Any, households: Any, members: Any) -> None:
    by_household: dict[str, list[Any]] = {}
    for r in conn.execute(members):
        by_household.setdefault(r.household_id, []).append(r._mapping)
    bulk.insert_rows(
        conn,
        s,
        [
            {
                "household_id": r.id,
                "grid_code": r.grid_code,
                "key": household_search_key(
                    cast(Mapping[str, Any], r._mapping), by_household.get(r.id, [])
                ),
            }
            for r in conn.execute(households)
        ],
    )


def _gone(conn: Connection, store: Store, hid: str, counts: ApplyCounts) -> list[dict[str, Any]]:
    """Delete a household that left the scope; returns its visits, as tombstones (their derived
    rows go too)."""
    tables = [store.t.metadata.tables[n] for n in SYNCED_TABLES if n not in VILLAGE_TABLES]
    for t in tables:
        key = t.c.id if t.name == "household" else t.c.household_id
        # "error" too: a quarantined edit (typically refused as out of scope by the very push
        # that preceded this pull) never reached the server; deleting it would lose it.
        if (
            conn.execute(
                select(t.c.id).where(key == hid, t.c.sync_state.in_(UNSENT)).limit(1)
            ).first()
            is not None
        ):
            counts.kept_out_of_scope.append(hid)
            return []
    v = store.t.visit
    visits = [
        {**r, "deleted": True}
        for r in conn.execute(select(v).where(v.c.household_id == hid)).mappings()
    ]
    for t in reversed(tables):
        key = t.c.id if t.name == "household" else t.c.household_id
        conn.execute(delete(t).where(key == hid))
    s = store.t.metadata.tables["household_search"]
    conn.execute(delete(s).where(s.c.household_id == hid))
    counts.gone += 1
    return visits


def _reference(conn: Connection, store: Store, ref: Reference) -> None:
    r, s, c = store.t.region, store.t.setting, store.t.checklist
    codes = [x["code"] for x in ref.regions]
    for chunk in _chunks(codes):
        conn.execute(delete(r).where(r.c.code.in_(chunk)))
    if ref.regions:
        conn.execute(r.insert(), ref.regions)
    conn.execute(delete(s))
    if ref.settings:
        conn.execute(s.insert(), [codec.decode_lenient(s, x) for x in ref.settings])
    have = set(conn.execute(select(c.c.version)).scalars())
    new = [codec.decode_lenient(c, x) for x in ref.checklists if x["version"] not in have]
    if new:
        conn.execute(c.insert(), new)
    store.set_kv(conn, state.REF, ref.ref_version)
