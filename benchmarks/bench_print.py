"""Issue 6 figures: printed visit summaries (入户走访记录表) to PDF.

- one summary to PDF (load from the encrypted store + build + lay out + write), median and p95
  over many visits of demo households (target < 100 ms), split into its steps;
- a batch of 300 visits into one PDF (target < 20 s), with the process RSS after 50 and after
  300 visits (target: flat — the batch is streamed visit by visit).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_print.py [--visits 300]

Times are wall clock; CPU time is printed beside them, since a busy machine inflates the wall
clock and not the CPU time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gridworker import demo
from gridworker.store import bulk
from gridworker.store.store import Store
from gridworker.summary import build_summary, load_summary, visit_ids_in

BENCH_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else max(samples)


def make_store(folder: Path, households: int) -> Store:
    county = demo.generate(households=households, seed=3, today=date(2022, 9, 1))
    store = Store.create(folder, "bench", kdf=BENCH_KDF)
    bulk.load(
        store,
        {
            "region": county.regions,
            "household": county.households,
            "member": county.members,
            "visit": [{"worker": "gw1", **v} for v in county.visits],
            "problem": county.problems,
            "measure": county.measures,
            "monitoring_event": county.monitoring_events,
        },
    )
    return store


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--visits", type=int, default=300)
    ap.add_argument("--singles", type=int, default=40)
    args = ap.parse_args()

    from gridworker.ui.printing import ensure_app, save_batch_pdf, write_pdf

    ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        store = make_store(root / "store", households=max(120, args.visits // 2))
        with store.read() as conn:
            ids = visit_ids_in(conn, "340621", date(2000, 1, 1), date(2100, 1, 1))
        print(f"store: {len(ids)} completed visits")
        if len(ids) < args.visits:
            print(f"only {len(ids)} visits available", file=sys.stderr)

        write_pdf(root / "warm.pdf", [build_summary(load_summary(store, ids[0]))])  # warm-up

        totals, cpus, loads, builds, renders, pages = [], [], [], [], [], []
        for vid in ids[: args.singles]:
            c0, t0 = time.process_time(), time.perf_counter()
            data = load_summary(store, vid)
            t1 = time.perf_counter()
            summary = build_summary(data)
            t2 = time.perf_counter()
            result = write_pdf(root / "one.pdf", [summary])
            t3 = time.perf_counter()
            loads.append(t1 - t0)
            builds.append(t2 - t1)
            renders.append(t3 - t2)
            totals.append(t3 - t0)
            cpus.append(time.process_time() - c0)
            pages.append(result.pages)
        ms = 1000
        print(
            f"one summary to PDF ({len(totals)} visits, {statistics.mean(pages):.1f} pages avg): "
            f"median {statistics.median(totals) * ms:.0f} ms, p95 {p95(totals) * ms:.0f} ms "
            f"(cpu median {statistics.median(cpus) * ms:.0f} ms)  [target < 100 ms]"
        )
        print(
            f"  load {statistics.median(loads) * ms:.0f} ms, build "
            f"{statistics.median(builds) * ms:.1f} ms, layout+PDF "
            f"{statistics.median(renders) * ms:.0f} ms (medians)"
        )

        batch = ids[: args.visits]
        marks: dict[int, float] = {}

        def progress(done: int, total: int) -> None:
            if done in (1, 50, 100, 200, 300, total):
                marks[done] = rss_mb()

        c0, t0 = time.process_time(), time.perf_counter()
        result = save_batch_pdf(store, batch, root / "batch.pdf", progress=progress)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        size = (root / "batch.pdf").stat().st_size / 1e6
        print(
            f"batch of {result.documents} visits: {wall:.1f} s wall, {cpu:.1f} s cpu, "
            f"{result.pages} pages, {size:.1f} MB  [target < 20 s]"
        )
        print(
            "  RSS: "
            + ", ".join(f"{n} visits {mb:.0f} MB" for n, mb in sorted(marks.items()))
            + "  [target: flat between 50 and 300]"
        )
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
