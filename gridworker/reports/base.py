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
  its own ``visit_date``, whenever it was synced. The derived ``visit_counted`` table holds exactly
  these visits with their household's current grid and attributes (`gridworker.reports.counted`);
  the queries read it instead of joining visits to households.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
)

from gridworker import cases, vocab
from gridworker.checklist.settings import default_settings_records, resolve_settings
from gridworker.memory import paused_gc
from gridworker.regions import ancestors
from gridworker.schema import WORK_COUNTS, define
from gridworker.sql import one_of, within

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
VC = T.metadata.tables["visit_counted"]
D = T.metadata.tables["member_id_duplicate"]

VILLAGE_LEN = 12
T_ = TypeVar("T_")


def joined_in_region(conn: Connection, region: str) -> ColumnElement[bool]:
    """Live households of ``region``, for a join driven by a *small* table (problems).

    On SQLite a prefix test no index can serve, so the planner reads the small table and looks
    each household up by id instead of walking every household of the region with a range
    (several times slower on a 30,000-household township). PostgreSQL hash-joins the range
    well and would scan every household for the prefix test. Same rows either way."""
    if conn.dialect.name == "sqlite":
        return and_(live_household(), func.substr(H.c.grid_code, 1, len(region)) == region)
    return households_in(region)


def live_household() -> ColumnElement[bool]:
    return H.c.deleted.is_(False)


def households_in(region: str) -> ColumnElement[bool]:
    return and_(live_household(), within(H.c.grid_code, region))


def counted_visits(region: str, start: date, end: date, *where: ColumnElement[bool]) -> Select[Any]:
    """The visits that count, dated in [start, end], of live households in ``region``
    (``where`` may filter on ``visit_counted`` columns)."""
    return select(
        VC.c.visit_id.label("id"),
        VC.c.household_id,
        VC.c.visit_date,
        VC.c.created_at,
        VC.c.per_capita_income,
        VC.c.grid_code,
    ).where(
        VC.c.visit_date >= start, VC.c.visit_date <= end, within(VC.c.grid_code, region), *where
    )


def latest_in(region: str, start: date, end: date) -> ColumnElement[bool]:
    """``visit_counted`` rows dated in [start, end] that are their household's latest up to
    ``end`` (one per household visited in the range)."""
    return and_(
        VC.c.visit_date >= start,
        VC.c.visit_date <= end,
        within(VC.c.grid_code, region),
        or_(VC.c.next_date.is_(None), VC.c.next_date > end),
    )


FORMERLY_POOR = "脱贫户"


class GridSums(NamedTuple):
    """One (grid, worker) group of a region's counted visits up to a period's end (the sums of
    :func:`period_sums`)."""

    grid_code: str
    worker: str
    worker_name: str
    visited: int  # households whose latest visit up to the end falls in the period
    long_absent_contacted: int  # ... of them long-absent
    long_absent_recent: int  # long-absent households whose latest visit is in the recent window
    worker_households: int  # households at this worker's last visit of them in the period
    worker_visits: int  # visits in the period
    work: tuple[int, ...]  # WORK_COUNTS of the 脱贫户 latest visits in the period


GRID_LIST_MAX = 2000  # a county's few thousand grids read the date-first index instead


def counted_in_region(conn: Connection, region: str) -> ColumnElement[bool]:
    """``visit_counted`` rows of ``region``: the code range and, on PostgreSQL below the county,
    also ``grid_code IN`` the region's grids, so the server's grid-first index
    (``ix_visit_counted_grid_date``) reads one short date range per grid. Same rows either way
    (the rows are live households' visits, at the household's current grid)."""
    cond = within(VC.c.grid_code, region)
    if conn.dialect.name != "postgresql":
        return cond
    grids = [g for g, _n, _la in grid_households(conn, region)]
    if not grids or len(grids) > GRID_LIST_MAX:
        return cond
    return and_(cond, one_of(conn, VC.c.grid_code, grids))


