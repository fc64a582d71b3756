"""The one way the desktop app runs work off the GUI thread (cf. Anki's ``aqt.operations`` and
Orange3's task state).

Threading rules:

- Three lanes, each one worker thread running its jobs in submission order:

  - ``store``: every short store read and write (:meth:`Operations.read`, :meth:`write`,
    :meth:`with_store`, :meth:`call`). Widgets never touch the store or run SQL themselves.
  - ``network``: HTTP work (:meth:`Operations.network`) and the sync, a long job that uses the
    store through its own pooled connections while the store lane keeps serving the screens.
  - ``jobs``: other long jobs (batch print, exports), so a long job never holds up a save.

  No other thread or executor is started anywhere in ``gridworker.ui``.
- ``success`` / ``failure`` callbacks always run on the GUI thread (delivered by a queued Qt
  signal). A callback whose ``owner`` has been deleted meanwhile is skipped.
- The worker function must not touch widgets. A long job (:meth:`Operations.long_job`) gets a
  :class:`TaskState`: it reports progress with ``state.set_progress`` / ``state.set_status`` and
  stops at a safe point once ``state.cancelled`` (``state.check()`` raises :class:`Cancelled`).
  A job that fails after it was cancelled counts as cancelled: no failure callback.
- What changed is announced once: an operation returns a :class:`~gridworker.changes.Changed`
  (its result and a :class:`~gridworker.changes.Changes`); the result goes to ``success`` and
  the changes, unless empty, to :attr:`Operations.changed` first. :meth:`write` requires it.
- Failures are never swallowed: with no ``failure`` callback the error goes to
  :attr:`Operations.failed`, which the main window shows in a dialog.
- The store closes on the store lane only after every long job has stopped
  (:meth:`Operations.stop_jobs`, then :meth:`close_store`; :meth:`shutdown` at exit).
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from gridworker.changes import Changed

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from gridworker.store.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
Success = Callable[[Any], object]
Failure = Callable[[BaseException], object]
Lane = Literal["store", "network", "jobs"]
LANES: tuple[Lane, ...] = ("store", "network", "jobs")


def _nothing() -> None:
    pass


def _quietly(hook: Callable[[], object]) -> None:
    try:
        hook()
    except Exception:  # a cancel hook must not stop the others or the caller
        log.exception("cancel hook failed")


class Cancelled(Exception):
    """Raised inside a job whose task state was cancelled."""


class TaskState(QObject):
    """Progress and cancellation of one long job; its signals arrive on the GUI thread.

    ``progress_changed`` carries a fraction from 0 to 1, or -1 while the amount is unknown;
    ``finished`` is emitted once the job is over (done, failed or cancelled), after its
    callbacks."""

    progress_changed = Signal(float)
    status_changed = Signal(str)
    finished = Signal()

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.title = title
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._on_cancel: list[Callable[[], object]] = []
        self.done = False

    def set_progress(self, fraction: float | None) -> None:
        self.progress_changed.emit(-1.0 if fraction is None else max(0.0, min(1.0, fraction)))

    def set_status(self, text: str) -> None:
        self.status_changed.emit(text)

    def cancel(self) -> None:
        with self._lock:
            self._cancel.set()
            hooks, self._on_cancel = self._on_cancel, []
        for hook in hooks:
            _quietly(hook)

    def on_cancel(self, hook: Callable[[], object]) -> None:
        """Call ``hook()`` when the job is cancelled (at once if it already is), on the thread
        that cancels: for a job blocked in a call that cannot look at :attr:`cancelled` (a
        helper process it waits for), so it stops now rather than at its next check. The hook
        must be quick and thread-safe (write to a pipe, end a process)."""
        with self._lock:
            if not self._cancel.is_set():
                self._on_cancel.append(hook)
                return
        _quietly(hook)

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
    lane: Lane
    state: TaskState | None = None
    result: Any = None
    error: BaseException | None = None


class Operations(QObject):
    """Runs the app's store, network and long work off the GUI thread."""

    _finished = Signal(object)
    failed = Signal(object)  # an exception nobody handled
    changed = Signal(object)  # Changes: an operation changed something screens show

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Threads start with their first job: the network and jobs lanes cost nothing until used.
        self._lanes = {
            lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"gridworker-{lane}")
            for lane in LANES
        }
        # Emitted on a worker thread to this GUI-thread object: an automatic connection
        # queues it (no ``Qt.ConnectionType`` here — the ``Qt`` namespace is slow to build at
        # start).
        self._finished.connect(self._deliver)
        self.store: Store | None = None
        self._pending = dict.fromkeys(LANES, 0)
        self._tasks: list[TaskState] = []
        self._closed = False

    # --- submitting ----------------------------------------------------------------------
    def call(
        self,
        fn: Callable[[], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
        *,
        lane: Lane = "store",
    ) -> None:
        """Run ``fn()`` on a worker (the store lane unless told; e.g. opening a store)."""
        self._submit(_Job(fn, success, failure, owner, lane))

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
        fn: Callable[[Connection], Changed[T]],
        success: Callable[[T], object] | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn(conn)`` in one write transaction: all of it is saved, or none. ``fn``
        returns its result with what it changed; the changes are announced on success."""

        def job() -> Changed[T]:
            with self._store().write() as conn:
                return fn(conn)

        self.call(job, success, failure, owner)

    def network(
        self,
        fn: Callable[[], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn()`` on the network lane (HTTP requests: they never wait for the store)."""
        self.call(fn, success, failure, owner, lane="network")

    def long_job(
        self,
        fn: Callable[[TaskState], Any],
        success: Success | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
        *,
        title: str = "",
        lane: Lane = "jobs",
    ) -> TaskState:
        """A cancellable job ``fn(state)`` with progress; returns the state to show and cancel.
        ``title`` names it to the user ("同步", "批量打印") while it is being stopped."""
        state = TaskState(title)
        job = _Job(lambda: fn(state), success, failure, owner, lane, state)
        if self._submit(job):
            self._tasks.append(state)
        return state

    # --- lifecycle -----------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        """True when every submitted job has finished and its callbacks have run."""
        return not any(self._pending.values())

    @property
    def tasks(self) -> list[TaskState]:
        """The long jobs submitted and not finished yet."""
        return list(self._tasks)

    def stop_jobs(self, then: Callable[[], object]) -> None:
        """Cancel every long job and call ``then()`` on the GUI thread once the network and
        jobs lanes have finished everything submitted so far (each job stops at its next safe
        point). Nothing blocks meanwhile: the caller shows that it is waiting."""
        if self._closed:
            then()
            return
        for state in self._tasks:
            state.cancel()
        waiting = {"network", "jobs"}

        def drained(lane: str) -> None:
            waiting.discard(lane)
            if not waiting:
                then()

        for lane in ("network", "jobs"):
            self.call(_nothing, functools.partial(lambda lane, _r: drained(lane), lane), lane=lane)

    def close_store(self) -> None:
        """Close the open store on the store lane, after the store jobs queued before it (call
        :meth:`stop_jobs` first: a long job may still be using it)."""

        def close() -> None:
            if self.store is not None:
                self.store.close()
                self.store = None

        self.call(close)

    def wait(self) -> None:
        """Block until every lane has run everything submitted so far (closing, tests)."""
        for lane in LANES:
            self._lanes[lane].submit(lambda: None).result()

    def shutdown(self) -> None:
        """At exit: cancel long jobs and wait for them, finish queued store work (drafts are
        saved), then close the store on the store lane."""
        if self._closed:
            return
        self._closed = True
        for state in self._tasks:
            state.cancel()
        for lane in ("network", "jobs"):
            self._lanes[lane].shutdown(wait=True)

        def close() -> None:
            if self.store is not None:
                self.store.close()
                self.store = None

        self._lanes["store"].submit(close)
        self._lanes["store"].shutdown(wait=True)

    # --- internals -----------------------------------------------------------------------
    def _store(self) -> Store:
        if self.store is None:
            raise RuntimeError("no store is open")
        return self.store

    def _submit(self, job: _Job) -> bool:
        if self._closed:
            log.warning("operations closed: job dropped")
            return False
        self._pending[job.lane] += 1
        self._lanes[job.lane].submit(self._run, job)
        return True

    def _run(self, job: _Job) -> None:
        try:
            job.result = job.fn()
        except BaseException as e:  # delivered to the GUI thread, never lost
            job.error = e
        if shiboken6.isValid(self):
            self._finished.emit(job)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._pending[job.lane] -= 1
        if job.state is not None:
            self._tasks.remove(job.state)
            job.state.done = True
        try:
            self._callbacks(job)
        finally:
            if job.state is not None and shiboken6.isValid(job.state):
                job.state.finished.emit()

    def _callbacks(self, job: _Job) -> None:
        result = job.result
        if isinstance(result, Changed):
            if result.changes:
                self.changed.emit(result.changes)
            result = result.value
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        if job.error is None:
            if job.success is not None:
                job.success(result)
        elif isinstance(job.error, Cancelled) or (job.state is not None and job.state.cancelled):
            return
        elif job.failure is not None:
            job.failure(job.error)
        else:
            log.error("unhandled background failure", exc_info=job.error)
            self.failed.emit(job.error)
