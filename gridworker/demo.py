"""A deterministic, realistic demo county: 濉溪县 with households, members, visits and follow-up.

``generate(households, seed, today)`` returns plain dicts ready for the store; the same seed and
``today`` always give the same county. For large runs iterate ``iter_households`` (one bundle per
household, constant memory) after ``plan_county`` (regions, grids and demo users).

Conventions of the generated data
- Region tree: the 11 rural towns only (the two parks have no villages under screening);
  villages 2xx under each town, grids of 20–100 households (``gridworker.regions``).
- 户编号 ``number``: the 14-digit grid code + a 3-digit sequence in the grid (17 digits).
- Top-level dates (visit_date, opened_on, resolved_on, start_date, event_date) are ``date``
  objects (the store's Date columns); dates inside ``answers`` are ISO strings (JSON).
- "No value" is ``None`` (text and enum fields), months are 0 when not working.
- Answers of different visits share unchanged member-fact dicts: treat them as read-only.
- Small children not in 学前教育 get 文化程度 ``PRESCHOOL_EDUCATION`` (文盲或半文盲), so every
  member has exactly one of 文化程度 / 在校生状况 as the checklist requires.
- Visits are filled as the checklist 2022.1 expects (``resources/checklists``); heads "sign" by
  thumbprint (no signature images). The bundled engine finds no field errors in them.
- Open problems are exactly the checklist's problem flags on each household's latest visit
  (default settings, water 35 L); a few more were opened earlier and resolved since.
- Member facts in earlier visits are today's roster facts (school grades are not rolled back),
  except deliberate changes: a job lost (risk 07, seen at the latest visit) and an insurance
  gap closed (a resolved 基本医疗 problem).
- Users: ``admin`` (county), ``tw`` + the town's 3-digit suffix (``tw104``), ``gw`` + the grid
  code without the county prefix (``gw10420101``); all with ``DEMO_PASSWORD``.
- Speed: ~9 s CPU for 30,000 households; ``generate`` holds everything (~400 MB at 30,000),
  ``iter_households`` streams (300,000 households ≈ 90 s, constant memory).
"""

from __future__ import annotations

import gc
import random
import uuid
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, Generic, TypeVar

from gridworker import vocab
from gridworker.regions import SUIXI_COUNTY, SUIXI_COUNTY_NAME, SUIXI_TOWNS, Level, child_code
from gridworker.residentid import build

__all__ = [
    "DEMO_PASSWORD",
    "SUDDEN_EVENTS",
    "CountyPlan",
    "DemoCounty",
    "GridPlan",
    "HouseholdBundle",
    "generate",
    "iter_households",
    "plan_county",
]

Row = dict[str, Any]
T = TypeVar("T")
DEMO_PASSWORD = "demo1234"
CHECKLIST_VERSION = "2022.1"
ID_TYPE = "居民身份证"
ADDRESS_CODE = SUIXI_COUNTY
# 突发情况 choices of the checklist (multi-select) and the risk code each one suggests.
SUDDEN_EVENTS = {
    "重大疾病": "01",
    "新增残疾": "03",
    "自然灾害": "02",
    "意外事故": "05",
    "失业": "07",
    "产业失败": "06",
    "主要劳动力丧失": "04",
}
_EVENT_OF_RISK = {code: event for event, code in SUDDEN_EVENTS.items()}
# 文化程度 of a small child not in 学前教育: the checklist wants exactly one of 文化程度 /
# 在校生状况 for everyone, and vocab.EDUCATION has no 学龄前儿童, so the closest label is used.
PRESCHOOL_EDUCATION = "文盲或半文盲"
HISTORY_DAYS = 240  # earlier visits fall in the ~8 months before today


# --------------------------------------------------------------------------- weighted tables
class _Table(Generic[T]):
    """Values with weights; ``pick(rng)`` is one bisect on precomputed cumulative weights."""

    __slots__ = ("cum", "total", "values")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect(self.cum, rng.random() * self.total)]


def _even(values: str | Sequence[str]) -> _Table[str]:
    items = values.split() if isinstance(values, str) else values
    return _Table([(v, 1.0) for v in items])


SURNAMES = _Table(
    [
        (s, float(w))
        for w, names in (
            (70, "王 李 张"),
            (60, "刘"),
            (30, "孙 陈 杨 赵"),
            (20, "周 吴 徐 胡 朱 高 郭 马 韩"),
            (10, "黄 林 何 罗 梁 宋 郑 谢 唐 冯 于 董 程 曹"),
            (10, "袁 邓 许 吕 丁 魏 杜 郝 孔 秦 史 侯 孟 武"),
            (5, "萧 傅 沈 彭 苏 卢 蒋 蔡 贾 薛 叶 阎 余 潘 戴 夏 汪 田 任 姜 范 方 石 姚 白 崔"),
            (2, "常 葛 乔 曾 单 翟 解 仇 钟 谭 廖 邹 熊 金 陆 康 毛 邱 江 顾 邵 龙 万 段 雷 钱"),
            (1, "汤 尹 贺 龚 文"),
        )
        for s in names.split()
    ]
)
# Given names by generation (born before 1960, 1960–1989, 1990 on) and sex.
GIVEN_NAMES = {
    (0, "男"): _even(
        "建国 国庆 德华 德明 守义 志刚 长林 学文 玉山 广才 振华 忠 福 贵 林 明 永昌 "
        "金山 宝贵 继先 树林 洪 成 家福 士英 全友 传富 开山 道明 保安 庆云 世杰"
    ),
    (0, "女"): _even(
        "秀兰 桂英 玉兰 秀英 凤英 桂兰 素芳 春梅 兰英 翠花 淑珍 秀珍 玉梅 凤兰 金花 "
        "巧云 荣 英 兰 芳 桂芝 玉珍 秀荣 素英 爱华"
    ),
    (1, "男"): _even(
        "伟 强 磊 军 勇 杰 涛 斌 超 明 刚 建军 海涛 红军 卫东 志强 小龙 晓东 春雷 "
        "永强 国栋 文斌 海洋 俊杰 东升 新民 红旗 利民 大伟"
    ),
    (1, "女"): _even(
        "丽 娟 敏 静 燕 艳 霞 芳 红梅 丽娟 海燕 晓红 春燕 玉霞 秀云 小芳 美玲 雪梅 "
        "丽华 红霞 慧 萍 翠 莉 桂香"
    ),
    (2, "男"): _even(
        "浩 宇 子豪 浩然 梓轩 宇轩 俊熙 一鸣 天佑 博文 泽宇 鹏 晨阳 昊天 思远 家乐 "
        "明轩 嘉豪 睿 子墨 宇航 奕辰 皓轩 文博"
    ),
    (2, "女"): _even(
        "欣怡 梓涵 雨涵 子萱 诗涵 可馨 佳怡 梦瑶 思琪 雨欣 一诺 婷 悦 晨曦 若汐 语桐 "
        "佳琪 紫涵 梓萱 心怡 雨桐 欣然"
    ),
}
VILLAGE_HEADS = _even(
    "张 王 李 刘 陈 杨 赵 周 吴 徐 孙 胡 朱 高 郭 马 韩 何 魏 丁 杜 邵 许 宋 蔡 "
    "任 前 后 东 西 南 北 大 小 新 老 双 黄 青 柳 杨柳 油榨 海孜 石桥 沙河 白沙 "
    "红旗 永兴 丰收 和平 龙山 凤凰 岳"
)
VILLAGE_TAILS = _even(
    "庄 楼 集 圩 湖 营 寨 桥 店 园 沟 湾 台 口 岗 窑 塘 场 家 圈 庙 林 涧 阁 寺 里"
)
DIRECTIONS = "前后东西南北大小"

