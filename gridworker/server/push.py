"""Push: one batch of device changes, one server transaction, one result per change.

Before the transaction every change is checked (`gridworker.server.validate`: its id is the
caller's and appears once, its fields are valid). Order inside the transaction: (1) on
PostgreSQL an advisory lock per device, so a resend racing its own first attempt waits for it;
(2) idempotency look-up by change id (the caller's ids only); (3) the touched records are read
``FOR UPDATE``; (4) every change is scope-checked, checked against the permission table
(`gridworker.server.permissions`), stamped with who recorded it, merged in memory and sealed
with its content hash; (5) rows, history, results and conflicts are written with executemany
(COPY on PostgreSQL for big batches) and the derived report tables updated for the visits,
households and members written (gridworker.reports.derived; an advisory lock per household makes
two devices' batches for one household derive its rows one after the other); (6) only then are
change numbers reserved from the counter row and the change log written, in one statement
(``db.log_changes``): the counter's row lock is held from there to commit — milliseconds,
whatever the batch did before — so numbers commit in order. Any failure rolls the whole batch
back; nothing partial is ever stored.

Results are plain dicts shaped like `protocol.ChangeResult` (validating 10,000 pydantic models
per push cost more than the database work); the API serialises them once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, select, text

from gridworker import regions
from gridworker.reports import derived
from gridworker.schema import SHOP_TABLES, SYNCED_TABLES, VILLAGE_TABLES
from gridworker.server import (
    attachments,
    case_scope,
    case_steps,
    db,
    permissions,
    points,
    validate,
)
from gridworker.server import tables as tb
from gridworker.server.auth import Caller
from gridworker.server.load import IMPORTED_BY, bulk_insert
from gridworker.server.merge import merge
from gridworker.sql import one_of
from gridworker.store.records import utcnow
from gridworker.wire import codec
from gridworker.wire.protocol import Change, PushRequest, PushResponse, server_now

T = tb.T
CHILD_TABLES = tuple(n for n in SYNCED_TABLES if n not in ("household", *VILLAGE_TABLES))
PHOTO_IMAGES = ("sha256", "thumb_sha256")  # a photo's attachments: the image, its thumbnail
PHOTO_MAX_BYTES = 400 * 1024  # a photo as the app keeps it (gridworker.photos.MAX_BYTES)
Hook = Callable[[str], None]
Result = dict[str, Any]  # a protocol.ChangeResult as JSON
# Tests set this to see a push's stages ("written": rows and derived tables, before numbering;
# "numbered": the counter row locked) and pause it there (commit-order test).
test_hook: Hook | None = None


@dataclass
class Batch:
    caller: Caller
    now: Any
    prior: dict[str, dict[str, Any]]
    rows: dict[tuple[str, str], dict[str, Any]]  # current server rows, by (table, id)
    grids: dict[str, str]  # household id -> grid code (server and this batch)
    attachments: set[str]
    known_grids: set[str]  # the grids named by household changes that exist on the server
    workers: dict[str, Any]  # users named as a visit's worker (other than the caller)
    points: points.Context | None = None  # what the batch's 爱心超市 records are checked against
    texts: dict[tuple[str, str], dict[str, codec.JsonText]] = field(default_factory=dict)
    results: list[Result] = field(default_factory=list)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)  # change-log entries to number
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)
    corrected: dict[str, Any] = field(default_factory=dict)  # corrected visit id -> visit date
    limits: codec.Limits | None = None
    sizes: dict[str, int] = field(default_factory=dict)  # bytes of the attachments named
    authors: bool = False  # the client reads who wrote a conflict's earlier value, and when
    names: dict[str, str] = field(default_factory=dict)  # user or device -> a person's name
    cases: case_steps.Cases | None = None  # the monitoring cases this batch adds steps to


def push(engine: Engine, caller: Caller, req: PushRequest, authors: bool = False) -> PushResponse:
    results = push_results(engine, caller, req, authors)
    return PushResponse.model_validate({"server_time": server_now(), "results": results})


def push_results(
    engine: Engine, caller: Caller, req: PushRequest, authors: bool = False
) -> list[Result]:
    """``authors``: the client understands FieldConflict.server_by / server_at
    (protocol.CONFLICT_AUTHORS)."""
    limits = validate.limits(engine)
    prepared = validate.prepare(caller.device_id, req.changes, limits)
    return db.in_transaction(engine, lambda conn: _push(conn, caller, prepared, limits, authors))


def push_json(engine: Engine, caller: Caller, req: PushRequest, authors: bool = False) -> bytes:
    """The response body of ``POST /push`` (a PushResponse), serialised once."""
    results = push_results(engine, caller, req, authors)
    return json.dumps(
        {"server_time": server_now().isoformat(), "results": results},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def _table(name: str) -> Table:
    return T.metadata.tables[name]


def _load(conn: Connection, caller: Caller, prepared: list[validate.Prepared]) -> Batch:
    pg = conn.dialect.name == "postgresql"
    if pg:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:d))"), {"d": caller.device_id})
    pr = tb.push_result
    changes = [p.change for p in prepared if p.own]
    ids = [c.change_id for c in changes]
    prior = (
        {
            r.change_id: r.result
            for r in conn.execute(
                select(pr.c.change_id, pr.c.result).where(one_of(conn, pr.c.change_id, ids))
            )
        }
        if ids
        else {}
    )
    # (only the checked changes are looked at below: the rest touch nothing)
    valid = [(p.change, p.checked.values) for p in prepared if p.own and p.checked is not None]
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    by_table: dict[str, list[str]] = {}
    for c, _ in valid:
        by_table.setdefault(c.table, []).append(c.id)
    for name, rids in by_table.items():
        t = _table(name)
        q = select(t).where(one_of(conn, t.c.id, rids))
        if pg:
            q = q.with_for_update()
        for r in conn.execute(q).mappings():
            rows[(name, r["id"])] = dict(r)
    hids = {c.id for c, _ in valid if c.table == "household"}
    for c, vals in valid:
        if c.table in VILLAGE_TABLES:
            continue
        if c.table != "household":
            hids.add(vals["household_id"])
            row = rows.get((c.table, c.id))
            if row is not None:
                hids.add(row["household_id"])
    h = T.household
    grids = (
        {
            r.id: r.grid_code
            for r in conn.execute(select(h.c.id, h.c.grid_code).where(one_of(conn, h.c.id, hids)))
        }
        if hids
        else {}
    )
    shas = {vals["signature"] for c, vals in valid if c.table == "visit" and vals["signature"]}
    named = {vals["grid_code"] for c, vals in valid if c.table == "household"}
    villages = {vals["village_code"] for c, vals in valid if c.table in VILLAGE_TABLES}
    reg = T.region
    known = (
        set(
            conn.execute(
                select(reg.c.code).where(
                    one_of(conn, reg.c.code, sorted(named | villages)),
                    reg.c.level.in_(("grid", "village")),
                )
            ).scalars()
        )
        if named or villages
        else set()
    )
    shas |= {
        vals["signature"]
        for c, vals in valid
        if c.table == "monitoring_event" and vals["signature"]
    }
    shas |= {vals[k] for c, vals in valid if c.table == "photo" for k in PHOTO_IMAGES}
    a = T.attachment
    sizes = (
        dict(conn.execute(select(a.c.sha256, a.c.size).where(one_of(conn, a.c.sha256, shas))).all())
        if shas
        else {}
    )
    have = set(sizes)
    workers = {vals["worker"] for c, vals in valid if c.table == "visit"} - {caller.username}
    now = utcnow()
    # (a device a day ahead of UTC records today's step: the latest date a step may carry)
    steps = case_steps.Cases(date.today() + timedelta(days=1))
    batch = Batch(caller, now, prior, rows, grids, have, known, _users(conn, workers), cases=steps)
    batch.sizes = sizes
    originals = {vals["revision_of"] for c, vals in valid if c.table == "visit"} - {None}
    if originals:
        v = T.visit
        batch.corrected = {
            r.id: r.visit_date
            for r in conn.execute(
                select(v.c.id, v.c.visit_date).where(one_of(conn, v.c.id, sorted(originals)))
            )
        }
    batch.points = points.load(conn, valid)
    return batch


def _users(conn: Connection, names: set[str]) -> dict[str, Any]:
    """The users named as a visit's worker (other than the caller)."""
    if not names:
        return {}
    u = tb.user
    q = select(u.c.username, u.c.display_name, u.c.role, u.c.scope, u.c.disabled)
    return {r.username: r for r in conn.execute(q.where(one_of(conn, u.c.username, sorted(names))))}


