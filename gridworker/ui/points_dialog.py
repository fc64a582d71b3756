"""The 积分 section: scoring a household against the rule set in force, during a visit or on
its own (a weekly hygiene check without the full screening), with the household's confirmation.

The items come from the rules (`gridworker.points.rules`), filtered to the signed-in role; a
level item is a choice of its levels, a fixed item a tick. The total follows the choices; saving
writes one ledger entry (`store.points.award`) — pending the village review where the county
says so — and a refusal (a monthly cap, a missing confirmation) is shown in plain Chinese.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridworker.changes import NOTHING, Changed, Changes
from gridworker.points.rules import Pick, Rules
from gridworker.store import points
from gridworker.ui.household_screen import ID_ROLE, fill, make_table
from gridworker.ui.session import Session
from gridworker.vocab import role_name

if TYPE_CHECKING:
    from sqlalchemy import Connection


def who(session: Session) -> points.Who:
    a = session.account
    return points.Who(a.username, session.worker_name, role_name(a.role), a.device_id)


class AwardDialog(QDialog):
    def __init__(
        self,
        session: Session,
        household_id: str,
        visit_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.household_id, self.visit_id = session, household_id, visit_id
        self.setObjectName("awardDialog")
        self.setWindowTitle(self.tr("积分"))
        self.rules: Rules | None = None
        self.choices: dict[str, QComboBox | QCheckBox] = {}
        self.header = QLabel(self.tr("正在读取积分细则…"))
        self.header.setWordWrap(True)
        self.form = QFormLayout()
        self.confirmed_by = QLineEdit()
        self.confirmed_by.setObjectName("pointsConfirmedBy")
        self.confirmed_by.setPlaceholderText(self.tr("户主或家庭成员姓名"))
        self.total = QLabel()
        self.total.setObjectName("pointsTotal")
        self.error = QLabel()
        self.error.setObjectName("pointsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020")
        self.confirmed_by.textChanged.connect(lambda _t: self.error.clear())
        self.save = QPushButton(self.tr("保存积分"))
        self.save.setObjectName("pointsSave")
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        confirm = QFormLayout()
        confirm.addRow(self.tr("本户确认人"), self.confirmed_by)
        layout.addLayout(confirm)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        day = session.today()
        session.ops.read(
            lambda conn: points.award_context(conn, household_id, day), self._loaded, owner=self
        )

    def _loaded(self, ctx: points.AwardContext) -> None:
        self.rules = ctx.rules
        head = self.tr("%1（%2）现有积分 %3 分").replace("%1", ctx.name)
        head = head.replace("%2", ctx.number).replace("%3", str(ctx.balance))
        if ctx.rules is None:
            self.header.setText(head + "\n" + self.tr("县里尚未发布积分细则：暂不能评分"))
            return
        if ctx.review:
            head += "\n" + self.tr("本村积分须经村级评议后计入")
        self.header.setText(head + "\n" + ctx.rules.title)
        for it in ctx.rules.for_role(role_name(self.session.account.role)):
            cap = f"（{self.tr('本月已得')} {ctx.earned.get(it.id, 0)}/{it.cap}）" if it.cap else ""
            if it.per == "member" and it.points is not None and ctx.members:
                # a member's item: choosing the member gives it (孝老爱亲, 技能培训 …)
                who_box = QComboBox()
                who_box.addItem("—", None)
                for mid, name in ctx.members:
                    who_box.addItem(f"{name}（{it.points}分）", mid)
                who_box.currentIndexChanged.connect(self._update)
                who_box.setProperty("member_item", True)
                widget: QComboBox | QCheckBox = who_box
            elif it.points is None:
                box = QComboBox()
                box.addItem("—", None)
                for lv in it.levels:
                    box.addItem(f"{lv.name}（{lv.points}分）", lv.name)
                box.currentIndexChanged.connect(self._update)
                widget = box
            else:
                tick = QCheckBox(f"{it.points}分")
                tick.toggled.connect(self._update)
                widget = tick
            widget.setObjectName(f"pointsItem_{it.id}")
            self.choices[it.id] = widget
            self.form.addRow(f"{it.name}{cap}", widget)
        self.save.setEnabled(True)
        self._update()

    def picks(self) -> list[Pick]:
        out: list[Pick] = []
        for item_id, w in self.choices.items():
            if isinstance(w, QComboBox) and w.currentData() is not None:
                if w.property("member_item"):
                    out.append(Pick(item_id, member_id=str(w.currentData())))
                else:
                    out.append(Pick(item_id, str(w.currentData())))
            elif isinstance(w, QCheckBox) and w.isChecked():
                out.append(Pick(item_id))
        return out

    def _update(self) -> None:
        total = 0
        if self.rules is not None:
            for p in self.picks():
                it = self.rules.item(p.item)
                total += (
                    it.points
                    if it.points is not None
                    else next(lv.points for lv in it.levels if lv.name == p.level)
                )
        self.total.setText(self.tr("本次积分：%1 分").replace("%1", str(total)))

    def _save(self) -> None:
        rules, picks, hid = self.rules, self.picks(), self.household_id
        if rules is None:
            return
        confirmed, day, writer = self.confirmed_by.text(), self.session.today(), who(self.session)
        self.error.clear()

        def write(conn: Connection) -> Changed[dict[str, object]]:
            row = points.award(
                conn,
                writer,
                rules,
                hid,
                picks,
                day,
                confirmed_by=confirmed,
                visit_id=self.visit_id,
            )
            return Changed(row, Changes.of_households([hid]))

        self.session.ops.write(write, lambda _row: self.accept(), self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))


class ReviewDialog(QDialog):
    """The village review (村级评议) of the month's awards: tick the awards, then 通过 (they
    count from now) or 不通过 (they never count). One ledger entry per award answered."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("积分评议"))
        self.month = session.today()
        self.table = make_table(
            [self.tr("户编号"), self.tr("户主"), self.tr("日期"), self.tr("项目"), self.tr("积分")]
        )
        self.table.setObjectName("reviewTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.approve = QPushButton(self.tr("通过"))
        self.approve.setObjectName("reviewApprove")
        self.approve.clicked.connect(lambda: self._answer(True))
        self.refuse = QPushButton(self.tr("不通过"))
        self.refuse.setObjectName("reviewReject")
        self.refuse.clicked.connect(lambda: self._answer(False))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for b in (self.refuse, self.approve, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("本月待评议的积分（选中后点通过或不通过）")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        scope, month = self.session.scope, self.month
        self.session.ops.read(
            lambda conn: points.pending_awards(conn, scope, month), self._show, owner=self
        )

    def _show(self, rows: list[dict[str, object]]) -> None:
        self.table.clearSelection()
        fill(
            self.table,
            [
                (
                    r["id"],
                    (
                        r["household_number"],
                        r["household_name"],
                        r["entry_date"],
                        "、".join(str(i.get("name", "")) for i in r["items"] or ()),  # type: ignore[attr-defined]
                        r["points"],
                    ),
                )
                for r in rows
            ],
        )

    def _answer(self, approve: bool) -> None:
        ids = [
            str(item.data(ID_ROLE))
            for index in self.table.selectionModel().selectedRows()
            if (item := self.table.item(index.row(), 0)) is not None
        ]
        if not ids:
            self.message.setText(self.tr("请先选择要评议的积分"))
            return
        writer, day = who(self.session), self.session.today()

        def write(conn: Connection) -> Changed[list[str]]:
            return Changed(points.review(conn, writer, ids, approve, day), NOTHING)

        def done(_ids: list[str]) -> None:
            self.message.setText(self.tr("已评议 %1 条").replace("%1", str(len(ids))))
            self.reload()

        self.session.ops.write(write, done, lambda e: self.message.setText(str(e)), owner=self)
