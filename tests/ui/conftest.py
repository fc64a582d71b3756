"""Fixtures for the desktop app: demo accounts in a private home, and a signed-in window.

Accounts are built once per session (fast key derivation) and copied into each test's home.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gridworker.residentid import build
from gridworker.store import households
from gridworker.store.store import Account, Store, account_folder, save_account

from tests.conftest import FAST_KDF

PASSWORD = "demo1234"
WORKER = "gw10120101"
GRID = "34062110120101"
TIMEOUT = 5000


def member(
    name: str, sex: str, birth: date, seq: int, relationship: str, **kw: Any
) -> dict[str, Any]:
    return {
        "name": name,
        "sex": sex,
        "id_type": "居民身份证",
        "id_number": build("340621", birth, seq),
        "ethnicity": "汉族",
        "relationship": relationship,
        "education": "初中",
        "health": "健康",
        "labour": "普通劳动力",
        "work_months": 0,
        "resident_med": True,
        "employee_med": False,
        **kw,
    }


def add_family(store: Store, grid: str, on: date) -> str:
    """张三's household: head, spouse and a school-age son (pinyin initials 'zs')."""
    fam = [
        member(
            "张三", "男", date(1980, 1, 1), 11, "户主", work_location="县外省内", work_months=10
        ),
        member("王芳", "女", date(1982, 2, 2), 22, "配偶", education="小学"),
        member(
            "张小明",
            "男",
            date(2014, 3, 1),
            33,
            "之子",
            education=None,
            school_status="小学",
            labour="无劳动力",
        ),
    ]
    with store.write() as conn:
        return households.create_household(
            conn,
            {
                "number": "340621101201019999",
                "grid_code": grid,
                "address": "濉溪县韩村镇测试村1组",
                "household_type": "脱贫户",
            },
            fam,
            on,
        )


SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = ("建国", "秀英", "桂兰", "志强", "玉梅", "德明", "春花", "国庆", "凤英", "海军")


def build_accounts(home: Path, households_count: int = 12) -> None:
    """A grid worker and a township user, each with their own store, built through the core
    (the township's store is a copy: same households, its own account file)."""
    on = date.today()
    account = Account(WORKER, "刘红旗", "grid", GRID)
    folder = account_folder(home, WORKER)
    store = Store.create(folder, PASSWORD, account, kdf=FAST_KDF)
    try:
        add_family(store, GRID, on)
        with store.write() as conn:
            for i in range(households_count):
                head = SURNAMES[i % 10] + GIVEN[(i // 10) % 10]
                birth = date(1950 + i % 40, 1 + i % 12, 1 + i % 28)
                households.create_household(
                    conn,
                    {
                        "number": f"{GRID}{i:04d}",
                        "grid_code": GRID,
                        "address": f"濉溪县韩村镇前王村{1 + i % 5}组",
                        "household_type": "脱贫户" if i % 3 else "普通农户",
                        "monitor_type": "边缘易致贫户" if i % 7 == 0 else None,
                    },
                    [member(head, "男", birth, 11 + 2 * (i % 40), "户主")],
                    on,
                )
    finally:
        store.close()
    town = account_folder(home, "tw101")
    shutil.copytree(folder, town)
    save_account(town, Account("tw101", "韩村镇工作人员", "township", GRID[:9]))


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("ui-home")
    build_accounts(home)
    return home


@pytest.fixture
def ui_home(demo_home: Path, home: Path) -> Path:
    shutil.copytree(demo_home / "accounts", home / "accounts")
    return home


@pytest.fixture
def window(qtbot: QtBot, ui_home: Path) -> Iterator[Any]:
    from gridworker.ui.app import create_window

    w = create_window(["--lang", "zh_CN"], home=ui_home)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    w.ops.shutdown()


def sign_in(qtbot: QtBot, window: Any, username: str = WORKER, password: str = PASSWORD) -> None:
    assert window.signin.select(username)
    window.signin.password.setText(password)
    window.signin.sign_in()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.workspace.data.loaded, timeout=TIMEOUT)


def settle(qtbot: QtBot, window: Any) -> None:
    """Wait until the operations worker has nothing left and every callback ran."""
    qtbot.waitUntil(lambda: window.ops.idle, timeout=TIMEOUT)


def household_answers(**overrides: Any) -> dict[str, Any]:
    """Household-level answers of a visit that raises nothing."""
    return {
        "income_wage": 30000,
        "income_business": 10000,
        "income_property": 0,
        "income_transfer": 2000,
        "cost_production": 3000,
        "out_of_pocket": 0,
        "housing_grade": "A",
        "water_quantity_lpd": 60,
        "water_quality_method": "检测报告",
        "water_quality_ok": True,
        "water_piped": True,
        "water_days_without": 0,
        "food_ok": True,
        "clothing_ok": True,
        "signed_by_helper": False,
        "head_signature": "ab" * 32,
        "worker_name": "刘红旗",
        "worker_phone": "13800000000",
        "sign_date": date.today().isoformat(),
        **overrides,
    }


def completed_visit(
    home: Path, household_head: str = "张三", water_ok: bool = True
) -> tuple[str, str]:
    """(household id, visit id) of a completed visit made through the core."""
    from gridworker.store import visits
    from gridworker.store.checklists import current_version

    store = Store.open(account_folder(home, WORKER), PASSWORD)
    try:
        with store.write() as conn:
            h = households.t.household
            hid = conn.execute(h.select().where(h.c.head_name == household_head)).first().id
            vid = visits.start_visit(
                conn,
                hid,
                checklist_version=current_version(conn),
                worker=WORKER,
                worker_name="刘红旗",
                visit_date=date.today(),
            )
            answers = visits.get_visit(conn, vid).answers
            household = household_answers(water_quality_ok=water_ok)
            visits.save_draft(conn, vid, {**answers, "household": household})
            visits.complete_visit(conn, vid)
    finally:
        store.close()
    return str(hid), str(vid)
