"""Marking strings for translation where the text is not in a ``tr()`` call.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged (typed ``str``, unlike the
PySide6 stub) and tells ``pyside6-lupdate`` to collect it; the code translates it later with
``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
