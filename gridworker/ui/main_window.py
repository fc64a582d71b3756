"""The main window: a frame holding the sign-in screen or the workspace, menus and status bar.

Services come in through the constructor; there is no global application object. Switching
the language rebuilds the screens from their constructors (after saving any visit draft).
Signing out or quitting while a long job runs (a sync) cancels it and waits, showing that it
does, until it has stopped at a safe point; only then does the store close.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QProgressDialog,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from gridworker.ui import appearance
from gridworker.ui.actions import Actions, build_actions, build_menus
from gridworker.ui.dialogs import show_error
from gridworker.ui.operations import Operations
from gridworker.ui.session import PrintVisit, Session, SyncService
from gridworker.ui.signin import SignInScreen
from gridworker.ui.statusbar import StatusBar
from gridworker.vocab import role_name

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from gridworker.store.store import Account, Store
    from gridworker.ui.workspace import Workspace


class MainWindow(QMainWindow):
    signed_in = Signal(object)  # Session
    signing_out = Signal()  # services start nothing more; running jobs are being stopped
    signed_out = Signal()  # the store is closing

    def __init__(
        self,
        ops: Operations,
        home: Path,
        translations: appearance.Translations,
        *,
        print_visit: PrintVisit | None = None,
        sync: SyncService | None = None,
        enrol: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__()
        self.ops, self.home, self.translations = ops, home, translations
        self.print_visit, self.sync, self.enrol = print_visit, sync, enrol
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.toolbar: QToolBar | None = None
        self.setObjectName("mainWindow")
        self.resize(1200, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.signin = self._new_signin()
        self._painted = False
        self.stopping: QProgressDialog | None = None  # "正在停止同步…" while jobs stop
        self.commands = self._build_actions()
        ops.failed.connect(lambda exc: show_error(self, exc))
        self._retitle()

    def _retitle(self) -> None:
        self.setWindowTitle(self.tr("网格员入户走访"))

    def _new_signin(self) -> SignInScreen:
        signin = SignInScreen(self.ops, self.home, self.enrol)
        signin.signed_in.connect(self._opened)
        self.stack.addWidget(signin)
        self.stack.setCurrentWidget(signin)
        return signin

    def _build_actions(self) -> Actions:
        a = build_actions(self)
        if self.toolbar is not None:
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        self.toolbar = build_menus(self, a)
        self.addToolBar(self.toolbar)
        a.quit.triggered.connect(self.close)
        a.sign_out.triggered.connect(self.sign_out)
        a.bigger.triggered.connect(lambda: self.change_font_size(+1))
        a.smaller.triggered.connect(lambda: self.change_font_size(-1))
        a.normal_size.triggered.connect(lambda: self.change_font_size(0))
        for code, action in a.languages.items():
            action.setChecked(code == self.translations.language)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
        a.today.triggered.connect(lambda: self._in_workspace("go_today"))
        a.roster.triggered.connect(lambda: self._in_workspace("go_roster"))
        a.township.triggered.connect(lambda: self._in_workspace("go_township"))
        a.cases.triggered.connect(lambda: self._in_workspace("go_cases"))
        a.back.triggered.connect(lambda: self._in_workspace("back"))
        a.review.triggered.connect(lambda: self._in_workspace("review_points"))
        a.register.triggered.connect(lambda: self._in_workspace("register_household"))
        a.sync.triggered.connect(self._sync)
        a.set_signed_in(self.session is not None)
        a.sync.setVisible(self.session is not None and self.sync is not None)
        # Nothing on the toolbar works before sign-in: it appears with the workspace.
        self.toolbar.setVisible(self.session is not None)
        if self._painted:  # a rebuild (language switch); the first build waits for the paint
            a.bind_shortcuts()
        return a

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first frame is out: now the keyboard shortcuts
            self._painted = True
            QTimer.singleShot(0, lambda: self.commands.bind_shortcuts())

    def _in_workspace(self, method: str) -> None:
        if self.workspace is not None:
            getattr(self.workspace, method)()

    # --- signing in and out --------------------------------------------------------------
    def _opened(self, account: Account, store: Store) -> None:
        self.ops.store = store
        self.session = Session(account, self.ops, print_visit=self.print_visit, sync=self.sync)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            appearance.apply_point_size(app, appearance.saved_point_size(account.username))
        self._show_workspace()
        self.signed_in.emit(self.session)

    def _show_workspace(self) -> None:
        from gridworker.ui.workspace import Workspace

        assert self.session is not None
        self.workspace = Workspace(self.session)
        self.workspace.data.counts_changed.connect(self.status.set_counts)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.status.set_account(self.session.account)
        self.commands.set_signed_in(True)
        if self.toolbar is not None:
            self.toolbar.setVisible(True)
        self.commands.sync.setVisible(self.sync is not None)
        self.commands.township.setVisible(self.workspace.township is not None)
        self.commands.review.setVisible(role_name(self.session.account.role) == "village")
        self.commands.cases.setVisible(self.workspace.cases is not None)

    def sign_out(self) -> None:
        """Save what is being edited, stop background work, then close the store."""
        if self.session is None or self.stopping is not None:
            return
        if self.workspace is not None:
            self.workspace.flush()
        self.signing_out.emit()
        self._stop_jobs(self._signed_out)

    def _stop_jobs(self, then: Callable[[], object]) -> None:
        """Cancel the long jobs and call ``then`` once they have stopped: at once when none
        runs, else after a dialog has said what is being stopped for as long as it takes."""
        running = self.ops.tasks
        if not running:
            then()
            return
        title = next((t.title for t in running if t.title), self.tr("后台任务"))
        dialog = QProgressDialog(self.tr("正在停止%1…").replace("%1", title), "", 0, 0, self)
        dialog.setObjectName("stoppingJobs")
        dialog.setWindowTitle(self.tr("请稍候"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setModal(True)
        dialog.show()
        self.stopping = dialog

        def stopped() -> None:
            dialog.hide()
            dialog.deleteLater()
            self.stopping = None
            then()

        self.ops.stop_jobs(stopped)

    def _signed_out(self) -> None:
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.session = None
        self.ops.close_store()
        self.status.set_account(None)
        self.commands.set_signed_in(False)
        if self.toolbar is not None:
            self.toolbar.setVisible(False)
        self.signin.reload()
        self.stack.setCurrentWidget(self.signin)
        self.signed_out.emit()

    # --- view ----------------------------------------------------------------------------
    def change_font_size(self, step: int) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        size = appearance.DEFAULT_POINT_SIZE if step == 0 else app.font().pointSize() + step
        user = self.session.account.username if self.session else None
        appearance.apply_point_size(app, size, user)

    def set_language(self, language: str) -> None:
        if language == self.translations.language:
            return
        if self.workspace is not None:
            self.workspace.flush()
        self.translations.install(language, remember=True)
        old_signin, old_workspace = self.signin, self.workspace
        self.signin = self._new_signin()
        for w in (old_signin, old_workspace):
            if w is not None:
                self.stack.removeWidget(w)
                w.deleteLater()
        self.workspace = None
        self.commands = self._build_actions()
        self._retitle()
        if self.session is not None:
            self._show_workspace()

    def _sync(self) -> None:
        if self.sync is not None and self.session is not None:
            self.sync.sync_now(self.ops)

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        if self.ops.tasks or self.stopping is not None:  # quit once they have stopped
            event.ignore()
            if self.stopping is None:
                self._stop_jobs(self.close)
            return
        super().closeEvent(event)
