"""Search keys for finding a household by name, pinyin, initials, ID number or address.

A key is one lowercase string of space-separated tokens. For each Chinese text (a person's name)
it holds the characters, the full toneless pinyin and the initials::

    search_key("张三", plain=["34052419800101001X"]) == "张三 zhangsan zs 34052419800101001x"

A query matches when every term of ``normalize_query`` is a substring of the key (``matches``;
in SQL: one ``key LIKE '%term%'`` per term). So "zhang", "zs", "张", "san" and "001x" all find 张三.

Readings: the first character of each Chinese text is read as a surname (单 → shan, 曾 → zeng,
尉迟 → yuchi ...); when that differs from the common reading both spellings go into the key, so
typing "dan" still finds 单. Other characters take pypinyin's default reading, looked up once per
character and cached: keys for 100,000 names take well under a second.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable

__all__ = ["matches", "normalize_query", "readings", "search_key"]

# Surnames whose reading differs from the character's common reading.
_SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "翟": "zhai",
    "缪": "miao",
    "召": "shao",
    "种": "chong",
    "折": "she",
    "员": "yun",
    "秘": "bi",
    "句": "gou",
    "佴": "nai",
    "隗": "wei",
    "都": "du",
    "薄": "bo",
    "卜": "bu",
    "祭": "zhai",
    "长": "chang",
    "重": "chong",
    "阚": "kan",
    "洗": "xian",
    "角": "jue",
    "能": "nai",
    "藏": "zang",
    "繁": "po",
    "蕃": "pi",
}
_COMPOUND_SURNAMES = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
    "澹台": ("tan", "tai"),
    "长孙": ("zhang", "sun"),
    "欧阳": ("ou", "yang"),
    "诸葛": ("zhu", "ge"),
    "令狐": ("ling", "hu"),
    "司马": ("si", "ma"),
    "上官": ("shang", "guan"),
}
_QUERY_SPLIT = re.compile(r"[\s,，、;；/|]+")
_cache: dict[str, str] = {}
_warming: threading.Thread | None = None


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def warm_up() -> None:
    """Start loading pypinyin's dictionaries on a background thread (once), so a caller about to
    wait for something else (a sync waiting for the server) does not pay for them later."""
    global _warming
    if _warming is None:
        _warming = threading.Thread(
            target=lambda: __import__("pypinyin"), daemon=True, name="gridworker-pinyin"
        )
        _warming.start()


def _char_reading(ch: str) -> str:
    """Toneless pinyin of one character (cached); non-Chinese characters map to themselves."""
    reading = _cache.get(ch)
    if reading is None:
        # Imported on first use: pypinyin's dictionaries take ~55 MB and a second to load, and
        # searching (normalize_query, matches) never needs them.
        from pypinyin import lazy_pinyin

        reading = lazy_pinyin(ch)[0].lower() if _is_han(ch) else ch.lower()
        _cache[ch] = reading
    return reading


def readings(text: str) -> list[list[str]]:
    """Per-character readings of a name, surname first; 1–2 spellings (surname, common)."""
    syllables = [_char_reading(ch) for ch in text]
    spellings = [syllables]
    compound = _COMPOUND_SURNAMES.get(text[:2]) if len(text) > 2 else None
    if compound:
        surname_read = [*compound, *syllables[2:]]
    elif text[:1] in _SURNAME_READINGS:
        surname_read = [_SURNAME_READINGS[text[0]], *syllables[1:]]
    else:
        surname_read = syllables
    if surname_read != syllables:
        spellings.insert(0, surname_read)
    return spellings


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def search_key(*texts: str, plain: Iterable[str] = ()) -> str:
    """One search key for a household.

    ``texts``: Chinese texts, normally members' names (characters + pinyin + initials).
    Text without Chinese characters is kept as-is. ``plain``: ID numbers, addresses, phone
    numbers — kept as-is (lowercased, full-width folded), no pinyin.
    """
    tokens: dict[str, None] = {}
    for text in texts:
        for piece in _fold(text).split():
            tokens[piece] = None
            if not any(_is_han(ch) for ch in piece):
                continue
            for syllables in readings(piece):
                tokens["".join(syllables)] = None
                tokens["".join(s[:1] for s in syllables)] = None
    for text in plain:
        for piece in _fold(text).split():
            tokens[piece] = None
    return " ".join(tokens)


def normalize_query(q: str) -> list[str]:
    """Split what the user typed into lowercase terms (spaces and ，、;/| separate)."""
    terms = (t for t in _QUERY_SPLIT.split(_fold(q)) if t)
    return list(dict.fromkeys(terms))


def matches(key: str, terms: Iterable[str]) -> bool:
    """True when every term occurs in the key (an empty query matches everything)."""
    return all(term in key for term in terms)
