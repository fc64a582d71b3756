"""The visit form, generated from a checklist definition: no question is known to this code.

One tab per section. A per-member section (``repeat: members``) shows one group box per member.
Each question becomes a :mod:`form_fields` editor keyed by the engine's ``FieldKey``
(section id, member id or None, question id); the engine's ``visible`` set shows and hides rows,
its field errors go beside the fields.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gridworker.checklist import Checklist, Evaluation, FieldKey, Section
from gridworker.ui.form_fields import Field, make_field

ADVANCING = ("QLineEdit", "QComboBox", "QRadioButton", "QCheckBox")


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

    def __init__(
        self,
        checklist: Checklist,
        member_ids: Sequence[str],
        member_facts: dict[str, dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitForm")
        self.checklist = checklist
        self.member_ids = list(member_ids)
        self.member_facts = member_facts
        self.rows: dict[FieldKey, _Row] = {}
        self.section_tabs: dict[str, int] = {}
        self._built: set[str] = set()
        self._answers: dict[str, Any] = {"household": {}, "members": {}}
        self._evaluation: Evaluation | None = None
        self._readonly = False
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.sections.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.pages = QStackedWidget()
        for section in checklist.sections:
            self.section_tabs[section.id] = self.pages.addWidget(QWidget())
            self.sections.addItem(QListWidgetItem(section.title))
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)
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
        item = self.sections.item(index)
        return item.text() if item is not None else ""

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
        for _k, field in created:
            field.set_readonly(self._readonly)
        if self._evaluation is not None:
            self._apply_rows(self._evaluation, [k for k, _f in created])
        self.fields_created.emit(created)

    def _section_page(self, section: Section) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
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

    # --- values --------------------------------------------------------------------------
    def set_answers(self, answers: dict[str, Any]) -> None:
        self._answers = answers
        self._load_values([(k, r.field) for k, r in self.rows.items()])

    def _load_values(self, fields: list[tuple[FieldKey, Field]]) -> None:
        household = self._answers.get("household", {})
        members = self._answers.get("members", {})
        for (_s, mid, qid), field in fields:
            source = household if mid is None else members.get(mid, {})
            field.set_value(source.get(qid))

    def collect(self, answers: dict[str, Any]) -> dict[str, Any]:
        """``answers`` with every built field's current value (others are kept as they are)."""
        household = dict(answers.get("household", {}))
        members = {mid: dict(a) for mid, a in answers.get("members", {}).items()}
        for (_s, mid, qid), row in self.rows.items():
            target = household if mid is None else members.setdefault(mid, {})
            value = row.field.value()
            if value is None:
                target.pop(qid, None)
            else:
                target[qid] = value
        self._answers = {"household": household, "members": members}
        return self._answers

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
        for row in self.rows.values():
            row.field.set_readonly(readonly)

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
        for key in keys:
            row = self.rows[key]
            visible = key in ev.visible
            if visible != row.visible:
                row.form.setRowVisible(row.row, visible)
                row.visible = visible
            messages = errors.get(key) if visible else None
            row.field.set_error("；".join(messages) if messages else None)

    def reveal(self, key: FieldKey) -> None:
        field = self.field(key[2], key[1])
        self.setCurrentIndex(self.section_tabs[key[0]])
        field.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard: Enter advances to the next field -----------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            kind = watched.metaObject().className() if isinstance(watched, QWidget) else ""
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and kind in ADVANCING
            ):
                if kind == "QLineEdit":
                    self.committed.emit()
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)
