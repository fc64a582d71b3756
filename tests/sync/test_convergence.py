"""Randomized, seeded sync rounds through a faulty network: two devices of the same grid edit
the same households concurrently, record visits with signature images, add households and
remove members; the real server runs as a process. After a final clean sync the server and both
devices hold exactly the same records and attachments: nothing lost, nothing doubled, and every
conflict the server recorded is listed on a device."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from gridworker.schema import SYNCED_TABLES
from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.store.store import Store
from gridworker.sync.client import ClientConfig, SyncError
from gridworker.sync.engine import sync_once
from gridworker.sync.state import SERVER

from tests.server.fixtures import GRID_A, enroll_device, process_server, seed
from tests.sync.faultproxy import FaultProxy
from tests.sync.helpers import (
    add_household,
    add_visit,
    attachments,
    edit,
    hashed_rows,
    png,
    snapshot,
)

CONFIG = ClientConfig(
    connect_timeout=1, read_timeout=5, retries=3, backoff=0.01, max_backoff=0.05, keep_alive=False
)
FIELDS = {
    "phone": lambda r: f"139{r.randint(0, 99999999):08d}",
    "address": lambda r: f"地址{r.randint(0, 9)}",
    "risk_remark": lambda r: f"备注{r.randint(0, 9)}",
    "long_absent": lambda r: r.random() < 0.5,
}


def _server_snapshot(url: str) -> tuple[dict[str, dict[str, Any]], set[str], list[Any]]:
    engine = db.make_engine(url)
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for name in SYNCED_TABLES:
            out[name] = hashed_rows(conn, tb.T.metadata.tables[name])
        shas = set(conn.execute(select(tb.T.attachment.c.sha256)).scalars())
        conflicts = list(conn.execute(select(tb.conflict)))
    engine.dispose()
    return out, shas, conflicts


def _households(store: Store) -> list[str]:
    h = store.t.household
    with store.read() as conn:
        return list(conn.execute(select(h.c.id).where(h.c.deleted.is_(False))).scalars())


def _members(store: Store) -> list[tuple[str, str]]:
    m = store.t.member
    with store.read() as conn:
        return [
            (r.id, r.household_id)
            for r in conn.execute(select(m.c.id, m.c.household_id).where(m.c.deleted.is_(False)))
        ]


def _act(store: Store, rng: random.Random, created: dict[str, set[str]], tag: str) -> None:
    hids = _households(store)
    for _ in range(rng.randint(0, 3)):
        roll = rng.random()
        if roll < 0.45 and hids:
            field = rng.choice(list(FIELDS))
            target = rng.choice(sorted(hids)[:2] if rng.random() < 0.7 else hids)  # contention
            edit(store, "household", target, **{field: FIELDS[field](rng)})
        elif roll < 0.75 and hids:
            sig = png(rng.randint(0, 6))  # small pool: the same image on both devices
            created["visit"].add(add_visit(store, rng.choice(hids), signature=sig, note=tag))
            created["sig"].add(__import__("hashlib").sha256(sig).hexdigest())
        elif roll < 0.85:
            created["household"].add(add_household(store, GRID_A, f"{tag}{rng.randint(0, 999)}"))
        elif roll < 0.95:
            members = _members(store)
            if members:
                mid, _ = rng.choice(members)
                edit(store, "member", mid, phone=f"137{rng.randint(0, 99999999):08d}")
        else:
            members = [m for m in _members(store)]
            if len(members) > 1:
                mid, _ = rng.choice(members)
                edit(store, "member", mid, deleted=True)


def _sync(store: Store) -> bool:
    try:
        sync_once(store, config=CONFIG)
        return True
    except SyncError:
        return False


def run_rounds(db_url: str, tmp_path: Path, rounds: int, seed_: int) -> None:
    engine = db.make_engine(db_url)
    seed(engine, grids=(GRID_A,), households=3, users={"gw_a": GRID_A, "gw_a2": GRID_A})
    engine.dispose()
    rng = random.Random(seed_)
    created: dict[str, set[str]] = {"visit": set(), "household": set(), "sig": set()}
    with process_server(db_url) as url:
        _host, port = url.rsplit(":", 1)
        proxy = FaultProxy("127.0.0.1", int(port), seed_, fault_rate=0.3)
        devices = [enroll_device(tmp_path / n, url, n) for n in ("gw_a", "gw_a2")]
        try:
            for s in devices:  # from now on every request goes through the faulty proxy
                with s.write() as conn:
                    s.set_kv(conn, SERVER, proxy.url)
            ok = 0
            for i in range(rounds):
                for k, s in enumerate(devices):
                    _act(s, rng, created, f"r{i}d{k}")
                for s in rng.sample(devices, rng.randint(1, 2)):
                    ok += _sync(s)
            proxy.enabled = False
            for s in (*devices, *devices):
                sync_once(s, config=CONFIG)
            server, shas, conflicts = _server_snapshot(db_url)
            snaps = [snapshot(s) for s in devices]
            for k, snap in enumerate(snaps):
                for name in SYNCED_TABLES:
                    for rid in set(snap[name]) | set(server[name]):
                        if snap[name].get(rid) != server[name].get(rid):
                            print("DIFF", k, name, rid, snap[name].get(rid), server[name].get(rid))
            assert snaps[0] == server, "device A differs from the server"
            assert snaps[1] == server, "device B differs from the server"
            assert created["visit"] <= set(server["visit"])  # nothing lost
            assert len(server["visit"]) == len(created["visit"])  # nothing doubled
            assert created["household"] <= set(server["household"])
            assert attachments(devices[0]) == attachments(devices[1]) == shas == created["sig"]
            listed: set[tuple[str, str, str | None]] = set()
            for s in devices:
                si = s.t.metadata.tables["sync_issue"]
                with s.read() as conn:
                    rows = conn.execute(select(si)).all()
                    assert all(r.kind == "conflict" for r in rows), "nothing was quarantined"
                    listed |= {(r.table_name, r.record_id, r.field) for r in rows}
                    for name in SYNCED_TABLES:
                        t = s.t.metadata.tables[name]
                        states = set(conn.execute(select(t.c.sync_state).distinct()).scalars())
                        assert states <= {"synced"}, (name, states)
            assert {(c.table_name, c.record_id, c.field) for c in conflicts} == listed
            assert ok > 0 and proxy.stats.counts["pass"] > 0
            print(
                f"rounds={rounds} syncs_ok={ok} faults={proxy.stats.counts} "
                f"visits={len(created['visit'])} conflicts={len(conflicts)}"
            )
        finally:
            for s in devices:
                s.close()
            proxy.close()


@pytest.mark.slow
@pytest.mark.parametrize("backend,rounds", [("postgresql", 60), ("sqlite", 20)])
def test_convergence(
    backend: str, rounds: int, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = _url(backend, tmp_path, request)
    run_rounds(url, tmp_path, rounds, seed_=1234 + rounds)


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("backend,rounds", [("postgresql", 500), ("sqlite", 50)])
def test_convergence_long(
    backend: str, rounds: int, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = _url(backend, tmp_path, request)
    run_rounds(url, tmp_path, rounds, seed_=99 + rounds)


def _url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    import shutil

    path = tmp_path / "server.db"
    shutil.copy(request.getfixturevalue("sqlite_template"), path)
    return f"sqlite:///{path}"
