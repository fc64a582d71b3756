"""Register or edit a household and its members, offline, validated by the store's rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.changes import Changed, Changes
from gridworker.store import households
from gridworker.store.errors import InvalidRecord
from gridworker.store.roster import grid_codes
from gridworker.ui.dialogs import show_error
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.record_form import ERROR_STYLE, Field, RecordForm
from gridworker.ui.session import Session

if TYPE_CHECKING:
    from sqlalchemy import Connection

HOUSEHOLD_FIELDS: list[Field] = [
    ("number", QT_TRANSLATE_NOOP("record", "户编号"), "text", ()),
    ("address", QT_TRANSLATE_NOOP("record", "地址"), "text", ()),
    ("household_type", QT_TRANSLATE_NOOP("record", "户类型"), "choice", vocab.HOUSEHOLD_TYPES),
    ("monitor_type", QT_TRANSLATE_NOOP("record", "监测对象类型"), "choice", vocab.MONITOR_TYPES),
    ("phone", QT_TRANSLATE_NOOP("record", "联系电话"), "text", ()),
    ("long_absent", QT_TRANSLATE_NOOP("record", "长期外出"), "bool", ()),
]
MEMBER_FIELDS: list[Field] = [
    ("name", QT_TRANSLATE_NOOP("record", "姓名"), "text", ()),
    ("sex", QT_TRANSLATE_NOOP("record", "性别"), "choice", vocab.SEXES),
    ("id_type", QT_TRANSLATE_NOOP("record", "证件类型"), "choice", vocab.ID_TYPES),
    ("id_number", QT_TRANSLATE_NOOP("record", "证件号码"), "text", ()),
    ("relationship", QT_TRANSLATE_NOOP("record", "与户主关系"), "choice", vocab.RELATIONSHIPS),
    ("health", QT_TRANSLATE_NOOP("record", "健康状况"), "choice", vocab.HEALTH),
    (
        "disability_class",
        QT_TRANSLATE_NOOP("record", "残疾类别"),
        "choice",
        vocab.DISABILITY_CLASSES,
    ),
    ("labour", QT_TRANSLATE_NOOP("record", "劳动技能"), "choice", vocab.LABOUR),
    ("education", QT_TRANSLATE_NOOP("record", "文化程度（不在校）"), "choice", vocab.EDUCATION),
    ("school_status", QT_TRANSLATE_NOOP("record", "在校生状况"), "choice", vocab.SCHOOL_STATUS),
    ("work_location", QT_TRANSLATE_NOOP("record", "务工所在地"), "choice", vocab.WORK_LOCATIONS),
    ("work_months", QT_TRANSLATE_NOOP("record", "务工月数"), "int", ()),
    ("resident_med", QT_TRANSLATE_NOOP("record", "城乡居民基本医疗保险"), "bool", ()),
    ("employee_med", QT_TRANSLATE_NOOP("record", "职工基本医疗保险"), "bool", ()),
    ("pension", QT_TRANSLATE_NOOP("record", "城乡居民基本养老保险"), "bool", ()),
    ("phone", QT_TRANSLATE_NOOP("record", "联系电话"), "text", ()),
]


class RecordDialog(QDialog):
    """Common frame: a scrolling form, a message line, OK/Cancel; saving goes through ops."""

    saved = Signal(object)

    def __init__(self, session: Session, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setModal(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        scroll_body = QWidget()
        scroll_body.setLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(scroll_body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 640)

    def save(self) -> None:
        raise NotImplementedError

    def submit(
        self, fn: Callable[[Connection], Changed[Any]], forms: Mapping[str, RecordForm]
    ) -> None:
        """Save through the operations layer; ``saved`` carries the result, the change is
        announced by the operations layer."""
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, InvalidRecord):
                self.show_invalid(exc, forms)
            else:
                show_error(self, exc)

        def done(result: Any) -> None:
            self.saved.emit(result)
            self.accept()

        self.session.ops.write(fn, done, failed, owner=self)

    def show_invalid(self, exc: InvalidRecord, forms: Mapping[str, RecordForm]) -> None:
        """Each reason beside its field; reasons about no field here go to the message line."""
        for form in forms.values():
            form.show_errors([(f, m) for f, m in exc.errors if f in form.editors])
        leftovers = [
            m for f, m in exc.errors if not any(f in form.editors for form in forms.values())
        ]
        self.message.setText("\n".join(leftovers) or self.tr("请按提示修改后再保存"))


class HouseholdDialog(RecordDialog):
    """Edit a household (``household`` given) or register a new one with its head."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        household: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            session, self.tr("修改户信息") if household else self.tr("登记新户"), parent
        )
        self.setObjectName("householdDialog")
        self.household = household
        fields = list(HOUSEHOLD_FIELDS)
        if household is None:
            fields.insert(0, ("grid_code", QT_TRANSLATE_NOOP("record", "网格"), "choice", []))
        self.form = RecordForm(fields, household or {"household_type": "普通农户"})
        self.body.addWidget(self.form)
        self.head: RecordForm | None = None
        if household is None:
            self.body.addWidget(QLabel(self.tr("<b>户主</b>")))
            self.head = RecordForm(
                [f for f in MEMBER_FIELDS if f[0] != "relationship"], {"id_type": "居民身份证"}
            )
            self.body.addWidget(self.head)
            scope = session.scope
            session.ops.read(lambda c: grid_codes(c, scope), self._grids, owner=self)

    def _grids(self, codes: list[str]) -> None:
        combo = self.form.editors["grid_code"]
        from PySide6.QtWidgets import QComboBox

        assert isinstance(combo, QComboBox)
        combo.clear()
        for code in codes:
            combo.addItem(code, code)

    def save(self) -> None:
        values = self.form.values()
        today = self.session.today()
        if self.household is not None:
            hid = str(self.household["id"])

            def update(c: Connection) -> Changed[str]:
                households.update_household(c, hid, values, today)
                return Changed(hid, Changes.of_households([hid]))

            self.submit(update, {"household": self.form})
            return
        assert self.head is not None
        head = {**self.head.values(), "relationship": "户主"}

        def create(c: Connection) -> Changed[str]:
            new = households.create_household(c, values, [head], today)
            return Changed(new, Changes.of_households([new]))

        self.submit(create, {"household": self.form, "member": self.head})