def _push(
    conn: Connection,
    caller: Caller,
    prepared: list[validate.Prepared],
    limits: codec.Limits | None = None,
    authors: bool = False,
) -> list[Result]:
    b = _load(conn, caller, prepared)
    b.limits = limits
    b.authors = authors
    for p in prepared:
        b.results.append(_one(conn, b, p))
    _write(conn, b)
    _case_scope(conn, b)
    if test_hook is not None:
        test_hook("written")
    if b.log:  # numbered and logged in one statement; the counter row stays locked to commit
        db.log_changes(conn, b.log, b.now)
        if test_hook is not None:
            test_hook("numbered")
    return b.results


def _case_scope(conn: Connection, b: Batch) -> None:
    """The county's case scope for the households this batch gave a case step or a household
    record (entering logs their records again; leaving logs the household)."""
    hids = {r["household_id"] for r in b.inserts.get("monitoring_event", ())}
    hids |= {r["id"] for r in b.inserts.get("household", ())}
    hids |= {r["b_id"] for r in b.updates.get("household", ())}
    if hids:
        case_scope.update(
            conn,
            hids,
            b.now.date(),
            b.now,
            lambda table, rid, hid, grid: _log(b, table, rid, hid, grid, None),
        )


def _result(
    c: Change,
    status: str,
    version: int | None = None,
    code: str | None = None,
    reason: str | None = None,
    conflicts: list[dict[str, Any]] | None = None,
) -> Result:
    return {
        "change_id": c.change_id,
        "table": c.table,
        "id": c.id,
        "status": status,
        "version": version,
        "code": code,
        "reason": reason,
        "conflicts": conflicts or [],
        "duplicate": False,
    }


