"""风险消除 candidates [S3]: a monitored household (its case at period end), not cleared, with at
least one counted visit in the six months before period end, every one of them showing 人均纯收入
above that visit year's ``monitoring_line`` (a settings record), and no problem open at period
end."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, case, func, select

from gridworker.reports.base import VC, Settings, case_states, problem_rows
from gridworker.reports.model import Clearance, ClearanceVillageRow
from gridworker.reports.period import Period, months_before
from gridworker.sql import one_of, within

WINDOW_MONTHS = 6
FIGURES = ("clearance.candidates", "clearance.monitored")


def _monitored_not_cleared(
    conn: Connection, region: str, period: Period, settings: Settings
) -> dict[str, str]:
    """household id → grid of the households monitored at period end and not cleared: their
    case (gridworker.cases, the steps in force up to period end) is 监测中 or 消除中 — decided
    纳入, or monitored from the roster with no decision recorded since."""
    return {
        hid: grid
        for hid, (grid, case) in case_states(conn, region, period.end, settings).items()
        if case.monitored
    }


def window_start(period: Period) -> Any:
    return months_before(period.end, WINDOW_MONTHS)


def candidates(
    conn: Connection, region: str, period: Period, settings: Settings
) -> tuple[dict[str, str], dict[str, str], set[int]]:
    """(monitored not cleared, candidates with a detail, years with no line)."""
    pool = _monitored_not_cleared(conn, region, period, settings)
    start = window_start(period) + timedelta(days=1)
    end = period.end
    with_open = {
        hid
        for hid, _g, _t, opened, resolved in problem_rows(conn, region, period.start, end)
        if opened <= end and (resolved is None or resolved > end)
    }
    missing: set[int] = set()
    out: dict[str, str] = {}
    for hid, groups in _window_visits(
        conn, region, start, end, [h for h in pool if h not in with_open]
    ).items():
        ok = True
        for year, grid, visits, with_income, low in groups:
            line = settings.get("monitoring_line", year, grid)
            if line is None:
                missing.add(year)
                ok = False
            elif with_income < visits or low is None or low <= float(line):
                ok = False
        if ok:
            seen = sum(n for _y, _g, n, _i, _low in groups)
            low = min(float(low) for _y, _g, _n, _i, low in groups)
            out[hid] = f"近6个月走访{seen}次，人均纯收入最低{low:.0f}元"
    return pool, out, missing


def _window_visits(
    conn: Connection, region: str, start: date, end: date, household_ids: list[str]
) -> dict[str, list[tuple[int, str, int, int, Any]]]:
    """household → (year, grid, visits, visits with an income, lowest income) of its counted
    visits dated in [start, end] (at most two calendar years), per year: the line is a year's."""
    this_year = date(end.year, 1, 1)
    year = case((VC.c.visit_date >= this_year, end.year), else_=end.year - 1)
    ids = sorted(household_ids)
    out: dict[str, list[tuple[int, str, int, int, Any]]] = {}
    for i in range(0, len(ids), 500):
        q = (
            select(
                VC.c.household_id,
                year,
                VC.c.grid_code,
                func.count(),
                func.count(VC.c.per_capita_income),
                func.min(VC.c.per_capita_income),
            )
            .where(
                VC.c.visit_date >= start,
                VC.c.visit_date <= end,
                within(VC.c.grid_code, region),
                one_of(conn, VC.c.household_id, ids[i : i + 500]),
            )
            .group_by(VC.c.household_id, year, VC.c.grid_code)
        )
        for hid, y, grid, n, with_income, low in conn.execute(q).all():
            out.setdefault(hid, []).append((int(y), grid, int(n), int(with_income), low))
    return out


def compute(
    conn: Connection,
    region: str,
    period: Period,
    settings: Settings,
    names: dict[str, str],
    village_codes: list[str],
) -> Clearance:
    pool, found, missing = candidates(conn, region, period, settings)
    villages = {c: ClearanceVillageRow(c, names.get(c, c), 0, 0) for c in village_codes}
    for hid, grid in pool.items():
        v = villages.setdefault(
            grid[:12], ClearanceVillageRow(grid[:12], names.get(grid[:12], ""), 0, 0)
        )
        v.monitored += 1
        v.candidates += hid in found
    return Clearance(
        window_start(period).isoformat(),
        len(pool),
        len(found),
        [villages[c] for c in sorted(villages)],
        sorted(missing),
    )


def drill(
    conn: Connection,
    region: str,
    period: Period,
    settings: Settings,
    figure: str,
    keys: dict[str, Any],
) -> dict[str, str]:
    pool, found, _ = candidates(conn, region, period, settings)
    if figure == "clearance.candidates":
        return found
    if figure == "clearance.monitored":
        return {hid: found.get(hid, "") for hid in pool}
    raise KeyError(figure)
