"""The county user's scope: the households with a case (a clue under way, or monitored), not
the 300,000 households of the county.

A household enters when its case opens or it is monitored (`gridworker.cases`: 识别中, 监测中,
消除中) and leaves when the case ends (村级关闭, 不纳入, 风险消除). ``case_scope`` keeps one row
per household that was ever in: ``active``, and ``visits_from`` (12 months before it entered).

- Entering: every record of the household — itself, members, problems, measures, events, and
  its visits from ``visits_from`` on — is logged again (new change numbers), so a county device
  whose cursor is past them receives them at its next sync.
- Leaving: the household is logged again; a county device's pull then says it is gone, and the
  device removes it (the server keeps it).
- A pull by a ``county`` caller reads the log entries of households in ``case_scope`` only
  (active: the records, a visit only from ``visits_from``; inactive: "gone"), and its digest
  covers the same records, so the sanity check compares what the device holds.

`update` runs at the end of every push that wrote a case step or a household; `rebuild` after a
roster import, the demo load and the upgrade that added the table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, and_, select

from gridworker import cases, vocab
from gridworker.schema import SYNCED_TABLES
from gridworker.server import tables as tb
from gridworker.sql import one_of

T = tb.T
CS = tb.case_scope
ROLE = "county"
VISIT_DAYS = 365  # the visits that travel with a household entering the scope
IN = (cases.OPEN, cases.MONITORED, cases.CLEARING)
Log = Callable[[str, str, str, str], None]  # table, record id, household id, grid


def case_scoped(role: str) -> bool:
    return role == ROLE


def _cases(conn: Connection, hids: list[str]) -> dict[str, tuple[str, bool]]:
    """household → (grid, in the scope now) for live households among ``hids``."""
    e, h = T.monitoring_event, T.household
    events: dict[str, list[cases.Event]] = {}
    for i in range(0, len(hids), 5000):
        part = hids[i : i + 5000]
        for r in conn.execute(
            select(e).where(one_of(conn, e.c.household_id, part), e.c.deleted.is_(False))
        ).mappings():
            events.setdefault(str(r["household_id"]), []).append(cases.Event.from_row(dict(r)))
    out: dict[str, tuple[str, bool]] = {}
    for i in range(0, len(hids), 5000):
        part = hids[i : i + 5000]
        q = select(h.c.id, h.c.grid_code, h.c.monitor_type, h.c.deleted).where(
            one_of(conn, h.c.id, part)
        )
        for x in conn.execute(q):
            evs = events.get(str(x.id), [])
            decided = any(ev.stage == vocab.DECIDE for ev in evs)
            case = cases.fold(str(x.id), evs, monitored=bool(x.monitor_type) and not decided)
            out[str(x.id)] = (str(x.grid_code), not x.deleted and case.phase in IN)
    return out


def update(conn: Connection, hids: Iterable[str], today: date, now: datetime, log: Log) -> None:
    """Bring ``case_scope`` up to date for ``hids`` (households just written), logging the
    records of those that entered and the households that left."""
    ids = sorted(set(hids))
    if not ids:
        return
    state = _cases(conn, ids)
    rows = {
        str(r.household_id): r
        for r in conn.execute(select(CS).where(one_of(conn, CS.c.household_id, ids)))
    }
    entered: list[tuple[str, str, date]] = []
    for hid, (grid, inside) in state.items():
        row = rows.get(hid)
        was = row is not None and row.active
        if inside == was:
            continue
        if inside:
            since = today - timedelta(days=VISIT_DAYS)
            if row is None:
                conn.execute(
                    CS.insert().values(
                        household_id=hid, active=True, visits_from=since, changed_at=now
                    )
                )
            else:
                conn.execute(
                    CS.update()
                    .where(CS.c.household_id == hid)
                    .values(active=True, visits_from=since, changed_at=now)
                )
            entered.append((hid, grid, since))
        else:
            conn.execute(
                CS.update().where(CS.c.household_id == hid).values(active=False, changed_at=now)
            )
            log("household", hid, hid, grid)
    for hid, grid, since in entered:
        log("household", hid, hid, grid)
        for name in SYNCED_TABLES:
            t = T.metadata.tables[name]
            if name == "household" or "household_id" not in t.c:  # (a village's shop tables)
                continue
            q = select(t.c.id).where(t.c.household_id == hid)
            if name == "visit":
                q = q.where(t.c.visit_date >= since)
            for rid in conn.execute(q).scalars():
                log(name, str(rid), hid, grid)


def update_logged(conn: Connection, hids: Iterable[str], today: date) -> None:
    """`update`, its log entries numbered and written here (a roster import's transaction)."""
    from gridworker.server import db

    now = datetime.now()
    entries: list[dict[str, Any]] = []

    def log(table: str, rid: str, hid: str, grid: str) -> None:
        entries.append(
            {
                "table_name": table,
                "record_id": rid,
                "household_id": hid,
                "grid_code": grid,
                "prev_grid_code": None,
            }
        )

    update(conn, hids, today, now, log)
    if entries:
        db.log_changes(conn, entries, now)


def rebuild(conn: Connection, today: date | None = None) -> int:
    """``case_scope`` from scratch (after a bulk load: no log entries, the records were logged
    when loaded); how many households are in."""
    today = today or date.today()
    e, h = T.monitoring_event, T.household
    hids = sorted(
        {str(x) for x in conn.execute(select(e.c.household_id).distinct()).scalars()}
        | {
            str(x)
            for x in conn.execute(select(h.c.id).where(h.c.monitor_type.is_not(None))).scalars()
        }
    )
    now = datetime.now()
    known = {str(x) for x in conn.execute(select(CS.c.household_id)).scalars()}
    since = today - timedelta(days=VISIT_DAYS)
    count = 0
    for hid, (_grid, inside) in _cases(conn, hids).items():
        count += inside
        if hid in known:
            conn.execute(
                CS.update().where(CS.c.household_id == hid).values(active=inside, changed_at=now)
            )
        else:
            conn.execute(
                CS.insert().values(
                    household_id=hid, active=inside, visits_from=since, changed_at=now
                )
            )
    return count


def entry_filter(cl: Any) -> Any:
    """A county caller reads the log entries of households that are, or were, in its scope."""
    return cl.c.household_id.in_(select(CS.c.household_id))


def memberships(conn: Connection, hids: Iterable[str]) -> dict[str, Any]:
    """household → its case_scope row."""
    ids = sorted(set(hids))
    out: dict[str, Any] = {}
    for i in range(0, len(ids), 5000):
        for r in conn.execute(select(CS).where(one_of(conn, CS.c.household_id, ids[i : i + 5000]))):
            out[str(r.household_id)] = r
    return out


def digest_rows(name: str) -> Select[Any]:
    """(id, version, content_hash) of what a county device holds: the records of households
    active in the scope, visits from their ``visits_from``."""
    t = T.metadata.tables[name]
    cols = (t.c.id, t.c.version, t.c.content_hash)
    key = t.c.id if name == "household" else t.c.household_id
    cond = [CS.c.active.is_(True), t.c.version > 0]
    if name == "visit":
        cond.append(t.c.visit_date >= CS.c.visits_from)
    return select(*cols).select_from(t.join(CS, CS.c.household_id == key)).where(and_(*cond))
