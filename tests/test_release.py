"""The version rule of CHANGELOG.md: one version in two places, a changelog section for it, and
every released schema revision (store and server) named in the changelog."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import gridworker

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = (ROOT / "CHANGELOG.md").read_text("utf-8")
# "store revisions 0001–0004", "Server revisions: 0001 initial …, 0002 …"
NAMED = re.compile(r"(store|server) revisions?:?((?:[^.;]*?\b\d{4}\b)+)", re.IGNORECASE)


def named_revisions(side: str) -> set[str]:
    found: set[str] = set()
    for kind, text in NAMED.findall(CHANGELOG):
        if kind.lower() != side:
            continue
        for lo, hi in re.findall(r"\b(\d{4})\b(?:\s*[–-]\s*(\d{4})\b)?", text):
            found.update(f"{n:04d}" for n in range(int(lo), int(hi or lo) + 1))
    return found


def on_disk(side: str) -> set[str]:
    folder = ROOT / "gridworker" / side / "migrations" / "versions"
    return {p.name[:4] for p in folder.glob("[0-9][0-9][0-9][0-9]_*.py")}


def test_one_version_with_a_changelog_section() -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert gridworker.__version__ == version
    assert re.search(rf"^## \[{re.escape(version)}\] — \d{{4}}-\d\d-\d\d$", CHANGELOG, re.M)


def test_every_schema_revision_is_named_in_the_changelog() -> None:
    for side in ("store", "server"):
        missing = on_disk(side) - named_revisions(side)
        assert not missing, f"{side} revisions not in CHANGELOG.md: {sorted(missing)}"
