"""The printed visit summary (入户走访记录表): store → plain data → document model → HTML.

Core module: no Qt, no HTTP. Three steps, so the slow part can run off the GUI thread:

1. :func:`load_summary_data` reads everything one visit's record needs from the store into a
   plain :class:`SummaryData` (no database handle kept; safe to pass between threads).
2. :func:`build_summary` turns it into a :class:`Summary` — every text already labelled the way
   the visit's own checklist version labels it, and already masked for the chosen
   :class:`SummaryOptions` (privacy happens here, once, for screen, printer and PDF alike).
3. :func:`summary_html` writes the HTML that ``gridworker.ui.printing`` lays out with
   ``QTextDocument`` (images are referenced by name; pass ``image_src`` to inline them).

Privacy (screening.md §5): by default an ID number shows only its last 4 characters
(:func:`gridworker.residentid.mask`); ``full_ids=True`` prints them in full and must come from
an explicit user choice. ``public=True`` (村内公示) leaves out ID numbers, phone numbers, bank
details and health status entirely, and scrubs them from free text as well.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date
from decimal import Decimal
from html import escape
from typing import Any

from sqlalchemy import Connection, select

from gridworker import vocab
from gridworker.checklist import Checklist, Question, evaluate, repeat
from gridworker.checklist.answertypes import normalize
from gridworker.regions import SUIXI_COUNTY, SUIXI_COUNTY_NAME, SUIXI_TOWNS, ancestors
from gridworker.residentid import InvalidResidentId, mask, parse
from gridworker.store import photos as store_photos
from gridworker.store.errors import StoreError
from gridworker.store.households import MemberChange, household_row, member_changes, member_rows
from gridworker.store.problems import measures, problems
from gridworker.store.store import TABLES, Store
from gridworker.store.visits import (
    Visit,
    context_for,
    get_visit,
)

__all__ = [
    "AnswerGroup",
    "Item",
    "Summary",
    "SummaryData",
    "SummaryOptions",
    "TableBlock",
    "build_summary",
    "load_summary",
    "load_summary_data",
    "summary_html",
    "visit_ids_in",
]

TITLE = "入户走访记录表"
LEVEL_LABELS = (("county", "县"), ("township", "乡镇"), ("village", "村"), ("grid", "网格"))
FLAG_KINDS = {
    "problem": "问题",
    "risk_clue": "风险线索",
    "data_error": "数据问题",
    "warning": "提示",
}
STATUS = {"completed": "已完成", "draft": "草稿（未完成）"}
HIDDEN = "（公示版不显示）"
HEALTH_HIDDEN = "涉及健康状况（公示版不显示）"
TABLE_WIDTH_CHARS = 54  # CJK characters across the body at the table font size

_ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[0-9Xx]|\d{15})(?![0-9A-Za-z])")
_PHONE_RE = re.compile(r"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
_LONG_DIGITS_RE = re.compile(r"(?<!\d)\d{12,}(?!\d)")  # bank cards and accounts
_HEALTH_WORDS = (
    "病",
    "残",
    "患",
    "伤",
    "精神",
    "智力",
    "健康状况",
    "医院",
    "住院",
    "手术",
    "治疗",
    "诊",
    "药",
    "癌",
    "瘫",
    "孕",
)
# Free-text answers a public notice keeps (names, work); any other free text is left out there,
# since notes easily hold health details, phone or account numbers.
PUBLIC_TEXT = frozenset(
    {"name", "worker_name", "helper_name", "employer", "welfare_job", "ethnicity"}
)


@dataclass(frozen=True)
class SummaryOptions:
    full_ids: bool = False  # print full ID numbers: only on the user's explicit request
    public: bool = False  # 村内公示: no IDs, phones, bank details or health status at all

    def __post_init__(self) -> None:
        if self.full_ids and self.public:
            raise ValueError("公示版不能显示完整证件号码 (public and full_ids exclude each other)")


@dataclass(frozen=True)
class SummaryData:
    """Everything the summary of one visit needs, read from the store (unmasked, raw)."""

    visit: Visit
    household: dict[str, Any]
    members: list[dict[str, Any]]  # roster facts overlaid by the visit's answers, roster order
    region_names: dict[str, str]  # code → name for the grid and its ancestors
    checklist: Checklist
    visible: frozenset[tuple[str, str | None, str]]
    derived: dict[str, Any]
    flags: list[dict[str, Any]]
    problems: list[dict[str, Any]]
    measures: list[dict[str, Any]]
    monitoring_line: Any
    signature: tuple[str, bytes] | None  # (mime, data) of the captured signature image
    # answers changed since the visit a repeat visit started from: key → last time's value
    changed: dict[tuple[str, str | None, str], Any] = field(default_factory=dict)
    repeat_states: dict[str, str] = field(default_factory=dict)  # section → same / edited
    previous_date: str = ""
    # the visit's photos, (caption, JPEG), when the setting ``summary_photos`` prints them
    photos: list[tuple[str, bytes]] = field(default_factory=list)
    member_changes: list[MemberChange] = field(default_factory=list)  # who joined or left


@dataclass(frozen=True)
class Item:
    label: str
    value: str
    highlight: bool = False


@dataclass(frozen=True)
class TableBlock:
    caption: str  # shown as the table's first header row ("" for none)
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    highlight_rows: frozenset[int] = frozenset()
    widths: tuple[int, ...] | None = None  # column widths in percent


@dataclass(frozen=True)
class AnswerGroup:
    """One checklist section: label/value items (household) or a member table (per member)."""

    title: str
    items: tuple[Item, ...] = ()
    tables: tuple[TableBlock, ...] = ()


@dataclass(frozen=True)
class Summary:
    title: str
    variant: str  # "" / "公示版" / "含完整证件号码"
    privacy_note: str
    visit_id: str
    header: tuple[Item, ...]
    members: TableBlock
    answers: tuple[AnswerGroup, ...]
    income: tuple[Item, ...]
    flags: tuple[Item, ...]
    problems: TableBlock
    measures: TableBlock
    signature_image: str | None  # image name in ``images``
    thumbprint: bool
    page_header: str  # short text repeated at the top of every page
    images: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # name → (mime, data)
    photos: tuple[tuple[str, str], ...] = ()  # (image name in ``images``, caption)
    member_changes: TableBlock = TableBlock("", (), ())  # 成员变动: who joined or left, why, when


# --------------------------------------------------------------------------------- loading
def load_summary(store: Store, visit_id: str) -> SummaryData:
    """Read one visit's summary data in one read transaction (any thread)."""
    with store.read() as conn:
        return load_summary_data(conn, visit_id)


