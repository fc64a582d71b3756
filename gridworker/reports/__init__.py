"""Township reports: one aggregation module over the synced record tables.

Dialect-neutral SQLAlchemy Core, run by the county server over PostgreSQL (the whole county) and
by a township user's app over its own SQLite store (its township): the same figures from the same
records. No Qt, no HTTP. See ``gridworker.reports.base`` for the rules every indicator follows.

    report = build_report(conn, "340621104", Period.parse("2022-05"))
    report.to_json()
    drill_down(conn, "340621104", "2022-05", "problems.open", type="饮水", village="340621104201")
"""

from gridworker.reports.facts import record_visit_work, work_rows
from gridworker.reports.model import HouseholdRef, Report
from gridworker.reports.period import Period
from gridworker.reports.report import FIGURES, build_report, drill_down

__all__ = [
    "FIGURES",
    "HouseholdRef",
    "Period",
    "Report",
    "build_report",
    "drill_down",
    "record_visit_work",
    "work_rows",
]
