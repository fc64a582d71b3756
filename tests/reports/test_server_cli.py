"""``gridworker-server report`` against a server database made by ``gridworker-server init``:
its JSON is exactly build_report's, and its .xlsx opens with one sheet per indicator."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from gridworker.commands import server as cli
from gridworker.reports import build_report
from gridworker.reports.loading import insert_records
from gridworker.server import db
from gridworker.server import tables as tb

from tests.reports.county import V1, T, county


@pytest.fixture(scope="module")
def server_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server") / "server.db"
    assert cli.main(["--db", str(path), "init"]) == 0
    engine = db.make_engine(db.normalize_url(str(path)))
    try:
        with engine.begin() as conn:
            insert_records(conn, tb.T, county())
    finally:
        engine.dispose()
    return path


@pytest.mark.parametrize(
    ("region", "period"), [(T, "2022-05"), (V1, "2022-Q2"), ("340621", "2022-W18")]
)
def test_report_json_is_build_report(
    server_db: Path, tmp_path: Path, region: str, period: str
) -> None:
    out = tmp_path / "r.json"
    assert (
        cli.main(
            [
                "--db",
                str(server_db),
                "report",
                "--region",
                region,
                "--period",
                period,
                "--format",
                "json",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    engine = db.make_engine(db.normalize_url(str(server_db)))
    try:
        with engine.connect() as conn:
            expected = build_report(conn, region, period).to_json()
    finally:
        engine.dispose()
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(expected)
    assert json.loads(expected)["coverage"]["total"]["households"] > 0


def test_report_xlsx(server_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert (
        cli.main(
            [
                "--db",
                str(server_db),
                "report",
                "--region",
                T,
                "--period",
                "2022-05",
                "--out",
                str(out),
            ]
        )
        == 0
    )  # format from the suffix
    wb = openpyxl.load_workbook(out, read_only=True)
    assert len(wb.sheetnames) >= 6


def test_report_bad_request(server_db: Path, tmp_path: Path) -> None:
    assert (
        cli.main(
            [
                "--db",
                str(server_db),
                "report",
                "--region",
                "12",
                "--period",
                "2022-05",
                "--out",
                str(tmp_path / "r.json"),
            ]
        )
        == 2
    )
    assert (
        cli.main(
            [
                "--db",
                str(server_db),
                "report",
                "--region",
                T,
                "--period",
                "2022-13",
                "--out",
                str(tmp_path / "r.json"),
            ]
        )
        == 2
    )
    assert (
        cli.main(
            [
                "--db",
                str(server_db),
                "report",
                "--region",
                T,
                "--period",
                "2022-05",
                "--out",
                str(tmp_path / "r.txt"),
            ]
        )
        == 2
    )
