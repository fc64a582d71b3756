"""Settling what sync found (store.sync_issues): a member's field conflict goes through the
household rules, the value is pushed like any edit, a visit's conflict is only reviewed, and
a typed value is checked as the server will check it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from gridworker.store import households, sync_issues
from gridworker.store.errors import InvalidRecord, StoreError
from gridworker.store.store import Store

from tests.ui.conftest import add_family

TODAY = date(2026, 12, 1)


def _conflict(store: Store, table: str, rid: str, field: str, mine: object, theirs: object) -> str:
    with store.write() as conn:
        sync_issues.add(conn, f"k:{rid}:{field}", "conflict", table, rid, field, mine, theirs, "…")
        return next(
            i.id for i in sync_issues.load_issues(conn) if i.record_id == rid and i.field == field
        )


def test_settle_a_member_conflict(store: Store) -> None:
    hid = add_family(store, "34062110120101", TODAY)
    with store.read() as conn:
        wife = next(m for m in households.member_rows(conn, hid) if m["name"] == "王芳")
    with store.write() as conn:  # as after a sync: nothing left to send
        m = store.t.member
        conn.execute(m.update().values(sync_state="synced", version=1))
    iid = _conflict(store, "member", wife["id"], "phone", "13800000001", "13900000002")
    with store.read() as conn:
        (issue,) = sync_issues.load_issues(conn)
    assert (issue.household_number, issue.head_name, issue.member_name) == (
        "340621101201019999",
        "张三",
        "王芳",
    )
    assert issue.settleable and issue.editable
    with store.write() as conn, pytest.raises(InvalidRecord, match="手机"):
        sync_issues.settle(conn, iid, sync_issues.EDITED, TODAY, "12345")  # the household rules
    with store.write() as conn:
        assert sync_issues.settle(conn, iid, sync_issues.THEIRS, TODAY) == hid
    with store.read() as conn:
        row = conn.execute(select(m).where(m.c.id == wife["id"])).mappings().one()
        (done,) = sync_issues.load_issues(conn, include_resolved=True)
    assert (row["phone"], row["sync_state"]) == ("13900000002", "changed")  # to be pushed
    assert (done.resolved, done.resolution) == (True, "theirs") and done.resolved_at is not None
    with store.write() as conn, pytest.raises(StoreError, match="处理过"):
        sync_issues.settle(conn, iid, sync_issues.MINE, TODAY)


def test_visit_conflicts_and_bad_types(store: Store) -> None:
    hid = add_family(store, "34062110120101", TODAY)
    vid = _conflict(store, "visit", hid, None, {"a": 1}, None)  # type: ignore[arg-type]
    with store.read() as conn:
        visit = next(i for i in sync_issues.load_issues(conn) if i.id == vid)
    assert not visit.settleable and not visit.editable
    with store.write() as conn, pytest.raises(StoreError, match="标为已核对"):
        sync_issues.settle(conn, vid, sync_issues.MINE, TODAY)
    with store.write() as conn:
        assert sync_issues.mark_reviewed(conn, [vid]) == 1
    with pytest.raises(InvalidRecord, match="格式不对"):
        sync_issues.typed_value("member", "work_months", "十个月")
    assert sync_issues.typed_value("household", "long_absent", "是") is True
    iid = _conflict(store, "household", hid, "household_type", "脱贫户", "普通农户")
    with store.write() as conn, pytest.raises(InvalidRecord, match="取值无效"):
        sync_issues.settle(conn, iid, sync_issues.EDITED, TODAY, "贫困户")
