"""SQL helpers shared by the device store, the reports and the server (both dialects)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import ARRAY, Connection, any_, bindparam


def one_of(conn: Connection, col: Any, values: Collection[Any]) -> Any:
    """``col IN values``. On PostgreSQL ``col = ANY(array)``: one parameter, however many values
    (psycopg parses a query with thousands of placeholders slower than it runs it)."""
    if conn.dialect.name == "postgresql":
        return col == any_(bindparam(None, list(values), type_=ARRAY(col.type)))
    return col.in_(list(values))
