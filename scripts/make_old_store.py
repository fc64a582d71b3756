"""Write a store at an old schema revision, holding one unsent completed visit, for upgrade tests.

    python scripts/make_old_store.py 0001 tests/data/store-0001

Every released schema version keeps such a store in tests/data/; tests open it with today's code
(directly and through the installed app) and check that the migration kept the visit intact.
The rows are written with plain SQL against the tables as they were at revision 0004 (or at the
requested revision, if older); a later revision is then reached by the store's own migrations
(from 0005 on, the store's triggers refuse a row without its content hash, and migration 0005
computes the hashes of the rows already there).
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

from gridworker.store import migrate
from gridworker.store.database import make_engine
from gridworker.store.keys import KeyFile

PASSWORD = "old-store-pw"
KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}
HOUSEHOLD = "11111111-1111-4111-8111-111111111111"
MEMBER = "22222222-2222-4222-8222-222222222222"
VISIT = "33333333-3333-4333-8333-333333333333"
# The last revision whose tables the INSERTs below are written for.
ROWS_AT = "0004"


def main() -> None:
    revision, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True)
    keyfile, key = KeyFile.create(PASSWORD, KDF)
    keyfile.save(folder / "keys.json")
    (folder / "account.json").write_text(
        json.dumps(
            {
                "username": "gw-old",
                "display_name": "老版本网格员",
                "role": "grid",
                "scope": "34062110420101",
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    engine = make_engine(folder / "store.db", key)
    migrate.upgrade(engine, folder / "store.db", target=min(revision, ROWS_AT))
    now = datetime(2022, 6, 15, 9, 30)
    answers = {
        "household": {
            "income_wage": 30000,
            "housing_grade": "A",
            "food_ok": True,
            "worker_name": "李网格",
        },
        "members": {MEMBER: {"name": "张三", "relationship": "户主"}},
    }
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO household (id, number, grid_code, address, household_type,"
            " no_labour_guarantee, long_absent, risk_codes, head_name, version, created_at,"
            " updated_at, deleted, sync_state, local_rev) VALUES (?, '0001', '34062110420101',"
            " '濉溪县临涣镇前王村1组', '普通农户', 0, 0, '[]', '张三', 0, ?, ?, 0, 'new', 1)",
            (HOUSEHOLD, str(now), str(now)),
        )
        conn.exec_driver_sql(
            "INSERT INTO member (id, household_id, name, sex, id_number, relationship, version,"
            " created_at, updated_at, deleted, sync_state, local_rev) VALUES"
            " (?, ?, '张三', '男', '34062119800101001X', '户主', 0, ?, ?, 0, 'new', 1)",
            (MEMBER, HOUSEHOLD, str(now), str(now)),
        )
        conn.exec_driver_sql(
            "INSERT INTO visit (id, household_id, root_id, checklist_version, mode, visit_date,"
            " status, answers, derived, flags, per_capita_income, worker, worker_name,"
            " completed_at, version, created_at, updated_at, deleted, sync_state, local_rev)"
            " VALUES (?, ?, ?, '2022.1', '入户', '2022-06-15', 'completed', ?, ?, '[]', 30000.0,"
            " 'gw-old', '李网格', ?, 0, ?, ?, 0, 'new', 1)",
            (
                VISIT,
                HOUSEHOLD,
                VISIT,
                json.dumps(answers, ensure_ascii=False),
                json.dumps({"per_capita_income": 30000.0}),
                str(now),
                str(now),
                str(now),
            ),
        )
    if revision > ROWS_AT:
        migrate.upgrade(engine, folder / "store.db", target=revision)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    for extra in folder.glob("store.db-*"):
        extra.unlink()
    (folder / "README.md").write_text(
        f"# Store at schema revision {revision}\n\n"
        f"Made by `scripts/make_old_store.py {revision}` on {date.today()}.\n"
        f"Password `{PASSWORD}`. Holds household `{HOUSEHOLD}` (head 张三) and one completed,\n"
        f"unsent visit `{VISIT}` (sync_state `new`, visit date 2022-06-15, 工资性收入 30000).\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
