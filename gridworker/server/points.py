"""What the push checks of 爱心超市 records beyond the permission table (one batch at a time).

- Only the village shop's designated device (the setting ``points_shop_device`` for the village,
  `gridworker-server points shop-device`) takes points or stock away: a redemption, a
  correction, a stock move. Awards and reviews, from any device of a role the permission table
  allows, only add (or, pending review, add nothing yet).
- Balances and stock never go negative: checked against the server's balances and stock levels
  plus what this batch has already taken.
- An entry's points agree with its items and its kind's sign; a review answers a pending award
  of the same household, once; a correction reverses one entry, once; an award waits for the
  review when the village's setting ``points_review_required`` says so.

The designated device only ever subtracts, and its pushes are serialised per device (an
advisory lock on PostgreSQL), while every other device only adds: what the shop's own balance
allowed, the server's allows too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, or_, select

from gridworker.checklist.settings import default_settings_records, resolve_settings
from gridworker.points import ledger
from gridworker.points.rules import REVIEW, SETTING, SHOP_DEVICE, RulesError, load_rules
from gridworker.regions import ancestors
from gridworker.server import tables as tb
from gridworker.server.auth import Caller
from gridworker.sql import one_of

T = tb.T
NOT_SHOP_DEVICE = "只有本村爱心超市登记的设备可以兑换、更正积分或出入库（本设备不是）"
NOT_CALLER = "记录人必须是登录的本人"
FORBIDDEN = frozenset({NOT_SHOP_DEVICE, NOT_CALLER})  # refused as ``forbidden``; else ``invalid``


@dataclass
class Context:
    settings: list[dict[str, Any]]
    balances: dict[str, int]
    levels: dict[str, int]
    items: dict[str, dict[str, Any]]  # shop items named (server's, then this batch's)
    refs: dict[str, dict[str, Any]]  # entries a review or correction names
    answered: set[str]  # entries already reviewed or corrected
    households: dict[str, Any] = field(default_factory=dict)  # id -> (number, head_name)
    conn: Connection | None = None
    # a household's awarded points per rule item in a month (the server's, then this batch's)
    earned: dict[tuple[str, int, int], dict[str, int]] = field(default_factory=dict)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # counted entries


def load(conn: Connection, valid: list[tuple[Any, dict[str, Any]]]) -> Context | None:
    """What the batch's points records need from the database (None: it has none)."""
    entries = [v for c, v in valid if c.table == "points_entry"]
    moves = [v for c, v in valid if c.table == "stock_move"]
    items = [(c.id, v) for c, v in valid if c.table == "shop_item"]
    if not (entries or moves or items):
        return None
    s = T.setting
    rows = conn.execute(
        select(s.c.key, s.c.value, s.c.year, s.c.region).where(
            s.c.key.in_((SHOP_DEVICE, REVIEW, SETTING))
        )
    ).mappings()
    settings = default_settings_records() + [dict(r) for r in rows]
    hids = {v["household_id"] for v in entries}
    item_ids = {v["item_id"] for v in moves}
    e = T.points_entry
    refs: dict[str, dict[str, Any]] = {}
    answered: set[str] = set()
    ref_ids = {v["ref_id"] for v in entries if v.get("ref_id")}
    if ref_ids:
        q = select(e).where(or_(one_of(conn, e.c.id, ref_ids), one_of(conn, e.c.ref_id, ref_ids)))
        for r in conn.execute(q).mappings():
            if r["id"] in ref_ids:
                refs[r["id"]] = dict(r)
            if r["ref_id"] in ref_ids and r["kind"] != "award":
                answered.add(r["ref_id"])
    si = T.shop_item
    known: dict[str, dict[str, Any]] = {}
    if item_ids:
        q2 = select(si).where(one_of(conn, si.c.id, item_ids))
        known = {r["id"]: dict(r) for r in conn.execute(q2).mappings()}
    h = T.household
    households = {}
    if hids:
        q3 = select(h.c.id, h.c.number, h.c.head_name).where(one_of(conn, h.c.id, hids))
        households = {r.id: r for r in conn.execute(q3)}
    history = {
        v["household_id"]: ledger.counted_entries(conn, T, v["household_id"])
        for v in entries
        if v["kind"] == "expire"
    }
    return Context(
        settings,
        ledger.balances(conn, T, hids),
        ledger.stock_levels(conn, T, item_ids),
        {**known, **{i: v for i, v in items}},
        refs,
        answered,
        households,
        conn,
        history=history,
    )


def _setting(ctx: Context, key: str, region: str, on: date) -> Any:
    return resolve_settings(ctx.settings, on.year, ancestors(region)).get(key)