def load_summary_data(conn: Connection, visit_id: str) -> SummaryData:
    visit = get_visit(conn, visit_id)
    household = household_row(conn, visit.household_id)
    roster = member_rows(conn, visit.household_id)
    checklist, ctx = context_for(conn, visit)
    answered: Mapping[str, Mapping[str, Any]] = visit.answers.get("members") or {}
    members = [{**m, **(answered.get(m["id"]) or {})} for m in roster]
    # members the visit answered for who are no longer in the household (they left since):
    # their facts as last recorded, under the visit's answers
    gone = [mid for mid in answered if mid not in {m["id"] for m in roster}]
    t = TABLES.member
    kept = (
        {r["id"]: dict(r) for r in conn.execute(select(t).where(t.c.id.in_(gone))).mappings()}
        if gone
        else {}
    )
    members += [{**kept.get(mid, {}), "id": mid, **answered[mid]} for mid in gone]
    ev = evaluate(checklist, visit.answers, ctx)
    started = visit.answers.get(repeat.KEY) or {}
    previous = None
    if isinstance(started.get("from"), str):
        try:
            previous = get_visit(conn, started["from"]).answers
        except StoreError:
            previous = None
    changed = repeat.changed(checklist, visit.answers, previous, repeat.not_carried(ctx.settings))
    frozen = visit.status == "completed" and bool(visit.derived)
    flags = list(visit.flags) if frozen else [_flag_dict(f) for f in ev.flags]
    derived = {**ev.derived, **visit.derived} if frozen else dict(ev.derived)
    return SummaryData(
        visit=visit,
        household=household,
        members=members,
        region_names=_region_names(conn, household["grid_code"]),
        checklist=checklist,
        visible=ev.visible,
        derived=derived,
        flags=flags,
        problems=_problems_at(conn, visit),
        measures=_measures_at(conn, visit),
        monitoring_line=ctx.settings.get("monitoring_line"),
        signature=_signature(conn, visit),
        changed={k: val for k, val in changed.items() if k in ev.visible},
        repeat_states=repeat.states(visit.answers),
        previous_date=str(started.get("from_date") or ""),
        photos=_photos(conn, visit, checklist, household["grid_code"]),
        member_changes=member_changes(conn, visit.household_id),
    )


