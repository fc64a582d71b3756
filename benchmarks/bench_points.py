"""爱心超市 figures (issue 19):

- a redemption at the shop with its receipt written to PDF (the transaction: checks, ledger
  entry, stock moves, balances by trigger; then the receipt laid out and written), median and
  p95 (target < 300 ms);
- a township's month of points reported on SQLite: 30,000 households in 20 villages, four
  weekly hygiene awards for two households in three, a redemption for one in five (target
  < 300 ms), beside the township's plain count of the month's entries as a baseline.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_points.py [--households 30000]

Wall clock and, beside it, CPU time (a shared machine inflates the first, not the second).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from gridworker.points.receipt import receipt_html  # noqa: E402
from gridworker.reports.period import Period  # noqa: E402
from gridworker.reports.points import build_points_report  # noqa: E402
from gridworker.store import bulk, points  # noqa: E402
from gridworker.store.points import Who  # noqa: E402
from gridworker.store.store import Store  # noqa: E402

BENCH_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}
TOWN = "340621104"
MONTH = date(2026, 11, 1)
DEVICE = "bench-shop-device"


def township(n: int) -> dict[str, list[dict[str, Any]]]:
    regions = [
        {"code": "340621", "name": "濉溪县", "level": "county", "parent_code": None},
        {"code": TOWN, "name": "临涣镇", "level": "township", "parent_code": "340621"},
    ]
    hh: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    for v in range(20):
        village = f"{TOWN}{201 + v:03d}"
        regions.append(
            {"code": village, "name": f"第{v + 1}村", "level": "village", "parent_code": TOWN}
        )
        for g in range(5):
            regions.append(
                {
                    "code": f"{village}{g + 1:02d}",
                    "name": f"第{g + 1}网格",
                    "level": "grid",
                    "parent_code": village,
                }
            )
        for name, price in (("食用油", 50), ("洗衣粉", 5), ("毛巾", 1)):
            iid = str(uuid.uuid4())
            items.append(
                {
                    "id": iid,
                    "village_code": village,
                    "name": name,
                    "unit": "件",
                    "price": price,
                    "value": float(price),
                    "active": True,
                }
            )
            moves.append(
                {
                    "id": str(uuid.uuid4()),
                    "village_code": village,
                    "item_id": iid,
                    "kind": "donation",
                    "move_date": MONTH,
                    "quantity": 100_000,
                    "value": 100_000.0 * price,
                    "donor": "爱心企业",
                    "counted": None,
                    "entry_id": None,
                    "reason": None,
                    "worker": "",
                    "worker_name": "",
                }
            )
    base = {
        "member_id": None,
        "ref_id": None,
        "visit_id": None,
        "confirmed_by": "户主",
        "note": None,
        "pending": False,
        "worker": "gw",
        "worker_name": "网格员",
    }
    for i in range(n):
        grid = f"{TOWN}{201 + i % 20:03d}{1 + (i // 20) % 5:02d}"
        hid = str(uuid.uuid4())
        number = f"{grid}{i:05d}"
        hh.append(
            {"id": hid, "number": number, "grid_code": grid, "address": "", "head_name": f"户主{i}"}
        )
        if i % 3 == 2:
            continue
        for week in range(4):
            items_ = [{"item": k, "level": "好", "points": 3} for k in ("bedroom", "kitchen")]
            entries.append(
                {
                    **base,
                    "id": str(uuid.uuid4()),
                    "household_id": hid,
                    "household_number": number,
                    "household_name": f"户主{i}",
                    "kind": "award",
                    "entry_date": MONTH + timedelta(days=7 * week),
                    "points": 6,
                    "rules_version": "2026.1",
                    "items": items_,
                }
            )
        if i % 5 == 0:
            entries.append(
                {
                    **base,
                    "id": str(uuid.uuid4()),
                    "household_id": hid,
                    "household_number": number,
                    "household_name": f"户主{i}",
                    "kind": "redeem",
                    "entry_date": MONTH + timedelta(days=25),
                    "points": -5,
                    "rules_version": None,
                    "items": [
                        {"item_id": items[1]["id"], "name": "洗衣粉", "quantity": 1, "price": 5}
                    ],
                }
            )
    return {
        "region": regions,
        "household": hh,
        "points_entry": entries,
        "shop_item": items,
        "stock_move": moves,
    }


def timed(fn: Any, repeat: int) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    fn()  # warm-up
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return wall, cpu


def show(label: str, wall: list[float], cpu: list[float]) -> None:
    p95 = sorted(wall)[max(0, int(len(wall) * 0.95) - 1)]
    print(
        f"{label}: median {statistics.median(wall):.1f} ms, p95 {p95:.1f} ms "
        f"(CPU median {statistics.median(cpu):.1f} ms)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=30_000)
    ap.add_argument("--redemptions", type=int, default=30)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from gridworker.ui.printing.receipt_print import write_receipt_pdf

    app = QApplication.instance() or QApplication([])  # noqa: F841 (fonts need it)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(Path(tmp) / "store", "pw", kdf=BENCH_KDF)
        data = township(args.households)
        t0 = time.perf_counter()
        bulk.load(store, data)
        print(
            f"loaded {len(data['household'])} households, {len(data['points_entry'])} ledger "
            f"entries in {time.perf_counter() - t0:.1f} s"
        )
        period = Period.parse(MONTH.strftime("%Y-%m"))
        e = store.t.points_entry

        def baseline() -> None:
            with store.read() as conn:
                conn.execute(
                    select(func.count(), func.sum(e.c.points)).where(
                        e.c.entry_date >= period.start, e.c.entry_date <= period.end
                    )
                ).one()

        def report() -> None:
            with store.read() as conn:
                build_points_report(conn, store.t, TOWN, period, lists=False)

        def village_lists() -> None:
            with store.read() as conn:
                build_points_report(conn, store.t, f"{TOWN}201", period)

        def township_lists() -> None:
            with store.read() as conn:
                build_points_report(conn, store.t, TOWN, period)

        bw, bc = timed(baseline, 5)
        rw, rc = timed(report, 5)
        show("baseline: the month's entries counted", bw, bc)
        show(f"township month of points reported ({args.households} households)", rw, rc)
        print(f"ratio report / baseline: {statistics.median(rw) / statistics.median(bw):.1f}")
        show("one village's 五公开 lists (1,500 households)", *timed(village_lists, 5))
        show("the township's lists in full (on request)", *timed(township_lists, 3))

        # the shop: the first village's computer
        village = f"{TOWN}201"
        with store.write() as conn:
            store.set_kv(conn, "bench", True)
            from gridworker.store import records
            from gridworker.store.store import TABLES

            conn.execute(
                TABLES.setting.insert().values(
                    id=records.new_id(),
                    key="points_shop_device",
                    value=DEVICE,
                    year=None,
                    region=village,
                )
            )
        who = Who("shop", "超市管理员", "shop", DEVICE)
        soap = next(
            i["id"]
            for i in data["shop_item"]
            if i["village_code"] == village and i["name"] == "毛巾"
        )
        rich = [h["id"] for i, h in enumerate(data["household"]) if i % 20 == 0 and i % 3 != 2][
            : args.redemptions + 1
        ]
        it = iter(rich)
        out = Path(tmp) / "receipt.pdf"

        def redeem() -> None:
            hid = next(it)
            with store.write() as conn:
                entry = points.redeem(conn, who, village, hid, [(soap, 2)], MONTH)
            write_receipt_pdf(out, receipt_html(entry, "第1村", entry["balance"]))

        ww, wc = timed(redeem, args.redemptions)
        show("redemption with its receipt to PDF", ww, wc)
        store.close()


if __name__ == "__main__":
    main()
