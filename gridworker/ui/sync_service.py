"""Background sync for the desktop app: reachability, automatic and on-demand sync.

Threading rule (read before changing anything here):

- GUI thread: widgets, timers and the slots below. Nothing here blocks it.
- Store thread (:class:`~gridworker.ui.operations.Operations`): everything that only needs the
  store — reading the device state (token, server address, last sync, clock skew), the unsent
  count, the list of sync issues and marking them reviewed.
- Network thread (this controller's own single-worker executor, ``gridworker-net``): the cheap
  reachability check (``GET /api/v1/status`` with the device token; it never touches the store)
  and the sync itself. ``sync_once`` needs the store and the network together, so it runs here as
  one long job. It uses the same open :class:`Store`, whose ``read()``/``write()`` check out a
  pooled SQLite connection per transaction (WAL, busy timeout): the store thread keeps serving
  the screens meanwhile and edits made during a sync are safe (acknowledgements compare
  ``local_rev``). Only one network job runs at a time, and :meth:`SyncController.stop` cancels and
  waits for it before the main window closes the store (sign-out, quit).
- Results come back to the GUI thread through a queued Qt signal (``_net_done``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gridworker.ui.operations import Operations
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
    """On the store thread: device state, unsent count and open sync issues."""
    from sqlalchemy import func, select

    from gridworker.store.records import pending_count
    from gridworker.sync import state

    last = store.get_kv(state.LAST_SYNC)
    with store.read() as conn:
        pending = pending_count(conn, store.t.metadata.tables)
        si = store.t.metadata.tables["sync_issue"]
        issues = conn.execute(
            select(func.count()).select_from(si).where(si.c.resolved.is_(False))
        ).scalar_one()
    return Link(
        server_url=str(store.get_kv(state.SERVER) or ""),
        token=str(store.get_kv(state.TOKEN) or ""),
        last_sync=datetime.fromisoformat(last) if last else None,
        skew_s=float(store.get_kv(state.SKEW, 0.0) or 0.0),
        pending=int(pending),
        issues=int(issues),
    )


def ping(server_url: str, token: str, timeout: float = 3.0) -> str:
    """On the network thread: "online", "offline" or "revoked" (never raises)."""
    import requests

    try:
        resp = requests.get(
            server_url.rstrip("/") + "/api/v1/status",
            timeout=timeout,
            headers={"Authorization": f"Bearer {token}"},
        )
    except requests.RequestException:
        return "offline"
    if resp.status_code == 401:
        try:
            if resp.json().get("code") == "device_revoked":
                return "revoked"
        except ValueError:
            pass
    return "offline" if resp.status_code >= 500 else "online"


class SyncController(QObject):
    """The app's sync service (``session.SyncService``) and enrolment hook."""

    _net_done = Signal(object, object, object)  # kind, result, error
    _progress = Signal(str, int, int)
    link_changed = Signal(object)  # Link
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(str)  # plain Chinese message

    def __init__(
        self,
        *,
        ping_s: float = 30.0,
        every_min: float = 15.0,
        config: ClientConfig | None = None,
        kdf: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config, self.kdf = config, kdf
        self.every_s = every_min * 60
        self.window: MainWindow | None = None
        self.session: Session | None = None
        self.link = Link()
        self._net = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gridworker-net")
        self._busy: Future[Any] | None = None
        self._gen = 0  # numbers network jobs: a late answer after stop() is ignored
        self._cancel = threading.Event()
        self._syncing = False
        self._report_errors = False
        self.progress: QProgressDialog | None = None
        self.last_error = ""
        self._net_done.connect(self._delivered, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setInterval(int(ping_s * 1000))
        self.timer.timeout.connect(self.check_now)

    # --- wiring ----------------------------------------------------------------------------
    def attach(self, window: MainWindow) -> None:
        self.window = window
        window.signed_in.connect(self._signed_in)
        window.signed_out.connect(self.stop)
        self.link_changed.connect(self._show_link)
        window.status.issues.clicked.connect(self.show_issues)

    def enrol(self, parent: QWidget) -> None:
        """The sign-in screen's 登记本机 button (also offered for a revoked device)."""
        from gridworker.ui.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(parent, kdf=self.kdf, config=self.config)
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
        self._cancel.clear()
        self.refresh_link(then_check=True)
        self.timer.start()

    def stop(self) -> None:
        """Cancel a running sync and wait for the network thread (before the store closes)."""
        self.timer.stop()
        self._cancel.set()
        busy = self._busy
        if busy is not None:
            with contextlib.suppress(Exception):  # reported through the signal already
                busy.result(timeout=30)
        self._busy = None
        self._gen += 1
        self._syncing = False
        self.session = None
        self._close_progress()

    def shutdown(self) -> None:
        self.stop()
        self._net.shutdown(wait=True)

    # --- link state ------------------------------------------------------------------------
    def refresh_link(self, then_check: bool = False) -> None:
        if self.session is None:
            return
        ops = self.session.ops

        def got(link: Link) -> None:
            link.online = self.link.online
            self.link = link
            self.link_changed.emit(link)
            if then_check:
                self.check_now()

        ops.with_store(read_link, got, lambda _e: None, owner=self)

    def check_now(self) -> None:
        """Reachability check on the network thread; may start a background sync."""
        if self.session is None or not self.link.token or self._busy is not None:
            return
        url, token = self.link.server_url, self.link.token
        self._submit("ping", lambda: ping(url, token))

    def _submit(self, kind: str, fn: Callable[[], Any]) -> None:
        self._gen += 1
        tag = (kind, self._gen)

        def run() -> None:
            try:
                result, error = fn(), None
            except BaseException as e:  # delivered to the GUI thread, never lost
                result, error = None, e
            if shiboken6.isValid(self):
                self._net_done.emit(tag, result, error)

        self._busy = self._net.submit(run)

    @Slot(object, object, object)
    def _delivered(self, tag: tuple[str, int], result: Any, error: BaseException | None) -> None:
        kind, gen = tag
        if gen != self._gen:
            return
        self._busy = None
        if kind == "ping":
            self._pinged(str(result))
        else:
            self._synced(result, error)

    def _pinged(self, answer: str) -> None:
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
        if self._syncing:
            if self.progress is not None:
                self.progress.show()
            return
        if not self.link.token:
            self._message(plain_error(_not_enrolled()))
            return
        if self._busy is not None:  # a ping is out: sync right after it
            QTimer.singleShot(100, lambda: self.sync_now(ops))
            return
        self.start_sync(show=True)

    def start_sync(self, show: bool) -> None:
        if self.session is None or self._busy is not None:
            return
        from gridworker.sync.engine import sync_once

        store = self.session.ops.store
        if store is None:
            return
        self._syncing, self._report_errors = True, show
        self._cancel.clear()
        if show and self.window is not None:
            self.progress = QProgressDialog(
                self.tr(STAGES["status"]), self.tr("取消"), 0, 0, self.window
            )
            self.progress.setObjectName("syncProgress")
            self.progress.setWindowTitle(self.tr("同步"))
            self.progress.setMinimumDuration(0)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.cancel)
            self.progress.show()
        cancel, config = self._cancel, self.config

        def job() -> SyncReport:
            return sync_once(
                store,
                progress=lambda s, d, t: self._progress.emit(s, d, t),
                cancelled=cancel.is_set,
                config=config,
            )

        self._submit("sync", job)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def syncing(self) -> bool:
        return self._syncing

    @Slot(str, int, int)
    def _show_progress(self, stage: str, done: int, total: int) -> None:
        if self.progress is None:
            return
        self.progress.setLabelText(self.tr(STAGES.get(stage, "正在同步…")))
        self.progress.setMaximum(max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _synced(self, report: SyncReport | None, error: BaseException | None) -> None:
        self._syncing = False
        self._close_progress()
        from gridworker.sync.client import DeviceRevoked, NetworkError

        if error is not None:
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
            return
        assert report is not None
        self.last_error = ""
        self.link.online = True
        if self.session is not None:
            self.session.ops.changed.emit()
            if (
                (report.received or report.gone)
                and self.window is not None
                and self.window.workspace is not None
            ):
                self.window.workspace.data.reload()
        self.refresh_link()
        if self._report_errors and (report.conflicts or report.quarantined or report.skew_warning):
            self._message(report.summary())
        self.sync_finished.emit(report)

    def _revoked(self) -> None:
        self._syncing = False
        self._close_progress()
        self._message(plain_error(_revoked_error()), "syncRevoked")
        if self.window is not None and self.session is not None:
            self.timer.stop()
            self.session = None
            self.window.sign_out()

    # --- the list of conflicts and quarantined records -------------------------------------
    def show_issues(self) -> None:
        if self.session is None or self.window is None:
            return
        from gridworker.ui.sync_issues_screen import SyncIssuesDialog

        dialog = SyncIssuesDialog(self.session.ops, self.window)
        dialog.changed.connect(self.refresh_link)
        dialog.open()

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
