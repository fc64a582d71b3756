"""The wire protocol (``/api/v1``), shared by the server and the client: pydantic models.

Every model forbids unknown fields, so a typo or a forged extra field is a 4xx, never ignored.
`docs/sync-protocol.md` describes the exchange; the server also serves it as OpenAPI.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StrictBool

API = "/api/v1"
PROTOCOL_VERSION = 1
MAX_BODY = 8 * 1024 * 1024  # bytes of JSON after decompression
MAX_CHANGES = 5000
VERSION_HEADER = "X-Gridworker-Version"
# What a client understands beyond protocol 1 (comma-separated): a server adds such fields to
# its answers only for a client that says so, since apps released before forbid unknown fields.
ACCEPTS_HEADER = "X-Gridworker-Accepts"
CONFLICT_AUTHORS = "conflict-authors"  # FieldConflict.server_by / server_at
MEMBER_CHANGES = "member-changes"  # the member columns of 成员变动 in pulled records
ACCEPTS = f"{CONFLICT_AUTHORS}, {MEMBER_CHANGES}"  # what this app sends
# Wire columns added after protocol 1, each sent only to an app that accepts its feature (an
# app released before would fail to store a pulled record with a column it does not know).
LATER_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    MEMBER_CHANGES: {
        "member": (
            "arrival_reason",
            "arrival_date",
            "departure_reason",
            "departure_date",
            "change_note",
        )
    },
}
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
TableName = Literal[
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
]
Status = Literal["applied", "duplicate", "conflict", "rejected", "retry"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _assume_utc(value: Any) -> Any:
    """Server times are UTC with an offset; a server before 0.2 sent them naive (UTC)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def server_now() -> datetime:
    return datetime.now(UTC)


ServerTime = Annotated[
    AwareDatetime,
    BeforeValidator(_assume_utc),
    Field(description="UTC, with its offset (RFC 3339), e.g. 2026-12-04T19:30:00+00:00"),
]
NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"  # no NUL, no control characters (PostgreSQL refuses NUL)
Username = Annotated[str, Field(min_length=1, max_length=64, pattern=NO_CONTROL)]
Password = Annotated[str, Field(min_length=1, max_length=256)]


class ErrorBody(Model):
    code: str  # machine-readable: token_invalid, device_revoked, app_too_old, ...
    message: str  # Chinese, for the user


# --- enrolment and recovery --------------------------------------------------------------------
class EnrollRequest(Model):
    username: Username
    password: Password
    device_name: str = Field(default="", max_length=100, pattern=NO_CONTROL)
    app_version: str = Field(default="", max_length=32, pattern=NO_CONTROL)


class UserInfo(Model):
    username: str
    display_name: str
    role: str
    scope: str


class EnrollResponse(Model):
    device_id: str
    token: str
    user: UserInfo
    server_time: ServerTime
    recovery_key: str  # base64 of 32 random bytes; the device wraps its store key and forgets it


class RecoveryUpload(Model):
    """Deprecated (apps before 0.2 send it after enrolling); the server stores nothing."""

    recovery_wrap: str = Field(max_length=200)
    kdf: dict[str, int | str] = Field(max_length=8)


class RecoverRequest(Model):
    username: Username
    password: Password  # the login password (after the admin's reset-password)
    device_id: str = Field(pattern=UUID_PATTERN)


class RecoverResponse(Model):
    recovery_key: str  # base64: the key this device's keys.json recovery wrap opens with


# --- status ----------------------------------------------------------------------------------
class StatusResponse(Model):
    server_time: ServerTime
    seq: int  # newest committed change number
    ref_version: int  # bumps when regions, settings or checklists change
    min_app_version: str
    protocol: int = PROTOCOL_VERSION


# --- push ------------------------------------------------------------------------------------
class Change(Model):
    # "{device}:{id}:{base}:{local_rev}"
    change_id: str = Field(min_length=1, max_length=200, pattern=NO_CONTROL)
    table: TableName
    id: str = Field(pattern=UUID_PATTERN)
    base_version: int = Field(ge=0, le=2**31 - 1)  # a record version (int4 on the server)
    fields: dict[str, Any]
    deleted: StrictBool = False


class PushRequest(Model):
    device_time: datetime
    changes: list[Change] = Field(max_length=MAX_CHANGES)


class FieldConflict(Model):
    field: str
    server_value: Any = None  # the earlier value, replaced
    device_value: Any = None  # this change's value, applied
    # who wrote the earlier value (a person's name, or 名册导入) and when: only for a client
    # that sends ACCEPTS_HEADER with CONFLICT_AUTHORS
    server_by: str | None = None
    server_at: ServerTime | None = None


class ChangeResult(Model):
    change_id: str
    table: str
    id: str
    status: Status
    version: int | None = None  # the record's server version after this change
    code: str | None = None  # rejected/conflict/retry: invalid, forbidden, missing_parent, ...
    reason: str | None = None  # Chinese
    conflicts: list[FieldConflict] = []
    duplicate: bool = False  # True: this change was seen before; this is the stored answer


class PushResponse(Model):
    server_time: ServerTime
    results: list[ChangeResult]


# --- pull ------------------------------------------------------------------------------------
class PulledRecord(Model):
    table: str
    id: str
    seq: int
    version: int = 0
    deleted: bool = False
    gone: bool = False  # a household that left this device's scope (with everything under it)
    fields: dict[str, Any] | None = None


class Reference(Model):
    ref_version: int
    regions: list[dict[str, Any]]
    settings: list[dict[str, Any]]
    checklists: list[dict[str, Any]]


class PullResponse(Model):
    server_time: ServerTime
    records: list[PulledRecord]
    next: int  # the cursor to send next time
    more: bool
    reference: Reference | None = None  # only when the device's ref_version is stale


# --- sanity check ----------------------------------------------------------------------------
class TableDigest(Model):
    count: int
    digest: str


class DigestResponse(Model):
    tables: dict[str, TableDigest]


# --- attachments -----------------------------------------------------------------------------
class AttachmentState(Model):
    sha256: str
    received: int
    size: int | None = None
    complete: bool
