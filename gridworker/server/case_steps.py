"""Whether a pushed monitoring case step may come next: the household's case, folded from the
events the server holds and those accepted earlier in the same batch (`gridworker.cases`), is
asked about the new one. The permission table has already said the caller's role may record
that step; here the case decides whether the step is due (previous step present, the 公示 has
run its days with every objection settled, no 稳定消除 for a household with no labour, ...).

On PostgreSQL the household's case is locked for the rest of the push (an advisory lock), so two
people deciding the same case at once cannot both pass: the second sees the first's decision
and is refused, and the refusal comes back to their device as a sync issue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, select, text

from gridworker import cases, vocab
from gridworker.checklist.settings import default_settings_records, resolve_settings
from gridworker.server import tables as tb

T = tb.T
LIMIT_KEYS = (
    "clue_decision_limit_days",
    "notice_min_days",
    "clearing_min_months",
    "clearing_stable_months",
    "natural_clearing_reasons",
)


@dataclass
class Household:
    events: list[cases.Event]
    monitored: bool  # monitored before any decision recorded here (a roster's 监测对象类别)
    no_labour: bool


@dataclass
class Cases:
    """The households a push touches with case steps, read once per batch."""

    today: date
    limits: cases.Limits | None = None
    households: dict[str, Household] = field(default_factory=dict)

    def limits_for(self, conn: Connection) -> cases.Limits:
        if self.limits is None:
            self.limits = read_limits(conn, self.today)
        return self.limits

    def household(self, conn: Connection, hid: str) -> Household:
        got = self.households.get(hid)
        if got is None:
            got = self.households[hid] = _read(conn, hid)
        return got


def read_limits(conn: Connection, today: date) -> cases.Limits:
    s = T.setting
    rows = conn.execute(
        select(s.c.key, s.c.value, s.c.year, s.c.region).where(
            s.c.key.in_(LIMIT_KEYS), s.c.region.is_(None)
        )
    ).mappings()
    records: list[dict[str, Any]] = default_settings_records() + [dict(r) for r in rows]
    return cases.Limits.from_settings(resolve_settings(records, today.year, []))


def _read(conn: Connection, hid: str) -> Household:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(2, hashtext(:h))"), {"h": hid})
    e, h, m = T.monitoring_event, T.household, T.member
    events = [
        cases.Event.from_row(dict(r))
        for r in conn.execute(
            select(e).where(e.c.household_id == hid, e.c.deleted.is_(False))
        ).mappings()
    ]
    row = conn.execute(select(h).where(h.c.id == hid)).mappings().first()
    members = [
        dict(r)
        for r in conn.execute(
            select(m.c.labour, m.c.deleted).where(m.c.household_id == hid)
        ).mappings()
    ]
    household = dict(row) if row is not None else {}
    decided = any(ev.stage == vocab.DECIDE for ev in events)
    return Household(
        events,
        monitored=bool(household.get("monitor_type")) and not decided,
        no_labour=cases.no_labour(household, members),
    )


def refusal(conn: Connection, known: Cases, record_id: str, values: dict[str, Any]) -> str | None:
    """Why the case does not allow this new step (None: it does; it is then remembered for the
    rest of the batch)."""
    hid = str(values["household_id"])
    hh = known.household(conn, hid)
    ev = cases.Event.from_row({**values, "id": record_id})
    why = cases.check(
        hid,
        hh.events,
        ev,
        known.limits_for(conn),
        monitored=hh.monitored,
        no_labour=hh.no_labour,
        today=known.today,
    )
    if why is None:
        hh.events.append(ev)
        if ev.stage == vocab.DECIDE:
            hh.monitored = False
    return why
