"""Record fields on the wire: the same JSON form on both sides of sync.

A record travels as ``fields``: every column of its table except the bookkeeping ones (id,
version, timestamps, deleted, sync state, seq). Dates are ISO strings. `decode` turns wire fields
back into column values and checks every one strictly (type, length, vocabulary), raising
`FieldError` with a Chinese reason — the server quarantines such a record, never stores it.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    Select,
    String,
    Table,
    Text,
    cast,
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
    ("visit", "mode"): vocab.VISIT_MODES,
    ("visit", "status"): ("completed",),
    ("problem", "type"): vocab.PROBLEM_TYPES,
    ("measure", "code"): tuple(vocab.MEASURES),
    ("monitoring_event", "stage"): vocab.MONITOR_STAGES,
    ("monitoring_event", "monitor_type"): (None, *vocab.MONITOR_TYPES),
}
_RISK_LISTS = {("household", "risk_codes"), ("monitoring_event", "risk_codes")}


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
def _layout(table: Table) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(plain wire fields, JSON wire fields) of a table, each with its index in the row."""
    columns = list(table.columns.keys())
    json_cols = {c.name for c in table.columns if isinstance(c.type, JSON)}
    wire = WIRE_COLUMNS[table.name]
    plain = [(c, columns.index(c)) for c in wire if c not in json_cols]
    spliced = [(c, columns.index(c)) for c in wire if c in json_cols]
    return plain, spliced


def fields_json(table: Table, row: Sequence[Any]) -> str:
    """The wire fields of a row of :func:`raw_select` as a JSON object (what ``encode`` gives,
    serialised)."""
    plain, spliced = _layout(table)
    text = json.dumps(
        {c: jsonable(row[i]) for c, i in plain}, ensure_ascii=False, separators=(",", ":")
    )
    if not spliced:
        return text
    raw = ",".join(f'"{c}":{"null" if row[i] is None else row[i]}' for c, i in spliced)
    return f"{text[:-1]}{',' if plain else ''}{raw}}}"


def content_hash(fields: Mapping[str, Any]) -> str:
    """A stable digest of wire fields: equal content, equal hash."""
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Check = Callable[[Any], Any]


def _checker(name: str, kind: Any) -> Check:
    """The check of one column type: the value to store, or FieldError with the reason."""

    def fail(reason: str) -> FieldError:
        return FieldError(name, reason)

    if isinstance(kind, Boolean):

        def boolean(value: Any) -> Any:
            if not isinstance(value, bool):
                raise fail("应为是/否")
            return value

        return boolean
    if isinstance(kind, Integer):

        def integer(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
                raise fail("应为整数")
            return value

        return integer
    if isinstance(kind, Float):

        def number(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail("应为数字")
            return float(value)

        return number
    if isinstance(kind, DateTime):

        def timestamp(value: Any) -> Any:
            try:
                return datetime.fromisoformat(value).replace(tzinfo=None)
            except (TypeError, ValueError):
                raise fail("应为日期时间 (ISO 8601)") from None

        return timestamp
    if isinstance(kind, Date):

        def day(value: Any) -> Any:
            try:
                return date.fromisoformat(value)
            except (TypeError, ValueError):
                raise fail("应为日期 (YYYY-MM-DD)") from None

        return day
    if isinstance(kind, String | Text):
        limit = getattr(kind, "length", None)

        def text(value: Any) -> Any:
            if not isinstance(value, str):
                raise fail("应为文字")
            if limit and len(value) > limit:
                raise fail(f"超过 {limit} 个字")
            return value

        return text
    if isinstance(kind, JSON):
        return lambda value: value

    def unsupported(value: Any) -> Any:  # pragma: no cover
        raise fail("不支持的字段类型")

    return unsupported


@dataclass(frozen=True)
class _Field:
    name: str
    nullable: bool
    default: Any  # a column default (scalar or callable), or None
    check: Check
    enum: tuple[Any, ...] | None
    risk_list: bool
    uuid: bool

    def missing(self) -> Any:
        d = self.default
        if d is not None:
            return d.arg if d.is_scalar else d.arg(None)
        if not self.nullable:
            raise FieldError(self.name, "缺少必填字段")
        return None

    def value(self, value: Any) -> Any:
        if value is None:
            if not self.nullable:
                raise FieldError(self.name, "不能为空")
        else:
            value = self.check(value)
        if self.enum is not None and value not in self.enum:
            raise FieldError(self.name, f"取值无效：{value}")
        if self.risk_list and (
            not isinstance(value, list)
            or len(value) > vocab.MAX_RISK_SLOTS
            or any(c not in vocab.RISK_TYPES for c in value)
        ):
            raise FieldError(self.name, "风险类型代码无效")
        if self.uuid:
            _check_uuid(self.name, value)
        return value


@functools.cache
def _fields(table_name: str) -> tuple[_Field, ...]:
    table = _SERVER.metadata.tables[table_name]
    out = []
    for name in WIRE_COLUMNS[table_name]:
        col = table.columns[name]
        out.append(
            _Field(
                name,
                bool(col.nullable),
                col.default,
                _checker(name, col.type),
                _ENUMS.get((table_name, name)),
                (table_name, name) in _RISK_LISTS,
                name.endswith("_id") or name in ("revision_of", "root_id"),
            )
        )
    return tuple(out)


def decode(
    table_name: str,
    fields: Mapping[str, Any],
    *,
    partial: bool = False,
) -> dict[str, Any]:
    """Checked column values from wire fields. Unknown fields and bad values raise FieldError;
    missing required fields too, unless ``partial``."""
    specs = _fields(table_name)
    if len(fields) > len(specs) or not fields.keys() <= _ALLOWED[table_name]:
        unknown = sorted(set(fields) - _ALLOWED[table_name])
        raise FieldError(unknown[0], "未知字段")
    out: dict[str, Any] = {}
    for f in specs:
        if f.name in fields:
            out[f.name] = f.value(fields[f.name])
        elif not partial:
            out[f.name] = f.missing()
    return out


def _check_uuid(name: str, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or len(value) != 36 or value.count("-") != 4:
        raise FieldError(name, "应为 UUID")


def decode_lenient(table: Table, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for the device from fields the server sent (trusted, no vocab checks)."""
    parse = _parsers(table)
    out = dict(fields)
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
