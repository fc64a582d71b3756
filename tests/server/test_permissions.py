"""Who may write what (issue 13, items 4 and 13): a visit's author is the caller, its worker name
the server's; one permission table decides every change; regions must exist."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from gridworker import vocab
from gridworker.schema import SYNCED_TABLES
from gridworker.server import admin, permissions
from gridworker.server import tables as tb

from tests.server.fixtures import GRID_A, GRID_B, PASSWORD, Live, seed
from tests.server.test_wire_validation import Device, visit

VILLAGE = GRID_A[:12]
TOWNSHIP = GRID_A[:9]
OTHER_TOWN_GRID = "34062110520101"


def _stored(live: Live, table: str, rid: str) -> dict[str, Any]:
    t = tb.T.metadata.tables[table]
    with live.engine.connect() as conn:
        return dict(conn.execute(select(t).where(t.c.id == rid)).mappings().one())


@pytest.fixture
def world(live: Live) -> dict[str, Any]:
    data = seed(live.engine)
    admin.add_user(live.engine, "cun", PASSWORD, "village", VILLAGE, "村干部甲")
    admin.add_user(live.engine, "zhen", PASSWORD, "township", TOWNSHIP, "镇干部乙")
    admin.add_user(live.engine, "xian", PASSWORD, "county_admin", "340621", "县管理员")
    admin.add_user(live.engine, "gw_far", PASSWORD, "grid_worker", OTHER_TOWN_GRID, "外镇网格员")
    admin.add_user(live.engine, "gw_gone", PASSWORD, "grid_worker", GRID_B, "已停用网格员")
    admin.disable_user(live.engine, "gw_gone")
    with live.engine.begin() as conn:  # the display name the server knows for gw_a
        conn.execute(
            tb.user.update().where(tb.user.c.username == "gw_a").values(display_name="王网格")
        )
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    return {"hid": hid, "data": data}


def test_visit_author_is_the_caller(live: Live, world: dict[str, Any]) -> None:
    """Item 4: a grid worker's device cannot record a visit as someone else; the worker name is
    the user table's; recorded_by is the caller."""
    hid = world["hid"]
    gw = Device(live, "gw_a")
    forged = gw.change("visit", visit(hid, "admin", worker_name="别人"))
    named = gw.change("visit", visit(hid, "gw_b"))
    mine = gw.change("visit", visit(hid, "gw_a", worker_name="别人"))
    results = gw.push([forged, named, mine])
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert {r["code"] for r in results[:2]} == {"forbidden"}
    row = _stored(live, "visit", mine["id"])
    assert (row["worker"], row["worker_name"], row["recorded_by"]) == ("gw_a", "王网格", "gw_a")
    # a resend of the same visit is a duplicate, though its body still says 别人
    assert gw.push([mine])[0]["duplicate"] is True


def test_paper_visit_typed_in_for_a_grid_worker_of_the_scope(
    live: Live, world: dict[str, Any]
) -> None:
    """A village or township user may type in a paper visit for an active grid worker of their
    scope; the record says who typed it in (recorded_by) and who visited (worker)."""
    hid = world["hid"]
    for user in ("cun", "zhen"):
        dev = Device(live, user)
        ok = dev.change("visit", visit(hid, "gw_a", worker_name="随便"))
        far = dev.change("visit", visit(hid, "gw_far"))
        gone = dev.change("visit", visit(hid, "gw_gone"))
        nobody = dev.change("visit", visit(hid, "zhen" if user == "cun" else "cun"))
        results = dev.push([ok, far, gone, nobody])
        assert [r["status"] for r in results] == ["applied"] + ["rejected"] * 3, results
        row = _stored(live, "visit", ok["id"])
        assert (row["worker"], row["worker_name"], row["recorded_by"]) == ("gw_a", "王网格", user)


def test_township_may_push_its_own_visits(live: Live, world: dict[str, Any]) -> None:
    """Item 13, decided: township staff may push visits (their own, or typed in)."""
    zhen = Device(live, "zhen")
    own = zhen.change("visit", visit(world["hid"], "zhen"))
    assert zhen.push([own])[0]["status"] == "applied"
    assert _stored(live, "visit", own["id"])["worker_name"] == "镇干部乙"
    # the county admin is not a visitor
    xian = Device(live, "xian")
    res = xian.push([xian.change("visit", visit(world["hid"], "xian"))])[0]
    assert (res["status"], res["code"]) == ("rejected", "forbidden")


