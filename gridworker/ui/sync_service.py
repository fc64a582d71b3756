"""Background sync for the desktop app: reachability, automatic and on-demand sync.

All of it runs through the operations layer (:mod:`gridworker.ui.operations`):

- the store lane reads the device state (token, server address, last sync, clock skew), the
  unsent count and the open sync issues (:func:`read_link`);
- the network lane runs the cheap reachability check every 30 s
  (:func:`gridworker.sync.client.ping`) and the sync itself, a long job: ``sync_once`` uses the
  same open store through its own pooled connections while the store lane keeps serving the
  screens (edits made during a sync are safe: acknowledgements compare ``local_rev``). The job
  polls its task state between requests and stops there when cancelled.
- What a sync changed is announced by the operations layer like any other change; this
  controller refreshes the link state when the device's sync bookkeeping changed.

Signing out (or quitting) cancels a running sync and waits, visibly, for it to stop before the
store closes: that is the main window's and the operations layer's job, not this one's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gridworker.changes import Changed, Changes
from gridworker.ui.operations import Operations, TaskState
from gridworker.ui.sync_errors import plain_error

if TYPE_CHECKING:
    from gridworker.store.store import Store
    from gridworker.sync.client import ClientConfig
    from gridworker.sync.engine import SyncReport
    from gridworker.ui.main_window import MainWindow
    from gridworker.ui.session import Session

STAGES = {
    "status": "正在连接县服务器…",
    "attachments": "正在上传签名图片…",
    "push": "正在上传本机记录…",
    "pull": "正在下载县里的数据…",
    "sanity": "正在核对数据…",
}


@dataclass
class Link:
    """What the GUI thread knows about the device's link to the county server."""

    server_url: str = ""
    token: str = ""
    online: bool = False
    last_sync: datetime | None = None
    skew_s: float = 0.0
    pending: int = 0
    issues: int = 0


def read_link(store: Store) -> Link:
    """On the store lane: device state, unsent count and open sync issues."""
    from gridworker.store import sync_issues
    from gridworker.store.records import pending_count
    from gridworker.sync import state

    last = store.get_kv(state.LAST_SYNC)
    with store.read() as conn:
        pending = pending_count(conn, store.t.metadata.tables)
        issues = sync_issues.open_count(conn)
    return Link(
        server_url=str(store.get_kv(state.SERVER) or ""),
        token=str(store.get_kv(state.TOKEN) or ""),
        last_sync=datetime.fromisoformat(last) if last else None,
        skew_s=float(store.get_kv(state.SKEW, 0.0) or 0.0),
        pending=int(pending),
        issues=issues,
    )


def sync_job(store: Store, config: ClientConfig | None, state: TaskState) -> Changed[SyncReport]:
    """On the network lane: one sync, reporting its stage and progress to ``state`` and stopping
    at the next request once ``state`` is cancelled. Pulled records may change anything in the
    scope; a push changes only the sync bookkeeping (the unsent count)."""
    from gridworker.sync.engine import sync_once

    def progress(stage: str, done: int, total: int) -> None:
        state.set_status(stage)
        state.set_progress(done / total if total > 0 else None)

    report = sync_once(store, progress=progress, cancelled=lambda: state.cancelled, config=config)
    pulled = bool(report.received or report.gone)
    return Changed(report, Changes(scope=pulled, sync=True))


