"""Recording one step of a household's monitoring case (申请, 核查, 评议, 公示, 信息比对, 审核,
审定, closing, reopening, 风险消除), or correcting a 公示 to settle its objections.

What a role is offered (``ROLE_STEPS``) follows the server's permission table
(`gridworker.server.permissions`, which decides; a test keeps the two equal). The step is checked
against the case on the device before it is stored (`gridworker.store.cases.record_step`), with a
Chinese reason when the case does not allow it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gridworker import cases, vocab
from gridworker.changes import Changed, Changes
from gridworker.store import cases as store_cases
from gridworker.ui.household_edit import RecordDialog
from gridworker.ui.session import Session

if TYPE_CHECKING:
    from sqlalchemy import Connection

# The case steps each role records (the server's permission table decides; tests/ui compares).
ROLE_STEPS: dict[str, tuple[str, ...]] = {
    "grid_worker": (vocab.CLUE, vocab.APPLY, vocab.CHECK, vocab.PROPOSE),
    "village": (
        vocab.CLUE,
        vocab.APPLY,
        vocab.CHECK,
        vocab.REVIEW,
        vocab.NOTICE,
        vocab.CLOSE,
        vocab.PROPOSE,
    ),
    "township": (vocab.CLUE, vocab.COMPARE, vocab.AUDIT, vocab.REOPEN),
    "county": (vocab.DECIDE, vocab.CLEAR),
}


def offered(role: str, case: cases.Case) -> list[str]:
    """The steps this role may record on this case now (a new clue aside)."""
    mine = ROLE_STEPS.get(role, ())
    return [s for s in case.next_steps() if s in mine]


def can_settle(role: str, case: cases.Case) -> bool:
    """A 公示 with an objection still open, and a role that records 公示."""
    return vocab.NOTICE in ROLE_STEPS.get(role, ()) and bool(case.unsettled())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def _picked(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class StepDialog(RecordDialog):
    """One step. ``correcting``: the 公示 this one supersedes (its objections to settle)."""

    def __init__(
        self,
        session: Session,
        household_id: str,
        case: cases.Case,
        stage: str,
        parent: QWidget | None = None,
        correcting: cases.Event | None = None,
    ) -> None:
        title = self.tr("处理公示异议") if correcting else stage
        super().__init__(session, title, parent)
        self.setObjectName("stepDialog")
        self.household_id, self.case, self.stage, self.correcting = (
            household_id,
            case,
            stage,
            correcting,
        )
        form = QFormLayout()
        self.form = form
        today = session.today()
        first = correcting.event_date if correcting else today
        self.date = _date_edit(first)
        self.date.setObjectName("date")
        self.date.setEnabled(correcting is None)
        form.addRow(self.tr("日期"), self.date)
        self.result_box: QComboBox | None = None
        if stage in vocab.STEP_RESULTS:
            self.result_box = QComboBox()
            self.result_box.setObjectName("result")
            for r in vocab.STEP_RESULTS[stage]:
                self.result_box.addItem(r, r)
            form.addRow(self.tr("结果"), self.result_box)
        self.participants: QSpinBox | None = None
        if stage == vocab.REVIEW:
            self.participants = QSpinBox()
            self.participants.setObjectName("participants")
            self.participants.setRange(1, 10_000)
            self.participants.setValue(10)
            form.addRow(self.tr("参加人数"), self.participants)
        self.mark: QComboBox | None = None
        if stage == vocab.APPLY:
            self.mark = QComboBox()
            self.mark.setObjectName("mark")
            self.mark.addItem(self.tr("户主在纸质申请书上按手印"), "手印")
            form.addRow(self.tr("签字方式"), self.mark)
        self.source: QComboBox | None = None
        if stage == vocab.CLUE:
            self.source = QComboBox()
            self.source.setObjectName("source")
            for s in vocab.CLUE_SOURCES[1:]:  # (a visit raises its own clue)
                self.source.addItem(s, s)
            form.addRow(self.tr("线索来源"), self.source)
        self.start: QDateEdit | None = None
        self.end: QDateEdit | None = None
        self.objections: QTableWidget | None = None
        if stage == vocab.NOTICE:
            self._notice_fields(form, today)
        self.return_to: QComboBox | None = None
        if stage == vocab.AUDIT:
            self.return_to = QComboBox()
            self.return_to.setObjectName("returnTo")
            for s in cases.RETURNABLE.get(case.phase, ()):
                self.return_to.addItem(s, s)
            form.addRow(self.tr("退回到（退回时）"), self.return_to)
        self.monitor_type: QComboBox | None = None
        self.risks: QListWidget | None = None
        if stage == vocab.DECIDE:
            self.monitor_type = QComboBox()
            self.monitor_type.setObjectName("monitorType")
            self.monitor_type.addItem("", None)
            for t in vocab.MONITOR_TYPES:
                self.monitor_type.addItem(t, t)
            form.addRow(self.tr("监测对象类别"), self.monitor_type)
            self.risks = QListWidget()
            self.risks.setObjectName("risks")
            chosen = set(case.risk_codes or self._clue_codes())
            for code, name in vocab.RISK_TYPES.items():
                item = QListWidgetItem(f"{code} {name}")
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setCheckState(
                    Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
                )
                self.risks.addItem(item)
            form.addRow(self.tr("风险类型"), self.risks)
        self.reason: QComboBox | None = None
        if stage == vocab.CLEAR:
            self.reason = QComboBox()
            self.reason.setObjectName("reason")
            self.reason.addItem("", None)
            for r in case.limits.natural_reasons:
                self.reason.addItem(r, r)
            form.addRow(self.tr("自然消除原因"), self.reason)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        if correcting is not None:
            self.note.setPlainText(correcting.note or "")
        form.addRow(self.tr("说明（原因）"), self.note)
        holder = QWidget()
        holder.setLayout(form)
        self.body.addWidget(holder)
        self.resize(560, 600)

    def _clue_codes(self) -> tuple[str, ...]:
        clue = self.case.steps.get(vocab.CLUE)
        return clue.risk_codes if clue else ()

    def _notice_fields(self, form: QFormLayout, today: date) -> None:
        old = self.correcting
        start = (old.notice_start if old else None) or today
        end = (old.notice_end if old else None) or date.fromordinal(
            start.toordinal() + self.case.limits.notice_days - 1
        )
        self.start, self.end = _date_edit(start), _date_edit(end)
        self.start.setObjectName("start")
        self.end.setObjectName("end")
        form.addRow(self.tr("公示开始"), self.start)
        form.addRow(self.tr("公示结束"), self.end)
        self.objections = QTableWidget(0, 3)
        self.objections.setObjectName("objections")
        self.objections.setHorizontalHeaderLabels(
            [self.tr("异议内容"), self.tr("已处理"), self.tr("如何处理")]
        )
        self.objections.horizontalHeader().setStretchLastSection(True)
        self.objections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for o in old.objections if old else []:
            self.add_objection(o.text, o.settled, o.how)
        add = QPushButton(self.tr("添加异议"))
        add.setObjectName("addObjection")
        add.clicked.connect(lambda: self.add_objection("", False, ""))
        form.addRow(self.tr("异议"), self.objections)
        form.addRow("", add)

    def add_objection(self, text: str, settled: bool, how: str) -> None:
        table = self.objections
        assert table is not None
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        box = QCheckBox()
        box.setChecked(settled)
        table.setCellWidget(row, 1, box)
        table.setItem(row, 2, QTableWidgetItem(how))

    def objection_rows(self) -> list[dict[str, Any]]:
        table = self.objections
        if table is None:
            return []
        out = []
        for r in range(table.rowCount()):
            text_item, how_item = table.item(r, 0), table.item(r, 2)
            box = table.cellWidget(r, 1)
            text = text_item.text().strip() if text_item else ""
            if not text:
                continue
            out.append(
                {
                    "text": text,
                    "settled": isinstance(box, QCheckBox) and box.isChecked(),
                    "how": how_item.text().strip() if how_item else "",
                }
            )
        return out

    def values(self) -> dict[str, Any]:
        """The step as `store.cases.record_step` takes it."""
        details: dict[str, Any] = {}
        kw: dict[str, Any] = {}
        if self.result_box is not None:
            kw["result"] = self.result_box.currentData()
        if self.participants is not None:
            details["participants"] = self.participants.value()
        if self.mark is not None:
            details["mark"] = self.mark.currentData()
        if self.source is not None:
            details["source"] = self.source.currentData()
        if self.start is not None and self.end is not None:
            details["start"] = _picked(self.start).isoformat()
            details["end"] = _picked(self.end).isoformat()
            details["objections"] = self.objection_rows()
        if self.return_to is not None and kw.get("result") == "退回":
            details["return_to"] = self.return_to.currentData()
        if self.monitor_type is not None and kw.get("result") == "纳入":
            kw["monitor_type"] = self.monitor_type.currentData()
        if self.risks is not None and kw.get("result") == "纳入":
            kw["risk_codes"] = [
                self.risks.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.risks.count())
                if self.risks.item(i).checkState() == Qt.CheckState.Checked
            ]
        if self.reason is not None and kw.get("result") == "自然消除":
            details["reason"] = self.reason.currentData()
        if self.correcting is not None:
            kw["supersedes"] = self.correcting.id
        return {
            "event_date": _picked(self.date),
            "details": details or None,
            "note": self.note.toPlainText(),
            **kw,
        }

    def save(self) -> None:
        hid, stage, values = self.household_id, self.stage, self.values()
        today = self.session.today()

        def record(c: Connection) -> Changed[str]:
            rid = store_cases.record_step(c, hid, stage, today=today, **values)
            return Changed(rid, Changes.of_households([hid], problems=True))

        self.submit(record, {})
