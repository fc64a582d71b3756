"""content hash and the raw-write guard

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 19:20:00

Every synced table gains ``content_hash``: the digest of the record's canonical wire encoding,
set by whoever writes the record (``store.records``, a sync pull, a bulk load); the sanity check
compares them with the server's (visits through the covering index ``ix_visit_digest``). Rows written before this revision get theirs after the
upgrade, once, from the program (``store.hashes``): the encoding lives in the code, not here.

Triggers guard the rule that every change to a synced record goes through ``store.records``
(which marks it for sync and hashes it) or a sync pull (which hashes what it stores): a change
to any content column that leaves ``content_hash`` as it was is aborted, and so is a new row
without one. The column lists are written out here; a later migration that adds a column to a
synced table recreates its guard.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# The content columns of each synced table (its wire fields, and the tombstone flag).
CONTENT = {
    'household': [
        'number', 'grid_code', 'address', 'household_type', 'monitor_type',
        'no_labour_guarantee', 'phone', 'long_absent', 'risk_codes', 'disaster_subtype',
        'risk_remark', 'head_name', 'deleted',
    ],
    'member': [
        'household_id', 'name', 'sex', 'id_type', 'id_number', 'ethnicity', 'political',
        'relationship', 'education', 'school_status', 'dropout_reason', 'health',
        'disability_class', 'labour', 'work_location', 'work_months', 'employer',
        'welfare_job', 'welfare_job_months', 'resident_med', 'employee_med',
        'critical_illness', 'commercial_med', 'medical_aid', 'pension', 'dibao', 'tekun',
        'phone', 'deleted',
    ],
    'visit': [
        'household_id', 'revision_of', 'root_id', 'checklist_version', 'mode', 'visit_date',
        'status', 'answers', 'derived', 'flags', 'per_capita_income', 'worker', 'worker_name',
        'signature', 'completed_at', 'deleted',
    ],
    'problem': [
        'household_id', 'member_id', 'type', 'rule', 'description', 'opened_on',
        'opened_visit_id', 'resolved_on', 'resolution_note', 'deleted',
    ],
    'measure': [
        'household_id', 'member_id', 'code', 'description', 'start_date', 'end_date',
        'deleted',
    ],
    'monitoring_event': [
        'household_id', 'stage', 'event_date', 'monitor_type', 'risk_codes', 'visit_id',
        'note', 'deleted',
    ],
}


def _triggers(table: str, columns: list[str]) -> dict[str, str]:
    new = ", ".join(f"NEW.{c}" for c in columns)
    old = ", ".join(f"OLD.{c}" for c in columns)
    return {
        f"{table}_raw_update": f"""
CREATE TRIGGER {table}_raw_update BEFORE UPDATE OF {", ".join(columns)} ON {table}
WHEN NEW.content_hash IS OLD.content_hash AND ({new}) IS NOT ({old})
BEGIN
    SELECT RAISE(ABORT, 'gridworker: {table} changed outside store.records (not marked for sync)');
END""",
        f"{table}_raw_insert": f"""
CREATE TRIGGER {table}_raw_insert BEFORE INSERT ON {table}
WHEN NEW.content_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'gridworker: {table} written without a content hash (not through store.records)');
END""",
    }


def upgrade() -> None:
    for table, columns in CONTENT.items():
        op.add_column(table, sa.Column('content_hash', sa.String(length=32), nullable=True))
        for ddl in _triggers(table, columns).values():
            op.execute(ddl)
    # The sanity check reads (id, version, content_hash) of every visit: from this index alone,
    # not by walking each visit's answers to the hash stored after them.
    op.create_index('ix_visit_digest', 'visit', ['id', 'version', 'content_hash'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_visit_digest', table_name='visit')
    for table, columns in CONTENT.items():
        for name in _triggers(table, columns):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        # (no batch table copy: the visit triggers of 0003 stay)
        op.execute(f"ALTER TABLE {table} DROP COLUMN content_hash")
