"""The morning rush: N laptops syncing within a window against a county-size server.

    python benchmarks/bench_morning_rush.py \
        --db postgresql://postgres@127.0.0.1:5432/gridworker_county --devices 1000 --window 60 \
        [--workers 4] [--server-bin PATH | --server-url URL] [--visits 20] [--seed S]

The database is a county made by ``gridworker-server demo-data`` (README: 300,000 households,
``--today 2022-06-30 --history-days 790``). Unless ``--server-url`` is given, the server is
started as docs/deployment.md says — ``gridworker-server --db URL serve --workers 4`` —
from ``--server-bin`` (default: this checkout's), so another checkout's server can be measured
on the same database. Every laptop is a grid worker's second or first device (two per grid, so
each pull carries the other's visits), enrolled straight into the database with a fresh token,
its cursor at the county's current change number (it synced yesterday). Inside the window each
arrives at a random moment and does what ``sync_once`` does, once, with no retries:
``GET /status``, ``POST /push`` of ``--visits`` completed visits (bodies copied from the
household's own demo visits, 1.6-5 KB of answers, gzip as the app sends), ``GET /pull`` pages
until ``more`` is false, ``GET /digest``.

Printed: sync time p50/p95/max (and per request), errors by kind, every pushed visit stored
exactly once (a row and one change-log entry each), CPU seconds of the server's processes, of
this database's PostgreSQL backends and of this load generator (with per-sync figures), how busy
the machine was and the load average, and samples of pg_stat_activity (waiting on what).
The machine is shared: other processes' CPU is printed too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import secrets
import statistics
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg
import requests

from gridworker.server.auth import recovery_aad
from gridworker.server.sealing import Sealer

from tests.server.fixtures import process_server

API = "/api/v1"
TICK = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------- CPU accounting
def _stat(pid: int) -> tuple[int, float] | None:
    """(process group, CPU seconds) of a process, or None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return int(fields[2]), (int(fields[11]) + int(fields[12])) / TICK


