"""待核对: conflicts and quarantined records found by sync, both values side by side.

Rows come from the device table ``sync_issue`` through the operations layer (store thread);
"标为已核对" sets ``resolved`` on the selected rows. Nothing here talks to the network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridworker.ui.operations import Operations

if TYPE_CHECKING:
    from sqlalchemy import Connection

KINDS = {"conflict": "冲突", "quarantined": "被隔离"}
TABLES = {
    "household": "户",
    "member": "家庭成员",
    "visit": "走访记录",
    "problem": "问题",
    "measure": "帮扶措施",
    "monitoring_event": "监测记录",
}
HEADERS = ("类型", "记录", "字段", "本机的值", "服务器的值", "原因", "发现时间", "已核对")


@dataclass(frozen=True)
class Issue:
    id: str
    kind: str
    table_name: str
    record_id: str
    field: str | None
    local_value: Any
    server_value: Any
    reason: str
    detected_at: datetime
    resolved: bool


def load_issues(conn: Connection, include_resolved: bool = False) -> list[Issue]:
    from sqlalchemy import select

    from gridworker.store.store import TABLES as T

    si = T.metadata.tables["sync_issue"]
    q = select(si).order_by(si.c.detected_at.desc())
    if not include_resolved:
        q = q.where(si.c.resolved.is_(False))
    return [
        Issue(
            str(r.id),
            r.kind,
            r.table_name,
            str(r.record_id),
            r.field,
            r.local_value,
            r.server_value,
            r.reason or "",
            r.detected_at,
            bool(r.resolved),
        )
        for r in conn.execute(q)
    ]


def mark_reviewed(conn: Connection, ids: list[str]) -> int:
    from sqlalchemy import update

    from gridworker.store.store import TABLES as T

    si = T.metadata.tables["sync_issue"]
    return int(conn.execute(update(si).where(si.c.id.in_(ids)).values(resolved=True)).rowcount)


def show_value(value: Any) -> str:
    if value is None:
        return "（空）"
    if isinstance(value, dict):
        return "；".join(
            f"{k}: {show_value(v)}" for k, v in value.items() if not isinstance(v, (dict, list))
        )[:300]
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)[:300]
    return str(value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncIssuesDialog", text)


class SyncIssuesDialog(QDialog):
    changed = Signal()  # issues were marked reviewed

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.issues: list[Issue] = []
        self.loaded = False
        self.setObjectName("syncIssues")
        self.setWindowTitle(self.tr("同步待核对：冲突与被隔离的记录"))
        self.resize(1000, 480)
        note = QLabel(
            self.tr(
                "两台设备同时修改了同一内容时，两个值都保留在这里；"
                "被服务器拒收的记录也列在这里，并写明原因。核对后请标为已核对。"
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("syncIssuesTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.show_all = QCheckBox(self.tr("也显示已核对的"))
        self.show_all.toggled.connect(self.reload)
        self.review = QPushButton(self.tr("标为已核对"))
        self.review.setObjectName("markReviewed")
        self.review.clicked.connect(self.mark_selected)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        self.empty = QLabel(self.tr("没有待核对的记录。"))
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        row.addWidget(self.review)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        include = self.show_all.isChecked()
        self.ops.read(lambda conn: load_issues(conn, include), self._show, owner=self)

    def _show(self, issues: list[Issue]) -> None:
        self.issues = issues
        self.table.setRowCount(len(issues))
        for r, i in enumerate(issues):
            when = i.detected_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
            cells = (
                _tr(KINDS.get(i.kind, i.kind)),
                _tr(TABLES.get(i.table_name, i.table_name)) + " " + i.record_id[:8],
                i.field or "",
                show_value(i.local_value),
                show_value(i.server_value),
                i.reason,
                when,
                _tr("是") if i.resolved else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not issues)
        self.loaded = True

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.issues[r].id for r in rows if r < len(self.issues)]

    def mark_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.loaded = False
        self.ops.write(lambda conn: mark_reviewed(conn, ids), lambda _n: self._marked(), owner=self)

    def _marked(self) -> None:
        self.changed.emit()
        self.reload()
