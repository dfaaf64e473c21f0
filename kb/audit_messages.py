"""The sentence of each audit finding, in Chinese and English.

Templates take named fields; role and function names are filled in as written.
"""

from __future__ import annotations

from typing import Any

from kb.errors import InputError

LANGS = ("zh", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "multiple_superiors": {
        "zh": "岗位「{role}」有{n}个直接上级({superiors}),违反一个上级原则。",
        "en": "Role {role} has {n} direct superiors ({superiors}), against the one-superior rule.",
    },
    "reporting_cycle": {
        "zh": "汇报关系形成循环:{cycle}。",
        "en": "Reporting lines form a cycle: {cycle}.",
    },
    "orphan_role": {
        "zh": "岗位「{role}」没有上级,却不是本组织的最高岗位(最高岗位:{tops})。",
        "en": "Role {role} has no superior but is not the top of its organisation (top: {tops}).",
    },
    "report_outside_chain": {
        "zh": "岗位「{role}」向指挥链以外的「{recipient}」提交{cadence}「{report}」。",
        "en": "Role {role} submits {report}{cadence} to {recipient}, who is outside its chain "
        "of command.",
    },
    "duplicate_duty": {
        "zh": "职责「{duty}」由{roles}重复承担({relation})。",
        "en": "The duty “{duty}” is held by {roles} ({relation}).",
    },
    "uncovered_function": {
        "zh": "本组织没有岗位或部门负责「{function}」(空白)。",
        "en": "No role or department of the organisation owns {function} (a gap).",
    },
    "overlapping_function": {
        "zh": "「{function}」由同一层级(第{level}级)的{roles}同时负责(重叠)。",
        "en": "{function} is owned by {roles}, all at level {level} (an overlap).",
    },
    "role_without_duties": {
        "zh": "岗位「{role}」没有写明任何职责。",
        "en": "Role {role} has no duties.",
    },
    "role_without_kpis": {
        "zh": "岗位「{role}」没有考核指标(本组织其他岗位有)。",
        "en": "Role {role} has no KPIs (other roles of the organisation have).",
    },
    "authority_gap": {
        "zh": "岗位「{role}」{burden},却{lack}(责权不一致)。",
        "en": "Role {role} {burden} but {lack} (responsibility without authority).",
    },
    "peer_gap": {
        "zh": "岗位「{role}」不负责「{function}」,"
        "而其他{peers}个组织的同名岗位中有{holding}个负责。",
        "en": "Role {role} does not own {function}, which {holding} of {peers} roles of the same "
        "title in other organisations own.",
    },
    "source_conflict": {
        "zh": "来源对「{subject}」的{fact}说法不一:{claims}。",
        "en": "Sources disagree about the {fact} of {subject}: {claims}.",
    },
}

# Phrases the templates are assembled from, per language.
# The audit types in report order (kb.audit.RULES follows it) and the severities, worst
# first: here, so that the command line can list them without importing the audits.
TYPES = tuple(MESSAGES)
SEVERITIES = ("error", "warning", "info")

PHRASES: dict[str, dict[str, str]] = {
    "zh": {
        "peers": "同级岗位",
        "delegation": "上下级之间,可能是授权重复",
        "different_departments": "分属不同部门",
        "same_department": "同一部门",
        "unrelated": "无直接汇报关系",
        "manages": "管理{n}个下级岗位",
        "accountable": "承担{n}项考核指标",
        "and": "并",  # joined without spaces in Chinese
        "no_authority": "没有任何权限",
        "no_people_authority": "没有管理下属的权限(如考核、奖惩、任免、调配)",
        "superior": "直接上级",
        "department": "所属部门",
        "parent": "上级部门",
        "says": "{source}称{value}",
        "sep": ";",
        "list": "、",
        "cadence": "{cadence}",
        "more": "等另外{n}个岗位",
    },
    "en": {
        "peers": "peers",
        "delegation": "a superior and a subordinate: possibly delegation",
        "different_departments": "in different departments",
        "same_department": "in the same department",
        "unrelated": "no reporting line between them",
        "manages": "manages {n} role(s)",
        "accountable": "is measured by {n} KPI(s)",
        "and": "and",
        "no_authority": "holds no authority at all",
        "no_people_authority": "holds no authority over people (appraisal, rewards, "
        "appointments, assignments)",
        "superior": "superior",
        "department": "department",
        "parent": "parent department",
        "says": "{source} says {value}",
        "sep": "; ",
        "list": ", ",
        "cadence": " ({cadence})",
        "more": " and {n} more",
    },
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise InputError(f"unknown language {lang!r}: use zh or en")
    return lang


def message(kind: str, lang: str, **fields: Any) -> str:
    return MESSAGES[kind][lang].format(**fields)


def phrase(lang: str, name: str, **fields: Any) -> str:
    return PHRASES[lang][name].format(**fields)


def listing(lang: str, items: list[str]) -> str:
    return PHRASES[lang]["list"].join(items)


def joined(lang: str, parts: list[str]) -> str:
    """Clauses joined with "and" (并 in Chinese, without spaces)."""
    glue = PHRASES[lang]["and"]
    return glue.join(parts) if lang == "zh" else f" {glue} ".join(parts)
