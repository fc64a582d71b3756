"""爱心超市 积分制 in the report core: points awarded and redeemed per village and period,
households never scored, the shop's stock and its value, donations, and the 五公开 lists
(donations received, item values, scoring rules, points awarded, redemptions) — never an ID
number. Dialect-neutral, like every report: the server over the county, a township user's app
over its own store.

    r = build_points_report(conn, tables, "340621104", Period.parse("2026-11"))
    points_sheets(r)   # the tables for Excel (reports.xlsx.export_sheets) and print
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, case, exists, func, select

from gridworker import vocab
from gridworker.checklist.settings import resolve_settings
from gridworker.points.rules import SETTING, RulesError, load_rules
from gridworker.regions import ancestors
from gridworker.reports.base import region_names, settings_records
from gridworker.reports.layout import Sheet
from gridworker.reports.period import Period
from gridworker.schema import Tables
from gridworker.sql import within


@dataclass
class VillageRow:
    code: str
    name: str
    households: int = 0
    scored: int = 0  # households awarded in the period
    awarded: int = 0  # points that count, awarded (or approved) in the period
    pending: int = 0  # points awaiting the village review
    redeemed: int = 0
    never_scored: int = 0  # households with no award ever
    stock_value: float = 0.0  # 元, the shop's stock now
    donations: float = 0.0  # 元 received in the period


@dataclass
class PointsReport:
    region: str
    region_name: str
    period: Period
    villages: list[VillageRow] = field(default_factory=list)
    never_scored: list[list[Any]] = field(default_factory=list)  # 户编号, 户主, 村
    awarded: list[list[Any]] = field(default_factory=list)  # per household: 户编号, 户主, 分
    redemptions: list[list[Any]] = field(default_factory=list)
    donations: list[list[Any]] = field(default_factory=list)
    items: list[list[Any]] = field(default_factory=list)
    rules: list[list[Any]] = field(default_factory=list)
    rules_title: str = ""

    @property
    def title(self) -> str:
        return f"{self.region_name} 爱心超市积分{self.period.title}报告"


def build_points_report(
    conn: Connection, t: Tables, region: str, period: Period, *, lists: bool = True
) -> PointsReport:
    """The figures per village; with ``lists`` also the 五公开 lists of households (a village's
    board; for a whole township they are long and asked for on their own)."""
    names = region_names(conn, region)
    r = PointsReport(region, names.get(region, region), period)
    h, e = t.household, t.points_entry
    village = func.substr(h.c.grid_code, 1, 12)
    live = and_(within(h.c.grid_code, region), h.c.deleted.is_(False))
    in_period = and_(
        e.c.entry_date >= period.start, e.c.entry_date <= period.end, e.c.deleted.is_(False)
    )
    villages: dict[str, VillageRow] = {}

    def row(code: str) -> VillageRow:
        if code not in villages:
            villages[code] = VillageRow(code, names.get(code, code))
        return villages[code]

    b = t.metadata.tables["points_balance"]
    # the households of each village, and how many were never scored (an index probe per
    # household in ix_points_entry_household)
    scored_ever = exists().where(e.c.household_id == h.c.id, e.c.kind == "award")
    q = (
        select(village, func.count(), func.sum(case((scored_ever, 0), else_=1)))
        .where(live)
        .group_by(village)
    )
    for code, n, never in conn.execute(q):
        row(code).households, row(code).never_scored = int(n), int(never or 0)
    # the period's entries of the region's households: each household's from the covering
    # index ix_points_entry_household (household_id, entry_date, kind, points, pending, ...)
    counted = and_(e.c.kind.in_(("award", "approve")), e.c.pending.is_(False))
    awarded = func.sum(case((counted, e.c.points), else_=0))
    redeemed = func.sum(case((e.c.kind == "redeem", -e.c.points), else_=0))
    joined = h.join(e, e.c.household_id == h.c.id)
    q2 = (
        select(
            village,
            awarded,
            redeemed,
            func.count(func.distinct(case((e.c.kind == "award", e.c.household_id)))),
            func.sum(case((e.c.pending.is_(True), 1), else_=0)),
        )
        .select_from(joined)
        .where(live, in_period)
        .group_by(village)
    )
    review = False  # any award in the period under review (answered or not)
    for code, a, red, scored, pend in conn.execute(q2):
        v = row(code)
        v.awarded, v.redeemed, v.scored = int(a or 0), int(red or 0), int(scored or 0)
        review = review or bool(pend)
    # awards still waiting for the village review (few: only where the review is on)
    q4 = (
        select(e.c.id, e.c.points, village)
        .join(h, h.c.id == e.c.household_id)
        .where(in_period, live, e.c.kind == "award", e.c.pending.is_(True))
    )
    waiting = list(conn.execute(q4)) if review else []
    if waiting:
        ids = [w[0] for w in waiting]
        answered = set(
            conn.execute(
                select(e.c.ref_id).where(
                    e.c.ref_id.in_(ids), e.c.kind.in_(("approve", "reject")), e.c.deleted.is_(False)
                )
            ).scalars()
        )
        for rid, pts, code in waiting:
            if rid not in answered:
                row(code).pending += int(pts)
    _shop(conn, t, r, region, period, row, names)
    r.villages = [villages[c] for c in sorted(villages)]
    for v in r.villages:
        v.stock_value = round(v.stock_value, 2)
    _rules(conn, r, region, period)
    if not lists:
        return r
    # the lists (a village's 五公开 board; a township's in full on request)
    q3 = (
        select(h.c.number, h.c.head_name, village, awarded, redeemed, func.max(b.c.balance))
        .select_from(joined.outerjoin(b, b.c.household_id == h.c.id))
        .where(live, in_period)
        .group_by(h.c.id, h.c.number, h.c.head_name, village)
        .order_by(h.c.number)
    )
    r.awarded = [
        [num, name, names.get(v, v), int(a or 0), int(red or 0), int(bal or 0)]
        for num, name, v, a, red, bal in conn.execute(q3)
    ]
    q6 = select(h.c.number, h.c.head_name, village).where(live, ~scored_ever)
    r.never_scored = [
        [num, name, names.get(v, v)] for num, name, v in conn.execute(q6.order_by(h.c.number))
    ]
    q5 = (
        select(
            e.c.entry_date,
            e.c.household_number,
            e.c.household_name,
            e.c["items"],
            e.c.points,
            e.c.worker_name,
            village,
        )
        .select_from(e.join(h, h.c.id == e.c.household_id))
        .where(in_period, live, e.c.kind == "redeem")
        .order_by(e.c.entry_date, e.c.household_number)
    )
    for day, num, name, items, pts, worker, v in conn.execute(q5):
        goods = "、".join(f"{it.get('name', '')}×{it.get('quantity', 0)}" for it in items or ())
        r.redemptions.append([str(day), num, name, names.get(v, v), goods, -int(pts), worker])
    return r


def _shop(
    conn: Connection,
    t: Tables,
    r: PointsReport,
    region: str,
    period: Period,
    row: Any,
    names: dict[str, str],
) -> None:
    i, m = t.shop_item, t.stock_move
    s = t.metadata.tables["stock_level"]
    q = (
        select(
            i.c.village_code,
            i.c.name,
            i.c.unit,
            i.c.price,
            i.c.value,
            func.coalesce(s.c.quantity, 0),
        )
        .outerjoin(s, s.c.item_id == i.c.id)
        .where(within(i.c.village_code, region), i.c.deleted.is_(False))
        .order_by(i.c.village_code, i.c.price, i.c.name)
    )
    for v, name, unit, price, value, qty in conn.execute(q):
        row(v).stock_value += float(value) * int(qty)
        r.items.append(
            [
                names.get(v, v),
                name,
                unit,
                int(price),
                float(value),
                int(qty),
                round(float(value) * int(qty), 2),
            ]
        )
    q2 = (
        select(
            m.c.move_date, m.c.village_code, m.c.kind, m.c.donor, i.c.name, m.c.quantity, m.c.value
        )
        .join(i, i.c.id == m.c.item_id)
        .where(
            within(m.c.village_code, region),
            m.c.kind.in_(("donation", "purchase")),
            m.c.move_date >= period.start,
            m.c.move_date <= period.end,
            m.c.deleted.is_(False),
        )
        .order_by(m.c.move_date, m.c.village_code)
    )
    for day, v, kind, donor, name, qty, value in conn.execute(q2):
        row(v).donations += float(value or 0) if kind == "donation" else 0.0
        r.donations.append(
            [
                str(day),
                names.get(v, v),
                vocab.STOCK_KIND_NAMES[kind],
                donor or "",
                name,
                int(qty),
                float(value or 0),
            ]
        )


def _rules(conn: Connection, r: PointsReport, region: str, period: Period) -> None:
    raw = resolve_settings(settings_records(conn), period.start.year, ancestors(region)).get(
        SETTING
    )
    if raw is None:
        return
    try:
        rules = load_rules(raw)
    except RulesError:
        return
    r.rules_title = f"{rules.title}（版本 {rules.version}）"
    for it in rules.items:
        how = (
            f"{it.points} 分"
            if it.points is not None
            else "；".join(f"{lv.name} {lv.points} 分" for lv in it.levels)
        )
        per = "每人" if it.per == "member" else "每户"
        r.rules.append(
            [
                it.group,
                it.name,
                per,
                how,
                it.cap or "",
                "、".join(vocab.ROLES[x].title for x in it.roles if x in vocab.ROLES),
            ]
        )


def points_sheets(r: PointsReport) -> list[Sheet]:
    """The report's tables (Chinese headers), for Excel and print alike."""
    return [
        Sheet(
            "各村积分",
            [
                "村",
                "户数",
                "本期得分户数",
                "本期积分",
                "待评议积分",
                "本期兑换积分",
                "从未得分户数",
                "库存价值（元）",
                "本期捐赠（元）",
            ],
            [
                [
                    v.name,
                    v.households,
                    v.scored,
                    v.awarded,
                    v.pending,
                    v.redeemed,
                    v.never_scored,
                    v.stock_value,
                    round(v.donations, 2),
                ]
                for v in r.villages
            ],
        ),
        Sheet(
            "公开·积分情况", ["户编号", "户主", "村", "本期积分", "本期兑换", "现有积分"], r.awarded
        ),
        Sheet(
            "公开·兑换情况",
            ["日期", "户编号", "户主", "村", "兑换物品", "积分", "经办人"],
            r.redemptions,
        ),
        Sheet(
            "公开·捐赠与采购",
            ["日期", "村", "方式", "捐赠人", "物品", "数量", "价值（元）"],
            r.donations,
        ),
        Sheet(
            "公开·物品价值",
            ["村", "物品", "单位", "兑换积分", "单价（元）", "库存", "库存价值（元）"],
            r.items,
        ),
        Sheet(
            f"公开·积分细则 {r.rules_title}"[:31] if r.rules_title else "公开·积分细则",
            ["类别", "项目", "对象", "分值", "每月上限", "评分人"],
            r.rules,
        ),
        Sheet("从未得分的户", ["户编号", "户主", "村"], r.never_scored),
    ]
