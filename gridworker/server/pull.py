"""Pull: the changes after a device's cursor, within its scope, in commit order; reference data;
and the per-table digests of the sanity check.

The cursor is a change number. The page's upper bound is read from the counter *before* the
change log is read: every change numbered up to it has committed (numbers commit in order), so
a page never skips one that commits later.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Engine, or_, select

from gridworker.regions import ancestors
from gridworker.schema import SHOP_TABLES, SYNCED_TABLES, VILLAGE_TABLES
from gridworker.server import case_scope, db
from gridworker.server import tables as tb
from gridworker.server.auth import Caller
from gridworker.sql import one_of, within
from gridworker.wire import codec
from gridworker.wire.digest import digest_rows, table_digest
from gridworker.wire.protocol import (
    DigestResponse,
    PullResponse,
    Reference,
    TableDigest,
    server_now,
)

T = tb.T
MAX_LIMIT = 10_000
SCAN_PAGES = 10


def pull(
    engine: Engine,
    caller: Caller,
    after: int,
    limit: int,
    ref_version: int | None,
    table: str | None = None,
    skip_own: bool = False,
) -> PullResponse:
    """:func:`pull_json`, parsed."""
    return PullResponse.model_validate_json(
        pull_json(engine, caller, after, limit, ref_version, table, skip_own)
    )


def pull_json(
    engine: Engine,
    caller: Caller,
    after: int,
    limit: int,
    ref_version: int | None,
    table: str | None = None,
    skip_own: bool = False,
    omit: Mapping[str, set[str]] | None = None,
) -> bytes:
    """The body of ``GET /pull`` (a PullResponse): up to ``limit`` change-log entries after
    ``after``, serialised here once, JSON columns spliced in as stored. With ``skip_own``,
    entries that are only echoes of the device's own visits send nothing, so the scan goes on
    (up to ``SCAN_PAGES`` × ``limit`` entries) until the page holds ``limit`` records: right
    after a big push, one request steps over it instead of one empty page per ``limit``.
    ``omit``: per table, wire columns the app does not know (protocol.LATER_COLUMNS), left
    out of its records."""
    limit = max(1, min(limit, MAX_LIMIT))
    echo = caller.device_id if skip_own and table is None else None
    with db.read(engine) as conn:
        high = db.current(conn)
        cl = tb.change_log
        q = (
            select(cl)
            .where(
                cl.c.seq <= high,
                or_(
                    within(cl.c.grid_code, caller.scope),
                    within(cl.c.prev_grid_code, caller.scope),
                ),
            )
            .order_by(cl.c.seq)
            .limit(limit)
        )
        scoped = case_scope.case_scoped(caller.role)
        if scoped:  # the county: the households with a case, not the whole county
            q = q.where(case_scope.entry_filter(cl))
        if table is not None:
            q = q.where(cl.c.table_name == table)
        if caller.role == "shop":  # the village shop: the ledger and the shop, nothing else
            q = q.where(cl.c.table_name.in_(SHOP_TABLES))
        records: list[str] = []
        last = after
        for _ in range(SCAN_PAGES if echo else 1):
            entries = list(conn.execute(q.where(cl.c.seq > last)))
            records += _records(conn, caller.scope, entries, echo, omit or {}, scoped)
            more = len(entries) == limit
            if entries:
                last = entries[-1].seq
            if not more or len(records) >= limit:
                break
        nxt = last if more else max(high, after)
        ref = "null"
        current_ref = db.current(conn, "ref")
        if ref_version is None or ref_version != current_ref:
            ref = reference(conn, caller.scope, current_ref).model_dump_json()
    head = json.dumps({"server_time": server_now().isoformat(), "next": nxt, "more": more})
    return f'{head[:-1]},"reference":{ref},"records":[{",".join(records)}]}}'.encode()


def _record(
    table: str,
    rid: str,
    seq: int,
    version: int = 0,
    deleted: bool = False,
    gone: bool = False,
    fields: str = "null",
) -> str:
    """One protocol.PulledRecord as JSON; ``fields`` already serialised."""
    flags = f'"deleted":{"true" if deleted else "false"},"gone":{"true" if gone else "false"}'
    return (
        f'{{"table":"{table}","id":{json.dumps(rid)},"seq":{seq},"version":{version},'
        f'{flags},"fields":{fields}}}'
    )


def _records(
    conn: Connection,
    scope: str,
    entries: list[Any],
    echo_of: str | None = None,
    omit: Mapping[str, set[str]] | None = None,
    case_scoped: bool = False,
) -> list[str]:
    """The records of ``entries`` as pulled (JSON). A visit stored by device ``echo_of`` itself
    is left out: visits are immutable, so the device already holds exactly that content (its
    push was acknowledged, or the record is still pending there and would be skipped). A repair
    pull (``table=``) sends them anyway."""
    wanted: dict[str, set[str]] = {}
    for e in entries:  # (visit rows are wide: ~1 KB of answers each; still one query a table)
        if e.grid_code.startswith(scope):
            wanted.setdefault(e.table_name, set()).add(e.record_id)
    rows: dict[tuple[str, str], Any] = {}
    for name, ids in wanted.items():
        t = T.metadata.tables[name]
        for chunk in _chunks(sorted(ids), 5000):
            q = codec.raw_select(t).where(one_of(conn, t.c.id, chunk))
            if echo_of is not None and name == "visit":
                q = q.where(or_(t.c.updated_by.is_(None), t.c.updated_by != echo_of))
            for r in conn.execute(q):
                rows[(name, r.id)] = r
    hids = {r.household_id for (n, _), r in rows.items() if n not in ("household", *VILLAGE_TABLES)}
    h = T.household
    grids = {r.id: r.grid_code for (n, _), r in rows.items() if n == "household"}
    missing = sorted(hids - set(grids))
    for chunk in _chunks(missing, 5000):
        grids.update(
            {
                r.id: r.grid_code
                for r in conn.execute(
                    select(h.c.id, h.c.grid_code).where(one_of(conn, h.c.id, chunk))
                )
            }
        )
    members = case_scope.memberships(conn, {e.household_id for e in entries}) if case_scoped else {}
    out: list[str] = []
    for e in entries:
        if case_scoped:
            m = members.get(e.household_id)
            if m is None or not m.active:  # left the county's case scope: gone from its devices
                if e.table_name == "household":
                    out.append(_record("household", e.record_id, e.seq, gone=True))
                continue
            row = rows.get((e.table_name, e.record_id))
            if e.table_name == "visit" and row is not None and row.visit_date < m.visits_from:
                continue
        if not e.grid_code.startswith(scope):
            if e.table_name == "household":
                out.append(_record("household", e.record_id, e.seq, gone=True))
            continue
        row = rows.get((e.table_name, e.record_id))
        if row is None:  # (or an echo of the device's own visit)
            continue
        if e.table_name in VILLAGE_TABLES:
            where = row.village_code
        else:
            hid = row.id if e.table_name == "household" else row.household_id
            where = grids.get(hid, "")
        if not where.startswith(scope):
            continue  # moved on since; a later entry says so
        fields = codec.fields_json(T.metadata.tables[e.table_name], row)
        left_out = (omit or {}).get(e.table_name)
        if left_out:  # (an app from before these columns: rare, and only these tables)
            kept = {k: v for k, v in json.loads(fields).items() if k not in left_out}
            fields = json.dumps(kept, ensure_ascii=False, separators=(",", ":"))
        out.append(
            _record(e.table_name, e.record_id, e.seq, row.version, row.deleted, fields=fields)
        )
    return out


def _chunks(items: list[str], n: int) -> Iterable[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def reference(conn: Connection, scope: str, ref_version: int) -> Reference:
    r = T.region
    up = ancestors(scope)
    regions = [
        dict(x)
        for x in conn.execute(
            select(r).where(or_(r.c.code.in_(up), within(r.c.code, scope)))
        ).mappings()
    ]
    s = T.setting
    settings = [codec_row(x) for x in conn.execute(select(s)).mappings()]
    c = T.checklist
    checklists = [codec_row(x) for x in conn.execute(select(c)).mappings()]
    return Reference(
        ref_version=ref_version, regions=regions, settings=settings, checklists=checklists
    )


def codec_row(row: Any) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in dict(row).items()}


def digests(engine: Engine, caller: Caller, content: bool = False) -> DigestResponse:
    """Per synced table, the digest of the caller's scope (`gridworker.wire.digest`): of (id,
    version, content hash), or of (id, version) for an app from before the content hash."""
    out: dict[str, TableDigest] = {}
    with db.read(engine) as conn:
        for name in SYNCED_TABLES:
            if (caller.role == "shop" and name not in SHOP_TABLES) or (
                name in VILLAGE_TABLES and case_scope.case_scoped(caller.role)
            ):  # (it holds none of them: a county device holds the households of its cases)
                out[name] = table_digest((), content=content)
                continue
            q = (
                case_scope.digest_rows(name)
                if case_scope.case_scoped(caller.role)
                else digest_rows(T, name, caller.scope)
            )
            rows = conn.execute(q)
            out[name] = table_digest(rows, content=content)
    return DigestResponse(tables=out)