class SyncController(QObject):
    """The app's sync service (``session.SyncService``) and enrolment hook."""

    link_changed = Signal(object)  # Link
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(str)  # plain Chinese message

    def __init__(
        self,
        ops: Operations,
        *,
        ping_s: float = 30.0,
        every_min: float = 15.0,
        config: ClientConfig | None = None,
        kdf: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.config, self.kdf = config, kdf
        self.every_s = every_min * 60
        self.window: MainWindow | None = None
        self.session: Session | None = None
        self.link = Link()
        self.task: TaskState | None = None  # the running sync
        self._pinging = False
        self._gen = 0  # numbers sessions: an answer from before a sign-out is ignored
        self._report_errors = False
        self.progress: QProgressDialog | None = None
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(int(ping_s * 1000))
        self.timer.timeout.connect(self.check_now)
        ops.changed.connect(self._changed)

    # --- wiring ----------------------------------------------------------------------------
    def attach(self, window: MainWindow) -> None:
        self.window = window
        window.signed_in.connect(self._signed_in)
        window.signing_out.connect(self._signing_out)
        self.link_changed.connect(self._show_link)
        window.status.issues.clicked.connect(self.show_issues)

    def enrol(self, parent: QWidget) -> None:
        """The sign-in screen's 登记本机 button (also offered for a revoked device)."""
        from gridworker.ui.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.ops, parent, kdf=self.kdf, config=self.config)
        if self.window is not None:
            dialog.enrolled.connect(self._enrolled)
        dialog.open()

    def _enrolled(self, username: str) -> None:
        if self.window is not None:
            self.window.signin.reload()
            self.window.signin.select(username)
            self.window.signin.password.setFocus()

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self._gen += 1
        self.refresh_link(then_check=True)
        self.timer.start()

    def _signing_out(self) -> None:
        """Start nothing more; a running sync is cancelled and waited for by the window."""
        self.timer.stop()
        self.session = None
        self._gen += 1
        self._close_progress()

    @property
    def busy(self) -> bool:
        """A reachability check or a sync is under way."""
        return self._pinging or self.task is not None

    # --- link state ------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.sync:
            self.refresh_link()

    def refresh_link(self, then_check: bool = False) -> None:
        if self.session is None:
            return
        gen = self._gen

        def got(link: Link) -> None:
            if gen != self._gen:
                return
            link.online = self.link.online
            self.link = link
            self.link_changed.emit(link)
            if then_check:
                self.check_now()

        self.ops.with_store(read_link, got, lambda _e: None, owner=self)

    def check_now(self) -> None:
        """Reachability check on the network lane; may start a background sync."""
        if self.session is None or not self.link.token or self.busy:
            return
        from gridworker.sync.client import ping

        url, token, gen = self.link.server_url, self.link.token, self._gen
        self._pinging = True
        self.ops.network(lambda: ping(url, token), lambda a: self._pinged(gen, a), owner=self)

    def _pinged(self, gen: int, answer: str) -> None:
        self._pinging = False
        if gen != self._gen:
            return
        if answer == "revoked":
            self._revoked()
            return
        self.link.online = answer == "online"
        self.link_changed.emit(self.link)
        if self.link.online and self._due():
            self.start_sync(show=False)

    def _due(self) -> bool:
        if self.link.pending > 0 or self.link.last_sync is None:
            return True
        age = datetime.now(UTC).replace(tzinfo=None) - self.link.last_sync
        return age.total_seconds() >= self.every_s

    def _show_link(self, link: Link) -> None:
        if self.window is not None:
            self.window.status.set_sync_state(
                link.online, link.last_sync, skew_s=link.skew_s, issues=link.issues
            )

    # --- syncing ---------------------------------------------------------------------------
    def sync_now(self, ops: Operations) -> None:
        """The 同步 action: sync with a progress dialog and a cancel button."""
        if self.session is None:
            return
        if self.task is not None:
            if self.progress is not None:
                self.progress.show()
            return
        if not self.link.token:
            self._message(plain_error(_not_enrolled()))
            return
        if self._pinging:  # a reachability check is out: sync right after it
            QTimer.singleShot(100, lambda: self.sync_now(ops))
            return
        self.start_sync(show=True)

    def start_sync(self, show: bool) -> None:
        store = self.ops.store
        if self.session is None or self.busy or store is None:
            return
        self._report_errors = show
        config, gen = self.config, self._gen
        self.task = task = self.ops.long_job(
            lambda state: sync_job(store, config, state),
            lambda report: self._synced(gen, report),
            lambda error: self._failed(gen, error),
            owner=self,
            title=self.tr("同步"),
            lane="network",
        )
        task.finished.connect(lambda: self._ended(task))
        if show and self.window is not None:
            self.progress = QProgressDialog(
                self.tr(STAGES["status"]), self.tr("取消"), 0, 0, self.window
            )
            self.progress.setObjectName("syncProgress")
            self.progress.setWindowTitle(self.tr("同步"))
            self.progress.setMinimumDuration(0)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(task.cancel)
            task.status_changed.connect(self._show_stage)
            task.progress_changed.connect(self._show_progress)
            self.progress.show()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _show_stage(self, stage: str) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr(STAGES.get(stage, "正在同步…")))

    def _show_progress(self, fraction: float) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(1000 if fraction >= 0 else 0)
        self.progress.setValue(round(fraction * 1000) if fraction >= 0 else 0)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _ended(self, task: TaskState) -> None:
        if self.task is task:
            self.task = None
            self._close_progress()
            if task.cancelled and self._report_errors and self.session is not None:
                from gridworker.sync.client import Cancelled

                self._message(plain_error(Cancelled()))

    def _failed(self, gen: int, error: BaseException) -> None:
        if gen != self._gen:
            return
        from gridworker.sync.client import DeviceRevoked, NetworkError

        self.last_error = plain_error(error)
        if isinstance(error, DeviceRevoked):
            self._revoked()
            return
        if isinstance(error, NetworkError):
            self.link.online = False
            self.link_changed.emit(self.link)
        if self._report_errors:
            self._message(self.last_error)
        self.sync_failed.emit(self.last_error)

    def _synced(self, gen: int, report: SyncReport) -> None:
        if gen != self._gen:
            return
        self.last_error = ""
        self.link.online = True
        if self._report_errors and (report.conflicts or report.quarantined or report.skew_warning):
            self._message(report.summary())
        self.sync_finished.emit(report)

    def _revoked(self) -> None:
        self._close_progress()
        self._message(plain_error(_revoked_error()), "syncRevoked")
        if self.window is not None and self.session is not None:
            self.window.sign_out()

    # --- the list of conflicts and quarantined records -------------------------------------
    def show_issues(self) -> None:
        if self.session is None or self.window is None:
            return
        from gridworker.ui.sync_issues_screen import SyncIssuesDialog

        SyncIssuesDialog(self.session, self.window).open()

    def _message(self, text: str, name: str = "syncMessage") -> None:
        parent = self.window
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("同步"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _not_enrolled() -> BaseException:
    from gridworker.sync.state import NotEnrolled

    return NotEnrolled()


def _revoked_error() -> BaseException:
    from gridworker.sync.client import DeviceRevoked

    return DeviceRevoked("此设备已被停用", "device_revoked", 401)
