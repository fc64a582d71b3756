"""visit_counted covered by ix_visit_household_status_date

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 13:00:52.487234

The index gains the worker columns, so rebuilding ``visit_counted`` (a first sync, an upgrade)
never reads a visit row: SQLite reaches a column stored after the answers JSON by walking its
overflow pages. Plain DROP/CREATE INDEX (no batch table copy: the visit triggers of 0003 stay).
"""

from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_BEFORE = ['household_id', 'status', 'visit_date', 'deleted', 'id', 'created_at',
           'per_capita_income', 'mode']


def upgrade() -> None:
    op.drop_index('ix_visit_household_status_date', table_name='visit')
    op.create_index('ix_visit_household_status_date', 'visit',
                    [*_BEFORE, 'worker', 'worker_name'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_visit_household_status_date', table_name='visit')
    op.create_index('ix_visit_household_status_date', 'visit', _BEFORE, unique=False)
