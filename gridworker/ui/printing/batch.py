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
) -> PrintResult:
    """Write the batch through the helper; ``progress(done, total)`` after each visit; once
    ``cancelled()`` it stops after the current visit (the pages so far are kept)."""
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
        proc.stdin.write(json.dumps(request) + "\n")
        proc.stdin.flush()
        asked = False
        for line in proc.stdout:
            kind, _, rest = line.strip().partition(" ")
            if kind == "progress":
                done, total = rest.split()
                progress(int(done), int(total))
            elif kind == "done":
                documents, pages, stopped = rest.split()
                result = PrintResult(int(documents), int(pages), stopped == "1")
            elif kind == "error":
                error = str(json.loads(rest))
            if not asked and cancelled():
                asked = True
                try:
                    proc.stdin.write("cancel\n")
                    proc.stdin.flush()
                except OSError:
                    pass  # it has finished already
    if result is None:
        raise OSError(error or f"打印没有完成（打印进程退出码 {proc.returncode}）")
    return result
