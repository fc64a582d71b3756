"""Member changes with reasons (issue 16, item 4), with two devices on a live server (SQLite and
PostgreSQL): a member who died stays in the household's history on both devices and in the
printed summary, a newborn is added with its reason, the server checks the reasons and dates at
the wire, and a roster re-import does not bring the member back — it reports the row."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from gridworker.residentid import build
from gridworker.server import tables as tb
from gridworker.server.roster import import_roster
from gridworker.store import households, visits
from gridworker.store.errors import InvalidRecord
from gridworker.store.store import Store
from gridworker.summary import build_summary, load_summary, summary_html
from gridworker.sync.engine import sync_once

from tests.server.fixtures import Live, enroll_device, seed
from tests.server.test_roster_import import NEW_A, SAMPLE

DIED = date(2026, 11, 3)
BORN = date(2026, 10, 20)


def _household(store: Store) -> str:
    with store.read() as conn:
        h = store.t.household
        return str(conn.execute(select(h.c.id).where(h.c.number == NEW_A)).scalar_one())


def _visit_text(store: Store, hid: str) -> str:
    with store.write() as conn:
        vid = visits.start_visit(
            conn, hid, checklist_version="2022.1", worker="gw_a2", worker_name="乙", visit_date=DIED
        )
    summary = build_summary(load_summary(store, vid))
    return re.sub(r"<[^>]+>", "", summary_html(summary))


def test_member_who_died_syncs_stays_in_history_and_is_not_reimported(
    live: Live, tmp_path: Path
) -> None:
    seed(live.engine)
    assert import_roster(live.engine, SAMPLE).households_new == 3
    a = enroll_device(tmp_path / "a", live.url, "gw_a")
    a2 = enroll_device(tmp_path / "a2", live.url, "gw_a2")
    try:
        sync_once(a)
        sync_once(a2)
        hid = _household(a)
        with a.read() as conn:
            son = next(m for m in households.member_rows(conn, hid) if m["relationship"] == "之子")
        today = date(2026, 12, 1)
        with a.write() as conn:
            # refused on the device: a reason outside the vocabulary, a date in the future
            with pytest.raises(InvalidRecord, match="请选择变动原因"):
                households.remove_member(conn, hid, son["id"], "失踪", DIED, today)
            with pytest.raises(InvalidRecord, match="不能晚于今天"):
                households.remove_member(conn, hid, son["id"], "死亡", today + timedelta(3), today)
        with a.write() as conn:
            households.remove_member(conn, hid, son["id"], "死亡", DIED, today, note="病故")
            baby = households.save_member(
                conn,
                hid,
                {
                    "name": "张小宝",
                    "sex": "女",
                    "id_type": "居民身份证",
                    "id_number": build("340621", BORN, 2),
                    "relationship": "之孙女",
                    "arrival_reason": "新生儿",
                    "arrival_date": BORN.isoformat(),
                },
                today,
            )
        assert sync_once(a).applied == 2
        sync_once(a2)
        for device in (a, a2):
            with device.read() as conn:
                live_names = {m["name"] for m in households.member_rows(conn, hid)}
                history = households.member_changes(conn, hid)
            assert son["name"] not in live_names and "张小宝" in live_names
            assert [(c.name, c.kind, c.reason, c.on) for c in history] == [
                ("张小宝", "arrival", "新生儿", BORN),
                (son["name"], "departure", "死亡", DIED),
            ]
            assert history[1].note == "病故" and history[1].member_id == son["id"]
        with live.engine.connect() as conn:
            m = tb.T.member
            row = conn.execute(select(m).where(m.c.id == son["id"])).mappings().one()
            assert (row["deleted"], row["departure_reason"], row["departure_date"]) == (
                True,
                "死亡",
                DIED,
            )
            new = conn.execute(select(m).where(m.c.id == baby)).mappings().one()
            assert (new["arrival_reason"], new["arrival_date"]) == ("新生儿", BORN)
        # the printed summary of a visit on the second device says so
        text = _visit_text(a2, hid)
        assert "成员变动" in text
        assert f"{son['name']}" in text and "死亡（已不在本户）" in text and "2026-11-03" in text
        assert "张小宝" in text and "新生儿（加入本户）" in text
        # a roster re-import does not bring the son back: his row is reported
        report = import_roster(live.engine, SAMPLE)
        skipped = [r for r in report.rows if r.status == "跳过"]
        assert [r.name for r in skipped] == [son["name"]]
        assert "死亡" in skipped[0].reason and "2026-11-03" in skipped[0].reason
        assert "跳过 1 行" in report.summary() and son["name"] in report.summary()
        with live.engine.connect() as conn:
            m = tb.T.member
            rows = conn.execute(select(m.c.name, m.c.deleted).where(m.c.household_id == hid)).all()
        assert sorted(n for n, d in rows if not d) == sorted(live_names)
        assert [n for n, d in rows if d] == [son["name"]]
        sync_once(a2)
        with a2.read() as conn:
            assert son["name"] not in {m["name"] for m in households.member_rows(conn, hid)}
    finally:
        a.close()
        a2.close()
