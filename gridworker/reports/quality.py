"""Data-quality exceptions (screening.md §6 [S12], §5 [S11]) with the households behind them.

Per-household rules (ID checksum, one 户主, at most one 配偶, exactly one of 文化程度 /
在校生状况, 务工所在地 ⇔ months > 0, 11-digit phones, exactly one of 居民医保 / 职工医保,
户主 and 配偶 of the same sex) come from the derived ``household_check`` table
(gridworker.reports.checks), as the records stand now. ID uniqueness is checked among the
region's live members. 风险消除 events dated up to period end are flagged when they came
within two months of the 县级审定 before them, or while the household's latest counted visit
before them showed 人均纯收入 below that year's line.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, or_, select

from gridworker.reports.base import (
    VC,
    D,
    E,
    H,
    Settings,
    events,
    households_in,
)
from gridworker.reports.checks import C
from gridworker.reports.model import Quality, QualityRule
from gridworker.reports.period import Period, months_before
from gridworker.sql import within

RULES = {
    "id_checksum": "身份证号码校验不通过",
    "id_duplicate": "身份证号码重复",
    "head_count": "户主人数不对（没有户主或有两个以上）",
    "spouse_count": "配偶多于一人",
    "education_school": "文化程度与在校生状况须填且只填一项",
    "work_months": "务工所在地与务工月数不一致",
    "phone": "联系电话不是11位数字",
    "medical": "居民医保与职工医保须参加且只参加一项",
    "head_spouse_sex": "户主与配偶性别相同",
    "clear_too_soon": "识别不满2个月即风险消除",
    "clear_below_line": "收入低于监测线时风险消除",
}
FIGURES = tuple(f"quality.{r}" for r in RULES)
Found = dict[str, dict[str, tuple[str, int, str]]]  # rule → household → (grid, records, detail)


def _stored(conn: Connection, region: str, out: Found) -> None:
    # Few rows: read them all, each looking its household up by id (walking the region's
    # households instead is what SQLite's planner picks for a join, several times slower).
    grid = (
        select(H.c.grid_code)
        .where(H.c.id == C.c.household_id, H.c.deleted.is_(False))
        .scalar_subquery()
    )
    q = select(C.c.household_id, grid, C.c.rule, C.c.records, C.c.detail)
    for hid, grid_code, rule, records, detail in conn.execute(q).all():
        if rule in out and grid_code is not None and grid_code.startswith(region):
            out[rule][hid] = (grid_code, int(records), detail)


def _duplicates(conn: Connection, region: str, out: Found) -> None:
    q = (
        select(D.c.id_number, D.c.household_id, H.c.grid_code, D.c.name)
        .join(H, H.c.id == D.c.household_id)
        .where(households_in(region))
        .order_by(D.c.id_number, D.c.member_id)
    )
    by_number: dict[str, list[tuple[str, str, str]]] = {}
    for number, hid, grid, name in conn.execute(q).all():
        by_number.setdefault(number, []).append((hid, grid, name or ""))
    for holders in by_number.values():
        if len(holders) < 2:  # the other holder is outside the region
            continue
        for hid, grid, name in holders:
            _grid, n, detail = out["id_duplicate"].get(hid, (grid, 0, ""))
            out["id_duplicate"][hid] = (grid, n + 1, "、".join(filter(None, (detail, name))))


def _latest_before(conn: Connection, region: str, end: date) -> dict[tuple[str, date], Any]:
    """(household, day) → the household's latest counted visit dated on or before ``day``, for
    every 风险消除 of the region dated up to ``end``: one join, each clearance meeting the one
    visit whose next visit (``next_date``) comes after the clearance, or that has none."""
    q = (
        select(E.c.household_id, E.c.event_date, VC.c.visit_date, VC.c.per_capita_income)
        .join(
            VC,
            and_(
                VC.c.household_id == E.c.household_id,
                VC.c.visit_date <= E.c.event_date,
                or_(VC.c.next_date.is_(None), VC.c.next_date > E.c.event_date),
            ),
        )
        .where(
            E.c.stage == "风险消除",
            E.c.deleted.is_(False),
            E.c.event_date <= end,
            within(VC.c.grid_code, region),
        )
    )
    return {
        (hid, day): _Visit(visit_date, income)
        for hid, day, visit_date, income in conn.execute(q).all()
    }


class _Visit(NamedTuple):
    visit_date: date
    per_capita_income: float | None


def _clearances(
    conn: Connection, region: str, period: Period, settings: Settings, out: Found
) -> None:
    decided: dict[str, list[date]] = {}
    cleared: list[tuple[str, str, date]] = []
    for hid, grid, stage, day in events(conn, region, period.end):
        if stage == "县级审定":
            decided.setdefault(hid, []).append(day)
        elif stage == "风险消除":
            cleared.append((hid, grid, day))
    latest = _latest_before(conn, region, period.end) if cleared else {}
    for hid, grid, day in cleared:
        before = [d for d in decided.get(hid, []) if d <= day]
        if before and months_before(day, 2) < max(before):
            out["clear_too_soon"][hid] = (grid, 1, f"{max(before)}审定，{day}消除")
        last = latest.get((hid, day))
        if last is None or last.per_capita_income is None:
            continue
        line = settings.get("monitoring_line", last.visit_date.year, grid)
        if line is not None and float(last.per_capita_income) < float(line):
            out["clear_below_line"][hid] = (
                grid,
                1,
                f"{day}消除，{last.visit_date}人均纯收入{last.per_capita_income:.0f}元低于{line}元",
            )


def exceptions(conn: Connection, region: str, period: Period, settings: Settings) -> Found:
    out: Found = {r: {} for r in RULES}
    _stored(conn, region, out)
    _duplicates(conn, region, out)
    _clearances(conn, region, period, settings, out)
    return out


def compute(conn: Connection, region: str, period: Period, settings: Settings) -> Quality:
    found = exceptions(conn, region, period, settings)
    rules = []
    every: set[str] = set()
    for rule, label in RULES.items():
        hits = found[rule]
        every.update(hits)
        by_village: dict[str, int] = {}
        for grid, _n, _d in hits.values():
            by_village[grid[:12]] = by_village.get(grid[:12], 0) + 1
        rules.append(
            QualityRule(
                rule,
                label,
                len(hits),
                sum(n for _g, n, _d in hits.values()),
                dict(sorted(by_village.items())),
            )
        )
    return Quality(rules, len(every))


def drill(
    conn: Connection,
    region: str,
    period: Period,
    settings: Settings,
    figure: str,
    keys: dict[str, Any],
) -> dict[str, str]:
    rule = figure.removeprefix("quality.")
    if rule not in RULES:
        raise KeyError(figure)
    hits = exceptions(conn, region, period, settings)[rule]
    return {hid: f"{RULES[rule]}：{detail}" for hid, (_g, _n, detail) in hits.items()}
