"""Visit coverage: households visited ÷ households, per grid, village and grid worker; long-absent
(常年外出) households contacted by phone or visit."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Select, case, distinct, func, literal, select

from gridworker.reports.base import H, Settings, counted_visits, households_in
from gridworker.reports.model import Coverage, CoverageRow, WorkerRow, rate
from gridworker.reports.period import Period

FIGURES = (
    "coverage.households", "coverage.visited", "coverage.not_visited", "coverage.long_absent",
    "coverage.long_absent_contacted", "coverage.long_absent_not_contacted",
    "coverage.long_absent_contacted_recent", "coverage.worker",
)


def interval_days(settings: Settings, region: str, period: Period) -> int:
    return int(settings.get("long_absent_interval_days", period.end.year, region, 90))


def _visited(region: str, period: Period, days: int | None = None) -> Any:
    """"The household was visited": ``household.id IN (counted visits' households)``.

    An IN list (not a DISTINCT subquery joined) keeps SQLite on the visit-date index."""
    start = period.start if days is None else period.end - timedelta(days=days - 1)
    pv = counted_visits(region, start, period.end).subquery()
    return H.c.id.in_(select(pv.c.household_id))


def _one(flag: Any) -> Any:
    return func.sum(case((flag, 1), else_=0))


def compute(conn: Connection, region: str, period: Period, settings: Settings,
            names: dict[str, str]) -> Coverage:
    days = interval_days(settings, region, period)
    vis, recent = _visited(region, period), _visited(region, period, days)
    absent = H.c.long_absent.is_(True)
    q = (
        select(H.c.grid_code, func.count(), _one(vis), _one(absent), _one(absent & vis),
               _one(absent & recent))
        .where(households_in(region)).group_by(H.c.grid_code)
    )
    grids: dict[str, CoverageRow] = {}
    for grid, n, visited, la, la_c, la_r in conn.execute(q):
        grids[grid] = CoverageRow(grid, names.get(grid, grid), int(n), int(visited or 0), None,
                                  int(la or 0), int(la_c or 0), int(la_r or 0))
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
    return Coverage(total, [villages[c] for c in sorted(villages)],
                    [grids[c] for c in sorted(grids)], _workers(conn, region, period, grids), days)


def _add(target: CoverageRow, row: CoverageRow) -> None:
    target.households += row.households
    target.visited += row.visited
    target.long_absent += row.long_absent
    target.long_absent_contacted += row.long_absent_contacted
    target.long_absent_contacted_recent += row.long_absent_contacted_recent


def _workers(conn: Connection, region: str, period: Period,
             grids: dict[str, CoverageRow]) -> list[WorkerRow]:
    pv = counted_visits(region, period.start, period.end).subquery()
    q = select(pv.c.worker, pv.c.worker_name, pv.c.grid_code,
               func.count(distinct(pv.c.household_id)), func.count()).group_by(
        pv.c.worker, pv.c.worker_name, pv.c.grid_code)
    acc: dict[tuple[str, str], list[Any]] = {}
    for worker, name, grid, hh, visits in conn.execute(q):
        entry = acc.setdefault((worker or "", name or ""), [[], 0, 0])
        entry[0].append(grid)
        entry[1] += int(hh)
        entry[2] += int(visits)
    out = []
    for (worker, name), (grid_list, visited, visits) in acc.items():
        households = sum(grids[g].households for g in grid_list if g in grids)
        out.append(WorkerRow(worker, name, sorted(grid_list), households, visited, visits,
                             rate(visited, households)))
    return sorted(out, key=lambda w: (w.grids[0] if w.grids else "", w.worker, w.worker_name))


def drill(region: str, period: Period, settings: Settings, figure: str,
          keys: dict[str, Any]) -> Select[Any]:
    """household_id, detail for a coverage figure (narrowed to ``region``)."""
    if figure == "coverage.worker":
        pv = counted_visits(region, period.start, period.end).subquery()
        conds = [pv.c.worker == keys.get("worker", "")]
        if "worker_name" in keys:
            conds.append(pv.c.worker_name == keys["worker_name"])
        return (select(pv.c.household_id, func.max(pv.c.visit_date).label("detail"))
                .where(*conds).group_by(pv.c.household_id))
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
