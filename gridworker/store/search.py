"""Finding households as you type: an in-memory index over the stored search keys.

The store keeps one search key per household (`household_search`: names, full pinyin, pinyin
initials, ID numbers, household number, address — see `gridworker.pinyin`). Scanning those keys in
SQL costs a table scan per keystroke; this index loads them once (≈ 5 MB for a township of 30,000
households) and answers with `str.find` over one joined string, a few milliseconds a query.

Whoever searches repeatedly (the roster screen) keeps one index and calls `update` after it
changes a household; `search_once` is for one-off queries.
"""

from __future__ import annotations

from bisect import bisect_right

from sqlalchemy import Connection, select

from gridworker.pinyin import normalize_query
from gridworker.store.store import TABLES

SEARCH = TABLES.metadata.tables["household_search"]
_SEP = "\n"  # never inside a key, so a term cannot match across two households


class SearchIndex:
    def __init__(self, entries: list[tuple[str, str]]) -> None:
        """``entries``: (household id, search key), in the order results should come back."""
        self._ids = [hid for hid, _ in entries]
        self._keys = [key.lower() for _, key in entries]
        self._pos = {hid: i for i, hid in enumerate(self._ids)}
        self._rebuild()

    def _rebuild(self) -> None:
        self._starts: list[int] = []
        offset = 0
        for key in self._keys:
            self._starts.append(offset)
            offset += len(key) + 1
        self._blob = _SEP.join(self._keys)

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
        return cls([(r.household_id, r.key) for r in rows])

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, limit: int | None = None) -> list[str]:
        """Ids of the households whose key contains every term of ``query`` (all, if empty)."""
        terms = sorted(normalize_query(query), key=len, reverse=True)
        if not terms:
            return self._ids[:limit] if limit else list(self._ids)
        first, rest = terms[0], terms[1:]
        hits: list[int] = []
        blob, find, starts = self._blob, self._blob.find, self._starts
        i = find(first)
        while i != -1:
            n = bisect_right(starts, i) - 1
            key = self._keys[n]
            if all(t in key for t in rest):
                hits.append(n)
                if limit and len(hits) >= limit:
                    break
            # continue after this household's key
            i = find(first, starts[n] + len(key) + 1) if n + 1 < len(starts) else -1
        del blob
        return [self._ids[n] for n in hits]

    def update(self, conn: Connection, household_id: str) -> None:
        """Re-read one household's key (after an edit, a registration or a deletion)."""
        h = TABLES.household
        row = conn.execute(
            select(SEARCH.c.key).join(h, h.c.id == SEARCH.c.household_id)
            .where(SEARCH.c.household_id == household_id, h.c.deleted.is_(False))
        ).first()
        n = self._pos.get(household_id)
        if row is None and n is not None:  # gone
            del self._ids[n], self._keys[n]
            self._pos = {hid: i for i, hid in enumerate(self._ids)}
        elif row is not None and n is None:  # new: appended at the end
            self._pos[household_id] = len(self._ids)
            self._ids.append(household_id)
            self._keys.append(row.key.lower())
        elif row is not None and n is not None:
            self._keys[n] = row.key.lower()
        self._rebuild()


def search_once(conn: Connection, scope: str, query: str) -> list[str]:
    """One query without keeping an index (tests, command line)."""
    return SearchIndex.load(conn, scope).search(query)
