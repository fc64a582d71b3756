"""The report as plain values: dataclasses of str / int / float / bool / lists / dicts.

Everything a screen, a printout or a spreadsheet shows is here, already computed; rates are
rounded in Python from integer counts, so SQLite and PostgreSQL give identical ``to_json()``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass
class CoverageRow:
    code: str
    name: str
    households: int = 0
    visited: int = 0
    rate: float | None = None
    long_absent: int = 0
    long_absent_contacted: int = 0  # by phone or visit, in the period
    long_absent_contacted_recent: int = 0  # ... within long_absent_interval_days before period end


@dataclass
class WorkerRow:
    worker: str
    worker_name: str
    grids: list[str]
    households: int  # households of the grids the worker visited in
    visited: int
    visits: int
    rate: float | None


@dataclass
class Coverage:
    total: CoverageRow
    villages: list[CoverageRow]
    grids: list[CoverageRow]
    workers: list[WorkerRow]
    long_absent_interval_days: int


@dataclass
class ProblemTypeRow:
    type: str
    open_at_end: int = 0
    opened: int = 0
    resolved: int = 0
    max_days_open: int = 0
    mean_days_open: float | None = None


@dataclass
class ProblemVillageRow:
    code: str
    name: str
    open_by_type: dict[str, int]
    open_at_end: int = 0
    opened: int = 0
    resolved: int = 0
    cleared: bool = True  # 动态清零: nothing open at period end


@dataclass
class Problems:
    by_type: list[ProblemTypeRow]
    villages: list[ProblemVillageRow]
    open_at_end: int
    opened: int
    resolved: int
    open_households: int
    cleared: bool


@dataclass
class RiskCell:
    village: str
    monitor_type: str
    risk_code: str
    households: int


@dataclass
class RiskVillageRow:
    code: str
    name: str
    monitored: int = 0
    by_monitor_type: dict[str, int] = field(default_factory=dict)
    new_clues: int = 0
    decisions: int = 0
    over_limit: int = 0
    pending_overdue: int = 0
    decision_days_median: float | None = None  # clue to decision, the decisions of the period
    decision_days_max: int | None = None


@dataclass
class Risk:
    monitored: int
    by_monitor_type: dict[str, int]
    by_risk_code: dict[str, int]
    cells: list[RiskCell]
    villages: list[RiskVillageRow]
    new_clues: int  # 风险线索 events dated in the period
    new_clue_households: int
    decisions: int  # 县级审定 events dated in the period
    decision_days_mean: float | None
    decision_days_max: int | None
    over_limit: int  # decisions that took longer than the limit
    pending_clues: int  # clues with no decision by period end
    pending_overdue: int  # ... older than the limit at period end
    limit_days: int
    decision_days_median: float | None = None


@dataclass
class ClearanceVillageRow:
    code: str
    name: str
    monitored: int
    candidates: int


@dataclass
class Clearance:
    window_start: str  # visits dated after this day, up to period end
    monitored: int  # monitored households not cleared by period end
    candidates: int
    villages: list[ClearanceVillageRow]
    missing_line_years: list[int]  # years with no monitoring_line setting


@dataclass
class WorkRow:
    code: str
    name: str
    this_period: dict[str, int]  # 县内 / 省内县外 / 省外 / 国外
    last_year: dict[str, int]
    in_work: int = 0
    in_work_last_year: int = 0
    welfare_job: int = 0
    welfare_job_last_year: int = 0
    change: int = 0


@dataclass
class Work:
    last_year_period: str
    total: WorkRow
    villages: list[WorkRow]


@dataclass
class QualityRule:
    rule: str
    label: str
    households: int
    records: int  # members (or events) that break the rule
    by_village: dict[str, int]


@dataclass
class Quality:
    rules: list[QualityRule]
    households: int  # households with at least one exception


@dataclass
class Report:
    region: str
    region_name: str
    level: str
    period: str
    period_title: str
    start: str
    end: str
    villages: dict[str, str]  # code → name, the columns of a township's side-by-side view
    coverage: Coverage
    problems: Problems
    risk: Risk
    clearance: Clearance
    work: Work
    quality: Quality

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, **kw: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, **kw)


@dataclass(frozen=True)
class HouseholdRef:
    """One household behind a figure."""

    id: str
    number: str
    head_name: str
    grid_code: str
    village: str
    address: str
    household_type: str
    monitor_type: str | None
    detail: str = ""  # why it is in the list (e.g. the broken rule, days open)
