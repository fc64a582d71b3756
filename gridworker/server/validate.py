"""What a push is checked for before its transaction starts: each change's id belongs to the
calling device, appears once in the batch, and its fields are valid (`codec.check`: types,
vocabulary, date range, finite numbers, no NUL, bounded text and JSON). The transaction then
only looks records up and writes.

A change whose id is not the caller's is answered with a rejection that is never stored (its id
might be another device's: storing it would answer that device's real change later), and no
stored result is looked up for it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, select

from gridworker.checklist.settings import default_settings_records, resolve_settings
from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.wire import codec
from gridworker.wire.protocol import Change

LIMIT_KEYS = ("record_date_earliest", "record_date_years_ahead", "visit_backdate_max_days")
_DIGITS = re.compile(r"0|[1-9][0-9]{0,18}")


@dataclass(slots=True)
class Prepared:
    change: Change
    checked: codec.Checked | None = None
    code: str | None = None  # set: refused before the transaction
    reason: str | None = None
    own: bool = True  # the change id is the caller's: its result may be stored


def prepare(device_id: str, changes: list[Change], limits: codec.Limits) -> list[Prepared]:
    out: list[Prepared] = []
    seen: set[str] = set()
    for c in changes:
        p = Prepared(c)
        out.append(p)
        if not _own_id(c, device_id):
            p.code, p.reason, p.own = "invalid", "变更编号不属于此设备或格式不正确", False
            continue
        if c.change_id in seen:
            p.code, p.reason, p.own = "invalid", "同一批次中变更编号重复", False
            continue
        seen.add(c.change_id)
        try:
            checked = codec.check(c.table, c.fields, limits=limits)
            if c.table == "member" and checked.values.get("departure_reason") and not c.deleted:
                raise codec.FieldError("departure_reason", "写了离开原因的成员必须标为已离开")
            p.checked = checked
        except codec.FieldError as e:
            p.code, p.reason = "invalid", f"字段 {e.field} 无效：{e.reason}"
    return out


def _own_id(c: Change, device_id: str) -> bool:
    """Whether the change id is exactly "{device}:{record id}:{base version}:{local revision}"
    (sync.collect) for this device, this record and this base version."""
    parts = c.change_id.split(":")
    if len(parts) != 4 or parts[0] != device_id or parts[1] != c.id:
        return False
    base, rev = parts[2], parts[3]
    return base == str(c.base_version) and _DIGITS.fullmatch(rev) is not None


class _Cache:
    """The limits per engine, read again when the settings may have changed (the reference
    version moves with every change to settings, regions and checklists) or the day turns."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: dict[int, tuple[int, date, codec.Limits]] = {}

    def get(self, engine: Engine) -> codec.Limits:
        today = date.today()
        with db.read(engine) as conn:
            ref = db.current(conn, "ref")
        with self.lock:
            hit = self.entries.get(id(engine))
        if hit is not None and hit[:2] == (ref, today):
            return hit[2]
        limits = read_limits(engine, today)
        with self.lock:
            self.entries[id(engine)] = (ref, today, limits)
        return limits


_CACHE = _Cache()


def limits(engine: Engine) -> codec.Limits:
    return _CACHE.get(engine)


def read_limits(engine: Engine, today: date) -> codec.Limits:
    """The county's record limits (settings without a region), over the bundled defaults."""
    s = tb.T.setting
    with db.read(engine) as conn:
        rows = conn.execute(
            select(s.c.key, s.c.value, s.c.year, s.c.region).where(
                s.c.key.in_(LIMIT_KEYS), s.c.region.is_(None)
            )
        ).mappings()
        records: list[dict[str, Any]] = default_settings_records() + [dict(r) for r in rows]
    return codec.Limits.from_settings(resolve_settings(records, today.year, []), today)