EMPLOYERS = {
    "乡镇内": _even(
        [
            "{town}{village}种植专业合作社",
            "{town}农机服务站",
            "{town}建筑队",
            "{town}粮食收储点",
            "{town}家庭农场",
            "{town}蔬菜大棚基地",
        ]
    ),
    "乡镇外县内": _even(
        [
            "濉溪经济开发区食品有限公司",
            "濉溪芜湖现代产业园区电子厂",
            "淮北矿业临涣选煤厂",
            "濉溪县城建筑工地",
            "濉溪县物流园",
            "口子酒业包装车间",
        ]
    ),
    "县外省内": _even(
        [
            "淮北市相山区物流公司",
            "合肥经开区电子有限公司",
            "宿州埇桥鞋业有限公司",
            "蚌埠玻璃制品厂",
            "芜湖汽车配件有限公司",
            "合肥建筑劳务有限公司",
        ]
    ),
    "省外": _even(
        [
            "江苏昆山电子有限公司",
            "江苏苏州精密机械有限公司",
            "浙江宁波模具厂",
            "浙江义乌小商品城商户",
            "上海建筑劳务有限公司",
            "上海物流配送站",
            "江苏南京装修队",
            "浙江杭州服装厂",
            "广东东莞电子厂",
            "北京家政服务公司",
        ]
    ),
    "国外": _even(["新加坡建筑劳务公司", "日本研修实习", "阿联酋工程项目"]),
}
MONTHLY_WAGE = {
    "乡镇内": (1500, 3000),
    "乡镇外县内": (2200, 4000),
    "县外省内": (3200, 5500),
    "省外": (4200, 7500),
    "国外": (6000, 11000),
}
WORK_LOCATIONS = _Table(
    [("乡镇内", 20), ("乡镇外县内", 28), ("县外省内", 17), ("省外", 34), ("国外", 1)]
)
WELFARE_JOBS = _even("保洁员 护林员 护路员 水管员 安全巡查员 光伏公益岗 村级服务员")
DISABILITY_KINDS = _Table(
    [("肢体", 45), ("视力", 12), ("听力", 12), ("言语", 3), ("智力", 10), ("精神", 10), ("多重", 8)]
)
PHONE_PREFIXES = _even(
    "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 "
    "159 166 176 177 180 181 182 183 185 186 187 188 189 191 198 199"
)
# 文化程度 of people out of school, by birth cohort.
EDUCATION_BY_COHORT = (
    (1950, _Table([("文盲或半文盲", 50), ("小学", 38), ("初中", 10), ("高中", 2)])),
    (1965, _Table([("文盲或半文盲", 22), ("小学", 45), ("初中", 27), ("高中", 6)])),
    (1980, _Table([("文盲或半文盲", 4), ("小学", 25), ("初中", 54), ("高中", 13), ("大专", 4)])),
    (1995, _Table([("小学", 6), ("初中", 50), ("高中", 24), ("大专", 12), ("本科及以上", 8)])),
    (9999, _Table([("小学", 2), ("初中", 34), ("高中", 32), ("大专", 20), ("本科及以上", 12)])),
)
TOWN_WEIGHTS = {
    "100": 1.6,
    "101": 1.0,
    "102": 1.0,
    "103": 1.0,
    "104": 1.3,
    "105": 0.9,
    "106": 0.8,
    "107": 1.0,
    "108": 0.9,
    "109": 0.9,
    "110": 0.8,
}
COMPOSITIONS = ("single", "elder_couple", "nuclear", "stem", "with_parents", "single_parent")
COMPOSITION_WEIGHTS = {
    "普通农户": _Table(list(zip(COMPOSITIONS, (9, 16, 31, 30, 9, 5), strict=True))),
    "脱贫户": _Table(list(zip(COMPOSITIONS, (20, 22, 18, 28, 6, 6), strict=True))),
}
RISK_REMARKS = {
    "01": "家庭成员患病，医疗支出较大",
    "02": "遭受自然灾害，农作物减产",
    "03": "家庭成员残疾，劳动能力弱",
    "04": "家中缺少劳动力",
    "05": "家庭成员意外受伤，短期内无法务工",
    "06": "养殖项目亏损",
    "07": "务工不稳定，收入下降",
    "09": "子女上学支出较大",
    "99": "其他原因导致生活困难",
}
DISASTERS = _Table([("0201", 55), ("0203", 25), ("0205", 15), ("0204", 5)])
MEASURE_TEXT = {
    "100A39": "发放产业奖补资金，发展种养殖",
    "100A40": "推荐就业岗位，落实务工交通补助",
    "100A41": "办理脱贫人口小额信贷",
    "100A42": "安排乡村公益岗位",
    "100A45": "落实家庭医生签约和慢病卡",
    "100A46": "落实义务教育资助",
    "100A47": "落实雨露计划职业教育补助",
    "100A48": "纳入低保或特困供养",
    "100A50": "实施危房改造",
    "100A51": "解决安全饮水问题",
    "100A52": "结对帮扶、社会捐助",
}


# --------------------------------------------------------------------------- plan
@dataclass(frozen=True)
class GridPlan:
    code: str
    number: int  # grid number in the village, also the 村民小组 number in addresses
    size: int
    village_name: str
    town_name: str
    worker_name: str
    worker_phone: str


@dataclass
class CountyPlan:
    regions: list[Row]
    grids: list[GridPlan]
    users: list[Row]


@dataclass
class HouseholdBundle:
    household: Row
    members: list[Row]
    visits: list[Row] = field(default_factory=list)
    problems: list[Row] = field(default_factory=list)
    measures: list[Row] = field(default_factory=list)
    monitoring_events: list[Row] = field(default_factory=list)


@dataclass
class DemoCounty:
    regions: list[Row] = field(default_factory=list)
    households: list[Row] = field(default_factory=list)
    members: list[Row] = field(default_factory=list)
    visits: list[Row] = field(default_factory=list)
    problems: list[Row] = field(default_factory=list)
    measures: list[Row] = field(default_factory=list)
    monitoring_events: list[Row] = field(default_factory=list)
    users: list[Row] = field(default_factory=list)
    # 爱心超市: each village's shop (items, donations in, redemptions out) and a month of points
    points_entries: list[Row] = field(default_factory=list)
    shop_items: list[Row] = field(default_factory=list)
    stock_moves: list[Row] = field(default_factory=list)


def _source(note: str) -> str:
    """A demo clue's note as its source (vocab.CLUE_SOURCES)."""
    return "网格员走访" if note.startswith("网格员") else note


def _rng(seed: int, stream: str) -> random.Random:
    return random.Random(f"gridworker-demo:{seed}:{stream}")  # str seeds hash stably (sha512)


