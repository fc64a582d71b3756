"""爱心超市 积分制 end to end (issue 19): real devices, the real server on loopback, both
database backends. A month — rules published, awards offline on two devices, the village review,
sync, redemptions at the shop (one refused for points, one for stock), an inventory count — and
the redemption rules: only the shop's device takes points away, offline too, and the server
refuses anyone else; every balance equals its ledger's sum on every device and the server."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from gridworker.accounts import load_account
from gridworker.commands import server_report
from gridworker.points import ledger
from gridworker.points.rules import Pick, bundled_rules
from gridworker.reports.period import Period
from gridworker.reports.points import build_points_report, points_sheets
from gridworker.server import admin, db
from gridworker.server import tables as tb
from gridworker.store import points, records
from gridworker.store.points import PointsRefused, Who
from gridworker.store.store import Store
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, GRID_B, PASSWORD, Live, enroll_device, seed, thread_server

VILLAGE = GRID_A[:12]
DAY = date(2026, 11, 20)
RULES = Path(__file__).parents[2] / "resources" / "points" / "rules-2026.json"
HYGIENE = [Pick("bedroom", "好"), Pick("kitchen", "较好"), Pick("yard", "一般")]  # 3 + 2 + 1


@pytest.fixture
def server(db_url: str) -> Iterator[Live]:
    engine = db.make_engine(db_url)
    with thread_server(engine) as url:
        yield Live(url, engine)
    engine.dispose()


def who(store: Store) -> Who:
    a = load_account(store.folder)
    return Who(a.username, a.display_name, a.role, a.device_id)


def first_household(store: Store, grid: str) -> str:
    h = store.t.household
    with store.read() as conn:
        return str(
            conn.execute(
                select(h.c.id).where(h.c.grid_code == grid).order_by(h.c.number).limit(1)
            ).scalar_one()
        )


def county(live: Live, tmp_path: Path, review: bool = True) -> dict[str, Store]:
    """Grid workers of grids A and B, the village cadre, the shop; rules published, the shop's
    computer registered, everyone synced once."""
    seed(live.engine)
    admin.add_user(live.engine, "cun", PASSWORD, "village", VILLAGE, "村干部")
    admin.add_user(live.engine, "shop", PASSWORD, "shop", VILLAGE, "超市管理员")
    admin.publish_points_rules(live.engine, RULES)
    admin.set_setting(live.engine, "points_review_required", review, region=VILLAGE)
    devices = {
        name: enroll_device(tmp_path / name, live.url, name)
        for name in ("gw_a", "gw_b", "cun", "shop")
    }
    admin.register_shop_device(live.engine, load_account(devices["shop"].folder).device_id, VILLAGE)
    for d in devices.values():
        assert sync_once(d).sanity_ok is not False
    return devices


def close(devices: dict[str, Store]) -> None:
    for d in devices.values():
        d.close()


def assert_ledgers_agree(live: Live, devices: dict[str, Store]) -> None:
    """Every stored balance and stock level equals its ledger's sum, everywhere; the devices'
    balances are the server's for the households they hold."""
    with live.engine.connect() as conn:
        assert ledger.mismatches(conn, tb.T) == []
        server = ledger.ledger_sums(conn, tb.T)
    for name, d in devices.items():
        with d.read() as conn:
            assert ledger.mismatches(conn, d.t) == [], name
            mine = ledger.ledger_sums(conn, d.t)
        assert {h: server.get(h, 0) for h in mine} == mine, name


