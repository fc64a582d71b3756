"""monitoring case steps: result, details, supersedes, signature, recorded_at

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 23:00:00

``monitoring_event`` gains the columns of a monitoring case step (gridworker.cases): its result,
its particulars (JSON), the event a correction supersedes, the 申请's signature image and when
it was recorded. Old events keep NULL in them (and their content hashes). The table's raw-write
guard (migration 0005) is recreated with the new columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

OLD = [
    'household_id', 'stage', 'event_date', 'monitor_type', 'risk_codes', 'visit_id', 'note',
    'deleted',
]
NEW = [*OLD[:-1], 'result', 'details', 'supersedes', 'signature', 'recorded_at', 'deleted']


def _guard(columns: list[str]) -> list[str]:
    new = ", ".join(f"NEW.{c}" for c in columns)
    old = ", ".join(f"OLD.{c}" for c in columns)
    return [
        f"""
CREATE TRIGGER monitoring_event_raw_update BEFORE UPDATE OF {", ".join(columns)} ON monitoring_event
WHEN NEW.content_hash IS OLD.content_hash AND ({new}) IS NOT ({old})
BEGIN
    SELECT RAISE(ABORT, 'gridworker: monitoring_event changed outside store.records (not marked for sync)');
END""",
        """
CREATE TRIGGER monitoring_event_raw_insert BEFORE INSERT ON monitoring_event
WHEN NEW.content_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'gridworker: monitoring_event written without a content hash (not through store.records)');
END""",
    ]


def _drop_guard() -> None:
    op.execute("DROP TRIGGER IF EXISTS monitoring_event_raw_update")
    op.execute("DROP TRIGGER IF EXISTS monitoring_event_raw_insert")


def upgrade() -> None:
    _drop_guard()
    op.add_column('monitoring_event', sa.Column('result', sa.String(length=8), nullable=True))
    op.add_column('monitoring_event', sa.Column('details', sa.JSON(), nullable=True))
    op.add_column('monitoring_event', sa.Column('supersedes', sa.String(length=36), nullable=True))
    op.add_column('monitoring_event', sa.Column('signature', sa.String(length=64), nullable=True))
    op.add_column('monitoring_event', sa.Column('recorded_at', sa.DateTime(), nullable=True))
    for ddl in _guard(NEW):
        op.execute(ddl)


def downgrade() -> None:
    _drop_guard()
    for c in ('recorded_at', 'signature', 'supersedes', 'details', 'result'):
        op.execute(f"ALTER TABLE monitoring_event DROP COLUMN {c}")
    for ddl in _guard(OLD):
        op.execute(ddl)
