"""Beside the visit form: derived values (人均纯收入 against the year's line) and raised flags."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridworker.checklist import Checklist, Evaluation
from gridworker.ui.i18n import QT_TRANSLATE_NOOP

KIND_NAMES = {
    "problem": QT_TRANSLATE_NOOP("VisitPanel", "问题"),
    "risk_clue": QT_TRANSLATE_NOOP("VisitPanel", "风险线索"),
    "data_error": QT_TRANSLATE_NOOP("VisitPanel", "数据有误"),
    "warning": QT_TRANSLATE_NOOP("VisitPanel", "提醒"),
}
KIND_COLOURS = {
    "problem": "#fde0dc",
    "risk_clue": "#fff3cd",
    "data_error": "#e8eaf6",
    "warning": "#f1f3f4",
}


def _wrapping(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def money(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, (int, float, Decimal)):
        return f"{Decimal(str(value)).quantize(Decimal('0.01')):,}"
    return str(value)


class VisitPanel(QWidget):
    def __init__(
        self,
        checklist: Checklist,
        settings: Mapping[str, Any],
        member_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitPanel")
        self.checklist, self.member_names = checklist, member_names
        self.line = settings.get("monitoring_line")
        form = QFormLayout()
        # labels above their values when the panel is narrow (large fonts, small screens)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for d in checklist.derived:
            label = QLabel("–")
            label.setObjectName(f"derived_{d.id}")
            label.setWordWrap(True)
            self.values[d.id] = label
            form.addRow(_wrapping(d.label), label)
        yuan = self.tr("元")
        self.line_label = QLabel(
            f"{money(self.line)} {yuan}" if self.line is not None else self.tr("未设置")
        )
        self.line_label.setWordWrap(True)
        form.addRow(_wrapping(self.tr("当年监测线")), self.line_label)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.flags = QListWidget()
        self.flags.setObjectName("flags")
        self.flags.setWordWrap(True)
        self.flags.setMinimumHeight(120)
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("<b>自动计算</b>"))
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(QLabel(self.tr("<b>发现的问题和风险</b>")))
        layout.addWidget(self.flags, 1)
        # scrolls rather than making the window taller than a small screen at the largest font
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_evaluation(self, ev: Evaluation) -> None:
        units = {d.id: d.unit for d in self.checklist.derived}
        for key, label in self.values.items():
            value = ev.derived.get(key)
            unit = units.get(key, "")
            label.setText(
                "–"
                if value is None
                else (f"{money(value)} {unit}" if unit == "元" else f"{value} {unit}")
            )
        pci = ev.derived.get("per_capita_income")
        if pci is None or self.line is None:
            self.verdict.setText("")
        elif Decimal(str(pci)) < Decimal(str(self.line)):
            self.verdict.setText(self.tr("人均纯收入低于监测线"))
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.verdict.setText(self.tr("人均纯收入不低于监测线"))
            self.verdict.setStyleSheet("color: #1b5e20;")
        self.flags.clear()
        for flag in ev.flags:
            who = self.member_names.get(flag.member_id or "", "")
            text = (
                f"【{self.tr(KIND_NAMES.get(flag.kind, flag.kind))}】"
                + (f"{who}：" if who else "")
                + flag.message
            )
            item = QListWidgetItem(text)
            item.setData(0x0100, flag.rule)
            item.setBackground(QBrush(QColor(KIND_COLOURS.get(flag.kind, "#ffffff"))))
            self.flags.addItem(item)

    def flag_rules(self) -> list[str]:
        return [str(self.flags.item(i).data(0x0100)) for i in range(self.flags.count())]