def period_sums(
    conn: Connection, region: str, start: date, end: date, recent: date | None = None
) -> list[GridSums]:
    """Coverage and work sums of the period [start, end] (and long-absent contacts in
    [recent, end]) per grid and worker, from ONE range of ``visit_counted`` (every sum is a
    condition on the row: "latest up to ``end``" is ``next_date`` after ``end``)."""
    lo = start if recent is None else min(start, recent)
    in_period = VC.c.visit_date >= start
    latest = or_(VC.c.next_date.is_(None), VC.c.next_date > end)
    absent = VC.c.long_absent.is_(True)
    counted = and_(in_period, latest)
    poor = and_(counted, VC.c.household_type == FORMERLY_POOR)
    q = (
        select(
            VC.c.grid_code,
            VC.c.worker,
            VC.c.worker_name,
            _sum_of(counted),
            _sum_of(and_(counted, absent)),
            _sum_of(and_(VC.c.visit_date >= recent, latest, absent))
            if recent is not None
            else literal(0),
            _sum_of(
                and_(in_period, or_(VC.c.next_worker_date.is_(None), VC.c.next_worker_date > end))
            ),
            _sum_of(in_period),
            *(func.sum(case((poor, VC.c[n]), else_=0)) for n in WORK_COUNTS),
        )
        .where(VC.c.visit_date >= lo, VC.c.visit_date <= end, counted_in_region(conn, region))
        .group_by(VC.c.grid_code, VC.c.worker, VC.c.worker_name)
    )

    def read() -> list[GridSums]:
        out = []
        for grid, worker, name, *sums in conn.execute(q).all():
            v, la, recent_la, wh, wv, *work = (int(x or 0) for x in sums)
            out.append(
                GridSums(str(grid), worker or "", name or "", v, la, recent_la, wh, wv, tuple(work))
            )
        return out

    return cached(conn, ("period_sums", region, start, end, recent), read)


def _sum_of(flag: ColumnElement[bool]) -> Any:
    return func.sum(case((flag, 1), else_=0))


def open_at(day: date) -> ColumnElement[bool]:
    """A problem open at the end of ``day``: opened by then, not resolved by then."""
    return and_(P.c.opened_on <= day, or_(P.c.resolved_on.is_(None), P.c.resolved_on > day))


def grid_households(conn: Connection, region: str) -> list[tuple[str, int, int]]:
    """(grid, live households, of them long-absent) for every grid of the region with any."""
    q = (
        select(H.c.grid_code, func.count(), func.sum(case((H.c.long_absent.is_(True), 1), else_=0)))
        .where(households_in(region))
        .group_by(H.c.grid_code)
    )
    return cached(
        conn,
        ("grids", region),
        lambda: [(str(g), int(n), int(la or 0)) for g, n, la in conn.execute(q).all()],
    )


def monitored_households(conn: Connection, region: str) -> list[tuple[str, str, str, Any]]:
    """(id, grid, 监测对象类别, risk codes) of the region's monitored live households."""
    ids = select(H.c.id).where(households_in(region), H.c.monitor_type.is_not(None))
    q = select(H.c.id, H.c.grid_code, H.c.monitor_type, H.c.risk_codes).where(H.c.id.in_(ids))
    return cached(conn, ("monitored", region), lambda: [tuple(r) for r in conn.execute(q).all()])


EVENT_STAGES = ("风险线索", "县级审定", "风险消除")


def events(conn: Connection, region: str, end: date) -> list[tuple[str, str, str, date]]:
    """(household, grid, stage, date) of the region's live 风险线索 / 县级审定 / 风险消除 events
    dated up to ``end``, ordered by household and date."""
    q = (
        select(E.c.household_id, H.c.grid_code, E.c.stage, E.c.event_date)
        .join(H, H.c.id == E.c.household_id)
        .where(
            households_in(region),
            E.c.deleted.is_(False),
            E.c.stage.in_(EVENT_STAGES),
            E.c.event_date <= end,
        )
        .order_by(E.c.household_id, E.c.event_date)
    )
    return cached(conn, ("events", region, end), lambda: [tuple(r) for r in conn.execute(q).all()])


def case_states(
    conn: Connection, region: str, end: date, settings: Settings
) -> dict[str, tuple[str, cases.Case]]:
    """household → (grid, its monitoring case as it stood at the end of ``end``), for every live
    household of the region with an event up to then or a 监测对象类别 (gridworker.cases: only
    the steps in force count)."""

    def read() -> dict[str, tuple[str, cases.Case]]:
        by: dict[str, list[cases.Event]] = {}
        grids: dict[str, str] = {}
        q = (
            select(*(E.c[n] for n in EVENT_COLUMNS), H.c.grid_code.label("_grid"))
            .join(H, H.c.id == E.c.household_id)
            .where(households_in(region), E.c.deleted.is_(False))
        )
        decided: set[str] = set()  # (ever: a roster's 监测对象类别 came from a decision)
        for r in conn.execute(q).mappings():
            hid = str(r["household_id"])
            if r["stage"] == vocab.DECIDE:
                decided.add(hid)
            if r["event_date"] > end:
                continue
            grids[hid] = str(r["_grid"])
            by.setdefault(hid, []).append(cases.Event.from_row(dict(r)))
        listed = {hid for hid, _g, _t, _c in monitored_households(conn, region)}
        for hid, grid, _t, _c in monitored_households(conn, region):
            grids.setdefault(hid, grid)
        out: dict[str, tuple[str, cases.Case]] = {}
        for hid, grid in grids.items():
            evs = by.get(hid, [])
            limits = case_limits(settings, end.year, grid)
            roster = hid in listed and hid not in decided
            out[hid] = (grid, cases.fold(hid, evs, limits, monitored=roster))
        return out

    return cached(conn, ("cases", region, end), read)


