"""The record tables, defined once for both sides of sync.

The device's store and the county server hold the same domain tables, so the aggregation queries
(`gridworker.reports`) run unchanged on SQLite and PostgreSQL. Each side adds its own bookkeeping
columns: the device tracks what it still has to send, the server numbers every accepted change.

Keys are UUID strings made on the device. ``version`` is the server's version of a record
(0 = never accepted by the server). ``deleted`` marks a tombstone; records are never removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from gridworker import vocab

Side = Literal["device", "server"]

# Tables that travel through sync, in the order a batch must apply them (parents first).
SYNCED_TABLES = (
    "household",
    "member",
    "visit",
    "problem",
    "measure",
    "monitoring_event",
    "photo",
    "points_entry",
    "shop_item",
    "stock_move",
)
# Synced tables that belong to a village (its 爱心超市), not to a household: their records carry
# ``village_code`` where the others carry ``household_id``.
VILLAGE_TABLES = ("shop_item", "stock_move")
# What the village shop's role syncs (vocab.ROLES["shop"]): never a household's other records.
SHOP_TABLES = ("points_entry", "shop_item", "stock_move")
# Tables the server owns and the device only receives.
REFERENCE_TABLES = ("region", "setting", "checklist")

# visit_counted's work columns, one per vocab.WORK_REGION bucket, then 公益岗位.
WORK_COUNTS = ("work_county", "work_province", "work_country", "work_abroad", "welfare_jobs")
# The visit_counted columns the period sums of the reports read besides grid and date.
VISIT_COUNTED_SUMS = (
    "next_date",
    "long_absent",
    "household_type",
    "worker",
    "worker_name",
    "next_worker_date",
    *WORK_COUNTS,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}


def _uuid(name: str = "id", **kw: object) -> Column[str]:
    return Column(name, String(36), **kw)  # type: ignore[arg-type]


def _bookkeeping(side: Side) -> list[Column[object]]:
    cols: list[Column[object]] = [
        Column("version", Integer, nullable=False, default=0),
        Column("created_at", DateTime, nullable=False),
        Column("updated_at", DateTime, nullable=False),
        Column("deleted", Boolean, nullable=False, default=False),
    ]
    if side == "device":
        cols += [
            # new / changed / uploading / synced / error (vocab.SYNC_STATES)
            Column("sync_state", String(10), nullable=False, default="new", index=True),
            # bumped on every local edit; an upload acknowledges the rev it sent, so an edit made
            # while the record was uploading stays "changed".
            Column("local_rev", Integer, nullable=False, default=1),
            Column("sync_error", Text),
        ]
    else:
        # (change numbers live in the server's change_log only)
        cols += [
            Column("updated_by", String(64)),  # the device that wrote this version
            # the user that device was enrolled for (taken from the caller, never the record);
            # "import" for roster imports and demo data; NULL before the content-hash revision
            Column("recorded_by", String(64)),
        ]
    # A digest of the record's canonical wire encoding (gridworker.wire.codec.record_hash),
    # set by whoever writes the record; the sanity check compares them (gridworker.wire.digest).
    cols.append(Column("content_hash", String(32)))
    return cols


def _member_columns() -> list[Column[object]]:
    text = {
        "name",
        "sex",
        "id_type",
        "id_number",
        "ethnicity",
        "political",
        "relationship",
        "education",
        "school_status",
        "dropout_reason",
        "health",
        "disability_class",
        "labour",
        "work_location",
        "employer",
        "welfare_job",
        "phone",
    }
    cols: list[Column[object]] = []
    for field in vocab.MEMBER_FIELDS:
        if field in text:
            cols.append(Column(field, String(64)))
        elif field in vocab.MEMBER_FLAGS:
            cols.append(Column(field, Boolean))
        else:  # months
            cols.append(Column(field, Integer))
    # 成员变动 (vocab.ARRIVAL_REASONS / DEPARTURE_REASONS), each dated; a member who left is a
    # tombstone that keeps these, so the household's history still shows them.
    cols += [
        Column("arrival_reason", String(8)),
        Column("arrival_date", Date),
        Column("departure_reason", String(8)),
        Column("departure_date", Date),
        Column("change_note", String(200)),
    ]
    return cols


@dataclass(frozen=True)
class Tables:
    metadata: MetaData
    region: Table
    setting: Table
    checklist: Table
    household: Table
    member: Table
    visit: Table
    problem: Table
    measure: Table
    monitoring_event: Table
    photo: Table
    points_entry: Table
    shop_item: Table
    stock_move: Table
    attachment: Table

    def synced(self) -> list[Table]:
        return [getattr(self, name) for name in SYNCED_TABLES]


def define(side: Side) -> Tables:
    md = MetaData(naming_convention=NAMING)
    region = Table(
        "region",
        md,
        Column("code", String(16), primary_key=True),
        Column("name", String(64), nullable=False),
        Column("level", String(10), nullable=False),
        Column("parent_code", String(16), index=True),
    )
    setting = Table(
        "setting",
        md,
        _uuid(primary_key=True),
        Column("key", String(64), nullable=False, index=True),
        Column("value", JSON, nullable=False),
        Column("year", Integer),
        Column("region", String(16)),
        Column("note", Text),
    )
    checklist = Table(
        "checklist",
        md,
        Column("version", String(32), primary_key=True),
        Column("definition", JSON, nullable=False),
        Column("published_at", DateTime, nullable=False),
    )
    household = Table(
        "household",
        md,
        _uuid(primary_key=True),
        Column("number", String(32), nullable=False),
        Column("grid_code", String(16), nullable=False, index=True),
        Column("address", String(200), nullable=False, default=""),
        Column("household_type", String(16), nullable=False, default="普通农户"),
        Column("monitor_type", String(16)),
        Column("no_labour_guarantee", Boolean, nullable=False, default=False),
        Column("phone", String(20)),
        Column("long_absent", Boolean, nullable=False, default=False),
        Column("risk_codes", JSON, nullable=False, default=list),
        Column("disaster_subtype", String(8)),
        Column("risk_remark", Text),
        Column("head_name", String(64), nullable=False, default=""),
        *_bookkeeping(side),
        # Reports: a region's households, and a visit's household, read from the index alone.
        Index(
            "ix_household_report",
            "grid_code",
            "deleted",
            "id",
            "household_type",
            "long_absent",
            "monitor_type",
        ),
        Index(
            "ix_household_by_id",
            "id",
            "deleted",
            "grid_code",
            "household_type",
            "long_absent",
            "monitor_type",
        ),
    )
    member = Table(
        "member",
        md,
        _uuid(primary_key=True),
        _uuid("household_id", nullable=False, index=True),
        *_member_columns(),
        *_bookkeeping(side),
        Index("ix_member_id_number", "id_number", "deleted"),
    )
    visit = Table(
        "visit",
        md,
        _uuid(primary_key=True),
        _uuid("household_id", nullable=False),
        # A correction names the visit it replaces; root_id is the first of the chain.
        _uuid("revision_of"),
        _uuid("root_id", nullable=False),
        Column("checklist_version", String(32), nullable=False),
        Column("mode", String(4), nullable=False, default="入户"),
        Column("visit_date", Date, nullable=False),
        Column("status", String(10), nullable=False, default="draft"),  # draft / completed
        Column("answers", JSON, nullable=False),
        Column("derived", JSON, nullable=False, default=dict),
        Column("flags", JSON, nullable=False, default=list),
        Column("per_capita_income", Float),
        Column("worker", String(64), nullable=False, default=""),
        Column("worker_name", String(64), nullable=False, default=""),
        Column("signature", String(64)),
        Column("completed_at", DateTime),  # device clock, recorded, never used for ordering
        Index("ix_visit_root_id", "root_id"),
        *_bookkeeping(side),
        # Covering (reports read a household's visits in a date range without the answers).
        # Covering for one household's visits and for the roster's last contacts (mode: a phone
        # call counts only for long-absent households), so neither reads the answers. On the
        # device also for visit_counted (its worker columns): SQLite reaches a column stored
        # after the answers by walking their overflow pages, 100 µs a visit (PostgreSQL keeps
        # big JSON out of line).
        Index(
            "ix_visit_household_status_date",
            "household_id",
            "status",
            "visit_date",
            "deleted",
            "id",
            "created_at",
            "per_capita_income",
            "mode",
            *(("worker", "worker_name") if side == "device" else ()),
        ),
        # Device: the sanity check's (id, version, content_hash) from the index alone (the
        # hash lies after the answers, which SQLite would walk page by page to reach).
        *([Index("ix_visit_digest", "id", "version", "content_hash")] if side == "device" else []),
        # Reports (gridworker.reports): a period's visits by date. Covering, so the big answers
        # JSON is never read (SQLite would walk its overflow pages to reach later columns).
        Index(
            "ix_visit_report",
            "visit_date",
            "status",
            "deleted",
            "household_id",
            "id",
            "created_at",
            "per_capita_income",
            "mode",
            "worker",
            "worker_name",
        ),
    )
    problem = Table(
        "problem",
        md,
        _uuid(primary_key=True),
        _uuid("household_id", nullable=False, index=True),
        _uuid("member_id"),
        Column("type", String(8), nullable=False),
        Column("rule", String(64)),
        Column("description", Text, nullable=False, default=""),
        Column("opened_on", Date, nullable=False),
        _uuid("opened_visit_id"),
        Column("resolved_on", Date),
        Column("resolution_note", Text),
        *_bookkeeping(side),
    )
    measure = Table(
        "measure",
        md,
        _uuid(primary_key=True),
        _uuid("household_id", nullable=False, index=True),
        _uuid("member_id"),
        Column("code", String(8), nullable=False),
        Column("description", Text, nullable=False, default=""),
        Column("start_date", Date, nullable=False),
        Column("end_date", Date),
        *_bookkeeping(side),
    )
    monitoring_event = Table(
        "monitoring_event",
        md,
        _uuid(primary_key=True),
        _uuid("household_id", nullable=False, index=True),
        Column("stage", String(8), nullable=False),  # vocab.MONITOR_STAGES
        Column("event_date", Date, nullable=False),
        Column("monitor_type", String(16)),
        Column("risk_codes", JSON, nullable=False, default=list),
        _uuid("visit_id"),
        Column("note", Text),
        # The case step's result (vocab.STEP_RESULTS), its particulars (gridworker.cases: a
        # clue's source, how many took part in a 评议, a 公示's dates and objections, the step a
        # 退回 returns to, a 自然消除 reason), the event it corrects (events are never edited: a
        # correction supersedes), the 申请's signature or thumbprint image (sha256), and when
        # the step was recorded (the device's clock: orders steps of one day).
        Column("result", String(8)),
        Column("details", JSON),
        _uuid("supersedes"),
        Column("signature", String(64)),
        Column("recorded_at", DateTime),
        Index("ix_monitoring_event_stage_date", "stage", "event_date"),
        *_bookkeeping(side),
    )
    # A photo as evidence (gridworker.photos): of a visit's question (``visit_id`` and
    # ``question``, e.g. the housing or water section) or of a problem (``problem_id``, before or
    # after its fix: ``phase``). The image itself is an attachment (content-addressed, like a
    # signature): ``sha256`` the shrunk JPEG, ``thumb_sha256`` its thumbnail for lists. Removing
    # one is a tombstone. (A monitoring-case step would add its own ``..._id`` column here.)
    photo = Table(
        "photo",
        md,
        _uuid(primary_key=True),
        _uuid("household_id", nullable=False, index=True),
        _uuid("visit_id", index=True),
        Column("question", String(64)),
        _uuid("problem_id", index=True),
        Column("phase", String(8)),  # vocab.PHOTO_PHASES (problems: before / after the fix)
        Column("sha256", String(64), nullable=False, index=True),
        Column("thumb_sha256", String(64), nullable=False),
        Column("size", Integer, nullable=False),
        Column("width", Integer, nullable=False),
        Column("height", Integer, nullable=False),
        Column("taken_at", DateTime),  # from the camera's EXIF (before it is removed), if any
        Column("attached_at", DateTime, nullable=False),
        Column("attached_by", String(64), nullable=False),  # the user who attached it
        Column("note", Text, nullable=False, default=""),
        *_bookkeeping(side),
    )
    points_entry, shop_item, stock_move = _points_tables(md, side)
    # Derived, not synced, written at ingest by gridworker.reports.facts.record_visit (and rebuilt
    # by facts.rebuild): the completed visits that a newer completed revision of their chain
    # replaces (few; the reports count every other completed visit) ...
    Table(
        "visit_superseded",
        md,
        _uuid("visit_id", primary_key=True),
        _uuid("root_id", nullable=False, index=True),
    )
    # ... the data-quality rules each household's own records break (screening.md §6), rewritten
    # whenever the household or one of its members is written ...
    Table(
        "household_check",
        md,
        _uuid("household_id", primary_key=True),
        Column("rule", String(32), primary_key=True),
        Column("records", Integer, nullable=False, default=1),
        Column("detail", Text, nullable=False, default=""),
    )
    # ... each completed visit's per-member work answers (JSON inside ``answers`` is not
    # dialect-neutral). Only members with work or a 公益岗位 have a row.
    Table(
        "visit_work",
        md,
        _uuid("visit_id", primary_key=True),
        _uuid("member_id", primary_key=True),
        _uuid("household_id", nullable=False),
        Column("visit_date", Date, nullable=False),
        Column("work_location", String(16)),
        Column("work_months", Integer, nullable=False, default=0),
        Column("welfare_job", String(64)),
        Column("welfare_job_months", Integer, nullable=False, default=0),
    )
    # ... the visits that count (completed, live, newest of their chain, of a live household) with
    # their household's current grid and report attributes, so a period's visits of a region are
    # one index range with no join (gridworker.reports.counted; rewritten per chain by
    # facts.record_visit and per household by checks.record_household) ...
    Table(
        "visit_counted",
        md,
        _uuid("visit_id", primary_key=True),
        _uuid("household_id", nullable=False),
        Column("grid_code", String(16), nullable=False),
        Column("visit_date", Date, nullable=False),
        Column("created_at", DateTime, nullable=False),
        Column("worker", String(64), nullable=False, default=""),
        Column("worker_name", String(64), nullable=False, default=""),
        Column("per_capita_income", Float),
        Column("household_type", String(16), nullable=False, default="普通农户"),
        Column("long_absent", Boolean, nullable=False, default=False),
        Column("monitored", Boolean, nullable=False, default=False),
        # The date of the household's next counted visit (order: visit_date, created_at, id);
        # NULL for its latest. "Latest visit up to day D" = next_date NULL or after D, so a
        # period's visited households and latest visits need no DISTINCT or window at read time.
        Column("next_date", Date),
        # ... and of its next counted visit by the same worker (per-worker visited households).
        Column("next_worker_date", Date),
        # Members in work by vocab.WORK_REGION bucket (县内, 省内县外, 省外, 国外) and in a
        # 公益岗位, from the visit's ``visit_work`` rows: the work indicator sums these.
        *(Column(name, Integer, nullable=False, default=0) for name in WORK_COUNTS),
        # Covering: a period's reads are a range of this index ...
        Index(
            "ix_visit_counted_report",
            "visit_date",
            "grid_code",
            "next_date",
            "long_absent",
            "household_type",
            "household_id",
            "worker",
            "worker_name",
            "next_worker_date",
            *WORK_COUNTS,
            "visit_id",
        ),
        # ... and one household's visits a range of this one.
        Index(
            "ix_visit_counted_household",
            "household_id",
            "visit_date",
            "created_at",
            "visit_id",
            "grid_code",
            "per_capita_income",
        ),
        # Server (PostgreSQL): a township's or village's period is one short range of this index
        # per grid (``grid_code IN (its grids)``), not the whole county's period filtered.
        *(
            [
                Index(
                    "ix_visit_counted_grid_date",
                    "grid_code",
                    "visit_date",
                    postgresql_include=list(VISIT_COUNTED_SUMS),
                )
            ]
            if side == "server"
            else []
        ),
    )
    # ... and the live members whose ID number another live member also holds (checks.py).
    Table(
        "member_id_duplicate",
        md,
        _uuid("member_id", primary_key=True),
        Column("id_number", String(64), nullable=False, index=True),
        _uuid("household_id", nullable=False, index=True),
        Column("name", String(64)),
    )
    attachment = Table(
        "attachment",
        md,
        Column("sha256", String(64), primary_key=True),
        Column("mime", String(64), nullable=False),
        Column("size", Integer, nullable=False),
        Column("data", LargeBinary, nullable=False),
        Column("created_at", DateTime, nullable=False),
        *([Column("uploaded", Boolean, nullable=False, default=False)] if side == "device" else []),
    )
    if side == "device":
        # Derived search text per household (names, pinyin, initials, ID numbers, address).
        Table(
            "household_search",
            md,
            _uuid("household_id", primary_key=True),
            Column("grid_code", String(16), nullable=False),
            Column("key", Text, nullable=False),
        )
        # Derived: each household's last completed, live visit in person (入户) and of any
        # mode, for the roster's visit status (Today's due list is one join, not a pass over
        # every visit). Kept by SQLite triggers on ``visit`` (migration 0003), so every way a
        # visit is written — completing, a correction, a sync pull, a bulk load — keeps it.
        Table(
            "household_contact",
            md,
            _uuid("household_id", primary_key=True),
            Column("last_home", Date),
            Column("last_any", Date),
            sqlite_with_rowid=False,  # one b-tree: a join by household id is one lookup
        )
        # Device facts: sync cursor, server address, last sync time, clock skew ...
        Table("kv", md, Column("key", String(64), primary_key=True), Column("value", JSON))
        # Conflicts and quarantined records reported by the server, kept for review.
        Table(
            "sync_issue",
            md,
            _uuid(primary_key=True),
            Column("kind", String(12), nullable=False),  # conflict / quarantined
            Column("table_name", String(32), nullable=False),
            _uuid("record_id", nullable=False),
            Column("field", String(64)),
            Column("local_value", JSON),
            Column("server_value", JSON),
            Column("reason", Text, nullable=False, default=""),
            Column("detected_at", DateTime, nullable=False),
            Column("resolved", Boolean, nullable=False, default=False),
            # A field conflict: when this device's value was written (the local edit) and who
            # wrote the other value and when (from the server, migration 0006) ...
            Column("local_at", DateTime),
            Column("server_by", String(64)),
            Column("server_at", DateTime),
            # ... and how it was settled: mine / theirs / edited / reviewed, and when.
            Column("resolution", String(12)),
            Column("resolved_at", DateTime),
        )
    return Tables(
        md,
        region,
        setting,
        checklist,
        household,
        member,
        visit,
        problem,
        measure,
        monitoring_event,
        photo,
        points_entry,
        shop_item,
        stock_move,
        attachment,
    )


def _points_tables(md: MetaData, side: Side) -> tuple[Table, Table, Table]:
    """爱心超市 积分制 (gridworker.points): the points ledger, the shop's items and its stock
    moves — all append-only but the items — and the balances and stock levels derived from them
    (kept by triggers on the device, by the push on the server; checked after every sync)."""
    points_entry = Table(
        "points_entry",
        md,
        _uuid(primary_key=True),
        _uuid("household_id", nullable=False),
        _uuid("member_id"),
        # the household's 户编号 and head as the entry was written: what the shop shows
        Column("household_number", String(32), nullable=False, default=""),
        Column("household_name", String(64), nullable=False, default=""),
        Column("kind", String(10), nullable=False),  # vocab.POINTS_KINDS
        Column("entry_date", Date, nullable=False),
        # signed; counts in the balance unless ``pending`` (an award awaiting village review)
        Column("points", Integer, nullable=False),
        Column("pending", Boolean, nullable=False, default=False),
        Column("rules_version", String(32)),
        Column("items", JSON, nullable=False, default=list),
        _uuid("ref_id"),  # the entry a review or a correction answers
        _uuid("visit_id"),
        Column("confirmed_by", String(64)),  # the household member who confirmed
        Column("worker", String(64), nullable=False, default=""),
        Column("worker_name", String(64), nullable=False, default=""),
        Column("note", Text),
        *_bookkeeping(side),
        # A household's entries in a period (reports: a region's households, then each one's
        # entries from this index alone, the items never read; whether it was ever scored).
        # No index by date alone: a period's entries are always read through their households.
        Index(
            "ix_points_entry_household",
            "household_id",
            "entry_date",
            "kind",
            "points",
            "pending",
            "deleted",
            "id",
        ),
    )
    shop_item = Table(
        "shop_item",
        md,
        _uuid(primary_key=True),
        Column("village_code", String(16), nullable=False, index=True),
        Column("name", String(64), nullable=False),
        Column("unit", String(8), nullable=False, default="件"),
        Column("price", Integer, nullable=False),  # points per unit
        Column("value", Float, nullable=False, default=0.0),  # 元 per unit (五公开: item values)
        Column("active", Boolean, nullable=False, default=True),
        *_bookkeeping(side),
    )
    stock_move = Table(
        "stock_move",
        md,
        _uuid(primary_key=True),
        Column("village_code", String(16), nullable=False, index=True),
        _uuid("item_id", nullable=False, index=True),
        Column("kind", String(10), nullable=False),  # vocab.STOCK_KINDS
        Column("move_date", Date, nullable=False),
        Column("quantity", Integer, nullable=False),  # signed change of the stock
        Column("counted", Integer),  # an inventory count: what was found
        Column("value", Float),  # 元: a donation's or purchase's value
        Column("donor", String(64)),
        _uuid("entry_id"),  # a redemption's ledger entry
        Column("reason", Text),  # an inventory difference's reason
        Column("worker", String(64), nullable=False, default=""),
        Column("worker_name", String(64), nullable=False, default=""),
        *_bookkeeping(side),
    )
    # Derived: each household's balance (its counted, live ledger entries' sum) ...
    Table(
        "points_balance",
        md,
        _uuid("household_id", primary_key=True),
        Column("balance", Integer, nullable=False, default=0),
    )
    # ... and each item's stock (its live moves' sum).
    Table(
        "stock_level",
        md,
        _uuid("item_id", primary_key=True),
        Column("quantity", Integer, nullable=False, default=0),
    )
    return points_entry, shop_item, stock_move
