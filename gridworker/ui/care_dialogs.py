"""Resolving a problem (date + note) and recording an assistance measure
(一户一方案、一人一措施)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from gridworker import vocab
from gridworker.changes import Changed, Changes
from gridworker.store import problems
from gridworker.ui.household_edit import RecordDialog
from gridworker.ui.record_form import RecordForm
from gridworker.ui.session import Session

if TYPE_CHECKING:
    from sqlalchemy import Connection


def date_edit(value: Any) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def replace_editor(form: RecordForm, key: str, widget: QWidget) -> None:
    old = form.editors[key]
    parent = old.parentWidget()
    layout = parent.layout() if parent is not None else None
    assert layout is not None
    layout.replaceWidget(old, widget)
    old.deleteLater()
    form.editors[key] = widget


def picked(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class ResolveDialog(RecordDialog):
    def __init__(
        self, session: Session, problem: Mapping[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(session, self.tr("问题已解决"), parent)
        self.setObjectName("resolveDialog")
        self.problem_id = str(problem["id"])
        self.household_id = str(problem["household_id"])
        self.form = RecordForm(
            [
                ("problem", self.tr("问题"), "text", ()),
                ("resolved_on", self.tr("解决日期"), "text", ()),
                ("resolution_note", self.tr("解决情况说明"), "text", ()),
            ],
            {"problem": f"{problem['type']}：{problem['description']}"},
        )
        problem_edit = self.form.editors["problem"]
        assert isinstance(problem_edit, QLineEdit)
        problem_edit.setReadOnly(True)
        self.date = date_edit(session.today())
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self._replace("resolved_on", self.date)
        self._replace("resolution_note", self.note)
        self.body.addWidget(self.form)
        self.resize(520, 360)

    def _replace(self, key: str, widget: QWidget) -> None:
        replace_editor(self.form, key, widget)

    def save(self) -> None:
        on, note, pid = picked(self.date), self.note.toPlainText(), self.problem_id
        changes = Changes.of_households([self.household_id], problems=True)

        def resolve(c: Connection) -> Changed[None]:
            problems.resolve_problem(c, pid, on, note)
            return Changed(None, changes)

        self.submit(resolve, {"p": self.form})


class MeasureDialog(RecordDialog):
    def __init__(
        self,
        session: Session,
        household_id: str,
        members: Sequence[Mapping[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, self.tr("添加帮扶措施"), parent)
        self.setObjectName("measureDialog")
        self.household_id = household_id
        self.form = RecordForm(
            [
                ("code", self.tr("措施"), "choice", ()),
                ("member_id", self.tr("对象"), "choice", ()),
                ("description", self.tr("具体内容"), "text", ()),
                ("start_date", self.tr("开始日期"), "text", ()),
            ]
        )
        code = self.form.editors["code"]
        member = self.form.editors["member_id"]
        assert isinstance(code, QComboBox) and isinstance(member, QComboBox)
        code.clear()
        for c, name in vocab.MEASURES.items():
            code.addItem(f"{name}（{c}）", c)
        member.clear()
        member.addItem(self.tr("全户"), None)
        for m in members:
            member.addItem(f"{m['name']}（{m['relationship']}）", m["id"])
        self.start = date_edit(session.today())
        replace_editor(self.form, "start_date", self.start)
        self.body.addWidget(self.form)
        self.resize(520, 360)

    def save(self) -> None:
        values = self.form.values()
        hid, start = self.household_id, picked(self.start)

        def add(c: Connection) -> Changed[str]:
            measure = problems.add_measure(
                c,
                hid,
                values["code"],
                values["description"] or "",
                start,
                member_id=values["member_id"],
            )
            return Changed(measure, Changes.of_households([hid], problems=True))

        self.submit(add, {"m": self.form})
