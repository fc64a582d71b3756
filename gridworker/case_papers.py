"""What the printed monitoring case papers say (Qt-free; `gridworker.ui.printing.case_print`
paints them): the 村内公示 notice list, the township's 审核 list and the county's 审定 list (each
with a signature block), and a household's case history.

The 村内公示 list:

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
from gridworker.cases import Event

# A village group of an address ("…前王村3组 12号" → "前王村3组"): house numbers stay off the board.
_GROUP = re.compile(r"([^县镇乡]{1,12}村(?:[0-9一二三四五六七八九十]{1,3}组)?)")


@dataclass(frozen=True)
class Paper:
    title: str  # the PDF's title
    heading: str  # each page's running header
    html: str


SIGN_STYLE = "table.sign td{border:none;padding:10px 6px}"


def signature_block(unit: str) -> str:
    """填报单位, 填报人, 审核人, 日期 — to sign by hand."""
    esc = html.escape
    return (
        '<table class="sign"><tr>'
        f"<td>填报单位（盖章）：{esc(unit)}</td><td>填报人（签字）：__________</td></tr>"
        "<tr><td>审核人（签字）：__________</td><td>日期：____年__月__日</td></tr></table>"
    )


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
        "th,td{border:1px solid #444;padding:4px 6px}" + SIGN_STYLE
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
        f"<p>共 {len(n.entries)} 户。</p>" + signature_block(n.unit) + "</body></html>"
    )


def notice_paper(n: NoticeList) -> Paper:
    return Paper(f"{n.unit}防止返贫监测对象公示", f"{n.unit} 村内公示", notice_html(n))


@dataclass(frozen=True)
class ListRow:
    """One case on the township's 审核 list or the county's 审定 list."""

    village: str
    head_name: str
    number: str  # 户编号 (an office list, not a public one)
    proposal: str
    clue_on: date | None
    steps: str  # the steps done, in order
    days_left: int | None


def case_list_paper(unit: str, title: str, rows: list[ListRow], today: date) -> Paper:
    """The 审核 (township) or 审定 (county) list: oldest first, with the days left."""
    esc = html.escape
    headers = ["序号", "村", "户主", "户编号", "事项", "线索日期", "已完成环节", "剩余天数"]
    body = []
    for i, r in enumerate(rows, 1):
        left = (
            ""
            if r.days_left is None
            else (str(r.days_left) if r.days_left >= 0 else f"超期{-r.days_left}天")
        )
        cells = [
            str(i),
            r.village,
            r.head_name,
            r.number,
            r.proposal,
            r.clue_on.isoformat() if r.clue_on else "",
            r.steps,
            left,
        ]
        body.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    style = (
        "body{font-size:10pt}h1{text-align:center;font-size:15pt}"
        "table{border-collapse:collapse;width:100%;margin:8px 0}"
        "th,td{border:1px solid #444;padding:3px 5px}" + SIGN_STYLE
    )
    page = (
        f"<html><head><style>{style}</style></head><body>"
        f"<h1>{esc(unit)}{esc(title)}</h1><p>截至 {today.isoformat()}，共 {len(rows)} 户。</p>"
        "<table><thead><tr>"
        + "".join(f"<th>{esc(h)}</th>" for h in headers)
        + "</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
        + signature_block(unit)
        + "</body></html>"
    )
    return Paper(f"{unit}{title}", f"{unit} {title}", page)


@dataclass(frozen=True)
class TimelineRow:
    day: date
    step: str
    result: str
    what: str  # particulars and note
    who: str
    state: str


def timeline_paper(head_name: str, place: str, summary: str, rows: list[TimelineRow]) -> Paper:
    """A household's case history: every step with who and when, corrections included."""
    esc = html.escape
    headers = ["日期", "环节", "结果", "内容", "记录人", "状态"]
    body = [
        "<tr>"
        + "".join(
            f"<td>{esc(c)}</td>"
            for c in (r.day.isoformat(), r.step, r.result, r.what, r.who, r.state)
        )
        + "</tr>"
        for r in rows
    ]
    style = (
        "body{font-size:10pt}h1{text-align:center;font-size:15pt}"
        "table{border-collapse:collapse;width:100%;margin:8px 0}"
        "th,td{border:1px solid #444;padding:3px 5px}"
    )
    page = (
        f"<html><head><style>{style}</style></head><body>"
        f"<h1>{esc(head_name)}户 防止返贫监测记录</h1>"
        f"<p>{esc(place)}　当前：{esc(summary)}</p>"
        "<table><thead><tr>"
        + "".join(f"<th>{esc(h)}</th>" for h in headers)
        + "</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table></body></html>"
    )
    return Paper(f"{head_name}户监测记录", f"{head_name}户 防止返贫监测记录", page)


def step_text(e: Event) -> str:
    """What a step says besides its result: its particulars and note, in one line."""
    d = e.details
    parts = []
    if e.stage == vocab.CLUE and d.get("source"):
        parts.append(str(d["source"]))
    if d.get("participants"):
        parts.append(f"{d['participants']}人参加")
    if e.stage == vocab.NOTICE and e.notice_start and e.notice_end:
        settled = sum(o.settled for o in e.objections)
        parts.append(
            f"{e.notice_start}至{e.notice_end}，异议{len(e.objections)}条（已处理{settled}）"
        )
    if d.get("return_to"):
        parts.append(f"退回至{d['return_to']}")
    if e.monitor_type:
        parts.append(e.monitor_type)
    if d.get("reason"):
        parts.append(str(d["reason"]))
    if d.get("mark"):
        parts.append(str(d["mark"]))
    if e.note:
        parts.append(e.note)
    return "；".join(parts)
