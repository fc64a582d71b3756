"""Reading and checking a county roster (花名册): .xlsx or .csv, one row per member.

`read_rows` finds the header row (title rows above it are skipped), maps the headers to record
fields (`COLUMNS`, with a few common aliases) and returns the data rows with their spreadsheet
row numbers. Every cell is read as text: a number Excel stored is kept as a `Number` (the text
Excel shows for it), so the columns that must be text (户编号, 证件号码) can refuse it and a
phone can get its leading 0 back; a formula with no calculated value is an `Uncomputed`, never a
silent blank; merged cells are filled down (every cell of a merged range holds its value).
`check_households` groups the rows by 户编号 and checks every value; a household with any bad
row is rejected whole. A blank cell means "not given": it never clears a stored value (households
and members alike). The rules are documented in docs/roster-import.md.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar
from xml.etree import ElementTree

from gridworker import regions, residentid, vocab

HOUSEHOLD, MEMBER = "household", "member"
YES = {
    "是": True,
    "有": True,
    "Y": True,
    "YES": True,
    "1": True,
    "√": True,
    "TRUE": True,
    "否": False,
    "无": False,
    "N": False,
    "NO": False,
    "0": False,
    "×": False,
    "FALSE": False,
}


@dataclass(frozen=True)
class Column:
    header: str
    table: str
    field: str
    # text / number (户编号) / required / vocab / sex / bool / months / id / grid / phone
    kind: str = "text"
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("户编号", HOUSEHOLD, "number", "number", aliases=("户码", "户号")),
    Column("网格编码", HOUSEHOLD, "grid_code", "grid", aliases=("网格代码", "网格编号")),
    Column("地址", HOUSEHOLD, "address", aliases=("家庭住址", "住址")),
    Column("户类型", HOUSEHOLD, "household_type", "vocab", vocab.HOUSEHOLD_TYPES),
    Column(
        "监测对象类别",
        HOUSEHOLD,
        "monitor_type",
        "vocab",
        vocab.MONITOR_TYPES,
        aliases=("监测对象类型",),
    ),
    Column("联系电话(户)", HOUSEHOLD, "phone", "phone", aliases=("户联系电话",)),
    Column("长期外出", HOUSEHOLD, "long_absent", "bool", aliases=("长期外出户",)),
    Column("姓名", MEMBER, "name", "required"),
    Column("性别", MEMBER, "sex", "sex", vocab.SEXES),
    Column("证件类型", MEMBER, "id_type", "vocab", vocab.ID_TYPES),
    Column("证件号码", MEMBER, "id_number", "id", aliases=("身份证号码", "身份证号", "证件号")),
    Column(
        "与户主关系",
        MEMBER,
        "relationship",
        "vocab",
        vocab.RELATIONSHIPS,
        aliases=("与户主关系(户主)", "户主关系"),
    ),
    Column("民族", MEMBER, "ethnicity"),
    Column("政治面貌", MEMBER, "political", "vocab", vocab.POLITICAL_STATUS),
    Column("文化程度", MEMBER, "education", "vocab", vocab.EDUCATION),
    Column("在校生状况", MEMBER, "school_status", "vocab", vocab.SCHOOL_STATUS),
    Column("健康状况", MEMBER, "health", "vocab", vocab.HEALTH),
    Column("残疾类别", MEMBER, "disability_class", "vocab", vocab.DISABILITY_CLASSES),
    Column("劳动技能", MEMBER, "labour", "vocab", vocab.LABOUR),
    Column("务工所在地", MEMBER, "work_location", "vocab", vocab.WORK_LOCATIONS),
    Column("务工时间(月)", MEMBER, "work_months", "months", aliases=("务工时间",)),
    Column("务工单位", MEMBER, "employer"),
    Column("公益岗位", MEMBER, "welfare_job"),
    Column("公益岗位时间(月)", MEMBER, "welfare_job_months", "months"),
    Column("居民医保", MEMBER, "resident_med", "bool", aliases=("城乡居民基本医疗保险",)),
    Column("职工医保", MEMBER, "employee_med", "bool", aliases=("职工基本医疗保险",)),
    Column("大病保险", MEMBER, "critical_illness", "bool"),
    Column("商业补充医疗保险", MEMBER, "commercial_med", "bool"),
    Column("医疗救助", MEMBER, "medical_aid", "bool"),
    Column("养老保险", MEMBER, "pension", "bool", aliases=("城乡居民基本养老保险",)),
    Column("低保", MEMBER, "dibao", "bool"),
    Column("特困供养", MEMBER, "tekun", "bool"),
    Column("联系电话", MEMBER, "phone", "phone"),
)
# Kinds whose text is a code: full-width digits and letters are folded (NFKC) and spaces dropped.
CODE_KINDS = frozenset({"number", "grid", "id", "phone", "months", "bool"})
NUMBER_STORED = {
    "number": "户编号被存成了数字（Excel 只保留15位有效数字，开头的0和末几位可能已丢失），"
    "请将该列设为文本后重新导出",
    "id": "证件号码被存成了数字（末几位可能已丢失），请将该列设为文本后重新导出",
}
_SCIENTIFIC = re.compile(r"[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+")
REQUIRED_HEADERS = ("户编号", "网格编码", "姓名", "证件号码", "与户主关系")
MAX_LENGTH = {"address": 200, "phone": 20, "number": 32}


class RosterFileError(ValueError):
    """The file as a whole cannot be read (format, encoding, missing columns)."""


def header_key(header: str) -> str:
    text = unicodedata.normalize("NFKC", header)
    return "".join(text.split()).strip("*＊").replace("（", "(").replace("）", ")")


_BY_HEADER = {header_key(a): c for c in COLUMNS for a in (c.header, *c.aliases)}


@dataclass
class Row:
    number: int  # the row number as shown in Excel (header row included)
    cells: dict[Column, Any]


@dataclass
class Household:
    number: str
    grid_code: str
    rows: list[Row]
    values: dict[str, Any] = field(default_factory=dict)
    members: list[tuple[Row, dict[str, Any]]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)


@dataclass(frozen=True)
class Number:
    """A cell Excel stored as a number; ``shown``: its digits as Excel shows them (padded with
    the leading zeros of a format such as ``00000000000``)."""

    value: int | float
    shown: str


@dataclass(frozen=True)
class Uncomputed:
    """A formula cell the file holds no calculated value for (saved by a program that does not
    calculate, or with calculation off)."""

    formula: str


def _number(value: int | float, number_format: str) -> Number:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    shown = str(value)
    if isinstance(value, int) and number_format and set(number_format) == {"0"}:
        shown = shown.zfill(len(number_format))
    return Number(value, shown)


def sheet_rows(path: Path) -> list[list[Any]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    if suffix != ".csv":
        raise RosterFileError(f"不支持的文件类型：{path.suffix}（请使用 .xlsx 或 .csv）")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes nearly any byte string
        raise RosterFileError("无法识别CSV文件的编码（应为UTF-8或GB18030）")
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]


def _xlsx_rows(path: Path) -> list[list[Any]]:
    """The first sheet's cells: text as text, numbers as `Number`, formulas without a value as
    `Uncomputed`, merged ranges filled with their first cell's value."""
    from openpyxl import load_workbook

    try:
        values = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception as e:  # zip/xml errors of a broken or mislabelled file
        raise RosterFileError(f"无法读取Excel文件：{e}") from None
    try:
        vs, fs = values.worksheets[0], formulas.worksheets[0]
        rows: list[list[Any]] = []
        for vrow, frow in zip(vs.iter_rows(), fs.iter_rows(), strict=False):
            out: list[Any] = []
            for vc, fc in zip(vrow, frow, strict=False):
                v = getattr(vc, "value", None)
                if v is None and getattr(fc, "data_type", None) == "f":
                    out.append(Uncomputed(str(fc.value)))
                elif isinstance(v, int | float) and not isinstance(v, bool):
                    out.append(_number(v, str(getattr(vc, "number_format", "") or "")))
                else:
                    out.append(v)
            rows.append(out)
        _fill_merged(rows, _merged_ranges(vs))
        return rows
    finally:
        values.close()
        formulas.close()