def _photos(
    conn: Connection, visit: Visit, checklist: Checklist, grid_code: str
) -> list[tuple[str, bytes]]:
    """The visit's photos this device holds, when the setting ``summary_photos`` asks."""
    if not store_photos.print_photos(conn, grid_code, visit.visit_date):
        return []
    titles = {s.id: s.title for s in checklist.sections}
    out = []
    for p in store_photos.photos_of(conn, visit_id=visit.id):
        data = store_photos.image(conn, p["sha256"])
        if data is not None:
            taken = p["taken_at"] or p["attached_at"]
            caption = f"{titles.get(p['question'], p['question'] or '')} {taken:%Y-%m-%d}"
            out.append((caption.strip(), data))
    return out


def _flag_dict(flag: Any) -> dict[str, Any]:
    return dict(flag) if isinstance(flag, Mapping) else asdict(flag)


def _region_names(conn: Connection, grid_code: str) -> dict[str, str]:
    codes = ancestors(grid_code)
    r = TABLES.region
    rows = conn.execute(select(r.c.code, r.c.name).where(r.c.code.in_(codes)))
    names = {str(code): str(name) for code, name in rows}
    fallback = {SUIXI_COUNTY: SUIXI_COUNTY_NAME, **SUIXI_TOWNS}
    return {c: names.get(c) or fallback.get(c) or c for c in codes}


def _problems_at(conn: Connection, visit: Visit) -> list[dict[str, Any]]:
    """Problems this visit raised, and the household's others still open on the visit date."""
    out = []
    for p in problems(conn, visit.household_id):
        own = p.get("opened_visit_id") == visit.id
        open_then = p["opened_on"] <= visit.visit_date and (
            p["resolved_on"] is None or p["resolved_on"] > visit.visit_date
        )
        if own or open_then:
            out.append({**p, "raised_here": own})
    return out


def _measures_at(conn: Connection, visit: Visit) -> list[dict[str, Any]]:
    return [
        m
        for m in measures(conn, visit.household_id)
        if m["end_date"] is None or m["end_date"] >= visit.visit_date
    ]


def _signature(conn: Connection, visit: Visit) -> tuple[str, bytes] | None:
    sha = visit.answers.get("household", {}).get("head_signature")
    sha = (
        sha
        or conn.execute(
            select(TABLES.visit.c.signature).where(TABLES.visit.c.id == visit.id)
        ).scalar()
    )
    if not sha:
        return None
    a = TABLES.attachment
    row = conn.execute(select(a.c.mime, a.c.data).where(a.c.sha256 == str(sha).lower())).first()
    return (str(row.mime), bytes(row.data)) if row else None


def visit_ids_in(conn: Connection, region_code: str, date_from: date, date_to: date) -> list[str]:
    """Completed visits of households in a region (grid, village …) within the dates, the
    newest revision of each correction chain only; by household number, then date."""
    v, h = TABLES.visit, TABLES.household
    rows = conn.execute(
        select(v.c.id, v.c.revision_of)
        .join(h, h.c.id == v.c.household_id)
        .where(
            h.c.grid_code.startswith(region_code, autoescape=True),
            h.c.deleted.is_(False),
            v.c.deleted.is_(False),
            v.c.status == "completed",
            v.c.visit_date >= date_from,
            v.c.visit_date <= date_to,
        )
        .order_by(h.c.number, v.c.visit_date, v.c.created_at)
    ).all()
    replaced = {r.revision_of for r in rows if r.revision_of}
    return [r.id for r in rows if r.id not in replaced]


# ------------------------------------------------------------------------------ formatting
def _num(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d:,.2f}"


def answer_text(q: Question, raw: Any) -> str:
    value, error = normalize(q, raw)
    if value is None and error is None:
        return "—"
    if error is not None:  # an answer this version no longer accepts: print it as given
        return "、".join(map(str, raw)) if isinstance(raw, list) else str(raw)
    if q.type == "yesno":
        return "是" if value else "否"
    if q.type == "single":
        return q.choice_labels.get(value, str(value))
    if q.type == "multi":
        return "、".join(q.choice_labels.get(v, str(v)) for v in value) or "无"
    if q.type in ("integer", "money", "decimal"):
        return f"{_num(value)} {q.unit or ('元' if q.type == 'money' else '')}".strip()
    if q.type == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if q.type == "signature":
        return "已签名（见签字栏）"
    if q.type == "photo":
        return "已拍照（见系统记录）"
    return str(value)


