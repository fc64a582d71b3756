"""What the household screen shows, read in one transaction on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from gridworker import cases
from gridworker.checklist.functions import age_on, member_birth
from gridworker.store import cases as store_cases
from gridworker.store import problems, visits
from gridworker.store.households import MemberChange, household_row, member_changes, member_rows
from gridworker.store.visits import Visit

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class HouseholdView:
    household: dict[str, Any]
    members: list[dict[str, Any]]
    visits: list[Visit]
    problems: list[dict[str, Any]]
    measures: list[dict[str, Any]]
    case: cases.Case  # its timeline: every monitoring event, in force or not
    draft_id: str | None
    changes: list[MemberChange]  # 成员变动: who joined or left, why and when (oldest first)

    @property
    def id(self) -> str:
        return str(self.household["id"])

    def member_name(self, member_id: str | None) -> str:
        for m in self.members:
            if m["id"] == member_id:
                return str(m["name"] or "")
        return ""


def load_household(conn: Connection, household_id: str) -> HouseholdView:
    return HouseholdView(
        household=household_row(conn, household_id),
        members=member_rows(conn, household_id),
        visits=visits.household_visits(conn, household_id),
        problems=problems.problems(conn, household_id),
        measures=problems.measures(conn, household_id),
        case=store_cases.household_case(conn, household_id),
        draft_id=visits.find_draft(conn, household_id),
        changes=member_changes(conn, household_id),
    )


def member_age(member: dict[str, Any], on: date) -> int | None:
    birth = member_birth(member.get("birth"), member.get("id_number"))
    return age_on(birth, on) if birth else None


def insurance_text(member: dict[str, Any]) -> str:
    parts = []
    if member.get("resident_med"):
        parts.append("居民医保")
    if member.get("employee_med"):
        parts.append("职工医保")
    if member.get("pension"):
        parts.append("养老")
    return "、".join(parts) or "无医保"


def schooling_text(member: dict[str, Any]) -> str:
    if member.get("school_status"):
        return f"在校：{member['school_status']}"
    if member.get("dropout_reason"):
        return f"失学：{member['dropout_reason']}"
    return str(member.get("education") or "")


def work_text(member: dict[str, Any]) -> str:
    if member.get("welfare_job"):
        return f"公益岗位 {member.get('welfare_job_months') or 0}个月"
    if member.get("work_location"):
        return f"{member['work_location']} {member.get('work_months') or 0}个月"
    return ""
