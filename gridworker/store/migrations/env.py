"""Alembic environment for the device store; run from `gridworker.store.migrate` only."""

from __future__ import annotations

from alembic import context

from gridworker.schema import define

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=define("device").metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
