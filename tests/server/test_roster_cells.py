"""Rosters as Excel really leaves them (issue 13, items 6 and 7): numbers where text belongs,
scientific notation, full-width digits, merged cells, blank cells on re-import, landlines, formulas
with no value — and `import-regions`, so the sample roster imports on a fresh server."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine, select

from gridworker.commands import server as cli
from gridworker.server import admin
from gridworker.server import tables as tb
from gridworker.server.region_import import import_regions
from gridworker.server.roster import import_roster

from tests.conftest import ROOT
from tests.server.fixtures import GRID_A, seed
from tests.server.test_roster_import import NEW_A, SAMPLE, _sheet

REGIONS = ROOT / "resources" / "samples" / "regions-sample.csv"
HEADER = [
    "户编号",
    "网格编码",
    "地址",
    "联系电话(户)",
    "姓名",
    "证件号码",
    "与户主关系",
    "联系电话",
]


def _valid_ids() -> list[str]:
    from datetime import date

    from gridworker.residentid import build

    return [build("340621", date(1970 + i, 1, 1), 10 + i) for i in range(6)]


def _wide(digits: str) -> str:
    """The full-width form of ASCII digits (as an IME in full-width mode types them)."""
    return digits.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def _xlsx(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _households(engine: Engine) -> dict[str, dict[str, Any]]:
    h = tb.T.household
    with engine.connect() as conn:
        return {r["number"]: dict(r) for r in conn.execute(select(h)).mappings()}


def _members(engine: Engine, number: str) -> dict[str, dict[str, Any]]:
    h, m = tb.T.household, tb.T.member
    with engine.connect() as conn:
        rows = conn.execute(
            select(m).join(h, h.c.id == m.c.household_id).where(h.c.number == number)
        ).mappings()
        return {r["name"]: dict(r) for r in rows}


def test_numbers_where_text_belongs_are_refused(engine: Engine, tmp_path: Path) -> None:
    """A 户编号 Excel stored as a number, or a CSV's 3.40621E+16, is refused with the reason —
    never imported under another number; full-width digits are folded."""
    seed(engine)
    ids = _valid_ids()
    number = 3406211042010100009
    path = _xlsx(
        tmp_path / "numbers.xlsx",
        [
            [number, GRID_A, "东", "", "甲", ids[0], "户主", ""],
            [
                _wide("3406211042010100007"),
                _wide(GRID_A),
                "西",
                "",
                "乙",
                ids[1],
                "户主",
                "",
            ],
        ],
    )
    report = import_roster(engine, path)
    assert report.households_new == 1 and report.rejected_households == 1
    assert report.rejected[0].reason.startswith("户编号被存成了数字")
    stored = _households(engine)
    assert "3406211042010100007" in stored and str(number) not in stored
    assert stored["3406211042010100007"]["grid_code"] == GRID_A
    rows = [HEADER, ["3.40621E+16", GRID_A, "南", "", "丙", ids[2], "户主", ""]]
    rows.append(["3406211042010100008", GRID_A, "北", "", "丁", "3.40621E+17", "户主", ""])
    with (tmp_path / "sci.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    report = import_roster(engine, tmp_path / "sci.csv")
    assert report.rejected_households == 2
    assert all("科学计数法" in r.reason for r in report.rejected)
    assert "3.40621E+16" not in _households(engine)


def test_merged_household_cells_fill_down(engine: Engine, tmp_path: Path) -> None:
    """户编号, 网格编码 and 地址 merged over a household's member rows: every member imports."""
    seed(engine)
    ids = _valid_ids()
    path = _xlsx(
        tmp_path / "merged.xlsx",
        [
            ["3406211042010100011", GRID_A, "合并的地址", "", "张甲", ids[0], "户主", ""],
            [None, None, None, "", "李乙", ids[1], "配偶", ""],
            [None, None, None, "", "张丙", ids[2], "之子", ""],
        ],
        merges=("A2:A4", "B2:B4", "C2:C4"),
    )
    report = import_roster(engine, path)
    assert (report.households_new, report.members_new, report.rejected) == (1, 3, [])
    assert _households(engine)["3406211042010100011"]["address"] == "合并的地址"
    assert set(_members(engine, "3406211042010100011")) == {"张甲", "李乙", "张丙"}


def test_blank_cells_keep_what_the_server_holds(engine: Engine, tmp_path: Path) -> None:
    """One policy for households and members: a blank cell is "not given" and never clears a
    stored value."""
    seed(engine)
    import_roster(engine, SAMPLE)
    before = _members(engine, NEW_A)
    assert before["张建国"]["education"] == "初中" and before["张建国"]["phone"] == "13905610001"
    rows = _sheet()
    header = rows[1]
    blank = [header.index(x) for x in ("文化程度", "联系电话", "务工所在地", "地址", "健康状况")]
    for r in rows[2:]:
        if r[0] == NEW_A:
            for i in blank:
                r[i] = ""
    path = tmp_path / "blank.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    report = import_roster(engine, path)
    assert report.households_unchanged == 3 and report.households_updated == 0
    assert _members(engine, NEW_A) == before
    assert _households(engine)[NEW_A]["address"] == "临涣镇某村东组12号"


