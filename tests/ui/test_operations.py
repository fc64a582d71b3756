"""The operations layer: results and failures come back on the GUI thread, in order."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from gridworker.changes import NOTHING, Changed, Changes
from gridworker.store.errors import DiskFull
from gridworker.store.roster import HouseholdRow
from gridworker.ui.operations import Operations, TaskState
from gridworker.ui.roster_model import HouseholdTableModel


def test_results_and_failures_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    ops = Operations()
    gui = threading.get_ident()
    seen: list[Any] = []
    try:
        ops.call(lambda: threading.get_ident(), lambda tid: seen.append(("ok", tid)))
        ops.call(
            lambda: (_ for _ in ()).throw(DiskFull()),
            None,
            lambda exc: seen.append(("failed", threading.get_ident(), type(exc))),
        )
        with qtbot.waitSignal(ops.failed, timeout=2000) as unhandled:
            ops.call(lambda: 1 / 0)  # no failure callback: reported, never swallowed
        qtbot.waitUntil(lambda: ops.idle, timeout=2000)
    finally:
        ops.shutdown()
    assert seen[0][0] == "ok" and seen[0][1] != gui  # ran on the worker
    assert seen[1] == ("failed", gui, DiskFull)  # delivered on the GUI thread
    assert isinstance(unhandled.args[0], ZeroDivisionError)


def test_deleted_owner_gets_no_callback(qtbot: QtBot) -> None:
    ops = Operations()
    owner = QObject()
    called: list[int] = []
    gate = threading.Event()
    try:
        ops.call(lambda: gate.wait(2), lambda _r: called.append(1), owner=owner)
        owner.deleteLater()
        qtbot.wait(10)
        gate.set()
        qtbot.waitUntil(lambda: ops.idle, timeout=2000)
    finally:
        ops.shutdown()
    assert called == []


def test_long_job_progress_and_cancel(qtbot: QtBot) -> None:
    ops = Operations()
    progress: list[float] = []
    done: list[Any] = []

    def job(state: TaskState) -> int:
        for i in range(1000):
            state.check()
            state.set_progress(i / 1000)
            threading.Event().wait(0.002)
        return 1

    ended: list[bool] = []
    try:
        state = ops.long_job(job, done.append, title="测试")
        state.progress_changed.connect(progress.append)
        state.finished.connect(lambda: ended.append(state.cancelled))
        assert ops.tasks == [state]
        qtbot.waitUntil(lambda: len(progress) > 3, timeout=2000)
        state.cancel()
        qtbot.waitUntil(lambda: ops.idle, timeout=2000)
    finally:
        ops.shutdown()
    assert done == [] and state.cancelled and ended == [True] and ops.tasks == []
    assert progress == sorted(progress)


def test_lanes_run_side_by_side(qtbot: QtBot) -> None:
    """A long job on the network or jobs lane never holds up the store lane."""
    ops = Operations()
    names: dict[str, str] = {}
    gate = threading.Event()
    store_done: list[int] = []
    try:
        ops.long_job(lambda _s: gate.wait(5), lane="network")
        ops.long_job(lambda _s: gate.wait(5))
        ops.network(lambda: threading.current_thread().name, lambda n: names.update(net=n))
        ops.call(lambda: threading.current_thread().name, lambda n: names.update(store=n))
        ops.call(lambda: 1, store_done.append)
        qtbot.waitUntil(lambda: store_done == [1], timeout=2000)
        assert "net" not in names  # queued behind the long job on its lane
        gate.set()
        qtbot.waitUntil(lambda: ops.idle, timeout=2000)
    finally:
        ops.shutdown()
    assert names["store"].startswith("gridworker-store")
    assert names["net"].startswith("gridworker-network")


def test_changes_are_announced_once_and_nothing_is_not(qtbot: QtBot) -> None:
    ops = Operations()
    seen: list[Changes] = []
    results: list[Any] = []
    ops.changed.connect(seen.append)
    try:
        ops.call(lambda: Changed("hid", Changes.of_households(["h1"])), results.append)
        ops.call(lambda: Changed(None, NOTHING), results.append)  # e.g. a draft's autosave
        ops.network(lambda: Changed(7, Changes(scope=True, sync=True)), results.append)
        qtbot.waitUntil(lambda: ops.idle, timeout=2000)
    finally:
        ops.shutdown()
    # success gets the value; the two lanes may finish in either order
    assert sorted(results, key=repr) == sorted(["hid", None, 7], key=repr)
    assert results.index("hid") < results.index(None)  # one lane: in order
    seen.sort(key=lambda c: c.scope)
    assert seen == [Changes.of_households(["h1"]), Changes(scope=True, sync=True)]
    assert seen[0].household("h1") and not seen[0].household("h2") and seen[1].household("h2")
    assert (seen[0] | seen[1]).scope and not NOTHING


def test_stop_jobs_waits_for_a_job_to_reach_a_safe_point(qtbot: QtBot) -> None:
    """Jobs are cancelled, and ``then`` runs only after the lanes have finished them."""
    ops = Operations()
    steps: list[str] = []

    def job(state: TaskState) -> None:
        while not state.cancelled:
            threading.Event().wait(0.01)
        threading.Event().wait(0.2)  # finishing the current step
        steps.append("job stopped")
        state.check()

    try:
        state = ops.long_job(job, lane="network")
        qtbot.wait(50)
        ops.stop_jobs(lambda: steps.append("then"))
        assert state.cancelled
        qtbot.waitUntil(lambda: "then" in steps, timeout=3000)
    finally:
        ops.shutdown()
    assert steps == ["job stopped", "then"]


def row(i: int, status: str, monitor: str | None = None, problems: int = 0) -> HouseholdRow:
    return HouseholdRow(
        f"id{i}",
        f"{i:04d}",
        f"户主{i}",
        "地址",
        "34062110120101",
        "脱贫户",
        monitor,
        False,
        [],
        problems,
        None,
        date(2026, 1, 1),
        status,
    )


def test_roster_model_filters_without_requery(qtbot: QtBot) -> None:
    model = HouseholdTableModel()
    model.set_rows([row(1, "ok"), row(2, "due", "边缘易致贫户"), row(3, "overdue", problems=2)])
    assert model.rowCount() == 3
    model.set_id_filter(["id2", "id3"])
    assert [model.row_at(i).id for i in range(model.rowCount())] == ["id2", "id3"]
    model.set_row_filter(lambda r: r.open_problems > 0)
    assert model.rowCount() == 1 and model.data(model.index(0, 8)) == "已逾期"
    model.set_id_filter(None)
    model.set_row_filter(None)
    assert model.rowCount() == 3 and model.total() == 3
    model.set_position_filter([0, 2])  # what RosterData.search answers
    assert [model.row_at(i).id for i in range(model.rowCount())] == ["id1", "id3"]
    model.set_position_filter(None)
    assert model.rowCount() == 3


def test_roster_search_answers_row_positions_even_when_the_index_is_older(qtbot: QtBot) -> None:
    from gridworker.store.search import SearchIndex
    from gridworker.ui.roster_data import RosterData

    data = RosterData(session=None)  # type: ignore[arg-type]  # search needs no session
    data.rows = [row(1, "ok"), row(2, "due"), row(3, "ok")]
    data.index = SearchIndex([("id1", "wang 1"), ("id2", "wang 2"), ("id3", "li 3")])
    assert data.search("wang") == [0, 1] and data.search(" ") is None
    # the roster was re-read with a new household before the index followed: ids are mapped
    data.rows = [row(0, "ok"), *data.rows]
    assert data.search("wang") == [1, 2]
    assert data.search("li") == [3]
