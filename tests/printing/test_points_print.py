"""爱心超市 on paper and in Excel: the month's report (五公开 lists included) as .xlsx — text as
text — and as a PDF whose text reads back, and a redemption's receipt (issue 19)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gridworker import demo
from gridworker.commands.main import main as device_cli
from gridworker.demo_accounts import _scope_rows
from gridworker.points.receipt import receipt_html
from gridworker.reports.period import Period
from gridworker.reports.points import build_points_report, points_sheets
from gridworker.reports.xlsx import export_sheets
from gridworker.store import bulk
from gridworker.store.store import Account, Store, account_folder

from tests.conftest import FAST_KDF
from tests.printing.conftest import needs_pdftotext, pdf_text

TODAY = date(2026, 11, 20)
LINK = '=HYPERLINK("http://example.com","点我")'


def _township(store: Store) -> tuple[str, Period]:
    county = demo.generate(120, seed=7, today=TODAY)
    town = county.households[0]["grid_code"][:9]
    bulk.load(store, _scope_rows(county, town))
    return town, Period.parse("2026-11")


def test_the_month_report_counts_the_ledger(store: Store, tmp_path: Path) -> None:
    town, period = _township(store)
    with store.read() as conn:
        r = build_points_report(conn, store.t, town, period)
        e = store.t.points_entry
        from sqlalchemy import func, select

        awarded = conn.execute(
            select(func.sum(e.c.points)).where(e.c.kind == "award", e.c.deleted.is_(False))
        ).scalar_one()
    assert sum(v.awarded for v in r.villages) == awarded > 0
    assert sum(v.redeemed for v in r.villages) == len(r.redemptions) > 0
    assert sum(v.households for v in r.villages) == len(r.never_scored) + len(r.awarded)
    assert r.rules == []  # no rule set published in this store: none listed
    out = export_sheets(points_sheets(r), tmp_path / "积分.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["各村积分", "公开·积分情况"]
    ws = wb["公开·积分情况"]
    first = next(ws.iter_rows(min_row=2, max_row=2))
    assert first[0].data_type == "s" and first[0].value == r.awarded[0][0]  # 户编号 as text
    # no ID number anywhere in the public lists
    for sheet in wb.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and len(v) == 18 and v[:6].isdigit() for v in row)


@needs_pdftotext
def test_report_and_receipt_pdfs_read_back(store: Store, tmp_path: Path, qapp: object) -> None:
    from gridworker.ui.printing.receipt_print import write_receipt_pdf
    from gridworker.ui.printing.report_print import write_sheets_pdf

    town, period = _township(store)
    with store.read() as conn:
        r = build_points_report(conn, store.t, town, period)
    write_sheets_pdf(tmp_path / "r.pdf", r.title, points_sheets(r))
    text = pdf_text(tmp_path / "r.pdf")
    assert "各村积分" in text and "公开·兑换情况" in text and r.villages[0].name in text
    entry = {
        "id": "0f3c2a1e-0000-4000-8000-000000000001",
        "entry_date": TODAY,
        "household_number": "34062110420101001",
        "household_name": "张桂英",
        "points": -7,
        "items": [
            {"name": "洗衣粉", "unit": "袋", "quantity": 1, "price": 5},
            {"name": "毛巾", "unit": "条", "quantity": 2, "price": 1},
        ],
        "worker_name": "李超市",
    }
    write_receipt_pdf(tmp_path / "receipt.pdf", receipt_html(entry, "某村", 12))
    text = pdf_text(tmp_path / "receipt.pdf")
    for want in ("积分兑换凭证", "张桂英", "34062110420101001", "洗衣粉", "兑换后余额", "12"):
        assert want in text, want


@needs_pdftotext
def test_the_village_prints_its_board_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """`gridworker report --points`: a village cadre's 五公开 lists from the laptop's own store,
    as Excel (a name typed as a formula stays text) and PDF."""
    county = demo.generate(120, seed=7, today=TODAY)
    village = county.households[0]["grid_code"][:12]
    data = _scope_rows(county, village)
    first = data["household"][0]["id"]
    head = next(
        m for m in data["member"] if m["household_id"] == first and m["relationship"] == "户主"
    )
    head["name"] = LINK
    home = tmp_path / "home"
    store = Store.create(
        account_folder(home, "cun01"),
        "pw-cun-01",
        Account("cun01", "村干部", "village", village),
        kdf=FAST_KDF,
    )
    bulk.load(store, data)
    store.close()
    monkeypatch.setenv("GRIDWORKER_PASSWORD", "pw-cun-01")
    xlsx, pdf = tmp_path / "五公开.xlsx", tmp_path / "五公开.pdf"
    args = ["report", "--points", "--home", str(home), "--user", "cun01", "--period", "2026-11"]
    assert device_cli([*args, "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0
    ws = load_workbook(xlsx)["公开·积分情况"]
    cell = next(r[1] for r in ws.iter_rows(min_row=2) if r[1].value == LINK)
    assert cell.data_type == "s"  # text, never a live formula
    assert "公开·积分细则" in pdf_text(pdf) or "公开·积分情况" in pdf_text(pdf)
    # an account that is not on this computer: refused, nothing written
    monkeypatch.setenv("GRIDWORKER_PASSWORD", "pw")
    assert (
        device_cli(
            [
                "report",
                "--points",
                "--home",
                str(home),
                "--period",
                "2026-11",
                "--user",
                "nobody",
                "--xlsx",
                str(xlsx),
            ]
        )
        != 0
    )