def _reject(c: Change, code: str, reason: str) -> Result:
    return _result(c, "rejected", code=code, reason=reason)


def _in_scope(grid: str | None, scope: str) -> bool:
    return bool(grid) and regions.is_valid_code(grid or "") and (grid or "").startswith(scope)


def _one(conn: Connection, b: Batch, p: validate.Prepared) -> Result:
    c = p.change
    if not p.own:  # another device's id, or one already in this batch: answered, never stored
        return _reject(c, p.code or "invalid", p.reason or "")
    if c.change_id in b.prior:
        return {**b.prior[c.change_id], "duplicate": True}
    if (c.table, c.id) in b.seen:
        return _result(c, "retry", code="same_batch", reason="同一批次中重复的记录，稍后重发")
    b.seen.add((c.table, c.id))
    if p.checked is None:
        res = _reject(c, p.code or "invalid", p.reason or "")
    else:
        res = _apply(conn, b, c, p.checked)
    if res["status"] != "retry":
        b.inserts.setdefault("_results", []).append(
            {"change_id": c.change_id, "result": res, "created_at": b.now}
        )
    return res


def _grid_for(
    b: Batch, c: Change, vals: dict[str, Any], existing: dict[str, Any] | None
) -> tuple[str | None, Result | None]:
    scope = b.caller.scope
    if c.table in VILLAGE_TABLES:
        village = vals["village_code"]
        if existing is not None and existing["village_code"] != village:
            return None, _reject(c, "invalid", "不能更改记录所属的村")
        if len(village) != 12 or not _in_scope(village, scope):
            return None, _reject(c, "forbidden", "此村不在您的管辖范围内")
        if existing is None and village not in b.known_grids:
            return None, _reject(c, "invalid", f"村 {village} 不存在（未在服务器上登记）")
        return village, None
    if c.table == "household":
        if existing is not None and not _in_scope(existing["grid_code"], scope):
            return None, _reject(c, "forbidden", "此户不在您的管辖范围内")
        grid = vals["grid_code"]
        if not _in_scope(grid, scope):
            return None, _reject(c, "forbidden", "户所在网格不在您的管辖范围内")
        moved = existing is None or existing["grid_code"] != grid
        if moved and grid not in b.known_grids:
            return None, _reject(c, "invalid", f"网格 {grid} 不存在（未在服务器上登记）")
        return grid, None
    hid = vals["household_id"]
    if existing is not None and existing["household_id"] != hid:
        return None, _reject(c, "invalid", "不能更改记录所属的户")
    grid = b.grids.get(hid)
    if grid is None:
        return None, _reject(c, "missing_parent", "所属的户在服务器上不存在")
    if not _in_scope(grid, scope):
        return None, _reject(c, "forbidden", "此户不在您的管辖范围内")
    return grid, None


