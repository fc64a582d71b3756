"""The one operations layer between widgets and the store (cf. Anki's ``aqt.operations``).

Threading rules:

- One worker thread (a single-worker executor) owns all store access. Widgets never touch the
  store or run SQL; they hand a plain function to :meth:`Operations.read`, :meth:`write` or
  :meth:`call` and get the result back through callbacks.
- ``success`` / ``failure`` callbacks always run on the GUI thread (delivered by a queued Qt
  signal). A callback whose ``owner`` widget has been deleted meanwhile is skipped.
- The worker function must not touch widgets. Long jobs take a :class:`TaskState` (Orange3
  style): they report progress with ``state.set_progress`` and stop when ``state.cancelled``.
- Failures are never swallowed: with no ``failure`` callback the error goes to
  :attr:`Operations.failed`, which the main window shows in a dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from gridworker.store.store import Store

log = logging.getLogger(__name__)
Success = Callable[[Any], object]
Failure = Callable[[BaseException], object]


class Cancelled(Exception):
    """Raised inside a job whose task state was cancelled."""


class TaskState(QObject):
    """Progress and cancellation of one long job; signals arrive on the GUI thread."""

    progress_changed = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def set_progress(self, fraction: float) -> None:
        self.progress_changed.emit(max(0.0, min(1.0, fraction)))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


@dataclass
class _Job:
    fn: Callable[[], Any]
    success: Success | None
    failure: Failure | None
    owner: QObject | None
    result: Any = None
    error: BaseException | None = None


class Operations(QObject):
    """Runs store work off the GUI thread, one job at a time, in submission order."""

    _finished = Signal(object)
    failed = Signal(object)  # an exception nobody handled
    changed = Signal()  # a write finished: screens may refresh counts

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gridworker-store")
        # Emitted on the worker thread to this GUI-thread object: an automatic connection
        # queues it (no ``Qt.ConnectionType`` here — the ``Qt`` namespace is slow to build at
        # start).
        self._finished.connect(self._deliver)
        self.store: Store | None = None
        self._pending = 0
        self._closed = False

    # --- submitting ----------------------------------------------------------------------
    def call(
        self,
        fn: Callable[[], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn()`` on the worker thread (e.g. opening a store)."""
        if self._closed:
            log.warning("operations closed: job dropped")
            return
        job = _Job(fn, success, failure, owner)
        self._pending += 1
        self._executor.submit(self._run, job)

    def with_store(
        self,
        fn: Callable[[Store], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        self.call(lambda: fn(self._store()), success, failure, owner)

    def read(
        self,
        fn: Callable[[Connection], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn(conn)`` in one read transaction (a consistent snapshot)."""

        def job() -> Any:
            with self._store().read() as conn:
                return fn(conn)

        self.call(job, success, failure, owner)

    def write(
        self,
        fn: Callable[[Connection], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn(conn)`` in one write transaction: all of it is saved, or none."""

        def job() -> Any:
            with self._store().write() as conn:
                return fn(conn)

        def done(result: Any) -> None:
            self.changed.emit()
            if success is not None:
                success(result)

        self.call(job, done, failure, owner)

    def long_job(
        self,
        fn: Callable[[TaskState], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> TaskState:
        """A cancellable job: ``fn(state)``; returns the state to show progress and cancel."""
        state = TaskState()
        self.call(lambda: fn(state), success, failure, owner)
        return state

    # --- lifecycle -----------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        """True when every submitted job has finished and its callbacks have run."""
        return self._pending == 0

    def wait(self) -> None:
        """Block until the worker has run everything submitted so far (for closing, tests)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Finish queued work (drafts are saved), then close the store on the worker."""
        if self._closed:
            return
        self._closed = True

        def close() -> None:
            if self.store is not None:
                self.store.close()
                self.store = None

        self._executor.submit(close)
        self._executor.shutdown(wait=True)

    # --- internals -----------------------------------------------------------------------
    def _store(self) -> Store:
        if self.store is None:
            raise RuntimeError("no store is open")
        return self.store

    def _run(self, job: _Job) -> None:
        try:
            job.result = job.fn()
        except BaseException as e:  # delivered to the GUI thread, never lost
            job.error = e
        if shiboken6.isValid(self):
            self._finished.emit(job)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        if job.error is None:
            if job.success is not None:
                job.success(job.result)
        elif isinstance(job.error, Cancelled):
            return
        elif job.failure is not None:
            job.failure(job.error)
        else:
            log.error("unhandled background failure", exc_info=job.error)
            self.failed.emit(job.error)