def _grid_sizes(total: int, rng: random.Random) -> list[int]:
    """Sizes of 20–100 that add up to ``total`` (a single smaller grid when total < 20)."""
    sizes: list[int] = []
    remaining = total
    while remaining > 0:
        if remaining <= 100:
            if remaining >= 20 or not sizes:
                sizes.append(remaining)
            else:  # spread a small rest over earlier grids
                i = 0
                while remaining:
                    j = i % len(sizes)
                    if sizes[j] < 100:
                        sizes[j] += 1
                        remaining -= 1
                    i += 1
            break
        size = min(int(rng.triangular(20, 100, 45)), remaining - 20)
        sizes.append(size)
        remaining -= size
    return sizes


def _person_name(rng: random.Random, sex: str, birth_year: int, surname: str | None = None) -> str:
    generation = 0 if birth_year < 1960 else 1 if birth_year < 1990 else 2
    return (surname or SURNAMES.pick(rng)) + GIVEN_NAMES[generation, sex].pick(rng)


def plan_county(households: int, seed: int = 1) -> CountyPlan:
    """Regions, grid sizes and demo users for ``households`` households."""
    rng = _rng(seed, "plan")
    sizes = _grid_sizes(households, rng)
    towns = list(SUIXI_TOWNS)
    weights = _Table([(code, TOWN_WEIGHTS[code[-3:]]) for code in towns])
    first = towns[:]
    rng.shuffle(first)
    by_town: dict[str, list[int]] = {code: [] for code in towns}
    for i, size in enumerate(sizes):  # every town gets a grid before any gets a second
        by_town[first[i] if i < len(first) else weights.pick(rng)].append(size)

    regions: list[Row] = [_region(SUIXI_COUNTY, SUIXI_COUNTY_NAME, None)]
    users: list[Row] = [
        _user("admin", "county_admin", SUIXI_COUNTY, "县乡村振兴局管理员"),
        _user("xian", "county", SUIXI_COUNTY, "县乡村振兴局审定"),  # decides cases
    ]
    grids: list[GridPlan] = []
    used_names: set[str] = set()
    for town in towns:
        town_name = SUIXI_TOWNS[town]
        regions.append(_region(town, town_name, SUIXI_COUNTY))
        users.append(_user(f"tw{town[-3:]}", "township", town, f"{town_name}工作人员"))
        town_sizes = by_town[town]
        village_no = 200
        while town_sizes:
            n_grids = min(rng.randint(3, 9), len(town_sizes))
            village_no += 1
            village = child_code(town, village_no)
            village_name = _village_name(rng, used_names)
            regions.append(_region(village, village_name, town))
            users.append(_user(f"cun{village[6:]}", "village", village, f"{village_name}村干部"))
            for g in range(1, n_grids + 1):
                grid = child_code(village, g)
                regions.append(_region(grid, f"第{g}网格", village))
                birth_year = rng.randint(1968, 1998)
                worker = _person_name(rng, "男" if rng.random() < 0.6 else "女", birth_year)
                phone = PHONE_PREFIXES.pick(rng) + f"{rng.randrange(10**8):08d}"
                grids.append(
                    GridPlan(grid, g, town_sizes.pop(), village_name, town_name, worker, phone)
                )
                users.append(_user(f"gw{grid[6:]}", "grid_worker", grid, worker))
    return CountyPlan(regions, grids, users)


def _region(code: str, name: str, parent: str | None) -> Row:
    level = {6: Level.COUNTY, 9: Level.TOWNSHIP, 12: Level.VILLAGE, 14: Level.GRID}[len(code)]
    return {"code": code, "name": name, "level": level.value, "parent_code": parent}


def _user(username: str, role: str, scope: str, display: str) -> Row:
    return {
        "username": username,
        "password": DEMO_PASSWORD,
        "role": role,
        "scope_code": scope,
        "display_name": display,
    }


def _village_name(rng: random.Random, used: set[str]) -> str:
    for attempt in range(40):
        name = VILLAGE_HEADS.pick(rng) + VILLAGE_TAILS.pick(rng) + "村"
        if attempt >= 20:
            name = rng.choice(DIRECTIONS) + name
        if name not in used:
            used.add(name)
            return name
    n = 2
    while f"{name[:-1]}{n}村" in used:
        n += 1
    used.add(f"{name[:-1]}{n}村")
    return f"{name[:-1]}{n}村"


# --------------------------------------------------------------------------- households
def iter_households(
    households: int,
    seed: int = 1,
    today: date | None = None,
    plan: CountyPlan | None = None,
    history_days: int = HISTORY_DAYS,
) -> Iterator[HouseholdBundle]:
    """Yield one bundle per household, grid by grid (pass ``plan`` to reuse one).

    ``history_days``: the earlier visits fall in that many days before today, as many per
    household as the default ~8 months have, scaled by the length (a county-size data set of
    3,000,000 visits for 300,000 households: ``history_days=790``, about two years)."""
    plan = plan or plan_county(households, seed)
    maker = _HouseholdMaker(_rng(seed, "households"), today or date.today(), history_days)
    for grid in plan.grids:
        for index in range(1, grid.size + 1):
            yield maker.household(grid, index)


def generate(households: int, seed: int = 1, today: date | None = None) -> DemoCounty:
    plan = plan_county(households, seed)
    county = DemoCounty(regions=plan.regions, users=plan.users)
    # Millions of acyclic dicts: the cyclic collector would only rescan them, again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for b in iter_households(households, seed, today, plan):
            county.households.append(b.household)
            county.members.extend(b.members)
            county.visits.extend(b.visits)
            county.problems.extend(b.problems)
            county.measures.extend(b.measures)
            county.monitoring_events.extend(b.monitoring_events)
    finally:
        if collecting:
            gc.enable()
    _shops(county, seed, today or date.today())
    return county


# Every key of a demo ledger entry and stock move (uniform rows for executemany).
_ENTRY: Row = dict.fromkeys(("member_id", "ref_id", "visit_id", "confirmed_by", "note"))
_MOVE: Row = {
    **dict.fromkeys(("counted", "value", "donor", "entry_id", "reason")),
    "worker": "",
    "worker_name": "",
}
SHOP_GOODS = (("食用油", "桶", 50, 50.0), ("洗衣粉", "袋", 5, 5.0), ("毛巾", "条", 1, 1.0))


def _shops(county: DemoCounty, seed: int, today: date) -> None:
    """Each village's 爱心超市 (three goods, a donation of each) and points: a hygiene award
    for every third household this month, and a redemption of one 毛巾 where one was earned."""
    rng = _rng(seed, "points")

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    first = today.replace(day=1)
    villages = [r["code"] for r in county.regions if r["level"] == Level.VILLAGE.value]
    items: dict[str, str] = {}
    for v in villages:
        for name, unit, price, value in SHOP_GOODS:
            iid = uid()
            items[v] = iid  # (the redemptions take the last: 毛巾)
            county.shop_items.append(
                {
                    "id": iid,
                    "village_code": v,
                    "name": name,
                    "unit": unit,
                    "price": price,
                    "value": value,
                    "active": True,
                }
            )
            county.stock_moves.append(
                {
                    **_MOVE,
                    "id": uid(),
                    "village_code": v,
                    "item_id": iid,
                    "kind": "donation",
                    "move_date": first,
                    "quantity": 20,
                    "value": 20 * value,
                    "donor": "爱心企业",
                }
            )
    for i, h in enumerate(county.households):
        if i % 3:
            continue
        levels = [("好", 3), ("较好", 2), ("一般", 1)]
        picks = [(k, *levels[rng.randrange(3)]) for k in ("bedroom", "kitchen", "yard")]
        award = {
            **_ENTRY,
            "id": uid(),
            "household_id": h["id"],
            "household_number": h["number"],
            "household_name": h.get("head_name", ""),
            "kind": "award",
            "entry_date": first,
            "points": sum(p for _, _, p in picks),
            "pending": False,
            "rules_version": "2026.1",
            "items": [{"item": k, "level": lv, "points": p} for k, lv, p in picks],
            "worker": "",
            "worker_name": "",
        }
        county.points_entries.append(award)
        village = h["grid_code"][:12]
        if i % 2 == 0 and village in items:
            entry = uid()
            county.points_entries.append(
                {
                    **award,
                    "id": entry,
                    "kind": "redeem",
                    "points": -1,
                    "rules_version": None,
                    "items": [
                        {"item_id": items[village], "name": "毛巾", "quantity": 1, "price": 1}
                    ],
                }
            )
            county.stock_moves.append(
                {
                    **_MOVE,
                    "id": uid(),
                    "village_code": village,
                    "item_id": items[village],
                    "kind": "redeem",
                    "move_date": first,
                    "quantity": -1,
                    "entry_id": entry,
                }
            )