def test_a_month_of_points(server: Live, tmp_path: Path) -> None:
    devices = county(server, tmp_path)
    a, b, cun, shop = (devices[n] for n in ("gw_a", "gw_b", "cun", "shop"))
    rules = bundled_rules()
    try:
        ha, hb = first_household(a, GRID_A), first_household(b, GRID_B)
        # awards offline on two devices: pending the village review (the village's setting)
        with a.write() as conn:
            aw_a = points.award(conn, who(a), rules, ha, HYGIENE, DAY, confirmed_by="户主0")
            assert aw_a["pending"] and aw_a["points"] == 6
            assert ledger.balance(conn, a.t, ha) == 0  # not counted before the review
            with pytest.raises(PointsRefused, match="本月最多 12 分"):  # the monthly cap
                points.award(
                    conn, who(a), rules, ha, [Pick("bedroom", "好")] * 4, DAY, confirmed_by="户主0"
                )
            with pytest.raises(PointsRefused, match="不能评“孝老爱亲”"):  # a village item
                points.award(conn, who(a), rules, ha, [Pick("filial")], DAY, confirmed_by="x")
        with b.write() as conn:
            points.award(
                conn, who(b), rules, hb, [Pick("bedroom", "好")], DAY, confirmed_by="户主0"
            )
        for d in (a, b):
            r = sync_once(d)
            assert r.applied == 1 and r.quarantined == 0 and r.sanity_ok is True
        # the village review: approve the month's awards
        sync_once(cun)
        with cun.write() as conn:
            pend = points.pending_awards(conn, VILLAGE, DAY)
            assert {p["household_id"] for p in pend} == {ha, hb}
            points.review(conn, who(cun), [p["id"] for p in pend], True, DAY)
            assert ledger.balance(conn, cun.t, ha) == 6
            assert points.pending_awards(conn, VILLAGE, DAY) == []
        assert sync_once(cun).applied == 2
        # the shop: goods in, then redemptions
        assert sync_once(shop).received >= 4
        with shop.write() as conn:
            oil = points.save_item(conn, VILLAGE, "食用油", price=50, value=50.0, unit="桶")
            soap = points.save_item(conn, VILLAGE, "肥皂", price=2, value=2.0, unit="块")
            towel = points.save_item(conn, VILLAGE, "毛巾", price=1, value=1.0, unit="条")
            points.stock_in(conn, who(shop), VILLAGE, oil, 2, DAY, donor="县爱心企业")
            points.stock_in(conn, who(shop), VILLAGE, soap, 1, DAY, value=2.0)  # a purchase
            points.stock_in(conn, who(shop), VILLAGE, towel, 10, DAY, donor="张三")
            assert ledger.balance(conn, shop.t, ha) == 6
            with pytest.raises(PointsRefused, match="积分不足"):
                points.redeem(conn, who(shop), VILLAGE, ha, [(oil, 1)], DAY)
            with pytest.raises(PointsRefused, match="库存不足"):
                points.redeem(conn, who(shop), VILLAGE, ha, [(soap, 2)], DAY)
            done = points.redeem(conn, who(shop), VILLAGE, ha, [(soap, 1), (towel, 3)], DAY)
            assert done["points"] == -5 and done["balance"] == 1
            # the count: one towel missing
            with pytest.raises(PointsRefused, match="请说明原因"):
                points.count(conn, who(shop), VILLAGE, {towel: 6, oil: 2}, {}, DAY)
            points.count(conn, who(shop), VILLAGE, {towel: 6, oil: 2}, {towel: "受潮损坏"}, DAY)
            assert ledger.stock_levels(conn, shop.t, [towel, oil, soap]) == {
                towel: 6,
                oil: 2,
                soap: 0,
            }
        r = sync_once(shop)
        assert r.quarantined == 0 and r.sanity_ok is True and r.ledger_problems == []
        for d in devices.values():
            assert sync_once(d).ledger_problems == []
        assert_ledgers_agree(server, devices)
        with server.engine.connect() as conn:
            assert ledger.balance(conn, tb.T, ha) == 1 and ledger.balance(conn, tb.T, hb) == 3
            assert ledger.stock_levels(conn, tb.T, [towel]) == {towel: 6}
        with a.read() as conn:  # the grid worker sees the balance the shop left
            assert ledger.balance(conn, a.t, ha) == 1
        # the month's report and 五公开 lists: the same on the server and the village's laptop
        month = Period.parse("2026-11")
        with server.engine.connect() as conn:
            on_server = build_points_report(conn, tb.T, VILLAGE, month)
        with cun.read() as conn:
            on_device = build_points_report(conn, cun.t, VILLAGE, month)
        assert [s.rows for s in points_sheets(on_server)] == [
            s.rows for s in points_sheets(on_device)
        ]
        (v,) = on_server.villages
        assert (v.awarded, v.redeemed, v.pending, v.scored) == (9, 5, 0, 2)
        assert v.stock_value == 2 * 50.0 + 6 * 1.0 and v.donations == 2 * 50.0 + 10 * 1.0
        assert [row[3:] for row in on_server.awarded] == [[6, 5, 1], [3, 0, 3]]
        assert [row[2] for row in on_server.donations] == ["捐赠", "采购", "捐赠"]
        assert len(on_server.redemptions) == 1 and on_server.redemptions[0][5] == 5
        assert len(on_server.rules) == 9 and on_server.rules[0][1] == "卧室整洁"
        # ... and from the county's command line, as Excel
        out = tmp_path / "五公开.xlsx"
        args = argparse.Namespace(
            region=VILLAGE, period="2026-11", format=None, out=out, points=True
        )
        assert server_report.run(args, server.engine) == 0
        sheet = load_workbook(out)["公开·积分情况"]
        assert [c.value for c in sheet[2]][3:] == [6, 5, 1]
    finally:
        close(devices)


