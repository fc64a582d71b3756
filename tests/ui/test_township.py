"""The township screen: figures by village, period picker, drill-down to households, Excel, PDF,
`gridworker report`, and the same figures as the server's report for the same records."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from gridworker.reports import Report, build_report
from gridworker.store import bulk
from gridworker.store.store import Account, Store, account_folder
from gridworker.ui.operations import Operations
from gridworker.ui.session import Session
from gridworker.ui.township_model import TOTAL, VILLAGE_COLUMNS, village_grid
from gridworker.ui.township_screen import TownshipScreen

from tests.conftest import FAST_KDF
from tests.reports.county import V1, V2, T, county
from tests.ui.conftest import GRID, PASSWORD, TIMEOUT, WORKER, settle, sign_in

TOWN = "tw104"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def township_store(folder: Path, data: dict[str, list[dict[str, Any]]], scope: str) -> Store:
    """A township user's store holding its township's records, as after a sync (bulk path)."""
    store = Store.create(
        folder, PASSWORD, Account(TOWN, "临涣镇工作人员", "township", scope), kdf=FAST_KDF
    )
    bulk.load(store, scoped(data, scope))
    return store


def scoped(
    data: dict[str, list[dict[str, Any]]], *prefixes: str
) -> dict[str, list[dict[str, Any]]]:
    """The regions and the records of households below any of ``prefixes``."""
    mine = {h["id"] for h in data["household"] if h["grid_code"].startswith(prefixes)}
    return {
        name: [r for r in rows if name == "region" or r.get("household_id", r["id"]) in mine]
        for name, rows in data.items()
    }


def server_db(path: Path, data: dict[str, list[dict[str, Any]]]) -> Engine:
    """The county server's database (its Alembic schema, on SQLite) loaded like the demo
    county: regions, then every record with a change number, then the derived tables."""
    from gridworker.reports import derived
    from gridworker.server import admin, db, load, migrate
    from gridworker.server import tables as tb

    engine = db.make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with db.write(engine) as conn:
        admin.load_regions(conn, data["region"])
        load.insert_records(conn, {k: v for k, v in data.items() if k != "region"})
        derived.record_work(conn, tb.T.metadata.tables, data.get("visit", []))
        derived.rebuild(conn)
    return engine


@pytest.fixture
def screen(qtbot: QtBot, tmp_path: Path) -> Iterator[TownshipScreen]:
    """The township screen on the hand-made county's township (two villages), offline."""
    store = township_store(tmp_path / "town", county(), T)
    ops = Operations()
    ops.store = store
    session = Session(
        Account(TOWN, "临涣镇工作人员", "township", T), ops, today=lambda: date(2022, 6, 20)
    )
    w = TownshipScreen(session)
    qtbot.addWidget(w)
    yield w
    qtbot.waitUntil(lambda: ops.idle, timeout=TIMEOUT)
    ops.shutdown()


def load(qtbot: QtBot, screen: TownshipScreen, period: str) -> Report:
    with qtbot.waitSignal(screen.report_loaded, timeout=TIMEOUT) as blocker:
        screen.set_period(period)
    report = blocker.args[0]
    assert isinstance(report, Report) and report.period == period
    return report


@pytest.mark.parametrize("source", ["hand-made", "demo"])
def test_server_and_township_screen_give_the_same_figures(
    qtbot: QtBot, tmp_path: Path, source: str
) -> None:
    if source == "hand-made":
        data, town, periods, today = county(), T, ("2022-W18", "2022-05", "2022-Q2"), None
    else:
        from gridworker import demo
        from gridworker.demo_accounts import _scope_rows

        today = date(2022, 6, 20)
        # the demo county's biggest township (two villages) and a neighbour on the server
        data = scoped(
            _scope_rows(demo.generate(1500, seed=1, today=today), "340621"),
            "340621100",
            "340621101",
        )
        town, periods = "340621100", ("2022-W24", "2022-06", "2022-Q2")
    server = server_db(tmp_path / "server.db", data)
    store = township_store(tmp_path / "town", data, town)
    ops = Operations()
    ops.store = store
    w = TownshipScreen(
        Session(
            Account(TOWN, "乡镇", "township", town), ops, today=lambda: today or date(2022, 6, 20)
        )
    )
    qtbot.addWidget(w)
    try:
        for period in periods:
            shown = load(qtbot, w, period)
            with server.connect() as conn:
                expected = build_report(conn, town, period)
            assert len(expected.villages) >= 2
            # what the screen's table displays, cell by cell, against the server's report
            model = w.village_model
            for code, name in expected.villages.items():
                cov = next(v for v in expected.coverage.villages if v.code == code)
                prob = next(v for v in expected.problems.villages if v.code == code)
                assert model.value(name, "户数") == cov.households
                assert model.value(name, "已走访") == cov.visited
                assert model.value(name, "期末未解决问题") == prob.open_at_end
            assert model.value(TOTAL, "户数") == expected.coverage.total.households
            assert model.value(TOTAL, "监测户") == expected.risk.monitored
            assert model.value(TOTAL, "脱贫人口务工") == expected.work.total.in_work
            assert model.grid == village_grid(expected)
            assert [[c.value for c in r] for r in w.quality_model.grid.rows] == [
                [*(x.by_village.get(c, 0) for c in expected.villages), x.households]
                for x in expected.quality.rules
            ]
            assert shown.to_json() == expected.to_json()
    finally:
        qtbot.waitUntil(lambda: ops.idle, timeout=TIMEOUT)
        ops.shutdown()
        server.dispose()


