"""Issue 2 figures on a township-size encrypted store (30,000 households, ~100,000 members).

- bulk load through gridworker.store.bulk vs plain executemany of the same rows into the same
  kind of encrypted database, in the same run (target: ≥ 0.5 of executemany's rows/s);
- search p95 for names, pinyin initials and ID tails (target < 20 ms);
- opening the store: key derivation, then unwrap + first query (target: KDF + < 0.3 s).

    python benchmarks/bench_store.py [--households 30000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from gridworker import demo
from gridworker.store import bulk
from gridworker.store.keys import KeyFile
from gridworker.store.search import SearchIndex
from gridworker.store.store import Store

PW = "bench-password"


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def rows_total(data: dict[str, list[dict]]) -> int:
    return sum(len(v) for v in data.values())


def plain_executemany(folder: Path, rows: dict[str, list[dict]]) -> float:
    """The same prepared rows into the same kind of encrypted database with plain executemany."""
    import json

    store = Store.create(folder, PW)
    raw = store.engine.raw_connection()
    conn = raw.driver_connection
    assert conn is not None

    def conv(v: object) -> object:
        return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v

    start = time.perf_counter()
    conn.execute("BEGIN")
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        cols = list(table_rows[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.executemany(sql, [[conv(r.get(c)) for c in cols] for r in table_rows])
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    raw.close()
    store.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=30000)
    args = ap.parse_args()
    county = demo.generate(args.households, seed=1, today=date(2026, 11, 30))
    data = {
        "region": county.regions,
        "household": county.households,
        "member": county.members,
        "visit": county.visits,
        "problem": county.problems,
        "measure": county.measures,
        "monitoring_event": county.monitoring_events,
    }
    n = rows_total(data)
    print(
        f"store: {len(county.households)} households, {len(county.members)} members, "
        f"{len(county.visits)} visits, {n} rows in all"
    )
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        rows = bulk.prepare(data)
        prep = time.perf_counter() - t0
        n = rows_total(rows)
        base = plain_executemany(Path(tmp) / "baseline", rows)
        store = Store.create(Path(tmp) / "bulk", PW)
        t0 = time.perf_counter()
        bulk.write(store, rows)
        ours = time.perf_counter() - t0
        print(
            f"bulk write: {n / ours:,.0f} rows/s vs plain executemany {n / base:,.0f} rows/s "
            f"of the same {n} rows: ratio {base / ours:.2f} (target ≥ 0.5); preparing them "
            f"(bookkeeping, pinyin search keys) took {prep:.1f} s more"
        )

        rng = random.Random(5)
        members = rng.sample(county.members, 200)
        from gridworker.pinyin import search_key

        queries = {
            "name": [m["name"] for m in members],
            "pinyin initials": [search_key(m["name"]).split()[-1] for m in members],
            "ID tail": [m["id_number"][-6:] for m in members],
        }
        with store.read() as conn:
            t = time.perf_counter()
            index = SearchIndex.load(conn, "340621")
            print(
                f"search index: {len(index)} households loaded in "
                f"{(time.perf_counter() - t) * 1000:.0f} ms (once, after sign-in)"
            )
            for kind, qs in queries.items():
                times = []
                for q in qs:
                    t = time.perf_counter()
                    hits = index.search(q)
                    times.append((time.perf_counter() - t) * 1000)
                    assert hits, q
                print(
                    f"search {kind:16s}: p50 {statistics.median(times):5.1f} ms, "
                    f"p95 {p95(times):5.1f} ms (target < 20)"
                )
        store.close()

        folder = Path(tmp) / "bulk"
        kf = KeyFile.load(folder / "keys.json")
        t = time.perf_counter()
        kf.unwrap(PW)
        kdf = time.perf_counter() - t
        t = time.perf_counter()
        s = Store.open(folder, PW)
        with s.read() as conn:
            conn.execute(select(s.t.household.c.id).limit(1)).first()
        total = time.perf_counter() - t
        s.close()
        print(
            f"open: key derivation {kdf * 1000:.0f} ms + unwrap/open/migrate-check/first query "
            f"{(total - kdf) * 1000:.0f} ms (target < 300 ms)"
        )


if __name__ == "__main__":
    main()
