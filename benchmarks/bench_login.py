"""Logins under attack and under a rush, against `gridworker-server serve` on PostgreSQL with the
production password hashing (argon2id, 64 MiB, t=3, p=4):

    python benchmarks/bench_login.py [--pg URL] [--workers 2]

1. Memory: the worker processes' resident size idle, then at its peak while 60 wrong logins
   arrive at once. Side by side: the default cap on concurrent hashing (4 per worker) and the
   cap lifted (64: every login hashed at once, as before the cap).
2. 20 wrong guesses at once for one user: how many were hashed (401) and how many refused
   (429), and how long a refusal took.
3. 50 right enrolments at once from one address, through the app's client (which waits out a
   busy server): how many succeeded and how long the last took.

The load on the machine (load average, cores) is printed with the figures: it is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.update(GRIDWORKER_ARGON2="3,65536,4")  # argon2-cffi's defaults, as the server

import requests

from gridworker.server import admin, auth, db, migrate
from gridworker.sync.client import Client, ClientConfig
from gridworker.wire.protocol import EnrollResponse

from tests.server import pg
from tests.server.fixtures import GRID_A, process_server

PRODUCTION_ARGON2 = os.environ["GRIDWORKER_ARGON2"]
MIB = 1024 * 1024
USERS = 50


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def workers(pid: int) -> list[int]:
    """The uvicorn worker processes under the server started as ``pid`` (or itself)."""
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids += [int(x) for x in (task / "children").read_text().split()]
    grandkids = [k for kid in kids for k in workers(kid)] if kids else []
    return [k for k in kids + grandkids if "resource_tracker" not in _cmd(k)] or [pid]


def _cmd(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""


def at_once(n: int, fn: Any) -> list[Any]:
    """``fn(i)`` for i in range(n) on n threads released together: the results in order."""
    out: list[Any] = [None] * n
    gate = threading.Barrier(n)

    def run(i: int) -> None:
        gate.wait()
        out[i] = fn(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def wrong_login(url: str, username: str, address: str) -> tuple[int, str, float]:
    t0 = time.monotonic()
    r = requests.post(
        url + "/api/v1/enroll",
        json={"username": username, "password": "not-the-password"},
        headers={"X-Forwarded-For": address},
        timeout=120,
    )
    return r.status_code, r.json().get("code", ""), time.monotonic() - t0


def memory_under_60(url: str, pids: list[int]) -> tuple[int, int]:
    """(idle, peak) resident bytes of the largest worker while 60 wrong logins arrive."""
    time.sleep(1)
    idle = max(rss(p) for p in pids)
    peak = idle
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, *(rss(p) for p in pids))
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    # 60 different users from 60 addresses: no login limit stops them, only the hashing cap
    at_once(60, lambda i: wrong_login(url, f"u{i % USERS:02d}", f"198.51.100.{i}"))
    done.set()
    sampler.join()
    return idle, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", default=None, help="an empty PostgreSQL database URL")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--hash-slots", type=int, default=None, help="for parts 2 and 3 (default: the server's)"
    )
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    with pg.session_database() if args.pg is None else _given(args.pg) as url:
        if url is None:
            sys.exit("no PostgreSQL")
        engine = db.make_engine(url)
        migrate.upgrade(engine)
        one_hash = auth.hash_password("right-password")
        for i in range(USERS):
            admin.add_user(engine, f"u{i:02d}", "", "grid_worker", GRID_A, password_hash=one_hash)
        engine.dispose()
        load = os.getloadavg()
        print(
            f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / "
            f"{load[2]:.1f} (1/5/15 min) at the start; server workers: {args.workers}; "
            f"argon2id t=3 m=64 MiB p=4"
        )
        trusted = ("--forwarded-allow-ips", "127.0.0.1")
        peaks = {}
        for slots in () if args.skip_memory else (64, 4):
            env = {"GRIDWORKER_HASH_SLOTS": str(slots), "GRIDWORKER_ARGON2": PRODUCTION_ARGON2}
            info: dict[str, Any] = {}
            with process_server(url, args.workers, info, args=trusted, env=env) as base:
                pids = workers(info["pid"])
                idle, peak = memory_under_60(base, pids)
                peaks[slots] = peak - idle
                print(
                    f"60 concurrent wrong logins, hashing cap {slots:2d}/worker: worker RSS idle "
                    f"{idle / MIB:.0f} MiB, peak {peak / MIB:.0f} MiB "
                    f"(+{(peak - idle) / MIB:.0f} MiB over idle)"
                )
        if peaks:
            print(f"  capped / uncapped growth: {peaks[4] / max(peaks[64], 1):.2f}")

        env = {"GRIDWORKER_ARGON2": PRODUCTION_ARGON2}
        if args.hash_slots:
            env["GRIDWORKER_HASH_SLOTS"] = str(args.hash_slots)
        with process_server(url, args.workers, args=trusted, env=env) as base:
            results = at_once(20, lambda i: wrong_login(base, "u49", "203.0.113.7"))
            codes = Counter(code for _, code, _ in results)
            refused = sorted(s for st, _, s in results if st == 429)
            print(
                f"20 parallel wrong guesses for one user: hashed {codes['bad_credentials']}, "
                f"429 {len(refused)} ({dict(codes)}); 429 answered in median "
                f"{statistics.median(refused) * 1000:.0f} ms, max {refused[-1] * 1000:.0f} ms"
                if refused
                else f"20 parallel wrong guesses: {dict(codes)}"
            )

            def enrol(i: int) -> tuple[bool, float]:
                t0 = time.monotonic()
                client = Client(base, None, ClientConfig(read_timeout=60))
                try:
                    client.call(
                        EnrollResponse,
                        "POST",
                        "/enroll",
                        json_body={"username": f"u{i:02d}", "password": "right-password"},
                        headers={"X-Forwarded-For": "192.0.2.10"},
                    )
                    return True, time.monotonic() - t0
                except Exception as e:
                    print("  enrolment failed:", e)
                    return False, time.monotonic() - t0
                finally:
                    client.close()

            t0 = time.monotonic()
            done = at_once(50, enrol)
            wall = time.monotonic() - t0
            ok = sum(1 for good, _ in done if good)
            print(
                f"50 right enrolments at once from one address: {ok} succeeded, all done in "
                f"{wall:.1f} s (median {statistics.median(s for _, s in done):.1f} s)"
            )
        load = os.getloadavg()
        print(f"load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")


class _given:
    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> str:
        return self.url

    def __exit__(self, *exc: object) -> None:
        return None


if __name__ == "__main__":
    main()