def test_only_the_shop_device_takes_points(server: Live, tmp_path: Path) -> None:
    devices = county(server, tmp_path, review=False)
    a, b, cun, shop = (devices[n] for n in ("gw_a", "gw_b", "cun", "shop"))
    rules = bundled_rules()
    try:
        ha, hb = first_household(a, GRID_A), first_household(b, GRID_B)
        with a.write() as conn:
            points.award(conn, who(a), rules, ha, HYGIENE, DAY, confirmed_by="户主0")
        sync_once(a)
        sync_once(shop)
        with shop.write() as conn:
            towel = points.save_item(conn, VILLAGE, "毛巾", price=1, value=1.0, unit="条")
            points.stock_in(conn, who(shop), VILLAGE, towel, 10, DAY, donor="张三")
        sync_once(shop)
        sync_once(a)
        # a redemption anywhere but the shop's computer is refused, offline (no server asked)
        for d in (a, cun):
            with (
                pytest.raises(PointsRefused, match="不是本村爱心超市登记的兑换设备"),
                d.write() as c,
            ):
                points.redeem(c, who(d), VILLAGE, ha, [(towel, 1)], DAY)
        # offline at once: awards on two devices, redemptions at the shop
        with a.write() as conn:
            points.award(
                conn, who(a), rules, ha, [Pick("kitchen", "好")], DAY, confirmed_by="户主0"
            )
        with b.write() as conn:
            points.award(
                conn, who(b), rules, hb, [Pick("kitchen", "好")], DAY, confirmed_by="户主0"
            )
        with shop.write() as conn:
            points.redeem(conn, who(shop), VILLAGE, ha, [(towel, 4)], DAY)
            points.redeem(conn, who(shop), VILLAGE, ha, [(towel, 2)], DAY)
            with pytest.raises(PointsRefused, match="积分不足"):  # 6 earned, 6 spent
                points.redeem(conn, who(shop), VILLAGE, ha, [(towel, 1)], DAY)
        for d in (shop, b, a, cun, shop, b, a):
            r = sync_once(d)
            assert r.quarantined == 0 and r.sanity_ok is not False
        assert_ledgers_agree(server, devices)
        with server.engine.connect() as conn:
            assert ledger.balance(conn, tb.T, ha) == 3  # 6 + 3 - 6
            assert ledger.balance(conn, tb.T, hb) == 3
        # the server refuses a redemption from any other device (a client that skips the check)
        with a.write() as conn:
            records.insert(
                conn,
                a.t.points_entry,
                {
                    "household_id": ha,
                    "household_number": "x",
                    "household_name": "x",
                    "kind": "redeem",
                    "entry_date": DAY,
                    "points": -1,
                    "pending": False,
                    "items": [{"item_id": towel, "name": "毛巾", "quantity": 1, "price": 1}],
                    "worker": "gw_a",
                    "worker_name": "gw_a",
                },
            )
        assert sync_once(a).quarantined == 1
        with server.engine.connect() as conn:
            assert ledger.balance(conn, tb.T, ha) == 3
        with a.read() as conn:  # the refused entry counts on the device neither
            assert ledger.balance(conn, a.t, ha) == 3
            assert ledger.mismatches(conn, a.t) == []
        # the shop's computer holds the ledger and the shop, and nothing else of anyone's
        with shop.read() as conn:
            for name in ("household", "member", "visit", "problem", "measure", "monitoring_event"):
                t = shop.t.metadata.tables[name]
                assert conn.execute(select(func.count()).select_from(t)).scalar_one() == 0, name
            held = _columns_with_values(conn, shop)
        assert not held & {"id_number", "per_capita_income", "health", "answers", "phone"}
        assert {"household_number", "household_name"} <= held
    finally:
        close(devices)


