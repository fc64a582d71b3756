"""The import contracts (``[tool.importlinter]`` in pyproject.toml, explained in
docs/architecture.md) hold, and each of them breaks on a planted forbidden import.

import-linter builds the import graph of the whole package (indirect imports included; imports
under ``if TYPE_CHECKING:`` are left out) and checks: the layers ``commands : __main__`` →
``ui | server`` → ``sync`` → core, with every module in a layer; the server never imports the
sync client or the app; ui never imports sqlalchemy itself, nor threading or concurrent.futures
outside its operations layer; the core imports no Qt and no HTTP client or server; only ui and
the entry points import Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")

# (module file, import line planted in it, the edge import-linter must report)
PLANTED = [
    ("ui/roster_screen.py", "import sqlalchemy", "gridworker.ui.roster_screen -> sqlalchemy"),
    (
        "reports/period.py",
        "from gridworker.ui import session",
        "gridworker.reports.period -> gridworker.ui.session",
    ),
    (
        "reports/coverage.py",
        "from gridworker.sync import collect",
        "gridworker.reports.coverage -> gridworker.sync.collect",
    ),
    (
        "store/households.py",
        "from gridworker.server import admin",
        "gridworker.store.households -> gridworker.server.admin",
    ),
    (
        "server/admin.py",
        "from gridworker.sync import client",
        "gridworker.server.admin -> gridworker.sync.client",
    ),
    ("summary.py", "from PySide6 import QtGui", "gridworker.summary -> PySide6"),
    ("ui/enrol_dialog.py", "import threading", "gridworker.ui.enrol_dialog -> threading"),
    ("sync/state.py", "import shiboken6", "gridworker.sync.state -> shiboken6"),
]
CONTRACTS = (
    "Layers: entry points",
    "The server never imports the device's sync client",
    "ui never imports sqlalchemy",
    "No thread or executor in the desktop app",
    "The core imports neither Qt nor an HTTP client",
    "Only the desktop app",
)


def lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd), "COLUMNS": "200"}
    return subprocess.run(
        [str(LINT), "--config", "pyproject.toml", "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_hold() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 kept, 0 broken" in result.stdout


def test_each_contract_breaks_on_a_planted_import(tmp_path: Path) -> None:
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT / "gridworker", copy / "gridworker", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    assert lint(copy).returncode == 0  # the untouched copy passes
    for rel, line, _edge in PLANTED:
        path = copy / "gridworker" / rel
        path.write_text(path.read_text("utf-8") + f"\n{line}  # planted\n", "utf-8")
    (copy / "gridworker" / "unlisted.py").write_text('"""In no layer."""\n', "utf-8")

    result = lint(copy)
    out = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0
    assert "0 kept, 6 broken" in out, out
    for name in CONTRACTS:
        assert name in out
    for _rel, _line, edge in PLANTED:
        assert edge in out, f"{edge} not reported:\n{out}"
    assert "gridworker.unlisted" in out  # every module must sit in a layer (exhaustive)
