"""change numbers live in the change log only; the log is read by scope

Record tables lose ``seq`` (and its index): nothing read it, and writing it made a push number
its changes before writing its rows, so the commit-order lock was held through the rows and the
derived report tables. ``change_log`` gains ``(grid_code, seq)`` and a partial
``(prev_grid_code, seq)``: a device's pull reads its own scope's entries after its cursor
instead of every entry the county logged since then.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

RECORDS = ('household', 'member', 'visit', 'problem', 'measure', 'monitoring_event')


def upgrade() -> None:
    for name in RECORDS:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{name}_seq')
            batch_op.drop_column('seq')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_grid_seq', ['grid_code', 'seq'], unique=False)
        batch_op.create_index(
            'ix_change_log_prev_grid_seq', ['prev_grid_code', 'seq'], unique=False,
            postgresql_where=sa.text('prev_grid_code IS NOT NULL'),
            sqlite_where=sa.text('prev_grid_code IS NOT NULL'),
        )


def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_prev_grid_seq')
        batch_op.drop_index('ix_change_log_grid_seq')
    for name in RECORDS:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column('seq', sa.BigInteger(), nullable=False, server_default='0')
            )
            batch_op.create_index(f'ix_{name}_seq', ['seq'], unique=False)
