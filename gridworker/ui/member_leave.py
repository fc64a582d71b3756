"""A member leaves the household (成员变动): why (死亡 / 迁出 / 婚出 / 其他), when, a note, and —
when the 户主 leaves — who heads the household now. The member stays in the household's
history; the change syncs like any other."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from gridworker import vocab
from gridworker.changes import Changed, Changes
from gridworker.store import households
from gridworker.ui.care_dialogs import date_edit, picked, replace_editor
from gridworker.ui.household_edit import RecordDialog
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.record_form import RecordForm
from gridworker.ui.session import Session

if TYPE_CHECKING:
    from sqlalchemy import Connection


class MemberLeaveDialog(RecordDialog):
    def __init__(
        self,
        session: Session,
        household_id: str,
        members: Sequence[Mapping[str, Any]],
        member_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, self.tr("成员离开本户"), parent)
        self.setObjectName("memberLeaveDialog")
        self.household_id = household_id
        self.members = list(members)
        self.form = RecordForm(
            [
                ("member_id", QT_TRANSLATE_NOOP("record", "成员"), "choice", ()),
                (
                    "departure_reason",
                    QT_TRANSLATE_NOOP("record", "离开原因"),
                    "choice",
                    vocab.DEPARTURE_REASONS,
                ),
                ("departure_date", QT_TRANSLATE_NOOP("record", "离开日期"), "text", ()),
                ("change_note", QT_TRANSLATE_NOOP("record", "变动说明"), "text", ()),
                ("new_head", QT_TRANSLATE_NOOP("record", "新户主"), "choice", ()),
            ]
        )
        hint = QLabel(
            self.tr(
                "离开的成员不再算在本户，但仍记在成员变动里，打印的走访记录表也会写明。"
                "户主离开时，请选定新户主。"
            )
        )
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.member = self._combo("member_id")
        for m in self.members:
            self.member.addItem(f"{m['name'] or ''}（{m['relationship'] or ''}）", m["id"])
        self.member.setCurrentIndex(max(0, self.member.findData(member_id)))
        self.reason = self._combo("departure_reason")
        self.date = date_edit(session.today())
        self.date.setMaximumDate(QDate(*session.today().timetuple()[:3]))
        self.date.setObjectName("field_departure_date")
        replace_editor(self.form, "departure_date", self.date)
        self.head = self._combo("new_head")
        self.member.currentIndexChanged.connect(self._heads)
        self.body.addWidget(self.form)
        self._heads()
        self.resize(480, 360)

    def _combo(self, key: str) -> QComboBox:
        combo = self.form.editors[key]
        assert isinstance(combo, QComboBox)
        return combo

    def _heads(self) -> None:
        """新户主 only when the 户主 leaves: any other member."""
        leaving = self.member.currentData()
        head_leaves = any(m["id"] == leaving and m["relationship"] == "户主" for m in self.members)
        self.head.clear()
        self.head.addItem("", None)
        for m in self.members:
            if m["id"] != leaving:
                self.head.addItem(f"{m['name'] or ''}（{m['relationship'] or ''}）", m["id"])
        self.head.setEnabled(head_leaves)

    def save(self) -> None:
        hid, mid = self.household_id, self.member.currentData()
        reason, on = self.reason.currentData(), picked(self.date)
        note_edit = self.form.editors["change_note"]
        assert isinstance(note_edit, QLineEdit)
        note, head, today = note_edit.text(), self.head.currentData(), self.session.today()

        def leave(c: Connection) -> Changed[str]:
            households.remove_member(c, hid, mid, reason, on, today, note=note, new_head=head)
            return Changed(str(mid), Changes.of_households([hid]))

        self.submit(leave, {"member": self.form})
