"""A household's monitoring case, folded from its ``monitoring_event`` records (screening.md §5).

The same fold runs on the device (the household timeline, the village, township and county
queues, what a screen offers next) and on the server (`gridworker.server.push` refuses a step
the case does not allow, whoever sends it). Who may record which step is not decided here: that
is the permission table (`gridworker.server.permissions`); here is only *whether the case is at
that step*.

Events are append-only. A correction is a new event that ``supersedes`` an earlier one of the
same step: the fold puts it in the place of the event it corrects, and the timeline shows both.
An event the case did not allow (a device's own step the server will refuse, or old data) is
kept in the timeline as not in force, and changes nothing.

The procedure (identification, then clearing):

- 风险线索 (a visit, a 自主申报, a department list) opens a case; on a household already
  monitored it attaches to the case and changes nothing.
- 申请 (with the household's signature or thumbprint) → 入户核查 (有风险 / 无风险) → 村级评议
  (通过 / 未通过) → 村内公示 (start, end, objections and how each was settled) and 信息比对 →
  乡镇审核 (通过, or 退回 naming the step it returns to; the clock keeps running) → 县级审定
  (纳入 with its 监测对象类别 and 风险类型, or 不纳入 with a reason).
- The village closes (村级关闭, with a reason) a clue found 无风险 at 核查 or 未通过 at 评议: it
  never reaches the county. The township may reopen it (乡镇重开). Closing stops the clock.
- A monitored household: 消除提出 → 村级评议 → 村内公示 → 乡镇审核 → 风险消除 (稳定消除 —
  refused for a household with no labour — or 自然消除 with a reason from the setting
  ``natural_clearing_reasons``).

Time limits are settings (`Limits.from_settings`): clue to decision ``clue_decision_limit_days``,
公示 ``notice_min_days``, ``clearing_min_months`` (clearing sooner after identification is a
data-quality exception) and ``clearing_stable_months``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from gridworker import vocab
from gridworker.vocab import (
    APPLY,
    AUDIT,
    CHECK,
    CLEAR,
    CLOSE,
    CLUE,
    COMPARE,
    DECIDE,
    NOTICE,
    PROPOSE,
    REOPEN,
    REVIEW,
)

# Phases of a case.
NONE = "无案件"
OPEN = "识别中"
CLOSED = "村级关闭"
NOT_INCLUDED = "不纳入"
MONITORED = "监测中"
CLEARING = "消除中"
CLEARED = "已消除"
ENDED = (NONE, NOT_INCLUDED, CLEARED)  # a new clue opens a new case

# The steps of each round, in order (a 退回 undoes the named step and everything after it).
IDENTIFY_STEPS = (APPLY, CHECK, REVIEW, NOTICE, COMPARE, AUDIT)
CLEARING_STEPS = (PROPOSE, REVIEW, NOTICE, AUDIT)
RETURNABLE = {OPEN: (CHECK, REVIEW, NOTICE, COMPARE), CLEARING: (REVIEW, NOTICE)}

# Entry states in a timeline.
IN_FORCE, CORRECTED, NOT_IN_FORCE = "生效", "已更正", "未生效"


@dataclass(frozen=True)
class Limits:
    decision_days: int = 15
    notice_days: int = 5
    clearing_min_months: int = 2
    stable_months: int = 6
    natural_reasons: tuple[str, ...] = ("全户成员死亡", "整户迁出", "户籍注销", "其他（说明）")

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> Limits:
        d = cls()
        reasons = settings.get("natural_clearing_reasons")
        return cls(
            int(settings.get("clue_decision_limit_days", d.decision_days)),
            int(settings.get("notice_min_days", d.notice_days)),
            int(settings.get("clearing_min_months", d.clearing_min_months)),
            int(settings.get("clearing_stable_months", d.stable_months)),
            tuple(str(r) for r in reasons) if isinstance(reasons, list) else d.natural_reasons,
        )


@dataclass(frozen=True)
class Objection:
    text: str
    settled: bool = False
    how: str = ""


@dataclass(frozen=True)
class Event:
    id: str
    household_id: str
    stage: str
    event_date: date
    result: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    note: str | None = None
    supersedes: str | None = None
    signature: str | None = None
    monitor_type: str | None = None
    risk_codes: tuple[str, ...] = ()
    visit_id: str | None = None
    recorded_at: datetime | None = None
    recorded_by: str | None = None  # the server's stamp (None on a device's unsent event)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Event:
        return cls(
            str(row["id"]),
            str(row["household_id"]),
            str(row["stage"]),
            _day(row["event_date"]),
            row.get("result"),
            dict(row.get("details") or {}),
            row.get("note"),
            row.get("supersedes"),
            row.get("signature"),
            row.get("monitor_type"),
            tuple(str(c) for c in (row.get("risk_codes") or ())),
            row.get("visit_id"),
            row.get("recorded_at") or row.get("created_at"),
            row.get("recorded_by"),
        )

    def order(self) -> tuple[date, datetime, str]:
        return (self.event_date, self.recorded_at or datetime.min, self.id)

    # 村内公示
    @property
    def notice_start(self) -> date | None:
        return _maybe_day(self.details.get("start"))

    @property
    def notice_end(self) -> date | None:
        return _maybe_day(self.details.get("end"))

    @property
    def objections(self) -> list[Objection]:
        out = []
        for o in self.details.get("objections") or []:
            if isinstance(o, Mapping):
                out.append(
                    Objection(str(o.get("text", "")), bool(o.get("settled")), str(o.get("how", "")))
                )
        return out


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _maybe_day(value: Any) -> date | None:
    try:
        return None if value in (None, "") else _day(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class Entry:
    """One event in a household's timeline, with whether it is in force (and why not)."""

    event: Event
    state: str  # IN_FORCE / CORRECTED / NOT_IN_FORCE
    why: str = ""
    corrected_by: str | None = None


