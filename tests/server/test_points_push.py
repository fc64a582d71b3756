"""What the server refuses of 爱心超市 records whatever a client sends (issue 19): roles through
the permission table, points and stock only taken on the shop's registered device, never below
zero, sums that agree, a review or a correction once, the recorder the caller; the rule set is
checked before it is published."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gridworker.points import ledger
from gridworker.server import admin
from gridworker.server import tables as tb

from tests.server.fixtures import GRID_A, PASSWORD, Live, seed
from tests.server.test_wire_validation import Device

VILLAGE = GRID_A[:12]
RULES = Path(__file__).parents[2] / "resources" / "points" / "rules-2026.json"


def entry(hid: str, worker: str, kind: str = "award", points: int = 3, **kw: Any) -> dict[str, Any]:
    return {
        "household_id": hid,
        "member_id": None,
        "household_number": "伪造",
        "household_name": "伪造",
        "kind": kind,
        "entry_date": "2026-11-20",
        "points": points,
        "pending": False,
        "rules_version": "2026.1",
        "items": [{"item": "bedroom", "level": "好", "points": points}] if kind == "award" else [],
        "ref_id": None,
        "visit_id": None,
        "confirmed_by": "户主",
        "worker": worker,
        "worker_name": "随便",
        "note": None,
        **kw,
    }


def move(item: str, worker: str, kind: str, quantity: int, **kw: Any) -> dict[str, Any]:
    return {
        "village_code": VILLAGE,
        "item_id": item,
        "kind": kind,
        "move_date": "2026-11-20",
        "quantity": quantity,
        "counted": None,
        "value": None,
        "donor": None,
        "entry_id": None,
        "reason": None,
        "worker": worker,
        "worker_name": "",
        **kw,
    }


def statuses(results: list[dict[str, Any]]) -> list[str]:
    return [r["status"] if r["status"] != "rejected" else r["code"] for r in results]


def test_the_server_enforces_the_shop_rules(live: Live) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    admin.add_user(live.engine, "cun", PASSWORD, "village", VILLAGE, "村干部")
    admin.add_user(live.engine, "shop", PASSWORD, "shop", VILLAGE, "超市")
    admin.add_user(live.engine, "shop2", PASSWORD, "shop", VILLAGE, "超市备用机")
    gw, cun, shop, spare = (Device(live, u) for u in ("gw_a", "cun", "shop", "shop2"))
    with pytest.raises(admin.AdminError, match="不是村"):
        admin.register_shop_device(live.engine, gw.id, VILLAGE)
    admin.register_shop_device(live.engine, shop.id, VILLAGE)

    # roles: a grid worker awards; it may not redeem or review; the shop may not award
    award = gw.change("points_entry", entry(hid, "gw_a"))
    r = gw.push(
        [
            award,
            gw.change("points_entry", entry(hid, "gw_a", "redeem", -1)),
            gw.change(  # the items say 3
                "points_entry",
                entry(hid, "gw_a", points=4, items=[{"item": "bedroom", "points": 3}]),
            ),
            gw.change("points_entry", entry(hid, "gw_b")),  # someone else's name
            gw.change("points_entry", entry(hid, "gw_a", points=-3)),
        ]
    )
    assert statuses(r) == ["applied", "forbidden", "invalid", "forbidden", "invalid"]
    assert shop.push([shop.change("points_entry", entry(hid, "shop"))])[0]["code"] == "forbidden"
    with live.engine.connect() as conn:
        row = conn.execute(tb.T.points_entry.select()).mappings().one()
        assert (row["household_number"], row["worker_name"]) == (f"{GRID_A}001", "gw_a")
        assert ledger.balance(conn, tb.T, hid) == 3

    # the shop: an item, stock in only on the registered computer, never below zero
    item = shop.change(
        "shop_item",
        {
            "village_code": VILLAGE,
            "name": "毛巾",
            "unit": "条",
            "price": 1,
            "value": 1.0,
            "active": True,
        },
    )
    r = shop.push(
        [
            item,
            shop.change("stock_move", move(item["id"], "shop", "donation", 5, donor="张三")),
            shop.change("stock_move", move(item["id"], "shop", "redeem", -6, entry_id=hid)),
            shop.change("stock_move", move(item["id"], "shop", "count", -1, counted=3)),
            shop.change("stock_move", move(item["id"], "shop", "count", -1, counted=4)),
        ]
    )
    assert statuses(r) == ["applied", "applied", "invalid", "invalid", "invalid"]
    assert "库存不足" in r[2]["reason"] and "原因" in r[4]["reason"]
    r = spare.push([spare.change("stock_move", move(item["id"], "shop2", "donation", 1))])
    assert statuses(r) == ["forbidden"] and "登记的设备" in r[0]["reason"]

    # redemptions: the registered device only, the balance never below zero, sums that agree
    def redeem(dev: Device, user: str, n: int, points: int | None = None) -> dict[str, Any]:
        items = [{"item_id": item["id"], "name": "毛巾", "quantity": n, "price": 1}]
        cost = -n if points is None else points
        return dev.change("points_entry", entry(hid, user, "redeem", cost, items=items))

    r = spare.push([redeem(spare, "shop2", 1)])
    assert statuses(r) == ["forbidden"]
    r = shop.push([redeem(shop, "shop", 2), redeem(shop, "shop", 2), redeem(shop, "shop", 1, -2)])
    assert statuses(r) == ["applied", "invalid", "invalid"]
    assert "积分不足" in r[1]["reason"] and "不符" in r[2]["reason"]

    # the village review: once per award, the award's points; reviewing a counted award fails
    admin.set_setting(live.engine, "points_review_required", True, region=VILLAGE)
    r = gw.push(
        [
            gw.change("points_entry", entry(hid, "gw_a")),  # not pending: refused
            pend := gw.change("points_entry", entry(hid, "gw_a", pending=True)),
        ]
    )
    assert statuses(r) == ["invalid", "applied"]
    r = cun.push(
        [
            cun.change("points_entry", entry(hid, "cun", "approve", 3, ref_id=award["id"])),
            cun.change("points_entry", entry(hid, "cun", "approve", 5, ref_id=pend["id"])),
            cun.change("points_entry", entry(hid, "cun", "approve", 3, ref_id=pend["id"])),
            cun.change("points_entry", entry(hid, "cun", "reject", 0, ref_id=pend["id"])),
        ]
    )
    assert statuses(r) == ["invalid", "invalid", "applied", "invalid"]
    # a correction reverses one entry once, on the shop's computer
    fix = entry(hid, "shop", "correction", -3, ref_id=award["id"])
    r = shop.push([shop.change("points_entry", fix), shop.change("points_entry", fix)])
    assert statuses(r) == ["applied", "invalid"]
    with live.engine.connect() as conn:
        assert ledger.mismatches(conn, tb.T) == []
        assert ledger.balance(conn, tb.T, hid) == 3 - 2 + 3 - 3
        assert ledger.stock_levels(conn, tb.T, [item["id"]]) == {item["id"]: 5}


def test_a_rule_set_is_checked_before_it_is_published(live: Live, tmp_path: Path) -> None:
    assert admin.publish_points_rules(live.engine, RULES) == "2026.1"
    assert admin.publish_points_rules(live.engine, RULES, region=VILLAGE) == "2026.1"  # same
    raw = json.loads(RULES.read_text(encoding="utf-8"))
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({**raw, "items": [{"id": "x", "name": "无分值", "roles": ["village"]}]})
    )
    with pytest.raises(admin.AdminError, match="不符合格式"):
        admin.publish_points_rules(live.engine, bad)
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps({**raw, "title": "改过的细则"}), encoding="utf-8")
    with pytest.raises(admin.AdminError, match="已发布过且内容不同"):
        admin.publish_points_rules(live.engine, changed)


def test_an_award_follows_the_rules_in_force(live: Live) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    admin.publish_points_rules(live.engine, RULES)
    gw = Device(live, "gw_a")

    def award(*items: tuple[str, int], version: str = "2026.1") -> dict[str, Any]:
        listed = [{"item": i, "points": p} for i, p in items]
        fields = entry(hid, "gw_a", points=sum(p for _, p in items), items=listed)
        return gw.change("points_entry", {**fields, "rules_version": version})

    r = gw.push(
        [
            award(("filial", 10)),  # a village cadre's item
            award(("bedroom", 4)),  # not one of its levels
            award(("nosuch", 1)),
            award(("bedroom", 3), ("kitchen", 2)),
            award(("bedroom", 3), ("bedroom", 3), ("bedroom", 3)),  # 12 this month: the cap
            award(("bedroom", 1)),  # 13
            award(("bedroom", 1), version="2025.9"),  # older rules: the sum is checked only
        ]
    )
    assert statuses(r) == [
        "invalid",
        "invalid",
        "invalid",
        "applied",
        "applied",
        "invalid",
        "applied",
    ]
    assert "孝老爱亲" in r[0]["reason"] and "最多 12 分" in r[5]["reason"]


def test_an_award_needs_the_household_and_a_redemption_real_goods(live: Live) -> None:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    admin.add_user(live.engine, "shop", PASSWORD, "shop", VILLAGE, "超市")
    admin.add_user(live.engine, "shop2", PASSWORD, "shop", VILLAGE, "超市备用机")
    gw, shop, spare = Device(live, "gw_a"), Device(live, "shop"), Device(live, "shop2")
    admin.register_shop_device(live.engine, shop.id, VILLAGE)
    r = gw.push(
        [
            gw.change("points_entry", entry(hid, "gw_a", confirmed_by=None)),
            award := gw.change("points_entry", entry(hid, "gw_a", points=3)),
        ]
    )
    assert statuses(r) == ["invalid", "applied"] and "确认人" in r[0]["reason"]
    odd = [
        {"item_id": hid, "name": "毛巾", "quantity": -1, "price": 1},
        {"item_id": hid, "name": "毛巾", "quantity": 2, "price": 1},
    ]
    r = shop.push([shop.change("points_entry", entry(hid, "shop", "redeem", -1, items=odd))])
    assert statuses(r) == ["invalid"] and "大于 0" in r[0]["reason"]
    # a correction is made on the shop's registered computer only
    fix = entry(hid, "shop2", "correction", -3, ref_id=award["id"])
    assert statuses(spare.push([spare.change("points_entry", fix)])) == ["forbidden"]