def _permitted(
    b: Batch, c: Change, vals: dict[str, Any], existing: dict[str, Any] | None
) -> Result | None:
    """The permission table's answer for this change (None: allowed)."""
    if existing is None or c.table == "visit":  # (a visit is never changed: a resend or a clash)
        action = permissions.CREATE
    elif c.deleted and not existing["deleted"]:
        action = permissions.DELETE
    else:
        action = permissions.UPDATE
    stages: list[str | None] = [None]
    field_name = permissions.STAGED.get(c.table)
    if field_name is not None:
        stages = [vals.get(field_name)] + ([existing[field_name]] if existing else [])
    reason = permissions.refusal(b.caller.role, c.table, action, stages)
    return None if reason is None else _reject(c, "forbidden", reason)


def _author(b: Batch, c: Change, vals: dict[str, Any]) -> Result | None:
    """A visit's worker is the caller, or (a paper visit typed in by a village or township
    user) an active grid worker of the caller's scope; its worker name is that user's, from the
    user table."""
    worker = vals["worker"]
    caller = b.caller
    if worker == caller.username:
        vals["worker_name"] = caller.display_name or caller.username
        return None
    if caller.role not in permissions.PAPER_VISIT_ROLES:
        return _reject(c, "forbidden", "走访人必须是登录的本人")
    u = b.workers.get(worker)
    if u is None or u.role != "grid_worker" or u.disabled or not u.scope.startswith(caller.scope):
        return _reject(c, "forbidden", f"走访人“{worker[:64]}”不是您辖区内在岗的网格员")
    vals["worker_name"] = u.display_name or u.username
    return None


def _apply(conn: Connection, b: Batch, c: Change, checked: codec.Checked) -> Result:
    vals = checked.values
    existing = b.rows.get((c.table, c.id))
    grid, refusal = _grid_for(b, c, vals, existing)
    if refusal is not None:
        return refusal
    assert grid is not None
    if c.table == "monitoring_event" and existing is not None:
        return _event_again(c, checked, existing)
    refusal = _permitted(b, c, vals, existing)
    if refusal is not None:
        return refusal
    if c.table in SHOP_TABLES:
        assert b.points is not None
        reason = points.check(b.points, b.caller, c.table, c.id, vals, grid)
        if reason is not None:
            return _reject(c, "forbidden" if reason in points.FORBIDDEN else "invalid", reason)
    hid = c.id if c.table == "household" else vals.get("household_id")
    if c.table == "photo":
        refusal = _photo(b, c, vals, existing)
        if refusal is not None:
            return refusal
    if c.table == "visit":
        return (
            _author(b, c, vals)
            or _correction_date(b, c, vals)
            or _visit(b, c, checked, existing, grid, hid)
        )
    if c.table == "monitoring_event":
        refused = _case_step(conn, b, c, vals)
        if refused is not None:
            return refused
    if existing is None:
        _insert(b, c, checked)
        _log(b, c.table, c.id, hid, grid, None)
        if c.table == "household":
            b.grids[c.id] = grid
        return _result(c, "applied", version=1)
    return _update(conn, b, c, vals, existing, grid, hid)


