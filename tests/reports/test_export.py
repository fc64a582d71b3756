"""Excel export (numbers as numbers, Chinese headers, one sheet per indicator) and HTML."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import Engine

from gridworker.reports import build_report, drill_down
from gridworker.reports.layout import report_html
from gridworker.reports.xlsx import export_drill, export_report

from tests.reports.county import T


def test_xlsx_report_and_drill(sqlite_county: Engine, tmp_path: Path) -> None:
    with sqlite_county.connect() as conn:
        report = build_report(conn, T, "2022-05")
        refs = drill_down(conn, T, "2022-05", "coverage.visited")
    path = export_report(report, tmp_path / "r.xlsx", drill=refs, drill_title="已走访户")
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["概况", "走访覆盖（村）", "走访覆盖（网格）"]
    assert wb.sheetnames[-1] == "已走访户"
    ws = wb["走访覆盖（村）"]
    assert ws["A1"].value == "代码" and ws["C1"].value == "户数"
    headers = [c.value for c in ws[1]]
    total = [c.value for c in ws[4]]  # total row, numbers as numbers
    assert total[:3] == [T, "临涣镇", 6] and total[headers.index("已走访户数")] == 4
    assert isinstance(total[headers.index("覆盖率(%)")], float)
    assert wb["已走访户"].max_row == len(refs) + 1
    export_drill(refs, tmp_path / "d.xlsx")
    assert load_workbook(tmp_path / "d.xlsx").active["A2"].value == refs[0].number


def test_html_and_json(sqlite_county: Engine) -> None:
    with sqlite_county.connect() as conn:
        report = build_report(conn, T, "2022-Q2")
    page = report_html(report)
    assert "临涣镇" in page and "动态清零" in page and "<table>" in page
    assert json.loads(report.to_json())["coverage"]["total"]["visited"] == 6
