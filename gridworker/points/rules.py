"""Scoring rules as data: a versioned rule set (JSON, `resources/points/rules.schema.json`),
published by the county or a township with ``gridworker-server points publish`` as the setting
``points_rules`` — so it resolves by region and year as every setting does (a village may have
its own) and reaches devices with the other settings.

An award is a list of picks (an item, the level chosen or none for a fixed item, the member for
a per-member item); :func:`score` checks them against the rule set and the role awarding, and
caps each item per household and month (``cap``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from gridworker.resources import resource_path

SETTING = "points_rules"  # the setting that holds the rule set in force
SHOP_DEVICE = "points_shop_device"  # the setting naming a village's shop device (by region)
REVIEW = "points_review_required"  # awards wait for the village review before they count


class RulesError(ValueError):
    """A rule set or an award that breaks the rules; the message is Chinese."""


@dataclass(frozen=True)
class Level:
    name: str
    points: int


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    group: str
    per: str  # household / member
    points: int | None  # fixed points, or None when levels are chosen
    levels: tuple[Level, ...]
    cap: int | None
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Rules:
    version: str
    title: str
    point_value_yuan: float
    expiry_months: int | None
    items: tuple[Item, ...]
    raw: Mapping[str, Any]

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise RulesError(f"积分细则 {self.version} 中没有此项：{item_id}")

    def for_role(self, role: str) -> list[Item]:
        return [it for it in self.items if role in it.roles]


@cache
def rules_schema() -> dict[str, Any]:
    with resource_path("points", "rules.schema.json").open(encoding="utf-8") as fh:
        return dict(json.load(fh))


def load_rules(source: Path | Mapping[str, Any]) -> Rules:
    """A rule set from a file or a parsed mapping, checked against the schema."""
    if isinstance(source, Path):
        try:
            raw: Any = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise RulesError(f"无法读取积分细则：{e}") from None
    else:
        raw = source
    errors = sorted(
        jsonschema.Draft202012Validator(rules_schema()).iter_errors(raw),
        key=lambda e: list(map(str, e.absolute_path)),
    )
    if errors:
        where = "/".join(map(str, errors[0].absolute_path)) or "(根)"
        raise RulesError(f"积分细则不符合格式：{where}：{errors[0].message}")
    ids = [it["id"] for it in raw["items"]]
    if len(set(ids)) != len(ids):
        raise RulesError("积分细则中有重复的项目编号")
    items = tuple(
        Item(
            id=it["id"],
            name=it["name"],
            group=it.get("group", ""),
            per=it.get("per", "household"),
            points=it.get("points"),
            levels=tuple(Level(lv["name"], lv["points"]) for lv in it.get("levels", ())),
            cap=it.get("cap"),
            roles=tuple(it["roles"]),
        )
        for it in raw["items"]
    )
    return Rules(
        version=raw["version"],
        title=raw["title"],
        point_value_yuan=float(raw.get("point_value_yuan", 1)),
        expiry_months=raw.get("expiry_months"),
        items=items,
        raw=raw,
    )


def bundled_rules() -> Rules:
    return load_rules(resource_path("points", "rules-2026.json"))


def rules_in_force(settings: Mapping[str, Any]) -> Rules | None:
    """The rule set the resolved settings name (None: none published for this region)."""
    raw = settings.get(SETTING)
    return None if raw is None else load_rules(raw)


@dataclass(frozen=True)
class Pick:
    item: str
    level: str | None = None
    member_id: str | None = None


def score(
    rules: Rules,
    picks: Sequence[Pick],
    role: str,
    earned_this_month: Mapping[str, int] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """The ledger items of an award and its total. ``earned_this_month``: the household's
    counted and pending points per item this month so far (for the caps)."""
    earned = dict(earned_this_month or {})
    out: list[dict[str, Any]] = []
    for p in picks:
        it = rules.item(p.item)
        if role not in it.roles:
            raise RulesError(f"您的角色不能评“{it.name}”的积分")
        if it.points is not None:
            points = it.points
        else:
            found = [lv for lv in it.levels if lv.name == p.level]
            if not found:
                raise RulesError(f"“{it.name}”没有等级“{p.level or ''}”")
            points = found[0].points
        if it.cap is not None and earned.get(it.id, 0) + points > it.cap:
            had = earned.get(it.id, 0)
            raise RulesError(
                f"“{it.name}”本月最多 {it.cap} 分，已有 {had} 分，不能再加 {points} 分"
            )
        earned[it.id] = earned.get(it.id, 0) + points
        entry: dict[str, Any] = {"item": it.id, "name": it.name, "points": points}
        if p.level is not None:
            entry["level"] = p.level
        if p.member_id is not None:
            entry["member_id"] = p.member_id
        out.append(entry)
    if not out:
        raise RulesError("没有选择任何积分项目")
    return out, sum(e["points"] for e in out)


def item_totals(entries: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Points per rule item over award entries' ``items``."""
    out: dict[str, int] = {}
    for e in entries:
        for it in e.get("items") or ():
            out[str(it.get("item"))] = out.get(str(it.get("item")), 0) + int(it.get("points", 0))
    return out
