"""The server's tables: the shared record tables (`gridworker.schema`, server side) plus accounts,
devices, the change log, idempotency results, conflicts and a few counters.

``change_log`` maps every change number (``seq``) to the record it touched and the grid it lived
in (and, for a household moved between grids, the grid it left), so a pull can be filtered by
scope and can send "gone" tombstones to a device that lost a household from its scope.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    text,
)

from gridworker.schema import Tables, define

T: Tables = define("server")
md = T.metadata

user = Table(
    "app_user",
    md,
    Column("username", String(64), primary_key=True),
    Column("password_hash", String(200), nullable=False),
    Column("display_name", String(64), nullable=False, default=""),
    Column("role", String(16), nullable=False),  # grid_worker / village / township / county_admin
    Column("scope", String(16), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime, nullable=False),
)

device = Table(
    "device",
    md,
    Column("id", String(36), primary_key=True),
    Column("username", String(64), nullable=False, index=True),
    Column("name", String(100), nullable=False, default=""),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("app_version", String(32), nullable=False, default=""),
    Column("enrolled_at", DateTime, nullable=False),
    Column("last_seen", DateTime),
    Column("revoked", Boolean, nullable=False, default=False),
    # the device's recovery key, sealed under the seal key (gridworker.server.sealing)
    Column("sealed_recovery_key", LargeBinary, nullable=False),
)

change_log = Table(
    "change_log",
    md,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("table_name", String(32), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("household_id", String(36)),
    Column("grid_code", String(16), nullable=False),
    Column("prev_grid_code", String(16)),
    Column("committed_at", DateTime, nullable=False),
    # A pull reads its scope's entries after its cursor: a grid's are one range of this index.
    Index("ix_change_log_grid_seq", "grid_code", "seq"),
    # ... and those of households that left the scope (few: only moves have one).
    Index(
        "ix_change_log_prev_grid_seq",
        "prev_grid_code",
        "seq",
        postgresql_where=text("prev_grid_code IS NOT NULL"),
        sqlite_where=text("prev_grid_code IS NOT NULL"),
    ),
)

# Snapshots of superseded versions of mutable records: the base a concurrent edit is merged on.
history = Table(
    "record_history",
    md,
    Column("table_name", String(32), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("data", JSON, nullable=False),
    Column("updated_by", String(64)),
)

push_result = Table(
    "push_result",
    md,
    Column("change_id", String(200), primary_key=True),
    Column("result", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

conflict = Table(
    "conflict",
    md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(12), nullable=False),  # field / visit
    Column("table_name", String(32), nullable=False),
    Column("record_id", String(36), nullable=False, index=True),
    Column("field", String(64)),
    Column("first_value", JSON),  # what the server held (the earlier arrival)
    Column("second_value", JSON),  # what arrived later (applied for fields, kept aside for visits)
    Column("first_by", String(64)),
    Column("second_by", String(64)),
    Column("detected_at", DateTime, nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
    Column("resolution", Text),
)

counter = Table(
    "counter",
    md,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

server_kv = Table(
    "server_kv",
    md,
    Column("key", String(64), primary_key=True),
    Column("value", JSON),
)

# Login attempts counted per window (gridworker.server.auth): keys "ua:<user>|<address>",
# "u:<user>" and "a:<address>"; rows older than the window are purged.
login_attempt = Table(
    "login_attempt",
    md,
    Column("key", String(200), primary_key=True),
    Column("window_start", DateTime, nullable=False, index=True),
    Column("failures", Integer, nullable=False, default=0),  # attempts counted in the window
)

# Partial attachment uploads (resumable), each bound to the device that sends it; moved to
# `attachment` once the hash and content check out.
upload = Table(
    "attachment_upload",
    md,
    Column("sha256", String(64), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("username", String(64), nullable=False),
    Column("mime", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

# Who sent which attachment bytes and when: the upload quota per user and day, and an uploader
# may read back what it sent before any record refers to it.
receipt = Table(
    "attachment_receipt",
    md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("username", String(64), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("size", Integer, nullable=False),
    Column("received_at", DateTime, nullable=False),
    Index("ix_attachment_receipt_user_time", "username", "received_at"),
)

# A download is allowed when a visit in the caller's scope refers to the image.
Index(
    "ix_visit_signature",
    T.visit.c.signature,
    postgresql_where=T.visit.c.signature.is_not(None),
    sqlite_where=T.visit.c.signature.is_not(None),
)

# ... or a case step (a 申请's signature or thumbprint image).
Index(
    "ix_monitoring_event_signature",
    T.monitoring_event.c.signature,
    postgresql_where=T.monitoring_event.c.signature.is_not(None),
    sqlite_where=T.monitoring_event.c.signature.is_not(None),
)

# The county user's scope (role ``county``): the households with a case under way or monitored
# (gridworker.server.case_scope). ``active`` false: it left the scope (its devices drop it);
# ``visits_from``: its visits from this day on travel with it (12 months before it entered).
case_scope = Table(
    "case_scope",
    md,
    Column("household_id", String(36), primary_key=True),
    Column("active", Boolean, nullable=False),
    Column("visits_from", Date, nullable=False),
    Column("changed_at", DateTime, nullable=False),
)

COUNTERS = ("seq", "ref")
MUTABLE = ("household", "member", "problem", "measure", "monitoring_event", "photo")
