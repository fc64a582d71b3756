"""The API fuzzed from its own OpenAPI document (schemathesis): a real server on loopback on
PostgreSQL, a real device token, request bodies as described; valid and invalid requests to
every operation, a fixed seed and a bounded number of examples. No answer may be a 5xx, and
every answer must be one the document lists, shaped as it says."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, seed, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import Engine

from tests.server.fixtures import PASSWORD, thread_server
from tests.server.fixtures import seed as seed_data

pytestmark = pytest.mark.slow
EXAMPLES = 30  # per operation and mode: ~650 requests; 40-100 s on two shared cores
SEED = 20261204
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _run(
    operation: Any,
    mode: Any,
    base: str,
    auth: dict[str, str],
    failures: list[str],
    seen: Counter[tuple[str, int]],
) -> None:
    @seed(SEED)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def fuzz(case: Any) -> None:
        response = case.call(base_url=base, headers=auth, timeout=30)
        seen[operation.label, response.status_code] += 1
        case.validate_response(response, checks=CHECKS)

    try:
        fuzz()
    except BaseException as e:  # every operation's first failure (shrunk), reported at the end
        if isinstance(e, KeyboardInterrupt):
            raise
        failures.append(f"{operation.label} [{mode.value}]: {e}"[:3000])


def test_fuzz_the_served_api(pg_url: str) -> None:
    from gridworker.server import db

    engine: Engine = db.make_engine(pg_url)
    try:
        seed_data(engine)
        with thread_server(engine) as base:
            r = requests.post(
                base + "/api/v1/enroll", json={"username": "gw_a", "password": PASSWORD}
            )
            auth = {"Authorization": f"Bearer {r.json()['token']}"}
            schema = schemathesis.openapi.from_url(base + "/api/v1/openapi.json")
            failures: list[str] = []
            seen: Counter[tuple[str, int]] = Counter()
            operations = [r.ok() for r in schema.get_all_operations()]
            assert len(operations) >= 11
            for operation in operations:
                for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                    _run(operation, mode, base, auth, failures, seen)
            print(sorted(seen.items()))
    finally:
        engine.dispose()
    assert not failures, "\n\n".join(failures)
    # it did reach the operations: accepted requests as well as refused ones
    assert sum(seen.values()) > 250
    ok = {label for (label, status), n in seen.items() if status == 200}
    assert {"POST /api/v1/push", "GET /api/v1/pull", "GET /api/v1/status"} <= ok, seen
