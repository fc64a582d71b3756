"""Render page 1 of a sample 入户走访记录表 to PNG (for `make screenshots`).

    python scripts/render_summary_sample.py [OUT_DIR]     (default docs/screenshots)

Builds a throw-away encrypted store with one household (a formerly-poor family with a C-grade
house, a school-age child out of school and a captured signature), completes a visit, prints it
to PDF through the app's own printing path and converts page 1 with ``pdftoppm`` (poppler-utils).
Writes ``visit-summary.png`` (the PDF itself stays in a temporary folder).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DAY = date(2022, 6, 15)
GRID = "34062110420101"
FAST_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}


def _member(
    name: str, sex: str, birth: date, seq: int, relationship: str, **kw: Any
) -> dict[str, Any]:
    from gridworker.residentid import build

    base = {
        "name": name,
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
        "pension": True,
    }
    base.update(kw)
    return base


def _signature_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#10204a"), 4))
    path = QPainterPath(QPointF(20, 80))
    for x, y in ((60, 20), (90, 95), (130, 30), (160, 90), (210, 40), (250, 85), (330, 50)):
        path.lineTo(QPointF(x, y))
    p.drawPath(path)
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def sample_visit(store: Any) -> str:
    import hashlib

    from gridworker.store import households, problems, visits
    from gridworker.store.records import utcnow
    from gridworker.store.store import TABLES

    png = _signature_png()
    sha = hashlib.sha256(png).hexdigest()
    with store.write() as conn:
        conn.execute(
            TABLES.region.insert(),
            [
                {"code": "340621", "name": "濉溪县", "level": "county", "parent_code": None},
                {
                    "code": "340621104",
                    "name": "临涣镇",
                    "level": "township",
                    "parent_code": "340621",
                },
                {
                    "code": "340621104201",
                    "name": "前王村",
                    "level": "village",
                    "parent_code": "340621104",
                },
                {"code": GRID, "name": "第1网格", "level": "grid", "parent_code": "340621104201"},
            ],
        )
        conn.execute(
            TABLES.attachment.insert().values(
                sha256=sha, mime="image/png", size=len(png), data=png, created_at=utcnow()
            )
        )
        hid = households.create_household(
            conn,
            {
                "number": "34062110420101008",
                "grid_code": GRID,
                "address": "濉溪县临涣镇前王村1组8号",
                "household_type": "脱贫户",
                "monitor_type": "脱贫不稳定户",
                "phone": "13955556666",
            },
            [
                _member(
                    "王建国",
                    "男",
                    date(1968, 3, 4),
                    11,
                    "户主",
                    work_location="县外省内",
                    work_months=10,
                    employer="淮北某建筑公司",
                    phone="13912345678",
                ),
                _member(
                    "李秀英",
                    "女",
                    date(1970, 5, 6),
                    22,
                    "配偶",
                    health="长期慢性病",
                    labour="弱劳动力或半劳动力",
                    education="小学",
                ),
                _member(
                    "王小明",
                    "男",
                    date(2011, 9, 1),
                    33,
                    "之子",
                    education="小学",
                    school_status=None,
                    labour="无劳动力",
                    dropout_reason="因家庭困难",
                ),
                _member(
                    "王奶奶",
                    "女",
                    date(1945, 1, 2),
                    44,
                    "之母",
                    education="文盲或半文盲",
                    labour="无劳动力",
                    health="残疾",
                    disability_class="肢体",
                    dibao=True,
                ),
            ],
            DAY,
        )
        problems.add_measure(conn, hid, "100A50", "危房改造，补助2万元", date(2022, 7, 1))
        problems.add_measure(conn, hid, "100A40", "推荐到县内企业务工", date(2022, 6, 20))
        vid = visits.start_visit(
            conn,
            hid,
            checklist_version="2022.1",
            worker="gw1",
            worker_name="李网格",
            visit_date=DAY,
        )
        answers = dict(visits.get_visit(conn, vid).answers)
        answers["household"] = {
            **answers["household"],
            "income_wage": 18000,
            "income_business": 3000,
            "income_property": 200,
            "income_transfer": 4200,
            "cost_production": 1800,
            "out_of_pocket": 6000,
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
            "head_signature": sha,
            "worker_name": "李网格",
            "worker_phone": "13812345678",
            "sign_date": DAY.isoformat(),
        }
        visits.save_draft(conn, vid, answers)
        visits.complete_visit(conn, vid)
    return vid


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed: make system-deps", file=sys.stderr)
        return 1
    from gridworker.store.store import Store
    from gridworker.ui.printing import ensure_app, save_visit_pdf

    ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(Path(tmp) / "store", "sample", kdf=FAST_KDF)
        try:
            vid = sample_visit(store)
            pdf = Path(tmp) / "visit-summary.pdf"
            result = save_visit_pdf(store, vid, pdf)
        finally:
            store.close()
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "110",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out_dir / "visit-summary"),
            ],
            check=True,
        )
    print(f"{out_dir / 'visit-summary.png'} (page 1 of {result.pages})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
