"""The window's actions and menus, built once; the main window connects them."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from gridworker.resources import resource_path
from gridworker.ui.appearance import LANGUAGES
from gridworker.ui.i18n import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


@dataclass
class Actions:
    today: QAction
    roster: QAction
    back: QAction
    township: QAction
    review: QAction
    cases: QAction
    register: QAction
    sync: QAction
    sign_out: QAction
    quit: QAction
    bigger: QAction
    smaller: QAction
    normal_size: QAction
    languages: dict[str, QAction]
    shortcuts: list[tuple[QAction, str | QKeySequence.StandardKey]] = field(default_factory=list)

    def bind_shortcuts(self) -> None:
        """Give the actions their keys. Called just after the first window is painted: making a
        QKeySequence from text builds PySide6's ``Qt`` namespace (~90 Python enums, about a
        fifth of a bare window's start), which the sign-in screen does not need to appear."""
        for action, key in self.shortcuts:
            if isinstance(key, str):
                action.setShortcut(QKeySequence(key))
            else:
                action.setShortcuts(key)
        self.shortcuts.clear()

    def set_signed_in(self, signed_in: bool) -> None:
        for a in (self.today, self.roster, self.back, self.register, self.sign_out):
            a.setEnabled(signed_in)
        if not signed_in:
            self.sync.setVisible(False)
            self.township.setVisible(False)
            self.review.setVisible(False)
            self.cases.setVisible(False)


def build_actions(window: QMainWindow) -> Actions:
    """The window's actions; their keys come with :meth:`Actions.bind_shortcuts`."""
    shortcuts: list[tuple[QAction, str | QKeySequence.StandardKey]] = []

    def act(
        text: str,
        shortcut: QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        a = QAction(_tr(text), window)
        if shortcut is not None:
            shortcuts.append((a, shortcut))
        if icon_name:
            a.setIcon(icon(icon_name))
        return a

    languages = {}
    group = QActionGroup(window)
    for code, name in LANGUAGES.items():
        a = QAction(name, window)
        a.setCheckable(True)
        a.setData(code)
        group.addAction(a)
        languages[code] = a
    actions = Actions(
        today=act(QT_TRANSLATE_NOOP("actions", "今日待访"), "Ctrl+1", "today"),
        roster=act(QT_TRANSLATE_NOOP("actions", "花名册"), "Ctrl+F", "roster"),
        back=act(QT_TRANSLATE_NOOP("actions", "返回"), QKeySequence.StandardKey.Back, "back"),
        township=act(QT_TRANSLATE_NOOP("actions", "乡镇报表"), "Ctrl+3", "report"),
        review=act(QT_TRANSLATE_NOOP("actions", "积分评议…")),
        cases=act(QT_TRANSLATE_NOOP("actions", "监测案件"), "Ctrl+4", "report"),
        register=act(
            QT_TRANSLATE_NOOP("actions", "登记新户…"), QKeySequence.StandardKey.New, "register"
        ),
        sync=act(QT_TRANSLATE_NOOP("actions", "同步"), "F5", "sync"),
        sign_out=act(QT_TRANSLATE_NOOP("actions", "退出登录")),
        quit=act(QT_TRANSLATE_NOOP("actions", "退出"), QKeySequence.StandardKey.Quit),
        bigger=act(QT_TRANSLATE_NOOP("actions", "放大字体"), QKeySequence.StandardKey.ZoomIn),
        smaller=act(QT_TRANSLATE_NOOP("actions", "缩小字体"), QKeySequence.StandardKey.ZoomOut),
        normal_size=act(QT_TRANSLATE_NOOP("actions", "默认字号"), "Ctrl+0"),
        languages=languages,
        shortcuts=shortcuts,
    )
    actions.sync.setVisible(False)  # shown only when a sync service is passed in
    actions.township.setVisible(False)  # shown only to township and county users
    actions.review.setVisible(False)  # shown only to village users (村级评议 of points)
    actions.cases.setVisible(False)  # shown only to village, township and county users
    return actions


def build_menus(window: QMainWindow, a: Actions) -> QToolBar:
    bar = window.menuBar()
    bar.clear()
    file_menu = bar.addMenu(QCoreApplication.translate("actions", "文件"))
    for action in (a.register, a.sync):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(a.sign_out)
    file_menu.addAction(a.quit)
    go = bar.addMenu(QCoreApplication.translate("actions", "转到"))
    for action in (a.township, a.cases, a.today, a.roster, a.back, a.review):
        go.addAction(action)
    view = bar.addMenu(QCoreApplication.translate("actions", "查看"))
    for action in (a.bigger, a.smaller, a.normal_size):
        view.addAction(action)
    view.addSeparator()
    lang = view.addMenu(QCoreApplication.translate("actions", "语言 Language"))
    for action in a.languages.values():
        lang.addAction(action)
    toolbar = QToolBar(QCoreApplication.translate("actions", "工具栏"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    # Qt.ToolButtonStyle.ToolButtonTextBesideIcon (2), set as a property: naming it would build
    # PySide6's whole ``Qt`` namespace before the first window is painted (see bind_shortcuts).
    toolbar.setProperty("toolButtonStyle", 2)
    for action in (a.township, a.cases, a.today, a.roster, a.back, a.register, a.sync):
        toolbar.addAction(action)
    return toolbar
