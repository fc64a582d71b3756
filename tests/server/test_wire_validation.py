"""What one bad record can do at the wire (issue 13, items 2, 3, 11, 12): every bad value gets a
per-record rejection (or the whole request a 4xx), never a 5xx, and nothing of it is stored.
Raw HTTP against a real server, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, func, select

from gridworker.server import admin
from gridworker.server import tables as tb

from tests.server.fixtures import GRID_A, PASSWORD, Live, seed

TODAY = date.today()


class Device:
    def __init__(self, live: Live, username: str) -> None:
        r = requests.post(
            live.url + "/api/v1/enroll",
            json={"username": username, "password": PASSWORD},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        self.url = live.url
        self.username = username
        self.id = r.json()["device_id"]
        self.headers = {
            "Authorization": f"Bearer {r.json()['token']}",
            "Content-Type": "application/json",
        }

    def change(
        self, table: str, fields: dict[str, Any], rid: str | None = None, **kw: Any
    ) -> dict[str, Any]:
        rid = rid or str(uuid.uuid4())
        return {
            "change_id": f"{self.id}:{rid}:0:1",
            "table": table,
            "id": rid,
            "base_version": 0,
            "fields": fields,
            "deleted": False,
            **kw,
        }

    def push_raw(self, body: bytes) -> requests.Response:
        return requests.post(self.url + "/api/v1/push", data=body, headers=self.headers, timeout=60)

    def push(self, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # allow_nan: NaN and Infinity go out as the literals a careless client would send
        body = json.dumps({"device_time": "2026-11-01T00:00:00", "changes": changes})
        r = self.push_raw(body.encode())
        assert r.status_code == 200, r.text
        results: list[dict[str, Any]] = r.json()["results"]
        assert len(results) == len(changes)
        return results


def visit(hid: str, worker: str, **fields: Any) -> dict[str, Any]:
    vid = str(uuid.uuid4())
    return {
        "household_id": hid,
        "root_id": vid,
        "checklist_version": "2022.1",
        "visit_date": "2026-11-01",
        "status": "completed",
        "answers": {"household": {"income_wage": 30000}, "members": {}},
        "worker": worker,
        **fields,
    }


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


@pytest.fixture
def world(live: Live) -> tuple[Device, str, dict[str, Any]]:
    data = seed(live.engine)
    hid = next(h["id"] for h in data["household"] if h["grid_code"] == GRID_A)
    return Device(live, "gw_a"), hid, data


def test_dates_outside_the_sane_range_are_refused(live: Live, world: Any) -> None:
    """Item 2: 9999-12-31 and 0001-01-01 are refused per record; the range is a setting."""
    dev, hid, _ = world
    late = TODAY.replace(year=TODAY.year + 6, day=1).isoformat()
    soon = TODAY.replace(year=TODAY.year + 4, day=1).isoformat()
    changes = [
        dev.change("visit", visit(hid, "gw_a", visit_date="9999-12-31")),
        dev.change("visit", visit(hid, "gw_a", visit_date="0001-01-01")),
        dev.change("visit", visit(hid, "gw_a", visit_date="1999-12-31")),
        dev.change("visit", visit(hid, "gw_a", visit_date="2026-W01-1")),  # ISO, not a day
        dev.change("visit", visit(hid, "gw_a", completed_at="9999-12-31T23:59:59")),
        dev.change("measure", {"household_id": hid, "code": "100A40", "start_date": late}),
        dev.change("measure", {"household_id": hid, "code": "100A40", "start_date": soon}),
        dev.change("visit", visit(hid, "gw_a", visit_date="2000-01-01")),
    ]
    results = dev.push(changes)
    assert [r["status"] for r in results] == ["rejected"] * 6 + ["applied"] * 2
    assert all("日期" in r["reason"] for r in results[:6]), results
    assert "2000-01-01" in results[0]["reason"]  # the message names the range
    # the county allows plans further ahead: the same record is accepted now
    admin.set_setting(live.engine, "record_date_years_ahead", 10)
    again = dev.change("measure", {"household_id": hid, "code": "100A40", "start_date": late})
    assert dev.push([again])[0]["status"] == "applied"


def test_non_finite_numbers_are_refused_and_never_served(live: Live, world: Any) -> None:
    """Item 3: NaN, ±Infinity and 1e309 (a float overflow) are refused, in a Float column and
    inside JSON; nothing is stored."""
    dev, hid, _ = world
    before = _count(live.engine, tb.T.visit)
    bad = [
        visit(hid, "gw_a", per_capita_income=float("nan")),
        visit(hid, "gw_a", per_capita_income=float("inf")),
        visit(hid, "gw_a", per_capita_income=float("-inf")),
        visit(hid, "gw_a", answers={"household": {"income_wage": float("nan")}}),
        visit(hid, "gw_a", derived={"x": [1, float("inf")]}),
    ]
    results = dev.push([dev.change("visit", f) for f in bad])
    assert [r["status"] for r in results] == ["rejected"] * len(bad)
    assert all("NaN" in r["reason"] for r in results)
    # 1e309 is a valid JSON number that no double holds: spliced in as text
    body = json.dumps(
        {
            "device_time": "2026-11-01T00:00:00",
            "changes": [dev.change("visit", visit(hid, "gw_a", per_capita_income=123.0))],
        }
    ).replace("123.0", "1e309")
    assert "1e309" in body
    r = dev.push_raw(body.encode())
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "rejected"
    assert _count(live.engine, tb.T.visit) == before


def test_bad_values_are_refused_per_record_never_500(live: Live, world: Any) -> None:
    """Item 11 (the record-level part): NUL in text and in JSON, integers just past 2^31, the same
    foreign change id twice: answers, no server error, nothing stored. (A control character in a
    change id, which the app makes itself, refuses the whole request at the wire: a 422.)"""
    dev, hid, _ = world
    mid = str(uuid.uuid4())
    member = {"household_id": hid, "name": "新成员", "relationship": "之子"}
    foreign = f"{uuid.uuid4()}:{mid}:0:1"
    deep: Any = 1
    for _ in range(20):
        deep = [deep]
    changes = [
        dev.change("member", {**member, "name": "坏\x00名"}),
        dev.change("visit", visit(hid, "gw_a", answers={"household": {"note": "a\x00b"}})),
        dev.change("visit", visit(hid, "gw_a", answers={"household": {"k\x00": 1}})),
        dev.change("member", {**member, "household_id": hid[:-1] + "\x00"}),
        dev.change("member", {**member, "work_months": 2**31}),
        dev.change("member", {**member, "work_months": -(2**31) - 1}),
        dev.change("visit", visit(hid, "gw_a", answers={"note": "长" * 300_000})),
        dev.change("visit", visit(hid, "gw_a", answers={"deep": deep})),
        {**dev.change("member", member, rid=mid), "change_id": foreign},
        {**dev.change("member", member, rid=mid), "change_id": foreign},
        dev.change("member", {**member, "work_months": 2**31 - 1}),  # the last int4: fine
    ]
    before = {t.name: _count(live.engine, t) for t in (tb.T.member, tb.T.visit, tb.push_result)}
    results = dev.push(changes)
    assert [r["status"] for r in results] == ["rejected"] * 10 + ["applied"]
    assert all(r["reason"] for r in results[:10])
    assert "NUL" in results[0]["reason"] and "NUL" in results[1]["reason"]
    assert "过长" in results[6]["reason"] and "嵌套" in results[7]["reason"]
    after = {t.name: _count(live.engine, t) for t in (tb.T.member, tb.T.visit, tb.push_result)}
    assert after["member"] == before["member"] + 1 and after["visit"] == before["visit"]
    # stored: the 8 rejections and the applied change with the caller's ids; not the 2 foreign
    assert after["push_result"] == before["push_result"] + 9
    nul_id = {**dev.change("member", member), "change_id": f"{dev.id}:{mid}:0:1\x00"}
    r = dev.push_raw(
        json.dumps({"device_time": "2026-11-01T00:00:00", "changes": [nul_id]}).encode()
    )
    assert r.status_code == 422, r.text
    # a version number no database holds is a 422 for the whole request, not a 500
    big = dev.change("member", member, base_version=2**63)
    r = dev.push_raw(json.dumps({"device_time": "2026-11-01T00:00:00", "changes": [big]}).encode())
    assert r.status_code == 422, r.text


def test_change_ids_are_bound_to_their_device_first(live: Live, world: Any) -> None:
    """Item 12: another device's change id is answered with a rejection that is not stored,
    before any stored result is looked up: A can neither read B's result nor poison B's id."""
    a, hid, _ = world
    b = Device(live, "gw_a2")
    sent = b.change("member", {"household_id": hid, "name": "乙的成员", "relationship": "之女"})
    assert b.push([sent])[0]["status"] == "applied"
    # A replays B's change id: B's stored result is not returned to A
    stolen = a.push([sent])[0]
    assert stolen["status"] == "rejected" and not stolen["duplicate"]
    assert stolen["version"] is None
    # A sends B's NEXT change id first (with junk): the rejection is not stored under it ...
    rid = str(uuid.uuid4())
    future = b.change("member", {"household_id": hid, "name": "乙的新成员", "relationship": "之子"})
    future = {**future, "id": rid, "change_id": f"{b.id}:{rid}:0:1"}
    assert a.push([{**future, "fields": {"junk": 1}}])[0]["status"] == "rejected"
    # ... so B's real change is applied when it comes
    assert b.push([future])[0]["status"] == "applied"
    assert b.push([future])[0]["duplicate"] is True  # (B's own resend: its stored answer)


def test_member_changes_are_checked_at_the_wire(live: Live, world: Any) -> None:
    """Issue 16: a member change's reason is one of the vocabulary, comes with its date (and the
    date with its reason), is not dated after today, and a member who left is a tombstone."""
    dev, hid, _ = world
    base = {"household_id": hid, "name": "新人", "sex": "女", "relationship": "之孙女"}
    later = date.fromordinal(TODAY.toordinal() + 3).isoformat()
    changes = [
        dev.change("member", {**base, "arrival_reason": "捡来", "arrival_date": "2026-10-20"}),
        dev.change("member", {**base, "arrival_reason": "新生儿"}),
        dev.change("member", {**base, "arrival_date": "2026-10-20"}),
        dev.change("member", {**base, "arrival_reason": "新生儿", "arrival_date": later}),
        # left, but not a tombstone
        dev.change("member", {**base, "departure_reason": "死亡", "departure_date": "2026-10-01"}),
        dev.change(
            "member",
            {
                **base,
                "arrival_reason": "婚入",
                "arrival_date": "2026-10-20",
                "departure_reason": "婚出",
                "departure_date": "2026-10-01",
            },
            deleted=True,
        ),
        dev.change("member", {**base, "arrival_reason": "新生儿", "arrival_date": "2026-10-20"}),
        dev.change(
            "member",
            {**base, "departure_reason": "迁出", "departure_date": "2026-10-21"},
            deleted=True,
        ),
    ]
    results = dev.push(changes)
    assert [r["status"] for r in results] == ["rejected"] * 6 + ["applied"] * 2, results
    reasons = [r["reason"] for r in results[:6]]
    assert "arrival_reason" in reasons[0] and "取值无效" in reasons[0]
    assert all("一起填写" in r for r in reasons[1:3])
    assert "不能晚于今天" in reasons[3]
    assert "已离开" in reasons[4]
    assert "不能早于" in reasons[5]


def test_conflict_authors_only_for_apps_that_accept_them(live: Live, world: Any) -> None:
    """Issue 16: who wrote the value a conflicting change replaced, and when, goes only to an app
    that says it reads it (apps released before forbid unknown fields in the answer)."""
    from gridworker.wire.protocol import ACCEPTS_HEADER, CONFLICT_AUTHORS, PushResponse

    first, hid, _ = world
    second = Device(live, "gw_a2")

    def change(dev: Device, address: str, rev: int) -> dict[str, Any]:
        fields = {
            "number": "X1",
            "grid_code": GRID_A,
            "address": address,
            "household_type": "普通农户",
            "head_name": "户主0",
        }
        c = dev.change("household", fields, rid=hid)
        return {**c, "change_id": f"{dev.id}:{hid}:1:{rev}", "base_version": 1}

    assert first.push([change(first, "甲改", 1)])[0]["status"] == "applied"
    old = second.push([change(second, "乙改", 1)])[0]
    assert old["conflicts"][0].keys() == {"field", "server_value", "device_value"}
    PushResponse.model_validate({"server_time": "2026-12-04T00:00:00+00:00", "results": [old]})
    first.headers[ACCEPTS_HEADER] = CONFLICT_AUTHORS  # the first device edits again, on base 1
    new = first.push([change(first, "甲又改", 2)])[0]
    clash = {c["field"]: c for c in new["conflicts"]}["address"]
    assert (clash["server_value"], clash["device_value"]) == ("乙改", "甲又改")
    assert clash["server_by"] == "gw_a2" and clash["server_at"].endswith("+00:00")
    PushResponse.model_validate({"server_time": "2026-12-04T00:00:00+00:00", "results": [new]})


def test_member_changes_go_only_to_apps_that_know_them(live: Live, world: Any) -> None:
    """An app released before the member-change columns would fail to store a pulled member
    with columns it has no place for: those columns go only to apps that accept them."""
    from gridworker.wire.protocol import ACCEPTS, ACCEPTS_HEADER, LATER_COLUMNS, MEMBER_CHANGES

    dev, hid, _ = world
    gone = {"household_id": hid, "name": "老人", "sex": "男", "relationship": "之父"}
    gone |= {"departure_reason": "死亡", "departure_date": "2026-10-21"}
    assert dev.push([dev.change("member", gone, deleted=True)])[0]["status"] == "applied"

    def pulled(headers: dict[str, str]) -> dict[str, Any]:
        r = requests.get(dev.url + "/api/v1/pull", params={"after": 0}, headers=headers, timeout=30)
        assert r.status_code == 200, r.text
        return next(x for x in r.json()["records"] if x["fields"].get("name") == "老人")

    old = pulled(dev.headers)
    assert not set(old["fields"]) & set(LATER_COLUMNS[MEMBER_CHANGES]["member"])
    assert old["deleted"] is True  # (it still learns the member is gone)
    new = pulled({**dev.headers, ACCEPTS_HEADER: ACCEPTS})
    assert (new["fields"]["departure_reason"], new["fields"]["departure_date"]) == (
        "死亡",
        "2026-10-21",
    )


def test_an_app_that_never_got_the_member_columns_does_not_clear_them(
    live: Live, world: Any
) -> None:
    """An app from before the member-change columns edits a newborn (its fields have no
    arrival_*): the reason and date stay as recorded."""
    dev, hid, _ = world
    baby = {"household_id": hid, "name": "小宝", "sex": "女", "relationship": "之孙女"}
    new = dev.change("member", {**baby, "arrival_reason": "新生儿", "arrival_date": "2026-10-20"})
    assert dev.push([new])[0]["status"] == "applied"
    old = Device(live, "gw_a2")
    edit = old.change("member", {**baby, "name": "张小宝"}, rid=new["id"])
    edit = {**edit, "change_id": f"{old.id}:{new['id']}:1:2", "base_version": 1}
    assert old.push([edit])[0]["status"] == "applied"
    with live.engine.connect() as conn:
        m = tb.T.member
        row = conn.execute(select(m).where(m.c.id == new["id"])).mappings().one()
    assert (row["name"], row["arrival_reason"], str(row["arrival_date"])) == (
        "张小宝",
        "新生儿",
        "2026-10-20",
    )