def _photo(
    b: Batch, c: Change, vals: dict[str, Any], existing: dict[str, Any] | None
) -> Result | None:
    """A photo names its images by SHA-256, and they must be on the server before the record
    (as a visit's signature); its image never changes; who attached it is the caller."""
    for k in PHOTO_IMAGES:
        if not attachments.SHA.match(vals[k] or ""):
            return _reject(c, "invalid", f"字段 {k} 无效：应为 64 位十六进制 SHA-256")
    if existing is not None:
        if any(vals[k] != existing[k] for k in PHOTO_IMAGES):
            return _reject(c, "invalid", "照片的图片不能更改（请删除后重新添加）")
        return None
    if vals["attached_by"] != b.caller.username:
        return _reject(c, "invalid", "照片的添加人应为上传它的用户")
    if any(vals[k] not in b.attachments for k in PHOTO_IMAGES):
        return _result(c, "retry", code="attachment_missing", reason="照片尚未上传")
    if any(b.sizes[vals[k]] > PHOTO_MAX_BYTES for k in PHOTO_IMAGES):
        return _reject(c, "invalid", "照片超过 400 KB：应由本程序压缩后再添加")
    return None


def _correction_date(b: Batch, c: Change, vals: dict[str, Any]) -> Result | None:
    """A correction (``revision_of``) keeps the date of the visit it corrects, however long
    ago that was; one whose original the server has not seen is held to the paper-visit limit
    (``codec.check_visit_date``) like a new visit."""
    original = vals.get("revision_of")
    if not original:
        return None
    day = b.corrected.get(original)
    if day is None:
        day = next(
            (r["visit_date"] for r in b.inserts.get("visit", []) if r["id"] == original), None
        )
    if day is not None:
        if vals["visit_date"] != day:
            return _reject(c, "invalid", f"更正记录的走访日期应与原记录相同（{day}）")
        return None
    if b.limits is not None:
        try:
            codec.check_visit_date({**vals, "revision_of": None}, b.limits)
        except codec.FieldError as e:
            return _reject(c, "invalid", f"字段 {e.field} 无效：{e.reason}")
    return None


def _event_again(c: Change, checked: codec.Checked, existing: dict[str, Any]) -> Result:
    """A case step is never changed (a correction is a new event that supersedes it): the same
    content again is a duplicate, anything else is refused."""
    incoming = codec.record_hash("monitoring_event", checked.values, c.deleted, checked.texts)
    stored = existing["content_hash"] or codec.record_hash(
        "monitoring_event", existing, existing["deleted"], strict=False
    )
    if stored == incoming:
        return _result(c, "duplicate", version=existing["version"])
    return _reject(c, "forbidden", "监测环节记录不能修改或删除：更正请新增一条更正记录")


def _case_step(conn: Connection, b: Batch, c: Change, vals: dict[str, Any]) -> Result | None:
    """The case's answer for a new step (None: it may come next), and its 申请 signature."""
    if c.deleted:
        return _reject(c, "forbidden", "监测环节记录不能删除")
    sig = vals.get("signature")
    if sig and sig not in b.attachments:
        return _result(c, "retry", code="attachment_missing", reason="签字图片尚未上传")
    assert b.cases is not None
    why = case_steps.refusal(conn, b.cases, c.id, vals)
    return None if why is None else _reject(c, "forbidden", f"{vals['stage']}：{why}")


def _insert(b: Batch, c: Change, checked: codec.Checked) -> dict[str, Any]:
    """A new record's row, stamped and sealed (its JSON stored as the text it was hashed as)."""
    row = {
        **checked.values,
        "id": c.id,
        "version": 1,
        "deleted": c.deleted,
        "created_at": b.now,
        "updated_at": b.now,
        "updated_by": b.caller.device_id,
        "recorded_by": b.caller.username,
    }
    codec.seal(c.table, row, checked.texts)
    if checked.texts:
        b.texts[(c.table, c.id)] = checked.texts
    b.inserts.setdefault(c.table, []).append(row)
    return row