@dataclass
class Case:
    household_id: str
    limits: Limits
    phase: str = NONE
    steps: dict[str, Event] = field(default_factory=dict)  # the current round's steps
    opened_on: date | None = None  # the clue that opened the identification
    decided_on: date | None = None  # 县级审定 (纳入 or 不纳入)
    closed_on: date | None = None  # 村级关闭 (the clock stops)
    paused_days: int = 0  # days spent closed before a 乡镇重开
    clearing_since: date | None = None
    cleared_on: date | None = None
    returned_to: str | None = None  # the step the last 退回 named, until it is done again
    last_date: date | None = None  # the latest step in force
    monitor_type: str | None = None
    risk_codes: tuple[str, ...] = ()
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # every 县级审定 in force: (date, result, clue-to-decision days, the clock stopped while closed)
    decisions: list[tuple[date, str, int | None]] = field(default_factory=list)

    # -- what the case is waiting for -------------------------------------------------------

    @property
    def monitored(self) -> bool:
        return self.phase in (MONITORED, CLEARING)

    @property
    def active(self) -> bool:
        """A case someone has to act on (identification or clearing under way)."""
        return self.phase in (OPEN, CLEARING)

    def next_steps(self) -> tuple[str, ...]:
        """The steps the case allows now (their content still to be checked)."""
        return tuple(s for s in vocab.MONITOR_STAGES if s != CLUE and self._order(s) is None)

    @property
    def waiting_for(self) -> str:
        nxt = [s for s in self.next_steps() if s not in (CLOSE, REOPEN)] or list(self.next_steps())
        if self.phase == CLOSED:
            return "已由村关闭"
        return "待" + "、".join(nxt) if nxt else self.phase

    def summary(self, today: date) -> str:
        """The case in one line: phase, what it waits for, days left (or overdue)."""
        if self.phase == NONE:
            return "没有监测案件"
        parts = [self.phase]
        if self.active:
            parts.append(self.waiting_for)
        left = self.days_left(today)
        if left is not None:
            parts.append(f"剩余{left}天" if left >= 0 else f"超期{-left}天")
        if self.returned_to:
            parts.append(f"已退回至{self.returned_to}")
        return "，".join(parts)

    def notice_ready_on(self) -> date | None:
        """The first day 乡镇审核 may be recorded (the 公示 has run its days), if a 公示 is in."""
        n = self.steps.get(NOTICE)
        if n is None or n.notice_start is None or n.notice_end is None:
            return None
        from datetime import timedelta

        return max(n.notice_end, n.notice_start + timedelta(days=self.limits.notice_days - 1)) + (
            timedelta(days=1)
        )

    def unsettled(self) -> list[Objection]:
        n = self.steps.get(NOTICE)
        return [o for o in n.objections if not o.settled] if n else []

    def days(self, today: date) -> int | None:
        """Days from the clue to the decision (or to today), the clock stopped while closed."""
        if self.opened_on is None:
            return None
        end = self.decided_on or self.closed_on or today
        return (end - self.opened_on).days - self.paused_days

    def days_left(self, today: date) -> int | None:
        """Days left of the clue-to-decision limit (negative: overdue); None when not running."""
        if self.phase != OPEN:
            return None
        d = self.days(today)
        return None if d is None else self.limits.decision_days - d

    # -- the rules --------------------------------------------------------------------------

    def _order(self, stage: str) -> str | None:
        """Why ``stage`` cannot come next in this case (None: it can), its content aside."""
        s, ph, have = stage, self.phase, self.steps
        if s == CLUE:
            return None
        if ph == CLOSED:
            return None if s == REOPEN else "此线索已由村关闭，须乡镇先重开"
        if s == REOPEN:
            return "只有村已关闭的线索可以重开"
        if s in (DECIDE, CLEAR) and ph in (MONITORED, NOT_INCLUDED, CLEARED):
            done = self.cleared_on if ph == CLEARED else self.decided_on
            shown = f"（{done.isoformat()}）" if done else ""
            return f"本案已有{CLEAR if ph == CLEARED else DECIDE}{shown}"
        if ph in ENDED:
            return "本户没有进行中的监测案件（应先有风险线索）"
        if ph == MONITORED:
            return None if s == PROPOSE else "本户已纳入监测：下一步是消除提出"
        if s == PROPOSE:
            return "本户未纳入监测，不能提出风险消除"
        if s in (DECIDE, COMPARE, APPLY, CHECK, CLOSE) and ph == CLEARING:
            return f"风险消除程序中没有{s}环节"
        if s == CLEAR and ph == OPEN:
            return "本户尚未纳入监测，不能审定风险消除"
        need = {
            APPLY: None,
            CHECK: (APPLY, None),
            REVIEW: (CHECK, "有风险") if ph == OPEN else (PROPOSE, None),
            NOTICE: (REVIEW, "通过"),
            COMPARE: (REVIEW, "通过"),
            AUDIT: (NOTICE, None),
            DECIDE: (AUDIT, "通过"),
            CLEAR: (AUDIT, "通过"),
            CLOSE: None,
        }[s]
        if s in have:
            return f"本案已有{s}（{have[s].event_date.isoformat()}），更正请用更正"
        if s == CLOSE:
            check, review = have.get(CHECK), have.get(REVIEW)
            if (check and check.result == "无风险") or (review and review.result == "未通过"):
                return None
            return "只有核查无风险或评议未通过的线索可以由村关闭"
        if need is None:
            return None
        prev, result = need
        got = have.get(prev)
        if got is None:
            return f"缺少前一环节：{prev}"
        if result is not None and got.result != result:
            return f"前一环节{prev}的结果不是“{result}”"
        if s == AUDIT and ph == OPEN and COMPARE not in have:
            return f"缺少前一环节：{COMPARE}"
        return None

    def refusal(self, ev: Event, *, no_labour: bool = False) -> str | None:
        """Why the case does not allow ``ev`` now (None: it does)."""
        if ev.stage not in vocab.MONITOR_STAGES:
            return f"未知的监测环节：{ev.stage[:16]}"
        allowed = vocab.STEP_RESULTS.get(ev.stage)
        if allowed is not None and ev.result not in allowed:
            return f"{ev.stage}须填写结果（{'/'.join(allowed)}）"
        if allowed is None and ev.result is not None:
            return f"{ev.stage}没有结果一项"
        reason = self._order(ev.stage)
        if reason is not None:
            return reason
        if ev.stage != CLUE and self.last_date is not None and ev.event_date < self.last_date:
            return f"日期早于本案上一环节（{self.last_date.isoformat()}）"
        return self._content(ev, no_labour)

    def _content(self, ev: Event, no_labour: bool) -> str | None:
        s = ev.stage
        note = (ev.note or "").strip()
        if s == CLUE:
            source = ev.details.get("source")
            if source is not None and source not in vocab.CLUE_SOURCES:
                return f"线索来源无效：{str(source)[:20]}"
        elif s == APPLY:
            mark = ev.details.get("mark", "签字")
            if mark not in vocab.SIGN_MARKS:
                return "签字方式应为签字或手印"
            if not ev.signature and mark != "手印":  # a thumbprint may stay on the paper form
                return "申请须有户主（或代办人）的签字或手印"
        elif s == REVIEW:
            n = ev.details.get("participants")
            if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 10_000:
                return "村级评议须填写参加人数"
        elif s == NOTICE:
            start, end = ev.notice_start, ev.notice_end
            if start is None or end is None or end < start:
                return "村内公示须填写起止日期（结束不早于开始）"
            if (end - start).days + 1 < self.limits.notice_days:
                return f"公示期不少于 {self.limits.notice_days} 天"
            if ev.details.get("objections") is not None and not isinstance(
                ev.details.get("objections"), list
            ):
                return "公示异议格式无效"
            if any(not o.text.strip() for o in ev.objections):
                return "每条异议须写明内容"
            if any(o.settled and not o.how.strip() for o in ev.objections):
                return "已处理的异议须写明如何处理"
        elif s == AUDIT:
            ready = self.notice_ready_on()
            if ready is None or ev.event_date < ready:
                shown = ready.isoformat() if ready else "公示结束后"
                return f"公示期未满：{shown} 起才能审核"
            if self.unsettled():
                return f"公示中还有 {len(self.unsettled())} 条异议未处理完毕"
            if ev.result == "退回":
                back = ev.details.get("return_to")
                if back not in RETURNABLE[self.phase]:
                    return f"退回须指明退回到哪一环节（{'/'.join(RETURNABLE[self.phase])}）"
                if not note:
                    return "退回须写明原因"
        elif s == DECIDE:
            if ev.result == "纳入":
                if ev.monitor_type not in vocab.MONITOR_TYPES:
                    return "纳入监测须填写监测对象类别"
                if not ev.risk_codes:
                    return "纳入监测须填写风险类型"
            elif not note:
                return "不纳入须写明原因"
        elif s == CLOSE:
            if not note:
                return "关闭线索须写明原因"
        elif s == REOPEN:
            if not note:
                return "重开须写明原因"
        elif s == CLEAR:
            if ev.result == "稳定消除" and no_labour:
                return "整户无劳动能力的家庭以保障措施兜底，不能标记为稳定消除"
            if ev.result == "自然消除":
                reason = ev.details.get("reason")
                if reason not in self.limits.natural_reasons:
                    return f"自然消除须选择原因（{'、'.join(self.limits.natural_reasons)}）"
        return None

    # -- applying a step the case allows ----------------------------------------------------

    def _apply(self, ev: Event) -> None:
        s = ev.stage
        if s != CLUE:
            self.last_date = ev.event_date
        if s == CLUE:
            if self.phase in ENDED:
                self._reset(OPEN)
                self.opened_on = ev.event_date
                self.decided_on = None
                self.monitor_type, self.risk_codes = None, ev.risk_codes
            elif self.phase == CLOSED:  # a new clue on a closed one opens a new case
                self._reset(OPEN)
                self.opened_on, self.closed_on, self.paused_days = ev.event_date, None, 0
            self.steps.setdefault(CLUE, ev)
            return
        if s == REOPEN:
            self.phase = OPEN
            self.steps.pop(CLOSE, None)
            if self.closed_on is not None:
                self.paused_days += (ev.event_date - self.closed_on).days
            self.closed_on = None
            return
        self.steps[s] = ev
        if s == self.returned_to:
            self.returned_to = None
        if s == CLOSE:
            self.phase, self.closed_on = CLOSED, ev.event_date
        elif s == REVIEW and ev.result == "未通过" and self.phase == CLEARING:
            self._reset(MONITORED)  # the proposal failed: still monitored
        elif s == AUDIT and ev.result == "退回":
            back = str(ev.details.get("return_to"))
            order = IDENTIFY_STEPS if self.phase == OPEN else CLEARING_STEPS
            for step in order[order.index(back) :]:
                self.steps.pop(step, None)
            self.returned_to = back
        elif s == DECIDE:
            self.decided_on = ev.event_date
            self.decisions.append((ev.event_date, str(ev.result), self.days(ev.event_date)))
            if ev.result == "纳入":
                self._reset(MONITORED)
                self.monitor_type, self.risk_codes = ev.monitor_type, ev.risk_codes
            else:
                self._reset(NOT_INCLUDED)
        elif s == PROPOSE:
            self._reset(CLEARING)
            self.steps[PROPOSE] = ev
            self.clearing_since = ev.event_date
        elif s == CLEAR:
            self._reset(CLEARED)
            self.cleared_on = ev.event_date
            if (
                self.decided_on is not None
                and _months_after(self.decided_on, self.limits.clearing_min_months) > ev.event_date
            ):
                self.warnings.append(
                    f"纳入后不足 {self.limits.clearing_min_months} 个月即风险消除（数据质量）"
                )

    def _reset(self, phase: str) -> None:
        self.phase = phase
        self.steps = {}
        self.returned_to = None


