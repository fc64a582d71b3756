"""Finding households as you type: an in-memory index over the stored search keys.

The store keeps one search key per household (`household_search`: names, full pinyin, pinyin
initials, ID numbers, household number, address — see `gridworker.pinyin`). Scanning those keys in
SQL costs a table scan per keystroke; this index loads them once (≈ 5 MB for a township of 30,000
households) and answers without Python code per household: each term filters the candidates in
one C-level pass (``map(str.__contains__, texts, repeat(term))`` and ``itertools.compress``).

Three things keep a pass short. Each key is held as two strings: its ASCII runs (pinyin, initials,
ID and household numbers, the digits of an address: one byte a character) and its words with
Chinese in them; a term without Chinese can only occur in the first, a term with Chinese only in
the second (terms never contain a space, so a match never spans two words or runs). A single
letter or digit — the first keystroke, which would scan every key — is answered from
per-character flags made when the index loads. And typing narrows: when every term of the
previous query lies inside a term of the new one, only the previous hits are searched.

Whoever searches repeatedly (the roster screen) keeps one index and calls `update` after it
changes a household; `search_once` is for one-off queries.
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import itemgetter

from sqlalchemy import Connection, select

from gridworker.pinyin import normalize_query
from gridworker.store.store import TABLES

SEARCH = TABLES.metadata.tables["household_search"]
_contains = str.__contains__
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _split(keys: list[str]) -> tuple[list[str], list[str]]:
    """(ASCII runs, words with non-ASCII characters) of each key."""
    ascii_parts, other_parts = [], []
    for key in keys:
        words: list[str] = []
        other: list[str] = []
        for w in key.split():
            (words if w.isascii() else other).append(w)
        if other:
            o = " ".join(other)
            other_parts.append(o)
            words.append(_NON_ASCII.sub(" ", o))  # the digits of an address, say
        else:
            other_parts.append("")
        ascii_parts.append(" ".join(words))
    return ascii_parts, other_parts


class SearchIndex:
    def __init__(self, entries: list[tuple[str, str]]) -> None:
        """``entries``: (household id, search key), in the order results should come back."""
        self._ids = [hid for hid, _ in entries]
        self._pos = {hid: i for i, hid in enumerate(self._ids)}
        self._ascii, self._other = _split([key.lower() for _, key in entries])
        self._all = list(range(len(self._ids)))
        # One flag a key for each letter and digit: the first keystroke needs no scan.
        self._single = {c: bytearray(map(_contains, self._ascii, repeat(c))) for c in _ALNUM}
        self._last: tuple[list[str], list[int]] | None = None  # (terms, hit positions)

    @classmethod
    def load(cls, conn: Connection, scope: str) -> SearchIndex:
        """Every live household in ``scope`` (a region code prefix), by household number."""
        h = TABLES.household
        rows = conn.execute(
            select(SEARCH.c.household_id, SEARCH.c.key)
            .join(h, h.c.id == SEARCH.c.household_id)
            .where(SEARCH.c.grid_code.like(scope + "%"), h.c.deleted.is_(False))
            .order_by(h.c.number)
        )
        return cls([(hid, key) for hid, key in rows])

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> list[str]:
        """Household ids in index order (what `search_positions` counts in); do not change."""
        return self._ids

    def search(self, query: str, limit: int | None = None) -> list[str]:
        """Ids of the households whose key contains every term of ``query`` (all, if empty)."""
        hits = self.search_positions(query)
        if limit:
            hits = hits[:limit]
        return [*map(self._ids.__getitem__, hits)]

    def search_positions(self, query: str) -> list[int]:
        """Positions in `ids` of the households matching ``query`` (all, if empty), in order."""
        terms = sorted(normalize_query(query), key=len, reverse=True)
        if not terms:
            return list(self._all)
        return self._positions(terms)

    def _positions(self, terms: list[str]) -> list[int]:
        last = self._last
        if last is not None and all(any(o in n for n in terms) for o in last[0]):
            candidates: list[int] | None = last[1]  # the new query narrows the previous one
        else:
            candidates = None  # every household
        for term in terms:  # the longest (most selective) term first: later passes are short
            if candidates is None and term in self._single:
                candidates = [*compress(self._all, self._single[term])]
                continue
            texts = self._ascii if term.isascii() else self._other
            if candidates is None:
                candidates = [*compress(self._all, map(_contains, texts, repeat(term)))]
            elif len(candidates) == len(texts):  # every household ("1" matches all): no subset
                candidates = [*compress(candidates, map(_contains, texts, repeat(term)))]
            elif candidates:
                subset = (
                    itemgetter(*candidates)(texts)
                    if len(candidates) > 1
                    else (texts[candidates[0]],)
                )
                candidates = [*compress(candidates, map(_contains, subset, repeat(term)))]
        assert candidates is not None
        self._last = (terms, candidates)
        return candidates

    def update(self, conn: Connection, household_id: str) -> None:
        """Re-read one household's key (after an edit, a registration or a deletion)."""
        h = TABLES.household
        row = conn.execute(
            select(SEARCH.c.key)
            .join(h, h.c.id == SEARCH.c.household_id)
            .where(SEARCH.c.household_id == household_id, h.c.deleted.is_(False))
        ).first()
        n = self._pos.get(household_id)
        self._last = None
        if row is None and n is not None:  # gone
            del self._ids[n], self._ascii[n], self._other[n]
            for flags in self._single.values():
                del flags[n]
            self._pos = {hid: i for i, hid in enumerate(self._ids)}
        elif row is not None:
            (ascii_part,), (other_part,) = _split([row.key.lower()])
            if n is None:  # new: appended at the end
                n = self._pos[household_id] = len(self._ids)
                self._ids.append(household_id)
                self._ascii.append(ascii_part)
                self._other.append(other_part)
                for flags in self._single.values():
                    flags.append(0)
            else:
                self._ascii[n], self._other[n] = ascii_part, other_part
            for c, flags in self._single.items():
                flags[n] = c in ascii_part
        self._all = list(range(len(self._ids)))


def search_once(conn: Connection, scope: str, query: str) -> list[str]:
    """One query without keeping an index (tests, command line)."""
    return SearchIndex.load(conn, scope).search(query)
