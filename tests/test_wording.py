"""Issue 16, wording: phrases that read as translated are gone from everything a person reads
(the app, the checklist, the reports), and one term names the income line (监测线)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gridworker.sync.engine import SyncReport

ROOT = Path(__file__).resolve().parent.parent
GONE = (
    "户主不是恰好",  # → 户主人数不对（没有户主或有两个以上）
    "不愁穿为",  # the double negative → 穿衣有困难
    "不愁吃为",
    "识别月",  # routine visits have no 识别月: 走访前12个月
    "监测标准",  # one term: 监测线
    "隔离 ",  # "隔离 0，待重发 0"
    "待重发 ",
    "已采用后到达的值",
)


def _shipped() -> list[Path]:
    return [
        *ROOT.glob("gridworker/**/*.py"),
        *ROOT.glob("resources/checklists/*.json"),
        *ROOT.glob("resources/translations/*.ts"),
    ]


def test_translated_sounding_phrases_are_gone() -> None:
    found = [
        (str(path.relative_to(ROOT)), phrase)
        for path in _shipped()
        for phrase in GONE
        if phrase in path.read_text(encoding="utf-8")
    ]
    assert not found


def test_sync_summary_says_only_what_needs_the_user() -> None:
    quiet = SyncReport(sent=3, applied=3, received=2).summary()
    assert quiet == "上传 3 条（服务器收下 3 条），下载 2 条"
    busy = SyncReport(sent=3, applied=1, conflicts=1, quarantined=1, retry=1).summary()
    assert "两台设备改了同一项" in busy and "退回" in busy and "下次同步会再发" in busy


def test_sync_summary_lines_are_listed_for_translation(qapp: Any) -> None:
    """The app shows the summary translated (context SyncReport): every line is listed."""
    from gridworker.sync.engine import SUMMARY
    from gridworker.ui.sync_service import SUMMARY_NAMES, summary_tr

    assert set(SUMMARY.values()) == set(SUMMARY_NAMES)
    report = SyncReport(sent=2, applied=2, received=1, conflicts=1)
    assert report.summary(summary_tr) == report.summary()  # the Chinese interface: itself
    from gridworker.ui.appearance import Translations

    translations = Translations(qapp)
    try:
        translations.install("en")
        assert report.summary(summary_tr).startswith("Sent 2 records (2 accepted")
    finally:
        translations.install("zh_CN")
