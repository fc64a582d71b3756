"""Several uvicorn workers against one PostgreSQL under concurrent pushes (real process)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from gridworker.reports import facts
from gridworker.server import db
from gridworker.server import tables as tb
from gridworker.sync.client import ClientConfig
from gridworker.sync.engine import sync_once

from tests.server.fixtures import GRID_A, enroll_device, process_server, seed
from tests.sync.helpers import add_visit, edit, png, snapshot

CONFIG = ClientConfig(connect_timeout=2, read_timeout=20, retries=3, backoff=0.05)


def test_concurrent_pushes_with_four_workers(pg_url: str, tmp_path: Path) -> None:
    engine = db.make_engine(pg_url)
    names = [f"gw_{i}" for i in range(4)]
    data = seed(engine, grids=(GRID_A,), households=4, users=dict.fromkeys(names, GRID_A))
    hids = [h["id"] for h in data["household"]]
    with process_server(pg_url, workers=4) as url:
        devices = [enroll_device(tmp_path / n, url, n, config=CONFIG) for n in names]
        try:
            for s in devices:
                sync_once(s, config=CONFIG)
            for k, s in enumerate(devices):
                for j in range(60):
                    add_visit(s, hids[j % len(hids)], signature=png(j % 5), note=f"{k}-{j}")
                edit(s, "household", hids[k], phone=f"1380000000{k}")
                edit(s, "household", hids[0], risk_remark=f"设备{k}")
            errors: list[BaseException] = []

            def run(s: object) -> None:
                try:
                    sync_once(s, config=CONFIG)  # type: ignore[arg-type]
                except BaseException as e:
                    errors.append(e)

            threads = [threading.Thread(target=run, args=(s,)) for s in devices]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            assert not errors, errors
            for s in devices:
                sync_once(s, config=CONFIG)
            snaps = [snapshot(s) for s in devices]
            assert all(x == snaps[0] for x in snaps)
            with engine.connect() as conn:
                assert conn.execute(select(func.count()).select_from(tb.T.visit)).scalar() == 240
                seqs = list(
                    conn.execute(
                        select(tb.change_log.c.seq).order_by(tb.change_log.c.seq)
                    ).scalars()
                )
                assert seqs == list(range(1, len(seqs) + 1))  # no gaps, no duplicates
                assert conn.execute(select(func.count()).select_from(tb.conflict)).scalar() == 3
                phones = {
                    r[0]: r[1]
                    for r in conn.execute(select(tb.T.household.c.id, tb.T.household.c.phone))
                }
            assert [phones[h] for h in hids] == [f"1380000000{k}" for k in range(4)]
            # Four devices' batches for the same households derived their report rows at once
            # (outside the numbering lock): they are what a rebuild from the records gives.
            vc = tb.T.metadata.tables["visit_counted"]
            with engine.connect() as conn:
                kept = sorted(tuple(r) for r in conn.execute(select(vc)))
            with engine.connect() as conn:
                facts.rebuild_chains(conn)
                rebuilt = sorted(tuple(r) for r in conn.execute(select(vc)))
                conn.rollback()
            assert len(kept) == 240 and kept == rebuilt
        finally:
            for s in devices:
                s.close()
    engine.dispose()
