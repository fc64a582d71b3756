"""The core never imports Qt or an HTTP client; the server never imports Qt.

Checked two ways: statically over every module's imports, and dynamically by importing the
core in a fresh interpreter and looking at sys.modules.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "gridworker"
QT = ("PySide6", "shiboken6")
HTTP = ("requests", "httpx", "urllib3", "aiohttp", "fastapi", "starlette", "uvicorn")


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def layer(path: Path) -> str:
    rel = path.relative_to(PKG).parts
    return rel[0] if rel[0] in ("ui", "sync", "server", "commands") else "core"


def test_static_imports_respect_layers() -> None:
    bad = []
    for path in PKG.rglob("*.py"):
        roots = imported_roots(path)
        where = layer(path)
        forbidden = {"core": QT + HTTP, "server": QT, "sync": QT, "ui": (), "commands": ()}[where]
        hits = roots.intersection(forbidden)
        if hits:
            bad.append(f"{path.relative_to(PKG)}: {sorted(hits)}")
    assert not bad, "layering broken:\n" + "\n".join(bad)


def test_core_import_pulls_in_no_qt_or_http() -> None:
    core = sorted(
        "gridworker." + ".".join(p.relative_to(PKG).with_suffix("").parts)
        for p in PKG.rglob("*.py")
        if layer(p) == "core" and p.name != "__main__.py" and "migrations" not in p.parts
    )
    code = (
        "import importlib, json, sys\n"
        f"for m in {core!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {m.split(".")[0] for m in json.loads(out.stdout)}
    assert not loaded.intersection(QT + HTTP)
