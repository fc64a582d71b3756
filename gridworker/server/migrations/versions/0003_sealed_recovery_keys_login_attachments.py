"""sealed recovery keys (no recovery_wrap/kdf), login attempt windows, attachment uploads bound
to their device, attachment receipts, visits by signature

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 19:30:00

- device: each recovery key is sealed under the seal key (gridworker.server.sealing, a file
  outside the database) into ``sealed_recovery_key``; the plain ``recovery_key`` and the
  device-uploaded ``recovery_wrap``/``kdf`` are dropped (the device keeps its own wrap).
- login_attempt: rows counted under the old "user|address" keys are dropped (a 15-minute
  window at most); an index on window_start lets expired rows be purged.
- attachment_upload: partial uploads are keyed by (sha256, device); unfinished partials are
  dropped (devices resume from byte 0).
- attachment_receipt: who sent which attachment, for the per-user quota.
- visit: an index on signature, for the download scope check.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _sealer():  # type: ignore[no-untyped-def]
    sealer = context.config.attributes.get("sealer")
    if sealer is None:
        from gridworker.server.sealing import Sealer

        sealer = Sealer()
    return sealer


def _aad(device_id: str) -> bytes:  # as gridworker.server.auth.recovery_aad, frozen here
    return b"gridworker recovery key|" + device_id.encode("utf-8")


def upgrade() -> None:
    conn = op.get_bind()
    device = sa.table(
        'device',
        sa.column('id', sa.String),
        sa.column('recovery_key', sa.LargeBinary),
        sa.column('sealed_recovery_key', sa.LargeBinary),
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sealed_recovery_key', sa.LargeBinary(), nullable=True))
    rows = conn.execute(sa.select(device.c.id, device.c.recovery_key)).all()
    if rows:
        sealer = _sealer()
        for device_id, key in rows:
            conn.execute(
                device.update()
                .where(device.c.id == device_id)
                .values(sealed_recovery_key=sealer.seal(bytes(key), _aad(device_id)))
            )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.alter_column('sealed_recovery_key', existing_type=sa.LargeBinary(),
                              nullable=False)
        batch_op.drop_column('recovery_key')
        batch_op.drop_column('recovery_wrap')
        batch_op.drop_column('kdf')

    op.execute('DELETE FROM login_attempt')
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_login_attempt_window_start'), ['window_start'],
                              unique=False)

    op.drop_table('attachment_upload')
    op.create_table('attachment_upload',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('mime', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'device_id', name=op.f('pk_attachment_upload'))
    )
    op.create_table('attachment_receipt',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment_receipt'))
    )
    with op.batch_alter_table('attachment_receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_receipt_sha256'), ['sha256'],
                              unique=False)
        batch_op.create_index('ix_attachment_receipt_user_time', ['username', 'received_at'],
                              unique=False)
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_signature', ['signature'], unique=False,
                              postgresql_where=sa.text('signature IS NOT NULL'),
                              sqlite_where=sa.text('signature IS NOT NULL'))


def downgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_signature')
    op.drop_table('attachment_receipt')
    op.drop_table('attachment_upload')
    op.create_table('attachment_upload',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mime', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_upload'))
    )
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_attempt_window_start'))
    op.execute('DELETE FROM login_attempt')

    device = sa.table(
        'device',
        sa.column('id', sa.String),
        sa.column('recovery_key', sa.LargeBinary),
        sa.column('sealed_recovery_key', sa.LargeBinary),
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recovery_key', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('recovery_wrap', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('kdf', sa.JSON(), nullable=True))
    rows = conn.execute(sa.select(device.c.id, device.c.sealed_recovery_key)).all()
    if rows:
        sealer = _sealer()
        for device_id, sealed in rows:
            conn.execute(
                device.update()
                .where(device.c.id == device_id)
                .values(recovery_key=sealer.open(bytes(sealed), _aad(device_id)))
            )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.alter_column('recovery_key', existing_type=sa.LargeBinary(), nullable=False)
        batch_op.drop_column('sealed_recovery_key')
