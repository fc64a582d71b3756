from __future__ import annotations

import pytest

from gridworker.regions import (
    SUIXI_COUNTY,
    SUIXI_PARKS,
    SUIXI_TOWNS,
    Level,
    ancestors,
    child_code,
    is_valid_code,
    is_within,
    level_of,
    parent_of,
)

GRID = "34062110420101"
VILLAGE = "340621104201"
TOWN = "340621104"


def test_towns_match_the_division_codes() -> None:
    assert len(SUIXI_TOWNS) == 11
    assert list(SUIXI_TOWNS) == [f"340621{n}" for n in range(100, 111)]
    assert SUIXI_TOWNS["340621104"] == "临涣镇"
    assert SUIXI_TOWNS["340621106"] == "铁佛镇"
    assert set(SUIXI_PARKS) == {"340621400", "340621401"}
    assert not set(SUIXI_PARKS) & set(SUIXI_TOWNS)


@pytest.mark.parametrize(
    ("code", "level"),
    [
        (SUIXI_COUNTY, Level.COUNTY),
        (TOWN, Level.TOWNSHIP),
        (VILLAGE, Level.VILLAGE),
        (GRID, Level.GRID),
    ],
)
def test_levels(code: str, level: Level) -> None:
    assert level_of(code) is level
    assert level.code_length == len(code)
    assert is_valid_code(code)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "34062",
        "3406211",
        "3406211042011",
        "34062110420A",
        "034062",
        "３４０６２１",
        "340621104201010",
    ],
)
def test_invalid_codes(bad: str) -> None:
    assert not is_valid_code(bad)
    with pytest.raises(ValueError):
        level_of(bad)


def test_parent_and_ancestors() -> None:
    assert parent_of(GRID) == VILLAGE
    assert parent_of(VILLAGE) == TOWN
    assert parent_of(TOWN) == SUIXI_COUNTY
    assert parent_of(SUIXI_COUNTY) is None
    assert ancestors(GRID) == [GRID, VILLAGE, TOWN, SUIXI_COUNTY]
    assert ancestors(TOWN) == [TOWN, SUIXI_COUNTY]
    assert ancestors(SUIXI_COUNTY) == [SUIXI_COUNTY]


def test_is_within() -> None:
    assert is_within(GRID, GRID)
    assert is_within(GRID, VILLAGE)
    assert is_within(GRID, SUIXI_COUNTY)
    assert is_within(VILLAGE, TOWN)
    assert not is_within(VILLAGE, GRID)
    assert not is_within(TOWN, VILLAGE)
    assert not is_within("34062110320101", TOWN)  # a grid of 五沟镇 is not in 临涣镇
    assert not is_within("340622100", SUIXI_COUNTY)
    with pytest.raises(ValueError):
        is_within(GRID, "3406")


def test_child_code() -> None:
    assert child_code(SUIXI_COUNTY, 104) == TOWN
    assert child_code(TOWN, 201) == VILLAGE
    assert child_code(VILLAGE, 1) == GRID
    for parent, n in ((VILLAGE, 100), (VILLAGE, 0), (TOWN, 1000)):
        with pytest.raises(ValueError):
            child_code(parent, n)
    with pytest.raises(ValueError):
        child_code(GRID, 1)


def test_level_labels() -> None:
    assert [lv.label for lv in Level] == ["县", "乡镇", "村", "网格"]
    assert Level("grid") is Level.GRID
