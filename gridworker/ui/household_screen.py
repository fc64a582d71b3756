"""One household: members, earlier visits, open problems, measures and monitoring history."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.case_papers import step_text
from gridworker.store.cases import timeline
from gridworker.ui.care_dialogs import MeasureDialog, ResolveDialog
from gridworker.ui.case_dialog import StepDialog, can_settle, offered
from gridworker.ui.dialogs import show_error
from gridworker.ui.household_data import (
    HouseholdView,
    insurance_text,
    load_household,
    member_age,
    schooling_text,
    work_text,
)
from gridworker.ui.household_edit import HouseholdDialog, MemberDialog
from gridworker.ui.i18n import QT_TRANSLATE_NOOP
from gridworker.ui.member_leave import MemberLeaveDialog
from gridworker.ui.photo_strip import PhotoStrip, PhotoTarget
from gridworker.ui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole
# The 成员变动 reasons as the history shows them (vocab.ARRIVAL_REASONS, DEPARTURE_REASONS).
CHANGE_REASONS = (
    QT_TRANSLATE_NOOP("HouseholdScreen", "新生儿"),
    QT_TRANSLATE_NOOP("HouseholdScreen", "婚入"),
    QT_TRANSLATE_NOOP("HouseholdScreen", "死亡"),
    QT_TRANSLATE_NOOP("HouseholdScreen", "迁出"),
    QT_TRANSLATE_NOOP("HouseholdScreen", "婚出"),
    QT_TRANSLATE_NOOP("HouseholdScreen", "其他"),
)
PHASE_TITLES = {
    "整改前": QT_TRANSLATE_NOOP("ProblemPhotos", "整改前照片"),
    "整改后": QT_TRANSLATE_NOOP("ProblemPhotos", "整改后照片"),
}


def make_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    return table


def fill(table: QTableWidget, rows: Sequence[tuple[Any, Sequence[Any]]]) -> None:
    """Rows of (id, cells); the id is kept on the first cell."""
    table.setRowCount(len(rows))
    for r, (rid, cells) in enumerate(rows):
        for c, value in enumerate(cells):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0:
                item.setData(ID_ROLE, rid)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def selected_id(table: QTableWidget) -> Any:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return None if item is None else item.data(ID_ROLE)


class HouseholdScreen(QWidget):
    visit_requested = Signal(str, str)  # household id, visit id ('' = start or resume a draft)
    loaded = Signal(str)
    case_saved = Signal(object)  # the path of a case history written

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("household")
        self.view: HouseholdView | None = None
        self.header = QLabel()
        self.header.setObjectName("householdHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.visit_button = QPushButton(self.tr("开始走访"))
        self.visit_button.setObjectName("visitButton")
        self.visit_button.clicked.connect(self._visit)
        self.edit_button = QPushButton(self.tr("修改户信息…"))
        self.edit_button.clicked.connect(self._edit_household)
        self.member_button = QPushButton(self.tr("添加成员…"))
        self.member_button.setObjectName("addMember")
        self.member_button.clicked.connect(lambda: self._edit_member(None))
        self.leave_button = QPushButton(self.tr("成员离开…"))
        self.leave_button.setObjectName("memberLeaves")
        self.leave_button.setToolTip(self.tr("死亡、迁出、婚出等：登记原因和日期，记入成员变动"))
        self.leave_button.clicked.connect(self._leave)
        self.points_button = QPushButton(self.tr("积分…"))
        self.points_button.setObjectName("pointsButton")
        self.points_button.clicked.connect(self._points)
        buttons = QHBoxLayout()
        for b in (
            self.visit_button,
            self.edit_button,
            self.member_button,
            self.leave_button,
            self.points_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.tabs = QTabWidget()
        self.members = make_table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("HouseholdScreen", "姓名"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "与户主关系"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "年龄"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "健康"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "在校/文化"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "务工"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "医保养老"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "劳动技能"),
                )
            ]
        )
        self.members.itemActivated.connect(lambda _i: self._edit_member(selected_id(self.members)))
        self.visits = make_table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("HouseholdScreen", "走访日期"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "方式"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "状态"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "网格员"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "风险/问题"),
                )
            ]
        )
        self.visits.setObjectName("visitsTable")
        self.visits.itemActivated.connect(self._open_visit)
        self.problems = make_table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("HouseholdScreen", "类型"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "成员"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "情况"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "发现日期"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "解决"),
                )
            ]
        )
        self.problems.setObjectName("problemsTable")
        self.resolve_button = QPushButton(self.tr("标记为已解决…"))
        self.resolve_button.clicked.connect(self._resolve)
        self.problem_photos_button = QPushButton(self.tr("问题照片…"))
        self.problem_photos_button.setObjectName("problemPhotos")
        self.problem_photos_button.clicked.connect(self._problem_photos)
        self.problem_photos: ProblemPhotos | None = None
        self.measures = make_table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("HouseholdScreen", "措施"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "对象"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "说明"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "开始"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "结束"),
                )
            ]
        )
        self.measure_button = QPushButton(self.tr("添加帮扶措施…"))
        self.measure_button.clicked.connect(self._add_measure)
        self.monitoring = make_table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("HouseholdScreen", "日期"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "环节"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "结果"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "风险类型"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "说明"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "记录人"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "状态"),
                )
            ]
        )
        self.changes = make_table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("HouseholdScreen", "日期"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "姓名"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "与户主关系"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "变动"),
                    QT_TRANSLATE_NOOP("HouseholdScreen", "说明"),
                )
            ]
        )
        self.changes.setObjectName("memberChanges")
        self.monitoring.setObjectName("timeline")
        self.case_line = QLabel()
        self.case_line.setObjectName("caseLine")
        self.step_choice = QComboBox()
        self.step_choice.setObjectName("stepChoice")
        self.step_button = QPushButton(self.tr("记录环节…"))
        self.step_button.setObjectName("stepButton")
        self.step_button.clicked.connect(self._record_step)
        self.settle_button = QPushButton(self.tr("处理公示异议…"))
        self.settle_button.setObjectName("settleButton")
        self.settle_button.clicked.connect(self._settle)
        self.print_case_button = QPushButton(self.tr("监测记录另存为 PDF…"))
        self.print_case_button.setObjectName("printCaseButton")
        self.print_case_button.clicked.connect(lambda: self.save_case_pdf())
        self.tabs.addTab(self.members, self.tr("家庭成员"))
        self.tabs.addTab(self.visits, self.tr("走访记录"))
        self.tabs.addTab(
            self._with_button(self.problems, self.resolve_button, self.problem_photos_button),
            self.tr("问题"),
        )
        self.tabs.addTab(self._with_button(self.measures, self.measure_button), self.tr("帮扶措施"))
        self.tabs.addTab(self._timeline_tab(), self.tr("监测记录"))
        self.tabs.addTab(self.changes, self.tr("成员变动"))
        # every photo of the household (visits' and problems'): a township fetches them here
        self.photos_page = QWidget()
        self.photos_page.setLayout(QVBoxLayout())
        self.photos: PhotoStrip | None = None
        self.tabs.addTab(self.photos_page, self.tr("照片"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def _points(self) -> None:
        """The 积分 section on its own (a weekly hygiene check without the full screening)."""
        if self.view is not None:
            from gridworker.ui.points_dialog import AwardDialog

            AwardDialog(self.session, self.view.id, None, self).open()

    def _timeline_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_line)
        layout.addWidget(self.monitoring, 1)
        row = QHBoxLayout()
        for w in (self.step_choice, self.step_button, self.settle_button, self.print_case_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    @staticmethod
    def _with_button(table: QTableWidget, *buttons: QPushButton) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # --- loading -------------------------------------------------------------------------
    def open(self, household_id: str) -> None:
        self.session.ops.read(
            lambda c: load_household(c, household_id),
            self.show_view,
            lambda e: show_error(self, e),
            owner=self,
        )

    def reload(self) -> None:
        if self.view is not None:
            self.open(self.view.id)

    def show_view(self, view: HouseholdView) -> None:
        self.view = view
        if self.photos is None or self.photos.target.household_id != view.id:
            if self.photos is not None:
                self.photos.deleteLater()
            self.photos = PhotoStrip(self.session, PhotoTarget(view.id), title=self.tr("本户照片"))
            self.photos.setObjectName("householdPhotos")
            layout = self.photos_page.layout()
            assert layout is not None
            layout.addWidget(self.photos)
        h = view.household
        kind = h["household_type"] + (f" · {h['monitor_type']}" if h["monitor_type"] else "")
        risks = "、".join(vocab.RISK_TYPES.get(c, c) for c in h["risk_codes"] or [])
        open_count = sum(p["resolved_on"] is None for p in view.problems)
        risk_word, problem_word, phone_word = (
            self.tr("风险"),
            self.tr("未解决问题"),
            self.tr("电话"),
        )
        self.header.setText(
            f"<b style='font-size:large'>{h['head_name'] or ''}</b> &nbsp; {h['number']}<br>"
            f"{h['address'] or ''} &nbsp; {kind}"
            + (f" &nbsp; <span style='color:#b00020'>{risk_word}：{risks}</span>" if risks else "")
            + (
                f" &nbsp; <span style='color:#b00020'>{problem_word}：{open_count}</span>"
                if open_count
                else ""
            )
            + (f"<br>{phone_word}：{h['phone']}" if h.get("phone") else "")
        )
        self.visit_button.setText(
            self.tr("继续走访（草稿）") if view.draft_id else self.tr("开始走访")
        )
        today = self.session.today()
        fill(
            self.members,
            [
                (
                    m["id"],
                    (
                        m["name"],
                        m["relationship"],
                        member_age(m, today),
                        (m["health"] or "")  # (a roster may leave it empty)
                        + (f"（{m['disability_class']}）" if m.get("disability_class") else ""),
                        schooling_text(m),
                        work_text(m),
                        insurance_text(m),
                        m["labour"],
                    ),
                )
                for m in view.members
            ],
        )
        fill(
            self.visits,
            [
                (
                    v.id,
                    (
                        v.visit_date.isoformat(),
                        v.mode,
                        self.tr("草稿")
                        if v.status == "draft"
                        else (self.tr("已完成（更正）") if v.revision_of else self.tr("已完成")),
                        v.worker_name,
                        "；".join(
                            f["message"]
                            for f in v.flags
                            if f.get("kind") in ("problem", "risk_clue")
                        ),
                    ),
                )
                for v in view.visits
            ],
        )
        fill(
            self.problems,
            [
                (
                    p["id"],
                    (
                        p["type"],
                        view.member_name(p["member_id"]),
                        p["description"],
                        p["opened_on"],
                        f"{p['resolved_on']} {p['resolution_note'] or ''}"
                        if p["resolved_on"]
                        else self.tr("未解决"),
                    ),
                )
                for p in view.problems
            ],
        )
        fill(
            self.measures,
            [
                (
                    m["id"],
                    (
                        vocab.MEASURES.get(m["code"], m["code"]),
                        view.member_name(m["member_id"]) or self.tr("全户"),
                        m["description"],
                        m["start_date"],
                        m["end_date"] or "",
                    ),
                )
                for m in view.measures
            ],
        )
        left, joined = self.tr("已不在本户"), self.tr("加入本户")
        fill(
            self.changes,
            [
                (
                    c.member_id,
                    (
                        c.on.isoformat(),
                        c.name,
                        c.relationship,
                        f"{self.tr(c.reason)}（{left if c.left else joined}）",
                        c.note,
                    ),
                )
                for c in reversed(view.changes)
            ],
        )
        self._show_case(view)
        self.loaded.emit(view.id)

    def _show_case(self, view: HouseholdView) -> None:
        case, role = view.case, self.session.account.role
        self.case_line.setText(case.summary(self.session.today()))
        fill(
            self.monitoring,
            [
                (
                    x.event.id,
                    (
                        x.event.event_date.isoformat(),
                        x.event.stage,
                        x.event.result or "",
                        "、".join(vocab.RISK_TYPES.get(c, c) for c in x.event.risk_codes),
                        step_text(x.event),
                        x.event.recorded_by or self.tr("本机（未同步）"),
                        x.state + (f"：{x.why}" if x.why else ""),
                    ),
                )
                for x in case.entries
            ],
        )
        steps = offered(role, case)
        self.step_choice.clear()
        for s in steps:
            self.step_choice.addItem(s, s)
        for w in (self.step_choice, self.step_button):
            w.setVisible(bool(steps))
        self.settle_button.setVisible(can_settle(role, case))

    def save_case_pdf(self, path: Path | None = None) -> None:
        """The household's case history on paper; ``case_saved`` carries the path."""
        from gridworker.ui.case_queue import save_paper
        from gridworker.ui.files import ask_path

        if self.view is None:
            return
        hid, today = self.view.id, self.session.today()
        target = path or ask_path(self, self.tr("另存为 PDF"), "监测记录.pdf", "PDF 文件 (*.pdf)")
        if target is not None:
            save_paper(
                self, self.session, lambda c: timeline(c, hid, today), target, self.case_saved.emit
            )

    def _record_step(self) -> None:
        stage = self.step_choice.currentData()
        if self.view is None or not stage:
            return
        StepDialog(self.session, self.view.id, self.view.case, str(stage), self).open()

    def _settle(self) -> None:
        if self.view is None:
            return
        notice = self.view.case.steps.get(vocab.NOTICE)
        if notice is not None:
            StepDialog(
                self.session, self.view.id, self.view.case, vocab.NOTICE, self, correcting=notice
            ).open()

    # --- actions -------------------------------------------------------------------------
    def _visit(self) -> None:
        if self.view is not None:
            self.visit_requested.emit(self.view.id, "")

    def _open_visit(self, _item: QTableWidgetItem) -> None:
        vid = selected_id(self.visits)
        if self.view is not None and vid:
            self.visit_requested.emit(self.view.id, str(vid))

    def _edit_household(self) -> None:
        if self.view is None:
            return
        dialog = HouseholdDialog(self.session, self, household=self.view.household)
        dialog.open()

    def _edit_member(self, member_id: str | None) -> None:
        if self.view is None:
            return
        member = next((m for m in self.view.members if m["id"] == member_id), None)
        dialog = MemberDialog(self.session, self.view.id, member, self)
        dialog.open()

    def _leave(self) -> None:
        if self.view is None or not self.view.members:
            return
        dialog = MemberLeaveDialog(
            self.session, self.view.id, self.view.members, selected_id(self.members), self
        )
        dialog.open()

    def _resolve(self) -> None:
        if self.view is None:
            return
        pid = selected_id(self.problems)
        problem = next((p for p in self.view.problems if p["id"] == pid), None)
        if problem is None or problem["resolved_on"] is not None:
            return
        dialog = ResolveDialog(self.session, problem, self)
        dialog.open()

    def _problem_photos(self) -> None:
        """The selected problem's photos, before and after its fix."""
        if self.view is None:
            return
        pid = selected_id(self.problems)
        problem = next((p for p in self.view.problems if p["id"] == pid), None)
        if problem is not None:
            self.problem_photos = ProblemPhotos(self.session, problem, self)
            self.problem_photos.open()

    def _add_measure(self) -> None:
        if self.view is None:
            return
        dialog = MeasureDialog(self.session, self.view.id, self.view.members, self)
        dialog.open()


class ProblemPhotos(QDialog):
    """A problem's photos: 整改前 (what was found) and 整改后 (the fix)."""

    def __init__(self, session: Session, problem: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("problemPhotosDialog")
        self.setWindowTitle(self.tr("问题照片：{0}").format(problem["type"]))
        layout = QVBoxLayout(self)
        note = QLabel(str(problem["description"] or ""))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.strips: dict[str, PhotoStrip] = {}
        for phase in vocab.PHOTO_PHASES:
            target = PhotoTarget(problem["household_id"], problem_id=problem["id"], phase=phase)
            strip = self.strips[phase] = PhotoStrip(
                session, target, self, title=self.tr(PHASE_TITLES[phase])
            )
            layout.addWidget(strip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
