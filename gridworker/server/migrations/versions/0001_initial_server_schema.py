"""initial server schema

Revision ID: 0001
Revises:
Create Date: 2026-11-30

While the shared record schema (gridworker.schema) is still moving before the first release, the
initial revision creates the current tables from the metadata. Before release, freeze it
(`alembic revision --autogenerate` against an empty database) so later revisions diff against a
fixed starting point.
"""

from __future__ import annotations

from alembic import op

from gridworker.server.tables import md

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    md.create_all(op.get_bind())


def downgrade() -> None:
    md.drop_all(op.get_bind())
