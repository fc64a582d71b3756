"""Issue 16, language: Qt's own translations load with the app's, and no screen shown in English
keeps a Chinese string that is not data (walks the widgets of each screen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

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
