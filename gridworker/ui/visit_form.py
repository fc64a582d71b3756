"""The visit form, generated from a checklist definition: no question is known to this code.

One tab per section. A per-member section (``repeat: members``) shows one group box per member.
Each question becomes a :mod:`form_fields` editor keyed by the engine's ``FieldKey``
(section id, member id or None, question id); the engine's ``visible`` set shows and hides rows,
its field errors go beside the fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gridworker.checklist import Checklist, Evaluation, FieldKey, Section, repeat
from gridworker.summary import answer_text
from gridworker.ui.form_fields import Field, make_field
from gridworker.ui.i18n import QT_TRANSLATE_NOOP

ADVANCING = ("QLineEdit", "QComboBox", "QRadioButton", "QCheckBox")
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
STATE_MARKS = {
    repeat.PENDING: QT_TRANSLATE_NOOP("VisitForm", "（待确认）"),
    repeat.SAME: QT_TRANSLATE_NOOP("VisitForm", "（同上次）"),
    repeat.EDITED: QT_TRANSLATE_NOOP("VisitForm", "（已修改）"),
}


@dataclass(frozen=True)
class LastVisit:
    """What a repeat visit starts from: the last visit's answers and what is never carried."""

    answers: Mapping[str, Any]
    date: str
    excluded: frozenset[str]


class _Bar:
    """The 与上次相同 / 修改 choice at the top of a section that starts from last time."""

    def __init__(self, form: VisitForm, sid: str) -> None:
        self.frame = QFrame()
        self.frame.setObjectName(f"repeat_{sid}")
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.same = QPushButton(QCoreApplication.translate("VisitForm", "与上次相同(&S)"))
        self.same.setObjectName("sameButton")
        self.same.setToolTip(
            QCoreApplication.translate("VisitForm", "上次的答案都没有变：确认并转到下一节（回车）")
        )
        self.edit = QPushButton(QCoreApplication.translate("VisitForm", "修改(&E)"))
        self.edit.setObjectName("editButton")
        self.same.clicked.connect(lambda: form.choose(sid, repeat.SAME))
        self.edit.clicked.connect(lambda: form.choose(sid, repeat.EDITED))
        for b in (self.same, self.edit):
            b.installEventFilter(form)
        layout = QHBoxLayout(self.frame)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.same)
        layout.addWidget(self.edit)


def member_title(mid: str, facts: dict[str, Any], n: int) -> str:
    name = facts.get("name") or f"成员{n}"
    rel = facts.get("relationship")
    return f"{name}（{rel}）" if rel else str(name)


class _Row:
    __slots__ = ("field", "form", "row", "visible")

    def __init__(self, field: Field, form: QFormLayout, row: int) -> None:
        self.field, self.form, self.row, self.visible = field, form, row, True


