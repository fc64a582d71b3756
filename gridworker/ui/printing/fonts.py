"""The bundled CJK font for printed documents.

Printed summaries always use WenQuanYi Micro Hei (Apache-2.0, ``resources/fonts``), never a
system font: it is embedded in every PDF, so the text is right and extractable on any machine
(Noto Sans SC, for one, breaks text extraction in Qt's PDFs).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QGuiApplication

from gridworker.resources import resource_path

log = logging.getLogger(__name__)
PRINT_FAMILY = "WenQuanYi Micro Hei"
_registered: list[str] = []


def print_font_family() -> str:
    """Register the bundled font once (needs a QGuiApplication); the family to print with."""
    if _registered:
        return _registered[0]
    if QGuiApplication.instance() is None:
        raise RuntimeError("printing needs a QGuiApplication (gridworker.ui.printing.ensure_app)")
    if PRINT_FAMILY not in QFontDatabase.families():
        fid = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
        if fid < 0:
            log.warning("bundled CJK font could not be loaded; printing with the default font")
            return QGuiApplication.font().family()
    _registered.append(PRINT_FAMILY)
    return PRINT_FAMILY
