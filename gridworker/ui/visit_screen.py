"""A visit: the generated form, live evaluation, autosave, completion and corrections.

Autosave: an edit starts a 500 ms timer; leaving a field, Enter, hiding the screen and closing
the window save at once. Saves go through the operations worker in order, so a completion
submitted after a save always sees it. A completed visit is shown read-only; 更正 starts a
revision (a new draft that names it).

A repeat visit starts from the last one (``checklist.repeat``): each section offers 与上次相同 or
修改, and answers changed since last time are marked. The visit mode decides what is asked
(``checklist.modes``); the visit date may be set back (a paper visit typed in later) within the
setting ``visit_backdate_max_days``. Keyboard: Enter moves to the next field, then the next
section, then 完成走访; Ctrl+Enter completes from anywhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.checklist import (
    EvalContext,
    Evaluation,
    FieldKey,
    Section,
    evaluate,
    modes,
    repeat,
)
from gridworker.store.errors import InvalidRecord
from gridworker.ui.dialogs import show_error
from gridworker.ui.form_fields import Field, SignatureField
from gridworker.ui.photo_strip import PHOTO_SECTIONS, PhotoStrip, PhotoTarget
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
from gridworker.ui.visit_form import LastVisit, VisitForm, member_title
from gridworker.ui.visit_panel import VisitPanel

AUTOSAVE_MS = 500
PANEL_WIDTH = 320


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
        self.ctx: EvalContext | None = None
        self.evaluation: Evaluation | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.title = QLabel()
        self.title.setObjectName("visitTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.visit_date = QDateEdit()
        self.visit_date.setObjectName("visitDate")
        self.visit_date.setDisplayFormat("yyyy-MM-dd")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setToolTip(self.tr("纸质走访后补录时，填实际走访的日期"))
        self.visit_date.dateChanged.connect(self._date_changed)
        self.entered_label = QLabel()
        self.entered_label.setObjectName("enteredLabel")
        self.mode = QComboBox()
        self.mode.setObjectName("mode")
        for m in vocab.VISIT_MODES:
            self.mode.addItem(m, m)
        self.mode.activated.connect(lambda _i: self._mode_changed())
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.complete_button = QPushButton(self.tr("完成走访"))
        self.complete_button.setObjectName("completeButton")
        self.complete_button.clicked.connect(self.complete)
        self.complete_button.setToolTip(self.tr("完成走访（Ctrl+回车）"))
        self.complete_button.installEventFilter(self)
        finish = QShortcut(QKeySequence("Ctrl+Return"), self)
        finish.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        finish.activated.connect(self.complete)
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
        self.points_button = QPushButton(self.tr("积分…"))
        self.points_button.setObjectName("visitPoints")
        self.points_button.clicked.connect(self._points)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        date_label = QLabel(self.tr("走访日期"))
        date_label.setBuddy(self.visit_date)
        top.addWidget(date_label)
        top.addWidget(self.visit_date)
        top.addWidget(self.entered_label)
        mode_label = QLabel(self.tr("走访方式"))
        mode_label.setBuddy(self.mode)
        top.addWidget(mode_label)
        top.addWidget(self.mode)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        for b in (self.points_button, self.print_button, self.revise_button, self.complete_button):
            bottom.addWidget(b)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _points(self) -> None:
        """The 积分 section during the visit (one ledger entry naming this visit)."""
        if self.data is None:
            return
        from gridworker.ui.points_dialog import AwardDialog

        v = self.data.visit
        AwardDialog(self.session, v.household_id, v.id, self).open()

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
            **stored,
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
        last = None
        if data.previous is not None:
            last = LastVisit(
                data.previous,
                str((stored.get(repeat.KEY) or {}).get("from_date", "")),
                repeat.not_carried(data.ctx.settings),
            )
        form = VisitForm(
            data.checklist,
            member_ids,
            facts,
            last=last,
            answers=self.answers,
            extras=lambda section: self._photos(data, section),
        )
        names = {mid: member_title(mid, facts[mid], n) for n, mid in enumerate(member_ids, 1)}
        panel = VisitPanel(data.checklist, data.ctx.settings, names)
        if self.form is None or self.panel is None:
            self.splitter.addWidget(form)
            self.splitter.addWidget(panel)
            self.splitter.setSizes([max(1, self.width() - PANEL_WIDTH), PANEL_WIDTH])
        else:
            # the new form and panel take the old ones' places (and sizes) at once; setting
            # sizes while the old widgets waited for deleteLater gave the new panel no width
            sizes = self.splitter.sizes()
            for old, new in ((self.form, form), (self.panel, panel)):
                self.splitter.replaceWidget(self.splitter.indexOf(old), new)
                old.hide()
                old.deleteLater()
            if len(sizes) == 2 and min(sizes) > 0:
                self.splitter.setSizes(sizes)
        self.form, self.panel = form, panel
        self.panel.setMinimumWidth(220)
        self.ctx = data.ctx
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
        self.form.finished.connect(self._finished)
        self.form.setCurrentIndex(0)
        self.mode.setCurrentIndex(max(0, self.mode.findData(visit.mode)))
        self._set_mode_context(str(visit.mode))
        editable = data.editable
        self.mode.setEnabled(editable)
        today = self.session.today()
        self.visit_date.blockSignals(True)
        if editable and visit.revision_of is None:
            # (a draft begun longer ago shows its own date: completing it is refused, saying why)
            low = min(visit.visit_date, today - timedelta(days=data.backdate_days))
            self.visit_date.setDateRange(_qdate(low), _qdate(max(today, visit.visit_date)))
        else:
            self.visit_date.setDateRange(_qdate(date(2000, 1, 1)), _qdate(date(9999, 12, 31)))
        self.visit_date.setDate(_qdate(visit.visit_date))
        self.visit_date.blockSignals(False)
        self.visit_date.setEnabled(editable and visit.revision_of is None)
        entered = local_day(visit.completed_at)
        self.entered_label.setText(
            self.tr("（%1 录入）").replace("%1", entered.isoformat())
            if entered is not None and entered != visit.visit_date
            else ""
        )
        self.complete_button.setVisible(editable)
        self.revise_button.setVisible(not editable and not data.newer_revision)
        status = self.tr("草稿") if editable else self.tr("已完成，不能修改")
        if visit.revision_of:
            status += self.tr("（更正记录）")
        h = data.household
        self.title.setText(
            f"<b>{h['head_name']}</b> {h['number']} &nbsp; "
            f"{visit.worker_name} &nbsp; <i>{status}</i>"
        )
        self.saved_label.setText("")
        self.reevaluate()
        if editable:
            self.form.focus_first()
        self.loaded.emit(visit.id)

    def _photos(self, data: VisitData, section: Section) -> QWidget | None:
        """The photos of a section that takes them (住房, 饮水): attach, view, remove."""
        if section.id not in PHOTO_SECTIONS:
            return None
        target = PhotoTarget(data.visit.household_id, visit_id=data.visit.id, question=section.id)
        strip = PhotoStrip(self.session, target, title=self.tr("{0}照片").format(section.title))
        strip.setObjectName(f"photos_{section.id}")
        return strip

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

    def _finished(self) -> None:
        """Enter past the last section: on to 完成走访."""
        self.complete_button.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.complete_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.complete_button.click()
            return True
        return super().eventFilter(watched, event)

    # --- mode and date ---------------------------------------------------------------------
    def _set_mode_context(self, mode: str) -> None:
        if self.data is None or self.ctx is None:
            return
        skipped = modes.not_asked(self.data.checklist, self.ctx.settings, mode)
        self.ctx = replace(self.ctx, not_asked=skipped)

    def _mode_changed(self) -> None:
        self._set_mode_context(str(self.mode.currentData()))
        self._edited(None)

    def _date_changed(self, qdate: QDate) -> None:
        if self.data is None or self.ctx is None or not self.data.editable:
            return
        new, old = qdate.toPython(), self.ctx.visit_date
        assert isinstance(new, date)
        household = self.answers.setdefault("household", {})
        if household.get("sign_date") == old.isoformat():
            household["sign_date"] = new.isoformat()  # signed on the day of the visit
            if self.form is not None:
                self.form.set_answers(self.answers)
        self.ctx = replace(self.ctx, visit_date=new)
        self._edited(None)

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
        ctx = self.ctx or self.data.ctx
        self.answers = self.form.collect(self.answers)
        self.evaluation = evaluate(self.data.checklist, self.answers, ctx, completing=completing)
        first = self.form.apply(self.evaluation)
        self.panel.show_evaluation(self.evaluation)
        if self.form.last is not None:
            changed = repeat.changed(
                self.data.checklist, self.answers, self.form.last.answers, self.form.last.excluded
            )
            visible = self.evaluation.visible
            self.form.show_changes({k: v for k, v in changed.items() if k in visible})
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
    def save_now(self, quiet: bool = False) -> None:
        """Submit the current answers now (no-op when nothing changed). ``quiet``: keep the
        message below the form (what is still missing) instead of saying it was saved."""
        self._timer.stop()
        if not self._dirty or self.data is None or self.form is None or not self.data.editable:
            return
        self._dirty = False
        vid, mode = self.data.visit.id, str(self.mode.currentData())
        answers = self.form.collect(self.answers)
        on, today = self._visit_date(), self.session.today()

        def saved(_r: object) -> None:
            if not quiet:
                now = QTime.currentTime().toString("HH:mm:ss")
                self.saved_label.setText(self.tr("已自动保存 %1").replace("%1", now))
            self.draft_saved.emit(vid)

        def failed(exc: BaseException) -> None:
            self._dirty = True  # try again on the next edit
            self.saved_label.setText(self.tr("未能保存！"))
            show_error(self, exc)

        self.session.ops.write(
            lambda c: save_answers(c, vid, answers, mode, on, today), saved, failed, owner=self
        )

    def _visit_date(self) -> date:
        if self.ctx is not None:
            return self.ctx.visit_date
        assert self.data is not None
        return self.data.visit.visit_date

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
        shown = {k[0] for k in self.evaluation.visible}
        undecided = [sid for sid in repeat.pending(self.answers) if sid in shown]
        if first is not None or undecided:
            # a section not yet confirmed or edited is not answered: its errors are its own
            errors = [e for e in self.evaluation.errors if e.section not in undecided]
            if errors:
                self.form.reveal((errors[0].section, errors[0].member_id, errors[0].question))
            else:
                self.form.reveal_section(undecided[0])
            if undecided:
                text = self.tr("还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同")
            else:
                text = self.tr("还有 %1 处需要填写或修改（红字）")
            self.saved_label.setText(
                text.replace("%1", str(len(errors))).replace("%2", str(len(undecided)))
            )
            self.save_now(quiet=True)
            return
        self._timer.stop()
        self._dirty = False
        vid, hid = self.data.visit.id, self.data.visit.household_id
        answers, mode = self.form.collect(self.answers), str(self.mode.currentData())
        on, today = self._visit_date(), self.session.today()
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
            lambda c: save_and_complete(c, vid, answers, mode, on, today), done, failed, owner=self
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


def local_day(moment: datetime | None) -> date | None:
    """The local day of a stored UTC time (completed_at: when a visit was typed in)."""
    return None if moment is None else moment.replace(tzinfo=UTC).astimezone().date()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
