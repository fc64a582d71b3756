"""`gridworker print-worker`: the desktop app's batch printing, in a process of its own.

Laying out and painting a visit summary are Qt calls that keep Python's interpreter lock for
tens of milliseconds each; a batch of hundreds run in the app's own process would make its window
stutter. So the app (``gridworker.ui.printing.batch``) starts this command and talks to it
through pipes. On stdin, one JSON line: the store folder, the raw store key (hex; it is never
written anywhere), the visit ids, the PDF path and the variant (``public``, ``full_ids``); later
a line ``cancel`` stops it after the current visit (the pages written so far are kept), as does
stdin closing. On stdout: ``progress DONE TOTAL`` after each visit, then ``done DOCUMENTS PAGES
CANCELLED`` or ``error MESSAGE`` (JSON).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import TextIO


def run_print_worker(stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    request = json.loads(stdin.readline())
    cancel = threading.Event()

    def listen() -> None:
        for line in stdin:
            if line.strip() == "cancel":
                break
        cancel.set()  # asked to, or the app went away

    threading.Thread(target=listen, name="gridworker-cancel", daemon=True).start()

    def say(line: str) -> None:
        stdout.write(line + "\n")
        stdout.flush()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PDF only: no window, no display
    from gridworker.store.store import Store
    from gridworker.summary import SummaryOptions
    from gridworker.ui.printing.documents import ensure_app, iter_summaries
    from gridworker.ui.printing.render import write_pdf

    try:
        store = Store.open_with_key(Path(request["folder"]), bytes.fromhex(request["key"]))
    except Exception as exc:
        say("error " + json.dumps(str(exc), ensure_ascii=False))
        return 1
    try:
        ensure_app()
        ids: list[str] = request["ids"]
        options = SummaryOptions(**request.get("options", {}))
        result = write_pdf(
            request["path"],
            iter_summaries(store, ids, options),
            total=len(ids),
            progress=lambda done, total: say(f"progress {done} {total}"),
            cancelled=cancel.is_set,
        )
    except Exception as exc:
        say("error " + json.dumps(str(exc) or type(exc).__name__, ensure_ascii=False))
        return 1
    finally:
        store.close()
    say(f"done {result.documents} {result.pages} {int(result.cancelled)}")
    return 0
