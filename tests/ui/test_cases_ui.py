"""Monitoring case screens (issue 14): the township 审核 queue and the county 审定 queue (oldest
first, days left), the village's 评议 and 公示 on the household timeline (an objection raised,
then settled by a correction), and what each role is offered following the server's table."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gridworker import cases, vocab
from gridworker.server import permissions
from gridworker.store import bulk, records
from gridworker.store import cases as store_cases
from gridworker.store.store import Account, Store
from gridworker.ui.case_dialog import ROLE_STEPS, StepDialog
from gridworker.ui.case_queue import CaseQueue
from gridworker.ui.household_screen import HouseholdScreen
from gridworker.ui.operations import Operations
from gridworker.ui.session import Session

from tests.conftest import FAST_KDF
from tests.printing.conftest import needs_pdftotext, pdf_text
from tests.reports.county import T, county, hid
from tests.ui.conftest import PASSWORD, TIMEOUT

TODAY = date(2022, 6, 20)
USERS = {"village": ("cun", "340621104201"), "township": ("zhen", T), "county": ("xian", "340621")}


def d(month: int, day: int) -> date:
    return date(2022, month, day)


def step(store: Store, h: str, stage: str, on: date, **kw: Any) -> None:
    with store.write() as conn:
        store_cases.record_step(conn, hid(h), stage, on, today=TODAY, **kw)


def to_review(store: Store, h: str, clue: date) -> None:
    """B already has its clue (04-10); C gets one. Both are taken to 核查 有风险."""
    if h != "B":
        step(store, h, vocab.CLUE, clue, details={"source": "农户自主申报"})
    step(store, h, vocab.APPLY, clue, details={"mark": "手印"})
    step(store, h, vocab.CHECK, clue + timedelta(days=1), result="有风险")


def to_audit(store: Store, h: str, clue: date) -> None:
    to_review(store, h, clue)
    on = clue + timedelta(days=2)
    step(store, h, vocab.REVIEW, on, result="通过", details={"participants": 11})
    notice = {"start": on.isoformat(), "end": (on + timedelta(days=4)).isoformat()}
    step(store, h, vocab.NOTICE, on, details=notice)
    step(store, h, vocab.COMPARE, on, result="一致")


@pytest.fixture
def world(qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Session]:
    role = request.param
    user, scope = USERS[role]
    store = Store.create(tmp_path / user, PASSWORD, Account(user, user, role, scope), kdf=FAST_KDF)
    bulk.load(store, county())
    ops = Operations()
    ops.store = store
    yield Session(Account(user, user, role, scope), ops, today=lambda: TODAY)
    qtbot.waitUntil(lambda: ops.idle, timeout=TIMEOUT)
    ops.shutdown()
    store.close()


def _store(session: Session) -> Store:
    store = session.ops.store
    assert isinstance(store, Store)
    return store


def rows(queue: CaseQueue) -> list[list[str]]:
    t = queue.table
    out = []
    for r in range(t.rowCount()):
        out.append([(t.item(r, c) or QTableWidgetItem()).text() for c in range(t.columnCount())])
    return out


def loaded(qtbot: QtBot, queue: CaseQueue, n: int) -> None:
    qtbot.waitUntil(
        lambda: queue.table.rowCount() == n and len(queue.waiting) == n, timeout=TIMEOUT
    )


@pytest.mark.parametrize("world", ["township"], indirect=True)
def test_township_audit_queue_oldest_first(qtbot: QtBot, world: Session) -> None:
    store = _store(world)
    to_audit(store, "C", d(6, 1))
    to_audit(store, "B", d(4, 10))
    queue = CaseQueue(world)
    qtbot.addWidget(queue)
    loaded(qtbot, queue, 2)
    got = rows(queue)
    assert [r[1] for r in got] == ["B户主", "C户主"]  # oldest first
    assert got[0][3] == vocab.AUDIT and got[0][6] == "超期56天"  # 15 - (06-20 - 04-10)
    assert got[1][6] == "-4" or got[1][6] == "超期4天"
    queue.table.setCurrentCell(0, 0)
    dialog = queue._record()
    assert isinstance(dialog, StepDialog) and dialog.stage == vocab.AUDIT
    assert dialog.result_box is not None
    dialog.result_box.setCurrentIndex(dialog.result_box.findData("通过"))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    queue.reload()
    loaded(qtbot, queue, 1)  # B now waits for the county
    assert rows(queue)[0][1] == "C户主"


@needs_pdftotext
@pytest.mark.parametrize("world", ["township"], indirect=True)
def test_the_township_list_prints_with_a_signature_block(
    qtbot: QtBot, world: Session, tmp_path: Path
) -> None:
    to_audit(_store(world), "B", d(4, 10))
    queue = CaseQueue(world)
    qtbot.addWidget(queue)
    loaded(qtbot, queue, 1)
    assert not queue.list_button.isHidden() and queue.notice_button.isHidden()
    pdf = tmp_path / "清单.pdf"
    with qtbot.waitSignal(queue.saved, timeout=20_000):
        queue.save_list_pdf(pdf)
    text = pdf_text(pdf)
    for word in ("乡镇审核清单", "B户主", "超期56天", "填报单位", "填报人", "审核人", "日期"):
        assert word in text, word


@pytest.mark.parametrize("world", ["county"], indirect=True)
def test_county_decision_queue(qtbot: QtBot, world: Session) -> None:
    store = _store(world)
    to_audit(store, "B", d(4, 10))
    step(store, "B", vocab.AUDIT, d(4, 20), result="通过")
    queue = CaseQueue(world)
    qtbot.addWidget(queue)
    loaded(qtbot, queue, 1)
    assert rows(queue)[0][3] == vocab.DECIDE
    queue.table.setCurrentCell(0, 0)
    dialog = queue._record()
    assert dialog is not None and dialog.result_box is not None
    assert dialog.monitor_type is not None
    dialog.result_box.setCurrentIndex(dialog.result_box.findData("纳入"))
    dialog.save()  # no 监测对象类别: refused, told why
    qtbot.waitUntil(lambda: "监测对象类别" in dialog.message.text(), timeout=TIMEOUT)
    dialog.monitor_type.setCurrentIndex(dialog.monitor_type.findData("边缘易致贫户"))
    dialog.save()  # no 风险类型 either
    qtbot.waitUntil(lambda: "风险类型" in dialog.message.text(), timeout=TIMEOUT)
    assert dialog.risks is not None
    dialog.risks.item(0).setCheckState(Qt.CheckState.Checked)  # 01 因病
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    queue.reload()
    loaded(qtbot, queue, 0)
    with store.read() as conn:
        case = store_cases.household_case(conn, hid("B"))
    assert case.phase == cases.MONITORED and case.monitor_type == "边缘易致贫户"
    assert case.risk_codes == ("01",)


@pytest.mark.parametrize("world", ["village"], indirect=True)
def test_village_review_notice_and_an_objection_on_the_timeline(
    qtbot: QtBot, world: Session, tmp_path: Path
) -> None:
    store = _store(world)
    to_review(store, "B", d(6, 1))
    screen = HouseholdScreen(world)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.open(hid("B"))
    assert screen.monitoring.rowCount() == 3  # clue, 申请, 核查
    assert "待村级评议" in screen.case_line.text()
    assert [screen.step_choice.itemText(i) for i in range(screen.step_choice.count())] == [
        vocab.REVIEW
    ]

    def record(stage: str) -> StepDialog:
        screen.step_choice.setCurrentIndex(screen.step_choice.findData(stage))
        screen.step_button.click()
        dialog = screen.findChild(StepDialog, "stepDialog")
        assert isinstance(dialog, StepDialog) and dialog.stage == stage
        return dialog

    def saved(dialog: StepDialog, rows_after: int) -> None:
        with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
            dialog.save()
        dialog.deleteLater()
        screen.reload()
        qtbot.waitUntil(lambda: screen.monitoring.rowCount() == rows_after, timeout=TIMEOUT)

    review = record(vocab.REVIEW)
    assert review.participants is not None
    review.participants.setValue(23)
    saved(review, 4)
    notice = record(vocab.NOTICE)
    notice.add_objection("有村民反映其子在外务工", False, "")
    saved(notice, 5)
    assert not screen.settle_button.isHidden()
    assert "异议1条（已处理0）" in (screen.monitoring.item(4, 4) or QTableWidgetItem()).text()
    screen.settle_button.click()
    fix = screen.findChild(StepDialog, "stepDialog")
    assert isinstance(fix, StepDialog) and fix.correcting is not None
    assert fix.objections is not None and fix.objections.rowCount() == 1
    box = fix.objections.cellWidget(0, 1)
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    fix.objections.setItem(0, 2, QTableWidgetItem("经核实务工收入不稳定，异议不成立"))
    saved(fix, 6)
    states = [(screen.monitoring.item(r, 6) or QTableWidgetItem()).text() for r in range(6)]
    assert states.count(cases.CORRECTED) == 1 and screen.settle_button.isHidden()
    if shutil.which("pdftotext"):  # the case history on paper, the correction with it
        pdf = tmp_path / "记录.pdf"
        with qtbot.waitSignal(screen.case_saved, timeout=20_000):
            screen.save_case_pdf(pdf)
        text = pdf_text(pdf).replace(" ", "")
        assert "B户主户防止返贫监测记录" in text.replace("\n", "")
        assert "村级评议" in text and cases.CORRECTED in text and "23人参加" in text
    assert "待信息比对" in screen.case_line.text() or "待乡镇审核" in screen.case_line.text()


def test_what_each_role_is_offered_is_what_the_server_allows() -> None:
    for role, steps in ROLE_STEPS.items():
        allowed = {
            s
            for s in vocab.MONITOR_STAGES
            if permissions.allowed(role, "monitoring_event", permissions.CREATE, s)
        }
        assert set(steps) == allowed, role
    assert {
        r
        for r, t, a, s in permissions.PERMISSIONS
        if t == "monitoring_event" and "create" in a.split()
    } == set(ROLE_STEPS)


@needs_pdftotext
@pytest.mark.parametrize("world", ["village"], indirect=True)
def test_the_printed_notice_list_hides_ids_phones_and_health(
    qtbot: QtBot, world: Session, tmp_path: Path
) -> None:
    store = _store(world)
    m, h = store.t.member, store.t.household
    with store.write() as conn:
        for x in ("B", "C"):
            records.update(
                conn, h, hid(x), {"phone": "13912345678", "address": "濉溪县临涣镇某村3组12号"}
            )
            for mid in conn.execute(select(m.c.id).where(m.c.household_id == hid(x))).scalars():
                records.update(
                    conn, m, mid, {"phone": "15855512345", "health": "患有大病", "labour": None}
                )
    for x, clue in (("B", d(6, 1)), ("C", d(6, 3))):
        to_review(store, x, clue)
        step(
            store,
            x,
            vocab.REVIEW,
            clue + timedelta(days=2),
            result="通过",
            details={"participants": 11},
        )
    notice = {"start": d(6, 6).isoformat(), "end": d(6, 10).isoformat()}
    step(store, "B", vocab.NOTICE, d(6, 6), details=notice)
    with store.read() as conn:
        secrets = [
            str(v) for row in conn.execute(select(m.c.id_number, m.c.phone)).all() for v in row if v
        ] + ["13912345678"]
    queue = CaseQueue(world)
    qtbot.addWidget(queue)
    loaded(qtbot, queue, 1)  # C waits for its 公示; B's runs (the township's 比对 is next)
    assert not queue.notice_button.isHidden()
    pdf = tmp_path / "公示.pdf"
    with qtbot.waitSignal(queue.saved, timeout=20_000):
        queue.save_notice_pdf(pdf)
    text = pdf_text(pdf)
    assert "B户主" in text and "C户主" in text and "某村3组" in text and "12号" not in text
    assert "二〇二二年六月六日至二〇二二年六月十日" in text.replace("\n", "").replace(" ", "")
    for word in ("填报单位", "填报人", "审核人", "日期"):
        assert word in text
    for run in re.findall(r"\d{4,}", text):  # no run of 4 digits from an ID number or phone
        assert not any(run in s or s in run for s in secrets), run
    for word in (*vocab.HEALTH, "因病", "因残", "账号", "银行"):
        assert word not in text
