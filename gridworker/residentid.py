"""居民身份证号码 (GB 11643-1999): parse, validate, build, mask.

An ID has 18 characters: a 6-digit address code, an 8-digit birth date (YYYYMMDD), a 3-digit
sequence (odd for men, even for women) and a check character computed with ISO 7064 MOD 11-2
over the first 17 digits (screening.md §8).

The address code is only checked for shape (6 digits, not starting with 0): people keep IDs
issued under old or other counties' codes, so an ID is never rejected for its prefix.

Input is forgiving about how it was typed: surrounding and inner whitespace is removed, full-width
digits and letters (from a Chinese input method) are folded to ASCII, and a lowercase ``x`` is
accepted. ``ResidentId.number`` always holds the normalized form.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from operator import mul
from typing import Literal

__all__ = [
    "InvalidResidentId",
    "ResidentId",
    "age_on",
    "build",
    "check_digit",
    "mask",
    "normalize",
    "parse",
    "validate",
]

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"  # indexed by (Σ aᵢ·Wᵢ) mod 11
LENGTH = 18
EARLIEST_BIRTH_YEAR = 1800  # GB 11643 examples include 1880; anything earlier is a typo
_DIGITS = frozenset("0123456789")


class InvalidResidentId(ValueError):
    """The text is not a valid resident ID; ``str(error)`` is a message for the user."""


@dataclass(frozen=True)
class ResidentId:
    number: str
    address_code: str
    birth: date
    sequence: str
    sex: Literal["男", "女"]

    def age_on(self, on: date) -> int:
        return age_on(self.birth, on)


def normalize(s: str) -> str:
    """Fold full-width characters, drop all whitespace, upper-case a trailing x."""
    folded = s if s.isascii() else unicodedata.normalize("NFKC", s)  # (NFKC keeps ASCII)
    return "".join(folded.split()).upper()


def check_digit(first17: str) -> str:
    """The check character ('0'–'9' or 'X') for the first 17 digits of an ID."""
    if len(first17) != LENGTH - 1 or not _DIGITS.issuperset(first17):
        raise ValueError(f"需要17位数字，实际为：{first17!r}")
    return CHECK_CHARS[sum(map(mul, map(int, first17), WEIGHTS)) % 11]


def parse(s: str, *, today: date | None = None) -> ResidentId:
    """Parse and fully check an ID; raise ``InvalidResidentId`` with a precise Chinese message.

    ``today`` (default: the system date) bounds the birth date; pass the visit date in tests.
    """
    number = normalize(s)
    if len(number) != LENGTH:
        raise InvalidResidentId(f"长度应为18位，实际为{len(number)}位")
    if not (number[:17].isascii() and number[:17].isdigit()):
        for i, c in enumerate(number[:17], start=1):
            if c not in _DIGITS:
                raise InvalidResidentId(f"第{i}位应为数字，实际为“{c}”")
    last = number[17]
    if last not in _DIGITS and last != "X":
        raise InvalidResidentId(f"第18位应为数字或X，实际为“{last}”")
    address_code = number[:6]
    if address_code[0] == "0":
        raise InvalidResidentId(f"地址码无效：{address_code}（不能以0开头）")
    birth_text = number[6:14]
    try:
        birth = date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:]))
    except ValueError:
        raise InvalidResidentId(f"出生日期无效：{birth_text}") from None
    if birth.year < EARLIEST_BIRTH_YEAR:
        raise InvalidResidentId(f"出生日期无效：{birth_text}（早于{EARLIEST_BIRTH_YEAR}年）")
    if birth > (today or date.today()):
        raise InvalidResidentId(f"出生日期晚于今天：{birth_text}")
    expected = check_digit(number[:17])
    if last != expected:
        raise InvalidResidentId(f"校验码错误：应为{expected}，实际为{last}")
    sequence = number[14:17]
    sex: Literal["男", "女"] = "男" if int(sequence[2]) % 2 else "女"
    return ResidentId(number, address_code, birth, sequence, sex)


def validate(s: str, *, today: date | None = None) -> str | None:
    """The error message for an invalid ID, or None when it is valid."""
    try:
        parse(s, today=today)
    except InvalidResidentId as e:
        return str(e)
    return None


def build(address_code: str, birth: date, sequence: int | str) -> str:
    """Assemble a valid ID from its parts (sequence 0–999; odd = male)."""
    seq = f"{int(sequence):03d}"
    if len(address_code) != 6 or not _DIGITS.issuperset(address_code) or address_code[0] == "0":
        raise ValueError(f"地址码无效：{address_code}")
    if len(seq) != 3 or not 0 <= int(sequence) <= 999:
        raise ValueError(f"顺序码无效：{sequence}")
    first17 = f"{address_code}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq}"
    return first17 + check_digit(first17)


def age_on(id_or_birth: str | date, on: date) -> int:
    """Age in completed years (周岁) on ``on``.

    Accepts an ID (checked, but not against today's date) or a birth date. Someone born on
    29 February turns a year older on 1 March in common years. Raises ``ValueError`` when the
    birth is after ``on``.
    """
    if isinstance(id_or_birth, date):
        birth = id_or_birth
    else:
        birth = parse(id_or_birth, today=date.max).birth
    if birth > on:
        raise ValueError(f"出生日期{birth:%Y%m%d}晚于{on:%Y%m%d}")
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def mask(s: str, keep_tail: int = 4) -> str:
    """Hide all but the last ``keep_tail`` characters: '**************001X'.

    Works on any text (valid or not) so printed lists never leak a mistyped ID; text no longer
    than ``keep_tail`` is masked entirely.
    """
    if keep_tail < 0:
        raise ValueError("keep_tail must be >= 0")
    number = normalize(s)
    if len(number) <= keep_tail:
        return "*" * len(number)
    shown = number[len(number) - keep_tail :] if keep_tail else ""
    return "*" * (len(number) - keep_tail) + shown
