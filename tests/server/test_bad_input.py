"""Bad requests get a 4xx with a clear message, never a 5xx, and store nothing."""

from __future__ import annotations

import gzip
import json
import uuid
from typing import Any

import requests
from sqlalchemy import Engine, func, select

from gridworker.server import admin
from gridworker.server import tables as tb

from tests.server.fixtures import GRID_A, GRID_B, PASSWORD, Live, seed


def _enrol(url: str, user: str = "gw_a") -> tuple[str, str]:
    r = requests.post(url + "/api/v1/enroll", json={"username": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return r.json()["token"], r.json()["device_id"]


def _stored(engine: Engine) -> int:
    with engine.connect() as conn:
        return sum(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (tb.T.household, tb.T.member, tb.T.visit, tb.change_log, tb.push_result)
        )


def _change(
    device: str, table: str, fields: dict[str, Any], rid: str | None = None
) -> dict[str, Any]:
    rid = rid or str(uuid.uuid4())
    return {
        "change_id": f"{device}:{rid}:0:1",
        "table": table,
        "id": rid,
        "base_version": 0,
        "fields": fields,
        "deleted": False,
    }


def test_bad_requests_are_4xx_and_store_nothing(live: Live) -> None:
    data = seed(live.engine)
    token, device = _enrol(live.url)
    before = _stored(live.engine)
    h = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    push = live.url + "/api/v1/push"
    cases: list[tuple[bytes, dict[str, str], int]] = [
        (b"{not json", h, 400),
        (b'{"device_time": "2026-01-01T00:00:00", "changes": "x"}', h, 422),
        (
            json.dumps({"device_time": "2026-01-01T00:00:00", "changes": [], "evil": 1}).encode(),
            h,
            422,
        ),
        (json.dumps({"device_time": "x", "changes": []}).encode(), h, 422),
        (
            json.dumps(
                {
                    "device_time": "2026-01-01T00:00:00",
                    "changes": [{**_change(device, "household", {}), "table": "app_user"}],
                }
            ).encode(),
            h,
            422,
        ),
        (b"\x1f\x8b garbage", {**h, "Content-Encoding": "gzip"}, 400),
        (gzip.compress(b" " * (9 * 1024 * 1024)), {**h, "Content-Encoding": "gzip"}, 413),
        (b"{}", {**h, "Authorization": "Bearer nope"}, 401),
        (b"{}", {"Content-Type": "application/json"}, 401),
    ]
    for body, headers, status in cases:
        r = requests.post(push, data=body, headers=headers, timeout=30)
        assert r.status_code == status, (body[:60], r.status_code, r.text)
        assert r.json()["code"] and r.json()["message"]
    big = b"[" + b"1," * (5 * 1024 * 1024) + b"1]"
    r = requests.post(push, data=big, headers=h, timeout=30)
    assert r.status_code == 413 and "MB" in r.json()["message"]
    assert _stored(live.engine) == before

    # per record: wrong types, vocabulary, unknown fields, another grid, missing parent
    foreign = next(x for x in data["household"] if x["grid_code"] == GRID_B)
    mine = next(x for x in data["household"] if x["grid_code"] == GRID_A)
    hh = {
        "number": "1",
        "grid_code": GRID_A,
        "address": "a",
        "household_type": "普通农户",
        "no_labour_guarantee": False,
        "long_absent": False,
        "risk_codes": [],
        "head_name": "",
    }
    changes = [
        _change(device, "household", {**hh, "long_absent": "yes"}),
        _change(device, "household", {**hh, "household_type": "富户"}),
        _change(device, "household", {**hh, "risk_codes": ["77"]}),
        _change(device, "household", {**hh, "surprise": 1}),
        _change(device, "household", {**hh, "grid_code": GRID_B}),
        _change(device, "household", {**hh, "grid_code": GRID_A}, rid=foreign["id"]),
        _change(device, "member", {"household_id": foreign["id"], "name": "x"}),
        _change(device, "member", {"household_id": str(uuid.uuid4()), "name": "x"}),
        _change(device, "member", {"household_id": mine["id"], "name": 5}),
        {**_change(device, "household", hh), "change_id": "forged:1:0:1"},
    ]
    r = requests.post(
        push, json={"device_time": "2026-01-01T00:00:00", "changes": changes}, headers=h, timeout=30
    )
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results] == ["rejected"] * len(changes)
    assert [x["code"] for x in results] == [
        "invalid",
        "invalid",
        "invalid",
        "invalid",
        "forbidden",
        "forbidden",
        "forbidden",
        "missing_parent",
        "invalid",
        "invalid",
    ]
    assert all(x["reason"] for x in results)
    with live.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(tb.change_log)).scalar_one() == len(
            data["household"]
        ) + len(data["member"])
        assert (
            conn.execute(
                select(tb.T.household.c.grid_code).where(tb.T.household.c.id == foreign["id"])
            ).scalar_one()
            == GRID_B
        )


def test_pull_is_scoped_and_revocation_is_401(live: Live) -> None:
    seed(live.engine)
    token, device = _enrol(live.url)
    h = {"Authorization": f"Bearer {token}"}
    r = requests.get(live.url + "/api/v1/pull", params={"after": 0}, headers=h)
    grids = {x["fields"].get("grid_code") for x in r.json()["records"] if x["table"] == "household"}
    assert grids == {GRID_A}
    assert (
        requests.get(live.url + "/api/v1/pull", params={"after": -1}, headers=h).status_code == 422
    )
    admin.revoke_device(live.engine, device)
    r = requests.get(live.url + "/api/v1/status", headers=h)
    assert r.status_code == 401 and r.json()["code"] == "device_revoked"
    admin.set_min_app_version(live.engine, "99.0")
    # fresh app instance reads the minimum immediately; this one caches for 5 s at most
    live_app_min = requests.get(live.url + "/api/v1/openapi.json")
    assert live_app_min.status_code == 200


def test_login_rate_limit(live: Live) -> None:
    seed(live.engine)
    for _ in range(10):
        r = requests.post(live.url + "/api/v1/enroll", json={"username": "gw_a", "password": "x"})
        assert r.status_code == 401 and r.json()["code"] == "bad_credentials"
    r = requests.post(live.url + "/api/v1/enroll", json={"username": "gw_a", "password": PASSWORD})
    assert r.status_code == 429 and r.json()["code"] == "too_many_attempts"
