"""What an operation changed, so that every screen can refresh from one handler (cf. Anki's
``OpChanges``).

An operation that writes returns a :class:`Changed` — its result and a :class:`Changes` — and the
desktop app's operations layer announces the changes once, on the GUI thread
(``Operations.changed``). A screen looks at the fields it shows and re-reads only that. A change
nobody else shows (a visit draft's answers, a signature image) is :data:`NOTHING` and is not
announced at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The kinds of records an operation changed. ``households`` names the households whose own
    record, members, visits, problems or measures changed (the roster rows and household screens
    to re-read); ``scope`` says any household in the signed-in scope may have changed (a sync
    that pulled records): re-read everything."""

    households: frozenset[str] = frozenset()
    visits: frozenset[str] = frozenset()  # completed, started or corrected visits
    problems: bool = False  # problems, measures or monitoring events (动态清零 figures)
    settings: bool = False  # settings records or checklist versions
    scope: bool = False  # anything in the scope: re-read it all
    sync: bool = False  # the device's sync bookkeeping: last sync, open sync issues

    @classmethod
    def of_households(
        cls, ids: Iterable[str], *, visits: Iterable[str] = (), problems: bool = False
    ) -> Changes:
        return cls(frozenset(ids), frozenset(visits), problems=problems)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.households | other.households,
            self.visits | other.visits,
            self.problems or other.problems,
            self.settings or other.settings,
            self.scope or other.scope,
            self.sync or other.sync,
        )

    def __bool__(self) -> bool:
        return self != NOTHING

    def household(self, household_id: str) -> bool:
        """Whether what is shown of ``household_id`` may have changed."""
        return self.scope or household_id in self.households

    @property
    def records(self) -> bool:
        """Whether any record a report counts may have changed (households, visits, problems,
        settings): the township figures and the unsent count."""
        return bool(self.scope or self.households or self.visits or self.problems or self.settings)


NOTHING = Changes()


@dataclass(frozen=True)
class Changed(Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: Changes = NOTHING