class _Privacy:
    def __init__(self, options: SummaryOptions) -> None:
        self.o = options

    def id_number(self, value: Any) -> str:
        if not value:
            return "—"
        if self.o.public:
            return HIDDEN
        return str(value) if self.o.full_ids else mask(str(value))

    def text(self, value: str) -> str:
        """Free text: scrub ID numbers (unless full_ids) and, when public, phones, long digit
        runs (bank accounts) and health words."""
        if not self.o.full_ids:
            value = _ID_RE.sub(lambda m: mask(m.group(1)), value)
        if self.o.public:
            value = _ID_RE.sub("***", value)
            value = _PHONE_RE.sub("***", value)
            value = _LONG_DIGITS_RE.sub("***", value)
            if any(w in value for w in _HEALTH_WORDS):
                return HEALTH_HIDDEN
        return value

    def kind(self, q: Question) -> str | None:
        return question_privacy(q)

    def hides(self, q: Question) -> bool:
        return self.o.public and (
            question_privacy(q) is not None or (q.type == "text" and q.id not in PUBLIC_TEXT)
        )


def question_privacy(q: Question) -> str | None:
    """Which protected kind a question holds: id / phone / bank / health, or None."""
    key, label = q.id.lower(), q.label
    if "id_number" in key or "证件号" in label or "身份证" in label:
        return "id"
    if "phone" in key or "mobile" in key or "电话" in label or "手机" in label:
        return "phone"
    if "bank" in key or any(w in label for w in ("银行", "账号", "账户", "卡号")):
        return "bank"
    if key in ("health", "disability_class") or any(
        w in label for w in ("健康状况", "残疾类别", "疾病", "病情", "残疾证")
    ):
        return "health"
    return None


# --------------------------------------------------------------------------------- building
def build_summary(data: SummaryData, options: SummaryOptions | None = None) -> Summary:
    """The document model of one visit's record, masked for ``options``."""
    options = options or SummaryOptions()
    priv = _Privacy(options)
    v, h = data.visit, data.household
    head = next((m for m in data.members if m.get("relationship") == "户主"), None)
    head_name = str(h.get("head_name") or (head or {}).get("name") or "")
    names = dict(data.region_names)
    by_level = {len(c): n for c, n in names.items()}
    header = [
        Item(label, by_level.get(n, "—"))
        for (_, label), n in zip(LEVEL_LABELS, (6, 9, 12, 14), strict=True)
    ]
    header += [
        Item("户编号", str(h.get("number") or "")),
        Item("户主", head_name),
        Item("户类型", str(h.get("household_type") or "—")),
        Item("监测对象类别", str(h.get("monitor_type") or "—")),
        Item("家庭住址", priv.text(str(h.get("address") or ""))),
        Item("联系电话", HIDDEN if options.public else str(h.get("phone") or "—")),
        Item("走访日期", v.visit_date.isoformat()),
        Item("走访方式", v.mode),
        Item("网格员", v.worker_name or v.worker),
        Item("记录状态", STATUS.get(v.status, v.status)),
    ]
    entered = v.completed_at.replace(tzinfo=UTC).astimezone().date() if v.completed_at else None
    if entered is not None and entered != v.visit_date:
        header.append(Item("录入日期", entered.isoformat()))
    if data.repeat_states:
        same = sum(1 for st in data.repeat_states.values() if st == repeat.SAME)
        header.append(
            Item(
                "对照上次走访",
                f"{data.previous_date}：{same} 节与上次相同，{len(data.changed)} 处有改动",
            )
        )
    risks = [vocab.RISK_TYPES.get(c, c) for c in h.get("risk_codes") or []]
    if risks:
        header.append(Item("风险类型", priv.text("、".join(risks))))
    member_flags = {
        f.get("member_id")
        for f in data.flags
        if f.get("member_id") and f.get("kind") in ("problem", "data_error")
    }
    images: dict[str, tuple[str, bytes]] = {"qr": ("image/png", qr_png(v.id))}
    signature_image = None
    if data.signature and not options.public:
        images["signature"] = data.signature
        signature_image = "signature"
    photo_names: list[tuple[str, str]] = []
    if not options.public:  # never in a 公示 print
        for n, (caption, jpeg) in enumerate(data.photos):
            images[f"photo{n}"] = ("image/jpeg", jpeg)
            photo_names.append((f"photo{n}", caption))
    variant = "公示版" if options.public else ("含完整证件号码" if options.full_ids else "")
    note = (
        "公示版：已隐去证件号码、联系电话、银行账户和健康状况。"
        if options.public
        else "证件号码为完整号码，请妥善保管。"
        if options.full_ids
        else "证件号码仅显示后4位。"
    )
    return Summary(
        title=TITLE,
        variant=variant,
        privacy_note=note,
        visit_id=v.id,
        header=tuple(header),
        members=_members_table(data, priv, member_flags),
        answers=tuple(_answer_groups(data, priv, member_flags)),
        income=tuple(_income(data)),
        flags=tuple(_flags(data, priv)),
        problems=_problems_table(data, priv),
        measures=_measures_table(data, priv),
        signature_image=signature_image,
        thumbprint=bool(v.answers.get("household", {}).get("thumbprint")),
        page_header=f"{TITLE}　户编号 {h.get('number') or ''}　户主 {head_name}　"
        f"走访日期 {v.visit_date.isoformat()}",
        images=images,
        member_changes=_changes_table(data, priv),
        photos=tuple(photo_names),
    )