def _machine() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot (/proc/stat)."""
    v = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = v[3] + v[4]
    return (sum(v) - idle) / TICK, sum(v) / TICK


class CpuMeter:
    """CPU used in a window by a set of processes that may come and go: the last figure seen
    of each, minus its figure at the start (0 for one that started later)."""

    def __init__(self) -> None:
        self.start: dict[int, float] = {}
        self.last: dict[int, float] = {}

    def see(self, pids: set[int], first: bool = False) -> None:
        for pid in pids:
            st = _stat(pid)
            if st is None:
                continue
            if first:
                self.start[pid] = st[1]
            self.last[pid] = st[1]

    def seconds(self) -> float:
        return sum(v - self.start.get(pid, 0.0) for pid, v in self.last.items())


def _group(pgid: int) -> set[int]:
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            st = _stat(int(d.name))
            if st is not None and st[0] == pgid:
                out.add(int(d.name))
    return out


def _postgres_all() -> set[int]:
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if (d / "comm").read_text().strip() == "postgres":
                    out.add(int(d.name))
            except OSError:
                pass
    return out


# --------------------------------------------------------------------------- set-up
@dataclass
class Device:
    grid: str
    username: str
    device_id: str
    token: str
    body: bytes  # the push, gzip
    visit_ids: list[str]
    arrival: float = 0.0
    # results
    started: float = 0.0
    total: float | None = None
    steps: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    received: int = 0
    applied: int = 0


def _fields(row: dict[str, Any], hid: str, vid: str, worker: str, day: date) -> dict[str, Any]:
    return {
        "household_id": hid,
        "revision_of": None,
        "root_id": vid,
        "checklist_version": row["checklist_version"],
        "mode": row["mode"],
        "visit_date": day.isoformat(),
        "status": "completed",
        "answers": row["answers"],
        "derived": row["derived"],
        "flags": row["flags"],
        "per_capita_income": row["per_capita_income"],
        "worker": worker,
        "worker_name": row["worker_name"],
        "signature": None,
        "completed_at": f"{day.isoformat()}T09:30:00",
    }


def prepare(db: str, devices: int, visits: int, rng: random.Random, day: date) -> list[Device]:
    """Two devices on each of devices/2 grids (grid workers of the demo county), enrolled
    straight into the database, each with its push body ready."""
    out: list[Device] = []
    sealer = Sealer()  # the server's seal key ($GRIDWORKER_SEAL_KEY_FILE), as enrolment seals
    with psycopg.connect(db, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT u.username, u.scope FROM app_user u WHERE u.role = 'grid_worker' "
            "AND NOT u.disabled ORDER BY u.username"
        ).fetchall()
        grids = rng.sample(rows, min(len(rows), (devices + 1) // 2))
        now = datetime.now(UTC).replace(tzinfo=None)
        for n, (username, grid) in enumerate(grids):
            hh = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM household WHERE grid_code = %s AND NOT deleted ORDER BY id",
                    (grid,),
                )
            ]
            cur = conn.execute(
                "SELECT DISTINCT ON (household_id) household_id, checklist_version, mode, "
                "answers, derived, flags, per_capita_income, worker_name FROM visit "
                "WHERE household_id = ANY(%s) AND status = 'completed' AND NOT deleted "
                "ORDER BY household_id, visit_date DESC",
                (hh,),
            )
            cols = [d.name for d in cur.description or []]
            templates = {r[0]: dict(zip(cols, r, strict=True)) for r in cur}
            with_visits = sorted(templates)
            for _k in range(2 if len(out) + 2 <= devices else 1):
                device_id, token = str(uuid.uuid4()), secrets.token_urlsafe(32)
                conn.execute(
                    "INSERT INTO device (id, username, name, token_hash, app_version, "
                    "enrolled_at, revoked, sealed_recovery_key) VALUES (%s, %s, %s, %s, %s, %s, "
                    "false, %s)",
                    (
                        device_id,
                        username,
                        "早高峰测试",
                        _sha256(token),
                        "0.1.0",
                        now,
                        sealer.seal(os.urandom(32), recovery_aad(device_id)),
                    ),
                )
                changes, ids = [], []
                for hid in rng.sample(with_visits, min(visits, len(with_visits))):
                    vid = str(uuid.uuid4())
                    ids.append(vid)
                    changes.append(
                        {
                            "change_id": f"{device_id}:{vid}:0:1",
                            "table": "visit",
                            "id": vid,
                            "base_version": 0,
                            "deleted": False,
                            "fields": _fields(templates[hid], hid, vid, username, day),
                        }
                    )
                body = json.dumps(
                    {"device_time": f"{day.isoformat()}T09:31:00", "changes": changes},
                    ensure_ascii=False,
                    separators=(",", ":"),
                ).encode()
                out.append(Device(grid, username, device_id, token, gzip.compress(body, 1), ids))
            if (n + 1) % 200 == 0:
                print(f"  prepared {len(out)} devices", flush=True)
    return out


def _sha256(token: str) -> str:
    import hashlib

    return hashlib.sha256(token.encode()).hexdigest()


# --------------------------------------------------------------------------- the server
@contextmanager
def server(server_bin: str, db: str, workers: int) -> Iterator[tuple[str, int]]:
    info: dict[str, Any] = {}
    with process_server(db, workers, info, command=[server_bin]) as base:
        yield base, int(info["pid"])


# --------------------------------------------------------------------------- one laptop
def sync(base: str, d: Device, cursor: int, ref: int, timeout: float) -> None:
    """What sync_once does on the wire, once, no retries."""
    s = requests.Session()
    s.headers.update(
        {
            "Authorization": f"Bearer {d.token}",
            "X-Gridworker-Version": "0.1.0",
            "Accept-Encoding": "gzip",
        }
    )
    d.started = time.monotonic()
    step = "status"
    try:
        t = time.monotonic()
        r = s.get(base + API + "/status", timeout=(5, timeout))
        _check(r)
        d.steps["status"] = time.monotonic() - t
        step = "push"
        t = time.monotonic()
        r = s.post(
            base + API + "/push",
            data=d.body,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
            timeout=(5, timeout),
        )
        _check(r)
        results = r.json()["results"]
        d.applied = sum(1 for x in results if x["status"] == "applied")
        if d.applied != len(d.visit_ids):
            raise RuntimeError(f"push: {Counter(x['status'] for x in results)}")
        d.steps["push"] = time.monotonic() - t
        step = "pull"
        t = time.monotonic()
        after, more = cursor, True
        while more:
            r = s.get(
                base + API + "/pull",
                params={"after": after, "limit": 10_000, "skip_own": 1, "ref": ref},
                timeout=(5, timeout),
            )
            _check(r)
            page = r.json()
            d.received += len(page["records"])
            after, more = page["next"], page["more"]
        d.steps["pull"] = time.monotonic() - t
        step = "digest"
        t = time.monotonic()
        r = s.get(base + API + "/digest", timeout=(5, timeout))
        _check(r)
        d.steps["digest"] = time.monotonic() - t
        d.total = time.monotonic() - d.started
    except requests.Timeout:
        d.error = f"{step}: timeout"
    except requests.RequestException as e:
        d.error = f"{step}: {type(e).__name__}"
    except RuntimeError as e:
        d.error = f"{step}: {e}"
    finally:
        s.close()


def _check(r: requests.Response) -> None:
    if r.status_code >= 400:
        code = ""
        with suppress(ValueError):
            code = r.json().get("code", "")
        raise RuntimeError(f"HTTP {r.status_code} {code}".strip())


# --------------------------------------------------------------------------- the run
def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))] if xs else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the county's PostgreSQL URL")
    ap.add_argument("--devices", type=int, default=1000)
    ap.add_argument("--window", type=float, default=60.0, help="seconds the arrivals spread over")
    ap.add_argument("--visits", type=int, default=20, help="completed visits each laptop pushes")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--server-bin", default=str(Path(sys.executable).parent / "gridworker-server"))
    ap.add_argument("--server-url", default=None, help="a server already running (no CPU figure)")
    ap.add_argument("--timeout", type=float, default=30.0, help="the app's read timeout")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--day", type=date.fromisoformat, default=date(2022, 7, 1))
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print(
        f"morning rush: {args.devices} laptops over {args.window:.0f} s, {args.visits} visits "
        f"each, seed {seed}",
        flush=True,
    )
    t = time.perf_counter()
    devices = prepare(args.db, args.devices, args.visits, rng, args.day)
    sizes = [len(gzip.decompress(d.body)) / max(1, len(d.visit_ids)) for d in devices]
    print(
        f"  {len(devices)} devices on {len({d.grid for d in devices})} grids ready in "
        f"{time.perf_counter() - t:.0f} s; a visit is {statistics.mean(sizes) / 1024:.1f} KB "
        "of JSON on average",
        flush=True,
    )
    with psycopg.connect(args.db, autocommit=True) as mon:
        cursor = int(mon.execute("SELECT value FROM counter WHERE name = 'seq'").fetchone()[0])  # type: ignore[index]
        ref = int(mon.execute("SELECT value FROM counter WHERE name = 'ref'").fetchone()[0])  # type: ignore[index]
        with (
            server(args.server_bin, args.db, args.workers)
            if args.server_url is None
            else _given(args.server_url)
        ) as (base, pid):
            # warm: every worker has opened its pool and read the scope indexes once
            warm = threading.Thread(target=_warm, args=(base, devices[:40]))
            warm.start()
            warm.join()
            return _run(args, devices, base, pid, mon, cursor, ref)


@contextmanager
def _given(url: str) -> Iterator[tuple[str, int]]:
    yield url.rstrip("/"), 0


def _warm(base: str, devices: list[Device]) -> None:
    for d in devices:
        h = {"Authorization": f"Bearer {d.token}"}
        requests.get(base + API + "/status", headers=h, timeout=30)
        requests.get(base + API + "/digest", headers=h, timeout=30)


def _run(
    args: argparse.Namespace,
    devices: list[Device],
    base: str,
    pid: int,
    mon: psycopg.Connection[Any],
    cursor: int,
    ref: int,
) -> int:
    rng = random.Random(len(devices))
    for d, at in zip(devices, sorted(rng.uniform(0, args.window) for _ in devices), strict=True):
        d.arrival = at
    rng.shuffle(devices)
    devices.sort(key=lambda d: d.arrival)
    dbname = args.db.rsplit("/", 1)[1].split("?")[0]

    def backends() -> set[int]:
        return {
            r[0]
            for r in mon.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (dbname,),
            )
        }

    server_cpu, pg_cpu, pg_all = CpuMeter(), CpuMeter(), CpuMeter()
    server_cpu.see(_group(pid) if pid else set(), first=True)
    pg_cpu.see(backends(), first=True)
    pg_all.see(_postgres_all(), first=True)
    machine0, me0 = _machine(), time.process_time()
    load0 = Path("/proc/loadavg").read_text().split()[:3]
    waits: Counter[str] = Counter()
    samples = 0
    peak_active = 0
    stop = threading.Event()

    def monitor() -> None:
        nonlocal samples, peak_active
        while not stop.wait(1.0):
            server_cpu.see(_group(pid) if pid else set())
            pg_cpu.see(backends())
            pg_all.see(_postgres_all())
            rows = mon.execute(
                "SELECT state, coalesce(wait_event_type || ':' || wait_event, 'cpu'), "
                "left(query, 40) FROM pg_stat_activity WHERE datname = %s "
                "AND pid <> pg_backend_pid()",
                (dbname,),
            ).fetchall()
            samples += 1
            active = [r for r in rows if r[0] == "active"]
            peak_active = max(peak_active, len(active))
            for _state, wait, _q in active:
                waits[wait] += 1
            waits["(idle in transaction)"] += sum(1 for r in rows if r[0] == "idle in transaction")

    mt = threading.Thread(target=monitor, daemon=True)
    mt.start()
    threads = []
    t0 = time.monotonic()
    late = 0.0
    for d in devices:
        delay = t0 + d.arrival - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        late = max(late, -delay)
        th = threading.Thread(target=sync, args=(base, d, cursor, ref, args.timeout), daemon=True)
        th.start()
        threads.append(th)
    for th in threads:
        th.join()
    elapsed = time.monotonic() - t0
    # Requests the laptops gave up on may still be running on the server: let them finish
    # (commit or not) before counting what was stored.
    drain = time.monotonic()
    while time.monotonic() - drain < 120:
        (busy_sessions,) = mon.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> "
            "pg_backend_pid() AND state IN ('active', 'idle in transaction')",
            (dbname,),
        ).fetchone() or (0,)
        if not busy_sessions:
            break
        time.sleep(0.5)
    drained = time.monotonic() - drain
    stop.set()
    mt.join()
    server_cpu.see(_group(pid) if pid else set())
    pg_cpu.see(backends())
    pg_all.see(_postgres_all())
    machine1, me1 = _machine(), time.process_time()
    load1 = Path("/proc/loadavg").read_text().split()[:3]

    ok = [d for d in devices if d.error is None]
    totals = [d.total for d in ok if d.total is not None]
    n = len(devices)
    print(
        f"\n{n} laptops, arrivals over {args.window:.0f} s, all done after {elapsed:.1f} s "
        f"(generator at most {late * 1000:.0f} ms late starting one); the server was done "
        f"{drained:.1f} s later"
    )
    if totals:
        print(
            f"sync p50 / p95 / max: {_pct(totals, 50):.2f} / {_pct(totals, 95):.2f} / "
            f"{max(totals):.2f} s   (ok {len(ok)})"
        )
    for step in ("status", "push", "pull", "digest"):
        xs = [d.steps[step] for d in devices if step in d.steps]
        if xs:
            print(
                f"  {step:6s} p50 {_pct(xs, 50) * 1000:7.0f} ms  p95 {_pct(xs, 95) * 1000:7.0f} ms"
                f"  max {max(xs) * 1000:7.0f} ms"
            )
    errors = Counter(d.error for d in devices if d.error)
    print(f"errors: {sum(errors.values())}" + (f"  {dict(errors)}" if errors else ""))
    pushed = [v for d in devices for v in d.visit_ids]
    rows = int(
        mon.execute("SELECT count(*) FROM visit WHERE id = ANY(%s)", (pushed,)).fetchone()[0]  # type: ignore[index]
    )
    logged = Counter(
        c
        for (c,) in mon.execute(
            "SELECT count(*) FROM change_log WHERE record_id = ANY(%s) GROUP BY record_id",
            (pushed,),
        )
    )
    once = rows == len(pushed) and logged == Counter({1: len(pushed)})
    print(
        f"stored: {rows} of {len(pushed)} pushed visits, change-log entries per visit "
        f"{dict(logged)} -> {'every visit stored exactly once' if once else 'NOT exactly once'}"
    )
    print(f"pulled: {sum(d.received for d in devices)} records (other device's visits)")
    busy = machine1[0] - machine0[0]
    total = machine1[1] - machine0[1]
    s_cpu, p_cpu, p_all, me = server_cpu.seconds(), pg_cpu.seconds(), pg_all.seconds(), me1 - me0
    syncs = max(1, len(ok))
    print(
        f"CPU over {elapsed:.0f} s: server {s_cpu:.1f} s ({s_cpu / syncs * 1000:.0f} ms/sync), "
        f"PostgreSQL backends of this database {p_cpu:.1f} s ({p_cpu / syncs * 1000:.0f} ms/sync; "
        f"all postgres processes {p_all:.1f} s), load generator {me:.1f} s, "
        f"everything else on the machine {busy - s_cpu - p_all - me:.1f} s"
    )
    if pid:
        per = sorted(
            (v - server_cpu.start.get(p, 0.0) for p, v in server_cpu.last.items()), reverse=True
        )
        print("  server processes: " + " / ".join(f"{x:.1f}" for x in per if x >= 0.05) + " s")
    print(
        f"machine busy {busy / total * 100:.0f} % of {os.cpu_count()} cores; "
        f"loadavg {' '.join(load0)} -> {' '.join(load1)}"
    )
    if samples:
        print(
            f"pg_stat_activity ({samples} samples): peak {peak_active} active; mean sessions "
            "per sample: " + ", ".join(f"{k} {v / samples:.1f}" for k, v in waits.most_common(8))
        )
    return 0 if not errors and once else 1


if __name__ == "__main__":
    sys.exit(main())
