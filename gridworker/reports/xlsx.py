"""Export a report, or the households behind a figure, to .xlsx (openpyxl, write-only mode):
Chinese headers, one sheet per indicator, numbers as numbers.

openpyxl writes each sheet through et_xmlfile into a temporary file opened with the default
8 KiB buffer: a write call every few rows, each giving up the interpreter lock and taking it
straight back. A thread doing that starves every other thread of the process (the convoy
effect): the app's window froze for up to 0.6 s while a 30,000-household list was exported in
the background. :func:`_large_buffers` gives those files a 4 MiB buffer (a few writes per sheet);
the app's window then keeps its 10 ms heartbeat (tests/ui/test_background.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from gridworker.reports.layout import DRILL_HEADERS, Cell, drill_row, sheets
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
    cells: list[object] = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)  # type: ignore[arg-type]
        c.font = _BOLD
        cells.append(c)
    return cells


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
    wb = Workbook(write_only=True)
    for sheet in sheets(report):
        ws = wb.create_sheet(_title(sheet.title))
        ws.append(_header(ws, sheet.headers))
        for row in sheet.rows:
            ws.append(row)
    if drill is not None:
        _drill_sheet(wb, drill, drill_title)
    out = Path(path)
    wb.save(out)
    return out


def _drill_sheet(wb: Workbook, refs: Iterable[HouseholdRef], title: str) -> None:
    ws = wb.create_sheet(_title(title))
    ws.append(_header(ws, DRILL_HEADERS))
    for ref in refs:
        row: list[Cell] = drill_row(ref)
        ws.append(row)


def export_drill(refs: Iterable[HouseholdRef], path: Path | str, title: str = "明细") -> Path:
    """The households behind one figure, one row each (户编号 stays text: 17 digits)."""
    wb = Workbook(write_only=True)
    _drill_sheet(wb, refs, title)
    out = Path(path)
    wb.save(out)
    return out
