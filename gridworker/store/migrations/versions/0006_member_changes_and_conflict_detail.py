"""member changes with reasons; who and when of a conflict

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 23:00:00

``member`` gains the 成员变动 columns: ``arrival_reason`` (新生儿 / 婚入 / 其他) and
``arrival_date``, ``departure_reason`` (死亡 / 迁出 / 婚出 / 其他) and ``departure_date``, and
``change_note``. A member who left is a tombstone that keeps them. They are wire columns, so the
member's raw-write guard (0005) is recreated to watch them too. Existing rows keep their content
hash: a column that is NULL is left out of the canonical encoding.

``sync_issue`` gains what the conflict list shows and records: when this device's value was
written, who wrote the other value and when (the server says), and how the conflict was
settled (mine / theirs / edited / reviewed) and when.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_MEMBER = [
    'household_id', 'name', 'sex', 'id_type', 'id_number', 'ethnicity', 'political',
    'relationship', 'education', 'school_status', 'dropout_reason', 'health',
    'disability_class', 'labour', 'work_location', 'work_months', 'employer',
    'welfare_job', 'welfare_job_months', 'resident_med', 'employee_med',
    'critical_illness', 'commercial_med', 'medical_aid', 'pension', 'dibao', 'tekun',
    'phone', 'deleted',
]
_CHANGES = ['arrival_reason', 'arrival_date', 'departure_reason', 'departure_date',
            'change_note']


def _guard(columns: list[str]) -> str:
    new = ", ".join(f"NEW.{c}" for c in columns)
    old = ", ".join(f"OLD.{c}" for c in columns)
    return f"""
CREATE TRIGGER member_raw_update BEFORE UPDATE OF {", ".join(columns)} ON member
WHEN NEW.content_hash IS OLD.content_hash AND ({new}) IS NOT ({old})
BEGIN
    SELECT RAISE(ABORT, 'gridworker: member changed outside store.records (not marked for sync)');
END"""


def upgrade() -> None:
    op.add_column('member', sa.Column('arrival_reason', sa.String(length=8), nullable=True))
    op.add_column('member', sa.Column('arrival_date', sa.Date(), nullable=True))
    op.add_column('member', sa.Column('departure_reason', sa.String(length=8), nullable=True))
    op.add_column('member', sa.Column('departure_date', sa.Date(), nullable=True))
    op.add_column('member', sa.Column('change_note', sa.String(length=200), nullable=True))
    op.execute("DROP TRIGGER IF EXISTS member_raw_update")
    op.execute(_guard([*_MEMBER, *_CHANGES]))
    op.add_column('sync_issue', sa.Column('local_at', sa.DateTime(), nullable=True))
    op.add_column('sync_issue', sa.Column('server_by', sa.String(length=64), nullable=True))
    op.add_column('sync_issue', sa.Column('server_at', sa.DateTime(), nullable=True))
    op.add_column('sync_issue', sa.Column('resolution', sa.String(length=12), nullable=True))
    op.add_column('sync_issue', sa.Column('resolved_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    for column in ('resolved_at', 'resolution', 'server_at', 'server_by', 'local_at'):
        op.execute(f"ALTER TABLE sync_issue DROP COLUMN {column}")
    op.execute("DROP TRIGGER IF EXISTS member_raw_update")
    op.execute(_guard(_MEMBER))
    for column in reversed(_CHANGES):
        op.execute(f"ALTER TABLE member DROP COLUMN {column}")
