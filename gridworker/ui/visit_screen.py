"""A visit: the generated form, live evaluation, autosave, completion and corrections.

Autosave: an edit starts a 500 ms timer; leaving a field, Enter, hiding the screen and closing
the window save at once. Saves go through the operations worker in order, so a completion
submitted after a save always sees it. A completed visit is shown read-only; 更正 starts a
revision (a new draft that names it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.checklist import Evaluation, FieldKey, evaluate
from gridworker.store.errors import InvalidRecord
from gridworker.ui.dialogs import show_error
from gridworker.ui.form_fields import Field, SignatureField
from gridworker.ui.session import Session
from gridworker.ui.visit_data import (
    VisitData,
    load_visit,
    revise,
    save_and_complete,
    save_answers,
    start_or_resume,
    store_signature,
)
from gridworker.ui.visit_form import VisitForm, member_title
from gridworker.ui.visit_panel import VisitPanel

AUTOSAVE_MS = 500


class VisitScreen(QWidget):
    loaded = Signal(str)  # visit id
    draft_saved = Signal(str)
    visit_completed = Signal(str, str)  # household id, visit id
    revision_started = Signal(str, str)  # household id, new visit id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("visit")
        self.data: VisitData | None = None
        self.form: VisitForm | None = None
        self.panel: VisitPanel | None = None
        self.answers: dict[str, Any] = {"household": {}, "members": {}}
        self.evaluation: Evaluation | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.title = QLabel()
        self.title.setObjectName("visitTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.mode = QComboBox()
        self.mode.setObjectName("mode")
        for m in vocab.VISIT_MODES:
            self.mode.addItem(m, m)
        self.mode.activated.connect(lambda _i: self._edited(None))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.complete_button = QPushButton(self.tr("完成走访"))
        self.complete_button.setObjectName("completeButton")
        self.complete_button.clicked.connect(self.complete)
        self.revise_button = QPushButton(self.tr("更正"))
        self.revise_button.setObjectName("reviseButton")
        self.revise_button.clicked.connect(self.revise)
        self.print_button = QPushButton(self.tr("打印/预览…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setVisible(session.print_visit is not None)
        menu = QMenu(self.print_button)  # 标准版 / 公示版 / 含完整证件号码
        for variant, text in (
            ("standard", self.tr("标准版（证件号码只显示后4位）")),
            ("public", self.tr("公示版（用于村内公示）")),
            ("full_ids", self.tr("含完整证件号码（只供存档）…")),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"print_{variant}")
            action.triggered.connect(lambda _c=False, v=variant: self._print(v))
        self.print_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("走访方式")))
        top.addWidget(self.mode)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        for b in (self.print_button, self.revise_button, self.complete_button):
            bottom.addWidget(b)
        self.splitter = QSplitter()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    # --- opening -------------------------------------------------------------------------
    def start(self, household_id: str) -> None:
        """Resume the household's draft, or start one."""
        self.close_visit()
        a, today = self.session.account, self.session.today()
        self.session.ops.write(
            lambda c: start_or_resume(c, household_id, a.username, self.session.worker_name, today),
            self.show_data,
            self._failed,
            owner=self,
        )

    def open_visit(self, visit_id: str) -> None:
        self.close_visit()
        self.session.ops.read(
            lambda c: load_visit(c, visit_id), self.show_data, self._failed, owner=self
        )

    def show_data(self, data: VisitData) -> None:
        self.data = data
        visit = data.visit
        stored = visit.answers
        self.answers = {
            "household": dict(stored.get("household", {})),
            "members": {k: dict(v) for k, v in stored.get("members", {}).items()},
        }
        member_ids = [str(m["id"]) for m in data.ctx.members]
        member_ids += [m for m in self.answers["members"] if m not in member_ids]
        facts = {
            mid: {
                **next((dict(m) for m in data.ctx.members if m["id"] == mid), {}),
                **self.answers["members"].get(mid, {}),
            }
            for mid in member_ids
        }
        if self.form is not None:
            self.form.deleteLater()
            assert self.panel is not None
            self.panel.deleteLater()
        self.form = VisitForm(data.checklist, member_ids, facts)
        names = {mid: member_title(mid, facts[mid], n) for n, mid in enumerate(member_ids, 1)}
        self.panel = VisitPanel(data.checklist, data.ctx.settings, names)
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.panel)
        self.splitter.setSizes([800, 320])
        self._dirty = False
        if (
            data.editable
            and "sign_date" in data.checklist.questions
            and not self.answers["household"].get("sign_date")
        ):
            self.answers["household"]["sign_date"] = visit.visit_date.isoformat()
            self._dirty = True
        self.form.set_answers(self.answers)
        self.form.set_readonly(not data.editable)
        self.form.edited.connect(self._edited)
        self.form.committed.connect(self._committed)
        self.form.fields_created.connect(self._fields_created)
        self.form.setCurrentIndex(0)
        self.mode.setCurrentIndex(max(0, self.mode.findData(visit.mode)))
        editable = data.editable
        self.mode.setEnabled(editable)
        self.complete_button.setVisible(editable)
        self.revise_button.setVisible(not editable and not data.newer_revision)
        status = self.tr("草稿") if editable else self.tr("已完成，不能修改")
        if visit.revision_of:
            status += self.tr("（更正记录）")
        h = data.household
        date_word = self.tr("走访日期")
        self.title.setText(
            f"<b>{h['head_name']}</b> {h['number']} &nbsp; "
            f"{date_word}：{visit.visit_date.isoformat()} &nbsp; "
            f"{visit.worker_name} &nbsp; <i>{status}</i>"
        )
        self.saved_label.setText("")
        self.reevaluate()
        self.loaded.emit(visit.id)

    def _fields_created(self, created: list[tuple[FieldKey, Field]]) -> None:
        """A page was built: show stored signatures and listen to the signature pads."""
        for key, field in created:
            if isinstance(field, SignatureField):
                digest = field.value()
                if self.data is not None and digest in self.data.signatures:
                    field.pad.show_png(self.data.signatures[digest])
                field.pad.stroke_finished.connect(lambda key=key, f=field: self._signed(key, f))

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    # --- editing -------------------------------------------------------------------------
    def _edited(self, _key: FieldKey | None) -> None:
        if self.data is None or not self.data.editable:
            return
        self._dirty = True
        self.reevaluate()
        self._timer.start()

    def _committed(self) -> None:
        if self._dirty:
            self.save_now()

    def reevaluate(self, completing: bool = False) -> FieldKey | None:
        if self.data is None or self.form is None or self.panel is None:
            return None
        self.answers = self.form.collect(self.answers)
        self.evaluation = evaluate(
            self.data.checklist, self.answers, self.data.ctx, completing=completing
        )
        first = self.form.apply(self.evaluation)
        self.panel.show_evaluation(self.evaluation)
        return first

    def _signed(self, key: FieldKey, field: SignatureField) -> None:
        if self.data is None or not self.data.editable:
            return
        png = field.pad.to_png()

        def stored(digest: str) -> None:
            field.set_value(digest)
            self._edited(key)
            self.save_now()

        self.session.ops.write(lambda c: store_signature(c, png), stored, self._failed, owner=self)

    @property
    def unsaved(self) -> bool:
        """True while an edit waits for its autosave."""
        return self._dirty or self._timer.isActive()

    # --- saving --------------------------------------------------------------------------
    def save_now(self) -> None:
        """Submit the current answers now (no-op when nothing changed)."""
        self._timer.stop()
        if not self._dirty or self.data is None or self.form is None or not self.data.editable:
            return
        self._dirty = False
        vid, mode = self.data.visit.id, str(self.mode.currentData())
        answers = self.form.collect(self.answers)

        def saved(_r: object) -> None:
            self.saved_label.setText(
                self.tr("已自动保存 %1").replace("%1", QTime.currentTime().toString("HH:mm:ss"))
            )
            self.draft_saved.emit(vid)

        def failed(exc: BaseException) -> None:
            self._dirty = True  # try again on the next edit
            self.saved_label.setText(self.tr("未能保存！"))
            show_error(self, exc)

        self.session.ops.write(
            lambda c: save_answers(c, vid, answers, mode), saved, failed, owner=self
        )

    def close_visit(self) -> None:
        self.save_now()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # --- completing and correcting ----------------------------------------------------------
    def complete(self) -> None:
        if self.data is None or self.form is None or not self.data.editable:
            return
        first = self.reevaluate(completing=True)
        assert self.evaluation is not None
        if first is not None:
            self.form.reveal(first)
            count = len(self.evaluation.errors)
            self.saved_label.setText(
                self.tr("还有 %1 处需要填写或修改（红字）").replace("%1", str(count))
            )
            self.save_now()
            return
        self._timer.stop()
        self._dirty = False
        vid, hid = self.data.visit.id, self.data.visit.household_id
        answers, mode = self.form.collect(self.answers), str(self.mode.currentData())
        self.complete_button.setEnabled(False)

        def done(_r: object) -> None:
            self.complete_button.setEnabled(True)
            self.visit_completed.emit(hid, vid)
            self.open_visit(vid)

        def failed(exc: BaseException) -> None:
            self.complete_button.setEnabled(True)
            self._dirty = True
            self.save_now()  # keep the answers as a draft
            if isinstance(exc, InvalidRecord):
                self.saved_label.setText(self.tr("未完成：") + "；".join(m for _f, m in exc.errors))
            show_error(self, exc)

        self.session.ops.write(
            lambda c: save_and_complete(c, vid, answers, mode), done, failed, owner=self
        )

    def revise(self) -> None:
        if self.data is None or self.data.editable:
            return
        vid, hid, a = self.data.visit.id, self.data.visit.household_id, self.session.account
        name = self.session.worker_name

        def started(new_id: str) -> None:
            self.revision_started.emit(hid, new_id)
            self.open_visit(new_id)

        self.session.ops.write(
            lambda c: revise(c, vid, a.username, name),
            started,
            self._failed,
            owner=self,
        )

    def _print(self, variant: str = "standard") -> None:
        if self.data is not None and self.session.print_visit is not None:
            self.save_now()
            self.session.print_visit(self, self.data.visit.id, variant)
