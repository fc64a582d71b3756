"""`gridworker --self-test`: does this installation work? Support staff ask users to run it.

Each check is a small function in `CHECKS`; it returns a one-line detail on success, raises on
failure, or raises `Skip` when the feature it checks is not part of this build. Every check is
printed (``[ OK ]`` / ``[FAIL]`` / ``[SKIP]``) and the exit status is 1 when any check failed.
A feature that wants to be checked in the installed app appends its own `Check` to `CHECKS`.

The self-test never touches the user's data: everything it writes goes to a temporary folder
that is removed afterwards. One opt-in check opens a *copy* of an existing store
(``GRIDWORKER_SELFTEST_STORE`` = account folder, ``GRIDWORKER_SELFTEST_PASSWORD``), migrates the
copy as the app would at start-up, and prints its unsent visits; the upgrade test of the
installers uses it.

Qt is imported lazily, inside the checks that need it, like in `gridworker.commands.main`. When the
Qt platform plugin cannot load at all, Qt aborts the process itself (non-zero exit, after its own
message); the line printed before the attempt says which platform was tried.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TextIO

from gridworker import __version__
from gridworker.resources import resource_path, resource_root

FONT_FILE = ("fonts", "wqy-microhei.ttc")
CJK_SAMPLE = "濉溪县网格员入户走访"
PASSWORD = "self-test-密码"
# Cheaper than keys.KDF_DEFAULTS but the same algorithm (argon2id), so the native code is tested.
SELFTEST_KDF = {"alg": "argon2id", "time_cost": 1, "memory_kib": 8192, "parallelism": 1}
MAX_LISTED_VISITS = 50


class Skip(Exception):
    """Raised by a check whose feature is not part of this build."""


@dataclass
class Context:
    """What checks share: a private temp folder and, once created, the Qt application."""

    tmp: Path
    out: TextIO
    qt_app: Any = None
    qt_error: str | None = None
    font_family: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    def app(self) -> Any:
        """The QApplication made by the Qt check (or a reason why there is none)."""
        if self.qt_app is None:
            raise RuntimeError(f"Qt platform did not load: {self.qt_error or 'not attempted'}")
        return self.qt_app


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Context], str]


# --- checks ------------------------------------------------------------------------------------


def check_resources(ctx: Context) -> str:
    root = resource_root()
    missing = [p for p in ("checklists", "settings", "fonts") if not (root / p).is_dir()]
    if missing:
        raise RuntimeError(f"missing under {root}: {', '.join(missing)}")
    return str(root)


def check_qt_platform(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication

    wanted = os.environ.get("QT_QPA_PLATFORM", "(Qt default)")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    available = sorted(p.name for p in plugins.glob("*")) if plugins.is_dir() else []
    print(
        f"       trying Qt {qVersion()} platform {wanted}; plugins in {plugins}: {len(available)}",
        file=ctx.out,
        flush=True,
    )
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "gridworker"])
    ctx.qt_app = app
    return f"Qt {qVersion()}, platform {app.platformName()}"  # type: ignore[attr-defined]


def check_cjk_font(ctx: Context) -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    ctx.app()
    path = resource_path(*FONT_FILE)
    if not path.is_file():
        raise RuntimeError(f"bundled font missing: {path}")
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the bundled font {path}")
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"bundled font {path} has no families")
    family = families[0]
    metrics = QFontMetrics(QFont(family))
    missing = [c for c in CJK_SAMPLE if not metrics.inFontUcs4(ord(c))]
    if missing:
        raise RuntimeError(f"font {family!r} lacks glyphs for {''.join(missing)}")
    ctx.font_family = family
    return f"{family} ({path.name}) has glyphs for {CJK_SAMPLE}"


def check_encrypted_store(ctx: Context) -> str:
    from gridworker.store import migrate
    from gridworker.store.errors import WrongPassword
    from gridworker.store.store import Store

    folder = ctx.tmp / "store"
    t0 = time.perf_counter()
    store = Store.create(folder, PASSWORD, kdf=SELFTEST_KDF)
    try:
        with store.write() as conn:
            store.set_kv(conn, "selftest", {"text": CJK_SAMPLE, "n": 7})
    finally:
        store.close()
    header = store.db_path.read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise RuntimeError("the database file is not encrypted")
    store = Store.open(folder, PASSWORD)
    try:
        value = store.get_kv("selftest")
    finally:
        store.close()
    if value != {"text": CJK_SAMPLE, "n": 7}:
        raise RuntimeError(f"read back {value!r}")
    try:
        Store.open(folder, PASSWORD + "x").close()
    except WrongPassword:
        pass
    else:
        raise RuntimeError("a wrong password opened the store")
    import sqlcipher3

    ms = (time.perf_counter() - t0) * 1000
    return (
        f"SQLCipher ({sqlcipher3.sqlite_version}), schema {migrate.head_revision()}: "
        f"created, written, reopened, wrong password refused ({ms:.0f} ms)"
    )


def check_photo(ctx: Context) -> str:
    """Pillow in the bundle: a camera-like JPEG (on its side, with GPS EXIF) attached to an
    encrypted store comes back upright, shrunk, without EXIF; Qt decodes it (its JPEG plugin)."""
    import io
    import uuid

    from PIL import Image

    from gridworker import photos
    from gridworker.store import photos as store_photos
    from gridworker.store.store import Store

    im = Image.linear_gradient("L").resize((3200, 2400)).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated: the phone was held upright
    exif[photos.GPS_IFD] = {1: "N", 2: (33.0, 55.0, 12.0)}
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90, exif=exif.tobytes())
    t0 = time.perf_counter()
    store = Store.create(ctx.tmp / "photo-store", PASSWORD, kdf=SELFTEST_KDF)
    try:
        with store.write() as conn:
            row = store_photos.attach(
                conn, str(uuid.uuid4()), buf.getvalue(), "selftest", problem_id=str(uuid.uuid4())
            )
        with store.read() as conn:
            data = store_photos.image(conn, row["sha256"])
    finally:
        store.close()
    ms = (time.perf_counter() - t0) * 1000
    if data is None or len(data) > photos.MAX_BYTES or photos.exif_of(data):
        raise RuntimeError("the stored photo is missing, too large or still has EXIF")
    if (row["width"], row["height"]) != (1200, 1600):
        raise RuntimeError(f"not turned upright and shrunk: {row['width']}×{row['height']}")
    if ctx.qt_app is not None:
        from PySide6.QtGui import QImage

        if not QImage.fromData(data).width() == 1200:
            raise RuntimeError("Qt could not decode the JPEG (imageformats plugin missing?)")
    import PIL

    return (
        f"Pillow {PIL.__version__}: 3200×2400 with GPS → {row['width']}×{row['height']}, "
        f"{len(data) // 1024} KB, no EXIF, stored encrypted ({ms:.0f} ms)"
    )


def check_checklists(ctx: Context) -> str:
    from gridworker.checklist import bundled_checklists

    found = bundled_checklists()
    if not found:
        raise RuntimeError(f"no checklist under {resource_path('checklists')}")
    return "versions " + ", ".join(sorted(found))


def check_pdf(ctx: Context) -> str:
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    ctx.app()
    path = ctx.tmp / "selftest.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle("gridworker self-test")
    doc = QTextDocument()
    if ctx.font_family:
        doc.setDefaultFont(QFont(ctx.font_family, 12))
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.setHtml(f"<h1>{CJK_SAMPLE}</h1><p>自检 self-test gridworker {__version__}</p>")
    doc.print_(writer)
    del writer  # finishes the file
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise RuntimeError("not a PDF")
    if doc.pageCount() != 1:
        raise RuntimeError(f"{doc.pageCount()} pages, expected 1")
    if b"FontFile2" not in data and b"FontFile" not in data:
        raise RuntimeError("no embedded font in the PDF (Chinese would not print)")
    return f"1 page, {len(data)} bytes, font embedded"


def check_ui_imports(ctx: Context) -> str:
    if find_spec("gridworker.ui") is None or find_spec("gridworker.ui.app") is None:
        raise Skip("gridworker.ui.app is not part of this build")
    import gridworker.ui.app  # noqa: F401

    return "gridworker.ui.app imports"


def check_print_button(ctx: Context) -> str:
    """The visit screen shows its 打印/预览 button: printing is found through the import system
    (a bundle holds compiled modules, no .py files) and its modules load."""
    ctx.app()
    from gridworker.accounts import Account
    from gridworker.ui.operations import Operations
    from gridworker.ui.print_hook import make_print_visit
    from gridworker.ui.session import Session
    from gridworker.ui.visit_screen import VisitScreen

    ops = Operations()
    try:
        print_visit = make_print_visit(ops)
        if print_visit is None:
            raise RuntimeError("printing not found: the 打印/预览 button would be hidden")
        import gridworker.ui.printing.actions  # noqa: F401  (what the button runs)

        account = Account("selftest", "自检", "grid_worker", "340621")
        screen = VisitScreen(Session(account, ops, print_visit=print_visit))
        try:
            if screen.print_button.isHidden():
                raise RuntimeError("the visit screen hides its 打印/预览 button")
        finally:
            screen.deleteLater()
    finally:
        ops.shutdown()
    helper = _batch_helper_answers(ctx.tmp)
    return f"the visit screen shows 打印/预览; printing loads; {helper}"


def _batch_helper_answers(tmp: Path) -> str:
    """Batch printing's helper process (``gridworker print-worker``) starts and loads its
    modules: asked to print from a store that is not there, it says so."""
    import subprocess

    from gridworker.ui.printing.batch import worker_command

    request = {"folder": str(tmp / "no-store"), "key": "00" * 32, "ids": [], "path": "x.pdf"}
    r = subprocess.run(
        worker_command(),
        input=json.dumps(request) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    if not r.stdout.startswith("error "):
        raise RuntimeError(f"the batch printing helper did not answer: {r.stdout!r} {r.stderr!r}")
    return "the batch printing helper answers"


def check_existing_store(ctx: Context) -> str:
    """Open a copy of the store named by GRIDWORKER_SELFTEST_STORE; list its unsent visits."""
    source = os.environ.get("GRIDWORKER_SELFTEST_STORE")
    if not source:
        raise Skip("set GRIDWORKER_SELFTEST_STORE and GRIDWORKER_SELFTEST_PASSWORD to try a store")
    from sqlalchemy import func, select

    from gridworker.store import migrate
    from gridworker.store.store import Store

    password = os.environ.get("GRIDWORKER_SELFTEST_PASSWORD", "")
    copy = ctx.tmp / "existing-store"
    shutil.copytree(source, copy)
    store = Store.open(copy, password)
    try:
        revision = migrate.current_revision(store.engine)
        v = store.t.visit
        with store.read() as conn:
            states: dict[str, int] = dict(
                conn.execute(select(v.c.sync_state, func.count()).group_by(v.c.sync_state)).all()
            )
            unsent = (
                conn.execute(
                    select(v)
                    .where(v.c.sync_state != "synced")
                    .order_by(v.c.id)
                    .limit(MAX_LISTED_VISITS)
                )
                .mappings()
                .all()
            )
        for row in unsent:
            print(
                "       unsent visit "
                + json.dumps(visit_fingerprint(dict(row)), ensure_ascii=False),
                file=ctx.out,
            )
    finally:
        store.close()
    return f"revision {revision}, visits by sync state {json.dumps(states, sort_keys=True)}"


def visit_fingerprint(row: dict[str, Any]) -> dict[str, Any]:
    """What must survive a migration: identity, state and a digest of the answers."""
    answers = row["answers"]
    if isinstance(answers, str):
        answers = json.loads(answers)
    digest = hashlib.sha256(
        json.dumps(answers, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    ).hexdigest()
    return {
        "id": row["id"],
        "household_id": row["household_id"],
        "status": row["status"],
        "sync_state": row["sync_state"],
        "visit_date": str(row["visit_date"]),
        "answers_sha256": digest,
    }


def check_translations(ctx: Context) -> str:
    """The app's Chinese and Qt's own (qtbase_zh_CN): Qt's buttons must say 取消, not Cancel."""
    from PySide6.QtWidgets import QDialogButtonBox

    from gridworker.ui.appearance import Translations

    translations = Translations(ctx.app())
    if not translations.install("zh_CN"):
        raise RuntimeError("the app's Chinese translation did not load")
    if not translations.qt_loaded:
        raise RuntimeError("Qt's qtbase_zh_CN did not load: its buttons would be English")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    if "取消" not in text:
        raise RuntimeError(f"Qt's Cancel button reads {text!r}")
    return f"app and Qt (qtbase_zh_CN) in Chinese: Cancel reads {text!r}"


