"""Monitoring case steps on the device: recording one (append-only, through ``records.insert``),
a household's case (`gridworker.cases.fold`) and the queues of cases waiting for a step.

A step is checked against the case as the device knows it before it is stored, with the same
rules the server applies (`gridworker.cases`); the server checks it again with everything it
holds, and a step it refuses comes back as a sync issue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, or_, select

from gridworker import cases, vocab
from gridworker.case_papers import (
    ListRow,
    NoticeEntry,
    NoticeList,
    Paper,
    TimelineRow,
    case_list_paper,
    place_of,
    proposal_of,
    risks_text,
    step_text,
    timeline_paper,
)
from gridworker.checklist.settings import resolve_settings
from gridworker.regions import ancestors
from gridworker.sql import within
from gridworker.store import records
from gridworker.store.errors import InvalidRecord
from gridworker.store.settings import settings_records
from gridworker.store.store import TABLES

t = TABLES
E = t.monitoring_event


def limits(conn: Connection, region_code: str = "", on: date | None = None) -> cases.Limits:
    on = on or date.today()
    return cases.Limits.from_settings(
        resolve_settings(
            settings_records(conn), on.year, ancestors(region_code) if region_code else []
        )
    )


def events(conn: Connection, household_ids: Sequence[str]) -> dict[str, list[cases.Event]]:
    """household → its live events (not those the server refused: they are sync issues)."""
    out: dict[str, list[cases.Event]] = {h: [] for h in household_ids}
    ids = list(household_ids)
    for i in range(0, len(ids), 900):
        q = select(E).where(
            E.c.household_id.in_(ids[i : i + 900]),
            E.c.deleted.is_(False),
            E.c.sync_state != "error",
        )
        for r in conn.execute(q).mappings():
            out[str(r["household_id"])].append(cases.Event.from_row(dict(r)))
    return out


def _facts(conn: Connection, household_id: str) -> tuple[dict[str, Any], bool]:
    h, m = t.household, t.member
    row = conn.execute(select(h).where(h.c.id == household_id)).mappings().first()
    if row is None:
        raise InvalidRecord([("household_id", "找不到此户")])
    members = conn.execute(
        select(m.c.labour, m.c.deleted).where(m.c.household_id == household_id)
    ).mappings()
    return dict(row), cases.no_labour(dict(row), [dict(x) for x in members])


def _monitored(household: Mapping[str, Any], evs: Sequence[cases.Event]) -> bool:
    """Monitored before any decision recorded (a roster's 监测对象类别)."""
    return bool(household.get("monitor_type")) and not any(e.stage == vocab.DECIDE for e in evs)


def household_case(conn: Connection, household_id: str) -> cases.Case:
    household, no_labour = _facts(conn, household_id)
    evs = events(conn, [household_id])[household_id]
    return cases.fold(
        household_id,
        evs,
        limits(conn, str(household["grid_code"])),
        monitored=_monitored(household, evs),
        no_labour=no_labour,
    )


def record_step(
    conn: Connection,
    household_id: str,
    stage: str,
    event_date: date,
    *,
    result: str | None = None,
    details: Mapping[str, Any] | None = None,
    note: str | None = None,
    supersedes: str | None = None,
    signature: str | None = None,
    monitor_type: str | None = None,
    risk_codes: Sequence[str] = (),
    visit_id: str | None = None,
    today: date | None = None,
) -> str:
    """Record one case step after checking it against the case; returns its id. Raises
    `InvalidRecord` (a Chinese reason) when the case does not allow it."""
    household, no_labour = _facts(conn, household_id)
    evs = events(conn, [household_id])[household_id]
    row = {
        "id": records.new_id(),
        "household_id": household_id,
        "stage": stage,
        "event_date": event_date,
        "result": result,
        "details": dict(details) if details else None,
        "note": (note or "").strip() or None,
        "supersedes": supersedes,
        "signature": signature,
        "monitor_type": monitor_type,
        "risk_codes": sorted(set(risk_codes)),
        "visit_id": visit_id,
        "recorded_at": records.utcnow(),
    }
    why = cases.check(
        household_id,
        evs,
        cases.Event.from_row(row),
        limits(conn, str(household["grid_code"]), event_date),
        monitored=_monitored(household, evs),
        no_labour=no_labour,
        today=today or date.today(),
    )
    if why is not None:
        raise InvalidRecord([("stage", f"{stage}：{why}")])
    records.insert(conn, E, row)
    return str(row["id"])


@dataclass(frozen=True)
class Waiting:
    """A case in a queue."""

    household_id: str
    grid_code: str
    number: str
    head_name: str
    case: cases.Case
    since: date  # waiting since: the step before (oldest first)
    days_left: int | None  # of the clue-to-decision limit (None: not running, as in clearing)


# The step a case's latest step (its latest event other than a clue) can be when it waits for
# each step: a queue folds only those households (a county holds thousands of cases long
# decided). Generous on purpose — the fold decides.
PRECEDING: dict[str, frozenset[str]] = {
    vocab.APPLY: frozenset({vocab.CLUE, vocab.REOPEN, vocab.CLOSE, vocab.DECIDE, vocab.CLEAR}),
    vocab.CHECK: frozenset({vocab.APPLY, vocab.AUDIT, vocab.REOPEN}),
    vocab.REVIEW: frozenset({vocab.CHECK, vocab.PROPOSE, vocab.AUDIT, vocab.REOPEN}),
    vocab.NOTICE: frozenset({vocab.REVIEW, vocab.COMPARE, vocab.AUDIT, vocab.REOPEN}),
    vocab.COMPARE: frozenset({vocab.REVIEW, vocab.NOTICE, vocab.AUDIT, vocab.REOPEN}),
    vocab.AUDIT: frozenset({vocab.NOTICE, vocab.COMPARE, vocab.REOPEN}),
    vocab.DECIDE: frozenset({vocab.AUDIT}),
    vocab.CLEAR: frozenset({vocab.AUDIT}),
    vocab.CLOSE: frozenset({vocab.CHECK, vocab.REVIEW, vocab.REOPEN}),
    vocab.REOPEN: frozenset({vocab.CLOSE}),
    vocab.PROPOSE: frozenset({vocab.DECIDE, vocab.REVIEW, vocab.CLEAR}),
}


def _candidates(conn: Connection, region: str, steps: Sequence[str]) -> list[str]:
    """Households of ``region`` whose latest step (a clue aside) may precede one of ``steps``,
    and those with clues only (a clue opens a case)."""
    h = t.household
    before = {vocab.CLUE}.union(*(PRECEDING.get(s, frozenset()) for s in steps))
    latest = (
        select(
            E.c.household_id,
            E.c.stage,
            func.row_number()
            .over(
                partition_by=E.c.household_id,
                order_by=(E.c.event_date.desc(), E.c.recorded_at.desc(), E.c.created_at.desc()),
            )
            .label("n"),
        )
        .join(h, h.c.id == E.c.household_id)
        .where(
            within(h.c.grid_code, region),
            h.c.deleted.is_(False),
            E.c.deleted.is_(False),
            E.c.sync_state != "error",
            or_(E.c.stage != vocab.CLUE, ~exists_other_step()),
        )
        .subquery()
    )
    q = select(latest.c.household_id).where(latest.c.n == 1, latest.c.stage.in_(sorted(before)))
    return [str(x) for x in conn.execute(q).scalars()]


def exists_other_step() -> Any:
    """The household has an event other than a clue (correlated with the outer event row)."""
    other = E.alias("other")
    return (
        select(other.c.id)
        .where(
            other.c.household_id == E.c.household_id,
            other.c.stage != vocab.CLUE,
            other.c.deleted.is_(False),
        )
        .exists()
    )


def queue(conn: Connection, region: str, steps: Sequence[str], today: date) -> list[Waiting]:
    """The cases of ``region`` (a code prefix) that wait for one of ``steps``, oldest first."""
    h = t.household
    hids = _candidates(conn, region, steps)
    out: list[Waiting] = []
    lim = limits(conn, region, today)
    by_household = events(conn, hids)
    m = t.member
    for i in range(0, len(hids), 900):
        part = hids[i : i + 900]
        rows = conn.execute(select(h).where(h.c.id.in_(part))).mappings().all()
        labour: dict[str, list[dict[str, Any]]] = {}
        for r in conn.execute(
            select(m.c.household_id, m.c.labour, m.c.deleted).where(m.c.household_id.in_(part))
        ).mappings():
            labour.setdefault(str(r["household_id"]), []).append(dict(r))
        for row in rows:
            hid = str(row["id"])
            evs = by_household[hid]
            case = cases.fold(
                hid,
                evs,
                lim,
                monitored=_monitored(dict(row), evs),
                no_labour=cases.no_labour(dict(row), labour.get(hid, [])),
            )
            if not set(case.next_steps()) & set(steps):
                continue
            since = case.last_date or case.opened_on or today
            out.append(
                Waiting(
                    hid,
                    str(row["grid_code"]),
                    str(row["number"]),
                    str(row["head_name"]),
                    case,
                    since,
                    case.days_left(today),
                )
            )
    out.sort(key=lambda w: (w.case.opened_on or w.since, w.since, w.number))
    return out


def notice_list(conn: Connection, region: str, today: date) -> NoticeList:
    """The 村内公示 list of ``region`` (a village): every case whose 评议 passed and whose 审核 has
    not come yet, with the notice period recorded for them (the first one's)."""
    waiting = queue(conn, region, [vocab.NOTICE, vocab.COMPARE, vocab.AUDIT], today)
    h, m, r = t.household, t.member, t.region
    chosen = [w for w in waiting if vocab.REVIEW in w.case.steps]
    ids = [w.household_id for w in chosen]
    sizes: dict[str, int] = {}
    addresses: dict[str, str] = {}
    for i in range(0, len(ids), 900):
        part = ids[i : i + 900]
        for hid, n in conn.execute(
            select(m.c.household_id, func.count())
            .where(m.c.household_id.in_(part), m.c.deleted.is_(False))
            .group_by(m.c.household_id)
        ).all():
            sizes[str(hid)] = int(n)
        for hid, address in conn.execute(select(h.c.id, h.c.address).where(h.c.id.in_(part))):
            addresses[str(hid)] = str(address or "")
    name = conn.execute(select(r.c.name).where(r.c.code == region)).scalar() or region
    settings = resolve_settings(settings_records(conn), today.year, ancestors(region))
    entries = []
    start: date | None = None
    end: date | None = None
    for w in chosen:
        review = w.case.steps[vocab.REVIEW]
        n = review.details.get("participants")
        notice = w.case.steps.get(vocab.NOTICE)
        if notice is not None and start is None:
            start, end = notice.notice_start, notice.notice_end
        entries.append(
            NoticeEntry(
                w.head_name,
                place_of(addresses.get(w.household_id, "")),
                sizes.get(w.household_id, 0),
                proposal_of(w.case.phase),
                f"{review.result}（{n}人参加）" if n else str(review.result),
                risks_text(w.case.risk_codes or _clue_codes(w.case)),
            )
        )
    return NoticeList(
        str(name), entries, start, end, bool(settings.get("notice_shows_risk_types", False))
    )


def _clue_codes(case: cases.Case) -> tuple[str, ...]:
    clue = case.steps.get(vocab.CLUE)
    return clue.risk_codes if clue else ()


def case_list(
    conn: Connection, region: str, steps: Sequence[str], today: date, title: str
) -> Paper:
    """The printed list of the cases of ``region`` waiting for ``steps`` (the township's 审核
    list, the county's 审定 list), oldest first, with the days left and a signature block."""
    waiting = queue(conn, region, steps, today)
    r = t.region
    names = {
        str(code): str(name)
        for code, name in conn.execute(select(r.c.code, r.c.name).where(within(r.c.code, region)))
    }
    rows = [
        ListRow(
            names.get(w.grid_code[:12], w.grid_code[:12]),
            w.head_name,
            w.number,
            proposal_of(w.case.phase),
            w.case.opened_on,
            "→".join(s for s in w.case.steps if s != vocab.CLUE),
            w.days_left,
        )
        for w in waiting
    ]
    unit = (
        names.get(region)
        or conn.execute(select(r.c.name).where(r.c.code == region)).scalar()
        or region
    )
    return case_list_paper(str(unit), title, rows, today)


def timeline(conn: Connection, household_id: str, today: date) -> Paper:
    """A household's case history on paper: every step, who recorded it, in force or not."""
    household, _ = _facts(conn, household_id)
    case = household_case(conn, household_id)
    rows = [
        TimelineRow(
            x.event.event_date,
            x.event.stage,
            x.event.result or "",
            step_text(x.event),
            x.event.recorded_by or "本机（未同步）",
            x.state + (f"：{x.why}" if x.why else ""),
        )
        for x in case.entries
    ]
    place = place_of(str(household.get("address") or ""))
    return timeline_paper(str(household.get("head_name") or ""), place, case.summary(today), rows)
