"""风险消除 candidates [S3]: a monitored household, not cleared by period end, with at least one
counted visit in the six months before period end, every one of them showing 人均纯收入 above
that visit year's ``monitoring_line`` (a settings record), and no problem open at period end."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Connection

from gridworker.reports.base import (
    Settings,
    events,
    monitored_households,
    problem_rows,
    visits_of,
)
from gridworker.reports.model import Clearance, ClearanceVillageRow
from gridworker.reports.period import Period, months_before

WINDOW_MONTHS = 6
CLEARED, DECISION = "风险消除", "县级审定"
FIGURES = ("clearance.candidates", "clearance.monitored")


def _monitored_not_cleared(conn: Connection, region: str, period: Period) -> dict[str, str]:
    """household id → grid of monitored households whose risk was not cleared by period end."""
    rows = [(hid, grid) for hid, grid, _t, _c in monitored_households(conn, region)]
    last: dict[str, tuple[Any, str]] = {}
    for hid, _grid, stage, day in events(conn, region, period.end):
        if stage not in (CLEARED, DECISION):
            continue
        prev = last.get(hid)
        if prev is None or day > prev[0] or (day == prev[0] and stage == CLEARED):
            last[hid] = (day, stage)
    return {hid: grid for hid, grid in rows if last.get(hid, (None, ""))[1] != CLEARED}


def window_start(period: Period) -> Any:
    return months_before(period.end, WINDOW_MONTHS)


def candidates(conn: Connection, region: str, period: Period,
               settings: Settings) -> tuple[dict[str, str], dict[str, str], set[int]]:
    """(monitored not cleared, candidates with a detail, years with no line)."""
    pool = _monitored_not_cleared(conn, region, period)
    start = window_start(period) + timedelta(days=1)
    visits = {hid: [(v.visit_date, v.per_capita_income, v.grid_code) for v in rows]
              for hid, rows in visits_of(conn, region, start, period.end, pool).items()}
    end = period.end
    with_open = {hid for hid, _g, _t, opened, resolved in
                 problem_rows(conn, region, period.start, end)
                 if opened <= end and (resolved is None or resolved > end)}
    missing: set[int] = set()
    out: dict[str, str] = {}
    for hid in pool:
        seen = visits.get(hid)
        if not seen or hid in with_open:
            continue
        ok = True
        for day, income, grid in seen:
            line = settings.get("monitoring_line", day.year, grid)
            if line is None:
                missing.add(day.year)
                ok = False
            elif income is None or income <= float(line):
                ok = False
        if ok:
            low = min(float(i or 0) for _d, i, _g in seen)
            out[hid] = f"近6个月走访{len(seen)}次，人均纯收入最低{low:.0f}元"
    return pool, out, missing


def compute(conn: Connection, region: str, period: Period, settings: Settings,
            names: dict[str, str], village_codes: list[str]) -> Clearance:
    pool, found, missing = candidates(conn, region, period, settings)
    villages = {c: ClearanceVillageRow(c, names.get(c, c), 0, 0) for c in village_codes}
    for hid, grid in pool.items():
        v = villages.setdefault(grid[:12], ClearanceVillageRow(grid[:12], names.get(grid[:12], ""),
                                                               0, 0))
        v.monitored += 1
        v.candidates += hid in found
    return Clearance(window_start(period).isoformat(), len(pool), len(found),
                     [villages[c] for c in sorted(villages)], sorted(missing))


def drill(conn: Connection, region: str, period: Period, settings: Settings, figure: str,
          keys: dict[str, Any]) -> dict[str, str]:
    pool, found, _ = candidates(conn, region, period, settings)
    if figure == "clearance.candidates":
        return found
    if figure == "clearance.monitored":
        return {hid: found.get(hid, "") for hid in pool}
    raise KeyError(figure)
