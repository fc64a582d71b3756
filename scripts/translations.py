"""Refresh the interface translations: collect strings (pyside6-lupdate) and compile (lrelease).

    python scripts/translations.py            # update .ts sources and compile .qm
    python scripts/translations.py --check    # fail when an English translation is missing

Source strings are Chinese (the default language); gridworker_zh_CN.ts therefore translates each
string to itself, and gridworker_en.ts holds the English. Edit the .ts files with Qt Linguist.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    ui = ROOT / "gridworker" / "ui"
    return sorted(str(p) for p in ui.rglob("*.py"))


def update() -> None:
    ts = [str(TS_DIR / f"gridworker_{lang}.ts") for lang in ("zh_CN", "en")]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", *ts], check=True
    )
    identity(TS_DIR / "gridworker_zh_CN.ts")
    for path in ts:
        subprocess.run([str(BIN / "pyside6-lrelease"), path], check=True)


def identity(path: Path) -> None:
    """zh_CN: every (Chinese) source string is its own translation."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is not None and translation is not None:
            translation.text = source.text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def missing(path: Path) -> list[str]:
    tree = ET.parse(path)
    out = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if (
            translation is None
            or not (translation.text or "").strip()
            or translation.get("type") == "unfinished"
        ):
            out.append(source.text if source is not None and source.text else "?")
    return out


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        update()
    gaps = missing(TS_DIR / "gridworker_en.ts")
    for text in gaps:
        print(f"missing English: {text}")
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