CHECKS: list[Check] = [
    Check("resources", check_resources),
    Check("Qt platform", check_qt_platform),
    Check("CJK font", check_cjk_font),
    Check("encrypted store", check_encrypted_store),
    Check("photo", check_photo),
    Check("checklists", check_checklists),
    Check("PDF", check_pdf),
    Check("app modules", check_ui_imports),
    Check("translations", check_translations),
    Check("print button", check_print_button),
    Check("existing store (copy)", check_existing_store),
]


# --- running -----------------------------------------------------------------------------------


def run_self_test(checks: list[Check] | None = None, out: TextIO | None = None) -> int:
    """Run every check, print one line each, return 0 when none failed (else 1)."""
    out = out or sys.stdout
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(
        f"gridworker {__version__} self-test ({frozen}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {platform.platform(terse=True)})",
        file=out,
        flush=True,
    )
    failed = 0
    t_start = time.perf_counter()
    root_logger = logging.getLogger()
    level = root_logger.level
    if level > logging.DEBUG:  # keep INFO chatter (Alembic) out of the report unless verbose
        root_logger.setLevel(logging.WARNING)
    try:
        failed = _run(CHECKS if checks is None else checks, out)
    finally:
        root_logger.setLevel(level)
    total = time.perf_counter() - t_start
    verdict = f"{failed} check(s) FAILED" if failed else "all checks passed"
    print(f"self-test: {verdict} in {total:.1f} s", file=out, flush=True)
    return 1 if failed else 0


def _run(checks: list[Check], out: TextIO) -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="gridworker-selftest-") as tmp:
        ctx = Context(Path(tmp), out)
        for check in checks:
            t0 = time.perf_counter()
            try:
                detail = check.run(ctx)
                status = "[ OK ]"
            except Skip as e:
                detail, status = str(e), "[SKIP]"
            except Exception as e:  # a check's failure is reported, never fatal to the run
                failed += 1
                detail, status = f"{type(e).__name__}: {e}", "[FAIL]"
                if os.environ.get("GRIDWORKER_SELFTEST_TRACEBACK"):
                    traceback.print_exc(file=out)
                if check.run is check_qt_platform:
                    ctx.qt_error = detail
            ms = (time.perf_counter() - t0) * 1000
            print(f"{status} {check.name}: {detail} [{ms:.0f} ms]", file=out, flush=True)
        ctx.qt_app = None  # let Qt objects go before the temp folder does
    return failed
