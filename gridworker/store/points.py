"""爱心超市 on the device: awarding points, the village review, the shop's redemptions and
stock (donations, purchases, inventory counts). Every write goes through `store.records`; the
balances and stock levels follow by trigger (migration 0007).

The device refuses what the server would: a redemption, a correction or a stock move anywhere
but on the village shop's designated device (the setting ``points_shop_device``, offline too:
settings are on the device since its last sync), a balance or stock below zero, an award past
its item's monthly cap. Messages are Chinese (`PointsRefused`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, func, select

from gridworker.points import ledger
from gridworker.points.rules import REVIEW, SHOP_DEVICE, Pick, Rules, RulesError, score
from gridworker.store import records
from gridworker.store.errors import StoreError
from gridworker.store.settings import settings_for
from gridworker.store.store import TABLES


class PointsRefused(StoreError):
    default = "积分操作未完成"


@dataclass(frozen=True)
class Who:
    """Who writes: the signed-in user and this device (its id from enrolment)."""

    username: str
    display_name: str
    role: str
    device_id: str | None


def _household(conn: Connection, household_id: str) -> dict[str, Any]:
    """(number, head name, grid) of a household, from the roster or — on the shop's device,
    which holds no roster — from the household's ledger entries."""
    h = TABLES.household
    row = conn.execute(
        select(h.c.number, h.c.head_name, h.c.grid_code).where(h.c.id == household_id)
    ).first()
    if row is not None:
        return {"number": row.number, "name": row.head_name, "grid": row.grid_code}
    e = TABLES.points_entry
    known = conn.execute(
        select(e.c.household_number, e.c.household_name)
        .where(e.c.household_id == household_id)
        .order_by(e.c.created_at.desc())
        .limit(1)
    ).first()
    if known is None:
        raise PointsRefused("找不到此户")
    return {"number": known.household_number, "name": known.household_name, "grid": None}


def shop_device(conn: Connection, village_code: str, on: date) -> str | None:
    """The device id the county registered as the village shop's, or None."""
    value = settings_for(conn, village_code, on).get(SHOP_DEVICE)
    return None if value is None else str(value)


def require_shop_device(conn: Connection, who: Who, village_code: str, on: date) -> None:
    if who.device_id is None or shop_device(conn, village_code, on) != who.device_id:
        raise PointsRefused(
            "本设备不是本村爱心超市登记的兑换设备：兑换、更正积分和出入库只能在超市的电脑上办理"
        )


def month_earned(conn: Connection, household_id: str, on: date) -> dict[str, int]:
    """The household's awarded points per rule item in ``on``'s month (pending ones too)."""
    e = TABLES.points_entry
    first = on.replace(day=1)
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    rows = conn.execute(
        select(e.c.id, e.c["items"]).where(
            e.c.household_id == household_id,
            e.c.kind == "award",
            e.c.deleted.is_(False),
            e.c.entry_date >= first,
            e.c.entry_date < nxt,
        )
    )
    gone = _answered(conn, household_id, "reject") | _answered(conn, household_id, "correction")
    out: dict[str, int] = {}
    for rid, items in rows:
        if rid in gone:
            continue
        for it in items or ():
            out[str(it["item"])] = out.get(str(it["item"]), 0) + int(it["points"])
    return out


def _answered(conn: Connection, household_id: str, kind: str) -> set[str]:
    e = TABLES.points_entry
    return set(
        conn.execute(
            select(e.c.ref_id).where(e.c.household_id == household_id, e.c.kind == kind)
        ).scalars()
    )


