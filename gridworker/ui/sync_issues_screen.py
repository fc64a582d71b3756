"""待核对: what sync found for a person to settle — the same item changed on two computers
(a conflict), or a record the county server refused — with the household, the question, both
values and who changed each and when.

A field conflict is settled here: 用本机的 (keep this computer's value), 用另一台的 (take the
other one) or 改成… (type the right one). The choice is an ordinary change of the record
(`store.sync_issues.settle`, through `store.records`), so the next sync sends it to the county
and the other computers. Anything else is marked 已核对 once looked at. Rows come from the
device table ``sync_issue`` through the operations layer; nothing here talks to the network.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.changes import Changed, Changes
from gridworker.store.errors import InvalidRecord
from gridworker.store.sync_issues import (
    EDITED,
    MINE,
    THEIRS,
    Issue,
    load_issues,
    mark_reviewed,
    settle,
    typed_value,
)
from gridworker.ui.dialogs import show_error
from gridworker.ui.household_edit import HOUSEHOLD_FIELDS, MEMBER_FIELDS
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.record_form import ERROR_STYLE

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from gridworker.ui.session import Session

KINDS = {
    "conflict": QT_TRANSLATE_NOOP("SyncIssuesDialog", "两边都改了"),
    "quarantined": QT_TRANSLATE_NOOP("SyncIssuesDialog", "县里退回"),
}
TABLES = {
    "household": QT_TRANSLATE_NOOP("SyncIssuesDialog", "户信息"),
    "member": QT_TRANSLATE_NOOP("SyncIssuesDialog", "家庭成员"),
    "visit": QT_TRANSLATE_NOOP("SyncIssuesDialog", "走访记录"),
    "problem": QT_TRANSLATE_NOOP("SyncIssuesDialog", "问题"),
    "measure": QT_TRANSLATE_NOOP("SyncIssuesDialog", "帮扶措施"),
    "monitoring_event": QT_TRANSLATE_NOOP("SyncIssuesDialog", "监测记录"),
    "photo": QT_TRANSLATE_NOOP("SyncIssuesDialog", "照片"),
}
RESOLUTIONS = {
    MINE: QT_TRANSLATE_NOOP("SyncIssuesDialog", "用了本机的"),
    THEIRS: QT_TRANSLATE_NOOP("SyncIssuesDialog", "用了另一台的"),
    EDITED: QT_TRANSLATE_NOOP("SyncIssuesDialog", "改成了新的"),
    "reviewed": QT_TRANSLATE_NOOP("SyncIssuesDialog", "已核对"),
}
# The question each field is, as the screens that edit it call it (context "record").
LABELS: dict[str, dict[str, str]] = {
    "household": {
        **{key: label for key, label, _k, _c in HOUSEHOLD_FIELDS},
        "grid_code": QT_TRANSLATE_NOOP("record", "网格"),
        "no_labour_guarantee": QT_TRANSLATE_NOOP("record", "无劳动力兜底保障"),
        "risk_codes": QT_TRANSLATE_NOOP("record", "风险类型"),
        "disaster_subtype": QT_TRANSLATE_NOOP("record", "灾害类型"),
        "risk_remark": QT_TRANSLATE_NOOP("record", "风险备注"),
        "head_name": QT_TRANSLATE_NOOP("record", "户主姓名"),
    },
    "member": {
        **{key: label for key, label, _k, _c in MEMBER_FIELDS},
        "ethnicity": QT_TRANSLATE_NOOP("record", "民族"),
        "political": QT_TRANSLATE_NOOP("record", "政治面貌"),
        "dropout_reason": QT_TRANSLATE_NOOP("record", "失学辍学原因"),
        "employer": QT_TRANSLATE_NOOP("record", "务工单位"),
        "welfare_job": QT_TRANSLATE_NOOP("record", "公益岗位"),
        "welfare_job_months": QT_TRANSLATE_NOOP("record", "公益岗位月数"),
        "critical_illness": QT_TRANSLATE_NOOP("record", "大病保险"),
        "commercial_med": QT_TRANSLATE_NOOP("record", "商业补充医疗保险"),
        "medical_aid": QT_TRANSLATE_NOOP("record", "医疗救助"),
        "dibao": QT_TRANSLATE_NOOP("record", "低保"),
        "tekun": QT_TRANSLATE_NOOP("record", "特困供养"),
        "arrival_reason": QT_TRANSLATE_NOOP("record", "加入原因"),
        "arrival_date": QT_TRANSLATE_NOOP("record", "加入日期"),
        "departure_reason": QT_TRANSLATE_NOOP("record", "离开原因"),
        "departure_date": QT_TRANSLATE_NOOP("record", "离开日期"),
        "change_note": QT_TRANSLATE_NOOP("record", "变动说明"),
    },
    "problem": {
        "type": QT_TRANSLATE_NOOP("record", "问题类型"),
        "description": QT_TRANSLATE_NOOP("record", "情况"),
        "opened_on": QT_TRANSLATE_NOOP("record", "发现日期"),
        "resolved_on": QT_TRANSLATE_NOOP("record", "解决日期"),
        "resolution_note": QT_TRANSLATE_NOOP("record", "解决情况说明"),
    },
    "measure": {
        "code": QT_TRANSLATE_NOOP("record", "措施"),
        "description": QT_TRANSLATE_NOOP("record", "内容"),
        "start_date": QT_TRANSLATE_NOOP("record", "开始日期"),
        "end_date": QT_TRANSLATE_NOOP("record", "结束日期"),
    },
    "monitoring_event": {
        "stage": QT_TRANSLATE_NOOP("record", "环节"),
        "event_date": QT_TRANSLATE_NOOP("record", "日期"),
        "monitor_type": QT_TRANSLATE_NOOP("record", "监测对象类型"),
        "risk_codes": QT_TRANSLATE_NOOP("record", "风险类型"),
        "note": QT_TRANSLATE_NOOP("record", "说明"),
    },
}
HEADERS = (
    QT_TRANSLATE_NOOP("SyncIssuesDialog", "户"),
    QT_TRANSLATE_NOOP("SyncIssuesDialog", "哪一项"),
    QT_TRANSLATE_NOOP("SyncIssuesDialog", "本机的值"),
    QT_TRANSLATE_NOOP("SyncIssuesDialog", "另一台的值"),
    QT_TRANSLATE_NOOP("SyncIssuesDialog", "说明"),
    QT_TRANSLATE_NOOP("SyncIssuesDialog", "处理"),
)


def _tr(text: str, context: str = "SyncIssuesDialog") -> str:
    return QCoreApplication.translate(context, text)


def show_value(value: Any, field: str | None = None) -> str:
    if value is None or value == "":
        return _tr(QT_TRANSLATE_NOOP("SyncIssuesDialog", "（空）"))
    if isinstance(value, bool):
        return (
            _tr(QT_TRANSLATE_NOOP("SyncIssuesDialog", "是"))
            if value
            else _tr(QT_TRANSLATE_NOOP("SyncIssuesDialog", "否"))
        )
    if field == "risk_codes" and isinstance(value, list):
        return "、".join(vocab.RISK_TYPES.get(str(c), str(c)) for c in value) or _tr(
            QT_TRANSLATE_NOOP("SyncIssuesDialog", "（空）")
        )
    if field == "code" and isinstance(value, str):
        return vocab.MEASURES.get(value, value)
    if isinstance(value, dict):
        return "；".join(
            f"{k}: {show_value(v)}" for k, v in value.items() if not isinstance(v, (dict, list))
        )[:300]
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)[:300]
    return str(value)


def when(moment: datetime | None) -> str:
    """A stored UTC time as the computer's local time (the year only when not this one)."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=UTC).astimezone()
    same_year = local.year == datetime.now().year
    return local.strftime("%m-%d %H:%M" if same_year else "%Y-%m-%d %H:%M")


