"""The vocabulary's values as the interface shows them: stored and synced in Chinese (they are
data: ``gridworker.vocab``), shown through the translation (context ``vocab``) in forms and
filters. Every value of the lists in :data:`LISTS` is named here for ``pyside6-lupdate``
(``tests/ui/test_language.py`` checks none is missing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridworker.ui.i18n import QT_TRANSLATE_NOOP

LISTS = (
    "HOUSEHOLD_TYPES",
    "MONITOR_TYPES",
    "SEXES",
    "ID_TYPES",
    "RELATIONSHIPS",
    "HEALTH",
    "DISABILITY_CLASSES",
    "LABOUR",
    "EDUCATION",
    "SCHOOL_STATUS",
    "WORK_LOCATIONS",
    "VISIT_MODES",
)

NAMES = (
    QT_TRANSLATE_NOOP("vocab", "脱贫户"),
    QT_TRANSLATE_NOOP("vocab", "普通农户"),
    QT_TRANSLATE_NOOP("vocab", "脱贫不稳定户"),
    QT_TRANSLATE_NOOP("vocab", "边缘易致贫户"),
    QT_TRANSLATE_NOOP("vocab", "突发严重困难户"),
    QT_TRANSLATE_NOOP("vocab", "男"),
    QT_TRANSLATE_NOOP("vocab", "女"),
    QT_TRANSLATE_NOOP("vocab", "居民身份证"),
    QT_TRANSLATE_NOOP("vocab", "港澳台居民居住证"),
    QT_TRANSLATE_NOOP("vocab", "护照"),
    QT_TRANSLATE_NOOP("vocab", "其他"),
    QT_TRANSLATE_NOOP("vocab", "户主"),
    QT_TRANSLATE_NOOP("vocab", "配偶"),
    QT_TRANSLATE_NOOP("vocab", "之子"),
    QT_TRANSLATE_NOOP("vocab", "之女"),
    QT_TRANSLATE_NOOP("vocab", "之儿媳"),
    QT_TRANSLATE_NOOP("vocab", "之女婿"),
    QT_TRANSLATE_NOOP("vocab", "之孙子"),
    QT_TRANSLATE_NOOP("vocab", "之孙女"),
    QT_TRANSLATE_NOOP("vocab", "之外孙子"),
    QT_TRANSLATE_NOOP("vocab", "之外孙女"),
    QT_TRANSLATE_NOOP("vocab", "之父"),
    QT_TRANSLATE_NOOP("vocab", "之母"),
    QT_TRANSLATE_NOOP("vocab", "之岳父"),
    QT_TRANSLATE_NOOP("vocab", "之岳母"),
    QT_TRANSLATE_NOOP("vocab", "之公公"),
    QT_TRANSLATE_NOOP("vocab", "之婆婆"),
    QT_TRANSLATE_NOOP("vocab", "之兄弟姐妹"),
    QT_TRANSLATE_NOOP("vocab", "健康"),
    QT_TRANSLATE_NOOP("vocab", "长期慢性病"),
    QT_TRANSLATE_NOOP("vocab", "患有大病"),
    QT_TRANSLATE_NOOP("vocab", "残疾"),
    QT_TRANSLATE_NOOP("vocab", "视力"),
    QT_TRANSLATE_NOOP("vocab", "听力"),
    QT_TRANSLATE_NOOP("vocab", "言语"),
    QT_TRANSLATE_NOOP("vocab", "肢体"),
    QT_TRANSLATE_NOOP("vocab", "智力"),
    QT_TRANSLATE_NOOP("vocab", "精神"),
    QT_TRANSLATE_NOOP("vocab", "多重"),
    QT_TRANSLATE_NOOP("vocab", "普通劳动力"),
    QT_TRANSLATE_NOOP("vocab", "技能劳动力"),
    QT_TRANSLATE_NOOP("vocab", "弱劳动力或半劳动力"),
    QT_TRANSLATE_NOOP("vocab", "丧失劳动力"),
    QT_TRANSLATE_NOOP("vocab", "无劳动力"),
    QT_TRANSLATE_NOOP("vocab", "文盲或半文盲"),
    QT_TRANSLATE_NOOP("vocab", "小学"),
    QT_TRANSLATE_NOOP("vocab", "初中"),
    QT_TRANSLATE_NOOP("vocab", "高中"),
    QT_TRANSLATE_NOOP("vocab", "大专"),
    QT_TRANSLATE_NOOP("vocab", "本科及以上"),
    QT_TRANSLATE_NOOP("vocab", "学前教育"),
    QT_TRANSLATE_NOOP("vocab", "七年级"),
    QT_TRANSLATE_NOOP("vocab", "八年级"),
    QT_TRANSLATE_NOOP("vocab", "九年级"),
    QT_TRANSLATE_NOOP("vocab", "普通高中"),
    QT_TRANSLATE_NOOP("vocab", "中职"),
    QT_TRANSLATE_NOOP("vocab", "高职"),
    QT_TRANSLATE_NOOP("vocab", "技师学院"),
    QT_TRANSLATE_NOOP("vocab", "乡镇内"),
    QT_TRANSLATE_NOOP("vocab", "乡镇外县内"),
    QT_TRANSLATE_NOOP("vocab", "县外省内"),
    QT_TRANSLATE_NOOP("vocab", "省外"),
    QT_TRANSLATE_NOOP("vocab", "国外"),
    QT_TRANSLATE_NOOP("vocab", "入户"),
    QT_TRANSLATE_NOOP("vocab", "电话"),
)


def shown(value: str) -> str:
    """``value`` in the interface's language (itself in Chinese)."""
    return QCoreApplication.translate("vocab", value)