def test_phone_numbers_stored_as_numbers(engine: Engine, tmp_path: Path) -> None:
    """A landline typed as a number gets its leading 0 back (from the cell's zero-padded format,
    else from its length); a mobile stays as it is."""
    seed(engine)
    ids = _valid_ids()
    path = _xlsx(
        tmp_path / "phones.xlsx",
        [
            ["3406211042010100021", GRID_A, "东", 5614567890, "甲", ids[0], "户主", 13905610001],
            ["3406211042010100021", GRID_A, "东", 5614567890, "乙", ids[1], "配偶", 4567890],
        ],
    )
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["H3"].value = 5611234567  # shown with its zero by the format
    ws["H3"].number_format = "00000000000"
    wb.save(path)
    assert import_roster(engine, path).rejected == []
    assert _households(engine)["3406211042010100021"]["phone"] == "05614567890"
    phones = {n: m["phone"] for n, m in _members(engine, "3406211042010100021").items()}
    assert phones == {"甲": "13905610001", "乙": "05611234567"}


def test_formula_without_a_value_is_reported(engine: Engine, tmp_path: Path) -> None:
    """openpyxl saves formulas without calculated values: such a cell is a refusal with the
    reason, never a silent blank."""
    seed(engine)
    ids = _valid_ids()
    path = _xlsx(
        tmp_path / "formula.xlsx",
        [["3406211042010100031", GRID_A, '=CONCATENATE("东","组")', "", "甲", ids[0], "户主", ""]],
    )
    report = import_roster(engine, path)
    assert report.rejected_households == 1
    assert "没有计算结果的公式" in report.rejected[0].reason
    assert "3406211042010100031" not in _households(engine)


def test_sample_roster_imports_on_a_fresh_server(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Item 7: on a fresh server the sample roster is refused until its regions are registered;
    `import-regions` registers them (row by row), then the 3 valid households import."""
    assert cli.main(["--db", db_url, "init"]) == 0
    assert cli.main(["--db", db_url, "import-roster", str(SAMPLE)]) == 1
    assert "拒绝 8 户" in capsys.readouterr().out
    report = tmp_path / "regions-report.csv"
    assert cli.main(["--db", db_url, "import-regions", str(REGIONS), "--report", str(report)]) == 0
    assert "新增 5" in capsys.readouterr().out
    with report.open(encoding="utf-8-sig") as f:
        assert [r[3] for r in csv.reader(f)][1:] == ["新增"] * 5
    assert cli.main(["--db", db_url, "import-roster", str(SAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "新增 3 户（7 人）" in out and "拒绝 5 户" in out
    assert cli.main(["--db", db_url, "import-regions", str(REGIONS)]) == 0
    assert "未变 5" in capsys.readouterr().out


def test_region_rows_are_checked(engine: Engine, tmp_path: Path) -> None:
    rows = [
        ["说明：濉溪县区划"],  # a title row above the header
        ["代码", "名称", "级别"],
        ["34062110420103", "第03网格", "网格"],  # listed before its village: fine
        ["340621104203", "新村", "村"],
        ["34062110420301", "", "网格"],
        ["3406211042", "十位", ""],
        ["340621104204", "错级", "网格"],
        ["34062110420501", "孤儿网格", ""],
        ["340621104203", "重复", "村"],
        ["340621", "濉溪县", "县"],
        ["340621104", "临涣镇", "乡镇"],
        ["340621104201", "某村", "村"],
    ]
    path = tmp_path / "regions.csv"
    with path.open("w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows(rows)
    report = import_regions(engine, path)
    got = {r.row: (r.status, r.reason) for r in report.rows}
    assert got[3] == ("新增", "") and got[4] == ("新增", "")
    assert got[5][1] == "名称为空"
    assert "无效" in got[6][1]
    assert "应为村" in got[7][1]
    assert "上级区划 340621104205" in got[8][1]
    assert got[9][1] == "区划代码与第4行重复"
    with engine.connect() as conn:
        grids = set(
            conn.execute(select(tb.T.region.c.code).where(tb.T.region.c.level == "grid")).scalars()
        )
    assert "34062110420103" in grids
    renamed = tmp_path / "renamed.csv"
    with renamed.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["区划代码", "名称"], ["340621104203", "新村（改名）"]])
    assert [r.status for r in import_regions(engine, renamed).rows] == ["更新"]
    with pytest.raises(admin.AdminError, match="找不到表头行"):
        import_regions(engine, SAMPLE)


def test_commands_before_init_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`demo-data` (or any command) on a database never initialised: a clear message, no
    traceback."""
    db = str(tmp_path / "fresh.db")
    for args in (
        ["demo-data", "--households", "5"],
        ["import-roster", str(SAMPLE)],
        ["import-regions", str(REGIONS)],
        ["user", "add", "x", "--role", "grid_worker", "--scope", GRID_A, "--password", "p"],
    ):
        assert cli.main(["--db", db, *args]) == 2
        err = capsys.readouterr().err
        assert "尚未初始化" in err and "gridworker-server init" in err