def test_households_only_in_registered_grids(live: Live, world: dict[str, Any]) -> None:
    """Item 13: a household in a grid that does not exist is refused (in scope or not)."""
    gw = Device(live, "zhen")
    fields = {
        "number": "9",
        "grid_code": TOWNSHIP + "20199",  # in the township's scope, never registered
        "address": "无此网格",
        "risk_codes": [],
        "head_name": "某",
    }
    ghost, real = (
        gw.change("household", fields),
        gw.change("household", {**fields, "grid_code": GRID_B}),
    )
    results = gw.push([ghost, real])
    assert [r["status"] for r in results] == ["rejected", "applied"]
    assert "不存在" in results[0]["reason"]


def test_monitoring_stages_follow_the_table(live: Live, world: dict[str, Any]) -> None:
    """The permission table decides by stage: a grid worker raises a risk clue but cannot record
    the county's decision, nor change the village's review (case steps are never changed)."""
    hid = world["hid"]

    def event(stage: str, **kw: Any) -> dict[str, Any]:
        return {
            "household_id": hid,
            "stage": stage,
            "event_date": "2026-11-01",
            "risk_codes": [],
            **kw,
        }

    gw, cun = Device(live, "gw_a"), Device(live, "cun")
    clue, decision = (
        gw.change("monitoring_event", event("风险线索")),
        gw.change("monitoring_event", event("县级审定", result="纳入")),
    )
    assert [r["status"] for r in gw.push([clue, decision])] == ["applied", "rejected"]
    apply = cun.change("monitoring_event", event("申请", details={"mark": "手印"}))
    assert cun.push([apply])[0]["status"] == "applied"
    edit = {
        **gw.change("monitoring_event", {**event("申请"), "note": "改"}, rid=apply["id"]),
        "base_version": 1,
        "change_id": f"{gw.id}:{apply['id']}:1:2",
    }
    res = gw.push([edit])[0]
    assert (res["status"], res["code"]) == ("rejected", "forbidden") and "不能修改" in res["reason"]
    # a grid worker does not close households; a village cadre may
    h = next(x for x in world["data"]["household"] if x["id"] == hid)
    gone = {k: h[k] for k in ("number", "grid_code", "address", "head_name")} | {"risk_codes": []}
    close = {**gw.change("household", gone, rid=hid), "deleted": True, "base_version": 1}
    close["change_id"] = f"{gw.id}:{hid}:1:5"
    assert gw.push([close])[0]["code"] == "forbidden"
    close = {**close, "change_id": f"{cun.id}:{hid}:1:5"}
    assert cun.push([close])[0]["status"] == "applied"


def test_the_permission_table_is_data() -> None:
    """Every row names a known role, table, action and stage; every role and table is covered;
    the answers come from the rows (a stage row allows that stage only)."""
    roles = set(admin.ROLES)
    for role, table, actions, stage in permissions.PERMISSIONS:
        assert role in roles and table in SYNCED_TABLES
        assert set(actions.split()) <= set(permissions.ACTIONS)
        stages = {"monitoring_event": vocab.MONITOR_STAGES, "points_entry": vocab.POINTS_KINDS}
        assert stage == permissions.ANY or (table in permissions.STAGED and stage in stages[table])
    assert {r for r, *_ in permissions.PERMISSIONS} == roles - {"county_admin"}  # runs the server
    assert {t for _, t, *_ in permissions.PERMISSIONS} == set(SYNCED_TABLES)
    assert permissions.allowed("grid_worker", "monitoring_event", "create", "风险线索")
    assert not permissions.allowed("grid_worker", "monitoring_event", "create", "县级审定")
    assert not permissions.allowed("grid_worker", "household", "delete")
    assert permissions.allowed("township", "visit", "create")
    assert not permissions.allowed("county_admin", "visit", "create")
    assert not permissions.allowed("shop", "visit", "create")  # a role with no rows: nothing
    assert permissions.refusal("village", "monitoring_event", "update", ["村级评议", "乡镇审核"])
    assert not permissions.allowed("county_admin", "monitoring_event", "create", "县级审定")
    assert permissions.allowed("county", "monitoring_event", "create", "县级审定")
