"""The dashboard's words in Chinese and English. `t(key)` picks the current language."""

from __future__ import annotations

from typing import Any

import streamlit as st

LANGS = {"zh": "中文", "en": "English"}
DEFAULT_LANG = "zh"

STRINGS: dict[str, tuple[str, str]] = {
    # key: (中文, English)
    "app_title": ("组织知识库", "Organisation knowledge base"),
    "language": ("语言", "Language"),
    "page_overview": ("总览", "Overview"),
    "page_org_chart": ("组织架构图", "Org chart"),
    "page_chain": ("指挥链", "Chain of command"),
    "page_responsibilities": ("职责分析", "Responsibilities"),
    "page_compare": ("跨组织比较", "Compare"),
    "page_explore": ("图探索", "Explore"),
    "page_sources": ("来源文档", "Sources"),
    "page_load": ("导入", "Load"),
    "neo4j_down": ("无法连接 Neo4j 数据库：{detail}", "Cannot reach Neo4j: {detail}"),
    "empty_db": (
        "数据库中还没有组织。请在“导入”页面上传文档，或运行 `kb ingest data/sample`。",
        "The database holds no organisation yet. Upload documents on the Load page, or run "
        "`kb ingest data/sample`.",
    ),
    "no_roles": ("组织“{org}”没有岗位。", "The organisation “{org}” has no roles."),
    "organization": ("组织", "Organisation"),
    "all": ("全部", "All"),
    # overview
    "organizations": ("组织", "Organisations"),
    "departments": ("部门", "Departments"),
    "roles": ("岗位", "Roles"),
    "referenced_roles": ("仅被提及的岗位", "Roles only referenced"),
    "duties": ("职责", "Duties"),
    "kpis": ("考核指标", "KPIs"),
    "authorities": ("权限", "Authorities"),
    "sources": ("来源", "Sources"),
    "principles": ("三项原则", "The three principles"),
    "principle_unity": ("一个上级", "One superior"),
    "principle_parity": ("责权一致", "Responsibility matched by authority"),
    "principle_coverage": ("既无重叠又无空白", "No overlap, no gap"),
    "principle_ok": ("符合", "holds"),
    "principle_broken": ("{n} 项问题", "{n} findings"),
    "findings": ("审计发现", "Findings"),
    "findings_by_type": ("按类型和严重程度统计的发现", "Findings by type and severity"),
    "no_findings": ("没有发现问题。", "No findings."),
    "audit_unavailable": ("审计模块尚不可用。", "The audit module is not available."),
    "type": ("类型", "Type"),
    "severity": ("严重程度", "Severity"),
    "count": ("数量", "Count"),
    "message": ("说明", "Message"),
    "subjects": ("涉及", "Subjects"),
    # org chart
    "search_role": ("搜索岗位以跳转", "Search a role to jump to it"),
    "focus": ("聚焦所选岗位的上下级", "Focus on the selected role's neighbourhood"),
    "depth": ("展开层级", "Levels shown"),
    "chart_hint": (
        "点击节点查看岗位卡片；点击有下级的节点可折叠/展开。拖动平移，滚轮缩放。",
        "Click a node to open its card; clicking a node with subordinates collapses or expands "
        "it. Drag to pan, scroll to zoom.",
    ),
    "legend": ("部门颜色", "Department colours"),
    "no_department": ("（无部门）", "(no department)"),
    "auditing": ("正在审计，稍后显示问题标记…", "Auditing; the badges follow…"),
    "badge_help": ("⚠ 表示该岗位有审计发现", "⚠ marks a role with findings"),
    # role card
    "role_card": ("岗位卡片", "Role card"),
    "department": ("部门", "Department"),
    "headcount": ("编制", "Headcount"),
    "referenced_only": (
        "此岗位仅在其他岗位的描述中被提及，没有自己的说明。",
        "This role is only named by other roles' descriptions; no source describes it.",
    ),
    "superiors": ("上级", "Superiors"),
    "subordinates": ("下级", "Subordinates"),
    "reports_out": ("提交的报告", "Reports it submits"),
    "reports_in": ("收到的报告", "Reports it receives"),
    "coordinates": ("协作对象", "Works with"),
    "holders": ("任职者", "Holders"),
    "source_text": ("原文", "Source text"),
    "source_row": ("第 {row} 行", "row {row}"),
    "dotted": ("虚线汇报", "dotted line"),
    "none": ("无", "none"),
    "open_role": ("打开岗位", "Open role"),
    # chain
    "pick_role": ("选择岗位（可输入搜索）", "Pick a role (type to search)"),
    "pick_second_role": ("第二个岗位（可选）", "Second role (optional)"),
    "chain_up": ("向上指挥链", "Chain up"),
    "chain_down": ("下属树", "Tree down"),
    "span_of_control": ("管理幅度", "Span of control"),
    "direct_reports": ("直接下级", "Direct reports"),
    "all_reports": ("全部下级", "All subordinates"),
    "depth_below": ("下属层级", "Levels below"),
    "lowest_common_superior": ("最近共同上级", "Lowest common superior"),
    "path": ("路径", "Path"),
    "no_common_superior": ("两个岗位没有共同上级。", "The two roles have no common superior."),
    "no_path": ("两个岗位之间没有汇报路径。", "No reporting path joins the two roles."),
    "top_of_chain": ("此岗位没有上级。", "This role has no superior."),
    "no_subordinates": ("此岗位没有下级。", "This role has no subordinates."),
    "chains_unavailable": ("指挥链模块尚不可用。", "The chain-of-command module is not available."),
    # responsibilities
    "duplicates": ("重复职责", "Duplicated duties"),
    "similarity": ("相似度", "Similarity"),
    "relation": ("持有者关系", "Relation between holders"),
    "coverage": ("岗位 × 职能覆盖", "Role × function coverage"),
    "coverage_by_department": (
        "{n} 个岗位，按部门汇总显示。",
        "{n} roles: shown summed by department.",
    ),
    "uncovered": ("无人负责的职能", "Uncovered functions"),
    "overlapping": ("多方负责的职能", "Overlapping functions"),
    "rows_shown": (
        "显示前 {shown} 行，共 {total} 行；导出文件包含全部。",
        "Showing the first {shown} of {total} rows; the exports hold them all.",
    ),
    "export_csv": ("导出 CSV", "Export CSV"),
    "export_xlsx": ("导出 XLSX", "Export XLSX"),
    "functions_unavailable": ("职能模块尚不可用。", "The functions module is not available."),
    "similarity_unavailable": ("相似度模块尚不可用。", "The similarity module is not available."),
    "no_duplicates": ("没有重复职责。", "No duplicated duties."),
    "no_coverage": ("没有可显示的职能覆盖数据。", "No function coverage to show."),
    # compare
    "same_titles": ("多个组织共有的岗位名称", "Titles held in several organisations"),
    "title": ("岗位名称", "Title"),
    "functions": ("职能", "Functions"),
    "no_same_titles": (
        "没有在多个组织中出现的岗位名称。",
        "No title appears in two organisations.",
    ),
    # explore
    "search_text": ("全文搜索（名称与职责）", "Full-text search (names and duties)"),
    "no_results": ("没有结果。", "No results."),
    "start_node": ("起始节点", "Start from"),
    "explore_hint": ("点击节点展开其相邻节点。", "Click a node to expand its neighbours."),
    "reset": ("重置", "Reset"),
    "selected_node": ("所选节点", "Selected node"),
    # sources
    "pick_source": ("选择来源", "Pick a source"),
    "no_sources": ("尚未导入任何来源。", "No source has been loaded yet."),
    "file_missing": (
        "文件 {path} 已不存在，仅显示抽取出的事实。",
        "The file {path} is gone; only the extracted facts are shown.",
    ),
    "facts": ("事实", "Facts"),
    "table_source": ("结构化文件：事实按行号给出。", "Structured file: facts are given by row."),
    # load
    "upload": ("上传文档或表格", "Upload documents or spreadsheets"),
    "organization_override": (
        "组织名称（可选，覆盖文档中的名称）",
        "Organisation (optional, overrides the documents')",
    ),
    "preview": ("预览抽取结果", "Preview what extraction finds"),
    "load": ("导入图数据库", "Load into the graph"),
    "loaded": ("已导入 {n} 个文件。", "Loaded {n} files."),
    "loading": ("正在导入…", "Loading…"),
    "loader_unavailable": ("导入模块尚不可用。", "The loader is not available."),
    "nothing_uploaded": ("请先上传文件。", "Upload files first."),
    "preview_of": (
        "{file}：{units} 个单元，{roles} 个岗位，{departments} 个部门",
        "{file}: {units} units, {roles} roles, {departments} departments",
    ),
}


def lang() -> str:
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def t(key: str, **fmt: Any) -> str:
    """The UI string `key` in the current language, formatted with `fmt`."""
    zh, en = STRINGS[key]
    text = zh if lang() == "zh" else en
    return text.format(**fmt) if fmt else text
