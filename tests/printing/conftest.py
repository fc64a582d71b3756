"""Stores with households and visits for the printing tests, and pdftotext helpers."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gridworker import demo
from gridworker.residentid import build
from gridworker.store import bulk, households, visits
from gridworker.store.records import utcnow
from gridworker.store.store import TABLES, Store

from tests.conftest import FAST_KDF

GRID = "34062110420101"
DAY = date(2022, 6, 15)
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        cmd += ["-f", str(first)]
    if last is not None:
        cmd += ["-l", str(last)]
    out = subprocess.run([*cmd, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def person(i: int, relationship: str, birth: date, sex: str, **kw: Any) -> dict[str, Any]:
    seq = 10 + 2 * i + (1 if sex == "男" else 0)
    base = {
        "name": SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[i % len(GIVEN)],
        "sex": sex,
        "id_type": "居民身份证",
        "id_number": build("340621", birth, seq),
        "ethnicity": "汉族",
        "political": "群众",
        "relationship": relationship,
        "education": "初中",
        "health": "健康",
        "labour": "普通劳动力",
        "work_months": 0,
        "resident_med": True,
        "employee_med": False,
        "critical_illness": True,
        "phone": f"139{i:04d}{5678 + i:04d}"[:11],
    }
    base.update(kw)
    return base


def family(size: int) -> list[dict[str, Any]]:
    people = [
        person(
            0,
            "户主",
            date(1968, 3, 4),
            "男",
            work_location="县外省内",
            work_months=10,
            employer="淮北某建筑公司",
        ),
        person(1, "配偶", date(1970, 5, 6), "女", health="长期慢性病", labour="弱劳动力或半劳动力"),
    ]
    for i in range(2, size):
        sex = "男" if i % 2 else "女"
        people.append(
            person(i, "之子" if sex == "男" else "之女", date(1990 + i % 15, 1 + i % 12, 10), sex)
        )
    return people[:size]


def household_answers(**overrides: Any) -> dict[str, Any]:
    base = {
        "income_wage": 30000,
        "income_business": 8000,
        "income_property": 0,
        "income_transfer": 2000,
        "cost_production": 3000,
        "out_of_pocket": 0,
        "housing_grade": "C",
        "water_quantity_lpd": 60,
        "water_quality_method": "检测报告",
        "water_quality_ok": True,
        "water_piped": True,
        "water_days_without": 0,
        "food_ok": True,
        "clothing_ok": True,
        "sudden_events": [],
        "signed_by_helper": False,
        "thumbprint": False,
        "worker_name": "李网格",
        "worker_phone": "13812345678",
        "sign_date": DAY.isoformat(),
    }
    base.update(overrides)
    return base


def put_png(store: Store, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    with store.write() as conn:
        conn.execute(
            TABLES.attachment.insert().values(
                sha256=sha, mime="image/png", size=len(data), data=data, created_at=utcnow()
            )
        )
    return sha


def make_visit(
    store: Store,
    size: int = 4,
    number: str = "34062110420101001",
    signature: bytes | None = None,
    complete: bool = True,
    **answers: Any,
) -> str:
    """A household of ``size`` members and a (completed) visit; returns the visit id."""
    sha = put_png(store, signature) if signature else None
    if sha is None:
        answers.setdefault("thumbprint", True)  # no captured signature: a thumbprint on paper
    with store.write() as conn:
        hid = households.create_household(
            conn,
            {
                "number": number,
                "grid_code": GRID,
                "address": "濉溪县临涣镇前王村1组8号",
                "household_type": "脱贫户",
                "monitor_type": "脱贫不稳定户",
                "phone": "13955556666",
            },
            family(size),
            DAY,
        )
        vid = visits.start_visit(
            conn,
            hid,
            checklist_version="2022.1",
            worker="gw1",
            worker_name="李网格",
            visit_date=DAY,
        )
        v = visits.get_visit(conn, vid)
        data = dict(v.answers)
        data["household"] = {**data["household"], **household_answers(**answers)}
        if sha:
            data["household"]["head_signature"] = sha
        visits.save_draft(conn, vid, data)
        if complete:
            visits.complete_visit(conn, vid)
    return vid


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "s", "pw", kdf=FAST_KDF)
    yield s
    s.close()


def load_demo(store: Store, households: int = 60, seed: int = 3) -> demo.DemoCounty:
    county = demo.generate(households=households, seed=seed, today=date(2022, 9, 1))
    grid = county.households[0]["grid_code"]
    hh = [h for h in county.households if h["grid_code"] == grid]
    ids = {h["id"] for h in hh}
    bulk.load(
        store,
        {
            "region": county.regions,
            "household": hh,
            "member": [m for m in county.members if m["household_id"] in ids],
            "visit": [{"worker": "gw1", **v} for v in county.visits if v["household_id"] in ids],
            "problem": [p for p in county.problems if p["household_id"] in ids],
            "measure": [m for m in county.measures if m["household_id"] in ids],
        },
    )
    county.households = hh
    county.members = [m for m in county.members if m["household_id"] in ids]
    county.visits = [v for v in county.visits if v["household_id"] in ids]
    return county
