"""Tables of measures whose owners stand in a column of their own.

A quality manual's 部门质量目标 or a KPI library names the measure first and the unit or
post answerable for it in a later column: `质量目标<TAB>计算方法<TAB>目标值<TAB>责任部门`,
then `顾客投诉次数<TAB>每月有效投诉次数<TAB>≤2次/月<TAB>业务部、品质部`. Each row gives its
measure to every owner it names. Tables cut by tabs or by bars (Markdown) are read; the
table ends at the first line with no cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.matrix import RULE_ROW, table_cells
from ingest.names import is_plausible, kind_of, tidy_name

_MEASURE_COLUMNS = frozenset(
    {"质量目标", "指标名称", "KPI名称", "KPI", "考核指标", "关键绩效指标", "绩效指标", "目标名称"}
)
_OWNER_COLUMNS = frozenset({"责任部门", "责任单位", "主责部门", "归口部门", "责任岗位", "考核对象"})
_OWNERS_SPLIT = re.compile(r"[、,/;]")


@dataclass
class OwnedMeasure:
    """A measure a table gives a unit or a post (`kind`), with the span of its words."""

    owner: str
    kind: str  # "dept" or "role"
    measure: str
    start: int
    end: int


def owned_measures(text: str, start: int, end: int) -> list[OwnedMeasure]:
    """The measures the tables in text[start:end] give the owners they name."""
    if not any(text.find(w, start, end) >= 0 for w in _OWNER_COLUMNS):
        return []
    out: list[OwnedMeasure] = []
    columns: tuple[int, int] | None = None  # (measure, owner) of the table being read
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        b = end if nl < 0 else nl
        a, pos = pos, b + 1
        line = text[a:b]
        if "\t" not in line and "|" not in line:
            if line.strip():
                columns = None  # a line of no cells ends the table
            continue
        if RULE_ROW.fullmatch(line):
            continue
        cells = table_cells(text, a, b)
        words = [text[x:y].strip() for x, y in cells]
        measure = next((i for i, w in enumerate(words) if w in _MEASURE_COLUMNS), None)
        owner = next((i for i, w in enumerate(words) if w in _OWNER_COLUMNS), None)
        if measure is not None and owner is not None and measure < owner:
            columns = (measure, owner)
            continue
        if columns is None or len(words) <= columns[1] or not words[columns[0]]:
            continue
        x, y = cells[columns[0]]
        for name in (tidy_name(n) for n in _OWNERS_SPLIT.split(words[columns[1]])):
            kind = kind_of(name) if name else ""
            if kind and is_plausible(name):
                out.append(OwnedMeasure(name, kind, words[columns[0]], x, y))
    return out