def _changes_table(data: SummaryData, priv: _Privacy) -> TableBlock:
    """成员变动: each member who joined (新生儿, 婚入, …) or left (死亡, 迁出, 婚出, …) the
    household, with the date; a member who left is listed here though no longer in the
    household."""
    rows = tuple(
        (
            c.name,
            c.relationship,
            f"{c.reason}（已不在本户）" if c.left else f"{c.reason}（加入本户）",
            c.on.isoformat(),
            priv.text(c.note) or "—",
        )
        for c in data.member_changes
    )
    return TableBlock(
        "成员变动",
        ("姓名", "与户主关系", "变动", "日期", "说明"),
        rows,
        widths=(14, 12, 24, 14, 36),
    )


def qr_png(text: str, scale: int = 4) -> bytes:
    import segno

    buf = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buf, kind="png", scale=scale, border=2)
    return buf.getvalue()


def _age(member: Mapping[str, Any], on: date) -> str:
    try:
        return str(parse(str(member.get("id_number") or ""), today=date.max).age_on(on))
    except (InvalidResidentId, ValueError):
        return "—"


_INSURANCE = (
    ("resident_med", "居民医保"),
    ("employee_med", "职工医保"),
    ("critical_illness", "大病保险"),
    ("commercial_med", "商业补充"),
    ("medical_aid", "医疗救助"),
    ("pension", "养老保险"),
    ("dibao", "低保"),
    ("tekun", "特困"),
)


def _members_table(data: SummaryData, priv: _Privacy, flagged: set[Any]) -> TableBlock:
    public = priv.o.public
    headers = [
        "姓名",
        "与户主关系",
        *([] if public else ["证件号码"]),
        "年龄",
        "性别",
        *([] if public else ["健康状况"]),
        "文化程度/在校",
        "务工就业",
        "参保及待遇",
    ]
    left = {c.member_id: c for c in data.member_changes if c.left}
    rows, marked = [], set()
    for i, m in enumerate(data.members):
        gone = left.get(str(m.get("id")))
        health = str(m.get("health") or "—")
        if m.get("disability_class"):
            health += f"（{m['disability_class']}）"
        school = (
            f"在校：{m['school_status']}"
            if m.get("school_status")
            else str(m.get("education") or "—")
        )
        if m.get("dropout_reason"):
            school += f"；{priv.text('失学：' + str(m['dropout_reason']))}"
        work = []
        if m.get("work_location") or m.get("work_months"):
            work.append(f"{m.get('work_location') or ''} {m.get('work_months') or 0}个月".strip())
        if m.get("welfare_job"):
            work.append(f"公益岗位：{m['welfare_job']} {m.get('welfare_job_months') or 0}个月")
        cover = "、".join(label for key, label in _INSURANCE if m.get(key)) or "无"
        name = str(m.get("name") or "")
        if gone is not None:
            name += f"（{gone.on.isoformat()}{gone.reason}，已不在本户）"
        row = [
            name,
            str(m.get("relationship") or ""),
            *([] if public else [priv.id_number(m.get("id_number"))]),
            _age(m, data.visit.visit_date),
            str(m.get("sex") or ""),
            *([] if public else [health]),
            school,
            "；".join(work) or "—",
            cover,
        ]
        rows.append(tuple(row))
        if m.get("id") in flagged:
            marked.add(i)
    widths = (8, 8, 21, 5, 5, 9, 12, 12, 20) if not public else (10, 9, 6, 6, 17, 19, 33)
    return TableBlock("", tuple(headers), tuple(rows), frozenset(marked), widths)


def _answer_groups(data: SummaryData, priv: _Privacy, flagged: set[Any]) -> list[AnswerGroup]:
    groups = []
    hh_answers: Mapping[str, Any] = data.visit.answers.get("household") or {}
    for sec in data.checklist.sections:
        if sec.per_member:
            tables = _member_section(data, sec.id, sec.title, sec.questions, priv, flagged)
            if tables:
                groups.append(AnswerGroup(sec.title, tables=tables))
            continue
        items = []
        for q in sec.questions:
            if (sec.id, None, q.id) not in data.visible or q.type == "signature":
                continue
            if priv.hides(q):
                items.append(Item(q.label, HIDDEN))
                continue
            text = answer_text(q, hh_answers.get(q.id))
            text = priv.text(text) if q.type != "date" else text
            items.append(Item(q.label, text + _changed_note(data, (sec.id, None, q.id), q, priv)))
        if items:
            groups.append(AnswerGroup(sec.title, items=tuple(items)))
    return groups


