"""爱心超市: points ledger, shop items, stock moves, balances and stock levels

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 22:50:00

The synced tables ``points_entry``, ``shop_item`` and ``stock_move`` (issue 19), with the
server's bookkeeping, and the derived ``points_balance`` and ``stock_level`` the push keeps
(gridworker.server.points; gridworker.points.ledger).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _bookkeeping() -> list[sa.Column[Any]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=True),
        sa.Column('recorded_by', sa.String(length=64), nullable=True),
        sa.Column('content_hash', sa.String(length=32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        'points_entry',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('household_id', sa.String(length=36), nullable=False),
        sa.Column('member_id', sa.String(length=36), nullable=True),
        sa.Column('household_number', sa.String(length=32), nullable=False),
        sa.Column('household_name', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('entry_date', sa.Date(), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('pending', sa.Boolean(), nullable=False),
        sa.Column('rules_version', sa.String(length=32), nullable=True),
        sa.Column('items', sa.JSON(), nullable=False),
        sa.Column('ref_id', sa.String(length=36), nullable=True),
        sa.Column('visit_id', sa.String(length=36), nullable=True),
        sa.Column('confirmed_by', sa.String(length=64), nullable=True),
        sa.Column('worker', sa.String(length=64), nullable=False),
        sa.Column('worker_name', sa.String(length=64), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        *_bookkeeping(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_points_entry')),
    )
    op.create_index(
        'ix_points_entry_household', 'points_entry',
        ['household_id', 'entry_date', 'kind', 'points', 'pending', 'deleted', 'id'],
    )
    op.create_table(
        'shop_item',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('village_code', sa.String(length=16), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('unit', sa.String(length=8), nullable=False),
        sa.Column('price', sa.Integer(), nullable=False),
        sa.Column('value', sa.Float(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        *_bookkeeping(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shop_item')),
    )
    op.create_index('ix_shop_item_village_code', 'shop_item', ['village_code'])
    op.create_table(
        'stock_move',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('village_code', sa.String(length=16), nullable=False),
        sa.Column('item_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('move_date', sa.Date(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('counted', sa.Integer(), nullable=True),
        sa.Column('value', sa.Float(), nullable=True),
        sa.Column('donor', sa.String(length=64), nullable=True),
        sa.Column('entry_id', sa.String(length=36), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('worker', sa.String(length=64), nullable=False),
        sa.Column('worker_name', sa.String(length=64), nullable=False),
        *_bookkeeping(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_move')),
    )
    op.create_index('ix_stock_move_village_code', 'stock_move', ['village_code'])
    op.create_index('ix_stock_move_item_id', 'stock_move', ['item_id'])
    op.create_table(
        'points_balance',
        sa.Column('household_id', sa.String(length=36), nullable=False),
        sa.Column('balance', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('household_id', name=op.f('pk_points_balance')),
    )
    op.create_table(
        'stock_level',
        sa.Column('item_id', sa.String(length=36), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('item_id', name=op.f('pk_stock_level')),
    )


def downgrade() -> None:
    for table in ('stock_level', 'points_balance', 'stock_move', 'shop_item', 'points_entry'):
        op.drop_table(table)
