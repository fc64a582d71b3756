"""Export a report, or the households behind a figure, to .xlsx (openpyxl, write-only mode):
Chinese headers, one sheet per indicator, numbers as numbers — and text always as text: a name
or address typed as ``=HYPERLINK(…)`` is written as a string cell, never as a live formula
(`cells`; every export and the roster import report go through it).

openpyxl writes each sheet through et_xmlfile into a temporary file opened with the default
8 KiB buffer: a write call every few rows, each giving up the interpreter lock and taking it
straight back. A thread doing that starves every other thread of the process (the convoy
effect): the app's window froze for up to 0.6 s while a 30,000-household list was exported in
the background. :func:`_large_buffers` gives those files a 4 MiB buffer (a few writes per sheet);
the app's window then keeps its 10 ms heartbeat (tests/ui/test_background.py).
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from gridworker.reports.layout import DRILL_HEADERS, Cell, Sheet, drill_row, sheets
from gridworker.reports.model import HouseholdRef, Report

_BOLD = Font(bold=True)
BUFFER = 4 << 20


def _large_buffers() -> None:
    """Open et_xmlfile's output files (named by path) with a large buffer; once per process.
    Files passed as objects are left as they are. Nothing changes if et_xmlfile changes."""
    try:
        from et_xmlfile import incremental_tree
    except ImportError:
        return
    original = getattr(incremental_tree, "_get_writer", None)
    if original is None or getattr(original, "gridworker_buffered", False):
        return

    @contextlib.contextmanager
    def get_writer(file_or_filename: Any, encoding: str) -> Iterator[Any]:
        if isinstance(file_or_filename, str | Path) and encoding.lower() != "unicode":
            with open(
                file_or_filename,
                "w",
                encoding=encoding,
                errors="xmlcharrefreplace",
                buffering=BUFFER,
            ) as file:
                yield file.write, encoding
        else:
            with original(file_or_filename, encoding) as writer:
                yield writer

    get_writer.gridworker_buffered = True  # type: ignore[attr-defined]
    incremental_tree._get_writer = get_writer


_large_buffers()


def _header(ws: object, headers: list[str]) -> list[object]:
    out = cells(ws, headers)
    for c in out:
        c.font = _BOLD  # type: ignore[attr-defined]
    return out


def cells(ws: object, values: Iterable[Cell]) -> list[object]:
    """One row for ``ws.append``: every string as a string cell (openpyxl would otherwise write
    one that starts with "=" as a formula), other values as they are."""
    out: list[object] = []
    for v in values:
        if isinstance(v, str):
            c = WriteOnlyCell(ws, value=v)  # type: ignore[arg-type]
            c.data_type = "s"
            out.append(c)
        else:
            out.append(v)
    return out


def _title(text: str) -> str:
    bad = "[]:*?/\\"
    return "".join(
        "（" if ch == "[" else "）" if ch == "]" else "_" if ch in bad else ch for ch in text
    )[:31]


def export_report(
    report: Report,
    path: Path | str,
    drill: Iterable[HouseholdRef] | None = None,
    drill_title: str = "明细",
) -> Path:
    """Write ``report`` (and optionally one drill-down list as a last sheet) to ``path``."""
    wb = _workbook(sheets(report))
    if drill is not None:
        _drill_sheet(wb, drill, drill_title)
    out = Path(path)
    wb.save(out)
    return out


def _workbook(tables: Iterable[Sheet]) -> Workbook:
    wb = Workbook(write_only=True)
    for sheet in tables:
        ws = wb.create_sheet(_title(sheet.title))
        ws.append(_header(ws, sheet.headers))
        for row in sheet.rows:
            ws.append(cells(ws, row))
    return wb


def export_sheets(tables: Iterable[Sheet], path: Path | str) -> Path:
    """Any report's tables (e.g. ``reports.points.points_sheets``) to ``path``, text as text."""
    out = Path(path)
    _workbook(tables).save(out)
    return out


def _drill_sheet(wb: Workbook, refs: Iterable[HouseholdRef], title: str) -> None:
    ws = wb.create_sheet(_title(title))
    ws.append(_header(ws, DRILL_HEADERS))
    for ref in refs:
        ws.append(cells(ws, drill_row(ref)))


def export_drill(refs: Iterable[HouseholdRef], path: Path | str, title: str = "明细") -> Path:
    """The households behind one figure, one row each (户编号 stays text: 17 digits)."""
    wb = Workbook(write_only=True)
    _drill_sheet(wb, refs, title)
    out = Path(path)
    wb.save(out)
    return out


def write_table(path: Path, header: list[str], rows: Iterable[list[Cell]]) -> None:
    """A plain table (a row-by-row import report): .xlsx, text as text, or with any other
    suffix UTF-8 CSV with a BOM (Excel opens it as it is)."""
    if path.suffix.lower() == ".xlsx":
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("导入报告")
        ws.append(_header(ws, header))
        for row in rows:
            ws.append(cells(ws, row))
        wb.save(path)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