def _member_section(
    data: SummaryData,
    sid: str,
    title: str,
    questions: Sequence[Question],
    priv: _Privacy,
    flagged: set[Any],
) -> tuple[TableBlock, ...]:
    members = [
        m
        for m in data.members
        if any((sid, str(m.get("id")), q.id) in data.visible for q in questions)
    ]
    if not members:
        return ()
    shown = [
        q
        for q in questions
        if q.id != "name"
        and not priv.hides(q)
        and any((sid, str(m.get("id")), q.id) in data.visible for m in members)
    ]
    marked = frozenset(i for i, m in enumerate(members) if m.get("id") in flagged)
    cells: list[list[str]] = []
    for m in members:
        row = []
        for q in shown:
            if (sid, str(m.get("id")), q.id) not in data.visible:
                row.append("／")  # not asked of this member
            elif priv.kind(q) == "id":
                row.append(priv.id_number(m.get(q.id)))
            else:
                note = _changed_note(data, (sid, str(m.get("id")), q.id), q, priv)
                row.append(priv.text(answer_text(q, m.get(q.id))) + note)
        cells.append(row)
    tables: list[TableBlock] = []
    for cols in _column_chunks([q.label for q in shown], cells):
        name_w = 10
        est = [_width(shown[c].label, [r[c] for r in cells]) for c in cols]
        widths = (name_w, *(max(1, round(w * (100 - name_w) / sum(est))) for w in est))
        caption = title if not tables else f"{title}（续）"
        tables.append(
            TableBlock(
                caption,
                ("姓名", *(shown[c].label for c in cols)),
                tuple(
                    (str(m.get("name") or ""), *(cells[i][c] for c in cols))
                    for i, m in enumerate(members)
                ),
                marked,
                widths,
            )
        )
    return tuple(tables)


def _changed_note(
    data: SummaryData, key: tuple[str, str | None, str], q: Question, priv: _Privacy
) -> str:
    """「（已改，上次：…）」 after an answer changed since the last visit (the public notice says
    only that it changed)."""
    if key not in data.changed:
        return ""
    if priv.o.public:
        return "（已改）"
    return f"（已改，上次：{priv.text(answer_text(q, data.changed[key]))}）"


def _width(label: str, values: Sequence[str]) -> int:
    """Estimated column width in CJK characters: the label may wrap onto three lines."""

    def chars(text: str) -> float:
        return sum(0.65 if c.isascii() else 1.0 for c in text)

    return int(max(chars(label) / 3, 2, *(chars(v) for v in values))) + 1


