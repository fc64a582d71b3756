"""`gridworker-server import-roster`: the sample roster on SQLite and PostgreSQL — counts, every
rejection reason, re-import without duplicates (updates as new versions), CSV encodings, the
CLI's report file, and a device pulling the imported households."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, func, select

from gridworker.residentid import build
from gridworker.server import admin, db
from gridworker.server import tables as tb
from gridworker.server.roster import import_roster
from gridworker.sync.engine import sync_once

from tests.conftest import ROOT
from tests.server.fixtures import GRID_A, Live, enroll_device, seed

SAMPLE = ROOT / "resources" / "samples" / "roster-sample.xlsx"
NEW_A = "3406211042010100001"  # 张建国's household, 3 members, grid A
REASONS = {
    10: "同户第11行有错误，整户未导入",
    11: "身份证号码无效：校验码错误",
    12: "同户第13行有错误，整户未导入",
    13: "户内有2个户主（第12行、第13行）",
    14: "网格编码“34062110499901”不是服务器上登记的网格",
    15: "性别“男”与身份证号码不符（号码为女性）",
    16: "证件号码与第3行重复",
    17: "文化程度“大学”不是规定的值",
}


def _sheet() -> list[list[Any]]:
    wb = load_workbook(SAMPLE, read_only=True)
    rows = [
        ["" if v is None else v for v in r] for r in wb.worksheets[0].iter_rows(values_only=True)
    ]
    wb.close()
    return rows


def _csv(path: Path, rows: list[list[Any]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_sample_counts_reasons_and_reimport(engine: Engine) -> None:
    seed(engine)  # grids A and B, 3 households each
    report = import_roster(engine, SAMPLE)
    assert (report.households_new, report.members_new) == (3, 7)
    assert report.rejected_households == 5
    got = {r.row: r.reason for r in report.rejected}
    assert set(got) == set(REASONS)
    for row, reason in REASONS.items():
        assert got[row].startswith(reason), (row, got[row])
    assert "第11行" in report.summary() and "校验码错误" in report.summary()
    h, m = tb.T.household, tb.T.member
    assert (_count(engine, h), _count(engine, m)) == (9, 13)
    with engine.connect() as conn:
        seq = db.current(conn)
        hid, head, version = conn.execute(
            select(h.c.id, h.c.head_name, h.c.version).where(h.c.number == NEW_A)
        ).one()
        assert (head, version) == ("张建国", 1)
        sons = conn.execute(
            select(m.c.name, m.c.sex, m.c.school_status, m.c.resident_med, m.c.employee_med).where(
                m.c.household_id == hid, m.c.relationship == "之子"
            )
        ).all()
        assert [tuple(s) for s in sons] == [("张伟", "男", "九年级", True, False)]
        logged = conn.execute(
            select(func.count())
            .select_from(tb.change_log)
            .where(tb.change_log.c.household_id == hid)
        ).scalar_one()
        assert logged == 4  # the household and its 3 members, numbered like pushed changes
    again = import_roster(engine, SAMPLE)
    assert (again.households_new, again.households_updated, again.households_unchanged) == (0, 0, 3)
    assert (_count(engine, h), _count(engine, m)) == (9, 13)
    with engine.connect() as conn:
        assert db.current(conn) == seq  # nothing numbered: nothing for devices to pull


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_csv_reimport_updates_as_new_versions(
    engine: Engine, tmp_path: Path, encoding: str
) -> None:
    seed(engine)
    rows = _sheet()
    import_roster(engine, _csv(tmp_path / "first.csv", rows, encoding))
    header = rows[1]
    addr, name, rel, idc = (header.index(x) for x in ("地址", "姓名", "与户主关系", "证件号码"))
    changed = [list(r) for r in rows]
    for r in changed[2:]:
        if r[0] == NEW_A:
            r[addr] = "临涣镇某村东组12号（新址）"
    newborn = list(changed[2])
    newborn[name], newborn[rel] = "张小宝", "之孙子"
    newborn[idc] = build("340621", date(2020, 1, 1), 17)
    newborn[header.index("性别")] = "男"
    changed.insert(5, newborn)
    before = _count(engine, tb.history)
    report = import_roster(engine, _csv(tmp_path / "second.csv", changed, encoding))
    assert (report.households_new, report.households_updated, report.households_unchanged) == (
        0,
        1,
        2,
    )
    assert report.members_updated == 1  # the newborn; the others' columns did not change
    h = tb.T.household
    with engine.connect() as conn:
        rows_a = conn.execute(
            select(h.c.address, h.c.version, h.c.updated_by).where(h.c.number == NEW_A)
        ).all()
    assert [tuple(r) for r in rows_a] == [("临涣镇某村东组12号（新址）", 2, "import")]
    assert _count(engine, tb.history) == before + 1  # version 1 kept: the merge base
    assert _count(engine, tb.T.member) == 14


def test_file_errors_and_cli_report(
    engine: Engine, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gridworker.commands import server as cli

    seed(engine)
    rows = _sheet()
    broken = [rows[1][:6]] + [r[:6] for r in rows[2:]]  # no 姓名 / 证件号码 columns
    with pytest.raises(admin.AdminError, match="找不到表头行"):
        import_roster(engine, _csv(tmp_path / "bad.csv", broken, "utf-8"))
    no_id = [[c for i, c in enumerate(r) if i != rows[1].index("证件号码")] for r in rows]
    with pytest.raises(admin.AdminError, match="缺少必需的列：证件号码"):
        import_roster(engine, _csv(tmp_path / "no_id.csv", no_id, "utf-8"))
    with pytest.raises(admin.AdminError, match="不支持的文件类型"):
        import_roster(engine, _csv(tmp_path / "x.txt", rows, "utf-8"))
    out = tmp_path / "report.xlsx"
    code = cli.main(["--db", db_url, "import-roster", str(SAMPLE), "--report", str(out)])
    assert code == 1  # some rows were rejected
    printed = capsys.readouterr().out
    assert "新增 3 户" in printed and "第16行" in printed
    wb = load_workbook(out, read_only=True)
    table = list(wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    assert table[0] == ("行号", "户编号", "姓名", "结果", "原因")
    assert [r[3] for r in table[1:]].count("拒绝") == 8 and len(table) == 16
    copy = tmp_path / "名册.xlsx"
    copy.write_bytes(SAMPLE.read_bytes())
    assert cli.main(["--db", db_url, "import-roster", str(copy), "--report"]) == 1
    with (tmp_path / "名册-导入报告.csv").open(encoding="utf-8-sig") as f:
        assert sum(1 for r in csv.reader(f) if r[3] == "未变") == 7


def test_device_pulls_imported_households(live: Live, tmp_path: Path) -> None:
    seed(live.engine)
    import_roster(live.engine, SAMPLE)
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    try:
        r = sync_once(a)
        assert r.sanity_ok is True
        assert r.received == 3 + 3 + 2 + 5  # seeded 3+3, imported 2 households + 5 members
        with a.read() as conn:
            numbers = set(
                conn.execute(
                    select(a.t.household.c.number).where(a.t.household.c.grid_code == GRID_A)
                ).scalars()
            )
            assert {NEW_A, "3406211042010100002"} <= numbers
            hid = conn.execute(
                select(a.t.household.c.id).where(a.t.household.c.number == NEW_A)
            ).scalar_one()
            names = set(
                conn.execute(
                    select(a.t.member.c.name).where(a.t.member.c.household_id == hid)
                ).scalars()
            )
        assert names == {"张建国", "李秀英", "张伟"}
        assert sync_once(a).nothing_to_do
    finally:
        a.close()
