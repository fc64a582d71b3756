"""Risk households by 监测对象类别 × 风险类型 × village (as the household records stand now), new
risk clues in the period, and clue-to-decision time (风险线索 → 县级审定) against the limit
(setting ``clue_decision_limit_days``), with the median and the longest per village.

Decisions and pending clues come from each household's case (gridworker.cases) at period end: a
decision's days run from the clue that opened its case, less the days the clue spent closed at
the village; a case is pending while its identification is open (a clue closed at the village
is not: its clock has stopped); it is overdue past the limit.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection

from gridworker import cases
from gridworker.reports.base import Settings, case_states, events, monitored_households
from gridworker.reports.model import Risk, RiskCell, RiskVillageRow
from gridworker.reports.period import Period

CLUE, DECISION = "风险线索", "县级审定"
NO_CODE = "未填"
FIGURES = (
    "risk.monitored",
    "risk.new_clues",
    "risk.decisions",
    "risk.over_limit",
    "risk.pending",
    "risk.pending_overdue",
)


def limit_days(settings: Settings, region: str, period: Period) -> int:
    return int(settings.get("clue_decision_limit_days", period.end.year, region, 15))


def monitored(conn: Connection, region: str) -> list[tuple[str, str, str, list[str]]]:
    """(household id, grid, 监测对象类别, risk codes) of monitored live households."""
    return [
        (i, g, t, [str(c) for c in (codes or [])] or [NO_CODE])
        for i, g, t, codes in monitored_households(conn, region)
    ]


@dataclass(frozen=True)
class Decision:
    household_id: str
    grid_code: str
    on: date
    clue_on: date | None

    @property
    def days(self) -> int | None:
        return None if self.clue_on is None else (self.on - self.clue_on).days


@dataclass(frozen=True)
class History:
    clues: list[tuple[str, str, date]]  # household, grid, date (every clue up to period end)
    decisions: list[Decision]  # decisions dated in the period
    pending: list[tuple[str, str, date]]  # clues undecided at period end


def history(conn: Connection, region: str, period: Period, settings: Settings) -> History:
    """Clues, decisions and pending cases from the households' cases (gridworker.cases) as they
    stood at period end: only steps in force count, a clue closed at the village is not
    pending (its clock stopped), and the days exclude the time a clue spent closed."""
    clues = [
        (hid, grid, day)
        for hid, grid, stage, day in events(conn, region, period.end)
        if stage == CLUE
    ]
    decisions: list[Decision] = []
    pending: list[tuple[str, str, date]] = []
    for hid, (grid, case) in case_states(conn, region, period.end, settings).items():
        for on, _result, days in case.decisions:
            if on in period:
                clue_on = None if days is None else on - timedelta(days=days)
                decisions.append(Decision(hid, grid, on, clue_on))
        if case.phase == cases.OPEN and case.opened_on is not None:
            days = case.days(period.end) or 0
            pending.append((hid, grid, period.end - timedelta(days=days)))
    return History(
        clues,
        sorted(decisions, key=lambda d: (d.on, d.household_id)),
        sorted(pending, key=lambda p: (p[2], p[0])),
    )


def compute(
    conn: Connection,
    region: str,
    period: Period,
    settings: Settings,
    names: dict[str, str],
    village_codes: list[str],
) -> Risk:
    limit = limit_days(settings, region, period)
    villages = {c: RiskVillageRow(c, names.get(c, c)) for c in village_codes}

    def vrow(grid: str) -> RiskVillageRow:
        return villages.setdefault(grid[:12], RiskVillageRow(grid[:12], names.get(grid[:12], "")))

    cells: dict[tuple[str, str, str], int] = {}
    by_type: dict[str, int] = {}
    by_code: dict[str, int] = {}
    rows = monitored(conn, region)
    for _hid, grid, mtype, codes in rows:
        by_type[mtype] = by_type.get(mtype, 0) + 1
        v = vrow(grid)
        v.monitored += 1
        v.by_monitor_type[mtype] = v.by_monitor_type.get(mtype, 0) + 1
        for code in dict.fromkeys(codes):
            by_code[code] = by_code.get(code, 0) + 1
            key = (grid[:12], mtype, code)
            cells[key] = cells.get(key, 0) + 1
    hist = history(conn, region, period, settings)
    new = [(h, g) for h, g, d in hist.clues if d in period]
    for _h, g in new:
        vrow(g).new_clues += 1
    timed = [d.days for d in hist.decisions if d.days is not None]
    for d in hist.decisions:
        v = vrow(d.grid_code)
        v.decisions += 1
        if d.days is not None and d.days > limit:
            v.over_limit += 1
    per_village: dict[str, list[int]] = {}
    for d in hist.decisions:
        if d.days is not None:
            per_village.setdefault(d.grid_code[:12], []).append(d.days)
    for code, days in per_village.items():
        v = vrow(code)
        v.decision_days_median, v.decision_days_max = _median(days), max(days)
    overdue = [(h, g) for h, g, d in hist.pending if (period.end - d).days > limit]
    for _h, g in overdue:
        vrow(g).pending_overdue += 1
    return Risk(
        len(rows),
        dict(sorted(by_type.items())),
        dict(sorted(by_code.items())),
        [RiskCell(v, t, c, n) for (v, t, c), n in sorted(cells.items())],
        [villages[c] for c in sorted(villages)],
        len(new),
        len({h for h, _ in new}),
        len(hist.decisions),
        round(sum(timed) / len(timed), 1) if timed else None,
        max(timed) if timed else None,
        sum(1 for t in timed if t > limit),
        len(hist.pending),
        len(overdue),
        limit,
        _median(timed),
    )


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def drill(
    conn: Connection,
    region: str,
    period: Period,
    settings: Settings,
    figure: str,
    keys: dict[str, Any],
) -> dict[str, str]:
    out: dict[str, str] = {}
    limit = limit_days(settings, region, period)
    if figure == "risk.monitored":
        for hid, _g, mtype, codes in monitored(conn, region):
            if keys.get("monitor_type") not in (None, mtype):
                continue
            if keys.get("risk_code") is not None and keys["risk_code"] not in codes:
                continue
            out[hid] = f"{mtype}：{'、'.join(codes)}"
        return out
    hist = history(conn, region, period, settings)
    if figure == "risk.new_clues":
        for hid, _g, day in hist.clues:
            if day in period:
                out[hid] = f"风险线索 {day.isoformat()}"
    elif figure in ("risk.decisions", "risk.over_limit"):
        for d in hist.decisions:
            if figure == "risk.decisions" or (d.days is not None and d.days > limit):
                out[d.household_id] = f"县级审定 {d.on.isoformat()}，用时{d.days}天"
    elif figure in ("risk.pending", "risk.pending_overdue"):
        for hid, _g, day in hist.pending:
            age = (period.end - day).days
            if figure == "risk.pending" or age > limit:
                out[hid] = f"风险线索 {day.isoformat()}，已{age}天未审定"
    else:
        raise KeyError(figure)
    return out
