"""One full sync: `sync_once(store, account) -> SyncReport`.

status → upload attachments → push (batches, each acknowledged in one local transaction) →
pull (pages, each applied with its cursor in one local transaction) → fetch missing signature
images → sanity check (per-table digests; a mismatch triggers a repair pull of that table).
``progress(stage, done, total)`` reports; ``cancelled()`` is polled between steps and requests.
A revoked device is flagged in account.json (the store then refuses to open) and nothing is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from gridworker import pinyin
from gridworker.memory import paused_gc
from gridworker.points import ledger
from gridworker.store.records import utcnow
from gridworker.store.store import Account, Store
from gridworker.sync import attachments, collect, state
from gridworker.sync.apply import apply_page, finish_derived
from gridworker.sync.client import Cancelled, Client, ClientConfig, DeviceRevoked, SyncError
from gridworker.sync.sanity import check as sanity_check
from gridworker.wire.protocol import (
    ChangeResult,
    PullResponse,
    PushResponse,
    StatusResponse,
    server_now,
)

Progress = Callable[[str, int, int], None]
SKEW_LIMIT_S = 300
PAGE = 10_000  # records per pull page (the server's maximum): one local transaction each
MAX_PUSH_ROUNDS = 3


@dataclass
class SyncReport:
    sent: int = 0
    applied: int = 0
    duplicates: int = 0
    received: int = 0
    conflicts: int = 0
    quarantined: int = 0
    retry: int = 0
    kept_local: int = 0
    gone: int = 0
    kept_out_of_scope: list[str] = field(default_factory=list)
    attachments_up: int = 0
    attachments_down: int = 0
    attachment_notes: list[str] = field(default_factory=list)  # the server's refusals (Chinese)
    clock_skew_s: float = 0.0
    skew_warning: bool = False
    sanity_ok: bool | None = None
    repaired: list[str] = field(default_factory=list)
    cursor: int = 0
    seconds: float = 0.0
    nothing_to_do: bool = False
    # 爱心超市: balances or stock levels that differ from their ledger's sum (empty: all agree)
    ledger_problems: list[str] = field(default_factory=list)

    def summary(self, tr: Callable[[str], str] = str) -> str:
        """What the sync did, in plain Chinese (``tr`` translates each line's template: the
        app passes Qt's translation, which lists :data:`SUMMARY` for its translators)."""

        def line(key: str, *values: object) -> str:
            text = tr(SUMMARY[key])
            for i, value in enumerate(values, 1):
                text = text.replace(f"%{i}", str(value))
            return text

        lines = [line("counts", self.sent, self.applied, self.received)]
        # only what needs the user, in plain words (not a row of zero counts)
        if self.conflicts:
            lines.append(line("conflicts", self.conflicts))
        if self.quarantined:
            lines.append(line("quarantined", self.quarantined))
        if self.retry:
            lines.append(line("retry", self.retry))
        if self.skew_warning:
            lines.append(line("skew", f"{self.clock_skew_s:.0f}"))
        if self.kept_out_of_scope:
            lines.append(line("kept", len(self.kept_out_of_scope)))
        lines += self.attachment_notes  # the server's own words (a refused photo, the quota)
        if self.sanity_ok is False:
            lines.append(line("repaired", "、".join(self.repaired)))
        if self.ledger_problems:
            lines.append(line("ledger", "；".join(self.ledger_problems[:3])))
        return "\n".join(lines)


SUMMARY = {  # SyncReport.summary's lines; %1, %2 … are the figures
    "counts": "上传 %1 条（服务器收下 %2 条），下载 %3 条",
    "conflicts": "有 %1 处是两台设备改了同一项，请在“待核对”里看一下",
    "quarantined": "有 %1 条被县服务器退回，已另外保存，请在“待核对”里查看原因",
    "retry": "有 %1 条这次没发出去，下次同步会再发",
    "skew": "警告：本机时钟与服务器相差 %1 秒，请校准时间",
    "kept": "%1 户已调出您的网格，但本机有未上传的修改，已保留",
    "repaired": "核对：本机与服务器数据不一致，已尝试修复：%1",
    "ledger": "积分核对：%1",
}


def _skew(before: float, after: float, server_time: datetime) -> float:
    local_mid = datetime.fromtimestamp((before + after) / 2)
    local_utc = utcnow() - (datetime.now() - local_mid)
    return (local_utc - server_time.astimezone(UTC).replace(tzinfo=None)).total_seconds()


def sync_once(
    store: Store,
    account: Account | None = None,
    *,
    config: ClientConfig | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    started = time.monotonic()
    ds = state.device_state(store)
    report = SyncReport()
    prog = progress or (lambda _s, _d, _t: None)
    client = Client(ds.server_url, ds.token, config, cancelled)
    try:
        with paused_gc():  # (a township's first sync: a quarter of a million records)
            _run(store, client, ds, report, prog)
    except DeviceRevoked:
        state.mark_revoked(store.folder)
        raise
    finally:
        client.close()
    report.seconds = time.monotonic() - started
    return report


def _run(
    store: Store, client: Client, ds: state.DeviceState, report: SyncReport, prog: Progress
) -> None:
    t0 = time.time()
    status = client.call(StatusResponse, "GET", "/status")
    report.clock_skew_s = _skew(t0, time.time(), status.server_time)
    report.skew_warning = abs(report.clock_skew_s) > SKEW_LIMIT_S
    cursor = int(store.get_kv(state.CURSOR, 0) or 0)
    ref = store.get_kv(state.REF)
    with store.read() as conn:
        from gridworker.store.records import pending_count

        pending = pending_count(conn, store.t.metadata.tables)
    missing = attachments.missing_signatures(store)
    if (
        not pending
        and status.seq == cursor
        and ref == status.ref_version
        and not missing
        and store.get_kv(state.CHECKED) == cursor
    ):
        report.nothing_to_do = True
        report.cursor = cursor
        _finish(store, report)
        return
    prog("attachments", 0, 0)
    report.attachments_up = attachments.upload_pending(store, client, report.attachment_notes)
    _push(store, client, ds, report, prog)
    signatures = _pull(store, client, report, prog, cursor, ref)
    report.attachments_down = attachments.fetch_missing(store, client, signatures)
    prog("sanity", 0, 0)
    report.cursor = int(store.get_kv(state.CURSOR, 0) or 0)
    if store.get_kv(state.CHECKED) != report.cursor or report.sent:
        ok, repaired = sanity_check(store, client, prog)
        report.sanity_ok, report.repaired = ok, repaired
        if ok:
            with store.write() as conn:
                store.set_kv(conn, state.CHECKED, report.cursor)
    with store.read() as conn:  # every balance and stock level equals its ledger's sum
        report.ledger_problems = ledger.mismatches(conn, store.t)
    _finish(store, report)


def _finish(store: Store, report: SyncReport) -> None:
    with store.write() as conn:
        store.set_kv(conn, state.LAST_SYNC, utcnow().isoformat())
        store.set_kv(conn, state.SKEW, report.clock_skew_s)


def _push(
    store: Store, client: Client, ds: state.DeviceState, report: SyncReport, prog: Progress
) -> None:
    """Push every pending change, in rounds while the server asks for some to be resent."""
    for _round in range(MAX_PUSH_ROUNDS):
        items = collect.collect(store)
        if not items:
            return
        report.retry = _push_round(store, client, ds, report, prog, items)
        if not report.retry:
            return


def _push_round(
    store: Store,
    client: Client,
    ds: state.DeviceState,
    report: SyncReport,
    prog: Progress,
    items: list[collect.Pending],
) -> int:
    """One pass over ``items`` in batches; returns how many the server asked to resend. One
    request is in flight at a time, in order (parents before children), on a sender thread:
    while the server works on batch N, this thread acknowledges batch N-1 and encodes batch
    N+1. A failed request fails every later one unsent, and the error is raised here after the
    batches before it are acknowledged."""
    done = retry = 0

    def acknowledge(batch: list[collect.Outgoing], fut: Future[PushResponse]) -> None:
        nonlocal done, retry
        retry += _acknowledge(store, report, batch, fut)
        done += len(batch)
        prog("push", done, len(items))

    sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gridworker-push")
    try:
        sent: list[tuple[list[collect.Outgoing], Future[PushResponse]]] = []
        for batch in collect.batches(store, ds.device_id, items):
            if client.cancelled():
                raise Cancelled()
            now = datetime.now().isoformat()
            sent.append(
                (batch, sender.submit(_send, client, sent[-1][1] if sent else None, batch, now))
            )
            if len(sent) > 1:  # batch N is on its way: acknowledge batch N-1 meanwhile
                acknowledge(*sent.pop(0))
        for pair in sent:
            acknowledge(*pair)
    finally:
        sender.shutdown(wait=True, cancel_futures=True)
    return retry


def _send(
    client: Client,
    prev: Future[PushResponse] | None,
    batch: list[collect.Outgoing],
    device_time: str,
) -> PushResponse:
    if prev is not None:
        prev.result()  # the batch before failed: raise its error, send nothing after it
    return _push_batch(client, batch, device_time)


def _push_batch(client: Client, batch: list[collect.Outgoing], device_time: str) -> PushResponse:
    """Send one batch. A batch the server refuses whole for good (the same bytes would be
    refused again: 413, 422, malformed JSON) is split in halves and resent, down to the change
    it refuses: that one comes back "rejected" with the server's message and is kept aside on
    the device (like any rejected change), so one bad change never blocks the rest forever."""
    try:
        body = collect.body(batch, device_time)
        return client.call(PushResponse, "POST", "/push", json_bytes=body)
    except SyncError as e:
        if not (e.status in (413, 422) or e.code == "malformed_json"):
            raise
        if len(batch) == 1:
            item = batch[0]
            refused = ChangeResult(
                change_id=item.change_id,
                table=item.table,
                id=item.id,
                status="rejected",
                code=e.code,
                reason=e.message,
            )
            return PushResponse(server_time=server_now(), results=[refused])
        half = len(batch) // 2
        first = _push_batch(client, batch[:half], device_time)
        second = _push_batch(client, batch[half:], device_time)
        return PushResponse(server_time=second.server_time, results=first.results + second.results)


def _acknowledge(
    store: Store, report: SyncReport, batch: list[collect.Outgoing], fut: Future[PushResponse]
) -> int:
    counts = collect.acknowledge(store, batch, fut.result().results)
    report.sent += len(batch)
    report.applied += counts.applied
    report.duplicates += counts.duplicates
    report.conflicts += counts.conflicts
    report.quarantined += counts.quarantined
    return counts.retry


def _pull(
    store: Store, client: Client, report: SyncReport, prog: Progress, cursor: int, ref: int | None
) -> set[str]:
    """Pull pages until the server has no more. The next page is fetched on a thread while this
    one is applied (the server prepares it while the device writes): the next request's cursor
    is known as soon as a page arrives. Pages are applied strictly in order, each with its
    cursor in one local transaction; a page fetched past a failure is simply dropped."""
    signatures: set[str] = set()
    pinyin.warm_up()  # search keys of pulled households need it: load while the server works

    def fetch(after: int, ref_version: int | None) -> PullResponse:
        params: dict[str, int] = {"after": after, "limit": PAGE, "skip_own": 1}
        if ref_version is not None:
            params["ref"] = ref_version
        return client.call(PullResponse, "GET", "/pull", params=params)

    fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gridworker-pull")
    try:
        upcoming = fetcher.submit(fetch, cursor, ref)
        while True:
            page = upcoming.result()
            if page.reference is not None:
                ref = page.reference.ref_version
            if page.more:
                upcoming = fetcher.submit(fetch, page.next, ref)
            counts = apply_page(store, page)
            report.received += counts.received
            report.kept_local += counts.kept_local
            report.gone += counts.gone
            report.kept_out_of_scope += counts.kept_out_of_scope
            signatures |= counts.signatures
            prog("pull", page.next, page.next)
            if not page.more:
                finish_derived(store)
                return signatures
            if client.cancelled():
                raise Cancelled()
    finally:
        fetcher.shutdown(wait=True, cancel_futures=True)
