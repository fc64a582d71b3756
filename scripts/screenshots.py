"""Screenshots of the Today, roster, household, visit (with a photo), 待核对 (conflicts) and
township screens (the week at 1366×768 and in English too), the township and county case queues
and a household's case timeline, for docs and review.

    python scripts/screenshots.py docs/screenshots

Runs a real window under Xvfb (started here when DISPLAY is unset) on demo data in a temporary
home, with the bundled WenQuanYi Micro Hei font, so the Chinese is rendered as users see it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FAST_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 1024, "parallelism": 1}


def _die_with_parent() -> None:
    """Linux: Xvfb gets SIGTERM when this script dies, even if Qt aborts the interpreter."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("Xvfb not found: run `make system-deps` (or set QT_QPA_PLATFORM=offscreen)")
        sys.exit(1)
    for n in range(99, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    proc = subprocess.Popen(
        [xvfb, f":{n}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,
    )
    os.environ["DISPLAY"] = f":{n}"
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.1)
    return proc


_LOOP: list[object] = []


def process_events() -> None:
    """Through a QEventLoop *instance*: with PySide6 6.12 on Python 3.11 the static
    QApplication.processEvents() releases None once too often (thousands of calls abort)."""
    from PySide6.QtCore import QEventLoop

    if not _LOOP:
        _LOOP.append(QEventLoop())
    loop = _LOOP[0]
    assert isinstance(loop, QEventLoop)
    loop.processEvents()


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        process_events()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        process_events()
        time.sleep(0.01)


def main(out: Path) -> int:
    xvfb = start_xvfb()
    home = Path(tempfile.mkdtemp(prefix="gridworker-shots-"))
    os.environ["GRIDWORKER_HOME"] = str(home)
    try:
        return shoot(out, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()


def shoot(out: Path, home: Path) -> int:
    import io
    from datetime import date

    from gridworker.demo_accounts import DEMO_PASSWORD, create_demo_accounts

    accounts = create_demo_accounts(
        households=400, home=home, kdf=FAST_KDF, out=io.StringIO(), today=date.today()
    )
    worker = next(a for a in accounts if a.role == "grid_worker")
    from gridworker.ui.app import create_window

    window = create_window(
        ["--user", worker.username, "--password", DEMO_PASSWORD, "--lang", "zh_CN"], home=home
    )
    window.resize(1360, 860)
    window.show()
    wait_until(lambda: window.workspace is not None and window.workspace.data.loaded)
    ws = window.workspace
    assert ws is not None
    out.mkdir(parents=True, exist_ok=True)

    def save(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")

    wait_until(lambda: ws.data.counts is not None)
    save("today")
    ws.go_roster()
    save("roster")
    rows = sorted(ws.data.rows, key=lambda r: (-r.open_problems, -len(r.risk_codes)))
    target = rows[0]
    ws.open_household(target.id)
    wait_until(lambda: ws.household.view is not None)
    save("household")
    ws.household.tabs.setCurrentIndex(2)
    save("household-problems")
    ws.open_visit(target.id, "")
    wait_until(lambda: ws.visit.form is not None and ws.visit.data is not None)
    form = ws.visit.form
    assert form is not None
    form.setCurrentIndex(form.section_tabs["income"])
    if "income" in form.bars:  # a repeat visit: edit this section
        form.bars["income"].edit.click()
    for qid, value in (
        ("income_wage", "6000"),
        ("income_business", "2500"),
        ("income_property", "0"),
        ("income_transfer", "1800"),
        ("cost_production", "900"),
        ("out_of_pocket", "-5"),
    ):
        form.field(qid).edit.setText(value)
    save("visit")
    form.setCurrentIndex(form.section_tabs["member_basic"])
    save("visit-members")
    shoot_photos(ws, target.id, home, save)
    shoot_conflicts(window, target.id, out)
    shoot_repeat_visit(ws, rows, save)
    window.set_language("en")
    wait_until(lambda: window.workspace is not None and window.workspace.data.loaded)
    save("today-en")
    window.set_language("zh_CN")
    shoot_township(window, home, save)
    window.close()
    window.ops.shutdown()
    return 0


def wall_photo(path: Path) -> None:
    """A made-up photo of a cracked wall (a camera JPEG, on its side, with GPS EXIF)."""
    import random

    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(18)
    im = Image.effect_noise((3000, 2250), 18).convert("RGB")
    im = Image.blend(im, Image.new("RGB", im.size, (196, 186, 170)), 0.75)
    draw = ImageDraw.Draw(im)
    for y in range(0, 2250, 150):  # brick courses
        draw.line([(0, y), (3000, y)], fill=(150, 140, 128), width=8)
    x, y = 1300, 0
    points = [(x, y)]
    while y < 2250:  # the crack
        x, y = x + rnd.randint(-90, 90), y + rnd.randint(40, 120)
        points.append((x, y))
    draw.line(points, fill=(40, 34, 30), width=18)
    im = im.filter(ImageFilter.SMOOTH).transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 8  # the phone was held on its side
    exif[0x8825] = {1: "N", 2: (33.0, 55.0, 12.0), 3: "E", 4: (116.0, 45.0, 1.0)}
    im.save(path, "JPEG", quality=90, exif=exif.tobytes())


def shoot_photos(ws: Any, household_id: str, home: Path, save: Callable[[str], None]) -> None:
    """A photo of a cracked wall attached to the visit's 住房 section, then the household's 照片
    tab."""
    from gridworker.ui.photo_strip import PhotoStrip

    form = ws.visit.form
    form.setCurrentIndex(form.section_tabs["housing"])
    if "housing" in form.bars:
        form.bars["housing"].edit.click()
    strip = form.findChild(PhotoStrip, "photos_housing")
    path = home / "墙体裂缝.jpg"
    wall_photo(path)
    strip.attach_file(path)
    wait_until(lambda: strip.list.count() >= 1)
    strip.list.setCurrentRow(0)
    save("visit-photos")
    ws.open_household(household_id)
    wait_until(lambda: ws.household.photos is not None)
    wait_until(lambda: ws.household.photos.list.count() >= 1)
    ws.household.tabs.setCurrentIndex(ws.household.tabs.count() - 1)
    save("household-photos")


def shoot_conflicts(window: Any, household_id: str, out: Path) -> None:
    """The 待核对 list with field conflicts two computers made (a household's address and
    phone, a member's phone) and a record the county refused, one conflict already settled."""
    from gridworker.store import households, records, sync_issues
    from gridworker.ui.sync_issues_screen import SyncIssuesDialog

    def plant(store: Any) -> None:
        now = records.utcnow()
        with store.write() as conn:
            h = households.household_row(conn, household_id)
            members = households.member_rows(conn, household_id)
            spouse = next((m for m in members if m["relationship"] != "户主"), members[0])
            rows = [
                ("household", household_id, "address", h["address"] + "东头", h["address"]),
                ("household", household_id, "phone", "13805612345", "13956167890"),
                ("member", spouse["id"], "phone", "15155667788", "18255667788"),
            ]
            for n, (table, rid, field, mine, theirs) in enumerate(rows):
                sync_issues.add(
                    conn,
                    f"shot:{n}",
                    "conflict",
                    table,
                    rid,
                    field,
                    mine,
                    theirs,
                    "这一项在另一台电脑上也改过，两边不一样。现在暂用本机改的，请选定用哪个。",
                    local_at=now,
                    server_by="王桂兰（村干部）",
                    server_at=now,
                )
            sync_issues.add(
                conn,
                "shot:q",
                "quarantined",
                "measure",
                records.new_id(),
                None,
                {"code": "100A40", "description": "就业帮扶：介绍到县城务工"},
                None,
                "字段 start_date 无效：日期超出允许范围（2000-01-01 至 2031-12-05）",
            )

    window.ops.with_store(plant)
    window.ops.wait()
    dialog = SyncIssuesDialog(window.workspace.session, window)
    dialog.resize(1200, 420)
    dialog.show()
    wait_until(lambda: dialog.loaded)
    table = dialog.table
    table.selectRow(next(r for r in range(table.rowCount()) if "地址" in table.item(r, 1).text()))
    settle()
    path = out / "conflicts.png"
    dialog.grab().save(str(path))
    print(f"wrote {path}")
    dialog.close()


def shoot_repeat_visit(ws: Any, rows: list[Any], save: Callable[[str], None]) -> None:
    """A repeat visit part-way: sections confirmed 与上次相同, one edited with a changed answer
    marked, the rest still waiting."""
    visited = [r for r in rows if r.last_contact is not None and r.id != rows[0].id]
    if not visited:
        print("no household with a completed visit: no repeat-visit screenshot")
        return
    ws.open_visit(visited[0].id, "")
    wait_until(
        lambda: ws.visit.data is not None and ws.visit.data.visit.household_id == visited[0].id
    )
    form = ws.visit.form
    states = list(form.states())
    for sid in states:
        if sid in ("basic_needs", "signing"):
            continue  # left waiting
        form.setCurrentIndex(form.section_tabs[sid])
        if sid == "income":
            form.bars[sid].edit.click()
            wage = form.field("income_wage")
            wage.edit.setText(str((wage.value() or 0) + 3000))
        else:
            form.bars[sid].same.click()
    form.setCurrentIndex(form.section_tabs["income"])
    save("visit-repeat")
    if "water" in states:
        form.setCurrentIndex(form.section_tabs["water"])
        save("visit-repeat-confirmed")


def shoot_township(window: Any, home: Path, save: Callable[[str], None]) -> None:
    """The township user of a bigger demo county (its township has several villages)."""
    import io
    from datetime import date

    from gridworker.demo_accounts import DEMO_PASSWORD, create_demo_accounts

    window.sign_out()
    window.ops.wait()
    accounts = create_demo_accounts(
        households=4000, home=home, kdf=FAST_KDF, out=io.StringIO(), today=date.today(), force=True
    )
    town = next(a for a in accounts if a.role == "township")
    window.signin.reload()
    assert window.signin.select(town.username)
    window.signin.password.setText(DEMO_PASSWORD)
    window.signin.sign_in()
    wait_until(lambda: window.workspace is not None and window.workspace.township is not None)
    screen = window.workspace.township
    wait_until(lambda: screen.report is not None, timeout=30)
    save("township")
    # 周调度 on a cheap laptop's screen: the week, 走访率 against households due, 1366×768
    window.resize(1366, 768)
    screen.kind.setCurrentIndex(0)
    period = screen.periods.currentData()
    wait_until(lambda: screen.report is not None and screen.report.period == period, timeout=30)
    save("township-week-1366x768")
    screen.tabs.setCurrentIndex(1)  # 网格员
    save("township-week-workers")
    screen.tabs.setCurrentIndex(0)
    window.set_language("en")
    wait_until(lambda: window.workspace is not None and window.workspace.township is not None)
    english = window.workspace.township
    wait_until(lambda: english.report is not None, timeout=30)
    save("township-en")
    window.set_language("zh_CN")
    shoot_cases(window, accounts, save)


def shoot_cases(window: Any, accounts: list[Any], save: Callable[[str], None]) -> None:
    """The township's 审核 queue, the county's 审定 queue and a household's case timeline."""
    from gridworker.demo_accounts import DEMO_PASSWORD

    ws = window.workspace
    ws.go_cases()
    window.ops.wait()
    save("township-queue")
    window.sign_out()
    window.ops.wait()
    county = next(a for a in accounts if a.role == "county")
    window.signin.reload()
    assert window.signin.select(county.username)
    window.signin.password.setText(DEMO_PASSWORD)
    window.signin.sign_in()
    wait_until(lambda: window.workspace is not None and window.workspace.cases is not None)
    ws = window.workspace
    window.ops.wait()
    settle(1.0)
    save("county-queue")
    if not ws.cases.waiting:
        return
    ws.open_household(ws.cases.waiting[0].household_id)
    wait_until(lambda: ws.household.view is not None)
    ws.household.tabs.setCurrentIndex(4)
    save("household-timeline")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