def test_figures_by_village_period_picker_and_charts(qtbot: QtBot, screen: TownshipScreen) -> None:
    with qtbot.waitSignal(screen.report_loaded, timeout=TIMEOUT):
        screen.show()  # the current month at first
    assert screen.period == "2022-06" and screen.kind.currentData() == "month"
    report = load(qtbot, screen, "2022-05")
    m = screen.village_model
    assert m.grid.row_titles == ["一村", "二村", TOTAL]
    assert m.grid.headers == [c[0] for c in VILLAGE_COLUMNS]
    assert m.value(TOTAL, "户数") == sum(m.value(v, "户数") for v in ("一村", "二村"))
    assert m.value("一村", "户数") == report.coverage.villages[0].households
    assert screen.coverage_chart.bars[0][0] == "一村"
    assert [b[1] for b in screen.problem_chart.bars] == [
        v.open_at_end for v in report.problems.villages
    ]
    load(qtbot, screen, "2022-W18")
    assert screen.kind.currentData() == "week"
    screen.kind.setCurrentIndex(2)  # quarter: the list refills, newest first
    qtbot.waitUntil(
        lambda: screen.report is not None and screen.report.period == "2022-Q2", timeout=TIMEOUT
    )
    assert screen.sync_label.text() == "尚未同步"
    assert screen.buttons["xlsx"].isEnabled()


