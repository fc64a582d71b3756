"""Visits in the store: drafts, completion (one transaction), immutability, corrections."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from gridworker.store import problems, records, visits
from gridworker.store.errors import InvalidRecord, StoreError
from gridworker.store.store import Store

from tests.factories import DAY, fill_visit, make_household


def test_draft_resumes_and_completes(store: Store) -> None:
    hid = make_household(store)
    vid = fill_visit(store, hid)
    with store.write() as conn:  # starting again resumes the same draft
        again = visits.start_visit(
            conn,
            hid,
            checklist_version="2022.1",
            worker="gw1",
            worker_name="李网格",
            visit_date=DAY,
        )
    assert again == vid
    with store.write() as conn:
        ev = visits.complete_visit(conn, vid)
    assert ev.ok and ev.flags == []
    with store.read() as conn:
        v = visits.get_visit(conn, vid)
        assert v.status == "completed"
        assert v.derived["per_capita_income"] == pytest.approx((30000 + 10000 + 2000 - 3000) / 3)
        assert records.pending_count(conn, store.t.metadata.tables) >= 1


def test_completed_visit_is_immutable(store: Store) -> None:
    hid = make_household(store)
    vid = fill_visit(store, hid)
    with store.write() as conn:
        visits.complete_visit(conn, vid)
    with pytest.raises(StoreError, match="不能修改"), store.write() as conn:
        visits.save_draft(conn, vid, {"household": {}, "members": {}})
    with pytest.raises(StoreError, match="已完成"), store.write() as conn:
        visits.complete_visit(conn, vid)


def test_flags_raise_problems_and_clue_once(store: Store) -> None:
    hid = make_household(store)
    vid = fill_visit(
        store,
        hid,
        housing_grade="D",
        food_ok=False,
        sudden_events=["重大疾病"],
        sudden_note="户主查出重病",
    )
    with store.write() as conn:
        ev = visits.complete_visit(conn, vid)
    kinds = {(f.kind, f.problem_type or f.risk_code) for f in ev.flags}
    assert ("problem", "住房") in kinds and ("problem", "两不愁") in kinds
    assert ("risk_clue", "01") in kinds
    with store.read() as conn:
        open_types = sorted(p["type"] for p in problems.problems(conn, hid, open_only=True))
        history = problems.monitoring_history(conn, hid)
    assert open_types == sorted(["住房", "两不愁"])
    assert [e["stage"] for e in history] == ["风险线索"] and history[0]["risk_codes"] == ["01"]
    # the same problem seen on the next visit is not opened twice
    vid2 = fill_visit(store, hid, day=date(2022, 7, 15), housing_grade="D")
    with store.write() as conn:
        visits.complete_visit(conn, vid2)
    with store.read() as conn:
        assert len(problems.problems(conn, hid, open_only=True)) == 2


def test_invalid_answers_refused_and_nothing_saved(store: Store) -> None:
    hid = make_household(store)
    vid = fill_visit(store, hid, income_wage=-5)
    with store.read() as conn:
        before = visits.get_visit(conn, vid)
    with pytest.raises(InvalidRecord) as err, store.write() as conn:
        visits.complete_visit(conn, vid)
    assert any(field == "income_wage" for field, _ in err.value.errors)
    with store.read() as conn:
        after = visits.get_visit(conn, vid)
        assert after == before and after.status == "draft"
        assert problems.problems(conn, hid) == []


def test_member_answers_validated_on_completion(store: Store) -> None:
    hid = make_household(store)
    vid = fill_visit(store, hid)
    with store.write() as conn:
        v = visits.get_visit(conn, vid)
        answers = v.answers
        child = next(m for m in answers["members"].values() if m["name"] == "张小明")
        child["school_status"] = None  # 10-year-old not in school, no reason given
        child["education"] = "小学"
        spouse = next(m for m in answers["members"].values() if m["relationship"] == "配偶")
        spouse["relationship"] = "户主"  # two heads
        visits.save_draft(conn, vid, answers)
    with pytest.raises(InvalidRecord) as err, store.write() as conn:
        visits.complete_visit(conn, vid)
    assert "户主" in str(err.value)


def test_correction_is_a_new_revision_in_the_chain(store: Store) -> None:
    hid = make_household(store)
    vid = fill_visit(store, hid)
    with store.write() as conn:
        visits.complete_visit(conn, vid)
        rev = visits.revise_visit(conn, vid, worker="gw1", worker_name="李网格")
        v = visits.get_visit(conn, rev)
        answers = v.answers
        answers["household"]["income_wage"] = 20000
        visits.save_draft(conn, rev, answers)
        visits.complete_visit(conn, rev)
    with store.read() as conn:
        first, second = visits.get_visit(conn, vid), visits.get_visit(conn, rev)
        assert second.revision_of == vid and second.root_id == first.root_id == vid
        assert first.answers["household"]["income_wage"] == 30000  # the original is untouched
        with pytest.raises(StoreError, match="更正版本"):
            visits.revise_visit(conn, vid, worker="gw1", worker_name="李网格")
        v = store.t.visit
        assert conn.execute(select(v.c.id).where(v.c.root_id == vid)).scalars().all()
