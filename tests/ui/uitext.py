"""What a person reads on a screen: the visible texts of a widget tree (labels, buttons, tabs,
group boxes, window titles, line-edit placeholders, combo items, table and tree headers, actions
of tool bars and menus), for the translation check."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u9fff]+")  # runs of Chinese characters (punctuation apart)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text under ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield name + ".windowTitle", w.windowTitle()
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            yield name, w.text()
        elif isinstance(w, QGroupBox) and w.title():
            yield name, w.title()
        elif isinstance(w, QLineEdit) and w.placeholderText():
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name + f"[{i}]", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name + f".tab{i}", w.tabText(i)
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for i in range(model.columnCount(QModelIndex())):
                text = model.headerData(i, Qt.Orientation.Horizontal)
                if text:
                    yield name + f".header{i}", str(text)
        if isinstance(w, (QToolBar, QMenu)):
            for action in w.actions():
                if action.isVisible() and action.text():
                    yield name + ".action", action.text()
        if w.toolTip():
            yield name + ".toolTip", w.toolTip()
    if isinstance(root, QMainWindow) and root.menuBar() is not None:
        for action in root.menuBar().actions():
            menu = action.menu()
            yield "menu", action.text()
            if isinstance(menu, QMenu):
                for sub in menu.actions():
                    if sub.text():
                        yield "menu." + action.text(), sub.text()


def chinese_left(root: QWidget, data: set[str]) -> list[tuple[str, str]]:
    """Texts still in Chinese under ``root``, once every run of Chinese that is part of the
    shown data (names, addresses, region names: ``data``) is taken out."""
    out = []
    for where, text in visible_texts(root):
        runs = [r for r in CJK.findall(text) if not any(r in d for d in data)]
        if runs:
            out.append((where, text))
    return out


LATIN = re.compile(r"[A-Za-z]{3,}")
TAG = re.compile(r"<[^>]*>|&[a-z]+;")


def english_left(root: QWidget, allowed: set[str]) -> list[tuple[str, str]]:
    """Texts under ``root`` with an English word (three letters or more; HTML markup and the
    ``allowed`` words, such as file kinds, apart): the Chinese interface's counterpart of
    :func:`chinese_left`."""
    out = []
    for where, text in visible_texts(root):
        words = [w for w in LATIN.findall(TAG.sub(" ", text)) if w not in allowed]
        if words:
            out.append((where, text))
    return out
