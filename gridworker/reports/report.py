"""build_report and drill_down: the entry points of the aggregation module."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Select, select

from gridworker.regions import level_of
from gridworker.reports import clearance, coverage, problems, quality, risk, work
from gridworker.reports.base import (
    H,
    R,
    Settings,
    grid_households,
    households_in,
    region_names,
    shared_reads,
)
from gridworker.reports.base import (
    settings_records as stored_settings,
)
from gridworker.reports.model import HouseholdRef, Report
from gridworker.reports.period import Period
from gridworker.sql import within

FIGURES = (
    *coverage.FIGURES,
    *problems.FIGURES,
    *risk.FIGURES,
    *clearance.FIGURES,
    *work.FIGURES,
    *quality.FIGURES,
)


def _settings(conn: Connection, records: Iterable[Mapping[str, Any]] | None) -> Settings:
    return Settings(stored_settings(conn) if records is None else records)


def _villages(conn: Connection, region: str) -> list[str]:
    if len(region) >= 12:
        return [region[:12]]
    from_households = {grid[:12] for grid, _n, _la in grid_households(conn, region)}
    from_regions = conn.execute(
        select(R.c.code).where(within(R.c.code, region), R.c.level == "village")
    ).scalars()
    return sorted(set(from_households) | set(from_regions))


def build_report(
    conn: Connection,
    region: str,
    period: Period | str,
    *,
    settings_records: Iterable[Mapping[str, Any]] | None = None,
) -> Report:
    """Every indicator for ``region`` (county, township, village or grid code) and ``period``.

    ``settings_records`` defaults to the bundled defaults plus the connection's ``setting`` rows.
    """
    with shared_reads(conn):
        return _build(
            conn,
            region,
            Period.parse(period) if isinstance(period, str) else period,
            _settings(conn, settings_records),
        )


def _build(conn: Connection, region: str, period: Period, settings: Settings) -> Report:
    level = level_of(region)
    names = region_names(conn, region)
    villages = _villages(conn, region)
    return Report(
        region=region,
        region_name=names.get(region, region),
        level=level.value,
        period=period.label,
        period_title=period.title,
        start=period.start.isoformat(),
        end=period.end.isoformat(),
        villages={c: names.get(c, c) for c in villages},
        coverage=coverage.compute(conn, region, period, settings, names),
        problems=problems.compute(conn, region, period, names, villages),
        risk=risk.compute(conn, region, period, settings, names, villages),
        clearance=clearance.compute(conn, region, period, settings, names, villages),
        work=work.compute(conn, region, period, settings, names, villages),
        quality=quality.compute(conn, region, period, settings),
    )


def drill_down(
    conn: Connection,
    region: str,
    period: Period | str,
    figure: str,
    *,
    settings_records: Iterable[Mapping[str, Any]] | None = None,
    **keys: Any,
) -> list[HouseholdRef]:
    """The households behind one figure, ordered by 户编号.

    ``figure`` is one of :data:`FIGURES`; ``village=`` / ``grid=`` narrow the region (they must
    lie within it). Figure keys: ``worker``/``worker_name`` (coverage.worker), ``type``
    (problems.*), ``monitor_type``/``risk_code`` (risk.monitored), ``bucket``/``last_year``
    (work.*).
    """
    period = Period.parse(period) if isinstance(period, str) else period
    for key in ("grid", "village"):
        code = keys.pop(key, None)
        if code is not None:
            if not str(code).startswith(region):
                raise ValueError(f"{code} 不在 {region} 范围内")
            region = str(code)
            break
    level_of(region)
    with shared_reads(conn):
        return _drill(conn, region, period, figure, _settings(conn, settings_records), keys)


def _drill(
    conn: Connection,
    region: str,
    period: Period,
    figure: str,
    settings: Settings,
    keys: dict[str, Any],
) -> list[HouseholdRef]:
    family = figure.split(".", 1)[0]
    found: Select[Any] | dict[str, str]
    if family == "coverage" and figure in coverage.FIGURES:
        found = coverage.drill(conn, region, period, settings, figure, keys)
    elif family == "work" and figure in work.FIGURES:
        found = work.drill(region, period, figure, keys)
    elif family == "problems" and figure in problems.FIGURES:
        found = problems.drill(conn, region, period, figure, keys)
    elif family == "risk" and figure in risk.FIGURES:
        found = risk.drill(conn, region, period, settings, figure, keys)
    elif family == "clearance" and figure in clearance.FIGURES:
        found = clearance.drill(conn, region, period, settings, figure, keys)
    elif family == "quality" and figure in quality.FIGURES:
        found = quality.drill(conn, region, period, settings, figure, keys)
    else:
        raise KeyError(f"未知指标：{figure}")
    return _refs(conn, region, found)


_REF_COLS = (
    H.c.id,
    H.c.number,
    H.c.head_name,
    H.c.grid_code,
    H.c.address,
    H.c.household_type,
    H.c.monitor_type,
)
_CHUNK = 2000


def _ref(row: Any, detail: Any) -> HouseholdRef:
    return HouseholdRef(
        row.id,
        row.number,
        row.head_name,
        row.grid_code,
        row.grid_code[:12],
        row.address,
        row.household_type,
        row.monitor_type,
        "" if detail is None else str(detail),
    )


def _refs(conn: Connection, region: str, found: Select[Any] | dict[str, str]) -> list[HouseholdRef]:
    out: list[HouseholdRef] = []
    if isinstance(found, dict):
        ids = sorted(found)
        for i in range(0, len(ids), _CHUNK):
            q = select(*_REF_COLS).where(households_in(region), H.c.id.in_(ids[i : i + _CHUNK]))
            out += [_ref(r, found[r.id]) for r in conn.execute(q).all()]
    else:
        sub = found.subquery("found")
        q = (
            select(*_REF_COLS, sub.c.detail)
            .join(sub, sub.c.household_id == H.c.id)
            .where(households_in(region))
        )
        out = [_ref(r, r.detail) for r in conn.execute(q).all()]
    return sorted(out, key=lambda r: (r.number, r.id))
