"""Items exported one row each, as an HR system's library of duties comes out as CSV.

`岗位编码,岗位名称,所属组织,上级岗位,编制,条目类型,序号,条目内容,状态`: every row is one
item of a post (a duty, a measure, an authority or a requirement), the post's own fields
repeated on each. The rows are gathered by post; a row marked retired (`停用`) and the
requirements are left out. The system's table of units
(`组织编码,组织名称,上级组织编码,…,组织职能`) gives each unit its parent by code, and the
posts their units.

Read on the decoded text (the CSV's quotes and commas as written); the tables are blanked
for the rules (`ingest.rewrite.blank_markup`), which would read them as text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.code_blocks import OrgData
from ingest.names import tidy_name
from ingest.records import Department, Role

_POST = frozenset({"岗位名称", "职位名称"})
_ITEM_KIND = frozenset({"条目类型", "条目类别", "类型"})
_ITEM = frozenset({"条目内容", "内容", "条目描述"})
_SUPERIOR = frozenset({"上级岗位", "直接上级", "汇报对象"})
_POST_UNIT = frozenset({"所属组织", "所属部门", "部门"})
_COUNT = frozenset({"编制", "定员"})
_STATE = frozenset({"状态"})
_UNIT_CODE = frozenset({"组织编码", "部门编码", "部门编号", "组织代码"})
_UNIT_NAME = frozenset({"组织名称", "部门名称"})
_PARENT_CODE = frozenset({"上级组织编码", "上级部门编码", "上级组织"})
_UNIT_DUTIES = frozenset({"组织职能", "部门职能", "部门职责"})
_ITEM_AS = {"职责": "duties", "工作职责": "duties", "岗位职责": "duties", "考核指标": "kpis",
            "KPI": "kpis", "绩效指标": "kpis", "权限": "authorities"}  # fmt: skip
_RETIRED = ("停用", "失效", "作废", "删除")
_HINTS = ("条目", "组织编码")  # a text without these holds no such table
_HEAD_MAX = 400  # characters of a head row: a longer line is no table's head
_PARTS = re.compile(r"[；;\r\n]+")
_NUMBERING = re.compile(r"^\s*\d{1,2}\s*[.、．)）]\s*")


@dataclass
class _Table:
    start: int  # the head row's start in the text
    end: int  # the last row's end
    head: list[str]
    rows: list[list[str]]


def item_tables(text: str) -> list[tuple[int, int]]:
    """The spans of the text's item and unit tables."""
    return [(t.start, t.end) for t in _tables(text)]


def _tables(text: str) -> Iterator[_Table]:
    if not any(hint in text for hint in _HINTS):
        return
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].rstrip("\r")
        head = [c.strip() for c in next(csv.reader([line]), [])] if len(line) < _HEAD_MAX else []
        names = set(head)
        is_items = bool(names & _POST and names & _ITEM_KIND and names & _ITEM)
        is_units = bool(names & _UNIT_CODE and names & _UNIT_NAME and names & _PARENT_CODE)
        if not (is_items or is_units):
            pos = end + 1
            continue
        rows, stop = _rows(text, end + 1)
        yield _Table(pos, stop, head, rows)
        pos = stop + 1


def _rows(text: str, pos: int) -> tuple[list[list[str]], int]:
    """The rows after a head row, up to an empty row; and where they end."""
    rows: list[list[str]] = []
    stop = pos
    lines = iter(text[pos:].splitlines(keepends=True))
    consumed = pos

    def counted() -> Iterator[str]:
        nonlocal consumed
        for line in lines:
            consumed += len(line)
            yield line

    try:
        for row in csv.reader(counted()):
            if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("【"):
                break
            rows.append([cell.strip() for cell in row])
            stop = consumed
    except csv.Error:
        pass  # a cell past the CSV reader's limit, or a stray NUL: the table ends there
    return rows, max(pos, stop - 1)


def item_rows(text: str) -> list[OrgData]:
    """The units and posts of the text's item and unit tables, as one block."""
    tables = list(_tables(text))
    if not tables:
        return []
    units: dict[str, str] = {}  # code -> name
    block = OrgData(start=tables[0].start, end=tables[-1].end)
    depts: dict[str, Department] = {}
    roles: dict[str, Role] = {}
    for table in tables:
        col = {name: i for i, name in enumerate(table.head) if name}
        if col.keys() & _UNIT_CODE:
            _units(table, col, units, depts)
    for table in tables:
        col = {name: i for i, name in enumerate(table.head) if name}
        if col.keys() & _ITEM:
            _posts(table, col, units, roles)
    block.departments = list(depts.values())
    block.roles = list(roles.values())
    return [block]


def _cell(row: list[str], col: dict[str, int], names: frozenset[str]) -> str:
    i = next((col[n] for n in names if n in col), None)
    return row[i] if i is not None and i < len(row) else ""


def _units(
    table: _Table, col: dict[str, int], units: dict[str, str], depts: dict[str, Department]
) -> None:
    for row in table.rows:
        code, name = _cell(row, col, _UNIT_CODE), tidy_name(_cell(row, col, _UNIT_NAME))
        if code and name:
            units[code] = name
    for row in table.rows:
        name = tidy_name(_cell(row, col, _UNIT_NAME))
        if not name:
            continue
        dept = depts.setdefault(name, Department(name=name))
        dept.parent = dept.parent or units.get(_cell(row, col, _PARENT_CODE))
        dept.evidence.append((table.start, table.end))
        for part in _PARTS.split(_cell(row, col, _UNIT_DUTIES)):
            duty = _NUMBERING.sub("", part).strip(" 。")
            if duty and duty not in dept.duties:
                dept.duties.append(duty)
                dept.duty_spans.append((table.start, table.end))  # the table: rows run on


def _posts(
    table: _Table, col: dict[str, int], units: dict[str, str], roles: dict[str, Role]
) -> None:
    for row in table.rows:
        name = tidy_name(_cell(row, col, _POST))
        if not name or _cell(row, col, _STATE).startswith(_RETIRED):
            continue
        role = roles.setdefault(name, Role(name=name))
        unit = _cell(row, col, _POST_UNIT)
        role.department = role.department or units.get(unit) or tidy_name(unit) or None
        superior = tidy_name(_cell(row, col, _SUPERIOR))
        if superior and superior not in role.reports_to:
            role.reports_to.append(superior)
        count = _cell(row, col, _COUNT)
        role.headcount = role.headcount or (int(count) if count.isdigit() else None)
        if (table.start, table.end) not in role.evidence:
            role.evidence.append((table.start, table.end))
        kind = _ITEM_AS.get(_cell(row, col, _ITEM_KIND))
        item = _NUMBERING.sub("", _cell(row, col, _ITEM)).strip(" 。；;")
        if not kind or not item:
            continue  # a requirement, or an empty row
        items: list[str] = getattr(role, kind)
        if item not in items:
            items.append(item)
            if kind == "duties":
                role.duty_spans.append((table.start, table.end))
