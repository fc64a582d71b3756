"""The server's Alembic revisions build exactly gridworker/server/tables.py (on SQLite and on
PostgreSQL): a schema change without its revision fails here."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from gridworker.server import migrate
from gridworker.server.tables import md


def test_revisions_build_the_schema(engine: Engine) -> None:
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == migrate.head()
        diff = compare_metadata(MigrationContext.configure(conn), md)
    # (a table another test made in the shared PostgreSQL database is not the schema's)
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name not in md.tables)] == []
