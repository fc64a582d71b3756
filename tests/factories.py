"""Small builders for store-level tests: a valid household and a visit's household answers."""

from __future__ import annotations

from datetime import date
from typing import Any

from gridworker.residentid import build
from gridworker.store import households, visits
from gridworker.store.store import Store

GRID = "34062110420101"
DAY = date(2022, 6, 15)


def member(
    name: str, sex: str, birth: date, seq: int, relationship: str, **kw: Any
) -> dict[str, Any]:
    base = {
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
    }
    base.update(kw)
    return base


def family(head: str = "张三", seq: int = 0) -> list[dict[str, Any]]:
    """Head, spouse and a school-age son; ``seq`` varies the ID numbers between households."""
    return [
        member(
            head,
            "男",
            date(1980, 1, 1),
            101 + 2 * seq,
            "户主",
            work_location="县外省内",
            work_months=10,
            employer="某厂",
        ),
        member("王芳", "女", date(1982, 2, 2), 102 + 2 * seq, "配偶", education="小学"),
        member(
            "张小明",
            "男",
            date(2012, 3, 1),
            101 + 2 * seq,
            "之子",
            education=None,
            school_status="小学",
            labour="无劳动力",
        ),
    ]


def household_answers(**overrides: Any) -> dict[str, Any]:
    """Household-level answers of a visit that raises nothing."""
    base = {
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
        "sudden_events": [],
        "signed_by_helper": False,
        "head_signature": "ab" * 32,
        "worker_name": "李网格",
        "worker_phone": "13800000000",
        "sign_date": DAY.isoformat(),
    }
    base.update(overrides)
    return base


def make_household(
    store: Store, head: str = "张三", number: str = "0001", grid: str = GRID, **kw: Any
) -> str:
    with store.write() as conn:
        return households.create_household(
            conn,
            {
                "number": number,
                "grid_code": grid,
                "address": "濉溪县临涣镇前王村1组",
                "household_type": kw.pop("household_type", "普通农户"),
                **kw,
            },
            family(head, seq=int(number) if number.isdigit() else 0),
            DAY,
        )


def fill_visit(store: Store, household_id: str, day: date = DAY, **answers: Any) -> str:
    """A draft visit with clean household answers (plus ``answers``); returns its id."""
    with store.write() as conn:
        vid = visits.start_visit(
            conn,
            household_id,
            checklist_version="2022.1",
            worker="gw1",
            worker_name="李网格",
            visit_date=day,
        )
        v = visits.get_visit(conn, vid)
        data = dict(v.answers)
        data["household"] = {
            **data["household"],
            **household_answers(sign_date=day.isoformat(), **answers),
        }
        visits.save_draft(conn, vid, data)
    return vid
