"""Where the bundled resources (checklists, settings, fonts, translations, icons) live.

The same call works from a source checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The bundle's folder when frozen, the checkout's when run from source, else the copy a
    wheel installed under ``<prefix>/share/gridworker``."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources"  # noqa: B009
    source = Path(__file__).resolve().parent.parent / "resources"
    if source.is_dir():
        return source
    return Path(sys.prefix) / "share" / "gridworker" / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
