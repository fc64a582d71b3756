"""The shared vocabulary of a household record: field names and the values they may hold.

Values are the national system's Chinese labels (as in its exports and code tables), so a
checklist expression reads like the form: ``relationship == '户主'``. Risk types and assistance
measures carry their national codes. Nothing here is a threshold: those are settings records.
"""

from __future__ import annotations

from typing import NamedTuple

SEXES = ("男", "女")

HOUSEHOLD_TYPES = ("脱贫户", "普通农户")
MONITOR_TYPES = ("脱贫不稳定户", "边缘易致贫户", "突发严重困难户")

RELATIONSHIPS = (
    "户主",
    "配偶",
    "之子",
    "之女",
    "之儿媳",
    "之女婿",
    "之孙子",
    "之孙女",
    "之外孙子",
    "之外孙女",
    "之父",
    "之母",
    "之岳父",
    "之岳母",
    "之公公",
    "之婆婆",
    "之兄弟姐妹",
    "其他",
)
EDUCATION = ("文盲或半文盲", "小学", "初中", "高中", "大专", "本科及以上")
SCHOOL_STATUS = (
    "学前教育",
    "小学",
    "七年级",
    "八年级",
    "九年级",
    "普通高中",
    "中职",
    "高职",
    "技师学院",
    "大专",
    "本科及以上",
)
# Reasons a school-age child is out of school without it being a 义务教育 problem [S18].
SCHOOL_EXEMPTIONS = ("残疾评估不宜就学", "送教上门")
DROPOUT_REASONS = (
    "因病",
    "因残",
    "因学习困难",
    "因家庭困难",
    "外出务工",
    *SCHOOL_EXEMPTIONS,
    "其他",
)
# 证件类型. Only 居民身份证 numbers carry the GB 11643 checksum and birth date.
ID_TYPES = ("居民身份证", "港澳台居民居住证", "护照", "其他")
POLITICAL_STATUS = ("中共党员", "中共预备党员", "共青团员", "民主党派", "群众")
# 残疾类别 (GB/T 26341-2010 categories).
DISABILITY_CLASSES = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
HEALTH = ("健康", "长期慢性病", "患有大病", "残疾")
LABOUR = ("普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力")
NO_LABOUR = ("丧失劳动力", "无劳动力")
WORK_LOCATIONS = ("乡镇内", "乡镇外县内", "县外省内", "省外", "国外")
# How townships count work [S20]: 县内 / 省内县外 / 省外 / 国外.
WORK_REGION = {
    "乡镇内": "县内",
    "乡镇外县内": "县内",
    "县外省内": "省内县外",
    "省外": "省外",
    "国外": "国外",
}
HOUSING_GRADES = ("A", "B", "C", "D", "未鉴定")
VISIT_MODES = ("入户", "电话")

# Boolean insurance and benefit facts of a member.
MEMBER_FLAGS = (
    "resident_med",  # 城乡居民基本医疗保险
    "employee_med",  # 职工基本医疗保险
    "critical_illness",  # 大病保险
    "commercial_med",  # 商业补充医疗保险
    "medical_aid",  # 医疗救助
    "pension",  # 城乡居民基本养老保险
    "dibao",  # 低保
    "tekun",  # 特困供养
)

# Member record fields, in form order. The checklist's per-member section uses the same ids, so a
# completed visit can confirm the roster facts it checked.
MEMBER_FIELDS = (
    "name",
    "sex",
    "id_type",
    "id_number",
    "ethnicity",
    "political",
    "relationship",
    "education",
    "school_status",
    "dropout_reason",
    "health",
    "disability_class",
    "labour",
    "work_location",
    "work_months",
    "employer",
    "welfare_job",
    "welfare_job_months",
    *MEMBER_FLAGS,
    "phone",
)

# Why a member joined or left the household (成员变动), each with its date. A member who left
# stays in the household's history: the record is a tombstone that keeps its reason and date.
ARRIVAL_REASONS = ("新生儿", "婚入", "其他")
DEPARTURE_REASONS = ("死亡", "迁出", "婚出", "其他")
# A roster re-import never brings back a member who left for one of these.
FINAL_DEPARTURES = ("死亡", "迁出")
# The member columns that record a change, beside MEMBER_FIELDS (the facts).
MEMBER_CHANGE_FIELDS = (
    "arrival_reason",
    "arrival_date",
    "departure_reason",
    "departure_date",
    "change_note",
)

HOUSEHOLD_FIELDS = (
    "number",
    "grid_code",
    "address",
    "household_type",
    "monitor_type",
    "no_labour_guarantee",
    "phone",
    "long_absent",
    "risk_codes",
    "disaster_subtype",
    "risk_remark",
)

PROBLEM_TYPES = ("住房", "义务教育", "基本医疗", "饮水", "两不愁")

