"""Shared pieces of the report queries: tables, the region filter, the visits that count.

Every query here is SQLAlchemy Core over the record tables of `gridworker.schema`, which have the
same names and columns on the device and the server, so one compiled query runs on both SQLite
and PostgreSQL. Rules that hold for every indicator:

- A household is in a region when its *current* ``grid_code`` starts with the region code
  (a moved household counts where it is now). Tombstoned households, and everything about them,
  never count.
- A visit counts when it is completed, not tombstoned, and the newest completed revision of its
  chain (``root_id``; newest = latest ``created_at``, then ``id``; the others are listed in the
  derived ``visit_superseded`` table, see `gridworker.reports.facts`). It belongs to the period of
  its own ``visit_date``, whenever it was synced.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    func,
    or_,
    select,
)

from gridworker.checklist.settings import default_settings_records, resolve_settings
from gridworker.regions import ancestors, level_of
from gridworker.schema import define

T = define("server")  # only columns both sides share are used: same SQL on the device
H = T.household
V = T.visit
P = T.problem
E = T.monitoring_event
M = T.member
R = T.region
S = T.setting
W = T.metadata.tables["visit_work"]
X = T.metadata.tables["visit_superseded"]

VILLAGE_LEN = 12


def upper_bound(code: str) -> str:
    """The first code after every code that starts with ``code`` (digits only)."""
    level_of(code)
    return str(int(code) + 1).zfill(len(code))


def in_region(col: Any, region: str) -> ColumnElement[bool]:
    """``col`` starts with ``region``, as an index-friendly range (works in every collation)."""
    return and_(col >= region, col < upper_bound(region))


def village_of(col: Any) -> ColumnElement[str]:
    return func.substr(col, 1, VILLAGE_LEN)


def live_household() -> ColumnElement[bool]:
    return H.c.deleted.is_(False)


def households_in(region: str) -> ColumnElement[bool]:
    return and_(live_household(), in_region(H.c.grid_code, region))


def is_current_visit(v: Any = V) -> ColumnElement[bool]:
    """Completed, live, and not replaced by a newer completed revision (``visit_superseded``)."""
    replaced = exists().where(X.c.visit_id == v.c.id)
    return and_(v.c.status == "completed", v.c.deleted.is_(False), ~replaced)


def counted_visits(region: str, start: date, end: date,
                   *where: ColumnElement[bool]) -> Select[Any]:
    """The visits that count, dated in [start, end], of live households in ``region``."""
    return (
        select(V.c.id, V.c.household_id, V.c.visit_date, V.c.mode, V.c.worker,
               V.c.worker_name, V.c.created_at, V.c.per_capita_income, H.c.grid_code)
        .join(H, H.c.id == V.c.household_id)
        .where(households_in(region), V.c.visit_date >= start, V.c.visit_date <= end,
               is_current_visit(), *where)
    )


def latest_visit_per_household(region: str, start: date, end: date,
                               *where: ColumnElement[bool]) -> Select[Any]:
    """One row per household: its latest counted visit dated in [start, end]."""
    pv = counted_visits(region, start, end, *where).subquery("pv")
    ranked = select(
        pv,
        func.row_number().over(
            partition_by=pv.c.household_id,
            order_by=(pv.c.visit_date.desc(), pv.c.created_at.desc(), pv.c.id.desc()),
        ).label("rn"),
    ).subquery("ranked")
    return select(ranked).where(ranked.c.rn == 1)


def open_at(day: date) -> ColumnElement[bool]:
    """A problem open at the end of ``day``: opened by then, not resolved by then."""
    return and_(P.c.opened_on <= day, or_(P.c.resolved_on.is_(None), P.c.resolved_on > day))


def region_names(conn: Connection, region: str) -> dict[str, str]:
    """Names of the region and everything below it (from the synced region table)."""
    rows = conn.execute(select(R.c.code, R.c.name).where(in_region(R.c.code, region)))
    names = {str(code): str(name) for code, name in rows}
    for code in ancestors(region):
        if code not in names:
            name = conn.execute(select(R.c.name).where(R.c.code == code)).scalar()
            if name is not None:
                names[code] = str(name)
    return names


def settings_records(conn: Connection) -> list[dict[str, Any]]:
    """Bundled defaults, then the synced setting records (which win ties)."""
    rows = conn.execute(select(S.c.key, S.c.value, S.c.year, S.c.region)).mappings()
    return default_settings_records() + [dict(r) for r in rows]


class Settings:
    """Settings resolution with a cache, for a region's households and a year."""

    def __init__(self, records: Iterable[Mapping[str, Any]]) -> None:
        self.records = list(records)
        self._cache: dict[tuple[int, str], dict[str, Any]] = {}

    def for_code(self, year: int, code: str) -> dict[str, Any]:
        key = (year, code)
        if key not in self._cache:
            self._cache[key] = resolve_settings(self.records, year, ancestors(code))
        return self._cache[key]

    def get(self, key: str, year: int, code: str, default: Any = None) -> Any:
        return self.for_code(year, code).get(key, default)
