from __future__ import annotations

import random
import time

from gridworker.pinyin import matches, normalize_query, readings, search_key


def test_name_tokens() -> None:
    assert search_key("张三") == "张三 zhangsan zs"
    key = search_key("张三", "李四", plain=["34052419800101001X", "濉溪县临涣镇张庄村3组12号"])
    assert key.split() == [
        "张三",
        "zhangsan",
        "zs",
        "李四",
        "lisi",
        "ls",
        "34052419800101001x",
        "濉溪县临涣镇张庄村3组12号",
    ]
    assert key == key.lower()


def test_surname_readings_keep_the_common_one_too() -> None:
    assert readings("单雄信")[0] == ["shan", "xiong", "xin"]
    key = search_key("单雄信")
    assert "shanxiongxin" in key and "sxx" in key
    assert "danxiongxin" in key  # what people may type anyway
    assert "zengguofan" in search_key("曾国藩")
    assert "yuchigong" in search_key("尉迟恭")
    assert "lvbu" in search_key("吕布")


def test_non_chinese_text_is_kept_as_is() -> None:
    assert search_key("Alice", plain=["１３８００００００００"]) == "alice 13800000000"
    assert search_key("张3") == "张3 zhang3 z3"


def test_queries() -> None:
    assert normalize_query("  Zhang  San ") == ["zhang", "san"]
    assert normalize_query("张三，李四、王五;x") == ["张三", "李四", "王五", "x"]
    assert normalize_query("３４０５２４X") == ["340524x"]
    assert normalize_query("a a") == ["a"]
    assert normalize_query("  ") == []


def test_matching() -> None:
    key = search_key("张三丰", "李四", plain=["34052419800101001X", "临涣镇张庄村"])
    for q in ("zhang", "zsf", "张三", "sanfeng", "zhang li", "001x", "张庄", "ls 丰", ""):
        assert matches(key, normalize_query(q)), q
    for q in ("wang", "zhang wang", "9999"):
        assert not matches(key, normalize_query(q)), q


def test_bulk_speed() -> None:
    """100,000 three-character names: cached per character, so about a second at most."""
    rng = random.Random(1)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    names = ["".join(rng.choices(chars, k=3)) for _ in range(100_000)]
    start = time.perf_counter()
    keys = [search_key(n, plain=["34052419800101001X"]) for n in names]
    assert time.perf_counter() - start < 10  # typically < 1 s; generous for slow CI machines
    assert len(keys) == 100_000
