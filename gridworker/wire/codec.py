"""Record fields on the wire: the same JSON form on both sides of sync, and its canonical form.

A record travels as ``fields``: every column of its table except the bookkeeping ones (id,
version, timestamps, deleted, sync state, seq, content hash). Dates are ISO strings. `decode`
turns wire fields back into column values and checks every one strictly (type, length,
vocabulary, date range, finite numbers, no NUL, bounded JSON), raising `FieldError` with a
Chinese reason — the server quarantines such a record, never stores it.

`record_hash` is a record's content hash: a digest of its canonical encoding, the same bytes on
the device (SQLite) and the server (PostgreSQL or SQLite) for the same content. Both sides
store it in ``content_hash`` when they write a record, and the sanity check after a sync
compares (id, version, hash) per scope (`gridworker.wire.digest`). The canonical encoding is
compact JSON with sorted keys: the plain fields first (nulls left out, booleans true/false,
Float columns as floats, Integer columns as integers, dates ``YYYY-MM-DD``, date-times ISO
8601 without a zone, ``deleted`` included), then each JSON field (its own keys sorted at every
level, no NaN or Infinity). A column added later and NULL in old rows leaves their hashes as
they were.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    RowMapping,
    Select,
    String,
    Table,
    Text,
    bindparam,
    cast,
    func,
    select,
)

from gridworker import vocab
from gridworker.schema import SYNCED_TABLES, Tables, define

BOOKKEEPING = frozenset(
    {
        "id",
        "version",
        "created_at",
        "updated_at",
        "deleted",
        "sync_state",
        "local_rev",
        "sync_error",
        "seq",
        "updated_by",
        "recorded_by",
        "content_hash",
    }
)
_SERVER: Tables = define("server")

_ENUMS: dict[tuple[str, str], tuple[Any, ...]] = {
    ("household", "household_type"): vocab.HOUSEHOLD_TYPES,
    ("household", "monitor_type"): (None, *vocab.MONITOR_TYPES),
    ("household", "disaster_subtype"): (None, *vocab.DISASTER_SUBTYPES),
    ("member", "sex"): (None, *vocab.SEXES),
    ("member", "id_type"): (None, *vocab.ID_TYPES),
    ("member", "relationship"): (None, *vocab.RELATIONSHIPS),
    ("member", "education"): (None, *vocab.EDUCATION),
    ("member", "school_status"): (None, *vocab.SCHOOL_STATUS),
    ("member", "dropout_reason"): (None, *vocab.DROPOUT_REASONS),
    ("member", "health"): (None, *vocab.HEALTH),
    ("member", "disability_class"): (None, *vocab.DISABILITY_CLASSES),
    ("member", "labour"): (None, *vocab.LABOUR),
    ("member", "work_location"): (None, *vocab.WORK_LOCATIONS),
    ("member", "political"): (None, *vocab.POLITICAL_STATUS),
    ("member", "arrival_reason"): (None, *vocab.ARRIVAL_REASONS),
    ("member", "departure_reason"): (None, *vocab.DEPARTURE_REASONS),
    ("visit", "mode"): vocab.VISIT_MODES,
    ("visit", "status"): ("completed",),
    ("problem", "type"): vocab.PROBLEM_TYPES,
    ("measure", "code"): tuple(vocab.MEASURES),
    ("monitoring_event", "stage"): vocab.MONITOR_STAGES,
    ("monitoring_event", "monitor_type"): (None, *vocab.MONITOR_TYPES),
    ("photo", "phase"): (None, *vocab.PHOTO_PHASES),
    ("points_entry", "kind"): vocab.POINTS_KINDS,
    ("stock_move", "kind"): vocab.STOCK_KINDS,
    ("monitoring_event", "result"): (None, *vocab.CASE_RESULTS),
}
_RISK_LISTS = {("household", "risk_codes"), ("monitoring_event", "risk_codes")}
# Integer columns hold 32-bit integers on PostgreSQL.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Limits:
    """What the server accepts in a record beyond each column's type: the date range (from
    the settings ``record_date_earliest`` and ``record_date_years_ahead``), the size of free
    text and of JSON fields, and how far a visit's date may lie before the day it was typed in
    (``visit_backdate_max_days``; ``today`` is the server's day)."""

    earliest: date = date(2000, 1, 1)
    latest: date = date(9999, 12, 31)
    max_text: int = 4000  # characters of a Text column (String columns have their own length)
    max_json: int = 256 * 1024  # characters of one JSON field, canonically encoded
    max_depth: int = 16  # nesting of objects and lists in one JSON field
    backdate_days: int | None = None  # None: a visit's date is not compared with its entry
    today: date | None = None  # the server's today (a member change is never dated after it)

    # (looked up for every record checked: its hash is worked out once)
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        key = (
            self.earliest,
            self.latest,
            self.max_text,
            self.max_json,
            self.max_depth,
            self.backdate_days,
            self.today,
        )
        object.__setattr__(self, "_hash", hash(key))

    def __hash__(self) -> int:
        return self._hash

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], today: date) -> Limits:
        earliest = date.fromisoformat(str(settings.get("record_date_earliest", "2000-01-01")))
        years = int(settings.get("record_date_years_ahead", 5))
        try:
            latest = today.replace(year=today.year + years)
        except ValueError:  # 29 February
            latest = today.replace(year=today.year + years, day=28)
        backdate = int(settings.get("visit_backdate_max_days", 30))
        return cls(earliest=earliest, latest=latest, backdate_days=backdate, today=today)


