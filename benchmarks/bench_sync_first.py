"""Sync speed on loopback (server on PostgreSQL when one is available, else SQLite):

- a sync with nothing to send or receive (warm): target < 50 ms round trip;
- first sync of a grid worker's scope (100 households, 400 members, 1,000 earlier visits):
  target < 3 s;
- first sync of a township's scope (30,000 households with their members and visits):
  target < 60 s.

    python benchmarks/bench_sync_first.py [--township N] [--sqlite] [--photos F]

Households come from the demo county generator (realistic members, visits, problems), re-homed
into one grid (100 households) and one township (N households in grids of 100).

``--photos F`` (issue 18): the township's first sync is measured twice, side by side: as above,
then with a photo (record, image and thumbnail) on a fraction F of the households. A township's
device fetches a photo when someone opens it, so the second figure should equal the first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("GRIDWORKER_ARGON2", "1,1024,1")

from sqlalchemy import Engine, func, select

from gridworker import demo
from gridworker.reports import derived
from gridworker.server import admin, db, load, migrate
from gridworker.server import tables as tb
from gridworker.sync.engine import sync_once

from tests.server import pg
from tests.server.fixtures import PASSWORD, enroll_device, process_server

TOWN = "340621104"
NOW = datetime(2026, 11, 30, 8, 0)
GRID = "34062110420101"


def _grid(i: int) -> str:
    return f"{TOWN}{201 + i // 30:03d}{1 + i % 30:02d}"


def load_scope(
    engine: Engine, households: int, visits_per: float | None, photos: float = 0.0
) -> None:
    """``households`` demo households in grids of 100 under TOWN (the first grid is GRID);
    a ``photos`` fraction of them with a photo of their last visit's housing."""
    grids = sorted({_grid(i // 100) for i in range(households)})
    regions = [
        {"code": "340621", "name": "濉溪县", "level": "county", "parent_code": None},
        {"code": TOWN, "name": "临涣镇", "level": "township", "parent_code": "340621"},
    ]
    regions += [
        {"code": v, "name": f"村{v[-3:]}", "level": "village", "parent_code": TOWN}
        for v in sorted({g[:12] for g in grids})
    ]
    regions += [
        {"code": g, "name": f"第{g[-2:]}网格", "level": "grid", "parent_code": g[:12]}
        for g in grids
    ]
    chunk: dict[str, list[dict[str, Any]]] = {}
    with db.write(engine) as conn:
        admin.load_regions(conn, regions)
        for i, b in enumerate(demo.iter_households(households, seed=3)):
            b.household["grid_code"] = _grid(i // 100)
            chunk.setdefault("household", []).append(b.household)
            chunk.setdefault("member", []).extend(b.members)
            visits = b.visits
            if visits_per is not None:  # exactly this many per household: repeat the last one
                visits = (
                    [
                        {**visits[-1], "id": demo_id(i, k), "root_id": demo_id(i, k)}
                        for k in range(int(visits_per))
                    ]
                    if visits
                    else []
                )
            chunk.setdefault("visit", []).extend(visits)
            chunk.setdefault("problem", []).extend(b.problems)
            chunk.setdefault("measure", []).extend(b.measures)
            chunk.setdefault("monitoring_event", []).extend(b.monitoring_events)
            if visits and photos and (i * photos) % 1 + photos >= 1:
                chunk.setdefault("photo", []).append(_photo(conn, i, visits[-1]))
            if (i + 1) % 2000 == 0:
                load.insert_records(conn, chunk)
                chunk = {}
        if chunk:
            load.insert_records(conn, chunk)
        derived.rebuild(conn)


def _photo(conn: Any, i: int, visit: dict[str, Any]) -> dict[str, Any]:
    """A photo record of ``visit`` and its two images (distinct, small: the township never
    downloads them at sync, so their size does not matter here)."""
    import hashlib
    import io

    from PIL import Image

    shas = []
    for k in (0, 1):
        buf = io.BytesIO()
        Image.new("RGB", (16, 12), (i % 256, (i // 256) % 256, k * 200)).save(buf, "JPEG")
        data = buf.getvalue() + i.to_bytes(4, "big")  # (bytes after the end marker)
        sha = hashlib.sha256(data).hexdigest()
        conn.execute(
            tb.T.attachment.insert().values(
                sha256=sha, mime="image/jpeg", size=len(data), data=data, created_at=NOW
            )
        )
        shas.append(sha)
    return {
        "id": f"00000000-0000-4000-9000-{i:012d}",
        "household_id": visit["household_id"],
        "visit_id": visit["id"],
        "question": "housing",
        "sha256": shas[0],
        "thumb_sha256": shas[1],
        "size": 300_000,
        "width": 1600,
        "height": 1200,
        "attached_at": NOW,
        "attached_by": "demo",
        "note": "",
    }


def demo_id(i: int, k: int) -> str:
    return f"00000000-0000-4000-8000-{i:07d}{k:05d}"


def counts(engine: Engine) -> dict[str, int]:
    with db.read(engine) as conn:
        return {
            n: conn.execute(select(func.count()).select_from(tb.T.metadata.tables[n])).scalar_one()
            for n in ("household", "member", "visit", "photo", "attachment")
        }


def first_sync(base: str, username: str, scope: str, engine: Engine) -> float:
    admin.add_user(
        engine, username, PASSWORD, "grid_worker" if len(scope) == 14 else "township", scope
    )
    store = enroll_device(Path(tempfile.mkdtemp()), base, username)
    try:
        t = time.perf_counter()
        report = sync_once(store)
        secs = time.perf_counter() - t
        assert report.sanity_ok, report
        print(
            f"  first sync of {username} ({scope}): received {report.received} records and "
            f"{report.attachments_down} images in {secs:.2f} s",
            flush=True,
        )
        # warm no-op syncs
        times = []
        for _ in range(10):
            t = time.perf_counter()
            r = sync_once(store)
            times.append(time.perf_counter() - t)
            assert r.nothing_to_do, r
        print(
            f"  sync with nothing to do: median {statistics.median(times) * 1000:.0f} ms, "
            f"best {min(times) * 1000:.0f} ms (target < 50 ms)",
            flush=True,
        )
    finally:
        store.close()
    return secs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--township", type=int, default=30_000)
    ap.add_argument("--sqlite", action="store_true")
    ap.add_argument("--photos", type=float, default=0.0, help="fraction of households with one")
    args = ap.parse_args()
    runs: list[tuple[str, int, float | None, float]] = [
        ("grid", 100, 10, 0.0),
        ("township", args.township, None, 0.0),
    ]
    if args.photos:
        runs.append(("township", args.township, None, args.photos))
    figures = []
    with ExitStack() as stack:
        url = None if args.sqlite else stack.enter_context(pg.session_database())
        for what, households, per, photos in runs:
            if url is None:
                url = f"sqlite:///{tempfile.mkdtemp()}/server.db"
            if what == "township" and not args.sqlite:
                stack.close()
                url = stack.enter_context(pg.session_database())
            engine = db.make_engine(url)
            migrate.upgrade(engine)
            t = time.perf_counter()
            load_scope(engine, households, per, photos)
            c = counts(engine)
            print(
                f"{what}: server holds {c} (loaded in {time.perf_counter() - t:.1f} s, "
                f"{engine.dialect.name})",
                flush=True,
            )
            with process_server(url) as base:
                secs = first_sync(base, f"u_{what}", GRID if what == "grid" else TOWN, engine)
            target = 3 if what == "grid" else 60
            with_photos = f", photos on {photos:.0%} of households" if photos else ""
            print(
                f"first sync, {what} scope{with_photos}: {secs:.2f} s (target < {target} s)",
                flush=True,
            )
            figures.append(secs)
            engine.dispose()
            if args.sqlite:
                url = None
    if args.photos:
        print(
            f"township first sync without / with photos: {figures[1]:.2f} s / {figures[2]:.2f} s "
            f"(ratio {figures[2] / figures[1]:.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
