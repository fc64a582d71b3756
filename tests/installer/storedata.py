"""Old-schema stores kept in tests/data/store-*/ for upgrade tests, and what each must still hold.

Convention (the lead engineer produces these folders): each ``tests/data/store-<name>/`` holds one
account folder (``keys.json`` + ``store.db``, optionally ``account.json``; directly or one level
down) and a ``README.md`` that names the password and the visits that must survive, either as
``password: <pw>`` / ``unsent visit: <uuid>`` lines or in prose with backticks
(``Password `old-store-pw`. … unsent visit `3333…` ``): a UUID right after the word "visit"
counts, one after "household" does not.

The expected content of each visit (status, sync state, date, a digest of the answers) is read
from the old database itself before any migration, so the README need not repeat it.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
NO_STORES = (
    "no old-schema stores in tests/data/store-*/ yet (the lead engineer adds them; see "
    "tests/installer/storedata.py for the README convention)"
)


@dataclass(frozen=True)
class OldStore:
    name: str
    folder: Path  # the account folder (keys.json, store.db)
    password: str
    visit_ids: list[str]


def old_stores() -> list[OldStore]:
    out = []
    for root in sorted(DATA.glob("store-*/")):
        readme = next((p for p in root.iterdir() if p.name.lower().startswith("readme")), None)
        keys = sorted(root.rglob("keys.json"))
        if readme is None or not keys:
            continue
        text = readme.read_text(encoding="utf-8")
        pw = re.search(r"password\W{0,3}`([^`]+)`", text, re.I) or re.search(
            r"password\s*[:：]\s*(\S+)", text, re.I
        )
        visits = re.findall(rf"visit\W{{0,3}}`?({UUID.pattern})", text, re.I)
        out.append(
            OldStore(
                root.name, keys[0].parent, pw.group(1) if pw else "", list(dict.fromkeys(visits))
            )
        )
    return out


def expected_visits(store: OldStore, scratch: Path) -> dict[str, dict[str, Any]]:
    """Fingerprints of the README's visits, read from a copy of the old database, unmigrated."""
    from gridworker.commands.selftest import visit_fingerprint
    from gridworker.store.database import raw_connect
    from gridworker.store.keys import KeyFile

    copy = scratch / f"raw-{store.name}"
    shutil.copytree(store.folder, copy)
    key = KeyFile.load(copy / "keys.json").unwrap(store.password)
    conn = raw_connect(copy / "store.db", key)
    try:
        out = {}
        for vid in store.visit_ids:
            cur = conn.execute("SELECT * FROM visit WHERE id = ?", (vid,))
            cols = [d[0] for d in cur.description]
            row = cur.fetchone()
            assert row is not None, f"{store.name}: README names visit {vid}, not in the store"
            out[vid] = visit_fingerprint(dict(zip(cols, row, strict=True)))
        return out
    finally:
        conn.close()


def reported_visits(self_test_output: str) -> dict[str, dict[str, Any]]:
    """The `unsent visit {...}` lines `gridworker --self-test` prints for an existing store."""
    import json

    out = {}
    for line in self_test_output.splitlines():
        line = line.strip()
        if line.startswith("unsent visit "):
            v = json.loads(line.removeprefix("unsent visit "))
            out[v["id"]] = v
    return out
