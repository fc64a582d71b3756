"""What the 村内公示 notice list says (Qt-free; `gridworker.ui.printing.notice_print` paints it).

A public notice must not show ID numbers, phone numbers, bank accounts or health status [S1b]:
the list holds only what it names here — the household head's name, the village group of the
address, the household's size, what is proposed (纳入监测 or 风险消除), the 评议 result and the
notice period. 风险类型 reveal health (因病, 因残), so they appear only when the setting
``notice_shows_risk_types`` is on (off by default). No 户编号 either: it is a long number that
carries the area code every ID number starts with. Below the list: the signature block
(填报单位, 填报人, 审核人, 日期).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from gridworker import vocab

# A village group of an address ("…前王村3组 12号" → "前王村3组"): house numbers stay off the board.
_GROUP = re.compile(r"([^县镇乡]{1,12}村(?:[0-9一二三四五六七八九十]{1,3}组)?)")


@dataclass(frozen=True)
class NoticeEntry:
    head_name: str
    place: str  # the village (and group) only
    size: int
    proposal: str  # 纳入监测 / 风险消除
    review: str  # 评议 result and how many took part
    risks: str = ""  # shown only when the setting allows


@dataclass(frozen=True)
class NoticeList:
    unit: str  # the village, 填报单位
    entries: list[NoticeEntry]
    start: date | None
    end: date | None
    show_risks: bool = False


def place_of(address: str) -> str:
    """The village and group of an address, never the house number."""
    m = _GROUP.search(address or "")
    return m.group(1) if m else ""


def proposal_of(phase: str) -> str:
    return "风险消除" if phase == "消除中" else "纳入监测"


def risks_text(codes: tuple[str, ...]) -> str:
    return "、".join(vocab.RISK_TYPES.get(c, c) for c in codes)


_DIGITS = "〇一二三四五六七八九"


def _number(n: int) -> str:
    """1–31 in Chinese numerals (十, 十二, 二十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + ("" if ones == 0 and tens else _DIGITS[ones])


def chinese_date(d: date | None) -> str:
    """二〇二二年六月六日, as on a stamped notice: no run of digits on the board that could be
    taken for (or be) part of an ID number or a phone number."""
    if d is None:
        return "____年__月__日"
    year = "".join(_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{_number(d.month)}月{_number(d.day)}日"


def notice_html(n: NoticeList) -> str:
    esc = html.escape
    headers = ["序号", "户主姓名", "所在村组", "家庭人口", "公示事项", "村级评议"]
    if n.show_risks:
        headers.append("风险类型")
    rows = []
    for i, e in enumerate(n.entries, 1):
        cells = [str(i), e.head_name, e.place, f"{e.size}人", e.proposal, e.review]
        if n.show_risks:
            cells.append(e.risks)
        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    style = (
        "body{font-size:11pt}h1{text-align:center;font-size:16pt}"
        "table{border-collapse:collapse;width:100%;margin:8px 0}"
        "th,td{border:1px solid #444;padding:4px 6px}"
        "table.sign td{border:none;padding:10px 6px}"
    )
    proposals = "、".join(sorted({e.proposal for e in n.entries})) or "纳入监测"
    return (
        f"<html><head><style>{style}</style></head><body>"
        f"<h1>{esc(n.unit)}防止返贫监测对象公示</h1>"
        f"<p>经农户申请、入户核查和村级民主评议，下列农户拟{esc(proposals)}，现予公示。"
        f"公示期：{chinese_date(n.start)}至{chinese_date(n.end)}。"
        "如有异议，请在公示期内向村民委员会或乡镇人民政府反映。</p>"
        "<table><thead><tr>"
        + "".join(f"<th>{esc(h)}</th>" for h in headers)
        + "</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
        f"<p>共 {len(n.entries)} 户。</p>"
        '<table class="sign"><tr>'
        f"<td>填报单位（盖章）：{esc(n.unit)}</td><td>填报人（签字）：__________</td></tr>"
        "<tr><td>审核人（签字）：__________</td><td>日期：____年__月__日</td></tr></table>"
        "</body></html>"
    )
