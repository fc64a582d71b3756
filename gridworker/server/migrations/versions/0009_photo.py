"""photo: photos as evidence (issue 18)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 23:30:00

A new synced table, ``photo`` (a photo of a visit's question or of a problem, its image an
attachment). ``ix_photo_sha256`` serves the attachment download's scope check (a photo in the
caller's scope names the image).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


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
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=True),
    sa.Column('content_hash', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photo'))
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_visit_id'), ['visit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_problem_id'), ['problem_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_sha256'), ['sha256'], unique=False)


def downgrade() -> None:
    op.drop_table('photo')
