"""The queues of the device (store.cases.queue) fold only the households whose latest step may
precede the step asked for: the same cases as folding every household, on demo data with cases
at every step."""

from __future__ import annotations

from datetime import date

from gridworker import demo, vocab
from gridworker.demo_accounts import _scope_rows
from gridworker.regions import SUIXI_COUNTY
from gridworker.store import bulk
from gridworker.store import cases as store_cases
from gridworker.store.store import Store

TODAY = date(2026, 12, 1)


def test_queues_match_folding_everything(store: Store) -> None:
    county = demo.generate(3000, seed=2, today=TODAY)
    bulk.load(store, _scope_rows(county, SUIXI_COUNTY))
    hids = sorted({e["household_id"] for e in county.monitoring_events})
    with store.read() as conn:
        everything = {hid: store_cases.household_case(conn, hid) for hid in hids}
        for step in vocab.MONITOR_STAGES[1:]:
            got = {w.household_id for w in store_cases.queue(conn, SUIXI_COUNTY, [step], TODAY)}
            want = {h for h, c in everything.items() if step in c.next_steps()}
            assert got == want, step
    waiting = {s for c in everything.values() for s in c.next_steps()}
    assert {vocab.AUDIT, vocab.REVIEW, vocab.PROPOSE, vocab.REOPEN} <= waiting