def _merged_ranges(ws: Any) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column) of each merged range, 1-based: read from
    the sheet's XML (openpyxl's read-only sheets do not keep them)."""
    from openpyxl.utils.cell import range_boundaries

    out: list[tuple[int, int, int, int]] = []
    with ws._get_source() as src:
        for _event, el in ElementTree.iterparse(src):
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "mergeCell":
                c1, r1, c2, r2 = range_boundaries(el.get("ref") or "")
                if c1 and r1 and c2 and r2:
                    out.append((r1, c1, r2, c2))
            elif tag in ("row", "c", "v", "f", "is", "t"):
                el.clear()
    return out


def _fill_merged(rows: list[list[Any]], ranges: list[tuple[int, int, int, int]]) -> None:
    for r1, c1, r2, c2 in ranges:
        if r1 > len(rows):
            continue
        first = rows[r1 - 1]
        value = first[c1 - 1] if c1 - 1 < len(first) else None
        for r in range(r1, min(r2, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < c2:
                row.extend([None] * (c2 - len(row)))
            for c in range(c1, c2 + 1):
                row[c - 1] = value


K = TypeVar("K", bound=Hashable)


def table_rows(
    path: Path,
    by_header: Mapping[str, K],
    is_header: Callable[[int, set[K]], bool],
    not_found: str,
) -> list[tuple[int, dict[K, Any]]]:
    """(row number as Excel shows it, {column: cell}) of every non-blank row under the header
    row: the first of the first 20 rows whose known headers (``by_header``, keyed by
    `header_key`) ``is_header`` accepts (it may raise RosterFileError for a header that lacks a
    column). Title rows above it are skipped; ``not_found`` when there is none."""
    if not path.exists():
        raise RosterFileError(f"文件不存在：{path}")
    header: dict[int, K] | None = None
    out: list[tuple[int, dict[K, Any]]] = []
    for n, values in enumerate(sheet_rows(path), start=1):
        if header is None:
            keys = {i: header_key(cell_text(v)) for i, v in enumerate(values) if v is not None}
            found = {i: by_header[k] for i, k in keys.items() if k in by_header}
            if is_header(n, set(found.values())):
                header = found
            elif n >= 20:
                break
            continue
        cells = {c: values[i] for i, c in header.items() if i < len(values)}
        if any(cell_text(v) != "" for v in cells.values()):
            out.append((n, cells))
    if header is None:
        raise RosterFileError(not_found)
    return out


def read_rows(path: Path) -> list[Row]:
    """The data rows of a roster, with their cells by column."""

    def is_header(n: int, columns: set[Column]) -> bool:
        names = {c.header for c in columns}
        if "户编号" not in names or "姓名" not in names:
            return False
        missing = [h for h in REQUIRED_HEADERS if h not in names]
        if missing:
            raise RosterFileError(f"第{n}行表头缺少必需的列：{'、'.join(missing)}")
        return True

    rows = table_rows(
        path, _BY_HEADER, is_header, "找不到表头行（前20行中应有“户编号”和“姓名”等列）"
    )
    return [Row(n, cells) for n, cells in rows]


def cell_text(value: Any, code: bool = False) -> str:
    """A cell's text (a code's with full-width characters folded and spaces dropped)."""
    if value is None:
        return ""
    if isinstance(value, Number):
        return value.shown
    if isinstance(value, Uncomputed):
        return value.formula
    text = str(value).strip()
    if code:
        text = "".join(unicodedata.normalize("NFKC", text).split())
    return text


def _phone(cell: Number) -> str:
    """A phone number Excel stored as a number: a mobile (11 digits from 1) or a local number
    (up to 8 digits) as it is; 9–11 other digits are a landline whose area code lost its 0."""
    digits = cell.shown
    if not digits.isdigit() or digits.startswith("0") or len(digits) <= 8:
        return digits
    if len(digits) == 11 and digits.startswith("1"):
        return digits
    return "0" + digits if len(digits) <= 11 else digits


def _value(col: Column, raw: Any, today: date) -> tuple[Any, str | None]:
    """(value, None) or (None, reason) for one cell; blank optional cells give None."""
    if isinstance(raw, Uncomputed):
        return None, (
            f"{col.header}是没有计算结果的公式（{raw.formula[:40]}），"
            "请在Excel中打开、计算并保存，或粘贴为数值后再导入"
        )
    if isinstance(raw, Number) and col.kind in NUMBER_STORED:
        return None, NUMBER_STORED[col.kind]
    text = (
        _phone(raw)
        if isinstance(raw, Number) and col.kind == "phone"
        else cell_text(raw, col.kind in CODE_KINDS)
    )
    if col.kind in NUMBER_STORED and _SCIENTIFIC.fullmatch(text):
        return None, (
            f"{col.header}“{text}”是科学计数法，末几位已经丢失，"
            "请在Excel中将该列设为文本、改正后重新导出"
        )
    if col.kind == "id":
        return (residentid.normalize(text) or None), None
    if text == "":
        if col.kind in ("required", "number", "grid"):
            return None, f"{col.header}为空"
        return None, None
    if col.kind in ("vocab", "sex"):
        if text not in col.choices:
            return None, f"{col.header}“{text}”不是规定的值（可选：{'、'.join(col.choices)}）"
        return text, None
    if col.kind == "bool":
        flag = YES.get(text.upper())
        if flag is None:
            return None, f"{col.header}应填“是”或“否”，实际为“{text}”"
        return flag, None
    if col.kind == "months":
        try:
            months = int(text)
        except ValueError:
            return None, f"{col.header}应为0到12的整数，实际为“{text}”"
        if not 0 <= months <= 12:
            return None, f"{col.header}应为0到12的整数，实际为“{text}”"
        return months, None
    limit = MAX_LENGTH.get(col.field, 64)
    if len(text) > limit:
        return None, f"{col.header}超过{limit}个字"
    return text, None


def _member(row: Row, today: date) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """(household values, member values, reasons) of one row."""
    hvals: dict[str, Any] = {}
    mvals: dict[str, Any] = {}
    reasons: list[str] = []
    for col, raw in row.cells.items():
        value, reason = _value(col, raw, today)
        if reason:
            reasons.append(reason)
            continue
        (hvals if col.table == HOUSEHOLD else mvals)[col.field] = value
    if "relationship" in mvals and mvals["relationship"] is None:
        reasons.append("与户主关系为空")
    id_type = mvals.get("id_type") or "居民身份证"
    number = mvals.get("id_number")
    if number is None and not any("证件号码" in r for r in reasons):
        reasons.append("证件号码为空")
    elif number is not None and id_type == "居民身份证":
        try:
            rid = residentid.parse(number, today=today)
        except residentid.InvalidResidentId as e:
            reasons.append(f"身份证号码无效：{e}")
        else:
            sex = mvals.get("sex")
            if sex is None:
                mvals["sex"] = rid.sex
            elif sex != rid.sex:
                reasons.append(f"性别“{sex}”与身份证号码不符（号码为{rid.sex}性）")
    # Blank = not given: a new record takes the column's default (户类型 普通农户, 证件类型
    # 居民身份证), a record already on the server keeps what it holds.
    return (
        {k: v for k, v in hvals.items() if v is not None},
        {k: v for k, v in mvals.items() if v is not None},
        reasons,
    )


def check_households(
    rows: list[Row], grids: set[str], today: date | None = None
) -> list[Household]:
    """Group rows by 户编号 and check them; ``grids``: the grid codes the server knows."""
    today = today or date.today()
    groups: dict[str, list[Row]] = {}
    orphans: list[Row] = []
    number_col = _BY_HEADER["户编号"]
    for row in rows:
        key = cell_text(row.cells.get(number_col), code=True)
        (groups.setdefault(key, []) if key else orphans).append(row)
    out: list[Household] = []
    seen_ids: dict[str, int] = {}
    for number, group in groups.items():
        out.append(_check_one(number, group, grids, today, seen_ids))
    for row in orphans:
        h = Household("", "", [row])
        h.errors.append((row.number, "户编号为空"))
        out.append(h)
    return out


def _check_one(
    number: str, group: list[Row], grids: set[str], today: date, seen_ids: dict[str, int]
) -> Household:
    h = Household(number, "", group)
    heads: list[int] = []
    for row in group:
        hvals, mvals, reasons = _member(row, today)
        for name, value in hvals.items():
            if name == "number" or value is None:
                continue
            if name in h.values and h.values[name] != value:
                col = next(c for c in COLUMNS if c.field == name and c.table == HOUSEHOLD)
                reasons.append(f"同一户的{col.header}前后不一致（“{h.values[name]}”与“{value}”）")
            else:
                h.values.setdefault(name, value)
        idn = mvals.get("id_number")
        if idn:
            if idn in seen_ids:
                reasons.append(f"证件号码与第{seen_ids[idn]}行重复")
            else:
                seen_ids[idn] = row.number
        if mvals.get("relationship") == "户主":
            heads.append(row.number)
        for reason in reasons:
            h.errors.append((row.number, reason))
        h.members.append((row, mvals))
    h.grid_code = str(h.values.get("grid_code") or "")
    first = group[0].number
    if h.grid_code:
        if not regions.is_valid_code(h.grid_code) or len(h.grid_code) != 14:
            h.errors.append((first, f"网格编码“{h.grid_code}”格式不对（应为14位数字）"))
        elif h.grid_code not in grids:
            h.errors.append((first, f"网格编码“{h.grid_code}”不是服务器上登记的网格"))
    if not heads:
        h.errors.append((first, "户内没有户主（与户主关系应有且只有一个“户主”）"))
    elif len(heads) > 1:
        rows = "、".join(f"第{n}行" for n in heads)
        h.errors.append((heads[1], f"户内有{len(heads)}个户主（{rows}）"))
    h.values["number"] = number
    return h
