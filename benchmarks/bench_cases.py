"""Monitoring cases on a county user's device (issue 14): a demo county's households loaded into
one store, with cases added until ``--cases`` households have one (whole identifications, some
with a clearing), then:

- a household timeline (``store.cases.household_case``: read the events, fold them), median of
  200 households with a case — the issue asks < 100 ms;
- the county's 审定 queue (``store.cases.queue`` over the whole county) — asked < 1 s;
- the fold alone, cases per second (``gridworker.cases.fold``), against reading the same events
  without folding (the baseline, measured in the same run).

    python benchmarks/bench_cases.py [--households N] [--cases C]

The issue's figure for the county user's first sync of its case scope (300,000 households with
~15,000 cases on PostgreSQL) is not measured here: this measures the device side.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("GRIDWORKER_ARGON2", "1,1024,1")

from gridworker import cases, demo, vocab
from gridworker.demo_accounts import _scope_rows
from gridworker.regions import SUIXI_COUNTY
from gridworker.store import bulk
from gridworker.store import cases as store_cases
from gridworker.store.store import Account, Store

from tests.conftest import FAST_KDF


def case_events(hid: str, clue: date, n: int, clearing: bool) -> list[dict[str, Any]]:
    """A whole identification (and a clearing): the events as the devices would have pushed."""
    one = timedelta(days=1)

    def ev(stage: str, day: date, **kw: Any) -> dict[str, Any]:
        return {
            "id": f"{n:08x}-0000-4000-8000-{len(out):012x}",
            "household_id": hid,
            "stage": stage,
            "event_date": day,
            "recorded_at": datetime.combine(day, datetime.min.time()) + timedelta(minutes=len(out)),
            "result": kw.pop("result", None),
            "details": kw.pop("details", None),
            "monitor_type": kw.pop("monitor_type", None),
            "risk_codes": kw.pop("risk_codes", ["01"]),
            "note": "基准",
        }

    out: list[dict[str, Any]] = []
    notice = {"start": (clue + one).isoformat(), "end": (clue + 5 * one).isoformat()}
    for stage, gap, kw in (
        (vocab.CLUE, 0, {"details": {"source": "网格员走访"}}),
        (vocab.APPLY, 0, {"details": {"mark": "手印"}}),
        (vocab.CHECK, 1, {"result": "有风险"}),
        (vocab.REVIEW, 1, {"result": "通过", "details": {"participants": 12}}),
        (vocab.NOTICE, 1, {"details": notice}),
        (vocab.COMPARE, 2, {"result": "一致"}),
        (vocab.AUDIT, 6, {"result": "通过"}),
        (vocab.DECIDE, 9, {"result": "纳入", "monitor_type": "边缘易致贫户"}),
    ):
        out.append(ev(stage, clue + gap * one, **kw))
    if clearing:
        day = clue + 200 * one
        notice = {"start": (day + one).isoformat(), "end": (day + 5 * one).isoformat()}
        for stage, gap, kw in (
            (vocab.PROPOSE, 0, {}),
            (vocab.REVIEW, 1, {"result": "通过", "details": {"participants": 12}}),
            (vocab.NOTICE, 1, {"details": notice}),
            (vocab.AUDIT, 7, {"result": "通过"}),
        ):
            out.append(ev(stage, day + gap * one, **kw))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=20_000)
    ap.add_argument("--cases", type=int, default=3_000)
    args = ap.parse_args()
    today = date.today()
    county = demo.generate(args.households, seed=1, today=today)
    rows = _scope_rows(county, SUIXI_COUNTY)
    have = {e["household_id"] for e in rows["monitoring_event"]}
    rng = random.Random(5)
    free = [h["id"] for h in rows["household"] if h["id"] not in have]
    extra = rng.sample(free, max(0, min(len(free), args.cases - len(have))))
    for n, hid in enumerate(extra):
        clue = today - timedelta(days=rng.randrange(10, 400))
        rows["monitoring_event"] += [
            {**e, "event_date": e["event_date"]}
            for e in case_events(hid, clue, n, clearing=rng.random() < 0.3)
            if e["event_date"] <= today
        ]
    with_cases = sorted(have | set(extra))
    print(
        f"{len(rows['household'])} households, {len(with_cases)} with a case, "
        f"{len(rows['monitoring_event'])} events"
    )
    with tempfile.TemporaryDirectory() as tmp:
        account = Account("xian", "县审定", "county", SUIXI_COUNTY)
        store = Store.create(Path(tmp) / "xian", "pw", account, kdf=FAST_KDF)
        try:
            t = time.perf_counter()
            bulk.load(store, rows)
            print(f"load: {time.perf_counter() - t:.1f} s")
            sample = rng.sample(with_cases, min(200, len(with_cases)))
            times = []
            with store.read() as conn:
                for hid in sample:
                    t = time.perf_counter()
                    store_cases.household_case(conn, hid)
                    times.append(time.perf_counter() - t)
            print(
                f"household timeline: {statistics.median(times) * 1000:.1f} ms median, "
                f"{max(times) * 1000:.1f} ms max ({len(sample)} households; asked < 100 ms)"
            )
            with store.read() as conn:
                t = time.perf_counter()
                waiting = store_cases.queue(conn, SUIXI_COUNTY, [vocab.DECIDE, vocab.CLEAR], today)
                q = time.perf_counter() - t
            print(f"county queue: {q:.2f} s for {len(waiting)} waiting (asked < 1 s)")
            with store.read() as conn:
                t = time.perf_counter()
                by = store_cases.events(conn, with_cases)
                read = time.perf_counter() - t
            t = time.perf_counter()
            for hid, evs in by.items():
                cases.fold(hid, evs)
            folded = time.perf_counter() - t
            print(
                f"fold: {len(by) / folded:,.0f} cases/s ({folded * 1000:.0f} ms for {len(by)}); "
                f"reading their events (baseline): {read * 1000:.0f} ms; "
                f"fold/read = {folded / read:.2f}"
            )
        finally:
            store.close()


if __name__ == "__main__":
    main()
