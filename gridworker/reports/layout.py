"""The report as titled tables of plain cells: what a spreadsheet, a web page or a printout shows.

``sheets(report)`` is the one place that decides headers (Chinese) and row order, so the .xlsx
export, ``report_html`` and (later) the Qt print path show the same thing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from gridworker import vocab
from gridworker.reports.model import HouseholdRef, Report
from gridworker.reports.work import BUCKETS

Cell = Any


@dataclass
class Sheet:
    """One indicator: cells are str / int / float / bool / None."""

    title: str
    headers: list[str]
    rows: list[list[Cell]]


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 2)


def sheets(r: Report) -> list[Sheet]:
    cov, pr, risk, cl, work, q = r.coverage, r.problems, r.risk, r.clearance, r.work, r.quality
    cov_head = [
        "代码",
        "名称",
        "户数",
        "已走访户数",
        "走访率(%)",
        "常年外出户",
        "外出户本期联系",
        f"外出户近{cov.long_absent_interval_days}天联系",
    ]
    cov_rows = [
        [
            c.code,
            c.name,
            c.households,
            c.visited,
            _pct(c.rate),
            c.long_absent,
            c.long_absent_contacted,
            c.long_absent_contacted_recent,
        ]
        for c in (*cov.villages, cov.total)
    ]
    out = [
        Sheet(
            "概况",
            ["项目", "内容"],
            [
                ["区域", f"{r.region_name}（{r.region}）"],
                ["统计期", r.period_title],
                ["起止日期", f"{r.start} 至 {r.end}"],
                ["走访率(%)", _pct(cov.total.rate)],
                ["期末未解决问题", pr.open_at_end],
                ["动态清零", "是" if pr.cleared else "否"],
                ["监测户", risk.monitored],
                ["新增风险线索", risk.new_clues],
                ["风险消除候选户", cl.candidates],
                ["脱贫人口务工（本期）", work.total.in_work],
                ["脱贫人口务工（去年同期）", work.total.in_work_last_year],
                ["数据质量问题户", q.households],
            ],
        ),
        Sheet("走访覆盖（村）", cov_head, cov_rows),
        Sheet(
            "走访覆盖（网格）",
            cov_head,
            [
                [
                    c.code,
                    c.name,
                    c.households,
                    c.visited,
                    _pct(c.rate),
                    c.long_absent,
                    c.long_absent_contacted,
                    c.long_absent_contacted_recent,
                ]
                for c in cov.grids
            ],
        ),
        Sheet(
            "网格员走访",
            ["网格员账号", "网格员", "网格", "户数", "已走访户数", "走访次数", "走访率(%)"],
            [
                [
                    w.worker,
                    w.worker_name,
                    "、".join(w.grids),
                    w.households,
                    w.visited,
                    w.visits,
                    _pct(w.rate),
                ]
                for w in cov.workers
            ],
        ),
        Sheet(
            "问题清零（类型）",
            [
                "问题类型",
                "期末未解决",
                "本期新发现",
                "本期已解决",
                "最长未解决天数",
                "平均未解决天数",
            ],
            [
                [t.type, t.open_at_end, t.opened, t.resolved, t.max_days_open, t.mean_days_open]
                for t in pr.by_type
            ],
        ),
        Sheet(
            "问题清零（村）",
            [
                "代码",
                "村",
                *vocab.PROBLEM_TYPES,
                "期末未解决",
                "本期新发现",
                "本期已解决",
                "动态清零",
            ],
            [
                [
                    v.code,
                    v.name,
                    *(v.open_by_type.get(t, 0) for t in vocab.PROBLEM_TYPES),
                    v.open_at_end,
                    v.opened,
                    v.resolved,
                    "是" if v.cleared else "否",
                ]
                for v in pr.villages
            ],
        ),
        Sheet(
            "风险户（类别×类型×村）",
            ["村代码", "村", "监测对象类别", "风险类型代码", "风险类型", "户数"],
            [
                [
                    c.village,
                    r.villages.get(c.village, ""),
                    c.monitor_type,
                    c.risk_code,
                    vocab.RISK_TYPES.get(c.risk_code, c.risk_code),
                    c.households,
                ]
                for c in risk.cells
            ],
        ),
        Sheet(
            "风险线索与审定",
            [
                "代码",
                "村",
                "监测户",
                "新增风险线索",
                "县级审定",
                f"超{risk.limit_days}天审定",
                "超期未审定线索",
                "线索到审定天数（中位数）",
                "线索到审定天数（最长）",
            ],
            [
                [
                    v.code,
                    v.name,
                    v.monitored,
                    v.new_clues,
                    v.decisions,
                    v.over_limit,
                    v.pending_overdue,
                    _days(v.decision_days_median),
                    _days(v.decision_days_max),
                ]
                for v in risk.villages
            ]
            + [
                [
                    r.region,
                    "合计",
                    risk.monitored,
                    risk.new_clues,
                    risk.decisions,
                    risk.over_limit,
                    risk.pending_overdue,
                    _days(risk.decision_days_median),
                    _days(risk.decision_days_max),
                ]
            ],
        ),
        Sheet(
            "风险消除候选",
            ["代码", "村", "监测户（未消除）", "候选户"],
            [[v.code, v.name, v.monitored, v.candidates] for v in cl.villages]
            + [[r.region, "合计", cl.monitored, cl.candidates]],
        ),
        Sheet(
            "脱贫人口务工",
            [
                "代码",
                "名称",
                *(f"本期{b}" for b in BUCKETS),
                "本期合计",
                *(f"去年同期{b}" for b in BUCKETS),
                "去年同期合计",
                "增减",
                "公益岗位（本期）",
                "公益岗位（去年同期）",
            ],
            [
                [
                    w.code,
                    w.name,
                    *(w.this_period[b] for b in BUCKETS),
                    w.in_work,
                    *(w.last_year[b] for b in BUCKETS),
                    w.in_work_last_year,
                    w.change,
                    w.welfare_job,
                    w.welfare_job_last_year,
                ]
                for w in (*work.villages, work.total)
            ],
        ),
        Sheet(
            "数据质量",
            ["规则", "说明", "问题户数", "问题记录数", *(r.villages.get(c, c) for c in r.villages)],
            [
                [
                    x.rule,
                    x.label,
                    x.households,
                    x.records,
                    *(x.by_village.get(c, 0) for c in r.villages),
                ]
                for x in q.rules
            ],
        ),
    ]
    return out


DRILL_HEADERS = ["户编号", "户主", "网格", "村", "地址", "户类型", "监测对象类别", "说明"]


def drill_row(ref: HouseholdRef) -> list[Cell]:
    return [
        ref.number,
        ref.head_name,
        ref.grid_code,
        ref.village,
        ref.address,
        ref.household_type,
        ref.monitor_type,
        ref.detail,
    ]


def report_html(r: Report) -> str:
    """The report as a self-contained HTML page (Qt-free; the print path can render it)."""
    return sheets_html(
        f"{r.region_name} 防返贫监测{r.period_title}报告", f"{r.region_name} {r.period}", sheets(r)
    )


def sheets_html(heading: str, title: str, tables: list[Sheet]) -> str:
    """Titled tables as a self-contained HTML page (any report's: the print path renders it)."""
    esc = html.escape

    def cell(v: Any) -> str:
        text = "" if v is None else ("是" if v is True else "否" if v is False else str(v))
        cls = ' class="n"' if isinstance(v, (int, float)) and not isinstance(v, bool) else ""
        return f"<td{cls}>{esc(text)}</td>"

    parts = [f"<h1>{esc(heading)}</h1>"]
    for s in tables:
        parts.append(
            f"<h2>{esc(s.title)}</h2><table><thead><tr>"
            + "".join(f"<th>{esc(h)}</th>" for h in s.headers)
            + "</tr></thead><tbody>"
        )
        parts += ["<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in s.rows]
        parts.append("</tbody></table>")
    style = (
        "body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}"
        "table{border-collapse:collapse;margin-bottom:1em}"
        "th,td{border:1px solid #888;padding:2px 6px}td.n{text-align:right}"
        "@page{size:A4 landscape}"
    )
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>'
        f"{esc(title)}</title><style>{style}</style></head><body>"
        + "".join(parts)
        + "</body></html>"
    )


def _days(value: float | None) -> str:
    """A number of days as shown (empty: no decision)."""
    return "" if value is None else f"{value:g}"
