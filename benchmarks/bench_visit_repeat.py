"""A repeat visit through the real window (offscreen): opening it with last visit's answers, and
working it from the keyboard alone.

1. Opening a visit that starts from last time (the draft, the last visit's answers, the form's
   first page, the evaluation, the panel) — median of runs, against opening a first visit (no
   last answers) of a household of the same size in the same run. Target: < 150 ms.
2. A repeat visit of a 4-member household signed by 代填 with the head's thumbprint, every
   section confirmed 与上次相同, from open to completed, driven with QTest key clicks on the
   focused widget (Enter; Space on 户主已按手印). Target: at most 40 key presses.

    python benchmarks/bench_visit_repeat.py [--runs 15]
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gridworker.store import households
from gridworker.store.store import Account, Store, account_folder

from tests.conftest import FAST_KDF
from tests.ui.conftest import GRID, PASSWORD, WORKER, member
from tests.ui.visits import last_visit, wait_until, work_by_keyboard

HEADS = ("李四", "赵六", "孙七", "周八")  # the first three had a visit last month


def four_members(head: str, seq: int) -> list[dict[str, object]]:
    return [
        member(head, "男", date(1975, 5, 1), seq, "户主", work_location="省外", work_months=9),
        member("陈兰", "女", date(1977, 6, 2), seq + 1, "配偶"),
        member(
            "李小军",
            "男",
            date(2012, 3, 1),
            seq + 4,
            "之子",
            education=None,
            school_status="小学",
            labour="无劳动力",
        ),
        member("李奶奶", "女", date(1950, 1, 1), seq + 5, "之母", labour="无劳动力"),
    ]


def build(home: Path) -> None:
    folder = account_folder(home, WORKER)
    store = Store.create(folder, PASSWORD, Account(WORKER, "刘红旗", "grid", GRID), kdf=FAST_KDF)
    try:
        with store.write() as conn:
            for n, head in enumerate(HEADS):
                households.create_household(
                    conn,
                    {
                        "number": f"{GRID}{n:04d}",
                        "grid_code": GRID,
                        "address": "前王村1组",
                        "household_type": "脱贫户",
                    },
                    four_members(head, 11 + 10 * n),
                    date.today(),
                )
    finally:
        store.close()
    for head in HEADS[:3]:
        last_visit(home, head)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from gridworker.ui.app import create_window

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        build(home)
        window = create_window(["--lang", "zh_CN"], home=home)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        assert window.signin.select(WORKER)
        window.signin.password.setText(PASSWORD)
        window.signin.sign_in()
        wait_until(lambda: window.workspace is not None and window.workspace.data.loaded)
        ws = window.workspace
        ids = {r.head_name: r.id for r in ws.data.rows}
        screen = ws.visit

        def open_ms(head: str) -> float:
            hid = ids[head]
            t0 = time.perf_counter()
            ws.open_visit(hid, "")
            wait_until(
                lambda: (
                    screen.data is not None
                    and screen.data.visit.household_id == hid
                    and screen.form is not None
                    and screen.evaluation is not None
                )
            )
            ms = (time.perf_counter() - t0) * 1000
            wait_until(lambda: window.ops.idle)
            return ms

        repeat_ms, first_ms = [], []
        for i in range(args.runs):
            repeat_ms.append(open_ms(HEADS[i % 2]))  # two households: the form is rebuilt
            first_ms.append(open_ms(HEADS[3]))
        r, f = statistics.median(repeat_ms), statistics.median(first_ms)
        print(
            f"open a repeat visit (last answers, 4 members): median {r:.1f} ms over {args.runs} "
            f"runs (max {max(repeat_ms):.1f}); a first visit: {f:.1f} ms; ratio {r / f:.2f} "
            f"(target < 150 ms)"
        )

        hid = ids[HEADS[2]]
        ws.open_visit(hid, "")
        wait_until(lambda: screen.data is not None and screen.data.visit.household_id == hid)
        window.activateWindow()
        screen.form.focus_first()  # where the visit opens (the window had no focus offscreen)
        wait_until(lambda: QApplication.focusWidget() is not None)
        presses = work_by_keyboard(screen)
        wait_until(lambda: window.ops.idle)
        print(
            f"repeat visit, 4 members, thumbprint, every section confirmed: {presses} key "
            f"presses from open to completed (target ≤ 40)"
        )
        window.close()
        window.ops.shutdown()
        ok = r < 150 and presses <= 40
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
