"""Issue 16, township week: 走访率 against the households due in the period, due and overdue per
village and per worker, worked out by hand from the settings' defaults (monitored and 脱贫户
every 30 days, others every 90, long-absent households 90 by any contact, overdue 7 days after
falling due). Week 49 of 2026: 11-30 to 12-06."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine

from gridworker.reports import build_report, drill_down
from gridworker.reports.layout import sheets
from gridworker.reports.loading import insert_records
from gridworker.schema import define

from tests.reports.county import hid, household, visit

T = "340621104"
V1, V2 = T + "201", T + "202"
G11, G21 = V1 + "01", V2 + "01"
CREATED = datetime(2026, 1, 1, 8)


def _home(name: str, grid: str, htype: str = "普通农户", **kw: Any) -> dict[str, Any]:
    return household(name, grid, htype, created_at=CREATED, updated_at=CREATED, **kw)


def records() -> dict[str, list[dict[str, Any]]]:
    d = date
    return {
        "region": [
            {"code": T, "name": "临涣镇", "level": "township", "parent_code": "340621"},
            {"code": V1, "name": "一村", "level": "village", "parent_code": T},
            {"code": V2, "name": "二村", "level": "village", "parent_code": T},
            {"code": G11, "name": "第1网格", "level": "grid", "parent_code": V1},
            {"code": G21, "name": "第1网格", "level": "grid", "parent_code": V2},
        ],
        "household": [
            _home("1", G11, "脱贫户"),
            _home("2", G11, "脱贫户"),
            _home("3", G11),
            _home("4", G11),
            _home("5", G21, "脱贫户", monitor_type="边缘易致贫户"),
            _home("6", G21, long_absent=True),
            _home("7", G21, "脱贫户"),
            _home("8", G21, "脱贫户"),
        ],
        "visit": [
            visit("1", d(2026, 10, 20), "w1"),  # due 11-19
            visit("1", d(2026, 12, 1), "w1"),  # ... visited
            visit("2", d(2026, 11, 15), "w1"),  # due 12-15: not due
            visit("2", d(2026, 12, 2), "w1"),  # visited anyway
            visit("3", d(2026, 10, 1), "w1"),  # ordinary, due 12-30: not due
            visit("4", d(2026, 8, 1), "w1"),  # due 10-30: overdue
            visit("5", d(2026, 11, 1), "w2"),  # monitored, due 12-01, grace to 12-08
            visit("6", d(2026, 9, 1), "w2", mode="电话"),  # long absent, due 11-30
            visit("6", d(2026, 12, 3), "w2", mode="电话"),  # ... a call counts
            # 7: never visited, registered 01-01: overdue
            visit("8", d(2026, 10, 1), "w2"),  # due 10-31
            visit("8", d(2026, 12, 4), "w2", mode="电话"),  # a call is not a home visit
        ],
    }


def _engine(tmp_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{tmp_path / 'due.db'}")
    tables = define("device")
    tables.metadata.create_all(engine)
    with engine.begin() as conn:
        insert_records(conn, tables, records())
    return engine


def test_due_overdue_and_the_rate_against_due(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    with engine.connect() as conn:
        report = build_report(conn, T, "2026-W49")
        cov = report.coverage
        assert (cov.total.households, cov.total.visited, cov.total.rate) == (8, 4, 0.5)
        assert (cov.total.due, cov.total.due_visited, cov.total.overdue) == (6, 2, 3)
        assert cov.total.due_rate == round(2 / 6, 4)
        by_village = {v.code: (v.due, v.due_visited, v.overdue) for v in cov.villages}
        assert by_village == {V1: (2, 1, 1), V2: (4, 1, 2)}
        workers = {w.worker: (w.due, w.due_visited, w.overdue) for w in cov.workers}
        assert workers == {"w1": (2, 1, 1), "w2": (4, 1, 2)}

        def drill(figure: str, **keys: Any) -> set[str]:
            return {r.id for r in drill_down(conn, T, "2026-W49", figure, **keys)}

        assert drill("coverage.due") == {hid(n) for n in "145678"}
        assert drill("coverage.due_visited") == {hid("1"), hid("6")}
        assert drill("coverage.overdue") == {hid(n) for n in "478"}
        assert drill("coverage.overdue", village=V1) == {hid("4")}
        assert drill("coverage.due_not_visited") == {hid(n) for n in "4578"}
        # Excel and paper read the same figures: 走访率 against due, 覆盖率 its own column
        village_sheet = next(s for s in sheets(report) if s.title == "走访覆盖（村）")
        row = village_sheet.rows[-1]
        head = village_sheet.headers
        assert row[head.index("应访户数")] == 6 and row[head.index("逾期未访")] == 3
        assert row[head.index("走访率(%)")] == round(100 * 2 / 6, 2)
        assert row[head.index("覆盖率(%)")] == 50.0
    engine.dispose()
