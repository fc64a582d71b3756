"""The signed-in scope's roster, loaded once on the worker and shared by Today and Roster.

Today's due households come first (a third of a township's rows, chosen in SQL), so Today is
usable before the whole roster has crossed into Python; the roster, then the search index, follow
on the worker. After a change to some households only those rows are re-read (``refresh``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gridworker.store import records, roster
from gridworker.store.roster import HouseholdRow
from gridworker.store.search import SearchIndex
from gridworker.store.settings import settings_for
from gridworker.store.store import TABLES
from gridworker.ui.session import Session

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class Counts:
    week: int
    month: int
    pending: int  # records waiting to be sent
    pending_visits: int = 0  # ... as a person counts them: completed visits
    pending_households: int = 0  # ... and the households they concern


def load_rows(
    conn: Connection, scope: str, today: date, ids: list[str] | None = None
) -> list[HouseholdRow]:
    settings = settings_for(conn, scope, today)
    return roster.list_households(conn, scope, today, settings, ids=ids)


def load_due(conn: Connection, scope: str, today: date) -> list[HouseholdRow]:
    """Today's list: the households due or overdue, most overdue first (as `due_rows`)."""
    settings = settings_for(conn, scope, today)
    return due_rows(roster.list_households(conn, scope, today, settings, only_due=True))


def load_counts(conn: Connection, scope: str, today: date) -> Counts:
    week_start = today - timedelta(days=today.weekday())
    week, month = roster.visits_done_since(conn, scope, (week_start, today.replace(day=1)), today)
    tables = TABLES.metadata.tables
    visits, households = records.pending_visits_households(conn, tables)
    return Counts(
        week=week,
        month=month,
        pending=records.pending_count(conn, tables),
        pending_visits=visits,
        pending_households=households,
    )


_DUE_ORDER = attrgetter("due_on", "number")
_ID = attrgetter("id")


def due_rows(rows: list[HouseholdRow]) -> list[HouseholdRow]:
    """Due and overdue households, most overdue first (as ``roster.due_households``)."""
    return sorted([r for r in rows if r.status != "ok"], key=_DUE_ORDER)


def with_due(rows: list[HouseholdRow]) -> tuple[list[HouseholdRow], list[HouseholdRow]]:
    """The whole roster and Today's list from it (on the worker: sorting 30,000 rows would
    hold the GUI thread)."""
    return rows, due_rows(rows)


class RosterData(QObject):
    due_changed = Signal()  # Today's list (``due``) was read
    rows_loaded = Signal()  # the whole roster (``rows``)
    index_loaded = Signal()  # searching is exact from now on
    counts_changed = Signal(object)  # Counts

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[HouseholdRow] = []
        self.due: list[HouseholdRow] = []  # due and overdue, most overdue first
        self.due_loaded = False
        self.index: SearchIndex | None = None  # read-only once loaded; replaced, never updated
        self._aligned: tuple[list[HouseholdRow], SearchIndex, bool] | None = None
        self.counts: Counts | None = None
        self.loaded = False

    def reload(self) -> None:
        """Today's rows and the counts first (Today is usable), then the whole roster (the
        roster screen says it is loading until then), then the search index (the roster
        searches once it arrives: what was typed before is applied then)."""
        scope, today = self.session.scope, self.session.today()
        self.session.ops.read(lambda c: load_due(c, scope, today), self._set_due, owner=self)
        self.reload_counts()
        self.session.ops.read(
            lambda c: with_due(load_rows(c, scope, today)), self._set_rows, owner=self
        )
        self.session.ops.read(lambda c: SearchIndex.load(c, scope), self._set_index, owner=self)

    def search(self, text: str) -> list[int] | None:
        """Positions in ``rows`` of the households matching ``text``, in roster order (None: no
        filter), answered at once.

        The index is in memory and never changed once loaded (a change loads a new one on
        the worker and swaps it in), so querying it here needs no lock and no hop to the
        worker: a keystroke costs only the search itself. The index and the rows are both in
        household-number order, so its positions are the rows' (checked once per pair; if they
        differ — one was re-read before the other — ids are mapped)."""
        index = self.index
        if index is None or not text.strip():
            return None
        hits = index.search_positions(text)
        rows = self.rows
        if self._aligned is None or self._aligned[0] is not rows or self._aligned[1] is not index:
            same = len(rows) == len(index.ids) and all(map(str.__eq__, map(_ID, rows), index.ids))
            self._aligned = (rows, index, same)
        if self._aligned[2]:
            return hits
        where = {hid: n for n, hid in enumerate(map(_ID, rows))}
        found = [n for n in map(where.get, map(index.ids.__getitem__, hits)) if n is not None]
        found.sort()
        return found

    def reload_counts(self) -> None:
        scope, today = self.session.scope, self.session.today()
        self.session.ops.read(lambda c: load_counts(c, scope, today), self._set_counts, owner=self)

    def refresh(self, ids: list[str]) -> None:
        """Re-read some households (after a visit or an edit); new ids are added."""
        scope, today = self.session.scope, self.session.today()
        self.session.ops.read(
            lambda c: (load_rows(c, scope, today, ids), SearchIndex.load(c, scope)),
            self._merge,
            owner=self,
        )
        self.reload_counts()

    def _set_index(self, index: SearchIndex) -> None:
        self.index = index
        self.index_loaded.emit()

    def _set_due(self, due: list[HouseholdRow]) -> None:
        if not self.loaded:  # else the whole roster came first (it is newer): keep its answer
            self._due(due)

    def _due(self, due: list[HouseholdRow]) -> None:
        """Today's list (its model keeps the view when the rows are equal to what it shows)."""
        self.due = due
        self.due_loaded = True
        self.due_changed.emit()

    def _set_rows(self, loaded: tuple[list[HouseholdRow], list[HouseholdRow]]) -> None:
        self.rows, due = loaded
        self.loaded = True
        self._due(due)
        self.rows_loaded.emit()

    def _merge(self, loaded: tuple[list[HouseholdRow], SearchIndex]) -> None:
        fresh, self.index = loaded  # the roster re-applies its search on rows_loaded
        by_id: dict[str, Any] = {r.id: r for r in fresh}
        rows = [by_id.pop(r.id, r) for r in self.rows]
        rows.extend(by_id.values())
        self._set_rows(with_due(sorted(rows, key=lambda r: r.number) if by_id else rows))

    def _set_counts(self, counts: Counts) -> None:
        self.counts = counts
        self.counts_changed.emit(counts)
