"""monitoring case steps: result, details, supersedes, signature, recorded_at; append-only

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 23:00:00

``monitoring_event`` records every step of a monitoring case (gridworker.cases): its result, its
particulars (JSON), the event a correction supersedes, the 申请's signature image and when the
device recorded it. The columns are added empty: older events keep their content hashes. An
index finds the steps naming a signature image (who may download it). ``case_scope`` holds the
county user's scope (gridworker.server.case_scope), filled from the program after the upgrade.

Case steps are append-only: a trigger refuses any change to an event's content and any
deletion (a correction is a new event). Bookkeeping columns (content_hash, recorded_by,
updated_by, version, updated_at) may still be written, so a content hash missing from an older
release can be filled in.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

CONTENT = [
    'household_id', 'stage', 'event_date', 'monitor_type', 'risk_codes', 'visit_id', 'note',
    'deleted', 'result', 'details', 'supersedes', 'signature', 'recorded_at',
]
JSON_COLUMNS = ('risk_codes', 'details')


def upgrade() -> None:
    op.add_column('monitoring_event', sa.Column('result', sa.String(length=8), nullable=True))
    op.add_column('monitoring_event', sa.Column('details', sa.JSON(), nullable=True))
    op.add_column('monitoring_event', sa.Column('supersedes', sa.String(length=36), nullable=True))
    op.add_column('monitoring_event', sa.Column('signature', sa.String(length=64), nullable=True))
    op.add_column('monitoring_event', sa.Column('recorded_at', sa.DateTime(), nullable=True))
    # a 申请's signature image may be downloaded by whoever's scope holds the step
    op.create_index(
        'ix_monitoring_event_signature', 'monitoring_event', ['signature'], unique=False,
        postgresql_where=sa.text('signature IS NOT NULL'),
        sqlite_where=sa.text('signature IS NOT NULL'),
    )
    # the county user's scope: households with a case under way or monitored
    op.create_table(
        'case_scope',
        sa.Column('household_id', sa.String(length=36), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('visits_from', sa.Date(), nullable=False),
        sa.Column('changed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('household_id', name=op.f('pk_case_scope')),
    )
    if op.get_bind().dialect.name == 'postgresql':
        def col(prefix: str, c: str) -> str:
            return f"{prefix}.{c}::text" if c in JSON_COLUMNS else f"{prefix}.{c}"

        new = ", ".join(col("NEW", c) for c in CONTENT)
        old = ", ".join(col("OLD", c) for c in CONTENT)
        op.execute(f"""
CREATE OR REPLACE FUNCTION monitoring_event_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'monitoring_event is append-only: a case step is never deleted';
    END IF;
    IF ROW({new}) IS DISTINCT FROM ROW({old}) THEN
        RAISE EXCEPTION 'monitoring_event is append-only: a case step is never changed';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql""")
        op.execute(
            "CREATE TRIGGER monitoring_event_append_only BEFORE UPDATE OR DELETE ON monitoring_event"
            " FOR EACH ROW EXECUTE FUNCTION monitoring_event_append_only()"
        )
    else:
        new = ", ".join(f"NEW.{c}" for c in CONTENT)
        old = ", ".join(f"OLD.{c}" for c in CONTENT)
        op.execute(f"""
CREATE TRIGGER monitoring_event_no_update BEFORE UPDATE OF {", ".join(CONTENT)} ON monitoring_event
WHEN ({new}) IS NOT ({old})
BEGIN
    SELECT RAISE(ABORT, 'monitoring_event is append-only: a case step is never changed');
END""")
        op.execute("""
CREATE TRIGGER monitoring_event_no_delete BEFORE DELETE ON monitoring_event
BEGIN
    SELECT RAISE(ABORT, 'monitoring_event is append-only: a case step is never deleted');
END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS monitoring_event_append_only ON monitoring_event")
        op.execute("DROP FUNCTION IF EXISTS monitoring_event_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS monitoring_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS monitoring_event_no_delete")
    op.drop_index('ix_monitoring_event_signature', table_name='monitoring_event')
    op.drop_table('case_scope')
    with op.batch_alter_table('monitoring_event') as batch_op:
        for c in ('recorded_at', 'signature', 'supersedes', 'details', 'result'):
            batch_op.drop_column(c)