def test_drill_down_export_and_pdf(qtbot: QtBot, screen: TownshipScreen, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    load(qtbot, screen, "2022-05")
    view = screen.village_view
    index = screen.village_model.index(0, 0)  # 一村 · 户数
    with qtbot.waitSignal(screen.drill_opened, timeout=TIMEOUT) as blocker:
        view.doubleClicked.emit(index)
    dialog = blocker.args[0]
    assert len(dialog.refs) == screen.village_model.value("一村", "户数")
    assert {r.village for r in dialog.refs} == {V1}
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        assert dialog.export(tmp_path / "list.xlsx") is not None
    assert load_workbook(saved.args[0]).sheetnames == ["户名单"]
    opened: list[str] = []
    screen.household_activated.connect(opened.append)
    dialog.open_row(0)
    assert opened == [dialog.refs[0].id]
    with qtbot.waitSignal(screen.saved, timeout=TIMEOUT) as saved:
        screen.export_xlsx(tmp_path / "r.xlsx")
    assert "走访覆盖（村）" in load_workbook(saved.args[0]).sheetnames
    with qtbot.waitSignal(screen.saved, timeout=TIMEOUT) as saved:
        screen.save_pdf(tmp_path / "r.pdf")
    pdf = saved.args[0]
    text = pdf_text(pdf)
    for word in ("走访覆盖", "问题清零", "脱贫人口务工", "一村", "二村", "页共"):
        assert word in text
    assert V2 in text


def test_last_sync_time_is_shown(qtbot: QtBot, screen: TownshipScreen) -> None:
    store = screen.session.ops.store
    assert store is not None
    with store.write() as conn:
        store.set_kv(conn, "sync.last_sync", "2022-06-20T08:30:00")
    load(qtbot, screen, "2022-05")
    qtbot.waitUntil(lambda: "2022-06-20 08:30" in screen.sync_label.text(), timeout=TIMEOUT)


def test_township_user_starts_there_grid_worker_never_sees_it(qtbot: QtBot, window: Any) -> None:
    sign_in(qtbot, window, WORKER)
    assert window.workspace.township is None
    assert not window.commands.township.isVisible()
    window.sign_out()
    settle(qtbot, window)
    sign_in(qtbot, window, "tw101")
    ws = window.workspace
    assert ws.currentWidget() is ws.township and window.commands.township.isVisible()
    qtbot.waitUntil(lambda: ws.township.report is not None, timeout=TIMEOUT)
    assert ws.township.village_model.value(TOTAL, "户数") == 13
    ws.go_today()
    window.commands.township.trigger()
    assert ws.currentWidget() is ws.township
    ws.township.household_activated.emit(str(ws.data.rows[0].id))  # from a drill-down list
    qtbot.waitUntil(lambda: ws.currentWidget() is ws.household, timeout=TIMEOUT)
    settle(qtbot, window)


def test_report_command_writes_pdf_and_xlsx(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridworker.commands.main import main

    home = tmp_path / "home"
    township_store(account_folder(home, TOWN), county(), T).close()
    monkeypatch.setenv("GRIDWORKER_PASSWORD", PASSWORD)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert (
        main(
            [
                "report",
                "--home",
                str(home),
                "--user",
                TOWN,
                "--region",
                T,
                "--period",
                "2022-05",
                "--pdf",
                str(pdf),
                "--xlsx",
                str(xlsx),
            ]
        )
        == 0
    )
    text = pdf_text(pdf)
    for word in (
        "临涣镇",
        "2022年5月",
        "走访覆盖（村）",
        "问题清零（村）",
        "风险线索与审定",
        "风险消除候选",
        "数据质量",
        "一村",
        "二村",
    ):
        assert word in text, word
    assert xlsx.stat().st_size > 0
    assert (
        main(
            [
                "report",
                "--home",
                str(home),
                "--user",
                TOWN,
                "--region",
                "340621105",
                "--period",
                "2022-05",
                "--pdf",
                str(pdf),
            ]
        )
        == 2
    )  # outside the account's scope


def test_grid_worker_cannot_request_a_report(
    ui_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridworker.commands.main import main

    monkeypatch.setenv("GRIDWORKER_PASSWORD", PASSWORD)
    assert (
        main(
            [
                "report",
                "--home",
                str(ui_home),
                "--user",
                WORKER,
                "--region",
                GRID,
                "--period",
                "2022-05",
                "--pdf",
                str(tmp_path / "r.pdf"),
            ]
        )
        == 2
    )
    assert not (tmp_path / "r.pdf").exists()


def test_printer_path_is_a4_landscape(qtbot: QtBot, screen: TownshipScreen, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from gridworker.ui.printing.report_print import paint_report

    report = load(qtbot, screen, "2022-Q2")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p.pdf"))
    assert paint_report(printer, report) >= 1
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    text = pdf_text(tmp_path / "p.pdf")
    assert "2022年第2季度" in text and "二村" in text


def test_week_due_and_workers_on_screen_headers_and_sign_off(
    qtbot: QtBot, screen: TownshipScreen, tmp_path: Path
) -> None:
    """Issue 16, township week: the picker names the week by its days, 走访率 is against the
    households due (覆盖率 of all households its own column), due and overdue per village, the
    网格员 tab, headers wrap between words, and the printout ends with the sign-off block."""
    from PySide6.QtCore import Qt

    from gridworker.ui.township_model import wrap_header

    report = load(qtbot, screen, "2022-W18")
    assert screen.periods.currentText() == "第18周（05.02–05.08）"
    assert screen.periods.currentData() == "2022-W18"
    assert screen.heading.text().endswith("2022年第18周（05.02–05.08）")
    m = screen.village_model
    total = report.coverage.total
    assert m.value(TOTAL, "应访户数") == total.due
    assert m.value(TOTAL, "逾期未访") == total.overdue
    assert m.value(TOTAL, "走访率(%)") == (
        None if total.due_rate is None else round(total.due_rate * 100, 1)
    )
    assert m.value(TOTAL, "覆盖率(%)") == round(total.rate * 100, 1)
    for village in report.coverage.villages:
        assert m.value(village.name, "应访户数") == village.due
        assert m.value(village.name, "逾期未访") == village.overdue
    headers = [m.headerData(i, Qt.Orientation.Horizontal) for i in range(len(m.grid.headers))]
    assert "期末\n未解决问题" in headers and "期末未解\n决问题" not in headers
    assert wrap_header("Open problems at period end") == "Open problems\nat period end"
    workers = screen.worker_model
    assert workers.grid.row_titles == [w.worker_name for w in report.coverage.workers]
    assert workers.value("王网格", "网格") == "一村第1网格"
    assert workers.value("王网格", "应访户数") == report.coverage.workers[0].due
    with qtbot.waitSignal(screen.saved, timeout=TIMEOUT) as saved:
        screen.save_pdf(tmp_path / "week.pdf")
    text = pdf_text(saved.args[0])
    for word in ("填报单位：临涣镇", "填报人：临涣镇工作人员", "审核", "填报日期：2022年6月20日"):
        assert word in text, word
    assert "应访户数" in text and "逾期未访" in text
