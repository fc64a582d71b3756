"""Who may write what: one table, consulted for every change a device pushes.

A row allows a role some actions (create / update / delete) on a synced table. A table whose
records move through stages (``STAGED``: table → the field that holds the stage) is allowed per
stage: a row names the stage it covers, ``ANY`` every stage; a change needs the stage the record
is at *and* the stage it moves to. Everything a row does not allow is refused (``forbidden``).
The region check comes first and is separate: a caller writes only inside their scope
(`gridworker.server.push`).

Decisions recorded here (docs/sync-protocol.md, "Who may write what"):

- Grid workers record their households, members, visits, problems and measures, and raise risk
  clues (风险线索, from a visit); they do not delete households. In a monitoring case they record
  the household's 申请, the 入户核查 and the 消除提出.
- Village cadres do what grid workers do, may close a household (tombstone), and record the
  village's steps: 村级评议, 村内公示, and closing a false clue (村级关闭).
- Township staff may push visits — their own (包村干部 visit too) or a paper visit typed in for a
  grid worker of their township (`PAPER_VISIT_ROLES`) — edit the roster, and record 信息比对,
  乡镇审核 (通过 / 退回) and the reopening of a closed clue (乡镇重开).
- The county (`county`, scope the county) decides: 县级审定 and 风险消除. The county admin runs the
  server and records no case step.
- Case steps (``monitoring_event``) are created, never updated or deleted: a correction is a new
  event that supersedes one. Whether the case is at that step is `gridworker.cases`' answer.
"""

from __future__ import annotations

from collections.abc import Iterable

CREATE, UPDATE, DELETE = "create", "update", "delete"
ANY = "*"
ACTIONS = (CREATE, UPDATE, DELETE)
ACTION_NAMES = {CREATE: "新增", UPDATE: "修改", DELETE: "删除"}

# Tables whose records carry a stage, and the field that holds it.
STAGED = {"monitoring_event": "stage", "points_entry": "kind"}

# Roles that may record a visit on behalf of an active grid worker of their scope (a paper visit
# typed in); everyone else records visits as themselves only.
PAPER_VISIT_ROLES = ("village", "township")

# fmt: off
PERMISSIONS: tuple[tuple[str, str, str, str], ...] = (
    # role          table               actions                 stage
    ("grid_worker",  "household",        "create update",        ANY),
    ("grid_worker",  "member",           "create update delete", ANY),
    ("grid_worker",  "visit",            "create",               ANY),
    ("grid_worker",  "problem",          "create update",        ANY),
    ("grid_worker",  "measure",          "create update delete", ANY),
    ("grid_worker",  "monitoring_event", "create",               "风险线索"),
    ("grid_worker",  "monitoring_event", "create",               "申请"),
    ("grid_worker",  "monitoring_event", "create",               "入户核查"),
    ("grid_worker",  "monitoring_event", "create",               "消除提出"),
    ("village",      "household",        "create update delete", ANY),
    ("village",      "member",           "create update delete", ANY),
    ("village",      "visit",            "create",               ANY),
    ("village",      "problem",          "create update",        ANY),
    ("village",      "measure",          "create update delete", ANY),
    ("village",      "monitoring_event", "create",               "风险线索"),
    ("village",      "monitoring_event", "create",               "申请"),
    ("village",      "monitoring_event", "create",               "入户核查"),
    ("village",      "monitoring_event", "create",               "村级评议"),
    ("village",      "monitoring_event", "create",               "村内公示"),
    ("village",      "monitoring_event", "create",               "村级关闭"),
    ("village",      "monitoring_event", "create",               "消除提出"),
    ("township",     "household",        "create update delete", ANY),
    ("township",     "member",           "create update delete", ANY),
    ("township",     "visit",            "create",               ANY),
    ("township",     "problem",          "create update",        ANY),
    ("township",     "measure",          "create update delete", ANY),
    ("township",     "monitoring_event", "create",               "风险线索"),
    ("township",     "monitoring_event", "create",               "信息比对"),
    ("township",     "monitoring_event", "create",               "乡镇审核"),
    ("township",     "monitoring_event", "create",               "乡镇重开"),
    ("county",       "monitoring_event", "create",               "县级审定"),
    ("county",       "monitoring_event", "create",               "风险消除"),
    # 爱心超市 积分制: awards add, the village reviews them, only the shop takes points or stock
    # away (and only on its designated device: gridworker.server.points). The ledger and the
    # stock moves are append-only: no update, no delete; a correction is a reversing entry.
    ("grid_worker",  "points_entry",     "create",               "award"),
    ("village",      "points_entry",     "create",               "award"),
    ("village",      "points_entry",     "create",               "approve"),
    ("village",      "points_entry",     "create",               "reject"),
    ("shop",         "points_entry",     "create",               "redeem"),
    ("shop",         "points_entry",     "create",               "correction"),
    ("shop",         "points_entry",     "create",               "expire"),
    ("village",      "shop_item",        "create update",        ANY),
    ("shop",         "shop_item",        "create update",        ANY),
    ("shop",         "stock_move",       "create",               ANY),
    # photos as evidence: whoever records visits and problems attaches and removes them
    ("grid_worker",  "photo",            "create update delete", ANY),
    ("village",      "photo",            "create update delete", ANY),
    ("township",     "photo",            "create update delete", ANY),
)
# fmt: on

_ALLOWED: frozenset[tuple[str, str, str, str]] = frozenset(
    (role, table, action, stage)
    for role, table, actions, stage in PERMISSIONS
    for action in actions.split()
)


def allowed(role: str, table: str, action: str, stage: str | None = None) -> bool:
    """Whether ``role`` may ``action`` a record of ``table`` at ``stage``."""
    return (role, table, action, ANY) in _ALLOWED or (
        stage is not None and (role, table, action, stage) in _ALLOWED
    )


def refusal(
    role: str, table: str, action: str, stages: Iterable[str | None] = (None,)
) -> str | None:
    """None when allowed (at every stage in ``stages``), else the Chinese reason."""
    for stage in stages:
        if not allowed(role, table, action, stage if table in STAGED else None):
            what = f"{STAGE_NAMES.get(stage, stage)}环节的" if table in STAGED and stage else ""
            return f"您的角色不能{ACTION_NAMES[action]}{what}{TABLE_NAMES.get(table, table)}记录"
    return None


STAGE_NAMES = {
    "award": "评分",
    "approve": "评议",
    "reject": "评议",
    "redeem": "兑换",
    "correction": "更正",
    "expire": "过期",
}
TABLE_NAMES = {
    "household": "户",
    "member": "家庭成员",
    "visit": "走访",
    "problem": "问题",
    "measure": "帮扶措施",
    "monitoring_event": "监测",
    "points_entry": "积分",
    "shop_item": "爱心超市物品",
    "stock_move": "出入库",
    "photo": "照片",
}
