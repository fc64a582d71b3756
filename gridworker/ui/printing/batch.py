"""A batch of visit summaries into one PDF, in a helper process (``gridworker print-worker``).

Qt's layout and painting keep Python's interpreter lock for tens of milliseconds per visit; in
the app's own process a batch would make the window stutter, so the app hands the batch to a
process of its own and only reads its progress. The store key goes over a pipe, never onto a
command line or into a file. Called from a long job (:func:`gridworker.ui.printing.actions.
print_batch`): this function blocks until the helper is done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from gridworker.store.store import Store
from gridworker.summary import SummaryOptions
from gridworker.ui.printing.render import PrintResult


def worker_command() -> list[str]:
    """How to start ``gridworker print-worker`` here: the bundle's own program when frozen."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "print-worker"]
    return [sys.executable, "-m", "gridworker", "print-worker"]


def print_in_process(
    store: Store,
    visit_ids: Sequence[str],
    path: Path,
    options: SummaryOptions | None = None,
    *,
    progress: Callable[[int, int], object],
    cancelled: Callable[[], bool],
    on_cancel: Callable[[Callable[[], object]], None] | None = None,
) -> PrintResult:
    """Write the batch through the helper; ``progress(done, total)`` after each visit; once
    ``cancelled()`` it stops after the current visit (the pages so far are kept).

    ``on_cancel(hook)`` (``TaskState.on_cancel``) lets a cancel act at once, from the thread
    that cancels, instead of at the helper's next progress line: the helper is told to stop
    after the visit it is on, or, before it has written a page (still starting: loading Qt,
    opening the store), it is ended outright and nothing is kept."""
    if cancelled():  # cancelled while it waited its turn on the lane
        return PrintResult(0, 0, True)
    options = options or SummaryOptions()
    request = {
        "folder": str(store.folder),
        "key": store.raw_key.hex(),
        "ids": list(visit_ids),
        "path": str(path),
        "options": {"public": options.public, "full_ids": options.full_ids},
    }
    result: PrintResult | None = None
    error = ""
    with subprocess.Popen(
        worker_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        stdin = proc.stdin
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        once = [True]  # list.pop is atomic: exactly one caller of stop() acts
        state = {"printing": False, "killed": False}

        def stop() -> None:  # any thread: the job's (at a line) or the one that cancels
            try:
                once.pop()
            except IndexError:
                return
            if not state["printing"]:  # a page may be out meanwhile: then it is dropped too
                state["killed"] = True
                proc.kill()
                return
            try:
                stdin.write("cancel\n")
                stdin.flush()
            except (OSError, ValueError):
                pass  # it has finished already

        if on_cancel is not None:
            on_cancel(stop)
        for line in proc.stdout:
            kind, _, rest = line.strip().partition(" ")
            if kind == "progress":
                state["printing"] = True
                done, total = rest.split()
                progress(int(done), int(total))
            elif kind == "done":
                documents, pages, stopped = rest.split()
                result = PrintResult(int(documents), int(pages), stopped == "1")
            elif kind == "error":
                error = str(json.loads(rest))
            if cancelled():
                stop()
    if result is None and state["killed"]:
        Path(path).unlink(missing_ok=True)  # stopped before its first page: nothing to keep
        return PrintResult(0, 0, True)
    if result is None:
        raise OSError(error or f"打印没有完成（打印进程退出码 {proc.returncode}）")
    return result
