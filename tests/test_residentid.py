from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from gridworker.residentid import (
    InvalidResidentId,
    ResidentId,
    age_on,
    build,
    check_digit,
    mask,
    parse,
    validate,
)

TODAY = date(2024, 6, 15)
VALID = ["11010519491231002X", "440524188001010014", "34052419800101001X"]


@pytest.mark.parametrize("number", VALID)
def test_standard_examples_are_valid(number: str) -> None:
    rid = parse(number, today=TODAY)
    assert rid.number == number
    assert check_digit(number[:17]) == number[17]
    assert validate(number, today=TODAY) is None


def test_parse_fields() -> None:
    assert parse("11010519491231002X", today=TODAY) == ResidentId(
        number="11010519491231002X",
        address_code="110105",
        birth=date(1949, 12, 31),
        sequence="002",
        sex="女",
    )
    rid = parse("440524188001010014", today=TODAY)
    assert (rid.birth, rid.sex, rid.sequence) == (date(1880, 1, 1), "男", "001")


def test_forgiving_input() -> None:
    assert parse(" 3405 2419 8001 0100 1x ", today=TODAY).number == "34052419800101001X"
    # full-width digits and X from a Chinese input method, ideographic space
    assert parse("３４０５２４１９８００１０１００１Ｘ\u3000", today=TODAY).sex == "男"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "长度应为18位，实际为0位"),
        ("3405241980010100", "长度应为18位，实际为16位"),
        ("34052419800101001X1", "长度应为18位，实际为19位"),
        ("3405A419800101001X", "第5位应为数字"),
        ("34052419800101001Y", "第18位应为数字或X"),
        ("04052419800101001X", "地址码无效：040524"),
        ("11010519490231002X", "出生日期无效：19490231"),
        ("11010519491331002X", "出生日期无效：19491331"),
        ("11010517001231002X", "出生日期无效：17001231"),
        ("11010520250101002X", "出生日期晚于今天：20250101"),
        ("110105194912310021", "校验码错误：应为X，实际为1"),
        ("34052419800101001x".replace("1x", "10"), "校验码错误：应为X，实际为0"),
    ],
)
def test_precise_messages(text: str, message: str) -> None:
    with pytest.raises(InvalidResidentId) as err:
        parse(text, today=TODAY)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)
    assert message in (validate(text, today=TODAY) or "")


def test_old_address_codes_are_accepted() -> None:
    # 340621 is 濉溪县 today; an ID issued under another or a retired code is still valid.
    for prefix in ("340621", "342201", "340600", "110105", "999999"):
        number = build(prefix, date(1970, 5, 6), 123)
        assert parse(number, today=TODAY).address_code == prefix


def test_born_today_is_valid_tomorrow_is_not() -> None:
    assert validate(build("340621", TODAY, 1), today=TODAY) is None
    assert "晚于今天" in (
        validate(build("340621", TODAY + timedelta(days=1), 1), today=TODAY) or ""
    )


def test_check_digit_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        check_digit("1234")
    with pytest.raises(ValueError):
        check_digit("1101051949123100X")


def test_build_round_trip_property() -> None:
    """Random valid IDs: built with check_digit, parsed back to the same parts."""
    rng = random.Random(11643)
    for _ in range(2000):
        address = f"{rng.randint(110000, 829999)}"
        birth = date(1900, 1, 1) + timedelta(days=rng.randrange((TODAY - date(1900, 1, 1)).days))
        seq = rng.randrange(1000)
        number = build(address, birth, seq)
        rid = parse(number, today=TODAY)
        assert (rid.address_code, rid.birth, int(rid.sequence)) == (address, birth, seq)
        assert rid.sex == ("男" if seq % 2 else "女")
        assert rid.number == number.upper()
        assert parse(number.lower(), today=TODAY) == rid


def test_any_single_digit_change_breaks_the_checksum() -> None:
    """MOD 11-2 detects every single-character substitution in the first 17 digits."""
    rng = random.Random(7)
    for _ in range(200):
        birth = date(1930, 1, 1) + timedelta(days=rng.randrange(30000))
        number = build("340621", birth, rng.randrange(1000))
        for i in range(17):
            for d in "0123456789":
                if d == number[i]:
                    continue
                changed = number[:i] + d + number[i + 1 :]
                error = validate(changed, today=TODAY)
                assert error is not None, changed
                # a changed date may be impossible; otherwise it is the checksum that fails
                assert error.startswith(("校验码错误", "出生日期", "地址码无效")), error
        for c in "0123456789X":
            if c != number[17]:
                assert (validate(number[:17] + c, today=TODAY) or "").startswith("校验码错误")


def test_age_on() -> None:
    assert age_on(date(1980, 1, 1), date(2024, 1, 1)) == 44
    assert age_on(date(1980, 1, 2), date(2024, 1, 1)) == 43
    assert age_on("34052419800101001X", date(2023, 12, 31)) == 43
    # 29 February birthdays: a year older on 1 March in common years
    assert age_on(date(2004, 2, 29), date(2023, 2, 28)) == 18
    assert age_on(date(2004, 2, 29), date(2023, 3, 1)) == 19
    assert age_on(date(2004, 2, 29), date(2024, 2, 29)) == 20
    assert age_on(TODAY, TODAY) == 0
    with pytest.raises(ValueError):
        age_on(date(2024, 1, 2), date(2024, 1, 1))
    with pytest.raises(InvalidResidentId):
        age_on("34052419800101001Y", TODAY)


def test_mask() -> None:
    assert mask("34052419800101001X") == "**************001X"
    assert mask(" 34052419800101001x ") == "**************001X"
    assert mask("34052419800101001X", keep_tail=0) == "*" * 18
    assert mask("34052419800101001X", keep_tail=6) == "************01001X"
    assert mask("123") == "***"
    assert mask("") == ""
    with pytest.raises(ValueError):
        mask("34052419800101001X", keep_tail=-1)
