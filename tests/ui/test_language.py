"""Issue 16, language: Qt's own translations load with the app's, and no screen shown in English
keeps a Chinese string that is not data (walks the widgets of each screen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from gridworker.ui import appearance

BUTTONS = {
    QDialogButtonBox.StandardButton.Save: ("保存", "Save"),
    QDialogButtonBox.StandardButton.Cancel: ("取消", "Cancel"),
    QDialogButtonBox.StandardButton.Ok: ("确定", "OK"),
    QDialogButtonBox.StandardButton.Close: ("关闭", "Close"),
}


def _button_texts() -> dict[Any, str]:
    box = QDialogButtonBox()
    for which in BUTTONS:
        box.addButton(which)
    texts = {which: box.button(which).text().replace("&", "") for which in BUTTONS}
    box.deleteLater()
    return texts


def test_qt_buttons_follow_the_language(qapp: Any, home: Path) -> None:
    translations = appearance.Translations(qapp)
    try:
        assert translations.install("zh_CN")
        assert translations.qt_loaded
        texts = _button_texts()
        for which, (zh, _en) in BUTTONS.items():
            assert zh in texts[which], texts
        translations.install("en")
        assert not translations.qt_loaded
        texts = _button_texts()
        for which, (_zh, en) in BUTTONS.items():
            assert texts[which] == en, texts
    finally:
        translations.install("zh_CN")


def test_qt_catalogue_is_in_pyside6_essentials() -> None:
    """The installer bundles PySide6's translations folder (pruned to qt/qtbase zh_CN and en,
    installer/gridworker.spec): the catalogue must be there to bundle."""
    folders = appearance.qt_translations_folders()
    assert any((f / "qtbase_zh_CN.qm").is_file() for f in folders), folders
    spec = (Path(__file__).resolve().parents[2] / "installer" / "gridworker.spec").read_text()
    assert '("qt", "qtbase")' in spec and '"zh_CN"' in spec


# --- every screen in English ------------------------------------------------------------------
def _data_words(home: Path) -> set[str]:
    """What the screens show that is data, not interface: names, addresses, region names,
    the checklist's own wording (the county's form: a checklist version in English would be
    another checklist), and the bilingual language menu."""
    import json

    from sqlalchemy import select

    from gridworker.resources import resource_path
    from gridworker.store.store import Store, account_folder

    from tests.ui.conftest import PASSWORD, WORKER

    words = {"语言", "中文"}
    store = Store.open(account_folder(home, WORKER), PASSWORD)
    try:
        with store.read() as conn:
            t = store.t
            for table, cols in (
                (t.household, ("head_name", "address", "household_type", "monitor_type")),
                (t.member, ("name",)),
                (t.region, ("name",)),
            ):
                for row in conn.execute(select(*(table.c[c] for c in cols))).all():
                    words.update(str(v) for v in row if v)
    finally:
        store.close()
    words.update({"刘红旗", "韩村镇工作人员"})

    def strings(node: Any) -> None:
        if isinstance(node, str):
            words.add(node)
        elif isinstance(node, dict):
            for v in node.values():
                strings(v)
        elif isinstance(node, (list, tuple, set, frozenset)):
            for v in node:
                strings(v)

    for path in resource_path("checklists").glob("*.json"):
        strings(json.loads(path.read_text(encoding="utf-8")))
    from gridworker import vocab

    for name in dir(vocab):
        strings(getattr(vocab, name)) if not name.startswith("_") else None
    return words


def test_every_screen_in_english(qtbot: QtBot, ui_home: Path) -> None:
    """Sign in as a grid worker and a township user with the English interface and walk every
    screen and dialog: a visible string in Chinese that is not data fails the test (a string
    without a translation, or one not passed through tr())."""
    from tests.ui.uitext import chinese_left

    data = _data_words(ui_home)
    left = _walk_screens(qtbot, ui_home, "en", lambda root: chinese_left(root, data))
    assert not left, "\n".join(f"{k}: {w} {t!r}" for k, v in left.items() for w, t in v)


def test_every_screen_in_chinese(qtbot: QtBot, ui_home: Path) -> None:
    """The other way: the Chinese interface shows no English but the file kinds (PDF, Excel)
    and the bilingual language menu."""
    from tests.ui.uitext import english_left

    allowed = {"PDF", "Excel", "Language", "xlsx", "pdf"}
    left = _walk_screens(qtbot, ui_home, "zh_CN", lambda root: english_left(root, allowed))
    assert not left, "\n".join(f"{k}: {w} {t!r}" for k, v in left.items() for w, t in v)


def _walk_screens(
    qtbot: QtBot, ui_home: Path, language: str, check: Any
) -> dict[str, list[tuple[str, str]]]:
    """Every screen and dialog of a grid worker and a township user in ``language``: what
    ``check(root)`` finds on each, by screen."""
    from gridworker.ui.app import create_window
    from gridworker.ui.recover_dialog import RecoverDialog
    from gridworker.ui.sync_issues_screen import SyncIssuesDialog

    from tests.ui.conftest import PASSWORD, WORKER, completed_visit, settle, sign_in

    hid, vid = completed_visit(ui_home)
    window = create_window(["--lang", language], home=ui_home, with_sync=True)
    qtbot.addWidget(window)
    window.show()
    left: dict[str, list[tuple[str, str]]] = {}

    def walk(name: str, root: Any) -> None:
        qtbot.wait(50)
        found = check(root)
        if found:
            left[name] = found

    try:
        walk("sign-in", window)
        window.signin.enrol_button.click()
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                walk("enrol", dialog)
                dialog.reject()
        account = window.signin.current_account()
        recover = RecoverDialog(window.ops, account, ui_home, window)
        recover.show()
        walk("recover", recover)
        recover.reject()
        sign_in(qtbot, window, WORKER, PASSWORD)
        window.sync.timer.stop()
        ws = window.workspace
        walk("today", window)
        ws.go_roster()
        walk("roster", window)
        ws.open_household(hid)
        settle(qtbot, window)
        walk("household", window)
        ws.open_visit(hid, vid)
        settle(qtbot, window)
        walk("visit", window)
        dialog = ws.register_household()
        settle(qtbot, window)
        walk("register", dialog)
        dialog.reject()
        batch = ws.batch_print()
        assert batch is not None
        settle(qtbot, window)
        walk("batch print", batch)
        batch.reject()
        issues = SyncIssuesDialog(window.session, window)
        issues.show()
        qtbot.waitUntil(lambda: issues.loaded, timeout=5000)
        walk("sync issues", issues)
        issues.reject()
        window.sign_out()
        settle(qtbot, window)
        sign_in(qtbot, window, "tw101", PASSWORD)
        window.sync.timer.stop()
        town = window.workspace.township
        qtbot.waitUntil(lambda: town.report is not None, timeout=5000)
        for kind in range(town.kind.count()):
            town.kind.setCurrentIndex(kind)
            settle(qtbot, window)
            for tab in range(town.tabs.count()):
                town.tabs.setCurrentIndex(tab)
                walk(f"township {kind}.{tab}", window)
        window.sign_out()
        settle(qtbot, window)
    finally:
        window.close()
        window.ops.shutdown()
        appearance.Translations(qtbot_app()).install("zh_CN")
    return left


def qtbot_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_vocabulary_shown_in_the_language_stored_in_chinese(qtbot: QtBot, window: Any) -> None:
    """Forms and filters show the vocabulary translated; what is saved stays the Chinese value
    (it is data, synced and reported in Chinese). Every value of the lists is named for
    translation."""
    from gridworker import vocab
    from gridworker.ui import vocab_names

    from tests.ui.conftest import settle, sign_in

    named = set(vocab_names.NAMES)
    for name in vocab_names.LISTS:
        assert set(getattr(vocab, name)) <= named, name
    window.set_language("en")
    try:
        sign_in(qtbot, window)
        dialog = window.workspace.register_household()
        combo = dialog.form.editors["monitor_type"]
        texts = [combo.itemText(i) for i in range(combo.count())]
        data = [combo.itemData(i) for i in range(combo.count())]
        assert "At the edge of poverty" in texts and "边缘易致贫户" in data
        combo.setCurrentIndex(texts.index("At the edge of poverty"))
        assert dialog.form.values()["monitor_type"] == "边缘易致贫户"
        dialog.reject()
        kinds = window.workspace.roster.kind
        assert "Formerly poor, unstable" in [kinds.itemText(i) for i in range(kinds.count())]
        settle(qtbot, window)
    finally:
        window.set_language("zh_CN")
