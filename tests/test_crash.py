"""Kill -9 while saving visits: the store opens, is intact, and every reported save is there once.

A child process saves visits in a loop (each save one transaction) and reports each visit id on a
pipe only after its transaction committed. The parent kills it with SIGKILL at a random moment,
then checks the database. Children are forked from a preloaded fork server so a trial costs
milliseconds of start-up, not a fresh interpreter.
"""

from __future__ import annotations

import multiprocessing as mp
import random
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gridworker.store.store import Store

from tests.conftest import FAST_KDF
from tests.crash_child import PASSWORD, saver


def _context() -> mp.context.BaseContext:
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.crash_child"])
    return ctx


def run_trials(tmp_path: Path, trials: int, seed: int) -> None:
    from tests.factories import make_household

    folder = tmp_path / "store"
    store = Store.create(folder, PASSWORD, kdf=FAST_KDF)
    hid = make_household(store)
    store.close()
    rng = random.Random(seed)
    ctx = _context()
    reported: list[str] = []
    for _ in range(trials):
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=saver, args=(str(folder), hid, child))
        proc.start()
        child.close()
        while True:  # the child's first save, then "ready"
            assert parent.poll(30), "child never saved"
            message = parent.recv()
            if message == "ready":
                break
            reported.append(message)
        deadline = time.monotonic() + rng.uniform(0.0, 0.25)
        while time.monotonic() < deadline:
            if parent.poll(0.005):
                reported.append(parent.recv())
        proc.kill()
        proc.join()
        while parent.poll():
            try:
                reported.append(parent.recv())
            except EOFError:
                break
        parent.close()
    store = Store.open(folder, PASSWORD)
    try:
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            v = store.t.visit
            ids = Counter(conn.execute(select(v.c.id).where(v.c.status == "completed")).scalars())
            total = conn.execute(select(func.count()).select_from(v)).scalar_one()
    finally:
        store.close()
    missing = [vid for vid in reported if ids[vid] != 1]
    assert not missing, f"{len(missing)} reported saves missing or doubled"
    assert len(reported) == len(set(reported))
    assert total >= len(reported)
    assert reported, "no save ever completed: the test would prove nothing"


@pytest.mark.slow
def test_sigkill_while_saving(tmp_path: Path) -> None:
    run_trials(tmp_path, trials=30, seed=7)


@pytest.mark.slow
def test_sigkill_while_saving_200_trials(tmp_path: Path) -> None:
    run_trials(tmp_path, trials=200, seed=2022)