def _column_chunks(labels: Sequence[str], cells: Sequence[Sequence[str]]) -> list[list[int]]:
    """Split columns into tables that fit the page width (the name column repeats), balanced
    so a continuation table is not left with one column."""
    widths = [_width(label, [r[c] for r in cells]) for c, label in enumerate(labels)]
    budget = TABLE_WIDTH_CHARS - 5
    count = max(1, -(-sum(widths) // budget))
    target = sum(widths) / count
    chunks: list[list[int]] = [[]]
    used = 0
    for c, w in enumerate(widths):
        if chunks[-1] and (used + w > budget or (used + w / 2 > target and len(chunks) < count)):
            chunks.append([])
            used = 0
        chunks[-1].append(c)
        used += w
    return chunks


def _income(data: SummaryData) -> list[Item]:
    items = [
        Item(d.label, f"{_num(data.derived[d.id])} {d.unit}".strip())
        for d in data.checklist.derived
        if data.derived.get(d.id) is not None
    ]
    line = data.monitoring_line
    year = data.visit.visit_date.year
    pci = data.derived.get("per_capita_income")
    if line is None:
        items.append(Item(f"{year}年监测线", "未设置（请同步县级设置）", True))
        return items
    items.append(Item(f"{year}年监测线", f"{_num(line)} 元/人·年"))
    if pci is not None:
        below = Decimal(str(pci)) < Decimal(str(line))
        verdict = "低于监测线" if below else "不低于监测线"
        items.append(
            Item("人均纯收入与监测线比较", f"{verdict}（{_num(pci)} 元 / {_num(line)} 元）", below)
        )
    return items


def _flags(data: SummaryData, priv: _Privacy) -> list[Item]:
    out = []
    for f in data.flags:
        rule = str(f.get("rule") or "")
        if rule.startswith(("expr:", "setting:")):
            continue
        kind = str(f.get("kind") or "")
        out.append(
            Item(
                FLAG_KINDS.get(kind, kind),
                priv.text(str(f.get("message") or "")),
                kind in ("problem", "risk_clue", "data_error"),
            )
        )
    return out


def _problems_table(data: SummaryData, priv: _Privacy) -> TableBlock:
    names = {m.get("id"): str(m.get("name") or "") for m in data.members}
    rows, marked = [], set()
    for i, p in enumerate(data.problems):
        resolved = p.get("resolved_on")
        state = "本次发现" if p.get("raised_here") else "未解决"
        if resolved is not None:
            state = f"已于{resolved.isoformat()}解决"
        rows.append(
            (
                str(p.get("type") or ""),
                names.get(p.get("member_id"), "") or "全户",
                priv.text(str(p.get("description") or "")),
                p["opened_on"].isoformat(),
                state,
            )
        )
        if resolved is None:
            marked.add(i)
    return TableBlock(
        "问题记录（两不愁三保障及饮水）",
        ("类型", "对象", "情况", "发现日期", "状态"),
        tuple(rows),
        frozenset(marked),
        (10, 10, 50, 13, 17),
    )


def _measures_table(data: SummaryData, priv: _Privacy) -> TableBlock:
    names = {m.get("id"): str(m.get("name") or "") for m in data.members}
    rows = []
    for m in data.measures:
        end = m.get("end_date")
        rows.append(
            (
                vocab.MEASURES.get(m["code"], m["code"]),
                names.get(m.get("member_id"), "") or "全户",
                priv.text(str(m.get("description") or "")),
                m["start_date"].isoformat() + (f" 至 {end.isoformat()}" if end else " 起"),
            )
        )
    return TableBlock("", ("措施", "对象", "内容", "时间"), tuple(rows), widths=(15, 10, 50, 25))


# ------------------------------------------------------------------------------------ HTML
def data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


_STYLE = (
    "body {{ font-family: '{family}'; font-size: 9pt; color: #000000; }}"
    "h1 {{ font-size: 16pt; font-weight: bold; text-align: center; margin: 0px; }}"
    "h2 {{ font-size: 11pt; font-weight: bold; margin-top: 7pt; margin-bottom: 3pt; }}"
    "th {{ background-color: #e6e6e6; font-weight: bold; font-size: 8.5pt; }}"
    "th.t {{ background-color: #ffffff; font-size: 9.5pt; text-align: left; }}"
    "td {{ font-size: 9pt; background-color: #ffffff; }}"
    "td.l {{ background-color: #f2f2f2; font-size: 8.5pt; }}"
    "td.hl {{ background-color: #ffd6d6; font-weight: bold; }}"
    ".note {{ font-size: 8pt; color: #444444; }}"
)
# Grid lines are the table's dark background showing through 1 px cell spacing: it looks like
# collapsed borders and lays out and paints ~2x faster in QTextDocument than real cell borders.
_GRID = "<table width='100%' border='0' cellspacing='1' cellpadding='2' bgcolor='#666666'>"


def summary_html(
    summary: Summary,
    *,
    font_family: str = "WenQuanYi Micro Hei",
    image_src: Callable[[str], str] | None = None,
) -> str:
    """HTML for ``QTextDocument`` (the HTML 4 / CSS 2 subset Qt lays out). Every block's title
    is a header row of its own table, so a title never ends a page alone and repeats on the
    next page when a table breaks."""
    if image_src is None:

        def image_src(name: str) -> str:
            return data_uri(*summary.images[name])

    e = escape
    variant = f"（{e(summary.variant)}）" if summary.variant else ""
    out = [
        f"<html><head><meta charset='utf-8'><style>{_STYLE.format(family=e(font_family))}"
        "</style></head><body>",
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        "<td width='80'></td>"
        f"<td align='center' valign='middle'><h1>{e(summary.title)}{variant}</h1>"
        f"<span class='note'>{e(summary.privacy_note)}</span></td>"
        f"<td width='80' align='right'><img src='{e(image_src('qr'))}' width='64' height='64'/>"
        "</td></tr></table>",
        f"<p class='note' align='right'>记录编号：{e(summary.visit_id)}</p>",
        _items_html("", summary.header, pairs=3),
        "<h2>一、家庭成员</h2>",
        _table_html(summary.members),
        _table_html(summary.member_changes) if summary.member_changes.rows else "",
        "<h2>二、走访调查情况</h2>",
    ]
    for g in summary.answers:
        if g.items:
            out.append(_items_html(g.title, g.items, pairs=2))
        out.extend(_table_html(t) for t in g.tables)
    out.append("<h2>三、收入情况</h2>")
    out.append(_items_html("", summary.income, pairs=2))
    out.append("<h2>四、发现的问题和风险</h2>")
    if summary.flags:
        out.append(_items_html("", summary.flags, pairs=1))
    else:
        out.append("<p>本次走访未发现问题或风险。</p>")
    if summary.problems.rows:
        out.append(_table_html(summary.problems))
    out.append("<h2>五、帮扶措施</h2>")
    out.append(_table_html(summary.measures) if summary.measures.rows else "<p>暂无帮扶措施。</p>")
    if summary.photos:
        out.append(_photos_html(summary, image_src))
    out.append(_signature_html(summary, image_src))
    out.append("</body></html>")
    return "".join(out)


def _title_row(title: str, span: int) -> str:
    return f"<tr><th class='t' colspan='{span}'>{escape(title)}</th></tr>" if title else ""


def _items_html(title: str, items: Sequence[Item], pairs: int) -> str:
    label_w = {1: 12, 2: 20, 3: 10}[pairs]
    value_w = 100 // pairs - label_w
    cells = []
    for it in items:
        cls = " class='hl'" if it.highlight else ""
        cells.append(
            f"<td class='l' width='{label_w}%'>{escape(it.label)}</td>"
            f"<td width='{value_w}%'{cls}>{escape(it.value)}</td>"
        )
    while len(cells) % pairs:
        cells.append("<td class='l'></td><td></td>")
    rows = ["<tr>" + "".join(cells[i : i + pairs]) + "</tr>" for i in range(0, len(cells), pairs)]
    head = f"<thead>{_title_row(title, 2 * pairs)}</thead>" if title else ""
    return _GRID + head + "<tbody>" + "".join(rows) + "</tbody></table>"


def _table_html(t: TableBlock) -> str:
    widths = t.widths or ()
    heads = "".join(
        f"<th{f' width={widths[i]}%' if i < len(widths) else ''}>{escape(h)}</th>"
        for i, h in enumerate(t.headers)
    )
    out = [
        _GRID,
        "<thead>",
        _title_row(t.caption, len(t.headers)),
        f"<tr>{heads}</tr>",
        "</thead><tbody>",
    ]
    for i, row in enumerate(t.rows):
        cls = " class='hl'" if i in t.highlight_rows else ""
        out.append("<tr>" + "".join(f"<td{cls}>{escape(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _photos_html(s: Summary, image_src: Callable[[str], str]) -> str:
    """The visit's photos, three a row, each with its section and date."""
    cells = [
        f"<td align='center' width='33%'><img src='{escape(image_src(name))}' width='200'/>"
        f"<br/><span class='note'>{escape(caption)}</span></td>"
        for name, caption in s.photos
    ]
    while len(cells) % 3:
        cells.append("<td width='33%'></td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3))
    return f"{_GRID}<thead>{_title_row('走访照片', 3)}</thead><tbody>{rows}</tbody></table>"


def _signature_html(s: Summary, image_src: Callable[[str], str]) -> str:
    if s.signature_image:
        head = f"户主签字：<img src='{escape(image_src(s.signature_image))}' height='48'/>" + (
            "（已按手印）" if s.thumbprint else ""
        )
        thumb = ""
    elif s.variant == "公示版":
        head, thumb = "户主签字：见存档记录", ""
    else:
        head = "户主（签字）：＿＿＿＿＿＿＿＿＿＿"
        thumb = (
            "<table border='1' cellspacing='0' cellpadding='0' style='border-collapse: "
            "collapse; border-style: solid;'><tr><td width='64' height='64' align='center' "
            "valign='middle'><span class='note'>手印</span></td></tr></table>"
        )
    # one table row: Qt moves a row to the next page whole, so heading and signatures stay together
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' style='margin-top: 6pt;'><tr>"
        "<td width='44%' valign='bottom'><p style='font-size: 11pt; font-weight: bold; "
        f"margin-bottom: 14pt;'>六、签字确认</p>{head}</td>"
        f"<td width='16%' valign='bottom'>{thumb}</td>"
        "<td width='40%' valign='bottom'>网格员（签字）：＿＿＿＿＿＿＿＿<br/><br/>"
        "日期：＿＿＿＿年＿＿月＿＿日</td></tr></table>"
    )
