"""photo: photos as evidence (issue 18)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 23:30:00

A new synced table, ``photo``: a photo of a visit's question or of a problem (before / after),
its image an attachment (content-addressed, like a signature). It gets the raw-write guard
triggers migration 0005 gave the other synced tables: a change to a content column must come
with a new content hash (``store.records`` or a sync pull), and a new row must carry one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

CONTENT = [
    'household_id', 'visit_id', 'question', 'problem_id', 'phase', 'sha256', 'thumb_sha256',
    'size', 'width', 'height', 'taken_at', 'attached_at', 'attached_by', 'note', 'deleted',
]


def upgrade() -> None:
    op.create_table('photo',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('question', sa.String(length=64), nullable=True),
    sa.Column('problem_id', sa.String(length=36), nullable=True),
    sa.Column('phase', sa.String(length=8), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('thumb_sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=True),
    sa.Column('attached_at', sa.DateTime(), nullable=False),
    sa.Column('attached_by', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('sync_state', sa.String(length=10), nullable=False),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('sync_error', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photo'))
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_visit_id'), ['visit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_problem_id'), ['problem_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_sync_state'), ['sync_state'], unique=False)
    new = ", ".join(f"NEW.{c}" for c in CONTENT)
    old = ", ".join(f"OLD.{c}" for c in CONTENT)
    op.execute(f"""
CREATE TRIGGER photo_raw_update BEFORE UPDATE OF {", ".join(CONTENT)} ON photo
WHEN NEW.content_hash IS OLD.content_hash AND ({new}) IS NOT ({old})
BEGIN
    SELECT RAISE(ABORT, 'gridworker: photo changed outside store.records (not marked for sync)');
END""")
    op.execute("""
CREATE TRIGGER photo_raw_insert BEFORE INSERT ON photo
WHEN NEW.content_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'gridworker: photo written without a content hash (not through store.records)');
END""")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS photo_raw_update")
    op.execute("DROP TRIGGER IF EXISTS photo_raw_insert")
    op.drop_table('photo')