def _visit(
    b: Batch,
    c: Change,
    checked: codec.Checked,
    existing: dict[str, Any] | None,
    grid: str,
    hid: str | None,
) -> Result:
    vals = checked.values
    if existing is not None:
        incoming = codec.record_hash("visit", vals, c.deleted, checked.texts)
        stored = existing["content_hash"] or codec.record_hash(
            "visit", existing, existing["deleted"], strict=False
        )
        if stored == incoming:
            return _result(c, "duplicate", version=existing["version"])
        b.conflicts.append(
            {
                "kind": "visit",
                "table_name": "visit",
                "record_id": c.id,
                "field": None,
                "first_value": {**codec.encode("visit", existing), "deleted": existing["deleted"]},
                "second_value": {**codec.encode("visit", vals), "deleted": c.deleted},
                "first_by": existing["updated_by"],
                "second_by": b.caller.device_id,
                "detected_at": b.now,
                "resolved": False,
            }
        )
        return _result(
            c,
            "conflict",
            version=existing["version"],
            code="visit_conflict",
            reason="已完成的走访记录在服务器上内容不同：两份均已保存，等待县里核对",
        )
    sig = vals.get("signature")
    if sig and sig not in b.attachments:
        return _result(c, "retry", code="attachment_missing", reason="签名图片尚未上传")
    _insert(b, c, checked)
    _log(b, "visit", c.id, hid, grid, None)
    return _result(c, "applied", version=1)


def _base_snapshot(
    conn: Connection, b: Batch, c: Change, existing: dict[str, Any], current: dict[str, Any]
) -> tuple[dict[str, Any] | None, Result | None]:
    base = c.base_version
    if base == 0:  # a creation resent after its first send was applied but not acknowledged
        first = (
            _snapshot(conn, c.table, c.id, 1)
            if existing["version"] > 1
            else {"data": current, "by": existing["updated_by"]}
        )
        if first is None or _user_of(conn, first["by"]) != b.caller.username:
            return None, _reject(c, "forbidden", "记录编号已被其他用户使用")
        base = 1
    if base == existing["version"]:
        return current, None
    snap = _snapshot(conn, c.table, c.id, base)
    return (snap["data"] if snap else None), None


def _snapshot(conn: Connection, table: str, rid: str, version: int) -> dict[str, Any] | None:
    h = tb.history
    r = conn.execute(
        select(h.c.data, h.c.updated_by).where(
            h.c.table_name == table, h.c.record_id == rid, h.c.version == version
        )
    ).first()
    return None if r is None else {"data": r.data, "by": r.updated_by}


def _user_of(conn: Connection, device_id: str | None) -> str | None:
    d = tb.device
    return conn.execute(select(d.c.username).where(d.c.id == device_id)).scalar()


def _update(
    conn: Connection,
    b: Batch,
    c: Change,
    vals: dict[str, Any],
    existing: dict[str, Any],
    grid: str,
    hid: str | None,
) -> Result:
    if c.base_version > existing["version"]:
        return _reject(c, "invalid", "基础版本号大于服务器上的版本")
    current = {**codec.encode(c.table, existing), "deleted": existing["deleted"]}
    base, refusal = _base_snapshot(conn, b, c, existing, current)
    if refusal is not None:
        return refusal
    incoming = {**codec.encode(c.table, vals), "deleted": c.deleted}
    for name in incoming.keys() - c.fields.keys() - {"deleted"}:
        # a column the app does not know (an app from before it, protocol.LATER_COLUMNS): it
        # did not change it, so the stored value stays
        incoming[name] = (base if base is not None else current).get(name)
    merged, clashes = merge(base, current, incoming)
    values: dict[str, Any] | None = None
    if merged != current:
        deleted = bool(merged.pop("deleted"))
        try:  # (the fields kept from the server's record were stored by an earlier release)
            values = codec.decode(c.table, merged, limits=codec.STORED)
        except codec.FieldError as e:
            reason = f"服务器上的记录字段 {e.field} 无效：{e.reason}，请联系县管理员"
            return _reject(c, "invalid", reason)
    conflicts = [{"field": f, "server_value": sv, "device_value": dv} for f, sv, dv in clashes]
    if clashes and b.authors:  # who wrote the value this change replaces, and when
        by = _who(conn, b, existing)
        at = existing["updated_at"].replace(tzinfo=UTC).isoformat()
        conflicts = [{**c, "server_by": by, "server_at": at} for c in conflicts]
    for f, sv, dv in clashes:
        b.conflicts.append(
            {
                "kind": "field",
                "table_name": c.table,
                "record_id": c.id,
                "field": f,
                "first_value": sv,
                "second_value": dv,
                "first_by": existing["updated_by"],
                "second_by": b.caller.device_id,
                "detected_at": b.now,
                "resolved": False,
            }
        )
    if values is None:
        return _result(c, "applied", version=existing["version"], conflicts=conflicts)
    version = existing["version"] + 1
    b.history.append(
        {
            "table_name": c.table,
            "record_id": c.id,
            "version": existing["version"],
            "data": current,
            "updated_by": existing["updated_by"],
        }
    )
    row = {
        **values,
        "b_id": c.id,
        "version": version,
        "deleted": deleted,
        "updated_at": b.now,
        "updated_by": b.caller.device_id,
        "recorded_by": b.caller.username,
    }
    codec.seal(c.table, row)
    b.updates.setdefault(c.table, []).append(row)
    new_grid = row["grid_code"] if c.table == "household" else grid
    prev = existing["grid_code"] if c.table == "household" else None
    _log(b, c.table, c.id, hid, new_grid, prev if prev != new_grid else None)
    if c.table == "household" and prev != new_grid:
        b.grids[c.id] = new_grid
        _announce_children(conn, b, c.id, new_grid, prev)
    return _result(c, "applied", version=version, conflicts=conflicts)