# 风险类型, national codes [S9, S14].
RISK_TYPES = {
    "01": "因病",
    "02": "因自然灾害",
    "03": "因残",
    "04": "缺劳动力",
    "05": "因意外事故",
    "06": "因产业(项目)失败",
    "07": "因务工就业不稳",
    "09": "因学",
    "99": "其他",
}
DISASTER_SUBTYPES = {
    "0201": "洪涝",
    "0202": "地质",
    "0203": "旱",
    "0204": "生物",
    "0205": "气象",
    "0206": "地震",
    "0299": "其他",
}
MAX_RISK_SLOTS = 5
# 突发情况 since the last visit (checklist multi-select) -> the risk type each one suggests.
# 自然灾害 is refined by the disaster sub-type question (DISASTER_SUBTYPES).
SUDDEN_EVENTS = {
    "重大疾病": "01",
    "新增残疾": "03",
    "自然灾害": "02",
    "意外事故": "05",
    "失业": "07",
    "产业失败": "06",
    "主要劳动力丧失": "04",
}
# How a household's drinking-water quality was judged [S15].
WATER_QUALITY_METHODS = ("检测报告", "看闻问尝")

# 帮扶措施, national code table [S10].
MEASURES = {
    "100A39": "产业帮扶",
    "100A40": "就业帮扶",
    "100A41": "金融帮扶",
    "100A42": "公益岗位",
    "100A45": "健康帮扶",
    "100A46": "义务教育保障",
    "100A47": "其他教育帮扶",
    "100A48": "综合保障",
    "100A50": "住房安全保障",
    "100A51": "饮水安全保障",
    "100A52": "社会帮扶",
    "100A53": "搬迁",
    "100A54": "生产生活条件改善",
    "100A55": "基础设施建设",
}
# A household with labour that is still at risk needs at least one of these [S11].
DEVELOPMENT_MEASURES = ("100A39", "100A40", "100A41", "100A42")

# Monitoring case steps [S2] (screening.md §5; gridworker.cases folds them into a case): each is
# a dated, append-only event in a household's history, recorded by the role whose step it is.
CLUE, APPLY, CHECK = "风险线索", "申请", "入户核查"
REVIEW, NOTICE, COMPARE = "村级评议", "村内公示", "信息比对"
AUDIT, DECIDE = "乡镇审核", "县级审定"
CLOSE, REOPEN = "村级关闭", "乡镇重开"
PROPOSE, CLEAR = "消除提出", "风险消除"
MONITOR_STAGES = (
    CLUE,
    APPLY,
    CHECK,
    REVIEW,
    NOTICE,
    COMPARE,
    AUDIT,
    DECIDE,
    CLOSE,
    REOPEN,
    PROPOSE,
    CLEAR,
)
# The results a step may carry (a step not named here carries none).
STEP_RESULTS: dict[str, tuple[str, ...]] = {
    CHECK: ("有风险", "无风险"),
    REVIEW: ("通过", "未通过"),
    COMPARE: ("一致", "不一致"),
    AUDIT: ("通过", "退回"),
    DECIDE: ("纳入", "不纳入"),
    CLEAR: ("稳定消除", "自然消除"),
}
CASE_RESULTS = tuple(dict.fromkeys(r for rs in STEP_RESULTS.values() for r in rs))
# Where a 风险线索 came from [S5, S33].
CLUE_SOURCES = ("网格员走访", "农户自主申报", "部门筛查预警")
# How the household signed its 申请/授权 (as on a visit, an illiterate head adds a thumbprint).
SIGN_MARKS = ("签字", "手印")

# 爱心超市 积分制 ledger entries: an award (pending village review when the setting
# ``points_review_required`` says so), the review's approval (which then counts the award's
# points) or rejection, a redemption at the shop, a reversing correction, and the expiry of
# points left unspent past the rules' ``expiry_months``.
POINTS_KINDS = ("award", "approve", "reject", "redeem", "correction", "expire")
POINTS_KIND_NAMES = {
    "award": "积分",
    "approve": "评议通过",
    "reject": "评议不通过",
    "redeem": "兑换",
    "correction": "更正",
    "expire": "过期",
}
# Stock moves of the shop: donations and purchases in, redemptions out, an inventory count's
# difference.
STOCK_KINDS = ("donation", "purchase", "redeem", "count")
STOCK_KIND_NAMES = {"donation": "捐赠", "purchase": "采购", "redeem": "兑换", "count": "盘点"}

# A problem's photo: taken before or after the fix (gridworker.photos).
PHOTO_PHASES = ("整改前", "整改后")

# Sync state of a local record (ARCHITECTURE.md, "The local store").
SYNC_STATES = ("new", "changed", "uploading", "synced", "error")


class Role(NamedTuple):
    title: str  # what the app calls it
    reports: bool  # sees township reports (the app opens on them; `gridworker report` runs)


# 角色, named as the county server names them (its users, the enrolment answer, account.json).
# A new role is one line here; the server accepts exactly these.
ROLES: dict[str, Role] = {
    "grid_worker": Role("网格员", reports=False),
    "village": Role("村", reports=False),
    "township": Role("乡镇", reports=True),
    "county": Role("县", reports=False),  # decides (县级审定, 风险消除); scope: the county
    "county_admin": Role("县管理员", reports=False),  # runs the server
    "shop": Role("爱心超市", reports=False),  # syncs only the points ledger and the shop
}
# Names that account.json files written by older versions hold.
_OLD_ROLE_NAMES = {"grid": "grid_worker"}


def role_name(name: str) -> str:
    """The role's name as the server says it (an older account file's name translated)."""
    return _OLD_ROLE_NAMES.get(name, name)


def sees_reports(role: str) -> bool:
    found = ROLES.get(role_name(role))
    return found is not None and found.reports
