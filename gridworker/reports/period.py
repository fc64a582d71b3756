"""Report periods: ISO week ``2022-W18``, month ``2022-05``, quarter ``2022-Q2``.

The seed's cadence is 周调度、月督查、季通报. A period is a closed date range; a visit, problem
or monitoring event belongs to it by its recorded date, whenever it was synced.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Kind = Literal["week", "month", "quarter"]
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
KIND_LABELS = {"week": "周", "month": "月", "quarter": "季度"}


@dataclass(frozen=True)
class Period:
    kind: Kind
    year: int
    number: int  # ISO week, month or quarter number
    start: date
    end: date  # inclusive

    @classmethod
    def parse(cls, text: str) -> Period:
        s = text.strip().upper()
        if m := _WEEK.match(s):
            return cls.week(int(m[1]), int(m[2]))
        if m := _QUARTER.match(s):
            return cls.quarter(int(m[1]), int(m[2]))
        if m := _MONTH.match(s):
            return cls.month(int(m[1]), int(m[2]))
        raise ValueError(f"无法识别的统计期：{text!r}（例如 2022-W18、2022-05、2022-Q2）")

    @classmethod
    def week(cls, year: int, week: int) -> Period:
        try:
            start = date.fromisocalendar(year, week, 1)
        except ValueError as e:
            raise ValueError(f"{year}年没有第{week}周") from e
        return cls("week", year, week, start, start + timedelta(days=6))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise ValueError(f"月份无效：{month}")
        return cls(
            "month",
            year,
            month,
            date(year, month, 1),
            date(year, month, monthrange(year, month)[1]),
        )

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"季度无效：{quarter}")
        first = 3 * quarter - 2
        return cls(
            "quarter",
            year,
            quarter,
            date(year, first, 1),
            date(year, first + 2, monthrange(year, first + 2)[1]),
        )

    @property
    def label(self) -> str:
        """The canonical text form, as parsed."""
        if self.kind == "week":
            return f"{self.year}-W{self.number:02d}"
        if self.kind == "month":
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}-Q{self.number}"

    @property
    def title(self) -> str:
        """Chinese title: 2022年第18周 / 2022年5月 / 2022年第2季度."""
        if self.kind == "week":
            return f"{self.year}年第{self.number}周（{self.start:%m.%d}–{self.end:%m.%d}）"
        if self.kind == "month":
            return f"{self.year}年{self.number}月"
        return f"{self.year}年第{self.number}季度"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def same_period_last_year(self) -> Period:
        """The matching period one year earlier (week 53 falls back to week 52)."""
        if self.kind == "week":
            try:
                return Period.week(self.year - 1, self.number)
            except ValueError:
                return Period.week(self.year - 1, 52)
        if self.kind == "month":
            return Period.month(self.year - 1, self.number)
        return Period.quarter(self.year - 1, self.number)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return self.label


def months_before(day: date, months: int) -> date:
    """``day`` moved back by whole calendar months (the day clamped to the month's length)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))
