"""Printed visit summaries read back with pdftotext: text, privacy, page breaks, batches, CLI."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from gridworker.residentid import mask
from gridworker.store import records
from gridworker.store.households import member_rows
from gridworker.store.store import TABLES, Store
from gridworker.store.visits import get_visit
from gridworker.summary import (
    SummaryOptions,
    build_summary,
    load_summary,
    summary_html,
    visit_ids_in,
)

from tests.printing.conftest import (
    DAY,
    GRID,
    load_demo,
    make_visit,
    needs_pdftotext,
    pdf_pages,
    pdf_text,
)

pytestmark = needs_pdftotext
SECTION_TITLES = (
    "入户走访记录表",
    "家庭成员",
    "走访调查情况",
    "收入情况",
    "发现的问题和风险",
    "帮扶措施",
    "签字确认",
    "义务教育",
    "基本医疗",
    "饮水安全",
    "住房安全",
)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def write(store: Store, vid: str, path: Path, **options: bool) -> str:
    from gridworker.ui.printing import save_visit_pdf

    result = save_visit_pdf(store, vid, path, SummaryOptions(**options))
    assert result.documents == 1 and path.stat().st_size > 0
    return pdf_text(path)


def members_of(store: Store, vid: str) -> list[dict[str, object]]:
    with store.read() as conn:
        return member_rows(conn, get_visit(conn, vid).household_id)


def test_summary_text_is_extractable(store: Store, tmp_path: Path) -> None:
    vid = make_visit(store, size=4)
    text = write(store, vid, tmp_path / "one.pdf")
    flat = squeeze(text)
    for title in SECTION_TITLES:
        assert title in flat, title
    head = members_of(store, vid)[0]
    assert head["relationship"] == "户主" and str(head["name"]) in flat
    assert vid in flat  # the record id, as text (the QR code holds it too)
    # answers, labelled as checklist 2022.1 labels them, and values
    for expected in (
        "住房安全鉴定等级",
        "检测报告",
        "淮北某建筑公司",
        "县外省内",
        "临涣镇",
        "前王村",
        "濉溪县",
        "34062110420101001",
        "李网格",
        "第1页共",
        "脱贫不稳定户",
    ):
        assert expected in flat, expected
    # the C-grade house raised a problem, shown in the flags section
    assert "C级" in flat


def test_default_prints_last_four_id_digits_only(store: Store, tmp_path: Path) -> None:
    vid = make_visit(store, size=5)
    flat = squeeze(write(store, vid, tmp_path / "masked.pdf"))
    for m in members_of(store, vid):
        number = str(m["id_number"])
        assert number not in flat
        assert mask(number) in flat
    full = squeeze(write(store, vid, tmp_path / "full.pdf", full_ids=True))
    for m in members_of(store, vid):
        assert str(m["id_number"]) in full


def test_public_variant_hides_ids_phones_and_health(store: Store, tmp_path: Path) -> None:
    vid = make_visit(
        store,
        size=5,
        sudden_events=["重大疾病"],
        sudden_note="户主妻子住院，联系13700001111，卡号6222021234567890123",
    )
    flat = squeeze(write(store, vid, tmp_path / "public.pdf", public=True))
    assert "公示版" in flat
    members = members_of(store, vid)
    for m in members:
        number = str(m["id_number"])
        assert number not in flat
        assert mask(number) not in flat
        assert str(m["phone"]) not in flat
        assert str(m["name"]) in flat  # names stay
    for secret in (
        "13955556666",
        "13812345678",
        "13700001111",
        "6222021234567890123",
        "长期慢性病",
        "重大疾病",
        "住院",
    ):
        assert secret not in flat, secret


def test_public_and_full_ids_exclude_each_other() -> None:
    with pytest.raises(ValueError):
        SummaryOptions(public=True, full_ids=True)


def test_large_household_breaks_onto_next_page(store: Store, tmp_path: Path) -> None:
    vid = make_visit(store, size=24)
    path = tmp_path / "big.pdf"
    write(store, vid, path)
    members = members_of(store, vid)
    last = str(members[-1]["name"])
    assert pdf_pages(path) >= 2
    page1 = squeeze(pdf_text(path, 1, 1))
    page2 = squeeze(pdf_text(path, 2, 2))
    assert str(members[0]["name"]) in page1
    assert last in page2
    assert "第1页共" in page1 and "第2页共" in page2
    # a table that runs over starts the next page with its caption and header rows again
    assert page2.count("姓名") >= 1 and ("家庭成员基本信息" in page2 or "证件号码" in page2)


def test_signature_image_or_signature_lines(store: Store, tmp_path: Path) -> None:
    from gridworker.summary import qr_png

    png = qr_png("签名")  # any PNG stands in for a captured signature
    signed = make_visit(store, size=2, signature=png, number="34062110420101002")
    unsigned = make_visit(store, size=2, number="34062110420101003", thumbprint=True)
    with store.read() as conn:
        assert conn.execute(TABLES.visit.select().where(TABLES.visit.c.id == signed)).first()
    s1 = build_summary(load_summary(store, signed))
    s2 = build_summary(load_summary(store, unsigned))
    assert s1.signature_image == "signature" and "signature" in s1.images
    assert s2.signature_image is None
    write(store, signed, tmp_path / "signed.pdf")
    flat = squeeze(write(store, unsigned, tmp_path / "unsigned.pdf"))
    assert "户主（签字）" in flat and "手印" in flat
    images = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "signed.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert len(images.strip().splitlines()) >= 4  # header lines + QR + signature


def test_summary_follows_the_visits_own_checklist_version(store: Store) -> None:
    from gridworker.resources import resource_path

    definition = json.loads(
        resource_path("checklists", "screening-2022.json").read_text(encoding="utf-8")
    )
    definition["version"] = "2022.9"
    for section in definition["sections"]:
        for q in section["questions"]:
            if q["id"] == "housing_grade":
                q["label"] = "房屋安全等级（试行）"
    from gridworker.store.records import utcnow

    with store.write() as conn:
        conn.execute(
            TABLES.checklist.insert().values(
                version="2022.9", definition=definition, published_at=utcnow()
            )
        )
    old = make_visit(store, size=2, number="34062110420101004")
    with store.write() as conn:
        records.update(conn, TABLES.visit, old, {"checklist_version": "2022.9"})
    html = summary_html(build_summary(load_summary(store, old)))
    assert "房屋安全等级（试行）" in html and "住房安全鉴定等级" not in html


def test_hidden_questions_are_left_out(store: Store) -> None:
    vid = make_visit(store, size=2, water_piped=True)
    labels = [it.label for g in build_summary(load_summary(store, vid)).answers for it in g.items]
    assert "自来水入户" in labels
    assert "取水往返时间（分钟）" not in labels  # only asked when water is not piped in


def test_batch_of_a_grid_in_a_date_range(store: Store, tmp_path: Path) -> None:
    from gridworker.ui.printing import save_region_pdf

    county = load_demo(store)
    dates = sorted(v["visit_date"] for v in county.visits if v["status"] == "completed")
    lo, hi = dates[len(dates) // 2], dates[len(dates) // 2 + 5]
    village = county.households[0]["grid_code"][:12]
    with store.read() as conn:
        ids = visit_ids_in(conn, village, lo, hi)
    assert 3 <= len(ids) <= 20
    seen: list[tuple[int, int]] = []
    path = tmp_path / "batch.pdf"
    result = save_region_pdf(
        store, village, lo, hi, path, progress=lambda done, total: seen.append((done, total))
    )
    assert result.documents == len(ids) and not result.cancelled
    assert seen[-1] == (len(ids), len(ids))
    assert pdf_pages(path) >= len(ids) == result.documents
    flat = squeeze(pdf_text(path))
    for vid in ids:
        assert vid in flat
    assert flat.count("第1页共") == len(ids)  # one page group per visit

    calls: list[int] = []
    stopped = save_region_pdf(
        store,
        village,
        lo,
        hi,
        tmp_path / "cancel.pdf",
        progress=lambda done, total: calls.append(done),
        cancelled=lambda: len(calls) >= 2,
    )
    assert stopped.cancelled and stopped.documents == 2
    assert squeeze(pdf_text(tmp_path / "cancel.pdf")).count("第1页共") == 2


def test_cli_prints_one_visit_and_a_grid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gridworker.commands.main import main
    from gridworker.store.store import Account, account_folder

    from tests.conftest import FAST_KDF

    home = tmp_path / "home"
    acct = Account("gw1", "李网格", "grid", GRID)
    s = Store.create(account_folder(home, "gw1"), "pw-cli", acct, kdf=FAST_KDF)
    try:
        vid = make_visit(s, size=3)
    finally:
        s.close()
    monkeypatch.setenv("GRIDWORKER_PASSWORD", "pw-cli")
    out = tmp_path / "cli.pdf"
    assert (
        main(
            [
                "print",
                "--home",
                str(home),
                "--user",
                "gw1",
                "--visit",
                vid,
                "--out",
                str(out),
                "--public",
            ]
        )
        == 0
    )
    assert "公示版" in squeeze(pdf_text(out))
    grid_out = tmp_path / "grid.pdf"
    assert (
        main(
            [
                "print",
                "--home",
                str(home),
                "--grid",
                GRID,
                "--from",
                "2022-06-01",
                "--to",
                DAY.isoformat(),
                "--out",
                str(grid_out),
            ]
        )
        == 0
    )
    assert vid in squeeze(pdf_text(grid_out))
    monkeypatch.setenv("GRIDWORKER_PASSWORD", "wrong")
    assert (
        main(["print", "--home", str(home), "--user", "gw1", "--visit", vid, "--out", str(out)])
        == 1
    )


def test_a_member_who_left_is_in_the_printed_summary(store: Store, tmp_path: Path) -> None:
    """Issue 16: the 成员变动 block lists a member who died (no longer in the household) with
    the date, and a newborn with the reason; the public variant too."""
    from datetime import date

    from gridworker.residentid import build
    from gridworker.store import households

    vid = make_visit(store, size=4)
    with store.read() as conn:
        hid = get_visit(conn, vid).household_id
    leaving = next(m for m in members_of(store, vid) if m["relationship"] != "户主")
    with store.write() as conn:
        households.remove_member(
            conn, hid, str(leaving["id"]), "死亡", date(2022, 7, 1), date(2022, 8, 1)
        )
        households.save_member(
            conn,
            hid,
            {
                "name": "赵新宝",
                "sex": "女",
                "id_type": "居民身份证",
                "id_number": build("340621", date(2022, 7, 20), 2),
                "relationship": "之孙女",
                "arrival_reason": "新生儿",
                "arrival_date": "2022-07-20",
            },
            date(2022, 8, 1),
        )
    for options in ({}, {"public": True}):
        flat = squeeze(write(store, vid, tmp_path / f"left{len(options)}.pdf", **options))
        assert "成员变动" in flat
        assert f"{leaving['name']}" in flat
        assert "死亡（已不在本户）" in flat and "2022-07-01" in flat
        assert "赵新宝" in flat and "新生儿（加入本户）" in flat and "2022-07-20" in flat
    # the visit was before the death: the member is still in its member table, marked (the
    # narrow name column wraps in the PDF, so the document model is read here)
    names = [row[0] for row in build_summary(load_summary(store, vid)).members.rows]
    assert f"{leaving['name']}（2022-07-01死亡，已不在本户）" in names
