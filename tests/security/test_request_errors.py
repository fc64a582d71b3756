"""Item 11 (request level) and item 16: what used to be unhandled 500s is a 4xx with a clear
message, and the served OpenAPI document describes the API as it is."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

import requests

from gridworker.wire.protocol import VERSION_HEADER

from tests.server.fixtures import PASSWORD, Live, seed

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