def _shop_device(ctx: Context, caller: Caller, region: str, on: date) -> str | None:
    if caller.device_id == _setting(ctx, SHOP_DEVICE, region[:12], on):
        return None
    return NOT_SHOP_DEVICE


def check(
    ctx: Context, caller: Caller, table: str, rid: str, vals: dict[str, Any], grid: str
) -> str | None:
    """The Chinese reason this record is refused, or None; an accepted record is counted into
    the batch's running balances and stock."""
    if table == "shop_item":
        if vals["price"] < 1:
            return "物品的兑换积分应至少为 1"
        if vals["value"] < 0:
            return "物品价值不能为负"
        ctx.items[rid] = vals
        return None
    if vals["worker"] != caller.username:
        return NOT_CALLER
    vals["worker_name"] = caller.display_name or caller.username
    if table == "stock_move":
        return _move(ctx, caller, vals)
    return _entry(ctx, caller, rid, vals, grid)


def _entry(ctx: Context, caller: Caller, rid: str, vals: dict[str, Any], grid: str) -> str | None:
    kind, points, hid = vals["kind"], vals["points"], vals["household_id"]
    items = vals.get("items") or []
    if kind in ("award", "approve", "reject") and points < 0:
        return "积分和评议只能加分"
    if kind == "award":
        if not isinstance(items, list) or not items:
            return "积分记录应列出所评项目"
        try:
            total = sum(int(it["points"]) for it in items)
        except (KeyError, TypeError, ValueError):
            return "积分项目格式不正确"
        if total != points:
            return f"积分合计 {points} 与各项之和 {total} 不符"
        if not (vals.get("confirmed_by") or "").strip():
            return "积分应有本户的确认人"
        if _setting(ctx, REVIEW, grid, vals["entry_date"]) and not vals["pending"]:
            return "本村的积分须经村级评议后才计入：积分记录应为待评议"
        refused = _by_the_rules(ctx, caller, hid, vals, grid)
        if refused:
            return refused
    elif vals["pending"]:
        return "只有积分记录可以待评议"
    if kind in ("approve", "reject", "correction"):
        ref = ctx.refs.get(vals.get("ref_id") or "")
        if ref is None or ref["household_id"] != hid:
            return "所评议或更正的积分记录不存在（或不属于此户）"
        if vals["ref_id"] in ctx.answered:
            return "此积分记录已评议或更正过"
        if kind in ("approve", "reject") and not (ref["kind"] == "award" and ref["pending"]):
            return "只有待评议的积分记录可以评议"
        if kind == "approve" and points != ref["points"]:
            return "评议通过的分数应与原积分记录相同"
        if kind == "reject" and points != 0:
            return "评议不通过不计分"
        if kind == "correction" and points != -ref["points"]:
            return "更正应冲销原记录的全部分数"
        if kind == "correction" and ref["kind"] == "award" and ref["pending"]:
            return "待评议的积分记录由评议处理，不需更正"
    if kind == "expire":
        refused = _expiry(ctx, hid, vals, grid)
        if refused:
            return refused
    if kind == "redeem":
        if points >= 0:
            return "兑换应扣减积分"
        try:
            lines = [(int(it["quantity"]), int(it["price"])) for it in items]
        except (KeyError, TypeError, ValueError):
            return "兑换物品格式不正确"
        if not lines or any(q <= 0 or p <= 0 for q, p in lines):
            return "兑换物品的数量和积分应大于 0"
        cost = sum(q * p for q, p in lines)
        if cost != -points:
            return f"兑换扣减 {-points} 分与物品合计 {cost} 分不符"
    if points < 0 or kind in ("redeem", "correction", "expire"):
        refused = _shop_device(ctx, caller, grid, vals["entry_date"])
        if refused:
            return refused
        have = ctx.balances.get(hid, 0)
        if have + points < 0:
            return f"积分不足：此户余额 {have} 分，需要 {-points} 分"
    ctx.balances[hid] = ctx.balances.get(hid, 0) + ledger.entry_delta(vals)
    if hid in ctx.history and ledger.entry_delta(vals):
        ctx.history[hid].append({"entry_date": vals["entry_date"], "points": vals["points"]})
    if vals.get("ref_id"):
        ctx.answered.add(vals["ref_id"])
    if kind == "award":
        ctx.refs[rid] = {**vals, "id": rid}
    h = ctx.households.get(hid)
    if h is not None:  # the shop's names and 户编号 are the server's, whatever the body says
        vals["household_number"], vals["household_name"] = h.number, h.head_name
    return None


