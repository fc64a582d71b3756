"""Write resources/samples/roster-sample.xlsx: a small county roster (花名册) for
`gridworker-server import-roster`, with a few deliberate errors (see docs/roster-import.md).

    python scripts/make_roster_sample.py [OUT.xlsx]

Grids 34062110420101 and 34062110420102 (临涣镇 某村 第01/02网格) must be registered on the
server; the tests' seed data registers them. Deterministic: the same file every run (apart from
the xlsx timestamps).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from gridworker.residentid import build

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "samples" / "roster-sample.xlsx"
G1, G2, UNKNOWN = "34062110420101", "34062110420102", "34062110499901"
HEADERS = [
    "户编号",
    "网格编码",
    "地址",
    "户类型",
    "监测对象类别",
    "联系电话(户)",
    "姓名",
    "性别",
    "证件号码",
    "与户主关系",
    "民族",
    "文化程度",
    "在校生状况",
    "健康状况",
    "劳动技能",
    "务工所在地",
    "务工时间(月)",
    "居民医保",
    "职工医保",
    "联系电话",
]


def pid(birth: tuple[int, int, int], seq: int) -> str:
    return build("340621", date(*birth), seq)


def _bad_checksum(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


def rows() -> list[list[object]]:
    """The data rows (without the title and header rows)."""

    def hh(no: str, grid: str, addr: str, kind: str, monitor: str, phone: str) -> list[object]:
        return [no, grid, addr, kind, monitor, phone]

    def mem(
        name: str,
        sex: str,
        idn: str,
        rel: str,
        edu: str,
        school: str,
        health: str,
        labour: str,
        where: str = "",
        months: object = "",
        phone: str = "",
    ) -> list[object]:
        return [
            name,
            sex,
            idn,
            rel,
            "汉族",
            edu,
            school,
            health,
            labour,
            where,
            months,
            "是",
            "否",
            phone,
        ]

    a = hh("3406211042010100001", G1, "临涣镇某村东组12号", "脱贫户", "", "13905610001")
    b = hh("3406211042010100002", G1, "临涣镇某村东组15号", "普通农户", "边缘易致贫户", "")
    c = hh("3406211042010200001", G2, "临涣镇某村西组3号", "普通农户", "", "13905610003")
    d = hh("3406211042010200002", G2, "临涣镇某村西组8号", "脱贫户", "", "")
    e = hh("3406211042010200003", G2, "临涣镇某村西组9号", "普通农户", "", "")
    f = hh("3406211049990100001", UNKNOWN, "不存在的网格", "普通农户", "", "")
    g = hh("3406211042010100003", G1, "临涣镇某村东组20号", "脱贫户", "", "")
    h = hh("3406211042010100004", G1, "临涣镇某村东组21号", "普通农户", "", "")
    return [
        # valid: 3 households, 7 members
        a
        + mem(
            "张建国",
            "男",
            pid((1968, 3, 5), 11),
            "户主",
            "初中",
            "",
            "健康",
            "普通劳动力",
            "省外",
            10,
            "13905610001",
        ),
        a
        + mem(
            "李秀英",
            "女",
            pid((1970, 7, 21), 22),
            "配偶",
            "小学",
            "",
            "长期慢性病",
            "弱劳动力或半劳动力",
        ),
        a + mem("张伟", "男", pid((2010, 9, 1), 31), "之子", "", "九年级", "健康", "无劳动力"),
        b
        + mem(
            "王桂兰",
            "女",
            pid((1956, 1, 30), 42),
            "户主",
            "文盲或半文盲",
            "",
            "患有大病",
            "丧失劳动力",
        ),
        b
        + mem(
            "王磊",
            "男",
            pid((1982, 11, 2), 51),
            "之子",
            "高中",
            "",
            "健康",
            "技能劳动力",
            "县外省内",
            12,
        ),
        c
        + mem(
            "赵德福",
            "男",
            pid((1975, 5, 9), 63),
            "户主",
            "初中",
            "",
            "健康",
            "普通劳动力",
            "乡镇内",
            6,
        ),
        c
        + mem(
            "赵丽",
            "女",
            pid((2001, 4, 18), 64),
            "之女",
            "大专",
            "",
            "健康",
            "技能劳动力",
            "省外",
            11,
        ),
        # errors: a bad check digit (the whole household is rejected) ...
        d + mem("孙长江", "男", pid((1960, 2, 14), 71), "户主", "小学", "", "健康", "普通劳动力"),
        d
        + mem(
            "孙小梅",
            "女",
            _bad_checksum(pid((1988, 6, 6), 82)),
            "之女",
            "初中",
            "",
            "健康",
            "普通劳动力",
        ),
        # ... two heads of household ...
        e + mem("周大海", "男", pid((1965, 8, 8), 91), "户主", "初中", "", "健康", "普通劳动力"),
        e + mem("周二海", "男", pid((1967, 9, 9), 93), "户主", "初中", "", "健康", "普通劳动力"),
        # ... a grid the server does not know ...
        f + mem("吴明", "男", pid((1972, 12, 12), 101), "户主", "初中", "", "健康", "普通劳动力"),
        # ... sex not matching the ID, and an ID already used by 张建国 above ...
        g + mem("郑芳", "男", pid((1979, 3, 3), 112), "户主", "初中", "", "健康", "普通劳动力"),
        h + mem("陈强", "男", pid((1968, 3, 5), 11), "户主", "初中", "", "健康", "普通劳动力"),
        # ... and a value outside the national code table (文化程度 "大学")
        h + mem("陈小强", "男", pid((1995, 10, 10), 121), "之子", "大学", "", "健康", "普通劳动力"),
    ]


def write(out: Path = OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "花名册"
    ws.append(["濉溪县临涣镇某村 农户花名册（示例，含故意错误）"])
    ws["A1"].font = Font(bold=True)
    ws.append(HEADERS)
    for row in rows():
        ws.append(row)
    for col, width in zip("ABCDEFGHIJ", (22, 17, 22, 10, 14, 14, 8, 6, 21, 10), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(out)
    return out


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
