"""Repeat visits and visit modes in the core (issue 16): what a new draft offers from the last
visit, what 与上次相同 takes, what counts as changed, what each mode asks, and the store's
refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gridworker.checklist import (
    bundled_checklists,
    default_settings_records,
    modes,
    repeat,
    resolve_settings,
)
from gridworker.store import visits
from gridworker.store.errors import InvalidRecord
from gridworker.store.store import Store

from tests.factories import DAY, fill_visit, make_household

CHECKLIST = bundled_checklists()["2022.1"]
SETTINGS = resolve_settings(default_settings_records(), DAY.year, ["340621"])
EXCLUDED = repeat.not_carried(SETTINGS)


def last_answers() -> dict[str, object]:
    return {
        "household": {
            "income_wage": 30000,
            "housing_grade": "A",
            "sudden_events": ["失业"],
            "thumbprint": True,
            "head_signature": "ab" * 32,
            "helper_name": "张小红",
            "signed_by_helper": True,
            "worker_name": "刘红旗",
        },
        "members": {"m1": {"work_months": 10, "work_location": "省外"}, "gone": {"labour": "x"}},
    }


def test_offer_leaves_out_what_is_asked_afresh() -> None:
    offered = repeat.offer(CHECKLIST, last_answers(), "v1", "2022-05-15", EXCLUDED)
    assert offered["from"] == "v1"
    assert set(offered["sections"]) == {
        "income",
        "housing",
        "signing",
        "member_work",
        "member_basic",
    }
    assert "sudden" not in offered["sections"]  # 突发情况: never offered
    assert "water" not in offered["sections"]  # nothing answered last time: nothing to offer
    signing = next(s for s in CHECKLIST.sections if s.id == "signing")
    carried = {q.id for q in repeat.carried(signing, EXCLUDED)}
    assert carried >= {"signed_by_helper", "helper_name", "worker_phone"}
    assert not carried & {"thumbprint", "head_signature", "sign_date"}


def test_same_takes_only_what_is_unanswered_and_changes_are_compared_as_values() -> None:
    last = last_answers()
    draft = {
        "household": {"worker_name": "刘红旗"},
        "members": {"m1": {"work_months": 10}},
        "repeat": repeat.offer(CHECKLIST, last, "v1", "2022-05-15", EXCLUDED),
    }
    took = repeat.take(CHECKLIST, draft, last, "signing", repeat.SAME, EXCLUDED)
    hh = took["household"]
    assert hh["helper_name"] == "张小红" and hh["signed_by_helper"] is True
    assert "thumbprint" not in hh and "head_signature" not in hh  # never carried
    assert hh["worker_name"] == "刘红旗"  # this visit's own answer stays
    took = repeat.take(CHECKLIST, took, last, "member_work", repeat.SAME, EXCLUDED)
    assert "gone" not in took["members"]  # a member who left is not brought back
    took = repeat.take(CHECKLIST, took, last, "income", repeat.EDITED, EXCLUDED)
    assert repeat.changed(CHECKLIST, took, last, EXCLUDED) == {}
    took["household"]["income_wage"] = "30000.00"  # the same amount, typed differently
    assert repeat.changed(CHECKLIST, took, last, EXCLUDED) == {}
    took["household"]["income_wage"] = 32000
    assert repeat.changed(CHECKLIST, took, last, EXCLUDED) == {
        ("income", None, "income_wage"): 30000
    }
    assert sorted(repeat.pending(took)) == ["housing", "member_basic"]


def test_modes_say_what_a_visit_asks() -> None:
    phone = modes.not_asked(CHECKLIST, SETTINGS, "电话")
    assert {"housing", "water", "head_signature", "thumbprint"} <= phone
    assert "income" not in phone and "signing" not in phone
    assert modes.not_asked(CHECKLIST, SETTINGS, "入户") == frozenset()
    assert not modes.needs_signature(CHECKLIST, SETTINGS, "电话")
    assert modes.needs_signature(CHECKLIST, SETTINGS, "入户")
    assert modes.not_asked(CHECKLIST, {}, "电话") == frozenset()  # no setting: everything


def test_store_refuses_a_pending_section_and_a_date_beyond_the_limit(store: Store) -> None:
    hid = make_household(store)
    first = fill_visit(store, hid, day=DAY - timedelta(days=30))
    with store.write() as conn:
        visits.complete_visit(conn, first)
        vid = visits.start_visit(
            conn,
            hid,
            checklist_version="2022.1",
            worker="gw1",
            worker_name="李网格",
            visit_date=DAY,
            from_last=True,
        )
        draft = visits.get_visit(conn, vid)
        assert draft.answers["repeat"]["from"] == first
        assert "income_wage" not in draft.answers["household"]  # nothing copied silently
        last = visits.get_visit(conn, first).answers
        answers = dict(draft.answers)
        for sid in repeat.pending(answers):
            if sid != "water":
                answers = repeat.take(CHECKLIST, answers, last, sid, repeat.SAME, EXCLUDED)
        answers["household"] = {
            **answers["household"],
            "sign_date": DAY.isoformat(),
            "head_signature": "cd" * 32,  # signed again: never carried
        }
        visits.save_draft(conn, vid, answers)
    with pytest.raises(InvalidRecord, match="饮水安全"), store.write() as conn:
        visits.complete_visit(conn, vid)
    with store.write() as conn:
        answers = repeat.take(CHECKLIST, answers, last, "water", repeat.SAME, EXCLUDED)
        visits.save_draft(conn, vid, answers)
        with pytest.raises(InvalidRecord, match="补录"):
            visits.complete_visit(conn, vid, today=DAY + timedelta(days=31))
    with store.write() as conn:
        visits.complete_visit(conn, vid, today=DAY + timedelta(days=30))
        assert visits.get_visit(conn, vid).status == "completed"
