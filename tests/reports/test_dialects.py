"""SQLite and PostgreSQL give identical reports; a real (SQLCipher) device store gives them too."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from gridworker.reports import build_report, drill_down
from gridworker.store import bulk

from tests.conftest import FAST_KDF
from tests.reports.county import T, county


def test_sqlite_and_postgresql_reports_are_identical(
    sqlite_county: Engine, pg_county: Engine
) -> None:
    for region in ("340621", T, T + "201", T + "20101"):
        for period in ("2022-W18", "2022-05", "2022-Q2", "2021-Q2"):
            with sqlite_county.connect() as a, pg_county.connect() as b:
                left, right = build_report(a, region, period), build_report(b, region, period)
                assert left.to_json() == right.to_json(), (region, period)
                assert drill_down(a, region, period, "coverage.households") == drill_down(
                    b, region, period, "coverage.households"
                )


def test_real_device_store(tmp_path: Path, sqlite_county: Engine) -> None:
    from gridworker.store.store import Store

    store = Store.create(tmp_path / "store", "pw", kdf=FAST_KDF)
    try:
        bulk.load(store, county())  # the device's bulk path derives the report tables too
        with store.read() as conn, sqlite_county.connect() as plain:
            assert (
                build_report(conn, T, "2022-05").to_json()
                == build_report(plain, T, "2022-05").to_json()
            )
    finally:
        store.close()
