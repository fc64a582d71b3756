"""The roster: visit status by category (settings, not constants) and search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Connection, delete, select, update

from gridworker.store import households, records, roster, visits
from gridworker.store.records import utcnow
from gridworker.store.search import SearchIndex, search_once
from gridworker.store.settings import settings_for
from gridworker.store.store import Store
from gridworker.wire import codec

from tests.factories import DAY, GRID, fill_visit, make_household

SETTINGS = {
    "visit_interval_days": {"monitored": 30, "formerly_poor": 30, "ordinary": 90},
    "long_absent_interval_days": 90,
    "overdue_grace_days": 7,
}


def status_of(store: Store, hid: str, today: date, settings: dict | None = None) -> tuple:
    with store.read() as conn:
        (row,) = roster.list_households(conn, GRID, today, settings or SETTINGS, ids=[hid])
    return row.last_contact, row.due_on, row.status


def complete(store: Store, hid: str, day: date, mode: str = "入户") -> None:
    vid = fill_visit(store, hid, day=day)
    with store.write() as conn:
        visits.save_draft(conn, vid, visits.get_visit(conn, vid).answers, mode=mode)
        visits.complete_visit(conn, vid)


@pytest.mark.parametrize(
    ("kind", "interval"),
    [
        ({"household_type": "普通农户"}, 90),
        ({"household_type": "脱贫户"}, 30),
        ({"household_type": "普通农户", "monitor_type": "边缘易致贫户"}, 30),
    ],
)
def test_due_and_overdue_follow_the_category_interval(
    store: Store, kind: dict, interval: int
) -> None:
    hid = make_household(store, **kind)
    complete(store, hid, DAY)
    due = DAY + timedelta(days=interval)
    assert status_of(store, hid, due - timedelta(days=1)) == (DAY, due, "ok")
    assert status_of(store, hid, due)[2] == "due"
    assert status_of(store, hid, due + timedelta(days=7))[2] == "due"
    assert status_of(store, hid, due + timedelta(days=8))[2] == "overdue"
    # the interval is a setting: a county that visits ordinary households monthly
    monthly = {
        **SETTINGS,
        "visit_interval_days": dict.fromkeys(("monitored", "formerly_poor", "ordinary"), 10),
    }
    assert status_of(store, hid, DAY + timedelta(days=10), monthly)[2] == "due"


def test_phone_contact_counts_only_for_long_absent(store: Store) -> None:
    home = make_household(store, number="0001")
    away = make_household(store, head="李四", number="0002", long_absent=True)
    complete(store, home, DAY, mode="电话")
    complete(store, away, DAY, mode="电话")
    assert status_of(store, home, DAY)[0] is None  # a call is not a home visit
    assert status_of(store, away, DAY) == (DAY, DAY + timedelta(days=90), "ok")


def test_never_visited_is_due_from_registration(store: Store) -> None:
    hid = make_household(store)
    today = utcnow().date()
    assert status_of(store, hid, today) == (None, today, "due")
    assert status_of(store, hid, today + timedelta(days=8))[2] == "overdue"


def test_fast_listing_matches_the_reference_rule(store: Store) -> None:
    ids = [
        make_household(
            store,
            head=f"户{i}",
            number=f"{i:04d}",
            household_type="脱贫户" if i % 2 else "普通农户",
            long_absent=i % 3 == 0,
        )
        for i in range(6)
    ]
    for i, hid in enumerate(ids[:4]):
        complete(store, hid, DAY - timedelta(days=20 * i), mode="电话" if i == 1 else "入户")
    today = DAY + timedelta(days=40)
    h = store.t.household
    with store.read() as conn:
        settings = settings_for(conn, GRID, today)
        rows = {r.id: r for r in roster.list_households(conn, GRID, today, settings)}
        for hid in ids:
            rec = conn.execute(select(h).where(h.c.id == hid)).mappings().one()
            dates = [
                v.visit_date for v in visits.household_visits(conn, hid) if v.status == "completed"
            ]
            home = [
                v.visit_date
                for v in visits.household_visits(conn, hid)
                if v.status == "completed" and v.mode == "入户"
            ]
            ref = roster.visit_status(
                {**rec, "last_home": max(home, default=None), "last_any": max(dates, default=None)},
                today,
                settings,
            )
            assert (rows[hid].last_contact, rows[hid].due_on, rows[hid].status) == ref


def test_todays_list_alone_matches_the_whole_roster(store: Store) -> None:
    ids = [
        make_household(
            store,
            head=f"户{i}",
            number=f"{i:04d}",
            household_type="脱贫户" if i % 2 else "普通农户",
            monitor_type="边缘易致贫户" if i % 5 == 4 else None,
            long_absent=i % 3 == 0,
        )
        for i in range(10)
    ]
    for i, hid in enumerate(ids[:8]):
        complete(store, hid, DAY - timedelta(days=15 * i), mode="电话" if i % 4 == 1 else "入户")
    with store.read() as conn:
        for days in (-200, -1, 0, 20, 29, 30, 31, 60, 89, 90, 91, 97, 98, 200):
            today = DAY + timedelta(days=days)
            settings = settings_for(conn, GRID, today)
            full = roster.list_households(conn, GRID, today, settings)
            due = roster.list_households(conn, GRID, today, settings, only_due=True)
            assert due == [r for r in full if r.status != "ok"], days
            assert roster.due_households(conn, GRID, today, settings) == sorted(
                due, key=lambda r: (r.due_on, r.number)
            )


def _contacts_from_visits(conn: Connection) -> set[tuple[str, str | None, str | None]]:
    return set(
        conn.exec_driver_sql(
            "SELECT household_id, max(CASE WHEN mode = '入户' THEN visit_date END), max(visit_date)"
            " FROM visit WHERE status = 'completed' AND deleted = 0 GROUP BY household_id"
        ).all()
    )


def _contacts_kept(conn: Connection) -> set[tuple[str, str | None, str | None]]:
    return {
        r
        for r in conn.exec_driver_sql(
            "SELECT household_id, last_home, last_any FROM household_contact"
        ).all()
        if r[1] is not None or r[2] is not None
    }


def test_last_contacts_are_kept_however_visits_are_written(store: Store) -> None:
    a = make_household(store, head="甲", number="0001")
    b = make_household(store, head="乙", number="0002")

    def check() -> None:
        with store.read() as conn:
            assert _contacts_kept(conn) == _contacts_from_visits(conn)

    complete(store, a, DAY - timedelta(days=30))
    complete(store, a, DAY - timedelta(days=10), mode="电话")
    draft = fill_visit(store, b, day=DAY)  # a draft is no contact
    check()
    with store.write() as conn:  # a correction moves the date earlier
        first = next(v.id for v in visits.household_visits(conn, a) if v.mode == "入户")
        fix = visits.revise_visit(conn, first, worker="gw", worker_name="网格员")
        visits.save_draft(
            conn, fix, visits.get_visit(conn, fix).answers, visit_date=DAY - timedelta(days=40)
        )
        visits.complete_visit(conn, fix)
    check()
    with store.write() as conn:  # tombstones (a sync pull of a deleted visit)
        records.tombstone(conn, store.t.visit, fix)
        records.tombstone(conn, store.t.visit, draft)
    check()
    with store.write() as conn:  # rows written as a sync pull writes them (content hashed)
        row = dict(
            conn.execute(select(store.t.visit).where(store.t.visit.c.id == first)).mappings().one()
        )
        pulled = {**row, "id": records.new_id(), "household_id": b, "visit_date": DAY}
        codec.seal("visit", pulled)
        conn.execute(store.t.visit.insert(), [pulled])
        moved = {**row, "household_id": b, "visit_date": DAY - timedelta(days=1)}
        conn.execute(
            update(store.t.visit)
            .where(store.t.visit.c.id == first)
            .values(
                household_id=b,
                visit_date=DAY - timedelta(days=1),
                content_hash=codec.seal("visit", moved),
            )
        )
    check()
    with store.read() as conn:
        assert status_of(store, b, DAY)[0] == DAY
        gone = conn.execute(
            select(store.t.visit.c.id).where(
                store.t.visit.c.household_id == b,
                store.t.visit.c.visit_date == DAY,
                store.t.visit.c.status == "completed",
            )
        ).scalar_one()
    with store.write() as conn:  # and a physical delete (never done today; still right)
        conn.execute(delete(store.t.visit).where(store.t.visit.c.id == gone))
    check()
    assert status_of(store, b, DAY)[0] == DAY - timedelta(days=1)


def test_visits_done_since_counts_completed_visits_in_one_read(store: Store) -> None:
    ids = [make_household(store, head=f"户{i}", number=f"{i:04d}") for i in range(4)]
    for i, hid in enumerate(ids[:3]):
        complete(store, hid, DAY - timedelta(days=10 * i))  # DAY, DAY-10, DAY-20
    with store.read() as conn:
        counts = roster.visits_done_since(
            conn, GRID, (DAY, DAY - timedelta(days=10), DAY - timedelta(days=30)), DAY
        )
        assert counts == [1, 2, 3]
        assert roster.visits_done_since(conn, "340621999", (DAY - timedelta(days=30),), DAY) == [0]


def test_search_narrows_as_you_type_and_matches_a_full_scan(store: Store) -> None:
    make_household(store, head="王小明", number="0001", address="东园村1组2号")
    make_household(store, head="王大", number="0002", address="西园村12组3号")
    make_household(store, head="李四", number="0003", address="南园村3组1号")
    with store.read() as conn:
        index = SearchIndex.load(conn, GRID)
        fresh = lambda q: SearchIndex.load(conn, GRID).search(q)  # noqa: E731
        for typed in (
            "w",
            "wa",
            "wang",
            "wangx",
            "1",
            "12",
            "12组",
            "1组",
            "园村1",
            "w 1",
            "w 1组",
            "wxm",
            "王",
            "王小",
            "l",
            "li si",
            "3",
        ):
            assert index.search(typed) == fresh(typed), typed


def test_search_by_name_pinyin_initials_id_tail_and_address(store: Store) -> None:
    zhang = make_household(store, head="张三", number="0001")
    li = make_household(store, head="李四", number="0002")
    with store.read() as conn:
        index = SearchIndex.load(conn, GRID)
        members = households.member_rows(conn, zhang)
    head_id = next(m["id_number"] for m in members if m["relationship"] == "户主")
    assert index.search("zs") == [zhang]
    assert index.search("zhangsan") == [zhang]
    assert index.search("张三") == [zhang]
    assert index.search(head_id[-4:].lower()) == [zhang]
    assert set(index.search("临涣镇")) == {zhang, li}
    assert index.search("ls 0002") == [li]
    assert index.search("nobody") == []
    with store.read() as conn:
        assert search_once(conn, "340621999", "zs") == []  # another scope


def test_search_index_follows_edits(store: Store) -> None:
    hid = make_household(store, head="张三")
    with store.read() as conn:
        index = SearchIndex.load(conn, GRID)
        members = households.member_rows(conn, hid)
    head = next(m for m in members if m["relationship"] == "户主")
    with store.write() as conn:
        households.save_member(conn, hid, {"id": head["id"], "name": "王五"}, DAY)
        index.update(conn, hid)
    assert index.search("ww") == [hid] and index.search("zs") == []
    other = make_household(store, head="赵六", number="0009")
    with store.read() as conn:
        index.update(conn, other)
    assert index.search("zl") == [other]
    # the first keystroke is answered from per-character flags: they follow the edits too
    fresh = lambda q: SearchIndex.load(conn, GRID).search(q)  # noqa: E731
    with store.read() as conn:
        for typed in ("w", "z", "l", "s", "0", "9", "x", "王", "zl", ""):
            assert index.search(typed) == fresh(typed), typed
            assert index.search_positions(typed) == [index.ids.index(h) for h in fresh(typed)]
