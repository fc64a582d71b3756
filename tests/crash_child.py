"""The process the crash test kills: imported once by the fork server, so each forked child
starts warm (modules imported, bundled checklists parsed) and its first save is as quick as the
rest."""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from gridworker.checklist import bundled_checklists
from gridworker.store import visits
from gridworker.store.store import Store

from tests.factories import fill_visit

PASSWORD = "crash-pw"
bundled_checklists()  # parse once, in the fork server


def saver(folder: str, household_id: str, out: Connection) -> None:
    """Save visits until killed; report each visit id only after its commit returned.

    "ready" follows the first save: this engine's statements are compiled by then, so the kill
    window the parent draws lands among saves, not in start-up."""
    store = Store.open(Path(folder), PASSWORD)
    first = True
    while True:
        vid = fill_visit(store, household_id)  # a draft (its own transaction)
        with store.write() as conn:
            visits.complete_visit(conn, vid)
        out.send(vid)
        if first:
            out.send("ready")
            first = False
