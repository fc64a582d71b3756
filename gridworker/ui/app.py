"""Starting the desktop app: ``run_app(argv)`` (called by ``gridworker`` and ``demo-up``).

--user NAME --password PW   sign in straight away (``make run`` signs in the demo worker)
--lang zh_CN|en             interface language for this run (default: the saved choice)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from gridworker.ui import appearance
from gridworker.ui.accounts import data_home, preload
from gridworker.ui.actions import icon
from gridworker.ui.main_window import MainWindow
from gridworker.ui.operations import Operations
from gridworker.ui.session import SyncService


def parse_args(argv: Sequence[str]) -> Any:
    if not argv:  # the usual start: no need to load argparse
        return SimpleNamespace(user=None, password=None, lang=None, home=None)
    import argparse as ap

    p = ap.ArgumentParser(prog="gridworker")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--lang", choices=sorted(appearance.LANGUAGES))
    p.add_argument("--home", type=Path)
    return p.parse_args(list(argv))


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # High DPI: Qt 6 scales by the screen's exact factor (rounding policy PassThrough) by
    # default. Nothing here names PySide6's ``Qt`` namespace: its first use builds ~90 Python
    # enums, a fifth of a bare window's start (see bench_ui_start.py).
    app = QApplication(sys.argv[:1])
    app.setApplicationName("gridworker")
    app.setOrganizationName("gridworker")
    app.setApplicationDisplayName("网格员入户走访")
    return app


def create_window(
    argv: Sequence[str] = (),
    home: Path | None = None,
    *,
    sync: SyncService | None = None,
    enrol: Callable[[QWidget], None] | None = None,
    printing: bool = True,
    with_sync: bool = False,
    sync_options: dict[str, Any] | None = None,
) -> MainWindow:
    """The application (if none yet), its font, language and the main window, not yet shown.

    Services come in here: ``sync`` (shows the Sync action and the link state), ``enrol`` (the
    sign-in screen's 登记本机 button); printing is wired when gridworker.ui.printing imports.
    ``with_sync`` builds the app's own sync service (gridworker.ui.sync_service) for both hooks;
    ``sync_options`` go to its constructor (tests: short intervals, fast key derivation)."""
    args = parse_args(argv)
    app = ensure_app()
    appearance.load_bundled_font(app)
    translations = appearance.Translations(app)
    translations.install(args.lang or appearance.saved_language())
    appearance.apply_point_size(app, appearance.saved_point_size(args.user))
    ops = Operations()
    recover = None
    print_visit = None
    if printing:
        from gridworker.ui.print_hook import make_print_visit

        print_visit = make_print_visit(ops)
    controller = None
    if with_sync and sync is None:
        from gridworker.ui.sync_service import SyncController

        controller = SyncController(ops, **(sync_options or {}))
        sync, enrol = controller, enrol or controller.enrol
        recover = controller.recover
    window = MainWindow(
        ops,
        args.home or home or data_home(),
        translations,
        print_visit=print_visit,
        sync=sync,
        enrol=enrol,
        recover=recover,
    )
    if controller is not None:
        controller.setParent(window)
        controller.attach(window)
    window.setWindowIcon(icon("app"))
    # The rest of the app loads on the worker while the user types the password (after the
    # first paint, so the two do not compete for the interpreter lock).
    QTimer.singleShot(300, lambda: ops.call(preload))
    if args.user:
        window.signin.select(args.user)
        if args.password:
            window.signin.password.setText(args.password)
            window.signin.sign_in()
    return window


def run_app(argv: Sequence[str]) -> int:
    window = create_window(argv, with_sync=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.show()
    try:
        return app.exec()
    finally:
        window.ops.shutdown()
