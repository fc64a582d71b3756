"""SQL helpers shared by the device store, the reports and the server (both dialects)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Connection, and_, any_, bindparam

from gridworker.regions import Level, code_range


def one_of(conn: Connection, col: Any, values: Collection[Any]) -> Any:
    """``col IN values``. On PostgreSQL ``col = ANY(array)``: one parameter, however many values
    (psycopg parses a query with thousands of placeholders slower than it runs it)."""
    if conn.dialect.name == "postgresql":
        return col == any_(bindparam(None, list(values), type_=ARRAY(col.type)))
    return col.in_(list(values))


def within(col: Any, scope: str) -> ColumnElement[bool]:
    """``col`` (a region code) within ``scope``, as a btree index serves it: a grid's own code, or
    a range of codes (``regions.code_range``) — never a prefix ``LIKE``, which an index serves only
    under the C collation (under any other, every sync read the whole county)."""
    if len(scope) == Level.GRID.code_length:  # the deepest level: nothing lies below a grid
        return col == scope  # type: ignore[no-any-return]
    low, high = code_range(scope)
    return col >= low if high is None else and_(col >= low, col < high)
