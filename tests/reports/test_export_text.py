"""User text in Excel is text, never a formula (issue 13, item 5): names, addresses, worker and
region names typed as ``=HYPERLINK(…)`` come out of all three exports — `gridworker-server
report --format xlsx`, `gridworker report --xlsx` and the township drill-down list — as string
cells, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gridworker.commands import server as server_cli
from gridworker.commands.main import main as device_cli
from gridworker.reports import drill_down
from gridworker.reports.loading import insert_records
from gridworker.reports.xlsx import export_drill
from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.store import bulk
from gridworker.store.store import Account, Store, account_folder

from tests.conftest import FAST_KDF
from tests.reports.county import V1, T, county, hid

LINK = '=HYPERLINK("http://example.invalid/x","点我")'
SUM = "=1+1"
DDE = "=cmd|' /C calc'!A0"
PASSWORD = "pw-export-1"


def hostile() -> dict[str, list[dict[str, Any]]]:
    """The hand-made county with formulas typed where people type text."""
    data = county()
    for r in data["region"]:
        if r["code"] == V1:
            r["name"] = DDE
    for h in data["household"]:
        h["address"] = LINK
        if h["id"] == hid("A"):
            h["head_name"] = SUM
    for m in data["member"]:
        if m["household_id"] == hid("A") and m["relationship"] == "户主":
            m["name"] = SUM
    for v in data["visit"]:
        v["worker_name"] = LINK
    return data


def formulas_read_back(path: Path) -> tuple[set[str], list[str]]:
    """(every text value starting with "=", every cell openpyxl reads as a formula)."""
    wb = openpyxl.load_workbook(path)
    texts: set[str] = set()
    live: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    live.append(f"{ws.title}!{cell.coordinate}: {cell.value}")
                elif isinstance(cell.value, str) and cell.value.startswith("="):
                    assert cell.data_type == "s"
                    texts.add(cell.value)
    return texts, live


def test_server_report_writes_text(tmp_path: Path) -> None:
    path = tmp_path / "server.db"
    assert server_cli.main(["--db", str(path), "init"]) == 0
    engine = db.make_engine(db.normalize_url(str(path)))
    with engine.begin() as conn:
        insert_records(conn, tb.T, hostile())
    engine.dispose()
    out = tmp_path / "r.xlsx"
    args = ["--db", str(path), "report", "--region", T, "--period", "2022-05"]
    assert server_cli.main([*args, "--format", "xlsx", "--out", str(out)]) == 0
    texts, live = formulas_read_back(out)
    assert live == []
    assert {DDE, LINK} <= texts  # the village's name, the grid workers' names


@pytest.fixture
def township(tmp_path: Path) -> Path:
    """A township user's computer holding the hostile county's township, as after a sync."""
    home = tmp_path / "home"
    data = hostile()
    mine = {h["id"] for h in data["household"] if h["grid_code"].startswith(T)}
    scoped = {
        name: [r for r in rows if name == "region" or r.get("household_id", r["id"]) in mine]
        for name, rows in data.items()
    }
    store = Store.create(
        account_folder(home, "tw104"),
        PASSWORD,
        Account("tw104", "临涣镇工作人员", "township", T),
        kdf=FAST_KDF,
    )
    bulk.load(store, scoped)
    store.close()
    return home


def test_device_report_writes_text(
    township: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRIDWORKER_PASSWORD", PASSWORD)
    out = tmp_path / "r.xlsx"
    args = ["report", "--home", str(township), "--user", "tw104", "--period", "2022-05"]
    assert device_cli([*args, "--xlsx", str(out)]) == 0
    texts, live = formulas_read_back(out)
    assert live == []
    assert {DDE, LINK} <= texts


def test_drill_down_export_writes_text(township: Path, tmp_path: Path) -> None:
    store = Store.open(account_folder(township, "tw104"), PASSWORD)
    try:
        with store.read() as conn:
            refs = drill_down(conn, T, "2022-05", "coverage.visited")
    finally:
        store.close()
    assert any(r.head_name == SUM for r in refs)
    out = export_drill(refs, tmp_path / "d.xlsx", title="户名单")
    texts, live = formulas_read_back(out)
    assert live == []
    assert {SUM, LINK} <= texts
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    assert ws["A2"].data_type == "s" and ws["A2"].value == refs[0].number  # 户编号 stays text