class VisitForm(QWidget):
    """The fields of one visit. ``edited(key)`` when a value changes, ``committed`` on leave.

    Sections are listed down the left (large, always all visible, unlike a row of tabs); the
    chosen one is shown on the right. A section's widgets are built the first time it is shown
    (or one of its fields is asked for), so opening a visit costs one page, not the whole form.
    Answers of pages not built yet stay as they were.
    """

    edited = Signal(object)
    committed = Signal()
    fields_created = Signal(object)  # list of (FieldKey, Field) of a page just built
    finished = Signal()  # Enter past the last field of the last section

    def __init__(
        self,
        checklist: Checklist,
        member_ids: Sequence[str],
        member_facts: dict[str, dict[str, Any]],
        parent: QWidget | None = None,
        last: LastVisit | None = None,
        answers: dict[str, Any] | None = None,
        extras: Callable[[Section], QWidget | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitForm")
        self.extras = extras  # a section's page may end with more (the visit's photos)
        self.checklist = checklist
        self.member_ids = list(member_ids)
        self.member_facts = member_facts
        self.last = last
        self._carried_ids: dict[str, frozenset[str]] = {}
        if last is not None:
            self._carried_ids = {
                sec.id: frozenset(q.id for q in repeat.carried(sec, last.excluded))
                for sec in checklist.sections
            }
        self.bars: dict[str, _Bar] = {}
        self._editor_keys: dict[QWidget, FieldKey] = {}
        self.rows: dict[FieldKey, _Row] = {}
        self.section_tabs: dict[str, int] = {}
        self._built: set[str] = set()
        self._answers: dict[str, Any] = answers or {"household": {}, "members": {}}
        self._evaluation: Evaluation | None = None
        self._readonly = False
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.sections.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.pages = QStackedWidget()
        offered = self.states()
        # wide enough for the longest state mark a section may come to show
        longest = max((self.tr(m) for m in STATE_MARKS.values()), key=len) if offered else ""
        for section in checklist.sections:
            self.section_tabs[section.id] = self.pages.addWidget(QWidget())
            mark = longest if section.id in offered else ""
            self.sections.addItem(QListWidgetItem(section.title + mark))
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)
        for sid in offered:
            self._mark_section(sid)
        self.sections.currentRowChanged.connect(self._show_page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        layout.addWidget(self.pages, 1)

    # --- sections (tab-like API) ---------------------------------------------------------
    def setCurrentIndex(self, index: int) -> None:
        self.sections.setCurrentRow(index)
        self._show_page(index)

    def currentIndex(self) -> int:
        return self.pages.currentIndex()

    def tabText(self, index: int) -> str:
        sections = self.checklist.sections
        return sections[index].title if 0 <= index < len(sections) else ""

    def setTabVisible(self, index: int, visible: bool) -> None:
        item = self.sections.item(index)
        if item is not None:
            item.setHidden(not visible)

    def _show_page(self, index: int) -> None:
        if 0 <= index < len(self.checklist.sections):
            self._build(self.checklist.sections[index])
            self.pages.setCurrentIndex(index)

    # --- building ------------------------------------------------------------------------
    def _build(self, section: Section) -> None:
        if section.id in self._built:
            return
        self._built.add(section.id)
        before = set(self.rows)
        index = self.section_tabs[section.id]
        placeholder = self.pages.widget(index)
        page = self._section_page(section)
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        created = [(k, r.field) for k, r in self.rows.items() if k not in before]
        self._load_values(created)
        if section.id in self.bars:
            self._mark_section(section.id)
        if self._evaluation is not None:
            self._apply_rows(self._evaluation, [k for k, _f in created])
        self.fields_created.emit(created)

    def _section_page(self, section: Section) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        if section.id in self.states():
            bar = self.bars[section.id] = _Bar(self, section.id)
            layout.addWidget(bar.frame)
        if section.help:
            help_label = QLabel(section.help)
            help_label.setWordWrap(True)
            layout.addWidget(help_label)
        if section.per_member:
            for n, mid in enumerate(self.member_ids, 1):
                box = QGroupBox(member_title(mid, self.member_facts.get(mid, {}), n))
                box.setObjectName(f"member_{mid}")
                self._add_questions(section, mid, QFormLayout(box))
                layout.addWidget(box)
        else:
            form = QFormLayout()
            self._add_questions(section, None, form)
            layout.addLayout(form)
        extra = self.extras(section) if self.extras is not None else None
        if extra is not None:
            layout.addWidget(extra)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    def _add_questions(self, section: Section, mid: str | None, form: QFormLayout) -> None:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for q in section.questions:
            field = make_field(q)
            key: FieldKey = (section.id, mid, q.id)
            field.setObjectName(f"q_{q.id}" + (f"_{mid}" if mid else ""))
            label = QLabel(q.label + ("" if q.required is False else " *"))
            label.setBuddy(field.focus_widget())
            form.addRow(label, field)
            self.rows[key] = _Row(field, form, form.rowCount() - 1)
            field.edited.connect(lambda key=key: self.edited.emit(key))
            field.committed.connect(self.committed)
            for w in field.editors():
                w.installEventFilter(self)
                self._editor_keys[w] = key

    # --- values --------------------------------------------------------------------------
    def set_answers(self, answers: dict[str, Any]) -> None:
        self._answers = answers
        self._load_values([(k, r.field) for k, r in self.rows.items()])
        for sid in self.bars:
            self._mark_section(sid)

    def _load_values(self, fields: list[tuple[FieldKey, Field]]) -> None:
        previous = self.last.answers if self.last else None
        for key, field in fields:
            shown = previous if self._carried(key) else None
            field.set_value(repeat.shown_value(key, self._answers, shown))
            field.set_readonly(self._readonly or self._held(key))

    def collect(self, answers: dict[str, Any]) -> dict[str, Any]:
        """``answers`` with every built field's current value (others are kept as they are).
        Last time's answers shown in a section still waiting for 与上次相同 or 修改 are not
        answers: they are left out."""
        household = dict(answers.get("household", {}))
        members = {mid: dict(a) for mid, a in answers.get("members", {}).items()}
        states = self.states()
        for key, row in self.rows.items():
            sid, mid, qid = key
            if mid is None and states.get(sid) == repeat.PENDING and self._carried(key):
                continue
            target = household if mid is None else members.setdefault(mid, {})
            value = row.field.value()
            if value is None:
                target.pop(qid, None)
            else:
                target[qid] = value
        self._answers = {**answers, "household": household, "members": members}
        if repeat.KEY in self._answers or states:
            self._answers[repeat.KEY] = {
                **(answers.get(repeat.KEY) or {}),
                "sections": states,
            }
        return self._answers

    # --- a repeat visit: 与上次相同 or 修改, section by section -------------------------------
    def states(self) -> dict[str, str]:
        return repeat.states(self._answers) if self.last is not None else {}

    def _carried(self, key: FieldKey) -> bool:
        return key[2] in self._carried_ids.get(key[0], ())

    def _held(self, key: FieldKey) -> bool:
        """Read-only until the worker chooses 修改: last time's answers of a section not yet
        confirmed, or confirmed as the same."""
        if key[2] not in self._carried_ids.get(key[0], ()):
            return False
        return self.states().get(key[0]) in (repeat.PENDING, repeat.SAME)

    def choose(self, sid: str, state: str) -> None:
        """与上次相同 (``same``: then on to the next thing to fill in) or 修改 (``edited``)."""
        if self.last is None or self._readonly or sid not in self.states():
            return
        current = self.collect(self._answers)
        self._answers = repeat.take(
            self.checklist, current, self.last.answers, sid, state, self.last.excluded
        )
        keys = [(k, r.field) for k, r in self.rows.items() if k[0] == sid]
        self._load_values(keys)
        self._mark_section(sid)
        self.edited.emit(None)
        self.committed.emit()
        index = self.section_tabs[sid]
        if state == repeat.EDITED:
            first = next((k for k, _f in keys if self._carried(k) and self.rows[k].visible), None)
            if first is not None:
                self.rows[first].field.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        empty = [k for k, f in keys if self._focusable(k) and f.value() in (None, "", [])]
        if empty:
            self.rows[empty[0]].field.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.next_section(index)

    def _mark_section(self, sid: str) -> None:
        state = self.states().get(sid)
        index = self.section_tabs[sid]
        section = self.checklist.sections[index]
        item = self.sections.item(index)
        if item is not None:
            mark = self.tr(STATE_MARKS[state]) if state in STATE_MARKS else ""
            item.setText(section.title + mark)
        bar = self.bars.get(sid)
        if bar is None or self.last is None:
            return
        when = self.last.date
        texts = {
            repeat.PENDING: self.tr("上次走访（%1）的答案，还不算本次的回答。"),
            repeat.SAME: self.tr("已确认与上次走访（%1）相同。"),
            repeat.EDITED: self.tr("从上次走访（%1）的答案改起，改过的标有「已改」。"),
        }
        bar.label.setText(texts.get(state or "", "").replace("%1", when))
        bar.edit.setVisible(state != repeat.EDITED and not self._readonly)
        bar.same.setVisible(state != repeat.EDITED and not self._readonly)

    def show_changes(self, changed: Mapping[FieldKey, Any]) -> None:
        """Mark the answers that differ from last time (``changed``: last time's values)."""
        for key, row in self.rows.items():
            if key in changed:
                row.field.set_changed(answer_text(row.field.question, changed[key]))
            else:
                row.field.set_changed(None)

    def changed_marks(self) -> dict[FieldKey, str]:
        return {k: mark for k, r in self.rows.items() if (mark := r.field.changed_mark) is not None}

    def field(self, qid: str, member_id: str | None = None) -> Field:
        """The editor of a question (its page is built if it was not yet)."""
        question = self.checklist.questions[qid]
        key: FieldKey = (question.section, member_id, qid)
        if key not in self.rows:
            self._build(next(s for s in self.checklist.sections if s.id == question.section))
        return self.rows[key].field

    def fields(self) -> Iterator[tuple[FieldKey, Field]]:
        for key, row in self.rows.items():
            yield key, row.field

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly
        for key, row in self.rows.items():
            row.field.set_readonly(readonly or self._held(key))
        for sid in self.bars:
            self._mark_section(sid)

    # --- evaluation ----------------------------------------------------------------------
    def apply(self, ev: Evaluation) -> FieldKey | None:
        """Show/hide rows and put errors beside fields; returns the first field in error
        (in form order, whether or not its page is built)."""
        self._evaluation = ev
        self._apply_rows(ev, list(self.rows))
        visible_sections = {k[0] for k in ev.visible}
        for sid, index in self.section_tabs.items():
            self.setTabVisible(index, sid in visible_sections)
        order = {q: i for i, q in enumerate(self.checklist.questions)}
        members = {m: i for i, m in enumerate(self.member_ids)}
        keys = [
            (e.section, e.member_id, e.question)
            for e in ev.errors
            if (e.section, e.member_id, e.question) in ev.visible
        ]
        if not keys:
            return None
        return min(keys, key=lambda k: (order.get(k[2], 0), members.get(k[1] or "", -1)))

    def _apply_rows(self, ev: Evaluation, keys: list[FieldKey]) -> None:
        errors: dict[FieldKey, list[str]] = {}
        for e in ev.errors:
            errors.setdefault((e.section, e.member_id, e.question), []).append(e.message)
        states = self.states()
        previous = self.last.answers if self.last else {}
        sections = {k[0] for k in ev.visible}
        for key in keys:
            row = self.rows[key]
            visible = key in ev.visible
            if not visible and states.get(key[0]) == repeat.PENDING and key[0] in sections:
                # last time's answer is shown (as it was asked then) until the choice is made
                visible = self._carried(key) and repeat.previous_value(key, previous) is not None
            if visible != row.visible:
                row.form.setRowVisible(row.row, visible)
                row.visible = visible
            messages = errors.get(key) if visible else None
            if messages and self._held(key):
                messages = None  # told on the section's bar instead
                self._pending_error(key[0])
            row.field.set_error("；".join(messages) if messages else None)

    def _pending_error(self, sid: str) -> None:
        bar = self.bars.get(sid)
        if bar is not None and self.states().get(sid) == repeat.PENDING:
            bar.label.setText(self.tr("请先选择「与上次相同」或「修改」：这一节还没有回答。"))

    def reveal(self, key: FieldKey) -> None:
        field = self.field(key[2], key[1])
        self.setCurrentIndex(self.section_tabs[key[0]])
        if self._held(key) and key[0] in self.bars:
            self._pending_error(key[0])
            self.bars[key[0]].same.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        field.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal_section(self, sid: str) -> None:
        """Show a section still waiting for 与上次相同 or 修改."""
        self.setCurrentIndex(self.section_tabs[sid])
        self._pending_error(sid)
        if sid in self.bars:
            self.bars[sid].same.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard: Enter moves to the next field, then to the next section ----------------------
    def _focusable(self, key: FieldKey) -> bool:
        row = self.rows[key]
        return (
            row.visible and not self._readonly and not self._held(key) and bool(row.field.editors())
        )

    def advance(self, key: FieldKey) -> None:
        """Focus the next field of the section after ``key``, or the next section."""
        keys = [k for k in self.rows if k[0] == key[0]]
        after = keys[keys.index(key) + 1 :] if key in keys else []
        nxt = next((k for k in after if self._focusable(k)), None)
        if nxt is not None:
            self.rows[nxt].field.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.next_section(self.section_tabs[key[0]])

    def next_section(self, index: int) -> None:
        """Show the next visible section after ``index`` and focus what to do there first;
        past the last one, ``finished``."""
        for i in range(index + 1, self.sections.count()):
            item = self.sections.item(i)
            if item is not None and not item.isHidden():
                self.setCurrentIndex(i)
                self.focus_first()
                return
        self.finished.emit()

    def focus_first(self) -> None:
        """On the current section: its 与上次相同 while undecided, else its first empty field."""
        index = self.currentIndex()
        section = self.checklist.sections[index]
        bar = self.bars.get(section.id)
        state = self.states().get(section.id)
        if bar is not None and state == repeat.PENDING and not self._readonly:
            bar.same.setFocus(Qt.FocusReason.TabFocusReason)
            return
        keys = [k for k in self.rows if k[0] == section.id and self._focusable(k)]
        empty = [k for k in keys if self.rows[k].field.value() in (None, "", [])]
        if empty or keys:
            target = (empty or keys)[0]
            self.rows[target].field.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
        elif bar is not None and not self._readonly and bar.same.isVisible():
            bar.same.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.next_section(index)

    # --- keyboard: Enter advances to the next field -----------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            kind = watched.metaObject().className() if isinstance(watched, QWidget) else ""
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in ENTER and plain and kind == "QPushButton":
                assert isinstance(watched, QPushButton)
                watched.click()
                return True
            if event.key() in ENTER and plain and kind in ADVANCING:
                if kind == "QLineEdit":
                    self.committed.emit()
                key = self._editor_keys.get(watched) if isinstance(watched, QWidget) else None
                if key is not None:
                    self.advance(key)
                else:
                    self.focusNextChild()
                return True
        return super().eventFilter(watched, event)
