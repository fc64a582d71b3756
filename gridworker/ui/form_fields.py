"""One editor per checklist question type. The visit form builds these from the definition.

Every field reports ``edited`` when its value changes and ``committed`` when the user leaves it
(focus-out, Enter), so the form can evaluate live and save at once on commit.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gridworker.checklist import Question
from gridworker.ui.signature import SignaturePad

_ERROR_PALETTE: list[QPalette] = []


def error_palette(label: QLabel) -> QPalette:
    if not _ERROR_PALETTE:
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
        _ERROR_PALETTE.append(palette)
    return _ERROR_PALETTE[0]


def parse_number(text: str) -> Any:
    """Typed text as a JSON number when it is one; otherwise the text (the engine explains)."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    return int(value) if value == value.to_integral_value() else float(value)


class Field(QWidget):
    edited = Signal()
    committed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._error: QLabel | None = None  # made on the first error: most fields never show one
        self._mark: QLabel | None = None  # "上次：…" beside an answer changed since last time
        self.body = QHBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(self.body)
        if question.help:
            self.setToolTip(question.help)

    @property
    def error(self) -> QLabel:
        """The reason shown under the field (hidden while there is none)."""
        if self._error is None:
            self._error = QLabel()
            self._error.setObjectName("fieldError")
            self._error.setPalette(error_palette(self._error))  # a palette: cheaper than CSS
            self._error.setWordWrap(True)
            self._error.hide()
            self._layout.addWidget(self._error)
        return self._error

    def editors(self) -> list[QWidget]:
        """The widgets that take keyboard input (for Enter-advances)."""
        return []

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_readonly(self, readonly: bool) -> None:
        for w in self.editors():
            w.setEnabled(not readonly)

    def set_error(self, message: str | None) -> None:
        if not message and self._error is None:
            return
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def set_changed(self, previous: str | None) -> None:
        """Mark the answer as changed since the last visit (``previous``: last time's answer as
        text), or clear the mark (None)."""
        if previous is None and self._mark is None:
            return
        if self._mark is None:
            self._mark = QLabel()
            self._mark.setObjectName("changedMark")
            self._mark.setWordWrap(True)
            self._mark.setStyleSheet("color: #a04000;")
            self._layout.insertWidget(1, self._mark)
        text = QCoreApplication.translate("Field", "已改，上次：%1")
        self._mark.setText(text.replace("%1", previous or ""))
        self._mark.setVisible(previous is not None)

    @property
    def changed_mark(self) -> str | None:
        """The change mark's text, None when the answer is as last time."""
        if self._mark is None or self._mark.isHidden():
            return None
        return self._mark.text()

    def focus_widget(self) -> QWidget:
        return self


class TextField(Field):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit()
        self.body.addWidget(self.edit, 1)
        if question.unit:
            self.body.addWidget(QLabel(question.unit))
        if question.type in ("integer", "money", "decimal"):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edit.setMaximumWidth(220)
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        elif question.type == "date":
            self.edit.setPlaceholderText("YYYY-MM-DD")
            self.edit.setMaximumWidth(220)
            today = QPushButton(self.tr("今天"))
            today.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            today.clicked.connect(lambda: self.edit.setText(date.today().isoformat()))
            self.body.addWidget(today)
        self.body.addStretch(0)
        self.edit.textChanged.connect(self._changed)
        self.edit.editingFinished.connect(self.committed)
        self._setting = False

    def _changed(self, _text: str) -> None:
        # Typing, input-method commits and the 今天 button all count; loading a value does not.
        if not self._setting:
            self.edited.emit()

    def value(self) -> Any:
        text = self.edit.text()
        if self.question.type in ("integer", "money", "decimal"):
            return parse_number(text)
        return text.strip() or None

    def set_value(self, value: Any) -> None:
        self._setting = True
        self.edit.setText("" if value is None else str(value))
        self._setting = False

    def focus_widget(self) -> QWidget:
        return self.edit

    def editors(self) -> list[QWidget]:
        return [self.edit]


