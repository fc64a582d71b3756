"""Three-way merge of a household/member edit made on a stale base version.

The server keeps a snapshot of every superseded version (``record_history``). A device's change
names the version it started from; for each field:

- the device left it as in the base → the server's current value stays;
- only the device changed it (or both made the same change) → the device's value;
- both changed it differently → the later arrival (this change) applies and a conflict lists
  both values. Nothing is lost: the replaced value is in the conflict row and in the history.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_MISSING = object()


def merge(
    base: Mapping[str, Any] | None, current: Mapping[str, Any], incoming: Mapping[str, Any]
) -> tuple[dict[str, Any], list[tuple[str, Any, Any]]]:
    """(merged fields, [(field, server value, device value)] for same-field conflicts)."""
    merged = dict(current)
    conflicts: list[tuple[str, Any, Any]] = []
    for field, dv in incoming.items():
        sv = current.get(field)
        bv = base.get(field, _MISSING) if base is not None else _MISSING
        if dv == bv:
            continue
        if sv in (bv, dv):
            merged[field] = dv
            continue
        merged[field] = dv
        conflicts.append((field, sv, dv))
    return merged, conflicts