def _by_the_rules(
    ctx: Context, caller: Caller, hid: str, vals: dict[str, Any], grid: str
) -> str | None:
    """An award under the rule set in force for the household (the version it names): each
    item exists, the caller's role may score it, its points are the item's (or its level's),
    and the month's cap per item holds. An award under another version (a device that has not
    synced since the county published a new one) is checked for its sum only."""
    on: date = vals["entry_date"]
    raw = _setting(ctx, SETTING, grid, on)
    if raw is None or raw.get("version") != vals.get("rules_version"):
        return None
    try:
        rules = load_rules(raw)
    except RulesError:
        return None
    key = (hid, on.year, on.month)
    if key not in ctx.earned:
        ctx.earned[key] = _month_items(ctx, hid, on)
    earned = dict(ctx.earned[key])
    for it in vals["items"]:
        try:
            item = rules.item(str(it.get("item")))
        except RulesError as e:
            return str(e)
        if caller.role not in item.roles:
            return f"您的角色不能评“{item.name}”的积分"
        allowed = {item.points} if item.points is not None else {lv.points for lv in item.levels}
        if it.get("points") not in allowed:
            return f"“{item.name}”的分值不符合积分细则 {rules.version}"
        earned[item.id] = earned.get(item.id, 0) + int(it["points"])
        if item.cap is not None and earned[item.id] > item.cap:
            return f"“{item.name}”本月最多 {item.cap} 分"
    ctx.earned[key] = earned
    return None


def _expiry(ctx: Context, hid: str, vals: dict[str, Any], grid: str) -> str | None:
    """An expiry takes no more than the household's points gained before the rules' expiry
    and unspent since (the server's ledger and this batch so far)."""
    on: date = vals["entry_date"]
    raw = _setting(ctx, SETTING, grid, on)
    months = None if raw is None else raw.get("expiry_months")
    if months is None:
        return "积分细则规定积分不过期"
    most = ledger.expirable(ctx.history[hid], ledger.months_before(on, int(months)))
    if vals["points"] >= 0 or -vals["points"] > most:
        return f"过期积分不能超过 {most} 分（{months} 个月以前所得、未兑换的）"
    return None


def _month_items(ctx: Context, hid: str, on: date) -> dict[str, int]:
    """The household's awards this month on the server, per item (rejected and corrected ones
    left out)."""
    assert ctx.conn is not None
    e = T.points_entry
    first = on.replace(day=1)
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    rows = list(
        ctx.conn.execute(
            select(e.c.id, e.c.kind, e.c.ref_id, e.c["items"]).where(
                e.c.household_id == hid, e.c.entry_date >= first, e.c.entry_date < nxt
            )
        )
    )
    gone = {r.ref_id for r in rows if r.kind in ("reject", "correction")}
    out: dict[str, int] = {}
    for r in rows:
        if r.kind == "award" and r.id not in gone:
            for it in r.items or ():
                out[str(it.get("item"))] = out.get(str(it.get("item")), 0) + int(it["points"])
    return out


def _move(ctx: Context, caller: Caller, vals: dict[str, Any]) -> str | None:
    item = ctx.items.get(vals["item_id"])
    if item is None or item["village_code"] != vals["village_code"]:
        return "物品不存在（或不属于本村爱心超市）"
    refused = _shop_device(ctx, caller, vals["village_code"], vals["move_date"])
    if refused:
        return refused
    kind, qty = vals["kind"], vals["quantity"]
    if kind in ("donation", "purchase") and qty <= 0:
        return "入库数量应大于 0"
    if kind == "redeem" and (qty >= 0 or not vals.get("entry_id")):
        return "兑换出库应减少库存并注明兑换记录"
    have = ctx.levels.get(vals["item_id"], 0)
    if kind == "count":
        counted = vals.get("counted")
        if counted is None or counted < 0 or counted != have + qty:
            return f"盘点数与库存不符：账面 {have}，盘点差额应为盘点数减账面数"
        if qty != 0 and not (vals.get("reason") or "").strip():
            return "盘点有差异时应说明原因"
    if have + qty < 0:
        return f"库存不足：“{item['name']}”只有 {have}{item.get('unit') or ''}"
    ctx.levels[vals["item_id"]] = have + qty
    return None


def written(conn: Connection, inserts: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """The balances and stock levels of what the batch wrote."""
    if inserts.get("points_entry"):
        ledger.add_balances(conn, T, inserts["points_entry"])
    if inserts.get("stock_move"):
        ledger.add_stock(conn, T, inserts["stock_move"])