def _months_after(day: date, months: int) -> date:
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def no_labour(household: Mapping[str, Any], members: Iterable[Mapping[str, Any]]) -> bool:
    """整户无劳动能力: the household is marked 兜底保障 or none of its live members can work."""
    if household.get("no_labour_guarantee"):
        return True
    live = [m for m in members if not m.get("deleted")]
    return bool(live) and all(m.get("labour") in vocab.NO_LABOUR for m in live)


def _roots(events: Sequence[Event]) -> dict[str, str]:
    """event id → the id of the first event of its correction chain."""
    by_id = {e.id: e for e in events}
    out: dict[str, str] = {}
    for e in events:
        seen, cur = {e.id}, e
        while cur.supersedes is not None and cur.supersedes in by_id:
            cur = by_id[cur.supersedes]
            if cur.id in seen:
                break
            seen.add(cur.id)
        out[e.id] = cur.id
    return out


def fold(
    household_id: str,
    events: Iterable[Event],
    limits: Limits | None = None,
    *,
    monitored: bool = False,
    no_labour: bool = False,
) -> Case:
    """The case of one household from its events (any order; tombstones left out by the
    caller). ``monitored``: the household is monitored without any decision recorded here (a
    roster's 监测对象类别 from before)."""
    case = Case(household_id, limits or Limits())
    if monitored:
        case.phase = MONITORED
    ordered = sorted(events, key=Event.order)
    roots = _roots(ordered)
    # the latest correction of each chain takes the place of the chain's first event
    latest: dict[str, Event] = {}
    for e in ordered:
        root = roots[e.id]
        if e.supersedes is None or root != e.id:
            latest[root] = e
    corrected_by = {
        e.id: latest[roots[e.id]].id for e in ordered if latest.get(roots[e.id], e).id != e.id
    }
    outcome: dict[str, Entry] = {}
    for e in ordered:
        if e.supersedes is not None and roots[e.id] != e.id:
            continue  # placed where the event it corrects stands
        if e.supersedes is not None:  # corrects something this device does not hold
            outcome[e.id] = Entry(e, NOT_IN_FORCE, "所更正的记录不存在")
            continue
        act = latest.get(e.id, e)
        if act.stage != e.stage:
            outcome[act.id] = Entry(act, NOT_IN_FORCE, "更正须与原记录为同一环节")
            act = e
        why = case.refusal(act, no_labour=no_labour)
        if why is None:
            case._apply(act)
            outcome[act.id] = Entry(act, IN_FORCE)
        else:
            outcome[act.id] = Entry(act, NOT_IN_FORCE, why)
    for e in ordered:
        if e.id not in outcome:
            outcome[e.id] = Entry(e, CORRECTED, corrected_by=corrected_by.get(e.id))
    case.entries = [outcome[e.id] for e in ordered]
    return case