def record_text(table: str, fields: Any) -> str:
    """A refused record's fields under their labels (what it was about, not its codes)."""
    if not isinstance(fields, dict):
        return show_value(fields)
    labels = LABELS.get(table, {})
    return "；".join(
        f"{_tr(labels[k], 'record')}：{show_value(v, k)}"
        for k, v in fields.items()
        if k in labels and v not in (None, "", [], {})
    )[:300]


def household_text(issue: Issue) -> str:
    if not issue.household_number and not issue.head_name:
        return _tr(QT_TRANSLATE_NOOP("SyncIssuesDialog", "（本机没有这户）"))
    head = issue.head_name or _tr(QT_TRANSLATE_NOOP("SyncIssuesDialog", "（户主未填）"))
    return (
        _tr(QT_TRANSLATE_NOOP("SyncIssuesDialog", "户主 %1（户编号 %2）"))
        .replace("%1", head)
        .replace("%2", issue.household_number)
    )


def question_text(issue: Issue) -> str:
    what = _tr(TABLES.get(issue.table_name, issue.table_name))
    if issue.member_name:
        what += f" {issue.member_name}"
    if issue.field:
        label = LABELS.get(issue.table_name, {}).get(issue.field, issue.field)
        what += f" · {_tr(label, 'record')}"
    return what


class SyncIssuesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = session.ops
        self.issues: list[Issue] = []
        self.loaded = False
        self.setObjectName("syncIssues")
        self.setWindowTitle(self.tr("同步待核对"))
        self.resize(1100, 560)
        note = QLabel(
            self.tr(
                "同一项在两台电脑上都改过、两边不一样时，列在这里：看清两边的值、谁改的、"
                "什么时候改的，再选定用哪个。选定后，下次同步会传到县里和其他电脑。"
                "被县里退回的记录也列在这里，并写明原因，看过后标为已核对。"
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("syncIssuesTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # two lines a row (a value, then who and when), fixed: measuring 1,000 wrapped rows
        # cost most of the list's opening time; a longer text shows whole as its tooltip
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((180, 160, 240, 240, 220)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected)
        self.keep_mine = QPushButton(self.tr("用本机的"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.clicked.connect(lambda: self.choose(MINE))
        self.keep_theirs = QPushButton(self.tr("用另一台的"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_theirs.clicked.connect(lambda: self.choose(THEIRS))
        self.edit_value = QLineEdit()
        self.edit_value.setObjectName("editValue")
        self.edit_value.setPlaceholderText(self.tr("两个都不对时，在这里填对的"))
        self.apply_edit = QPushButton(self.tr("改成这个"))
        self.apply_edit.setObjectName("applyEdit")
        self.apply_edit.clicked.connect(lambda: self.choose(EDITED))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("也显示已处理的"))
        self.show_all.toggled.connect(self.reload)
        self.review = QPushButton(self.tr("标为已核对"))
        self.review.setObjectName("markReviewed")
        self.review.clicked.connect(self.mark_selected)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        self.empty = QLabel(self.tr("没有待核对的记录。"))
        choice = QHBoxLayout()
        choice.addWidget(self.keep_mine)
        choice.addWidget(self.keep_theirs)
        choice.addWidget(self.edit_value, 1)
        choice.addWidget(self.apply_edit)
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        row.addWidget(self.review)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(choice)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self._selected()
        self.reload()

    def reload(self) -> None:
        include = self.show_all.isChecked()
        self.loaded = False
        self.ops.read(lambda conn: load_issues(conn, include), self._show, owner=self)

    def _show(self, issues: list[Issue]) -> None:
        self.issues = issues
        me = self.tr("本机（%1）").replace("%1", self.session.worker_name)
        self.table.setUpdatesEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(len(issues))
        for r, i in enumerate(issues):
            mine = (
                show_value(i.local_value, i.field)
                if i.field
                else record_text(i.table_name, i.local_value)
            )
            theirs = show_value(i.server_value, i.field) if i.field else ""
            full_mine, full_theirs = mine, theirs
            if i.kind == "conflict" and i.field:  # the value on one line, who and when below
                mine = self._line(mine, 2) + f"\n{me} · {when(i.local_at)}".rstrip(" ·")
                other = i.server_by or self.tr("另一台电脑")
                theirs = self._line(theirs, 3) + f"\n{other} · {when(i.server_at)}".rstrip(" ·")
            state = _tr(RESOLUTIONS[i.resolution]) if i.resolution in RESOLUTIONS else ""
            if i.resolved_at is not None:
                state += f" {when(i.resolved_at)}"
            cells = (
                household_text(i),
                f"{_tr(KINDS.get(i.kind, i.kind))}：{question_text(i)}",
                mine,
                theirs,
                i.reason,
                state or self.tr("待处理"),
            )
            tips = (cells[0], cells[1], full_mine, full_theirs, cells[4], cells[5])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tips[c])
                self.table.setItem(r, c, item)
        self.table.setUpdatesEnabled(True)
        self.empty.setVisible(not issues)
        self._selected()
        self.loaded = True

    def _line(self, text: str, column: int) -> str:
        """``text`` cut to one line of the column (the whole value is the cell's tooltip)."""
        width = self.table.columnWidth(column) - 12
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    def selected_issues(self) -> list[Issue]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.issues[r] for r in rows if r < len(self.issues)]

    def selected_ids(self) -> list[str]:
        return [i.id for i in self.selected_issues()]

    def _selected(self) -> None:
        chosen = self.selected_issues()
        one = chosen[0] if len(chosen) == 1 and not chosen[0].resolved else None
        can = one is not None and one.settleable
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(can)
        editable = one is not None and one.editable
        self.edit_value.setEnabled(editable)
        self.apply_edit.setEnabled(editable)
        self.edit_value.setText(
            "" if not editable or one is None else _plain(one.local_value, one.field)
        )
        self.review.setEnabled(any(not i.resolved for i in chosen))
        self.message.clear()

    def choose(self, choice: str) -> None:
        chosen = self.selected_issues()
        if len(chosen) != 1 or not chosen[0].settleable:
            return
        issue, today = chosen[0], self.session.today()
        text = self.edit_value.text()

        def run(conn: Connection) -> Changed[str | None]:
            typed = typed_value(issue.table_name, issue.field or "", text)
            hid = settle(conn, issue.id, choice, today, typed if choice == EDITED else None)
            return Changed(hid, Changes.of_households([hid] if hid else []) | Changes(sync=True))

        def failed(exc: BaseException) -> None:
            self.loaded = True  # (nothing changed: the list stands)
            if isinstance(exc, InvalidRecord):
                self.message.setText("；".join(m for _f, m in exc.errors))
            else:
                show_error(self, exc)

        self.loaded = False
        self.ops.write(run, lambda _h: self.reload(), failed, owner=self)

    def mark_selected(self) -> None:
        ids = [i.id for i in self.selected_issues() if not i.resolved]
        if not ids:
            return
        self.loaded = False
        self.ops.write(
            lambda conn: Changed(mark_reviewed(conn, ids), Changes(sync=True)),
            lambda _n: self.reload(),
            owner=self,
        )


def _plain(value: Any, field: str | None) -> str:
    """A value as one would type it again."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    return show_value(value, field)
