"""The region tree: county → township → village → grid, keyed by national division codes.

Codes nest by prefix, so every question about the tree is string arithmetic:

=========  ======  ===================  ==================================================
level      length  example              source
=========  ======  ===================  ==================================================
county     6       340621               national code (濉溪县) [S27]
township   9       340621104            national code (临涣镇) [S27]
village    12      340621104201         national code: township + 3 digits (2xx = 村委会)
grid       14      34062110420101       **project convention**: village + 2 digits (01–99)
=========  ======  ===================  ==================================================

Grids (网格, built from 村民小组, 20–100 households) have no national code; the two-digit suffix
is ours and never leaves the app as a national code.

``SUIXI_TOWNS`` holds the county's 11 rural towns (乡镇) only. The two development parks
(400 濉溪经济开发区, 401 濉溪芜湖现代产业园区) are township-level codes but have no villages under
screening; they are in ``SUIXI_PARKS`` so a roster that names them still resolves, and the demo
data leaves them out.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "SUIXI_COUNTY",
    "SUIXI_COUNTY_NAME",
    "SUIXI_PARKS",
    "SUIXI_TOWNS",
    "Level",
    "ancestors",
    "child_code",
    "code_range",
    "is_valid_code",
    "is_within",
    "level_of",
    "parent_of",
]

SUIXI_COUNTY = "340621"
SUIXI_COUNTY_NAME = "濉溪县"

SUIXI_TOWNS: dict[str, str] = {
    "340621100": "濉溪镇",
    "340621101": "韩村镇",
    "340621102": "刘桥镇",
    "340621103": "五沟镇",
    "340621104": "临涣镇",
    "340621105": "双堆集镇",
    "340621106": "铁佛镇",
    "340621107": "南坪镇",
    "340621108": "百善镇",
    "340621109": "孙疃镇",
    "340621110": "四铺镇",
}

SUIXI_PARKS: dict[str, str] = {
    "340621400": "濉溪经济开发区",
    "340621401": "濉溪芜湖现代产业园区",
}


class Level(StrEnum):
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"
    GRID = "grid"

    @property
    def code_length(self) -> int:
        return _LENGTHS[self]

    @property
    def label(self) -> str:
        """Chinese label for display."""
        return _LABELS[self]


_LENGTHS = {Level.COUNTY: 6, Level.TOWNSHIP: 9, Level.VILLAGE: 12, Level.GRID: 14}
_LABELS = {Level.COUNTY: "县", Level.TOWNSHIP: "乡镇", Level.VILLAGE: "村", Level.GRID: "网格"}
_BY_LENGTH = {n: level for level, n in _LENGTHS.items()}
_ORDER = (Level.COUNTY, Level.TOWNSHIP, Level.VILLAGE, Level.GRID)
_SUFFIX = {Level.TOWNSHIP: 3, Level.VILLAGE: 3, Level.GRID: 2}


def is_valid_code(code: str) -> bool:
    return code.isascii() and code.isdigit() and len(code) in _BY_LENGTH and code[0] != "0"


def level_of(code: str) -> Level:
    """The level of a region code; ``ValueError`` if it is not a region code."""
    if not is_valid_code(code):
        raise ValueError(f"无效的区划代码：{code!r}")
    return _BY_LENGTH[len(code)]


def parent_of(code: str) -> str | None:
    """The code one level up, or None for a county."""
    level = level_of(code)
    if level is Level.COUNTY:
        return None
    return code[: _LENGTHS[_ORDER[_ORDER.index(level) - 1]]]


def ancestors(code: str) -> list[str]:
    """The code itself, then each parent up to and including the county."""
    level_of(code)
    return [code[:n] for n in (14, 12, 9, 6) if n <= len(code)]


def is_within(code: str, scope_code: str) -> bool:
    """True when ``code`` is ``scope_code`` or lies below it in the tree."""
    level_of(code)
    level_of(scope_code)
    return code.startswith(scope_code)


def code_range(scope_code: str) -> tuple[str, str | None]:
    """``(low, high)``: the codes within ``scope_code`` are exactly those with ``low <= code <
    high`` (``high`` None: no upper bound). Codes are digits, so this holds under any collation,
    and a range is what a plain btree index serves (a prefix ``LIKE`` is not, except under C)."""
    level_of(scope_code)
    head = scope_code.rstrip("9")
    if not head:
        return scope_code, None
    return scope_code, head[:-1] + str(int(head[-1]) + 1)


def child_code(parent: str, number: int) -> str:
    """The code of a parent's ``number``-th child: township 3 digits, village 3, grid 2."""
    level = level_of(parent)
    if level is Level.GRID:
        raise ValueError("网格没有下级区划")
    child_level = _ORDER[_ORDER.index(level) + 1]
    width = _SUFFIX[child_level]
    if not 1 <= number < 10**width:
        raise ValueError(f"下级编号超出范围：{number}")
    return f"{parent}{number:0{width}d}"