_FACT_KEYS = vocab.MEMBER_FIELDS
_UUID_MASK = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)
_LAST_VISIT = -1
_LABOUR = ("普通劳动力", "技能劳动力", "弱劳动力或半劳动力")
_BEYOND_COMPULSORY = ("普通高中", "中职", "高职", "技师学院", "大专", "本科及以上")


@dataclass
class _Person:
    relationship: str
    sex: str
    age: int
    surname: str | None = None  # None: a surname of their own
    row: Row = field(default_factory=dict)
    birth: date = date.min
    facts: Row = field(default_factory=dict)  # the checklist's member facts, from ``row``
    earlier: Row | None = None  # member facts before a change ...
    changed_at: int = 0  # ... that took effect at this visit index


def _report_sudden(answers: Row, codes: list[str], disaster_subtype: str | None) -> None:
    """Record on a visit the sudden events behind ``codes`` (the 突发情况 section)."""
    events = [_EVENT_OF_RISK[c] for c in codes if c in _EVENT_OF_RISK]
    answers["sudden_events"] = events
    answers["disaster_subtype"] = disaster_subtype if "自然灾害" in events else None
    answers["sudden_note"] = "；".join(RISK_REMARKS[c] for c in codes) if events else None


class _HouseholdMaker:
    def __init__(self, rng: random.Random, today: date, history_days: int = HISTORY_DAYS) -> None:
        if history_days < 30:
            raise ValueError(f"history_days must be at least 30, not {history_days}")
        self.history_days = history_days
        self.rng = rng
        self.today = today
        self.today_ord = today.toordinal()
        self.anniversary = (today.month, 28 if (today.month, today.day) == (2, 29) else today.day)
        start = today.year if today.month >= 9 else today.year - 1
        self.school_ref = date(start, 8, 31)
        self.sequences: dict[int, int] = {}

    def ri(self, a: int, b: int) -> int:
        """A random integer in [a, b]: random.randint's result without its overhead."""
        return a + int(self.rng.random() * (b - a + 1))

    def uid(self) -> str:
        """str(uuid.UUID(int=rng.getrandbits(128), version=4)), formatted directly."""
        h = f"{self.rng.getrandbits(128) & _UUID_MASK | _UUID_V4:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # -- people
    def compose(self, kind: str, family: str) -> list[_Person]:
        r = self.rng
        ri = self.ri
        if kind == "single":
            return [_Person("户主", "女" if r.random() < 0.55 else "男", ri(58, 92), family)]
        if kind == "single_parent":
            head = _Person("户主", "女" if r.random() < 0.6 else "男", ri(30, 55), family)
            return [head, *self.children(head.age, family, "之子", "之女", r.choice((1, 1, 2)))]
        head_age = {
            "elder_couple": ri(58, 86),
            "nuclear": ri(26, 55),
            "stem": ri(50, 80),
            "with_parents": ri(30, 52),
        }[kind]
        people = [_Person("户主", "男", head_age, family)]
        if kind != "stem" or r.random() < 0.85:
            people.append(_Person("配偶", "女", max(20, head_age - ri(-2, 5))))
        mother_age = people[-1].age
        if kind == "nuclear":
            n_children = r.choice((1, 1, 2, 2, 2, 3))
            people += self.children(mother_age, family, "之子", "之女", n_children)
        elif kind == "with_parents":
            people += self.children(mother_age, family, "之子", "之女", r.choice((1, 1, 2)))
            for rel, sex in (("之父", "男"), ("之母", "女")):
                if r.random() < 0.7:
                    surname = family if rel == "之父" else None
                    people.append(_Person(rel, sex, min(96, head_age + ri(22, 34)), surname))
        elif kind == "stem":
            if r.random() < 0.92:  # married son, his wife, their children
                son = _Person("之子", "男", max(18, mother_age - ri(22, 32)), family)
                people.append(son)
                young_mother = son.age - ri(-2, 4)
                if son.age >= 22 and r.random() < 0.9:
                    people.append(_Person("之儿媳", "女", young_mother))
                n_children = r.choice((0, 1, 2))
                people += self.children(young_mother, family, "之孙子", "之孙女", n_children)
            else:  # a daughter with a husband who married in (上门女婿)
                daughter = _Person("之女", "女", max(20, mother_age - ri(22, 30)), family)
                husband = _Person("之女婿", "男", daughter.age + ri(-1, 4))
                people += [daughter, husband]
                people += self.children(
                    daughter.age, family, "之外孙子", "之外孙女", r.choice((1, 2))
                )
            if r.random() < 0.15 and head_age < 62:
                people += self.children(mother_age, family, "之子", "之女", 1, max_age=28)
        return people

    def children(
        self, mother_age: int, family: str, boy: str, girl: str, n: int, max_age: int = 99
    ) -> list[_Person]:
        out = []
        for _ in range(n):
            age = min(max_age, mother_age - self.ri(20, 36))
            if age >= 0:
                male = self.rng.random() < 0.52
                out.append(_Person(boy if male else girl, "男" if male else "女", age, family))
        return out

    def birth_and_id(self, age: int, male: bool) -> tuple[date, str]:
        year = self.today.year - age
        anniversary = date(year, *self.anniversary).toordinal()
        offset = self.ri(0, 364)
        while True:
            ordinal = anniversary - offset
            key = ordinal * 2 + male
            seq = self.sequences.get(key)
            seq = self.ri(0, 199) * 2 + male if seq is None else seq + 2 * self.ri(1, 6)
            if seq <= 999:
                break
            offset = (offset + 1) % 365
        self.sequences[key] = seq
        birth = date.fromordinal(ordinal)
        return birth, build(ADDRESS_CODE, birth, seq)

    def member(
        self,
        p: _Person,
        hh: Row,
        grid: GridPlan,
        poor: bool,
        monitored: bool,
        absent: bool,
        ethnicity: str,
        commercial: bool,
    ) -> None:
        r = self.rng
        rand = r.random
        male = p.sex == "男"
        birth, id_number = self.birth_and_id(p.age, male)
        p.birth = birth
        age = p.age
        ref = self.school_ref
        school_age = ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))

        sick = 1.0 + 0.8 * poor + 2.0 * monitored
        x = rand()
        if age < 18:
            health = (
                "残疾"
                if x < 0.01 * sick
                else "患有大病"
                if x < 0.015 * sick
                else "长期慢性病"
                if x < 0.03 * sick
                else "健康"
            )
        elif age < 60:
            health = (
                "残疾"
                if x < 0.02 * sick
                else "患有大病"
                if x < 0.04 * sick
                else "长期慢性病"
                if x < 0.12 * sick
                else "健康"
            )
        else:
            health = (
                "残疾"
                if x < 0.07 * sick
                else "患有大病"
                if x < 0.12 * sick
                else "长期慢性病"
                if x < 0.45 * sick
                else "健康"
            )
        disability = DISABILITY_KINDS.pick(r) if health == "残疾" else None

        school = education = dropout = None
        if 3 <= school_age <= 5:  # everyone who may turn 6 before a visit is in 学前教育
            school = "学前教育" if school_age == 5 or rand() < 0.85 else None
        elif 6 <= school_age <= 14:
            school = "小学" if school_age <= 11 else ("七年级", "八年级", "九年级")[school_age - 12]
            if health == "残疾" and rand() < 0.75:
                school, dropout = None, r.choice(vocab.SCHOOL_EXEMPTIONS)
            elif rand() < 0.002:
                school = None
                dropout = r.choice(
                    ("因学习困难", "因家庭困难", "其他")
                    if school_age < 13
                    else ("因学习困难", "外出务工", "因家庭困难")
                )
            if school is None:
                education = "小学" if school_age >= 7 else "文盲或半文盲"
        elif 15 <= school_age <= 16 or (school_age == 17 and rand() < 0.8):
            school = "普通高中" if rand() < 0.68 else "中职"
        elif 18 <= school_age <= 22:
            x = rand()
            limit = 0.45 if school_age <= 21 else 0.12
            if x < limit:
                school = (
                    "本科及以上"
                    if x < limit * 0.45
                    else "大专"
                    if x < limit * 0.75
                    else "高职"
                    if x < limit * 0.95
                    else "技师学院"
                )
        if school is None and education is None and school_age < 6:
            education = PRESCHOOL_EDUCATION
        if school is None and education is None and school_age >= 15:
            if school_age < 18:
                education = "初中"
            elif school_age < 23:
                education = "高中" if rand() < 0.6 else "初中"
            else:
                education = next(
                    t for before, t in EDUCATION_BY_COHORT if birth.year < before
                ).pick(r)

        if age < 16 or school is not None:
            labour = "无劳动力"
        elif health == "患有大病":
            labour = "丧失劳动力" if rand() < 0.6 else "弱劳动力或半劳动力"
        elif health == "残疾":
            labour = "丧失劳动力" if rand() < 0.5 else "弱劳动力或半劳动力"
        elif age >= 70:
            labour = "无劳动力" if rand() < 0.65 else "弱劳动力或半劳动力"
        elif age >= 60 or health == "长期慢性病":
            labour = "弱劳动力或半劳动力" if rand() < 0.6 else "普通劳动力"
        else:
            labour = "技能劳动力" if rand() < 0.25 else "普通劳动力"

        location = employer = None
        months = 0
        if labour in ("普通劳动力", "技能劳动力") and age <= 64:
            if absent or rand() < (0.88 if age < 50 else 0.6):
                if absent:
                    location = "省外" if rand() < 0.75 else "县外省内"
                else:
                    location = WORK_LOCATIONS.pick(r)
                months = (
                    self.ri(10, 12)
                    if absent
                    else (self.ri(7, 12) if location in ("省外", "国外") else self.ri(3, 12))
                )
        elif labour == "弱劳动力或半劳动力" and age <= 70 and rand() < 0.25:
            location = "乡镇内" if rand() < 0.7 else "乡镇外县内"
            months = self.ri(2, 8)
        if location:
            employer = (
                EMPLOYERS[location].pick(r).format(town=grid.town_name, village=grid.village_name)
            )

        employee = location in ("县外省内", "省外") and labour == "技能劳动力" and rand() < 0.4
        insured = rand() >= 0.005
        adult = age >= 16 and school is None
        row: Row = {
            "id": self.uid(),
            "household_id": hh["id"],
            "name": _person_name(r, p.sex, birth.year, p.surname),
            "sex": p.sex,
            "id_type": ID_TYPE,
            "id_number": id_number,
            "ethnicity": ethnicity,
            "political": (
                "中共党员"
                if adult and rand() < (0.1 if male else 0.03)
                else "共青团员"
                if 14 <= age <= 28 and rand() < 0.35
                else "群众"
            ),
            "relationship": p.relationship,
            "education": education,
            "school_status": school,
            "dropout_reason": dropout,
            "health": health,
            "disability_class": disability,
            "labour": labour,
            "work_location": location,
            "work_months": months,
            "employer": employer,
            "welfare_job": None,
            "welfare_job_months": 0,
            "resident_med": insured and not employee,
            "employee_med": insured and employee,
            "critical_illness": insured and (not employee or rand() < 0.5),
            "commercial_med": commercial,
            "medical_aid": False,
            "pension": adult and not employee and rand() < 0.92,
            "dibao": False,
            "tekun": False,
            "phone": (
                PHONE_PREFIXES.pick(r) + f"{self.ri(0, 10**8 - 1):08d}"
                if 18 <= age <= 72 and rand() < (0.9 if p.relationship == "户主" else 0.6)
                else None
            ),
        }
        p.row = row
        p.facts = {k: row[k] for k in _FACT_KEYS}

    # -- the household
    def household(self, grid: GridPlan, index: int) -> HouseholdBundle:
        r = self.rng
        rand = r.random
        poor = rand() < 0.2
        monitored = rand() < (0.06 if poor else 0.0225)
        hh: Row = {
            "id": self.uid(),
            "number": f"{grid.code}{index:03d}",
            "grid_code": grid.code,
            "address": f"濉溪县{grid.town_name}{grid.village_name}{grid.number}组{index}号",
            "household_type": "脱贫户" if poor else "普通农户",
            "monitor_type": None,
            "no_labour_guarantee": False,
            "phone": None,
            "long_absent": False,
            "risk_codes": [],
            "disaster_subtype": None,
            "risk_remark": None,
        }
        commercial = rand() < (0.6 if poor or monitored else 0.08)
        kind = COMPOSITION_WEIGHTS[hh["household_type"]].pick(r)
        people = self.compose(kind, SURNAMES.pick(r))
        absent = kind in ("nuclear", "single_parent") and not monitored and rand() < 0.16
        ethnicity = "回族" if rand() < 0.006 else "汉族"
        for p in people:
            self.member(p, hh, grid, poor, monitored, absent, ethnicity, commercial)
        rows = [p.row for p in people]
        hh["long_absent"] = absent
        hh["phone"] = next((m["phone"] for m in rows if m["phone"]), None)

        # benefits
        no_labour = not any(m["labour"] in _LABOUR for m in rows)
        if (poor or monitored or rand() < 0.02) and len(rows) == 1 and no_labour and rand() < 0.6:
            rows[0]["tekun"] = True
        elif rand() < (0.4 if monitored else 0.3 if poor else 0.015):
            whole = rand() < 0.6
            for m in rows:
                m["dibao"] = whole or m["health"] != "健康" or m["labour"] not in _LABOUR
        hh["no_labour_guarantee"] = no_labour and (
            poor or monitored or any(m["dibao"] or m["tekun"] for m in rows)
        )
        helped = poor or monitored
        for m in rows:
            m["medical_aid"] = (helped or m["dibao"] or m["tekun"]) and m["health"] != "健康"
        if helped and rand() < 0.12:
            candidates = [
                m
                for m in rows
                if 40 <= self.age(m) <= 70
                and m["labour"] in _LABOUR
                and m["work_location"] in (None, "乡镇内")
            ]
            if candidates:
                m = r.choice(candidates)
                m["welfare_job"], m["welfare_job_months"] = WELFARE_JOBS.pick(r), self.ri(6, 12)

        bundle = HouseholdBundle(hh, rows)
        if monitored:
            self.risks(hh, people, rows, poor)
        old_grade = self.visits(bundle, people, grid)
        self.problems(bundle, people, old_grade)
        self.follow_up(bundle, people)
        return bundle

    @staticmethod
    def age_at(birth: date, on: date) -> int:
        return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))

    def age(self, m: Row) -> int:
        return self.age_at(
            date(int(m["id_number"][6:10]), int(m["id_number"][10:12]), int(m["id_number"][12:14])),
            self.today,
        )

    def risks(self, hh: Row, people: list[_Person], rows: list[Row], poor: bool) -> None:
        r = self.rng
        sudden = r.random() < 0.3
        hh["monitor_type"] = (
            "突发严重困难户" if sudden else "脱贫不稳定户" if poor else "边缘易致贫户"
        )
        weights: dict[str, float] = {"02": 1.0, "05": 1.0, "99": 0.3}
        if any(m["health"] in ("患有大病", "长期慢性病") for m in rows):
            weights["01"] = 6.0
        if any(m["health"] == "残疾" for m in rows):
            weights["03"] = 3.0
        if any(m["school_status"] in _BEYOND_COMPULSORY for m in rows):
            weights["09"] = 1.5
        workers = [p for p in people if p.row["work_location"]]
        if workers:
            weights["07"] = 2.0
        if sum(m["labour"] in _LABOUR for m in rows) <= 1:
            weights["04"] = 3.0
        if sudden:
            for code in ("01", "02", "05"):
                weights[code] = weights.get(code, 0.0) + 2.0
        codes: list[str] = []
        for _ in range(r.choice((1, 1, 1, 2, 2, 3))):
            table = _Table([(c, w) for c, w in weights.items() if c not in codes])
            codes.append(table.pick(r))
        hh["risk_codes"] = codes
        if "02" in codes:
            hh["disaster_subtype"] = DISASTERS.pick(r)
        hh["risk_remark"] = "；".join(RISK_REMARKS[c] for c in codes)
        if "07" in codes:  # the job was lost: earlier visits show it, the roster no longer does
            p = r.choice(workers)
            p.earlier = dict(p.row)
            p.row.update(work_location=None, work_months=0, employer=None)
            p.changed_at = _LAST_VISIT
            p.facts = {k: p.row[k] for k in _FACT_KEYS}

    # -- visits and what they found
    def visits(self, b: HouseholdBundle, people: list[_Person], grid: GridPlan) -> str | None:
        """Earlier completed visits; returns the housing grade before a repair, if any."""
        r = self.rng
        rand = r.random
        hh = b.household
        monitored = hh["monitor_type"] is not None
        n = (
            r.choice((3, 4, 4, 5, 5, 6, 6))
            if monitored
            else r.choice((0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6))
        )
        if self.history_days != HISTORY_DAYS:  # the same visit rate over a longer history
            n = round(n * self.history_days / HISTORY_DAYS)
        for p in people:
            insured = p.row["resident_med"] or p.row["employee_med"]
            if p.earlier is None and n >= 2 and insured and rand() < 0.004:
                # uninsured at first, enrolled since: a resolved 基本医疗 problem
                p.earlier = {
                    **p.row,
                    "resident_med": False,
                    "employee_med": False,
                    "critical_illness": False,
                }
            if p.earlier is not None and p.changed_at == _LAST_VISIT:
                p.changed_at = max(n - 1, 0)  # job lost: seen on the latest visit only
            elif p.earlier is not None:
                p.changed_at = self.ri(1, n - 1)
                p.earlier = {k: p.earlier[k] for k in _FACT_KEYS}
        size = len(people)
        wages = sum(
            self.ri(*MONTHLY_WAGE[p.row["work_location"]]) * p.row["work_months"]
            for p in people
            if p.row["work_location"]
        )
        wages += sum(self.ri(500, 800) * p.row["welfare_job_months"] for p in people)
        farming = not hh["long_absent"] and any(p.row["labour"] in _LABOUR for p in people)
        land = round(size * r.uniform(1.1, 1.9), 1)
        business = (
            int(land * self.ri(1300, 2000)) + (self.ri(3000, 15000) if rand() < 0.15 else 0)
            if farming
            else 0
        )
        costs = int(business * r.uniform(0.35, 0.5))
        prop = 0 if farming else int(land * self.ri(600, 900))
        if hh["household_type"] == "脱贫户":
            prop += self.ri(300, 1000)
        transfer = int(land * 110)
        for p in people:
            row = p.row
            if p.age >= 60:
                transfer += 12 * self.ri(150, 220)
            if row["dibao"]:
                transfer += 12 * self.ri(300, 520)
            if row["tekun"]:
                transfer += 12 * self.ri(700, 900)
            if row["health"] == "残疾":
                transfer += 12 * self.ri(70, 90)
        oop = sum(
            self.ri(2000, 15000) if p.row["health"] == "患有大病" else self.ri(200, 2000)
            for p in people
            if p.row["health"] in ("患有大病", "长期慢性病")
        )
        if hh["monitor_type"] == "突发严重困难户":
            oop += self.ri(20000, 60000)
        low = hh["monitor_type"] in ("脱贫不稳定户", "边缘易致贫户") or rand() < 0.01
        net = wages + business + prop + transfer - costs
        if low:  # scale earnings so per-capita income lands in the monitoring range
            target = r.uniform(3500, 9000) * size
            earned = wages + business - costs
            if net > target and earned > 0:
                k = max(0.0, 1 - (net - target) / earned)
                wages, business, costs = int(wages * k), int(business * k), int(costs * k)
        elif hh["monitor_type"] is None:  # support from relatives (赡养费, 亲友馈赠) is a transfer
            floor = self.ri(9000, 16000) * size
            if net - oop < floor:
                transfer += floor - net + oop

        grade = (
            "A"
            if rand() < 0.62
            else "B"
            if rand() < 0.87
            else "未鉴定"
            if rand() < 0.8
            else ("C" if rand() < 0.8 else "D")
        )
        old_grade = "C" if grade in ("A", "B") and n >= 2 and rand() < 0.01 else None
        piped = rand() < 0.96
        water: Row = {
            "water_quantity_lpd": self.ri(25, 34) if rand() < 0.002 else self.ri(40, 150),
            "water_quality_method": "检测报告" if rand() < 0.3 else "看闻问尝",
            "water_quality_ok": rand() >= 0.002,
            "water_piped": piped,
            "water_round_trip_min": None if piped else self.ri(5, 25),
            "water_horizontal_m": None if piped else self.ri(50, 900),
            "water_vertical_m": None if piped else self.ri(0, 20),
            "water_days_without": 40 if rand() < 0.001 else self.ri(0, 6),
        }
        head = people[0].row
        helper = (head["education"] == "文盲或半文盲" or rand() < 0.05) and next(
            (p.row["name"] for p in people[1:] if p.age >= 18), "村干部代填"
        )
        signing = {
            "signed_by_helper": bool(helper),
            "helper_name": helper or None,
            "thumbprint": True,
        }  # 按手印: no signature image in demo data
        food_ok = rand() >= 0.001
        clothing_ok = rand() >= 0.001
        phone_only = hh["long_absent"]
        slot = self.history_days // max(n, 1)
        visit_days = (
            [self.today_ord - self.history_days + i * slot + self.ri(1, slot) for i in range(n)]
            if n
            else []
        )
        if visit_days and visit_days[-1] >= self.today_ord:
            visit_days[-1] = self.today_ord - 1
        for i, day in enumerate(visit_days):
            vdate = date.fromordinal(day)
            jitter = r.uniform(0.92, 1.08)
            answers_hh: Row = {
                "income_wage": int(wages * jitter),
                "income_business": int(business * jitter),
                "income_property": prop,
                "income_transfer": transfer,
                "cost_production": int(costs * jitter),
                "out_of_pocket": oop,
                "housing_grade": old_grade if old_grade and i < n // 2 else grade,
                **water,
                "food_ok": food_ok,
                "clothing_ok": clothing_ok,
                "sudden_events": [],
                "disaster_subtype": None,
                "sudden_note": None,
                **signing,
                "worker_name": grid.worker_name,
                "worker_phone": grid.worker_phone,
                "sign_date": vdate.isoformat(),
            }
            net_i = (
                answers_hh["income_wage"]
                + answers_hh["income_business"]
                + prop
                + transfer
                - answers_hh["cost_production"]
            )
            members = {
                p.row["id"]: (p.earlier if p.earlier is not None and i < p.changed_at else p.facts)
                for p in people
            }
            b.visits.append(
                {
                    "id": self.uid(),
                    "household_id": hh["id"],
                    "checklist_version": CHECKLIST_VERSION,
                    "mode": "电话" if phone_only or rand() < 0.02 else "入户",
                    "visit_date": vdate,
                    "status": "completed",
                    "worker_name": grid.worker_name,
                    "answers": {"household": answers_hh, "members": members},
                    "per_capita_income": round(net_i / size, 2),
                }
            )
        return old_grade

    def problems(self, b: HouseholdBundle, people: list[_Person], old_grade: str | None) -> None:
        if not b.visits:
            return
        hh = b.household
        first, last = b.visits[0], b.visits[-1]
        answers = last["answers"]["household"]

        def add(
            kind: str,
            text: str,
            opened: date,
            member: Row | None = None,
            resolved: date | None = None,
            note: str | None = None,
        ) -> None:
            b.problems.append(
                {
                    "id": self.uid(),
                    "household_id": hh["id"],
                    "member_id": member["id"] if member else None,
                    "type": kind,
                    "description": text,
                    "opened_on": opened,
                    "resolved_on": resolved,
                    "resolution_note": note,
                }
            )

        for p in people:
            m = p.row
            if not (m["resident_med"] or m["employee_med"]):
                add("基本医疗", f"{m['name']}未参加基本医疗保险", first["visit_date"], m)
            elif p.earlier is not None and not (
                p.earlier["resident_med"] or p.earlier["employee_med"]
            ):
                fixed = b.visits[p.changed_at]["visit_date"]
                add(
                    "基本医疗",
                    f"{m['name']}未参加基本医疗保险",
                    first["visit_date"],
                    m,
                    fixed,
                    "已补缴城乡居民医保",
                )
            if m["dropout_reason"] in ("因学习困难", "因家庭困难", "外出务工", "其他"):
                add(
                    "义务教育",
                    f"{m['name']}义务教育阶段辍学（{m['dropout_reason']}）",
                    first["visit_date"],
                    m,
                )
        if old_grade:
            fixed = next(
                v["visit_date"]
                for v in b.visits
                if v["answers"]["household"]["housing_grade"] != old_grade
            )
            add(
                "住房",
                "住房鉴定为C级（局部危房）",
                first["visit_date"],
                None,
                fixed,
                "已完成危房改造",
            )
        if answers["housing_grade"] in ("C", "D"):
            add("住房", f"住房鉴定为{answers['housing_grade']}级危房", first["visit_date"])
        water_bad = (
            answers["water_quantity_lpd"] < 35
            or not answers["water_quality_ok"]
            or answers["water_days_without"] > 36
            or (
                not answers["water_piped"]
                and (
                    answers["water_round_trip_min"] > 20
                    or answers["water_horizontal_m"] > 800
                    or answers["water_vertical_m"] > 80
                )
            )
        )
        if water_bad:
            add("饮水", "饮水安全未达标", first["visit_date"])
        if not (answers["food_ok"] and answers["clothing_ok"]):
            add("两不愁", "不愁吃或不愁穿未保障", first["visit_date"])

    def follow_up(self, b: HouseholdBundle, people: list[_Person]) -> None:
        """Monitoring history, new risk clues and assistance measures."""
        r = self.rng
        hh = b.household
        today = self.today_ord
        if hh["monitor_type"] is None:
            if b.visits and r.random() < 0.004:  # a new clue found on the latest visit
                visit = b.visits[-1]
                code = r.choice(("01", "05", "02", "07"))
                subtype = DISASTERS.pick(r) if code == "02" else None
                _report_sudden(visit["answers"]["household"], [code], subtype)
                day = visit["visit_date"]
                # (the draw the demo made here before cases had stages: the stream stays as it was)
                _ = (self.today - day).days > 5 and r.random() < 0.5
                self.open_case(b, day, [code], random.Random(f"case:{hh['id']}"))
            if hh["household_type"] == "脱贫户" and r.random() < 0.4:
                code = r.choice(("100A39", "100A40", "100A41"))
                self.measure(b, code, None, date.fromordinal(today - self.ri(200, 1500)))
            return

        codes = hh["risk_codes"]
        gaps = (self.ri(0, 4), self.ri(5, 8), self.ri(0, 8))  # clue→village→town→county
        span = sum(gaps)
        from_visit = [v for v in b.visits if (self.today - v["visit_date"]).days > span]
        if from_visit and r.random() < 0.5:
            visit = r.choice(from_visit)
            clue = visit["visit_date"]
            _report_sudden(visit["answers"]["household"], codes, hh["disaster_subtype"])
            source = "网格员入户排查发现"
        else:
            clue = date.fromordinal(today - self.ri(span + 30, 900))
            source = r.choice(("农户自主申报", "部门筛查预警", "网格员入户排查发现"))
        day = clue
        self.event(b, vocab.CLUE, day, codes, source, details={"source": _source(source)})
        decided = self.identify(b, day, gaps, codes)
        if (self.today - decided).days > 200 and r.random() < 0.3:
            cleared = decided + timedelta(days=self.ri(183, (self.today - decided).days))
            self.clear(b, cleared - timedelta(days=12), codes)
        elif (self.today - decided).days > 200 and random.Random(
            f"clear:{hh['id']}"
        ).random() < 0.1:
            # a clearing under way: proposed, reviewed, on notice, waiting for the township
            day = self.today - timedelta(days=random.Random(f"day:{hh['id']}").randrange(8, 40))
            self.event(b, vocab.PROPOSE, day, codes, "务工收入稳定，提出风险消除")
            self.event(
                b,
                vocab.REVIEW,
                day + timedelta(days=1),
                codes,
                "村民代表评议通过",
                result="通过",
                details={"participants": 12},
            )
            self.notice(b, day + timedelta(days=1), codes)

        # 一户一方案、一人一措施
        start = decided + timedelta(days=self.ri(0, 20))
        start = min(start, self.today)
        rows = [p.row for p in people]
        if any(m["labour"] in _LABOUR for m in rows):
            welfare = next((m for m in rows if m["welfare_job"]), None)
            if welfare:
                self.measure(b, "100A42", welfare["id"], start)
            else:
                self.measure(b, r.choice(("100A39", "100A39", "100A40", "100A41")), None, start)
        else:
            self.measure(b, "100A48", None, start)
        for m in rows:
            if m["health"] != "健康":
                code = "100A45"
            elif m["school_status"] in ("小学", "七年级", "八年级", "九年级"):
                code = "100A46"
            elif m["school_status"] in _BEYOND_COMPULSORY:
                code = "100A47"
            elif m["work_location"] or m["labour"] in ("普通劳动力", "技能劳动力"):
                code = "100A40"
            elif m["dibao"] or m["tekun"]:
                code = "100A48"
            else:
                code = "100A52"
            self.measure(b, code, m["id"], start)
        for p in b.problems:
            if p["resolved_on"] is None and p["type"] in ("住房", "饮水"):
                self.measure(
                    b,
                    "100A50" if p["type"] == "住房" else "100A51",
                    None,
                    max(start, p["opened_on"]),
                )

    def identify(
        self, b: HouseholdBundle, clue: date, gaps: tuple[int, ...], codes: list[str]
    ) -> date:
        """申请 → 核查 → 评议 → 公示 (5 days) and 信息比对 → 审核 → 审定 纳入; returns the
        decision's date."""
        mark = {"mark": "手印"}
        self.event(b, vocab.APPLY, clue, codes, "户主按手印申请", details=mark)
        day = clue + timedelta(days=min(gaps[0], 1))
        self.event(b, vocab.CHECK, day, codes, "入户核查属实", result="有风险")
        day += timedelta(days=max(gaps[0] - 1, 0))
        self.event(
            b,
            vocab.REVIEW,
            day,
            codes,
            "村民代表评议通过",
            result="通过",
            details={"participants": 9 + self.ri(0, 12)},
        )
        self.notice(b, day, codes)
        self.event(b, vocab.COMPARE, day, codes, "与民政、人社等部门数据比对一致", result="一致")
        day += timedelta(days=max(gaps[1], 5))
        self.event(b, vocab.AUDIT, day, codes, "乡镇审核通过", result="通过")
        day += timedelta(days=gaps[2])
        self.event(b, vocab.DECIDE, day, codes, "县级审定，纳入监测", result="纳入")
        return day

    def open_case(self, b: HouseholdBundle, clue: date, codes: list[str], r: random.Random) -> None:
        """A case under way at some step, none later than today: a clue alone, 申请 and 核查,
        closed at the village (核查 无风险), 评议 and 公示 running, waiting for 审核, returned
        (退回 to 评议), waiting for the county, or decided 不纳入. Clues older than the limit are
        overdue."""
        stage = r.randrange(8)
        steps: list[tuple[int, str, str, dict[str, Any]]] = [
            (0, vocab.CLUE, "网格员入户排查发现", {"details": {"source": "网格员走访"}})
        ]
        if stage >= 1:
            steps += [
                (0, vocab.APPLY, "户主按手印申请", {"details": {"mark": "手印"}}),
                (1, vocab.CHECK, "入户核查", {"result": "无风险" if stage == 2 else "有风险"}),
            ]
        if stage == 2:
            steps.append((2, vocab.CLOSE, "核查无风险，村级关闭线索", {}))
        if stage >= 3:
            review = {"result": "通过", "details": {"participants": 9 + r.randrange(12)}}
            steps.append((3, vocab.REVIEW, "村民代表评议通过", review))
            end = (clue + timedelta(days=7)).isoformat()
            notice = {"start": (clue + timedelta(days=3)).isoformat(), "end": end}
            steps.append((3, vocab.NOTICE, "村内公示", {"details": notice}))
            steps.append((4, vocab.COMPARE, "部门数据比对一致", {"result": "一致"}))
        if stage == 5:
            back = {"result": "退回", "details": {"return_to": vocab.REVIEW}}
            steps.append((8, vocab.AUDIT, "评议人数不足，退回重新评议", back))
        elif stage >= 6:
            steps.append((8, vocab.AUDIT, "乡镇审核通过", {"result": "通过"}))
        if stage == 7:
            steps.append((11, vocab.DECIDE, "收入高于监测线，不纳入", {"result": "不纳入"}))
        for gap, step, note, kw in steps:
            day = clue + timedelta(days=gap)
            if day > self.today:
                break
            self.event(b, step, day, codes, note, **kw)

    def notice(self, b: HouseholdBundle, day: date, codes: list[str]) -> None:
        end = day + timedelta(days=4)
        self.event(
            b,
            vocab.NOTICE,
            day,
            codes,
            "村内公示5天无异议",
            details={"start": day.isoformat(), "end": end.isoformat(), "objections": []},
        )

    def clear(self, b: HouseholdBundle, day: date, codes: list[str]) -> None:
        """消除提出 → 评议 → 公示 → 审核 → 风险消除 (稳定消除), the last on ``day`` + 12."""
        self.event(b, vocab.PROPOSE, day, codes, "收入持续稳定，提出风险消除")
        self.event(
            b,
            vocab.REVIEW,
            day + timedelta(days=1),
            codes,
            "村民代表评议通过",
            result="通过",
            details={"participants": 11},
        )
        self.notice(b, day + timedelta(days=1), codes)
        self.event(b, vocab.AUDIT, day + timedelta(days=7), codes, "乡镇审核通过", result="通过")
        no_labour = b.household.get("no_labour_guarantee")
        self.event(
            b,
            vocab.CLEAR,
            day + timedelta(days=12),
            codes,
            "收入持续稳定，三保障和饮水安全，风险消除",
            result="自然消除" if no_labour else "稳定消除",
            details={"reason": "其他（说明）"} if no_labour else None,
        )

    def event(
        self,
        b: HouseholdBundle,
        stage: str,
        day: date,
        codes: list[str],
        note: str,
        *,
        result: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        hh = b.household
        b.monitoring_events.append(
            {
                "id": self.uid(),
                "household_id": hh["id"],
                "stage": stage,
                "event_date": day,
                "monitor_type": hh["monitor_type"] if stage in (vocab.DECIDE, vocab.CLUE) else None,
                "risk_codes": list(codes),
                "note": note,
                "result": result,
                "details": details,
                # (steps of one day in the order they were taken)
                "recorded_at": datetime.combine(day, time(9))
                + timedelta(minutes=len(b.monitoring_events)),
            }
        )

    def measure(self, b: HouseholdBundle, code: str, member_id: str | None, start: date) -> None:
        b.measures.append(
            {
                "id": self.uid(),
                "household_id": b.household["id"],
                "member_id": member_id,
                "code": code,
                "description": MEASURE_TEXT.get(code, vocab.MEASURES[code]),
                "start_date": min(start, self.today),
            }
        )
