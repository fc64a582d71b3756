"""Visit coverage: households visited ÷ households, per grid, village and grid worker; long-absent
(常年外出) households contacted by phone or visit."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Select, func, literal, select

from gridworker.reports import due as due_rule
from gridworker.reports.base import (
    VC,
    GridSums,
    H,
    Settings,
    counted_in_region,
    counted_visits,
    grid_households,
    households_in,
    latest_in,
    period_sums,
)
from gridworker.reports.model import Coverage, CoverageRow, WorkerRow, rate
from gridworker.reports.period import Period
from gridworker.sql import within

FIGURES = (
    "coverage.households",
    "coverage.visited",
    "coverage.not_visited",
    "coverage.long_absent",
    "coverage.long_absent_contacted",
    "coverage.long_absent_not_contacted",
    "coverage.long_absent_contacted_recent",
    "coverage.worker",
    "coverage.due",
    "coverage.due_visited",
    "coverage.due_not_visited",
    "coverage.overdue",
)


def interval_days(settings: Settings, region: str, period: Period) -> int:
    return int(settings.get("long_absent_interval_days", period.end.year, region, 90))


def _visited(region: str, period: Period, days: int | None = None) -> Any:
    """ "The household was visited": ``household.id IN (counted visits' households)``.

    An IN list (not a DISTINCT subquery joined) keeps SQLite on the visit-date index."""
    start = period.start if days is None else recent_start(period, days)
    pv = counted_visits(region, start, period.end).subquery()
    return H.c.id.in_(select(pv.c.household_id))


def compute(
    conn: Connection, region: str, period: Period, settings: Settings, names: dict[str, str]
) -> Coverage:
    days = interval_days(settings, region, period)
    grids = {
        grid: CoverageRow(grid, names.get(grid, grid), n, 0, None, la)
        for grid, n, la in grid_households(conn, region)
    }
    recent = recent_start(period, days)
    sums = period_sums(conn, region, period.start, period.end, shared_recent(period, days))
    # visit_counted only holds visits of live households, so every grid is in ``grids``
    for s in sums:
        row = grids[s.grid_code]
        row.visited += s.visited
        row.long_absent_contacted += s.long_absent_contacted
        row.long_absent_contacted_recent += s.long_absent_recent
    if shared_recent(period, days) is None:  # a window longer than the period: its own range
        q = (
            select(VC.c.grid_code, func.count())
            .where(
                latest_in(region, recent, period.end),
                counted_in_region(conn, region),
                VC.c.long_absent.is_(True),
            )
            .group_by(VC.c.grid_code)
        )
        for grid, n in conn.execute(q).all():
            grids[grid].long_absent_contacted_recent = int(n)
    for d in due_rule.by_grid(conn, region, period, settings):
        row = grids[d.grid]
        row.due, row.due_visited, row.overdue = d.due, d.visited, d.overdue
    villages: dict[str, CoverageRow] = {}
    total = CoverageRow(region, names.get(region, region))
    for grid in sorted(grids):
        row = grids[grid]
        vcode = grid[:12]
        village = villages.setdefault(vcode, CoverageRow(vcode, names.get(vcode, vcode)))
        for target in (village, total):
            _add(target, row)
    for row in (*grids.values(), *villages.values(), total):
        row.rate = rate(row.visited, row.households)
        row.due_rate = rate(row.due_visited, row.due)
    return Coverage(
        total,
        [villages[c] for c in sorted(villages)],
        [grids[c] for c in sorted(grids)],
        _workers(sums, grids),
        days,
    )


def recent_start(period: Period, days: int) -> date:
    """The first day of the long-absent contact window that ends with the period."""
    return period.end - timedelta(days=days - 1)


def shared_recent(period: Period, days: int) -> date | None:
    """The long-absent window's start when it lies within the period (a quarter), so one scan
    of the period (``base.period_sums``) counts it too; None when it reaches further back (a
    month, a week): then scanning the whole window with every sum would cost more than a
    separate narrow count."""
    start = recent_start(period, days)
    return start if start >= period.start else None


def _add(target: CoverageRow, row: CoverageRow) -> None:
    target.households += row.households
    target.visited += row.visited
    target.long_absent += row.long_absent
    target.long_absent_contacted += row.long_absent_contacted
    target.long_absent_contacted_recent += row.long_absent_contacted_recent
    target.due += row.due
    target.due_visited += row.due_visited
    target.overdue += row.overdue


def _workers(sums: list[GridSums], grids: dict[str, CoverageRow]) -> list[WorkerRow]:
    # A household counts once per worker: at that worker's last visit of it in the period.
    acc: dict[tuple[str, str], list[Any]] = {}
    for s in sums:
        if not s.worker_visits:  # visited only in the long-absent window before the period
            continue
        entry = acc.setdefault((s.worker, s.worker_name), [[], 0, 0])
        entry[0].append(s.grid_code)
        entry[1] += s.worker_households
        entry[2] += s.worker_visits
    out = []
    for (worker, name), (grid_list, visited, visits) in acc.items():
        mine = [grids[g] for g in set(grid_list) if g in grids]
        households = sum(g.households for g in mine)
        due = sum(g.due for g in mine)
        due_visited = sum(g.due_visited for g in mine)
        out.append(
            WorkerRow(
                worker,
                name,
                sorted(grid_list),
                households,
                visited,
                visits,
                rate(visited, households),
                due,
                due_visited,
                rate(due_visited, due),
                sum(g.overdue for g in mine),
            )
        )
    return sorted(out, key=lambda w: (w.grids[0] if w.grids else "", w.worker, w.worker_name))


def drill(
    conn: Connection,
    region: str,
    period: Period,
    settings: Settings,
    figure: str,
    keys: dict[str, Any],
) -> Select[Any]:
    """household_id, detail for a coverage figure (narrowed to ``region``); for the due
    figures the detail is the last contact before the period."""
    if figure in due_rule.FIGURES:
        return due_rule.drill(conn, region, period, settings, figure)
    if figure == "coverage.worker":
        conds = [
            VC.c.worker == keys.get("worker", ""),
            VC.c.visit_date >= period.start,
            VC.c.visit_date <= period.end,
            within(VC.c.grid_code, region),
        ]
        if "worker_name" in keys:
            conds.append(VC.c.worker_name == keys["worker_name"])
        return (
            select(VC.c.household_id, func.max(VC.c.visit_date).label("detail"))
            .where(*conds)
            .group_by(VC.c.household_id)
        )
    vis = _visited(region, period)
    conds = [households_in(region)]
    absent = H.c.long_absent.is_(True)
    if figure == "coverage.long_absent_contacted_recent":
        vis = _visited(region, period, interval_days(settings, region, period))
    if figure == "coverage.visited":
        conds.append(vis)
    elif figure == "coverage.not_visited":
        conds.append(~vis)
    elif figure == "coverage.long_absent":
        conds.append(absent)
    elif figure in ("coverage.long_absent_contacted", "coverage.long_absent_contacted_recent"):
        conds += [absent, vis]
    elif figure == "coverage.long_absent_not_contacted":
        conds += [absent, ~vis]
    elif figure != "coverage.households":
        raise KeyError(figure)
    return select(H.c.id.label("household_id"), literal("").label("detail")).where(*conds)