def check(
    household_id: str,
    events: Sequence[Event],
    new: Event,
    limits: Limits | None = None,
    *,
    monitored: bool = False,
    no_labour: bool = False,
    today: date | None = None,
) -> str | None:
    """Why the case of ``events`` does not allow ``new`` (None: it does). A correction must be
    of the same step as the event it corrects, be in force in its place, and leave every later
    step in force."""
    if today is not None and new.event_date > today:
        return "环节日期不能晚于今天"
    if new.supersedes is None:
        case = fold(household_id, events, limits, monitored=monitored, no_labour=no_labour)
        return case.refusal(new, no_labour=no_labour)
    target = next((e for e in events if e.id == new.supersedes), None)
    if target is None:
        return "所更正的记录不存在"
    if target.stage != new.stage:
        return "更正须与原记录为同一环节"
    before = fold(household_id, events, limits, monitored=monitored, no_labour=no_labour)
    after = fold(household_id, [*events, new], limits, monitored=monitored, no_labour=no_labour)
    got = next(x for x in after.entries if x.event.id == new.id)
    if got.state != IN_FORCE:
        return got.why or "更正后的记录不能生效"
    was = {x.event.id for x in before.entries if x.state == IN_FORCE}
    now = {x.event.id for x in after.entries if x.state == IN_FORCE}
    lost = was - now - {target.id, *(x.event.id for x in after.entries if x.state == CORRECTED)}
    if lost:
        return "更正后本案后续环节将失效，请先联系后续环节的经办人"
    return None
