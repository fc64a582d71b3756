"""A small form of record fields (household or member) with the reason for an error beside each.

Fields are declared as (key, label, kind, choices); kinds: text, choice, int, bool.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridworker.ui.vocab_names import shown

Field = tuple[str, str, str, Sequence[str]]
ERROR_STYLE = "color: #b00020;"


class RecordForm(QWidget):
    def __init__(
        self,
        fields: Sequence[Field],
        values: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, label, kind, choices in self.fields:
            editor = self._editor(kind, choices)
            editor.setObjectName(f"field_{key}")
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(editor)
            box.addWidget(error)
            form.addRow(QCoreApplication.translate("record", label), cell)
            self.editors[key], self.errors[key] = editor, error
        if values:
            self.set_values(values)

    @staticmethod
    def _editor(kind: str, choices: Sequence[str]) -> QWidget:
        if kind == "choice":
            combo = QComboBox()
            combo.addItem("", None)
            for c in choices:  # stored in Chinese, shown in the interface's language
                combo.addItem(shown(c), c)
            return combo
        if kind == "bool":
            return QCheckBox()
        return QLineEdit()

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key, _label, _kind, _c in self.fields:
            editor, value = self.editors[key], values.get(key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)) if value else 0)
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, _label, kind, _c in self.fields:
            editor = self.editors[key]
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QLineEdit):
                text = editor.text().strip()
                if kind == "int":
                    out[key] = int(text) if text.isdigit() else None
                else:
                    out[key] = text or None
        return out

    def show_errors(self, errors: Sequence[tuple[str, str]]) -> list[str]:
        """Put each (field, reason) beside its field; returns the reasons with no field here."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        unplaced: list[str] = []
        for field, message in errors:
            target = self.errors.get(field)
            if target is None:
                unplaced.append(message)
                continue
            target.setText("；".join(filter(None, (target.text(), message))))
            target.show()
        return unplaced
