"""Cold start to the sign-in screen, against a bare PySide6 window in the same run.

Each start is a fresh Python process (offscreen): interpreter start, imports, QApplication, the
first painted window. The figure is the median over several runs; target: app ≤ 1.5 × bare.

    python benchmarks/bench_ui_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os, sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1200, 800); w.show()
app.processEvents()
w.grab()
print("ready", flush=True)
os._exit(0)
"""

APP = """
import os
from gridworker.ui.app import create_window
from PySide6.QtWidgets import QApplication
w = create_window([])
w.show()
QApplication.processEvents()
w.grab()
assert w.signin.accounts.count() >= 1
print("ready", flush=True)
os._exit(0)
"""


def one(code: str, env: dict[str, str]) -> float:
    """Seconds from spawning a fresh interpreter to its first painted window."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait()
    if line.strip() != "ready":
        raise RuntimeError(f"the window did not come up (exit {proc.returncode})")
    return elapsed


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    home = tempfile.mkdtemp(prefix="gridworker-start-")
    account = Path(home) / "accounts" / "gw1"
    account.mkdir(parents=True)
    (account / "account.json").write_text(
        json.dumps(
            {
                "username": "gw1",
                "display_name": "演示网格员",
                "role": "grid",
                "scope": "34062110120101",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GRIDWORKER_HOME": home,
        "PYTHONPATH": str(ROOT),
    }
    one(BARE, env), one(APP, env)  # warm the OS file cache for both
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        bare.append(one(BARE, env))
        app.append(one(APP, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window     median {b * 1000:7.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"gridworker sign-in      median {a * 1000:7.0f} ms  (min {min(app) * 1000:.0f})")
    ratio = a / b
    verdict = "OK" if ratio <= 1.5 else "SLOW"
    print(f"ratio app / bare        {ratio:.2f}   (target ≤ 1.5)  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
