"""Formerly-poor (脱贫户) people in work this period vs the same period last year, by 县内 /
省内县外 / 省外 / 国外 (vocab.WORK_REGION), and 公益岗位 counts.

A member's answer comes from the household's latest counted visit dated in the period (its rows in
``visit_work``). In work: a work location and months > 0. 公益岗位: a job type and months > 0.
Households count by what they are now: live, 脱贫户, in the region.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, func, select

from gridworker import vocab
from gridworker.reports import coverage
from gridworker.reports.base import (
    FORMERLY_POOR,
    VC,
    VILLAGE_LEN,
    GridSums,
    Settings,
    W,
    counted_in_region,
    latest_in,
    period_sums,
)
from gridworker.reports.model import Work, WorkRow
from gridworker.reports.period import Period
from gridworker.schema import WORK_COUNTS

BUCKETS = tuple(dict.fromkeys(vocab.WORK_REGION.values()))  # 县内, 省内县外, 省外, 国外
FIGURES = ("work.in_work", "work.welfare_job")


def _rows(region: str, period: Period) -> Any:
    """The work rows of each 脱贫户's latest counted visit dated in the period."""
    return (
        select(
            VC.c.household_id,
            VC.c.grid_code,
            W.c.member_id,
            W.c.work_location,
            W.c.work_months,
            W.c.welfare_job,
            W.c.welfare_job_months,
        )
        .join(W, W.c.visit_id == VC.c.visit_id)
        .where(latest_in(region, period.start, period.end), VC.c.household_type == FORMERLY_POOR)
    )


def _in_work() -> Any:
    return and_(W.c.work_location.in_(vocab.WORK_LOCATIONS), W.c.work_months > 0)


def _welfare() -> Any:
    return and_(W.c.welfare_job.is_not(None), W.c.welfare_job_months > 0)


def _counts(
    conn: Connection, region: str, start: date, end: date, sums: list[GridSums] | None = None
) -> dict[str, dict[str, Any]]:
    """Per village: members in work per bucket and in a 公益岗位, summed over each 脱贫户's latest
    visit of [start, end] (its counts are kept on ``visit_counted``): from ``sums`` (the report
    period's per-grid sums, ``base.period_sums``, which coverage reads too), else (last year)
    from the 脱贫户's latest visits alone."""
    totals: dict[str, list[int]] = {}
    if sums is not None:
        rows: Any = ((s.grid_code, *s.work) for s in sums)
    else:
        rows = conn.execute(
            select(VC.c.grid_code, *(func.sum(VC.c[n]) for n in WORK_COUNTS))
            .where(
                latest_in(region, start, end),
                counted_in_region(conn, region),
                VC.c.household_type == FORMERLY_POOR,
            )
            .group_by(VC.c.grid_code)
        ).all()
    for grid, *counts in rows:
        acc = totals.setdefault(grid[:VILLAGE_LEN], [0] * len(WORK_COUNTS))
        for i, n in enumerate(counts):
            acc[i] += int(n or 0)
    return {
        village: {"buckets": dict(zip(BUCKETS, counts, strict=False)), "welfare": counts[-1]}
        for village, counts in totals.items()
    }


def compute(
    conn: Connection,
    region: str,
    period: Period,
    settings: Settings,
    names: dict[str, str],
    village_codes: list[str],
) -> Work:
    days = coverage.interval_days(settings, region, period)
    now = _counts(
        conn,
        region,
        period.start,
        period.end,
        period_sums(conn, region, period.start, period.end, coverage.shared_recent(period, days)),
    )
    last = period.same_period_last_year()
    before = _counts(conn, region, last.start, last.end)
    empty = {"buckets": dict.fromkeys(BUCKETS, 0), "welfare": 0}
    villages = []
    total = WorkRow(
        region, names.get(region, region), dict.fromkeys(BUCKETS, 0), dict.fromkeys(BUCKETS, 0)
    )
    for code in sorted(set(village_codes) | set(now) | set(before)):
        a, b = now.get(code, empty), before.get(code, empty)
        row = WorkRow(
            code,
            names.get(code, code),
            dict(a["buckets"]),
            dict(b["buckets"]),
            sum(a["buckets"].values()),
            sum(b["buckets"].values()),
            a["welfare"],
            b["welfare"],
        )
        row.change = row.in_work - row.in_work_last_year
        villages.append(row)
        for k in BUCKETS:
            total.this_period[k] += row.this_period[k]
            total.last_year[k] += row.last_year[k]
        total.in_work += row.in_work
        total.in_work_last_year += row.in_work_last_year
        total.welfare_job += row.welfare_job
        total.welfare_job_last_year += row.welfare_job_last_year
    total.change = total.in_work - total.in_work_last_year
    return Work(last.label, total, villages)


def drill(region: str, period: Period, figure: str, keys: dict[str, Any]) -> Select[Any]:
    """household_id, detail: households with a member in work (``bucket=``) or in a 公益岗位,
    this period or (``last_year=True``) the same period last year."""
    if keys.get("last_year"):
        period = period.same_period_last_year()
    q = _rows(region, period)
    if figure == "work.in_work":
        q = q.where(_in_work())
        bucket = keys.get("bucket")
        if bucket is not None:
            q = q.where(
                W.c.work_location.in_([loc for loc, b in vocab.WORK_REGION.items() if b == bucket])
            )
        detail = W.c.work_location
    elif figure == "work.welfare_job":
        q = q.where(_welfare())
        detail = W.c.welfare_job
    else:
        raise KeyError(figure)
    sub = q.add_columns(detail.label("what")).subquery()
    return select(sub.c.household_id, func.max(sub.c.what).label("detail")).group_by(
        sub.c.household_id
    )
