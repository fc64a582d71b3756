"""爱心超市: points ledger, shop items, stock moves, balances and stock levels

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 22:50:00

Three synced tables (issue 19): ``points_entry`` (the append-only points ledger: awards,
reviews, redemptions, reversing corrections), ``shop_item`` (a village shop's goods and their
point prices) and ``stock_move`` (donations and purchases in, redemptions out, inventory
differences). Each gets the raw-write guard of revision 0005. Two derived tables, kept by
triggers so that every writer (the app, a sync pull, a repair pull, a household that left the
scope) keeps them without knowing: ``points_balance`` (each household's counted, live entries'
sum) and ``stock_level`` (each item's live moves' sum). An entry or move the server refused for
good (``sync_state = 'error'``, quarantined) does not count: the device's balance stays the
server's. They are worked out again from the
ledger rather than incremented, as 0003 does for ``household_contact``. The SQL is written out
here: a migration stays what it was when released.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

CONTENT = {
    'points_entry': [
        'household_id', 'member_id', 'household_number', 'household_name', 'kind',
        'entry_date', 'points', 'pending', 'rules_version', 'items', 'ref_id', 'visit_id',
        'confirmed_by', 'worker', 'worker_name', 'note', 'deleted',
    ],
    'shop_item': ['village_code', 'name', 'unit', 'price', 'value', 'active', 'deleted'],
    'stock_move': [
        'village_code', 'item_id', 'kind', 'move_date', 'quantity', 'counted', 'value', 'donor',
        'entry_id', 'reason', 'worker', 'worker_name', 'deleted',
    ],
}

_BALANCE = """
    INSERT OR REPLACE INTO points_balance (household_id, balance)
    SELECT {hid}, coalesce(sum(points), 0) FROM points_entry
    WHERE household_id = {hid} AND pending = 0 AND deleted = 0 AND sync_state != 'error';
"""
_LEVEL = """
    INSERT OR REPLACE INTO stock_level (item_id, quantity)
    SELECT {item}, coalesce(sum(quantity), 0) FROM stock_move
    WHERE item_id = {item} AND deleted = 0 AND sync_state != 'error';
"""

DERIVED = {
    "points_balance_insert": f"""
CREATE TRIGGER points_balance_insert AFTER INSERT ON points_entry
BEGIN
    {_BALANCE.format(hid="NEW.household_id")}
END""",
    "points_balance_update": f"""
CREATE TRIGGER points_balance_update
AFTER UPDATE OF household_id, points, pending, deleted, sync_state ON points_entry
WHEN OLD.household_id IS NOT NEW.household_id OR OLD.points IS NOT NEW.points
    OR OLD.pending IS NOT NEW.pending OR OLD.deleted IS NOT NEW.deleted
    OR (OLD.sync_state = 'error') IS NOT (NEW.sync_state = 'error')
BEGIN
    {_BALANCE.format(hid="NEW.household_id")}
    {_BALANCE.format(hid="OLD.household_id")}
END""",
    "points_balance_delete": f"""
CREATE TRIGGER points_balance_delete AFTER DELETE ON points_entry
BEGIN
    {_BALANCE.format(hid="OLD.household_id")}
END""",
    "stock_level_insert": f"""
CREATE TRIGGER stock_level_insert AFTER INSERT ON stock_move
BEGIN
    {_LEVEL.format(item="NEW.item_id")}
END""",
    "stock_level_update": f"""
CREATE TRIGGER stock_level_update
AFTER UPDATE OF item_id, quantity, deleted, sync_state ON stock_move
WHEN OLD.item_id IS NOT NEW.item_id OR OLD.quantity IS NOT NEW.quantity
    OR OLD.deleted IS NOT NEW.deleted
    OR (OLD.sync_state = 'error') IS NOT (NEW.sync_state = 'error')
BEGIN
    {_LEVEL.format(item="NEW.item_id")}
    {_LEVEL.format(item="OLD.item_id")}
END""",
    "stock_level_delete": f"""
CREATE TRIGGER stock_level_delete AFTER DELETE ON stock_move
BEGIN
    {_LEVEL.format(item="OLD.item_id")}
END""",
}


def _guard(table: str, columns: list[str]) -> dict[str, str]:
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


def _bookkeeping() -> list[sa.Column[Any]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('sync_state', sa.String(length=10), nullable=False),
        sa.Column('local_rev', sa.Integer(), nullable=False),
        sa.Column('sync_error', sa.Text(), nullable=True),
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
    op.create_index('ix_points_entry_sync_state', 'points_entry', ['sync_state'])
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
    op.create_index('ix_shop_item_sync_state', 'shop_item', ['sync_state'])
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
    op.create_index('ix_stock_move_sync_state', 'stock_move', ['sync_state'])
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
    for table, columns in CONTENT.items():
        for ddl in _guard(table, columns).values():
            op.execute(ddl)
    for ddl in DERIVED.values():
        op.execute(ddl)


def downgrade() -> None:
    for name in DERIVED:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, columns in CONTENT.items():
        for name in _guard(table, columns):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ('stock_level', 'points_balance', 'stock_move', 'shop_item', 'points_entry'):
        op.drop_table(table)