def award(
    conn: Connection,
    who: Who,
    rules: Rules,
    household_id: str,
    picks: Sequence[Pick],
    on: date,
    *,
    confirmed_by: str | None = None,
    visit_id: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """One award (a ledger entry); pending the village review when the setting says so."""
    hh = _household(conn, household_id)
    if not (confirmed_by or "").strip():
        raise PointsRefused("请由户主或家庭成员确认本次积分")
    try:
        items, total = score(rules, picks, who.role, month_earned(conn, household_id, on))
    except RulesError as e:
        raise PointsRefused(str(e)) from None
    review = bool(hh["grid"] and settings_for(conn, hh["grid"], on).get(REVIEW))
    return records.insert(
        conn,
        TABLES.points_entry,
        {
            "household_id": household_id,
            "household_number": hh["number"],
            "household_name": hh["name"],
            "kind": "award",
            "entry_date": on,
            "points": total,
            "pending": review,
            "rules_version": rules.version,
            "items": items,
            "visit_id": visit_id,
            "confirmed_by": confirmed_by,
            "worker": who.username,
            "worker_name": who.display_name,
            "note": note,
        },
    )


def pending_awards(conn: Connection, grid_prefix: str, month: date) -> list[dict[str, Any]]:
    """The month's awards still waiting for the village review, in households under
    ``grid_prefix``."""
    e, h = TABLES.points_entry, TABLES.household
    first = month.replace(day=1)
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    answered = select(TABLES.points_entry.c.ref_id).where(
        TABLES.points_entry.c.kind.in_(("approve", "reject", "correction")),
        TABLES.points_entry.c.ref_id.is_not(None),
    )
    q = (
        select(e)
        .join(h, h.c.id == e.c.household_id)
        .where(
            e.c.kind == "award",
            e.c.pending.is_(True),
            e.c.deleted.is_(False),
            e.c.entry_date >= first,
            e.c.entry_date < nxt,
            h.c.grid_code.startswith(grid_prefix),
            e.c.id.not_in(answered),
        )
        .order_by(e.c.household_number, e.c.entry_date)
    )
    return [dict(r) for r in conn.execute(q).mappings()]


def review(
    conn: Connection, who: Who, award_ids: Sequence[str], approve: bool, on: date
) -> list[str]:
    """The village review of pending awards: each approved one counts from now (an ``approve``
    entry carrying its points), a rejected one never does. Returns the new entries' ids."""
    e = TABLES.points_entry
    out: list[str] = []
    for aid in award_ids:
        a = conn.execute(select(e).where(e.c.id == aid)).mappings().first()
        if a is None or a["kind"] != "award" or not a["pending"]:
            raise PointsRefused("只有待评议的积分记录可以评议")
        if aid in _answered(conn, a["household_id"], "approve") | _answered(
            conn, a["household_id"], "reject"
        ):
            raise PointsRefused(f"{a['household_name']} 的这条积分已评议过")
        row = records.insert(
            conn,
            e,
            {
                "household_id": a["household_id"],
                "household_number": a["household_number"],
                "household_name": a["household_name"],
                "kind": "approve" if approve else "reject",
                "entry_date": on,
                "points": a["points"] if approve else 0,
                "pending": False,
                "rules_version": a["rules_version"],
                "items": [],
                "ref_id": aid,
                "worker": who.username,
                "worker_name": who.display_name,
            },
        )
        out.append(row["id"])
    return out


def _village_of(conn: Connection, household_id: str) -> str | None:
    """The village of a household: from the roster, else from the shop's items it used."""
    hh = _household(conn, household_id)
    return hh["grid"][:12] if hh["grid"] else None


def correct(conn: Connection, who: Who, village_code: str, entry_id: str, on: date) -> str:
    """A reversing entry for one counted entry (on the shop's device only: it may take points
    away). The balance may not go below zero."""
    require_shop_device(conn, who, village_code, on)
    e = TABLES.points_entry
    a = conn.execute(select(e).where(e.c.id == entry_id)).mappings().first()
    if a is None or a["pending"] or a["kind"] in ("reject", "correction"):
        raise PointsRefused("这条记录不能更正")
    if entry_id in _answered(conn, a["household_id"], "correction"):
        raise PointsRefused("这条记录已更正过")
    have = ledger.balance(conn, TABLES, a["household_id"])
    if have - a["points"] < 0:
        raise PointsRefused(f"积分不足，不能更正：此户余额 {have} 分，更正需扣 {a['points']} 分")
    row = records.insert(
        conn,
        e,
        {
            **{k: a[k] for k in ("household_id", "household_number", "household_name")},
            "kind": "correction",
            "entry_date": on,
            "points": -a["points"],
            "pending": False,
            "items": [],
            "ref_id": entry_id,
            "worker": who.username,
            "worker_name": who.display_name,
        },
    )
    return str(row["id"])


# --- the shop --------------------------------------------------------------------------------


def items(conn: Connection, village_code: str) -> list[dict[str, Any]]:
    """The shop's goods with their stock, by name."""
    i, s = TABLES.shop_item, TABLES.metadata.tables["stock_level"]
    q = (
        select(i, func.coalesce(s.c.quantity, 0).label("stock"))
        .outerjoin(s, s.c.item_id == i.c.id)
        .where(i.c.village_code == village_code, i.c.deleted.is_(False))
        .order_by(i.c.price, i.c.name)
    )
    return [dict(r) for r in conn.execute(q).mappings()]


def save_item(
    conn: Connection,
    village_code: str,
    name: str,
    price: int,
    value: float,
    unit: str = "件",
    item_id: str | None = None,
) -> str:
    name = name.strip()
    if not name:
        raise PointsRefused("请填写物品名称")
    if price < 1:
        raise PointsRefused("兑换积分应至少为 1 分")
    if value < 0:
        raise PointsRefused("物品价值不能为负")
    values = {
        "village_code": village_code,
        "name": name,
        "unit": unit or "件",
        "price": price,
        "value": float(value),
        "active": True,
    }
    if item_id is None:
        return str(records.insert(conn, TABLES.shop_item, values)["id"])
    records.update(conn, TABLES.shop_item, item_id, values)
    return item_id


def _item(conn: Connection, village_code: str, item_id: str) -> dict[str, Any]:
    i = TABLES.shop_item
    row = (
        conn.execute(select(i).where(i.c.id == item_id, i.c.village_code == village_code))
        .mappings()
        .first()
    )
    if row is None:
        raise PointsRefused("本村爱心超市没有此物品")
    return dict(row)


def _move(conn: Connection, who: Who, village: str, item_id: str, **values: Any) -> str:
    row = records.insert(
        conn,
        TABLES.stock_move,
        {
            "village_code": village,
            "item_id": item_id,
            "worker": who.username,
            "worker_name": who.display_name,
            **values,
        },
    )
    return str(row["id"])


def stock_in(
    conn: Connection,
    who: Who,
    village_code: str,
    item_id: str,
    quantity: int,
    on: date,
    *,
    donor: str | None = None,
    value: float | None = None,
) -> str:
    """A donation (``donor`` given: who gave it) or a purchase, into stock."""
    require_shop_device(conn, who, village_code, on)
    item = _item(conn, village_code, item_id)
    if quantity <= 0:
        raise PointsRefused("入库数量应大于 0")
    if value is None:
        value = quantity * float(item["value"])
    if value < 0:
        raise PointsRefused("价值不能为负")
    kind = "donation" if (donor or "").strip() else "purchase"
    return _move(
        conn,
        who,
        village_code,
        item_id,
        kind=kind,
        move_date=on,
        quantity=quantity,
        value=value,
        donor=(donor or "").strip() or None,
    )


def count(
    conn: Connection,
    who: Who,
    village_code: str,
    counted: dict[str, int],
    reasons: dict[str, str],
    on: date,
) -> list[str]:
    """An inventory count: for each item counted, a move of the difference (with its reason
    when there is one). Returns the moves written (items that agree get a zero move: counted)."""
    require_shop_device(conn, who, village_code, on)
    levels = ledger.stock_levels(conn, TABLES, counted)
    missing = [
        _item(conn, village_code, i)["name"]
        for i, n in counted.items()
        if n != levels[i] and not (reasons.get(i) or "").strip()
    ]
    if any(n < 0 for n in counted.values()):
        raise PointsRefused("盘点数量不能为负")
    if missing:
        raise PointsRefused(f"盘点有差异，请说明原因：{'、'.join(missing)}")
    return [
        _move(
            conn,
            who,
            village_code,
            i,
            kind="count",
            move_date=on,
            quantity=n - levels[i],
            counted=n,
            reason=(reasons.get(i) or "").strip() or None,
        )
        for i, n in counted.items()
    ]


def redeem(
    conn: Connection,
    who: Who,
    village_code: str,
    household_id: str,
    lines: Sequence[tuple[str, int]],
    on: date,
) -> dict[str, Any]:
    """A redemption at the shop: goods out of stock, their points off the household's balance,
    one ledger entry and one stock move per line, in this one transaction. Refused — nothing
    written — on any device but the shop's, or when points or stock fall short."""
    require_shop_device(conn, who, village_code, on)
    hh = _household(conn, household_id)
    wanted = [(i, q) for i, q in lines if q]
    if not wanted or any(q < 0 for _, q in wanted):
        raise PointsRefused("请选择要兑换的物品和数量")
    goods = {i: _item(conn, village_code, i) for i, _ in wanted}
    levels = ledger.stock_levels(conn, TABLES, goods)
    need: dict[str, int] = {}
    for i, q in wanted:
        need[i] = need.get(i, 0) + q
    for i, q in need.items():
        if levels[i] < q:
            g = goods[i]
            raise PointsRefused(
                f"库存不足：“{g['name']}”只有 {levels[i]}{g['unit']}，要兑换 {q}{g['unit']}"
            )
    cost = sum(goods[i]["price"] * q for i, q in wanted)
    have = ledger.balance(conn, TABLES, household_id)
    if have < cost:
        raise PointsRefused(f"积分不足：{hh['name']} 家余额 {have} 分，兑换需要 {cost} 分")
    entry = records.insert(
        conn,
        TABLES.points_entry,
        {
            "household_id": household_id,
            "household_number": hh["number"],
            "household_name": hh["name"],
            "kind": "redeem",
            "entry_date": on,
            "points": -cost,
            "pending": False,
            "items": [
                {
                    "item_id": i,
                    "name": goods[i]["name"],
                    "unit": goods[i]["unit"],
                    "quantity": q,
                    "price": goods[i]["price"],
                }
                for i, q in wanted
            ],
            "worker": who.username,
            "worker_name": who.display_name,
        },
    )
    for i, q in wanted:
        _move(
            conn,
            who,
            village_code,
            i,
            kind="redeem",
            move_date=on,
            quantity=-q,
            entry_id=entry["id"],
        )
    return {**entry, "balance": have - cost}


def households(conn: Connection, query: str = "") -> list[dict[str, Any]]:
    """Households the shop knows (from the ledger: 户编号, head, balance), matching ``query``
    in the number or the name; for the shop's redeem screen."""
    e = TABLES.points_entry
    b = TABLES.metadata.tables["points_balance"]
    latest = (
        select(
            e.c.household_id,
            func.max(e.c.household_number).label("number"),
            func.max(e.c.household_name).label("name"),
        )
        .group_by(e.c.household_id)
        .subquery()
    )
    q = select(
        latest.c.household_id,
        latest.c.number,
        latest.c.name,
        func.coalesce(b.c.balance, 0).label("balance"),
    ).outerjoin(b, b.c.household_id == latest.c.household_id)
    if query.strip():
        like = f"%{query.strip()}%"
        q = q.where(and_(latest.c.number.like(like) | latest.c.name.like(like)))
    return [dict(r) for r in conn.execute(q.order_by(latest.c.number)).mappings()]


def history(conn: Connection, household_id: str) -> list[dict[str, Any]]:
    e = TABLES.points_entry
    q = select(e).where(e.c.household_id == household_id).order_by(e.c.entry_date, e.c.created_at)
    return [dict(r) for r in conn.execute(q).mappings()]


@dataclass(frozen=True)
class AwardContext:
    """What the 积分 section shows for a household: the rule set in force (None: none
    published), the household, its balance and what it earned this month per item."""

    rules: Rules | None
    number: str
    name: str
    balance: int
    earned: dict[str, int]
    review: bool
    members: list[tuple[str, str]]  # (id, name) of the household's live members


def award_context(conn: Connection, household_id: str, on: date) -> AwardContext:
    from gridworker.points.rules import rules_in_force

    hh = _household(conn, household_id)
    settings = settings_for(conn, hh["grid"], on) if hh["grid"] else {}
    try:
        rules = rules_in_force(settings)
    except RulesError:
        rules = None
    m = TABLES.member
    members = [
        (str(r.id), str(r.name or ""))
        for r in conn.execute(
            select(m.c.id, m.c.name).where(m.c.household_id == household_id, m.c.deleted.is_(False))
        )
    ]
    return AwardContext(
        rules,
        hh["number"],
        hh["name"],
        ledger.balance(conn, TABLES, household_id),
        month_earned(conn, household_id, on),
        bool(settings.get(REVIEW)),
        members,
    )


def expire(conn: Connection, who: Who, village_code: str, on: date) -> list[dict[str, Any]]:
    """Points left unspent past the rules' ``expiry_months`` (none when the rules say null):
    one ``expire`` entry per household that has some, on the shop's computer (it takes points
    away). Returns the entries written."""
    from gridworker.points.rules import rules_in_force

    require_shop_device(conn, who, village_code, on)
    try:
        rules = rules_in_force(settings_for(conn, village_code, on))
    except RulesError:
        rules = None
    if rules is None or rules.expiry_months is None:
        raise PointsRefused("本村的积分细则规定积分不过期")
    cutoff = ledger.months_before(on, rules.expiry_months)
    out = []
    for h in households(conn):
        gone = ledger.expirable(ledger.counted_entries(conn, TABLES, h["household_id"]), cutoff)
        if gone:
            out.append(
                records.insert(
                    conn,
                    TABLES.points_entry,
                    {
                        "household_id": h["household_id"],
                        "household_number": h["number"],
                        "household_name": h["name"],
                        "kind": "expire",
                        "entry_date": on,
                        "points": -gone,
                        "pending": False,
                        "rules_version": rules.version,
                        "items": [],
                        "worker": who.username,
                        "worker_name": who.display_name,
                        "note": f"{cutoff} 以前所得、未兑换的积分过期",
                    },
                )
            )
    return out