# A new member's 成员变动: why and when they joined (optional: a roster member has none).
ARRIVAL_FIELDS: list[Field] = [
    ("arrival_reason", QT_TRANSLATE_NOOP("record", "加入原因"), "choice", vocab.ARRIVAL_REASONS),
    ("arrival_date", QT_TRANSLATE_NOOP("record", "加入日期"), "text", ()),
    ("change_note", QT_TRANSLATE_NOOP("record", "变动说明"), "text", ()),
]


class MemberDialog(RecordDialog):
    def __init__(
        self,
        session: Session,
        household_id: str,
        member: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, self.tr("修改成员") if member else self.tr("添加成员"), parent)
        self.setObjectName("memberDialog")
        self.household_id, self.member = household_id, member
        fields = MEMBER_FIELDS if member else [*MEMBER_FIELDS, *ARRIVAL_FIELDS]
        self.form = RecordForm(fields, member or {"id_type": "居民身份证"})
        if member is None:
            day = self.form.editors["arrival_date"]
            assert isinstance(day, QLineEdit)
            day.setPlaceholderText(self.tr("如 2026-11-03（新生儿填出生日期）"))
        self.body.addWidget(self.form)

    def save(self) -> None:
        values = self.form.values()
        if self.member is not None:
            values["id"] = self.member["id"]
        hid, today = self.household_id, self.session.today()

        def save(c: Connection) -> Changed[str]:
            return Changed(
                households.save_member(c, hid, values, today), Changes.of_households([hid])
            )

        self.submit(save, {"member": self.form})