def _who(conn: Connection, b: Batch, row: dict[str, Any]) -> str:
    """The name of the person whose change wrote ``row`` (名册导入 for a roster import)."""
    user = row.get("recorded_by") or _user_of(conn, row.get("updated_by"))
    if user is None:
        return "未知"
    if user == IMPORTED_BY:
        return "名册导入"
    if user not in b.names:
        u = tb.user
        name = conn.execute(select(u.c.display_name).where(u.c.username == user)).scalar()
        b.names[user] = str(name or user)
    return b.names[user]


def _announce_children(conn: Connection, b: Batch, hid: str, grid: str, prev: str | None) -> None:
    """A household moved grids: every record under it is logged again with its new grid."""
    for name in CHILD_TABLES:
        t = _table(name)
        for rid in conn.execute(select(t.c.id).where(t.c.household_id == hid)).scalars():
            _log(b, name, rid, hid, grid, prev)


def _log(b: Batch, table: str, rid: str, hid: str | None, grid: str, prev: str | None) -> None:
    b.log.append(
        {
            "table_name": table,
            "record_id": rid,
            "household_id": hid,
            "grid_code": grid,
            "prev_grid_code": prev,
        }
    )


def _write(conn: Connection, b: Batch) -> None:
    """Everything but the change log: none of it needs a change number."""
    for name in SYNCED_TABLES:
        if b.inserts.get(name):
            rows = b.inserts[name]
            if b.texts:  # the JSON as the canonical text it was checked and hashed as
                rows = [{**r, **b.texts.get((name, r["id"]), {})} for r in rows]
            bulk_insert(conn, _table(name), rows)
        if b.updates.get(name):
            t = _table(name)
            conn.execute(t.update().where(t.c.id == bindparam("b_id")), b.updates[name])
    if b.history:
        conn.execute(tb.history.insert(), b.history)
    if b.conflicts:
        conn.execute(tb.conflict.insert(), b.conflicts)
    if b.inserts.get("_results"):
        bulk_insert(conn, tb.push_result, b.inserts["_results"])
    points.written(conn, b.inserts)
    _derive(conn, b)


def _derive(conn: Connection, b: Batch) -> None:
    """The derived report tables, for every visit, household and member written."""
    hids = {r["id"] for r in b.inserts.get("household", ())}
    hids |= {r["b_id"] for r in b.updates.get("household", ())}
    hids |= {r["household_id"] for r in b.inserts.get("member", ())}
    hids |= {r["household_id"] for r in b.updates.get("member", ())}
    visits = b.inserts.get("visit", [])
    if not (visits or hids):
        return
    if conn.dialect.name == "postgresql":
        # Another batch deriving the same household's rows right now could not see ours, nor
        # we its: take turns, household by household (in one order: no deadlock), until commit.
        # Whoever comes second sees the first's rows committed and recomputes from there.
        conn.execute(
            text("SELECT pg_advisory_xact_lock(1, hashtext(h)) FROM unnest(CAST(:h AS text[])) h"),
            {"h": sorted(hids | {str(v["household_id"]) for v in visits})},
        )
    derived.record(conn, T.metadata.tables, visits, hids, fresh=True)
