"""Item 11 (request level) and item 16: what used to be unhandled 500s is a 4xx with a clear
message, and the served OpenAPI document describes the API as it is."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import requests
from sqlalchemy import select, update

from gridworker.server import tables as tb
from gridworker.store import records
from gridworker.sync.engine import sync_once
from gridworker.wire.protocol import VERSION_HEADER

from tests.server.fixtures import GRID_A, PASSWORD, Live, enroll_device, seed
from tests.sync.helpers import add_household

API = "/api/v1"


def _token(url: str) -> dict[str, str]:
    r = requests.post(url + API + "/enroll", json={"username": "gw_a", "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}", "Content-Type": "application/json"}


def test_former_500s_are_4xx(live: Live) -> None:
    seed(live.engine)
    auth = _token(live.url)
    deep = b'{"username": ' + b"[" * 20_000 + b"]" * 20_000 + b', "password": "x"}'
    r = requests.post(live.url + API + "/enroll", data=deep, timeout=30)
    assert r.status_code in (400, 422) and r.json()["code"]
    rid = str(uuid.uuid4())
    push = {
        "device_time": "2026-01-01T00:00:00",
        "changes": [
            {
                "change_id": f"x:{rid}:0:1",
                "table": "visit",
                "id": rid,
                "base_version": 0,
                "fields": {"answers": "NESTED"},
            }
        ],
    }
    for depth in (150, 5000, 200_000):  # deeper than pydantic, then than Python, will read
        nested = '{"a":' * depth + "1" + "}" * depth
        body = json.dumps(push).replace('"NESTED"', nested).encode()
        r = requests.post(live.url + API + "/push", data=body, headers=auth, timeout=30)
        if depth > 200:
            assert r.status_code == 400 and r.json()["code"] == "malformed_json", (depth, r.text)
        else:  # readable: the change itself is judged (and rejected), never a 5xx
            assert r.status_code == 200 and r.json()["results"][0]["status"] == "rejected"
    # a version header of 4,300 digits (int() refuses to parse that many)
    r = requests.get(live.url + API + "/status", headers={VERSION_HEADER: "9" * 4300})
    assert r.status_code == 401  # no token: refused before anything is parsed
    r = requests.get(live.url + API + "/status", headers={**auth, VERSION_HEADER: "9" * 4300})
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    r = requests.post(live.url + API + "/enroll", headers={VERSION_HEADER: "9" * 4300}, json={})
    assert r.status_code == 422
    r = requests.get(live.url + API + "/status", headers={**auth, VERSION_HEADER: "1." * 500})
    assert r.status_code == 422
    # change numbers are BIGINT: 2^63 and beyond are out of range, not a database error
    for params in ({"after": 2**63}, {"ref": 2**63}, {"after": 10**30}, {"limit": 10**6}):
        r = requests.get(live.url + API + "/pull", params=params, headers=auth)
        assert r.status_code == 422, (params, r.text)
    r = requests.put(
        live.url + API + "/attachments/" + "0" * 64,
        params={"offset": 2**63, "size": 10, "mime": "image/png"},
        data=b"x",
        headers=auth,
    )
    assert r.status_code == 422
    # NUL in what an unauthenticated caller sends to be stored or looked up
    for body in (
        {"username": "gw\x00a", "password": PASSWORD},
        {"username": "gw_a", "password": PASSWORD, "device_name": "pc\x00"},
        {"username": "gw_a", "password": PASSWORD, "app_version": "1\x00"},
    ):
        r = requests.post(live.url + API + "/enroll", json=body)
        assert r.status_code == 422, (body, r.text)
    r = requests.post(
        live.url + API + "/recover",
        json={"username": "\x00", "password": "x", "device_id": str(uuid.uuid4())},
    )
    assert r.status_code == 422
    nul_id = {**push["changes"][0], "change_id": "x:\x00", "fields": {}}
    r = requests.post(
        live.url + API + "/push",
        json={"device_time": "2026-01-01T00:00:00", "changes": [nul_id]},
        headers=auth,
    )
    assert r.status_code == 422


def test_strict_booleans_and_server_time_with_offset(live: Live) -> None:
    data = seed(live.engine)
    auth = _token(live.url)
    hh = data["household"][0]
    change = {
        "change_id": "x:1",
        "table": "household",
        "id": hh["id"],
        "base_version": 1,
        "fields": {},
        "deleted": 0,
    }
    r = requests.post(
        live.url + API + "/push",
        json={"device_time": "2026-01-01T00:00:00", "changes": [change]},
        headers=auth,
    )
    assert r.status_code == 422 and "deleted" in r.json()["message"]
    for path in ("/status", "/pull"):
        t = requests.get(live.url + API + path, headers=auth).json()["server_time"]
        assert datetime.fromisoformat(t).utcoffset() is not None, (path, t)
    r = requests.post(
        live.url + API + "/push",
        json={"device_time": "2026-01-01T00:00:00", "changes": []},
        headers=auth,
    )
    assert datetime.fromisoformat(r.json()["server_time"]).utcoffset() is not None


def test_openapi_describes_bodies_and_errors(live: Live) -> None:
    doc = requests.get(live.url + API + "/openapi.json").json()
    ops = {
        (method.upper(), path.removeprefix(API)): op
        for path, item in doc["paths"].items()
        for method, op in item.items()
    }
    schemas = doc["components"]["schemas"]
    bodies = {
        ("POST", "/enroll"): "EnrollRequest",
        ("POST", "/recover"): "RecoverRequest",
        ("POST", "/push"): "PushRequest",
        ("PUT", "/device/recovery"): "RecoveryUpload",
    }
    for key, model in bodies.items():
        schema = ops[key]["requestBody"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{model}"}
        assert model in schemas
    put = ops[("PUT", "/attachments/{sha}")]["requestBody"]["content"]
    assert put["application/octet-stream"]["schema"]["format"] == "binary"
    anonymous = {("POST", "/enroll"), ("POST", "/recover")}
    for key, op in ops.items():
        codes = set(op["responses"])
        assert {"422", "426"} <= codes, key
        if key not in anonymous:
            assert "401" in codes, key
        assert all(
            op["responses"][c]["content"]["application/json"]["schema"]
            == {"$ref": "#/components/schemas/ErrorBody"}
            for c in codes - {"200"}
        ), key
    for key in anonymous:
        assert {"401", "403", "413", "429"} <= set(ops[key]["responses"]), key
    for name in ("StatusResponse", "PullResponse", "PushResponse", "EnrollResponse"):
        assert "offset" in schemas[name]["properties"]["server_time"]["description"]
    deleted = schemas["Change"]["properties"]["deleted"]
    assert deleted["type"] == "boolean"
    pull = {p["name"]: p for p in ops[("GET", "/pull")]["parameters"]}
    assert pull["after"]["schema"]["maximum"] == 2**63 - 1


def test_one_refused_change_does_not_block_the_rest(live: Live, tmp_path: Path) -> None:
    """A batch the server refuses whole (422) is split until the change it refuses: that one is
    kept aside on the device with the server's message, the others go up, and the next sync
    does not send it again."""
    seed(live.engine)
    store = enroll_device(tmp_path / "a", live.url, "gw_a")
    try:
        sync_once(store)
        good = [add_household(store, GRID_A, f"{GRID_A}9{i:02d}") for i in range(5)]
        h = store.t.household
        with store.write() as conn:
            row = records.insert(
                conn,
                h,
                {
                    "number": f"{GRID_A}999",
                    "grid_code": GRID_A,
                    "address": "坏",
                    "household_type": "普通农户",
                    "no_labour_guarantee": False,
                    "long_absent": False,
                    "risk_codes": [],
                    "head_name": "坏",
                },
            )
            conn.execute(update(h).where(h.c.id == row["id"]).values(id="not-a-uuid"))
        report = sync_once(store)
        assert report.applied == 10 and report.quarantined == 1, report  # 5 households, 5 heads
        with store.read() as conn:
            bad = conn.execute(
                select(h.c.sync_state, h.c.sync_error).where(h.c.id == "not-a-uuid")
            ).one()
        assert bad.sync_state == "error" and bad.sync_error
        with live.engine.connect() as conn:
            ids = set(conn.execute(select(tb.T.household.c.id)).scalars())
        assert set(good) <= ids and "not-a-uuid" not in ids
        assert sync_once(store).sent == 0
    finally:
        store.close()
