"""Fonts, font size and language: the parts of the look that older grid workers adjust.

The bundled WenQuanYi Micro Hei (Apache-2.0, ``resources/fonts``) is always registered and put
after the system font in the application font's family list, so Chinese renders even on a system
without a CJK font, and a system CJK font still wins where there is one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from gridworker.resources import resource_path
from gridworker.ui.accounts import data_home

log = logging.getLogger(__name__)
BUNDLED_FAMILY = "WenQuanYi Micro Hei"
DEFAULT_POINT_SIZE = 12
MIN_POINT_SIZE, MAX_POINT_SIZE = 9, 24
LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def app_settings() -> QSettings:
    """Interface preferences (language, per-user font size), kept beside the accounts."""
    return QSettings(str(data_home() / "interface.ini"), QSettings.Format.IniFormat)


def load_bundled_font(app: QApplication) -> None:
    """Register the bundled CJK font and put it after the system font in the application
    font's families: Qt takes each glyph from the first family that has it, so a system CJK
    font still wins and a system without one shows WenQuanYi Micro Hei."""
    fid = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    if fid < 0:
        log.warning("bundled CJK font could not be loaded")
        return
    font = app.font()
    families = [f for f in font.families() or [font.family()] if f != BUNDLED_FAMILY]
    font.setFamilies([*families, BUNDLED_FAMILY])
    app.setFont(font)


def saved_point_size(username: str | None) -> int:
    key = f"users/{username}/font_size" if username else "font_size"
    value = app_settings().value(key, DEFAULT_POINT_SIZE)
    try:
        return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, int(str(value))))
    except ValueError:
        return DEFAULT_POINT_SIZE


def apply_point_size(app: QApplication, size: int, username: str | None = None) -> int:
    """Set the application's font size (and remember it for this user); returns the size used."""
    size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
    font = QFont(app.font())
    font.setPointSize(size)
    app.setFont(font)
    if username:
        app_settings().setValue(f"users/{username}/font_size", size)
    return size


def saved_language() -> str:
    lang = str(app_settings().value("language", DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


# Qt's own catalogue per language (its dialogs' buttons: Save, Cancel, OK, Close). English is
# Qt's source language: nothing to load. ``qtbase``, not the ``qt`` meta catalogue, which
# names modules the installer leaves out.
QT_CATALOGUES = {"zh_CN": "qtbase_zh_CN"}


def qt_translations_folders() -> list[Path]:
    """Where Qt's own .qm files are: Qt's translations path, then PySide6's folder (the
    installer's bundle keeps them there)."""
    import PySide6

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return folders


class Translations:
    """The installed translators — the app's own and Qt's — switched together; switching sends
    Qt's LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        # One pair per application, kept as its children: a second window (tests, a rebuilt
        # main window) switches the same translators rather than stacking more.
        self.translator = self._child(app, "gridworkerTranslator")
        self.qt_translator = self._child(app, "qtTranslator")
        self.language = ""
        self.qt_loaded = False

    @staticmethod
    def _child(app: QCoreApplication, name: str) -> QTranslator:
        found = app.findChild(QTranslator, name)
        if isinstance(found, QTranslator):
            return found
        translator = QTranslator(app)
        translator.setObjectName(name)
        return translator

    def install(self, language: str, remember: bool = False) -> bool:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        QCoreApplication.removeTranslator(self.translator)
        QCoreApplication.removeTranslator(self.qt_translator)
        self.qt_loaded = self._load_qt(language)
        path = resource_path("translations")
        ok = self.translator.load(f"gridworker_{language}", str(path))
        if ok:
            QCoreApplication.installTranslator(self.translator)
        else:
            log.warning("translation %s not found in %s", language, path)
        QLocale.setDefault(QLocale(language))
        self.language = language
        if remember:
            app_settings().setValue("language", language)
        return ok

    def _load_qt(self, language: str) -> bool:
        catalogue = QT_CATALOGUES.get(language)
        if catalogue is None:
            return False
        for folder in qt_translations_folders():
            if self.qt_translator.load(catalogue, str(folder)):
                QCoreApplication.installTranslator(self.qt_translator)
                return True
        log.warning("Qt's translation %s not found", catalogue)
        return False
