"""Issue 16 figure: how long 取消 takes to stop a 3,000-visit batch print (target < 1 s).

The batch runs in the helper process (``gridworker print-worker``) as the app runs it
(``gridworker.ui.printing.batch.print_in_process``). Each trial cancels after a few visits have
been printed, and once while the helper is still starting; the figure is the time from the
cancel to the batch's end (the PDF closed). Baseline in the same run: the cancel seen only at
the helper's next progress line (no ``on_cancel`` hook, as before issue 16).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_print_cancel.py [--trials 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gridworker import demo
from gridworker.store import bulk
from gridworker.store.store import Store
from gridworker.summary import visit_ids_in
from gridworker.ui.printing.batch import print_in_process

BENCH_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}
BATCH = 3000


def trial(store: Store, ids: list[str], path: Path, *, after: int, hook: bool) -> tuple[float, int]:
    """Cancel once ``after`` visits are printed (0: 0.3 s after the start); (seconds from the
    cancel to the end, visits written)."""
    flag = threading.Event()
    hooks: list[Callable[[], object]] = []
    printed = threading.Event()
    when: list[float] = []

    def progress(done: int, _total: int) -> None:
        if done >= after:
            printed.set()

    def cancel() -> None:
        if after:
            printed.wait()
        else:
            time.sleep(0.3)
        when.append(time.monotonic())
        flag.set()
        for h in list(hooks):
            h()

    def on_cancel(h: Callable[[], object]) -> None:
        if flag.is_set():
            h()
        else:
            hooks.append(h)

    canceller = threading.Thread(target=cancel)
    canceller.start()
    result = print_in_process(
        store,
        ids,
        path,
        progress=progress,
        cancelled=flag.is_set,
        on_cancel=on_cancel if hook else None,
    )
    end = time.monotonic()
    canceller.join()
    return end - when[0], result.documents


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        county = demo.generate(households=1100, seed=3, today=date(2022, 9, 1))
        store = Store.create(Path(tmp) / "store", "pw", kdf=BENCH_KDF)
        bulk.load(
            store,
            {
                "region": county.regions,
                "household": county.households,
                "member": county.members,
                "visit": [{"worker": "gw1", **v} for v in county.visits],
            },
        )
        with store.read() as conn:
            ids = visit_ids_in(conn, "3406", date(2000, 1, 1), date(2030, 1, 1))[:BATCH]
        print(f"batch of {len(ids)} visits, {args.trials} trials each")
        for label, after in (("while printing (after 5 visits)", 5), ("while starting", 0)):
            for hook in (True, False):
                times, docs = [], []
                for i in range(args.trials):
                    seconds, written = trial(
                        store, ids, Path(tmp) / f"b{i}.pdf", after=after, hook=hook
                    )
                    times.append(seconds)
                    docs.append(written)
                name = "on_cancel hook" if hook else "baseline (next progress line)"
                print(
                    f"cancel {label}, {name}: median {statistics.median(times) * 1000:.0f} ms, "
                    f"max {max(times) * 1000:.0f} ms; visits written {min(docs)}–{max(docs)}"
                )
        store.close()


if __name__ == "__main__":
    main()
