"""member changes with reasons

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 23:00:00

``member`` gains the 成员变动 columns: ``arrival_reason`` (新生儿 / 婚入 / 其他) and
``arrival_date``, ``departure_reason`` (死亡 / 迁出 / 婚出 / 其他) and ``departure_date``, and
``change_note``. A member who left is a tombstone that keeps them; a roster re-import does not
bring back one who left for 死亡 or 迁出. Added empty: stored content hashes stay right (NULL
columns are left out of the canonical encoding).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_CHANGES = ('arrival_reason', 'arrival_date', 'departure_reason', 'departure_date',
            'change_note')


def upgrade() -> None:
    op.add_column('member', sa.Column('arrival_reason', sa.String(length=8), nullable=True))
    op.add_column('member', sa.Column('arrival_date', sa.Date(), nullable=True))
    op.add_column('member', sa.Column('departure_reason', sa.String(length=8), nullable=True))
    op.add_column('member', sa.Column('departure_date', sa.Date(), nullable=True))
    op.add_column('member', sa.Column('change_note', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('member') as batch_op:
        for column in reversed(_CHANGES):
            batch_op.drop_column(column)
