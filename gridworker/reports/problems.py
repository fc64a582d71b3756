"""Open problems (三保障, 饮水, 两不愁) by type: open at period end with days open, opened and
resolved in the period, and 动态清零 (nothing open at period end).

A problem resolved on the last day of the period is not open at period end; one resolved after
the period ended was still open at its end (the report of a past period does not change).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from gridworker import vocab
from gridworker.reports.base import problem_rows
from gridworker.reports.model import Problems, ProblemTypeRow, ProblemVillageRow
from gridworker.reports.period import Period

FIGURES = ("problems.open", "problems.opened", "problems.resolved")


@dataclass(frozen=True)
class _Row:
    household_id: str
    grid_code: str
    type: str
    opened_on: date
    resolved_on: date | None

    def open_at(self, day: date) -> bool:
        return self.opened_on <= day and (self.resolved_on is None or self.resolved_on > day)

    def is_(self, figure: str, period: Period) -> bool:
        if figure == "problems.open":
            return self.open_at(period.end)
        if figure == "problems.opened":
            return self.opened_on in period
        if figure == "problems.resolved":
            return self.resolved_on is not None and self.resolved_on in period
        raise KeyError(figure)


def _rows(conn: Connection, region: str, period: Period) -> list[_Row]:
    return [
        _Row(*r)
        for r in problem_rows(conn, region, period.start, period.end)
        if r[2] in vocab.PROBLEM_TYPES
    ]


def compute(
    conn: Connection, region: str, period: Period, names: dict[str, str], village_codes: list[str]
) -> Problems:
    rows = _rows(conn, region, period)
    types = {t: ProblemTypeRow(t) for t in vocab.PROBLEM_TYPES}
    days: dict[str, list[int]] = {t: [] for t in vocab.PROBLEM_TYPES}
    villages = {
        c: ProblemVillageRow(c, names.get(c, c), dict.fromkeys(vocab.PROBLEM_TYPES, 0))
        for c in village_codes
    }
    open_households: set[str] = set()
    for r in rows:
        trow = types[r.type]
        vrow = villages.setdefault(
            r.grid_code[:12],
            ProblemVillageRow(
                r.grid_code[:12],
                names.get(r.grid_code[:12], r.grid_code[:12]),
                dict.fromkeys(vocab.PROBLEM_TYPES, 0),
            ),
        )
        if r.open_at(period.end):
            trow.open_at_end += 1
            days[r.type].append((period.end - r.opened_on).days)
            vrow.open_by_type[r.type] += 1
            vrow.open_at_end += 1
            vrow.cleared = False
            open_households.add(r.household_id)
        if r.is_("problems.opened", period):
            trow.opened += 1
            vrow.opened += 1
        if r.is_("problems.resolved", period):
            trow.resolved += 1
            vrow.resolved += 1
    for t, row in types.items():
        if days[t]:
            row.max_days_open = max(days[t])
            row.mean_days_open = round(sum(days[t]) / len(days[t]), 1)
    total_open = sum(r.open_at_end for r in types.values())
    return Problems(
        list(types.values()),
        [villages[c] for c in sorted(villages)],
        total_open,
        sum(r.opened for r in types.values()),
        sum(r.resolved for r in types.values()),
        len(open_households),
        total_open == 0,
    )


def drill(
    conn: Connection, region: str, period: Period, figure: str, keys: dict[str, Any]
) -> dict[str, str]:
    wanted = keys.get("type")
    out: dict[str, list[str]] = {}
    for r in _rows(conn, region, period):
        if (wanted is None or r.type == wanted) and r.is_(figure, period):
            if figure == "problems.open":
                detail = f"{r.type}：已{(period.end - r.opened_on).days}天"
            elif figure == "problems.opened":
                detail = f"{r.type}：{r.opened_on.isoformat()}发现"
            else:
                detail = f"{r.type}：{r.resolved_on}解决"
            out.setdefault(r.household_id, []).append(detail)
    return {hid: "；".join(d) for hid, d in out.items()}