def _columns_with_values(conn: Any, store: Store) -> set[str]:
    """Every column of the store that holds a value in some row."""
    out: set[str] = set()
    for t in store.t.metadata.sorted_tables:
        for c in t.columns:
            q = select(func.count()).select_from(t).where(c.is_not(None))
            if conn.execute(q).scalar_one():
                out.add(c.name)
    return out


def test_points_expire_as_the_rules_say(server: Live, tmp_path: Path) -> None:
    """Rules with ``expiry_months``: the shop's computer expires what a household gained before
    then and has not spent (oldest points spent first); the server refuses more."""
    devices = county(server, tmp_path, review=False)
    a, shop = devices["gw_a"], devices["shop"]
    try:
        raw = json.loads(RULES.read_text(encoding="utf-8"))
        rules_file = tmp_path / "rules-expiring.json"
        rules_file.write_text(
            json.dumps({**raw, "version": "2026.2", "expiry_months": 2}), encoding="utf-8"
        )
        admin.publish_points_rules(server.engine, rules_file, region=VILLAGE)
        for d in (a, shop):
            sync_once(d)
        with a.read() as conn:
            rules = points.award_context(conn, first_household(a, GRID_A), DAY).rules
        assert rules is not None and rules.version == "2026.2"
        ha = first_household(a, GRID_A)
        with a.write() as conn:  # 6 in August, 3 in November
            points.award(conn, who(a), rules, ha, HYGIENE, date(2026, 8, 10), confirmed_by="甲")
            points.award(conn, who(a), rules, ha, [Pick("yard", "好")], DAY, confirmed_by="甲")
        sync_once(a)
        sync_once(shop)
        with shop.write() as conn:
            towel = points.save_item(conn, VILLAGE, "毛巾", price=1, value=1.0, unit="条")
            points.stock_in(conn, who(shop), VILLAGE, towel, 10, DAY, donor="张三")
            points.redeem(conn, who(shop), VILLAGE, ha, [(towel, 2)], DAY)
            (gone,) = points.expire(conn, who(shop), VILLAGE, DAY)  # before 2026-09-20
            assert gone["points"] == -4  # 6 from August, 2 of them spent
            assert ledger.balance(conn, shop.t, ha) == 3
            assert points.expire(conn, who(shop), VILLAGE, DAY) == []  # nothing more
            records.insert(  # a client that skips the check: expire 1 more
                conn,
                shop.t.points_entry,
                {
                    **{k: gone[k] for k in ("household_id", "household_number", "household_name")},
                    "kind": "expire",
                    "entry_date": DAY,
                    "points": -1,
                    "pending": False,
                    "items": [],
                    "worker": "shop",
                    "worker_name": "超市管理员",
                },
            )
        r = sync_once(shop)
        assert r.quarantined == 1 and r.ledger_problems == []
        for d in devices.values():
            sync_once(d)
        assert_ledgers_agree(server, devices)
        with server.engine.connect() as conn:
            assert ledger.balance(conn, tb.T, ha) == 3
    finally:
        close(devices)
