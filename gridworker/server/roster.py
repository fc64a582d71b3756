"""`gridworker-server import-roster FILE`: households and members from a county roster.

The file is read and checked by `gridworker.server.roster_read` (rules: docs/roster-import.md).
Every valid household is written in ONE transaction, as server-side changes with change numbers
and change-log entries (`gridworker.server.load`), so devices pull them like any other change.
A household already on the server with the same 户编号 and 网格编码 is updated instead: only
the columns present in the file, each changed record as a new version (the superseded version
goes to ``record_history``, the base a device's concurrent edit is merged on). Members are
matched by 证件号码 within the household; members on the server but not in the file are left
alone. Re-importing the same file therefore changes nothing. A row for someone recorded as
having died (死亡, in any household) or moved out of this household (迁出) is never imported
again: the row is reported as 跳过 with the reason, and the rest of the household goes in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from gridworker import vocab
from gridworker.reports import derived
from gridworker.reports.xlsx import write_table
from gridworker.server import case_scope, db, load
from gridworker.server import tables as tb
from gridworker.server.admin import AdminError
from gridworker.server.load import IMPORTED_BY
from gridworker.server.roster_read import (
    Household,
    RosterFileError,
    check_households,
    read_rows,
)
from gridworker.store.records import utcnow
from gridworker.wire import codec

T = tb.T


@dataclass
class RowResult:
    row: int
    household: str
    name: str
    status: str  # 新增 / 更新 / 未变 / 拒绝 / 跳过 (a member who died or moved out)
    reason: str = ""


@dataclass
class ImportReport:
    file: Path
    households_new: int = 0
    households_updated: int = 0
    households_unchanged: int = 0
    members_new: int = 0
    members_updated: int = 0
    rows: list[RowResult] = field(default_factory=list)

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "拒绝"]

    @property
    def skipped(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "跳过"]

    @property
    def rejected_households(self) -> int:
        return len({r.household or f"#{r.row}" for r in self.rejected})

    def summary(self) -> str:
        lines = [
            f"名册 {self.file.name}：共 {len(self.rows)} 行；"
            f"新增 {self.households_new} 户（{self.members_new} 人），"
            f"更新 {self.households_updated} 户（新增或更新成员 "
            f"{self.members_updated} 人），未变 {self.households_unchanged} 户，"
            f"拒绝 {self.rejected_households} 户（{len(self.rejected)} 行）"
            + (f"，跳过 {len(self.skipped)} 行（已死亡或已迁出的成员）" if self.skipped else "")
        ]
        for r in self.rejected + self.skipped:
            lines.append(f"  第{r.row}行 户编号 {r.household or '（空）'} {r.name}：{r.reason}")
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        """The row-by-row report as .xlsx or (any other suffix) UTF-8 CSV with BOM (Excel)."""
        write_table(
            path,
            ["行号", "户编号", "姓名", "结果", "原因"],
            [[r.row, r.household, r.name, r.status, r.reason] for r in self.rows],
        )


def import_roster(engine: Engine, path: Path | str, *, today: date | None = None) -> ImportReport:
    path = Path(path)
    try:
        rows = read_rows(path)
    except RosterFileError as e:
        raise AdminError(str(e)) from None
    report = ImportReport(path)
    with db.read(engine) as conn:
        r = T.region
        grids = set(conn.execute(select(r.c.code).where(r.c.level == "grid")).scalars())
    households = check_households(rows, grids, today)
    good = [h for h in households if not h.errors]

    def run(
        conn: Connection,
    ) -> tuple[dict[str, str], ImportReport, list[tuple[Household, int, str]], dict[int, str]]:
        tally = ImportReport(path)  # fresh on every attempt (retries)
        clashes: list[tuple[Household, int, str]] = []
        skipped: dict[int, str] = {}
        return _write(conn, good, tally, clashes, skipped), tally, clashes, skipped

    statuses, tally, clashes, skipped = db.in_transaction(engine, run)
    for name in (
        "households_new",
        "households_updated",
        "households_unchanged",
        "members_new",
        "members_updated",
    ):
        setattr(report, name, getattr(tally, name))
    for h, n, reason in clashes:
        h.errors.append((n, reason))
    for h in households:
        _report_rows(report, h, statuses.get(h.number, "拒绝"), skipped)
    report.rows.sort(key=lambda x: x.row)
    return report


def _report_rows(report: ImportReport, h: Household, status: str, skipped: dict[int, str]) -> None:
    bad: dict[int, str] = {}
    for n, reason in h.errors:
        bad[n] = f"{bad[n]}；{reason}" if n in bad else reason
    for row, mvals in h.members:
        name = str(mvals.get("name") or "")
        if not h.errors and row.number in skipped:
            report.rows.append(RowResult(row.number, h.number, name, "跳过", skipped[row.number]))
        elif not h.errors:
            report.rows.append(RowResult(row.number, h.number, name, status))
        elif row.number in bad:
            report.rows.append(RowResult(row.number, h.number, name, "拒绝", bad[row.number]))
        else:
            first = min(bad)
            report.rows.append(
                RowResult(row.number, h.number, name, "拒绝", f"同户第{first}行有错误，整户未导入")
            )
    if not h.members:  # rows with no 户编号
        for n, reason in h.errors:
            report.rows.append(RowResult(n, "", "", "拒绝", reason))


def _existing(conn: Connection, good: list[Household]) -> dict[tuple[str, str], dict[str, Any]]:
    h = T.household
    numbers = sorted({x.number for x in good})
    out: dict[tuple[str, str], dict[str, Any]] = {}
    pg = conn.dialect.name == "postgresql"
    for i in range(0, len(numbers), 900):
        q = select(h).where(h.c.number.in_(numbers[i : i + 900]), h.c.deleted.is_(False))
        if pg:
            q = q.with_for_update()
        for row in conn.execute(q).mappings():
            out[(row["number"], row["grid_code"])] = dict(row)
    return out


def _members_of(conn: Connection, hids: list[str]) -> dict[str, list[dict[str, Any]]]:
    m = T.member
    out: dict[str, list[dict[str, Any]]] = {}
    for i in range(0, len(hids), 900):
        q = select(m).where(m.c.household_id.in_(hids[i : i + 900]), m.c.deleted.is_(False))
        if conn.dialect.name == "postgresql":
            q = q.with_for_update()
        for row in conn.execute(q).mappings():
            out.setdefault(row["household_id"], []).append(dict(row))
    return out


def _foreign_ids(
    conn: Connection, good: list[Household], existing: dict[tuple[str, str], dict[str, Any]]
) -> dict[str, str]:
    """ID numbers in the file that live members of OTHER server households hold -> 户编号."""
    m, h = T.member, T.household
    ids = sorted({mv["id_number"] for x in good for _, mv in x.members if mv.get("id_number")})
    out: dict[str, str] = {}
    for i in range(0, len(ids), 900):
        for r in conn.execute(
            select(m.c.id_number, h.c.number, h.c.grid_code)
            .select_from(m.join(h, h.c.id == m.c.household_id))
            .where(
                m.c.id_number.in_(ids[i : i + 900]), m.c.deleted.is_(False), h.c.deleted.is_(False)
            )
        ):
            out.setdefault(r.id_number, f"{r.number}|{r.grid_code}")
    return out


def _departed(conn: Connection, good: list[Household]) -> dict[str, dict[str, Any]]:
    """ID numbers in the file of members recorded as gone for good (vocab.FINAL_DEPARTURES:
    died, or moved out) -> that member (its household, reason and date)."""
    m = T.member
    ids = sorted({mv["id_number"] for x in good for _, mv in x.members if mv.get("id_number")})
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 900):
        q = select(m.c.id_number, m.c.household_id, m.c.departure_reason, m.c.departure_date).where(
            m.c.id_number.in_(ids[i : i + 900]),
            m.c.deleted.is_(True),
            m.c.departure_reason.in_(vocab.FINAL_DEPARTURES),
        )
        for r in conn.execute(q).mappings():
            out.setdefault(r["id_number"], dict(r))
    return out


def _gone_for_good(
    departed: dict[str, dict[str, Any]], mv: dict[str, Any], hid: str | None
) -> str | None:
    """Why this row's person is not imported again (None: import it): they died, or they
    moved out of this very household."""
    d = departed.get(mv.get("id_number") or "")
    if d is None or (d["departure_reason"] != "死亡" and d["household_id"] != hid):
        return None
    return (
        f"此人已于 {d['departure_date']} 登记为{d['departure_reason']}，不再导入"
        "（如登记有误，请在应用中更正）"
    )


def _write(
    conn: Connection,
    good: list[Household],
    report: ImportReport,
    errors: list[tuple[Household, int, str]],
    skipped: dict[int, str],
) -> dict[str, str]:
    existing = _existing(conn, good)
    members = _members_of(conn, [e["id"] for e in existing.values()])
    foreign = _foreign_ids(conn, good, existing)
    departed = _departed(conn, good)
    new: dict[str, list[dict[str, Any]]] = {"household": [], "member": []}
    changes: list[tuple[str, dict[str, Any], dict[str, Any], str, str]] = []
    statuses: dict[str, str] = {}
    for h in good:
        key = f"{h.number}|{h.grid_code}"
        clash = [
            (row.number, mv["id_number"])
            for row, mv in h.members
            if foreign.get(mv.get("id_number") or "", key) != key
        ]
        if clash:
            for n, idn in clash:
                other = foreign[idn].split("|")[0]
                errors.append((h, n, f"证件号码已登记在服务器上的另一户（户编号 {other}）"))
            continue
        old = existing.get((h.number, h.grid_code))
        gone = {
            row.number: why
            for row, mv in h.members
            if (why := _gone_for_good(departed, mv, old["id"] if old else None)) is not None
        }
        staying = [(row, mv) for row, mv in h.members if row.number not in gone]
        head = next((mv for _, mv in staying if mv.get("relationship") == "户主"), None)
        if head is None and old is None:
            for n in gone:
                errors.append((h, n, "户主已登记为死亡或迁出，请在名册中改定户主后再导入"))
            continue
        skipped.update(gone)
        hvals = {**h.values, **({"head_name": head["name"]} if head else {})}
        if old is None:
            hid = str(uuid.uuid4())
            new["household"].append({**_defaults("household"), **hvals, "id": hid})
            new["member"] += [
                {**_defaults("member"), **mv, "id": str(uuid.uuid4()), "household_id": hid}
                for _, mv in staying
            ]
            report.households_new += 1
            report.members_new += len(staying)
            statuses[h.number] = "新增"
            continue
        hid = old["id"]
        touched = _change(changes, "household", old, hvals, hid, h.grid_code)
        by_id = {m["id_number"]: m for m in members.get(hid, []) if m["id_number"]}
        for _, mv in staying:
            cur = by_id.get(mv["id_number"])
            if cur is None:
                new["member"].append(
                    {**_defaults("member"), **mv, "id": str(uuid.uuid4()), "household_id": hid}
                )
                report.members_updated += 1
                touched = True
            elif _change(changes, "member", cur, mv, hid, h.grid_code):
                report.members_updated += 1
                touched = True
        if touched:
            report.households_updated += 1
            statuses[h.number] = "更新"
        else:
            report.households_unchanged += 1
            statuses[h.number] = "未变"
    _apply(conn, changes)
    if new["household"] or new["member"]:
        load.insert_records(conn, new)
    hids = {r["household_id"] for r in new["member"]} | {c[3] for c in changes}
    if hids:
        derived.record(conn, T.metadata.tables, [], sorted(hids))
    # a 监测对象类别 from the roster puts a household in the county's case scope
    case_scope.update_logged(conn, hids | {r["id"] for r in new["household"]}, date.today())
    return statuses


def _defaults(table: str) -> dict[str, Any]:
    if table == "household":
        return {
            "address": "",
            "household_type": "普通农户",
            "no_labour_guarantee": False,
            "long_absent": False,
            "risk_codes": [],
            "monitor_type": None,
        }
    return {"id_type": "居民身份证"}


def _change(
    changes: list[tuple[str, dict[str, Any], dict[str, Any], str, str]],
    table: str,
    current: dict[str, Any],
    values: dict[str, Any],
    hid: str,
    grid: str,
) -> bool:
    """Queue an update when ``values`` differ from ``current``; True if queued."""
    diff = {k: v for k, v in values.items() if current.get(k) != v}
    if not diff:
        return False
    changes.append((table, current, diff, hid, grid))
    return True


def _apply(
    conn: Connection, changes: list[tuple[str, dict[str, Any], dict[str, Any], str, str]]
) -> None:
    """Write updates as new versions: history snapshot, row, change-log entry, numbered at the
    end of the transaction like a push."""
    if not changes:
        return
    now = utcnow()
    first = db.next_seqs(conn, len(changes))
    history: list[dict[str, Any]] = []
    log: list[dict[str, Any]] = []
    updates: dict[str, list[dict[str, Any]]] = {}
    for i, (table, cur, diff, hid, grid) in enumerate(changes):
        history.append(
            {
                "table_name": table,
                "record_id": cur["id"],
                "version": cur["version"],
                "data": {**codec.encode(table, cur), "deleted": cur["deleted"]},
                "updated_by": cur["updated_by"],
            }
        )
        row = {
            **cur,
            **diff,
            "b_id": cur["id"],
            "version": cur["version"] + 1,
            "updated_at": now,
            "updated_by": IMPORTED_BY,
            "recorded_by": IMPORTED_BY,
        }
        codec.seal(table, row)
        updates.setdefault(table, []).append(row)
        log.append(
            {
                "seq": first + i,
                "table_name": table,
                "record_id": cur["id"],
                "household_id": hid,
                "grid_code": grid,
                "prev_grid_code": None,
                "committed_at": now,
            }
        )
    for table, rows in updates.items():
        t = T.metadata.tables[table]
        cols = [c.name for c in t.columns if c.name not in ("id", "created_at")]
        for row in rows:
            conn.execute(t.update().where(t.c.id == row["b_id"]).values({c: row[c] for c in cols}))
    conn.execute(tb.history.insert(), history)
    load.bulk_insert(conn, tb.change_log, log)