# For values read back from the database (an older release may have stored any date).
STORED = Limits(earliest=date.min, latest=date.max)


class FieldError(ValueError):
    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}：{reason}")


def wire_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in BOOKKEEPING]


WIRE_COLUMNS: dict[str, list[str]] = {
    n: wire_columns(_SERVER.metadata.tables[n]) for n in SYNCED_TABLES
}
_ALLOWED = {n: frozenset(cols) for n, cols in WIRE_COLUMNS.items()}


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The wire fields of a stored row (either side)."""
    return {c: jsonable(row.get(c)) for c in WIRE_COLUMNS[table]}


def raw_select(table: Table) -> Select[Any]:
    """Every column of ``table`` in order, JSON columns as their JSON text, for
    :func:`fields_json` (which splices that text in unparsed: no parse, no re-serialise)."""
    return select(
        *(cast(c, Text).label(c.name) if isinstance(c.type, JSON) else c for c in table.columns)
    )


@functools.cache
def _layout(
    table: Table,
) -> tuple[list[tuple[str, int]], list[tuple[str, int]], list[int]]:
    """(plain wire fields, JSON wire fields) of a table, each with its index in the row, and
    the indexes of its Float columns."""
    columns = list(table.columns.keys())
    json_cols = {c.name for c in table.columns if isinstance(c.type, JSON)}
    wire = WIRE_COLUMNS[table.name]
    plain = [(c, columns.index(c)) for c in wire if c not in json_cols]
    spliced = [(c, columns.index(c)) for c in wire if c in json_cols]
    floats = [columns.index(c) for c in wire if isinstance(table.columns[c].type, Float)]
    return plain, spliced, floats


def fields_json(table: Table, row: Sequence[Any]) -> str:
    """The wire fields of a row of :func:`raw_select` as a JSON object (what ``encode`` gives,
    serialised). Strict JSON always: a NaN or Infinity stored before the server refused them
    goes out as null."""
    plain, spliced, floats = _layout(table)
    values = {c: jsonable(row[i]) for c, i in plain}
    for i in floats:
        if row[i] is not None and not math.isfinite(row[i]):
            values[table.columns[i].name] = None
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    if not spliced:
        return text
    raw = ",".join(f'"{c}":{"null" if row[i] is None else _strict(row[i])}' for c, i in spliced)
    return f"{text[:-1]}{',' if plain else ''}{raw}}}"


def _strict(text: str) -> str:
    """Stored JSON text as strict JSON (the rare legacy NaN or Infinity becomes null)."""
    if "NaN" not in text and "Infinity" not in text:
        return text
    return json.dumps(_finite(json.loads(text)), ensure_ascii=False, separators=(",", ":"))


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


# --- canonical encoding and content hash -----------------------------------------------------
class JsonText(str):
    """A JSON value already serialised (canonically): written to a JSON column as it is, by the
    engines' :func:`json_serializer` and by the bulk writers, instead of being encoded again."""