EVENT_COLUMNS = (
    "id",
    "household_id",
    "stage",
    "event_date",
    "result",
    "details",
    "supersedes",
    "signature",
    "monitor_type",
    "risk_codes",
    "note",
    "recorded_at",
    "created_at",
)


def case_limits(settings: Settings, year: int, code: str) -> cases.Limits:
    return cases.Limits.from_settings(settings.for_code(year, code))


def problem_rows(
    conn: Connection, region: str, start: date, end: date
) -> list[tuple[str, str, str, date, date | None]]:
    """(household, grid, type, opened, resolved) of the region's live problems (every type)
    open at some moment of [start, end]."""
    q = (
        select(P.c.household_id, H.c.grid_code, P.c.type, P.c.opened_on, P.c.resolved_on)
        .join(H, H.c.id == P.c.household_id)
        .where(
            joined_in_region(conn, region),
            P.c.deleted.is_(False),
            P.c.opened_on <= end,
            or_(P.c.resolved_on.is_(None), P.c.resolved_on >= start),
        )
    )
    return cached(
        conn, ("problems", region, start, end), lambda: [tuple(r) for r in conn.execute(q).all()]
    )


def region_names(conn: Connection, region: str) -> dict[str, str]:
    """Names of the region and everything below it (from the synced region table)."""
    rows = conn.execute(select(R.c.code, R.c.name).where(within(R.c.code, region))).all()
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
    """Settings resolution with a cache, for a region's households and a year.

    Resolution depends only on the year and on which of the code's ancestors some record names
    (a record's nearness is its region's level), so codes that share those share one entry."""

    def __init__(self, records: Iterable[Mapping[str, Any]]) -> None:
        self.records = list(records)
        self._regions = {str(r["region"]) for r in self.records if r.get("region") is not None}
        self._by_code: dict[tuple[int, str], dict[str, Any]] = {}
        self._cache: dict[tuple[int, tuple[str, ...]], dict[str, Any]] = {}

    def for_code(self, year: int, code: str) -> dict[str, Any]:
        found = self._by_code.get((year, code))
        if found is None:
            chain = ancestors(code)
            key = (year, tuple(c for c in chain if c in self._regions))
            found = self._cache.get(key)
            if found is None:
                found = self._cache[key] = resolve_settings(self.records, year, chain)
            self._by_code[(year, code)] = found
        return found

    def get(self, key: str, year: int, code: str, default: Any = None) -> Any:
        return self.for_code(year, code).get(key, default)


_CACHE = "gridworker.reports.cache"


@contextmanager
def shared_reads(conn: Connection) -> Iterator[None]:
    """Within this block, :func:`cached` reads are made once per connection (one report), and
    PostgreSQL plans every query for its own values. Python's cyclic garbage collector pauses
    meanwhile (gridworker.memory: ~10 % of a county report's time)."""
    conn.info[_CACHE] = {}
    try:
        with paused_gc():
            if conn.dialect.name == "postgresql":
                # psycopg prepares a statement run five times, and PostgreSQL then may switch to
                # a generic plan: for these range queries (dates, grid codes, id lists unknown)
                # that plan is orders of magnitude slower. Plan each report query for its values
                # (this transaction only; a no-op in autocommit).
                conn.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
                # A county's period is a few hundred thousand visit_counted rows: JIT compiling
                # each such query costs more (~150 ms) than it saves, and the grouping (grids ×
                # workers) should hash in memory rather than sort on disk with the default 4 MB.
                conn.exec_driver_sql("SET LOCAL jit = off")
                conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
            yield
    finally:
        conn.info.pop(_CACHE, None)


def cached(conn: Connection, key: tuple[Any, ...], read: Callable[[], T_]) -> T_:
    """``read()``, or its result from earlier in the same :func:`shared_reads` block."""
    memo = conn.info.get(_CACHE)
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return cast(T_, memo[key])
