"""The 待核对 list with 1,000 open conflicts (issue 16), offscreen: from asking to open it to
every row shown (the store read with each record's household, and the table filled), and
settling one of them (the change written and the list read again). Against a baseline in the
same run: the same list without the households (the 0.1 store read) and an empty table.

    python benchmarks/bench_conflicts.py [--conflicts 1000] [--runs 7]

Target: the list opens in < 500 ms with 1,000 conflicts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from gridworker import demo
from gridworker.demo_accounts import _scope_rows
from gridworker.store import bulk, sync_issues
from gridworker.store.store import Account, Store

FAST_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}
_LOOP: list[object] = []


def process_events() -> None:
    """Through a QEventLoop instance (the static processEvents() aborts after a few thousand)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not _LOOP:
        tick = QTimer()
        tick.setInterval(2)
        tick.start()
        _LOOP.extend([QEventLoop(), tick])
    loop = _LOOP[0]
    assert isinstance(loop, QEventLoop)
    loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError
        process_events()


ACCOUNT = Account("gw1", "刘红旗", "grid_worker", "")


def build(folder: Path, conflicts: int) -> Store:
    store = Store.create(folder, "pw", ACCOUNT, kdf=FAST_KDF)
    county = demo.generate(max(60, conflicts // 2), seed=7)
    grid = county.households[0]["grid_code"]
    bulk.load(store, _scope_rows(county, grid[:9]))
    with store.write() as conn:
        h, m = store.t.household, store.t.member
        hids = list(conn.execute(select(h.c.id)).scalars())
        mids = list(conn.execute(select(m.c.id)).scalars())
        for i in range(conflicts):
            table, rid, field = (
                ("household", hids[i % len(hids)], "address")
                if i % 2
                else ("member", mids[i % len(mids)], "phone")
            )
            sync_issues.add(
                conn,
                f"bench:{i}",
                "conflict",
                table,
                rid,
                field,
                f"本机的值{i}",
                f"另一台的值{i}",
                "这一项在另一台电脑上也改过，两边不一样。现在暂用本机改的，请选定用哪个。",
                local_at=sync_issues.records.utcnow(),
                server_by="李四",
                server_at=sync_issues.records.utcnow(),
            )
    return store


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conflicts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from gridworker.ui.operations import Operations
    from gridworker.ui.session import Session
    from gridworker.ui.sync_issues_screen import SyncIssuesDialog

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = build(Path(tmp) / "s", args.conflicts)
        ops = Operations()
        ops.store = store
        session = Session(ACCOUNT, ops, today=lambda: date(2026, 12, 1))
        opened: list[float] = []
        reads: list[float] = []
        plain: list[float] = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            with store.read() as conn:
                sync_issues.load_issues(conn)
            reads.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            with store.read() as conn:  # baseline: the rows alone, as the list read them before
                rows = conn.execute(select(store.t.metadata.tables["sync_issue"])).all()
            plain.append(time.perf_counter() - t0)
            assert len(rows) == args.conflicts
            t0 = time.perf_counter()
            dialog = SyncIssuesDialog(session)
            dialog.show()
            wait_until(lambda d=dialog: d.loaded)  # type: ignore[misc]
            opened.append(time.perf_counter() - t0)
            assert dialog.table.rowCount() == args.conflicts
            dialog.close()
            dialog.deleteLater()
        dialog = SyncIssuesDialog(session)
        dialog.show()
        wait_until(lambda: dialog.loaded)
        table = dialog.table
        dialog.table.selectRow(
            next(r for r in range(table.rowCount()) if "地址" in table.item(r, 1).text())
        )
        t0 = time.perf_counter()
        dialog.keep_theirs.click()
        wait_until(lambda: dialog.loaded and dialog.table.rowCount() < args.conflicts, 20)
        settled = time.perf_counter() - t0
        assert not dialog.message.text(), dialog.message.text()
        ops.shutdown()
        del app
    med = statistics.median
    print(f"待核对 list, {args.conflicts:,} open conflicts, median of {args.runs} runs:")
    print(f"  opened with every row shown   {med(opened) * 1000:7.0f} ms  (target < 500 ms)")
    print(f"  of which the store read       {med(reads) * 1000:7.0f} ms")
    print(f"  baseline: the bare rows       {med(plain) * 1000:7.0f} ms")
    print(f"  settling one (用另一台的) and re-listing  {settled * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