def _encoder() -> Callable[[Any], str]:
    """Compact JSON, keys sorted, no NaN: CPython's C encoder made once and called directly
    (``JSONEncoder.encode`` builds it again for every value: a third of the time for a visit's
    fields). Without the C accelerator, the encoder's own path."""
    from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

    plain = json.JSONEncoder(
        sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode
    if c_make_encoder is None:  # pragma: no cover
        return plain

    def default(value: Any) -> Any:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    # (markers None: no circular check; a circular value fails with RecursionError instead)
    encode = c_make_encoder(None, default, encode_basestring, None, ":", ",", True, False, False)
    return lambda value: "".join(encode(value, 0))


_CANONICAL = _encoder()


def canonical_json(value: Any) -> JsonText:
    """Compact JSON, keys sorted at every level; ValueError on NaN or Infinity."""
    return value if isinstance(value, JsonText) else JsonText(_CANONICAL(value))


def json_serializer(value: Any) -> str:
    """The JSON serialiser of both sides' engines and bulk writers: text already serialised
    goes in as it is."""
    return value if isinstance(value, JsonText) else _PLAIN(value)


_PLAIN = json.JSONEncoder(ensure_ascii=False).encode


def _day(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else date.fromisoformat(value).isoformat()


def _moment(value: Any) -> str:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=None).isoformat()


@functools.cache
def _hash_layout(
    table_name: str,
) -> tuple[tuple[str, ...], tuple[tuple[str, Callable[[Any], Any]], ...], tuple[str, ...]]:
    """(plain wire fields, those whose values are normalised with their normaliser, JSON wire
    fields in sorted order)."""
    table = _SERVER.metadata.tables[table_name]
    plain: list[str] = []
    norms: list[tuple[str, Callable[[Any], Any]]] = []
    json_cols: list[str] = []
    for name in WIRE_COLUMNS[table_name]:
        kind = table.columns[name].type
        if isinstance(kind, JSON):
            json_cols.append(name)
            continue
        plain.append(name)
        for sql_type, norm in _NORMALISE:
            if isinstance(kind, sql_type):
                norms.append((name, norm))
                break
    return tuple(plain), tuple(norms), tuple(sorted(json_cols))


# (DateTime before Date: it is a kind of date)
_NORMALISE: tuple[tuple[type, Callable[[Any], Any]], ...] = (
    (DateTime, _moment),
    (Date, _day),
    (Float, float),
    (Boolean, bool),
    (Integer, int),
)


def canonical_record(
    table: str,
    values: Mapping[str, Any] | RowMapping,
    deleted: bool,
    texts: Mapping[str, str] | None = None,
    *,
    strict: bool = True,
) -> str:
    """The canonical encoding of a record (see the module docstring). ``values``: column values
    or wire fields (either form gives the same text); ``texts``: JSON fields already encoded by
    :func:`canonical_json`. ``strict=False`` writes a non-finite number as null instead of
    raising ValueError (hashing what an older release stored, as it is served)."""
    return _canonical_pieces(table, values, deleted, texts, strict)


def _canonical_pieces(
    table: str,
    values: Mapping[str, Any] | RowMapping,
    deleted: bool,
    texts: Mapping[str, str] | None,
    strict: bool,
) -> str:
    """:func:`canonical_record`'s text."""
    plain, norms, json_cols = _hash_layout(table)
    get = values.get
    out = {name: v for name in plain if (v := get(name)) is not None}
    for name, norm in norms:
        v = out.get(name)
        if v is not None:
            out[name] = norm(v)
    out["deleted"] = bool(deleted)
    text = _tolerant(out) if not strict else _CANONICAL(out)
    if texts is None:
        texts = json_texts(table, values, strict=strict)
    tail = "".join(f',"{name}":{texts[name]}' for name in json_cols if name in texts)
    return f"{text[:-1]}{tail}}}"


def json_texts(
    table: str, values: Mapping[str, Any] | RowMapping, *, strict: bool = True
) -> dict[str, JsonText]:
    """The canonical text of each JSON field of a record that is not null."""
    out: dict[str, JsonText] = {}
    for name in _hash_layout(table)[2]:
        v = values.get(name)
        if isinstance(v, JsonText):
            out[name] = v
        elif v is not None:
            out[name] = canonical_json(v) if strict else JsonText(_tolerant(v))
    return out


def _tolerant(value: Any) -> str:
    try:
        return _CANONICAL(value)
    except ValueError:
        return _CANONICAL(_finite(value))


def record_hash(
    table: str,
    values: Mapping[str, Any] | RowMapping,
    deleted: bool,
    texts: Mapping[str, str] | None = None,
    *,
    strict: bool = True,
) -> str:
    """A record's content hash: 128-bit BLAKE2b of :func:`canonical_record`, as 32 hex digits."""
    text = _canonical_pieces(table, values, deleted, texts, strict)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def seal(table: str, row: dict[str, Any], texts: Mapping[str, str] | None = None) -> str:
    """Set ``row["content_hash"]`` from the row's fields and ``deleted``; returns it."""
    h = record_hash(table, row, bool(row.get("deleted")), texts)
    row["content_hash"] = h
    return h


def fill_hashes(
    conn: Connection,
    tables: Tables,
    name: str,
    *,
    batch: int = 2000,
    also: dict[str, Any] | None = None,
) -> int:
    """Set the content hash of every record of a table that has none (written by a release
    before the hash); returns how many. One pass in id order, ``batch`` rows a statement, in
    the caller's (write) transaction. ``also``: more columns to set on those rows (SQL
    expressions). A value an older release stored that is no longer accepted (NaN) is hashed
    as null, as it is served."""
    t = tables.metadata.tables[name]
    pg = conn.dialect.name == "postgresql"
    if pg:  # one statement a batch: UPDATE … FROM unnest(ids, hashes)
        pairs = select(
            func.unnest(bindparam("b_ids", type_=ARRAY(String))).label("id"),
            func.unnest(bindparam("b_hashes", type_=ARRAY(String))).label("h"),
        ).subquery()
        update = (
            t.update().where(t.c.id == pairs.c.id).values(content_hash=pairs.c.h, **(also or {}))
        )
    else:
        update = (
            t.update()
            .where(t.c.id == bindparam("b_id"))
            .values(content_hash=bindparam("b_hash"), **(also or {}))
        )
    done = 0
    last = ""
    while True:
        rows = list(
            conn.execute(select(t).where(t.c.id > last).order_by(t.c.id).limit(batch)).mappings()
        )
        if not rows:
            return done
        last = rows[-1]["id"]
        todo = [
            (r["id"], record_hash(name, r, bool(r["deleted"]), strict=False))
            for r in rows
            if r["content_hash"] is None
        ]
        if todo and pg:
            conn.execute(update, {"b_ids": [i for i, _ in todo], "b_hashes": [h for _, h in todo]})
        elif todo:
            conn.execute(update, [{"b_id": i, "b_hash": h} for i, h in todo])
        done += len(todo)


# --- checking what arrives -------------------------------------------------------------------
Check = Callable[[Any], Any]
_DEFAULT_LIMITS = Limits()


def _checker(name: str, kind: Any, limits: Limits) -> Check:
    """The check of one column type: the value to store, or FieldError with the reason."""

    def fail(reason: str) -> FieldError:
        return FieldError(name, reason)

    def in_range(day: date) -> None:
        if not limits.earliest <= day <= limits.latest:
            raise fail(f"日期超出允许范围（{limits.earliest} 至 {limits.latest}）")

    if isinstance(kind, Boolean):

        def boolean(value: Any) -> Any:
            if not isinstance(value, bool):
                raise fail("应为是/否")
            return value

        return boolean
    if isinstance(kind, Integer):

        def integer(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int):
                raise fail("应为整数")
            if not INT_MIN <= value <= INT_MAX:
                raise fail("整数超出范围")
            return value

        return integer
    if isinstance(kind, Float):

        def number(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail("应为数字")
            try:
                out = float(value)
            except OverflowError:
                raise fail("数字超出范围") from None
            if not math.isfinite(out):
                raise fail("应为有限的数字（不能是 NaN 或无穷大）")
            return out

        return number
    if isinstance(kind, DateTime):

        def timestamp(value: Any) -> Any:
            if not isinstance(value, str) or len(value) > 40 or "\x00" in value:
                raise fail("应为日期时间 (ISO 8601)")
            try:
                out = datetime.fromisoformat(value)
            except ValueError:
                raise fail("应为日期时间 (ISO 8601)") from None
            if out.tzinfo is not None:  # stored as UTC, naive
                out = (out - (out.utcoffset() or timedelta())).replace(tzinfo=None)
            in_range(out.date())
            return out

        return timestamp
    if isinstance(kind, Date):

        def day(value: Any) -> Any:
            if not isinstance(value, str) or not _DAY.fullmatch(value):
                raise fail("应为日期 (YYYY-MM-DD)")
            try:
                out = date.fromisoformat(value)
            except ValueError:
                raise fail("应为日期 (YYYY-MM-DD)") from None
            in_range(out)
            return out

        return day
    if isinstance(kind, String | Text):
        limit = getattr(kind, "length", None) or limits.max_text

        def text(value: Any) -> Any:
            if not isinstance(value, str):
                raise fail("应为文字")
            if len(value) > limit:
                raise fail(f"超过 {limit} 个字")
            if "\x00" in value:
                raise fail("含有不允许的空字符 (NUL)")
            return value

        return text
    if isinstance(kind, JSON):
        return lambda value: value  # checked with its canonical text (_check_json)

    def unsupported(value: Any) -> Any:  # pragma: no cover
        raise fail("不支持的字段类型")

    return unsupported


def _check_json(name: str, value: Any, limits: Limits) -> JsonText:
    """A JSON field's canonical text, or FieldError: finite numbers, no NUL, bounded size and
    nesting. The text does the checks at C speed; the value is walked only when the text holds
    more containers than the nesting allows."""
    if not value and isinstance(value, dict | list):
        return _EMPTY[type(value)]
    try:
        text = canonical_json(value)
    except ValueError:
        raise FieldError(name, "含有无效的数字（NaN、无穷大或过长的整数）") from None
    except RecursionError:
        raise FieldError(name, f"嵌套超过 {limits.max_depth} 层") from None
    if len(text) > limits.max_json:
        raise FieldError(name, f"内容过长（超过 {limits.max_json} 个字符）")
    if "\\u0000" in text:
        raise FieldError(name, "含有不允许的空字符 (NUL)")
    if text.count("{") + text.count("[") > limits.max_depth:  # (fewer containers: not deeper)
        reason = _json_problem(value, limits, 1)
        if reason:
            raise FieldError(name, reason)
    return text


_EMPTY = {dict: JsonText("{}"), list: JsonText("[]")}


def _json_problem(value: Any, limits: Limits, depth: int) -> str | None:
    if isinstance(value, dict | list):
        if depth > limits.max_depth:
            return f"嵌套超过 {limits.max_depth} 层"
        for item in value.values() if isinstance(value, dict) else value:
            reason = _json_problem(item, limits, depth + 1)
            if reason:
                return reason
    return None


@dataclass(frozen=True)
class _Field:
    name: str
    nullable: bool
    default: Any  # a column default (scalar or callable), or None
    json: bool
    value: Check  # the checked value to store, or FieldError

    def missing(self) -> Any:
        d = self.default
        if d is not None:
            return d.arg if d.is_scalar else d.arg(None)
        if not self.nullable:
            raise FieldError(self.name, "缺少必填字段")
        return None


def _field_check(
    name: str,
    nullable: bool,
    check: Check,
    enum: tuple[Any, ...] | None,
    risk_list: bool,
    uuid: bool,
) -> Check:
    """One field's whole check, with only the steps it needs (run for every field of every
    record pushed)."""

    def run(value: Any) -> Any:
        if value is None:
            if not nullable:
                raise FieldError(name, "不能为空")
        else:
            value = check(value)
        if enum is not None and value not in enum:
            raise FieldError(name, f"取值无效：{str(value)[:40]}")
        if risk_list and (
            not isinstance(value, list)
            or len(value) > vocab.MAX_RISK_SLOTS
            or any(c not in vocab.RISK_TYPES for c in value)
        ):
            raise FieldError(name, "风险类型代码无效")
        if uuid and value is not None and not (isinstance(value, str) and _UUID.fullmatch(value)):
            raise FieldError(name, "应为 UUID")
        return value

    if enum is None and not risk_list and not uuid:
        if nullable:
            return lambda value: None if value is None else check(value)

        def required(value: Any) -> Any:
            if value is None:
                raise FieldError(name, "不能为空")
            return check(value)

        return required
    return run


@functools.cache
def _fields(table_name: str, limits: Limits) -> tuple[_Field, ...]:
    table = _SERVER.metadata.tables[table_name]
    out = []
    for name in WIRE_COLUMNS[table_name]:
        col = table.columns[name]
        nullable = bool(col.nullable)
        out.append(
            _Field(
                name,
                nullable,
                col.default,
                isinstance(col.type, JSON),
                _field_check(
                    name,
                    nullable,
                    _checker(name, col.type, limits),
                    _ENUMS.get((table_name, name)),
                    (table_name, name) in _RISK_LISTS,
                    name.endswith("_id") or name in ("revision_of", "root_id", "supersedes"),
                ),
            )
        )
    return tuple(out)


@dataclass(slots=True)
class Checked:
    """A record's checked column values, with the canonical text of its JSON fields."""

    values: dict[str, Any]
    texts: dict[str, JsonText] = field(default_factory=dict)


def check(
    table_name: str,
    fields: Mapping[str, Any],
    *,
    partial: bool = False,
    limits: Limits | None = None,
) -> Checked:
    """Checked column values from wire fields. Unknown fields and bad values raise FieldError;
    missing required fields too, unless ``partial``."""
    limits = limits or _DEFAULT_LIMITS
    specs = _fields(table_name, limits)
    if len(fields) > len(specs) or not fields.keys() <= _ALLOWED[table_name]:
        unknown = sorted(set(fields) - _ALLOWED[table_name])
        raise FieldError(unknown[0][:40], "未知字段")
    values: dict[str, Any] = {}
    texts: dict[str, JsonText] = {}
    for f in specs:
        name = f.name
        if name in fields:
            value = values[name] = f.value(fields[name])
            if f.json and value is not None:
                texts[name] = _check_json(name, value, limits)
        elif not partial:
            values[name] = f.missing()
    if table_name == "member" and not partial:
        member_change_problem(values, limits.today)
    if table_name == "visit" and limits.backdate_days is not None:
        check_visit_date(values, limits)
    return Checked(values, texts)


def member_change_problem(values: Mapping[str, Any], today: date | None = None) -> None:
    """FieldError when a member's change (成员变动) does not hold together: a reason needs its
    date and a date its reason, no change is dated after ``today`` (a day's grace for clocks),
    and nobody leaves before they arrived."""
    grace = date.max if today is None else today + timedelta(days=1)
    for kind in ("arrival", "departure"):
        reason, day = values.get(f"{kind}_reason"), values.get(f"{kind}_date")
        if (reason is None) != (day is None):
            missing = f"{kind}_date" if day is None else f"{kind}_reason"
            raise FieldError(missing, "成员变动的原因和日期要一起填写")
        if day is not None and day > grace:
            raise FieldError(f"{kind}_date", "成员变动的日期不能晚于今天")
    came, left = values.get("arrival_date"), values.get("departure_date")
    if came is not None and left is not None and left < came:
        raise FieldError("departure_date", "离开的日期不能早于加入的日期")


def check_visit_date(values: Mapping[str, Any], limits: Limits) -> None:
    """A visit's date against the day it was typed in (``completed_at``, the device's clock):
    not after it, and at most ``backdate_days`` before it (a paper visit entered later). A
    typing-in day after the server's day is refused too, so a device cannot move it forward to
    make room for an older visit date. (A record without ``completed_at`` — written raw, or by
    a release before the app stamped it — is not compared: the server cannot know when it was
    typed in. A correction is compared with the visit it corrects, in ``server.push``.)"""
    visit_date, typed = values.get("visit_date"), values.get("completed_at")
    if not isinstance(visit_date, date) or not isinstance(typed, datetime):
        return
    if values.get("revision_of"):
        return  # a correction keeps its original's date: the push compares the two
    if limits.backdate_days is None:
        return
    slack = timedelta(days=1)  # the device's local day may be a day ahead of UTC
    entered = typed.date()
    if limits.today is not None and entered > limits.today + slack:
        raise FieldError("completed_at", f"录入时间晚于今天（{limits.today}）")
    if visit_date > entered + slack:
        raise FieldError("visit_date", f"走访日期晚于录入日期（{entered}）")
    if visit_date < entered - timedelta(days=limits.backdate_days):
        raise FieldError(
            "visit_date",
            f"走访日期早于录入日期 {limits.backdate_days} 天以上，不能补录（{visit_date}）",
        )


def decode(
    table_name: str,
    fields: Mapping[str, Any],
    *,
    partial: bool = False,
    limits: Limits | None = None,
) -> dict[str, Any]:
    """:func:`check`'s column values."""
    return check(table_name, fields, partial=partial, limits=limits).values


def decode_lenient(table: Table, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for the device from fields the server sent (trusted, no vocab checks). A
    field this program has no column for (a newer server's) is left out, never a failed
    sync."""
    parse = _parsers(table)
    out = {k: v for k, v in fields.items() if k in table.c}
    for name, value in fields.items():
        if isinstance(value, str) and name in parse:
            out[name] = parse[name](value)
    return out


@functools.cache
def _parsers(table: Table) -> dict[str, Callable[[str], Any]]:
    """ISO text -> value, for the table's date and date-time columns."""
    out: dict[str, Callable[[str], Any]] = {}
    for col in table.columns:
        if isinstance(col.type, DateTime):
            out[col.name] = datetime.fromisoformat
        elif isinstance(col.type, Date):
            out[col.name] = date.fromisoformat
    return out
