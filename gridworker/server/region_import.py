"""`gridworker-server import-regions FILE`: the county's villages and grids (and its townships)
from a spreadsheet, so rosters can be imported and households registered in them.

One row per region, Chinese headers (title rows above the header are skipped, as for rosters):
区划代码 (required), 名称 (required), 级别 and 上级代码 (optional: both follow from the code —
county 6 digits, township 9, village 12, grid 14 — and are checked when given). A region's
parent must be on the server or in the same file. A code already on the server with the same
name is 未变; with another name it is renamed (更新). Every valid row is written in one
transaction, and the reference version moves so devices pull the regions at their next sync.
Rules and messages: docs/roster-import.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from gridworker import regions
from gridworker.reports.xlsx import write_table
from gridworker.server import admin, db
from gridworker.server import tables as tb
from gridworker.server.roster_read import (
    RosterFileError,
    Uncomputed,
    cell_text,
    header_key,
    table_rows,
)

HEADERS = {
    "区划代码": ("代码", "编码", "区划编码", "行政区划代码", "网格编码", "网格代码"),
    "名称": ("区划名称", "村名", "网格名称", "名字"),
    "级别": ("层级", "类型"),
    "上级代码": ("上级区划代码", "上级编码"),
}
REQUIRED = ("区划代码", "名称")
LEVEL_WORDS = {
    **{lvl.label: lvl for lvl in regions.Level},
    **{lvl.value: lvl for lvl in regions.Level},
    "镇": regions.Level.TOWNSHIP,
    "乡": regions.Level.TOWNSHIP,
    "社区": regions.Level.VILLAGE,
    "村（社区）": regions.Level.VILLAGE,
}
_BY_HEADER = {header_key(a): h for h, aliases in HEADERS.items() for a in (h, *aliases)}


@dataclass
class RegionRow:
    row: int
    code: str
    name: str
    status: str  # 新增 / 更新 / 未变 / 拒绝
    reason: str = ""


@dataclass
class RegionReport:
    file: Path
    rows: list[RegionRow] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def rejected(self) -> list[RegionRow]:
        return [r for r in self.rows if r.status == "拒绝"]

    def summary(self) -> str:
        lines = [
            f"区划 {self.file.name}：共 {len(self.rows)} 行；新增 {self.count('新增')}，"
            f"更新 {self.count('更新')}，未变 {self.count('未变')}，拒绝 {self.count('拒绝')}"
        ]
        for r in self.rejected:
            lines.append(f"  第{r.row}行 {r.code or '（无代码）'} {r.name}：{r.reason}")
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        """The row-by-row report as .xlsx or (any other suffix) UTF-8 CSV with BOM (Excel)."""
        write_table(
            path,
            ["行号", "区划代码", "名称", "结果", "原因"],
            [[r.row, r.code, r.name, r.status, r.reason] for r in self.rows],
        )


def read_regions(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(row number, {header: cell}) of every data row."""
    return table_rows(
        path,
        _BY_HEADER,
        lambda _n, found: set(REQUIRED) <= found,
        "找不到表头行（前20行中应有“区划代码”和“名称”两列）",
    )


def _check(
    n: int, cells: dict[str, Any], known: set[str], seen: dict[str, int]
) -> tuple[RegionRow, dict[str, Any] | None]:
    """The row's report line, and the region to write (None when refused)."""
    code = cell_text(cells.get("区划代码"), code=True)
    name = cell_text(cells.get("名称"))
    row = RegionRow(n, code, name, "拒绝")
    if any(isinstance(v, Uncomputed) for v in cells.values()):
        row.reason = "有没有计算结果的公式，请在Excel中计算并保存，或粘贴为数值后再导入"
    elif not regions.is_valid_code(code):
        row.reason = f"区划代码“{code}”无效（应为6、9、12或14位数字）"
    elif not name:
        row.reason = "名称为空"
    elif len(name) > 64:
        row.reason = "名称超过64个字"
    elif code in seen:
        row.reason = f"区划代码与第{seen[code]}行重复"
    if row.reason:
        return row, None
    level = regions.level_of(code)
    given = cell_text(cells.get("级别"))
    parent = regions.parent_of(code)
    given_parent = cell_text(cells.get("上级代码"), code=True)
    if given and LEVEL_WORDS.get(given) is not level:
        row.reason = f"级别“{given}”与{len(code)}位代码不符（应为{level.label}）"
    elif given_parent and given_parent != parent:
        row.reason = f"上级代码“{given_parent}”与代码不符（应为{parent}）"
    elif parent is not None and parent not in known:
        row.reason = f"上级区划 {parent} 既不在服务器上，也不在本文件中"
    if row.reason:
        return row, None
    seen[code] = n
    return row, {"code": code, "name": name, "level": level.value, "parent_code": parent}


def import_regions(engine: Engine, path: Path | str) -> RegionReport:
    path = Path(path)
    try:
        rows = read_regions(path)
    except RosterFileError as e:
        raise admin.AdminError(str(e)) from None

    def run(conn: Connection) -> RegionReport:
        report = RegionReport(path)  # fresh on every attempt (retries)
        r = tb.T.region
        stored = {x.code: x.name for x in conn.execute(select(r.c.code, r.c.name))}
        # parents first (the file may list a village before its township)
        order = sorted(rows, key=lambda x: len(cell_text(x[1].get("区划代码"), code=True)))
        known = set(stored)
        seen: dict[str, int] = {}
        new: list[dict[str, Any]] = []
        renamed: list[dict[str, Any]] = []
        lines: list[RegionRow] = []
        for n, c in order:
            line, region = _check(n, c, known, seen)
            lines.append(line)
            if region is None:
                continue
            code = region["code"]
            if code not in stored:
                line.status = "新增"
                new.append(region)
            elif stored[code] != region["name"]:
                line.status = "更新"
                renamed.append(region)
            else:
                line.status = "未变"
            known.add(code)
        if new:
            conn.execute(r.insert(), new)
        for region in renamed:
            conn.execute(update(r).where(r.c.code == region["code"]).values(name=region["name"]))
        if new or renamed:
            admin.bump_ref(conn)
        report.rows = sorted(lines, key=lambda x: x.row)
        return report

    return db.in_transaction(engine, run)
