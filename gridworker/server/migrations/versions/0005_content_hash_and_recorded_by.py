"""content hash and recorded_by on every synced record

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 19:30:00

``content_hash``: the digest of the record's canonical wire encoding, set by every writer (push,
roster import, demo load); the sanity check compares it with the device's. ``recorded_by``: the
user whose change wrote the record's current version (from the authenticated caller; "import"
for what a command loaded). Both columns are added empty (no table rewrite); the rows already
stored get theirs once, from the program, right after the upgrade (``server.migrate``: the
canonical encoding lives in the code, not here).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TABLES = ('household', 'member', 'visit', 'problem', 'measure', 'monitoring_event')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('recorded_by', sa.String(length=64), nullable=True))
        op.add_column(table, sa.Column('content_hash', sa.String(length=32), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('content_hash')
            batch_op.drop_column('recorded_by')