class YesNoField(Field):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.yes, self.no = QRadioButton(self.tr("是")), QRadioButton(self.tr("否"))
        self.group = QButtonGroup(self)
        for b in (self.yes, self.no):
            self.group.addButton(b)
            self.body.addWidget(b)
        self.body.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, *_args: object) -> None:
        self.edited.emit()
        self.committed.emit()

    def value(self) -> Any:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
        else:
            (self.yes if value else self.no).setChecked(True)

    def choose(self, value: bool) -> None:
        (self.yes if value else self.no).click()

    def focus_widget(self) -> QWidget:
        return self.no if self.no.isChecked() else self.yes

    def editors(self) -> list[QWidget]:
        return [self.yes, self.no]


_MODELS: dict[tuple[str, tuple[str, ...], tuple[str, ...]], QStringListModel] = {}


def _choices_model(question: Question) -> QStringListModel:
    """One read-only list of a question's choices, shared by every combo box asking it (a
    member section asks each question once per member; filling each box was most of the cost
    of opening a visit)."""
    labels = tuple(question.choice_labels.get(c, c) for c in question.choices)
    key = (question.id, question.choices, labels)
    model = _MODELS.get(key)
    if model is None:
        model = _MODELS[key] = QStringListModel(["", *labels])
    return model


class ChoiceField(Field):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox()
        self.values: list[str | None] = [None, *question.choices]
        self.combo.setModel(_choices_model(question))
        self.combo.setMinimumWidth(200)
        self.body.addWidget(self.combo)
        self.body.addStretch(1)
        self.combo.activated.connect(self._activated)
        self.combo.currentIndexChanged.connect(self._changed)
        self._setting = False

    def _activated(self, _i: int) -> None:
        self.committed.emit()

    def _changed(self, _i: int) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> Any:
        i = self.combo.currentIndex()
        return self.values[i] if 0 <= i < len(self.values) else None

    def set_value(self, value: Any) -> None:
        self._setting = True
        self.combo.setCurrentIndex(self.values.index(value) if value in self.values else 0)
        self._setting = False

    def choose(self, value: str) -> None:
        self.combo.setCurrentIndex(self.values.index(value))
        self.committed.emit()

    def focus_widget(self) -> QWidget:
        return self.combo

    def editors(self) -> list[QWidget]:
        return [self.combo]


class MultiField(Field):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, c in enumerate(question.choices):
            box = QCheckBox(question.choice_labels.get(c, c))
            box.clicked.connect(self._clicked)
            grid.addWidget(box, i // 4, i % 4)
            self.boxes[c] = box
        self.body.addLayout(grid, 1)

    def _clicked(self, *_args: object) -> None:
        self.edited.emit()
        self.committed.emit()

    def value(self) -> Any:
        chosen = [c for c, b in self.boxes.items() if b.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for c, b in self.boxes.items():
            b.setChecked(c in chosen)

    def choose(self, values: list[str]) -> None:
        self.set_value(values)
        self.edited.emit()
        self.committed.emit()

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def editors(self) -> list[QWidget]:
        return list(self.boxes.values())


class SignatureField(Field):
    """The pad, plus 清除. The answer (a sha256) is set by the form once the PNG is stored."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("清除重签"))
        self.clear_button.clicked.connect(self._clear)
        self.body.addWidget(self.pad, 1)
        self.body.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        self.digest: str | None = None

    def _clear(self) -> None:
        self.pad.clear()
        self.digest = None
        self.edited.emit()
        self.committed.emit()

    def value(self) -> Any:
        return self.digest

    def set_value(self, value: Any) -> None:
        self.digest = value or None

    def set_readonly(self, readonly: bool) -> None:
        self.pad.set_readonly(readonly)
        self.clear_button.setEnabled(not readonly)


class UnsupportedField(Field):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.body.addWidget(QLabel(self.tr("（此类内容请在其他设备上填写）")))
        self._value: Any = None

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value


def make_field(question: Question) -> Field:
    kind = question.type
    if kind in ("text", "integer", "money", "decimal", "date"):
        return TextField(question)
    if kind == "yesno":
        return YesNoField(question)
    if kind == "single":
        return ChoiceField(question)
    if kind == "multi":
        return MultiField(question)
    if kind == "signature":
        return SignatureField(question)
    return UnsupportedField(question)
