"""待核对: conflicts and quarantined records found by sync, both values side by side.

Rows come from the device table ``sync_issue`` (:mod:`gridworker.store.sync_issues`) through the
operations layer; "标为已核对" marks the selected rows reviewed. Nothing here talks to the network.
"""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from PySide6.QtCore import QCoreApplication
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

from gridworker.changes import Changed, Changes
from gridworker.store.sync_issues import Issue, load_issues, mark_reviewed
from gridworker.ui.operations import Operations

KINDS = {"conflict": "冲突", "quarantined": "被隔离"}
TABLES = {
    "household": "户",
    "member": "家庭成员",
    "visit": "走访记录",
    "problem": "问题",
    "measure": "帮扶措施",
    "monitoring_event": "监测记录",
    "photo": "照片",
}
HEADERS = ("类型", "记录", "字段", "本机的值", "服务器的值", "原因", "发现时间", "已核对")


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
        self.ops.write(
            lambda conn: Changed(mark_reviewed(conn, ids), Changes(sync=True)),
            lambda _n: self.reload(),
            owner=self,
        )
