"""Settings records (monitoring line, water and school thresholds, visit intervals) and resolution.

A record is ``{"key", "value", "year": int | None, "region": code | None, "note"}``. The county
server distributes them; ``resources/settings/defaults.json`` holds the bundled defaults.

Resolution for one household in one year (:func:`resolve_settings`), most specific wins:
region + year  >  region only  >  year only  >  global. A record whose year is set and differs,
or whose region is not in the household's region chain, does not apply. Among region records the
region nearer the household (earlier in ``region_codes``, grid first, county last) wins. Ties go
to the later record, so appending a record overrides an earlier one. A key with no applicable
record is absent (there is no fallback to another year: a missing monitoring line must be seen).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from gridworker.resources import resource_path


def _rank(record: Mapping[str, Any], year: int, regions: Sequence[str]) -> tuple[int, int] | None:
    """Specificity of ``record`` (higher wins), or None when it does not apply."""
    rec_year, rec_region = record.get("year"), record.get("region")
    if rec_year is not None and int(rec_year) != year:
        return None
    if rec_region is not None:
        if str(rec_region) not in regions:
            return None
        nearness = len(regions) - list(regions).index(str(rec_region))
        return (3 if rec_year is not None else 2, nearness)
    return (1 if rec_year is not None else 0, 0)


def resolve_settings(
    records: Iterable[Mapping[str, Any]], year: int, region_codes: Sequence[str]
) -> dict[str, Any]:
    """The value of every key for ``year`` and a household in ``region_codes`` (grid → county)."""
    best: dict[str, tuple[tuple[int, int], Any]] = {}
    regions = [str(code) for code in region_codes]
    for record in records:
        rank = _rank(record, year, regions)
        if rank is None:
            continue
        key = str(record["key"])
        if key not in best or rank >= best[key][0]:
            best[key] = (rank, record["value"])
    return {key: value for key, (_, value) in best.items()}


@cache
def _defaults() -> tuple[dict[str, Any], ...]:
    with resource_path("settings", "defaults.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(dict(record) for record in data)


def default_settings_records() -> list[dict[str, Any]]:
    """The bundled default records (fresh copies)."""
    return [dict(record) for record in _defaults()]


def default_setting_keys() -> frozenset[str]:
    """Every key that has a bundled default; checklists may use these in ``setting('…')``."""
    return frozenset(str(record["key"]) for record in _defaults())
