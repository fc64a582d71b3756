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
from typing import Any

from sqlalchemy import Connection, func, select

from gridworker.reports.base import E, H, M, Settings, V, counted_visits, households_in
from gridworker.reports.checks import C
from gridworker.reports.model import Quality, QualityRule
from gridworker.reports.period import Period, months_before

RULES = {
    "id_checksum": "身份证号码校验不通过",
    "id_duplicate": "身份证号码重复",
    "head_count": "户主不是恰好一人",
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
    q = (select(C.c.household_id, H.c.grid_code, C.c.rule, C.c.records, C.c.detail)
         .join(H, H.c.id == C.c.household_id).where(households_in(region)))
    for hid, grid, rule, records, detail in conn.execute(q):
        if rule in out:
            out[rule][hid] = (grid, int(records), detail)


def _duplicates(conn: Connection, region: str, out: Found) -> None:
    live = (M.c.deleted.is_(False), M.c.id_number.is_not(None), M.c.id_number != "")
    dup = (select(M.c.id_number).where(*live).group_by(M.c.id_number)
           .having(func.count() > 1)).subquery()
    q = (select(M.c.id_number, M.c.household_id, H.c.grid_code, M.c.name)
         .join(dup, dup.c.id_number == M.c.id_number).join(H, H.c.id == M.c.household_id)
         .where(*live, households_in(region)))
    by_number: dict[str, list[tuple[str, str, str]]] = {}
    for number, hid, grid, name in conn.execute(q):
        by_number.setdefault(number, []).append((hid, grid, name or ""))
    for holders in by_number.values():
        if len(holders) < 2:  # the other holder is outside the region
            continue
        for hid, grid, name in holders:
            _grid, n, detail = out["id_duplicate"].get(hid, (grid, 0, ""))
            out["id_duplicate"][hid] = (grid, n + 1, "、".join(filter(None, (detail, name))))


def _clearances(conn: Connection, region: str, period: Period, settings: Settings,
                out: Found) -> None:
    q = (select(E.c.household_id, H.c.grid_code, E.c.stage, E.c.event_date)
         .join(H, H.c.id == E.c.household_id)
         .where(households_in(region), E.c.deleted.is_(False),
                E.c.stage.in_(("风险消除", "县级审定")), E.c.event_date <= period.end)
         .order_by(E.c.household_id, E.c.event_date))
    decided: dict[str, list[date]] = {}
    cleared: list[tuple[str, str, date]] = []
    for hid, grid, stage, day in conn.execute(q):
        if stage == "县级审定":
            decided.setdefault(hid, []).append(day)
        else:
            cleared.append((hid, grid, day))
    for hid, grid, day in cleared:
        before = [d for d in decided.get(hid, []) if d <= day]
        if before and months_before(day, 2) < max(before):
            out["clear_too_soon"][hid] = (grid, 1, f"{max(before)}审定，{day}消除")
        last = conn.execute(
            counted_visits(region, date(1900, 1, 1), day, H.c.id == hid)
            .order_by(V.c.visit_date.desc(), V.c.created_at.desc(), V.c.id.desc()).limit(1)
        ).first()
        if last is None or last.per_capita_income is None:
            continue
        line = settings.get("monitoring_line", last.visit_date.year, grid)
        if line is not None and float(last.per_capita_income) < float(line):
            out["clear_below_line"][hid] = (
                grid, 1, f"{day}消除，{last.visit_date}人均纯收入"
                         f"{last.per_capita_income:.0f}元低于{line}元")


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
        rules.append(QualityRule(rule, label, len(hits), sum(n for _g, n, _d in hits.values()),
                                 dict(sorted(by_village.items()))))
    return Quality(rules, len(every))


def drill(conn: Connection, region: str, period: Period, settings: Settings, figure: str,
          keys: dict[str, Any]) -> dict[str, str]:
    rule = figure.removeprefix("quality.")
    if rule not in RULES:
        raise KeyError(figure)
    hits = exceptions(conn, region, period, settings)[rule]
    return {hid: f"{RULES[rule]}：{detail}" for hid, (_g, _n, detail) in hits.items()}
