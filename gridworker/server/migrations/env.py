"""Alembic environment for the county server; run from `gridworker.server.migrate` only."""

from __future__ import annotations

from alembic import context

from gridworker.server.tables import md

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=md, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
