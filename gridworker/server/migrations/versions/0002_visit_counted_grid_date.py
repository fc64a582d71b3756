"""visit_counted: index by grid, then date, for a township's or village's period sums

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 13:10:00
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

INCLUDE = ['next_date', 'long_absent', 'household_type', 'worker', 'worker_name',
           'next_worker_date', 'work_county', 'work_province', 'work_country', 'work_abroad',
           'welfare_jobs']


def upgrade() -> None:
    with op.batch_alter_table('visit_counted', schema=None) as batch_op:
        batch_op.create_index('ix_visit_counted_grid_date', ['grid_code', 'visit_date'],
                              unique=False, postgresql_include=INCLUDE)


def downgrade() -> None:
    with op.batch_alter_table('visit_counted', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_counted_grid_date')
