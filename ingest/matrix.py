"""Responsibility matrices: duties down the side, units across the top, marks in the cells.

A 部门职责分工表 pasted from Excel is a tab table whose head row names the units, one a
column (`<TAB><TAB>综合办公室<TAB>人力资源部<TAB>…`), above rows of a duty and a mark
under each unit concerned: `●` for the unit that leads (主责), `○` for those that help
(配合). A duty belongs to the units that lead it; helping is no duty of one's own. The
head row may come back at a page break, and a legend line may stand between it and the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.names import is_plausible, kind_of, tidy_name

# Marks for the unit that leads a duty (主责, 牵头, 主办) and for those that help.
LEAD_MARKS = frozenset({"●", "★", "▲", "√", "✓", "主责", "牵头", "主办", "主"})
HELP_MARKS = frozenset({"○", "☆", "△", "◎", "配合", "协办", "协助", "参与", "辅"})
_SYMBOLS = ("●", "★", "▲", "√", "✓")
_MIN_UNITS = 3  # units a head row names at least
_DUTY_COLUMN = re.compile(r"事项|职责|工作内容|业务内容|工作任务")  # the duties' column label
_LABEL_MAX = 12  # characters of a column label; a longer cell is a duty


@dataclass
class MatrixDuty:
    """A duty a matrix gives a unit, with the span of its words in the text."""

    unit: str
    duty: str
    start: int
    end: int


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        b = end if nl < 0 else nl
        yield pos, b
        pos = b + 1


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = a
    while True:
        tab = text.find("\t", pos, b)
        out.append((pos, b if tab < 0 else tab))
        if tab < 0:
            return out
        pos = tab + 1


def _units(text: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """Columns of a head row that name units, by their index."""
    out: dict[int, str] = {}
    for i, (a, b) in enumerate(cells):
        name = tidy_name(text[a:b])
        if name and kind_of(name) == "dept" and is_plausible(name):
            out[i] = name
    return out


def matrix_duties(text: str, start: int, end: int) -> list[MatrixDuty]:
    """The duties the responsibility matrices in text[start:end] give their units."""
    if text.find("\t", start, end) < 0 or all(text.find(m, start, end) < 0 for m in _SYMBOLS):
        return []  # no table, or no mark drawn: word marks (`主责`) come with drawn ones
    out: list[MatrixDuty] = []
    units: dict[int, str] = {}
    duty_col: int | None = None
    for a, b in _lines(text, start, end):
        if "\t" not in text[a:b]:
            if text[a:b].strip():
                units, duty_col = {}, None  # a line of no cells ends the table
            continue
        cells = _cells(text, a, b)
        words = [text[x:y].strip() for x, y in cells]
        named = next(
            (i for i, w in enumerate(words) if len(w) <= _LABEL_MAX and _DUTY_COLUMN.search(w)),
            None,
        )
        if named is not None:
            duty_col = named  # `序号<TAB>业务类别<TAB>业务事项<TAB>…`
        head = _units(text, cells)
        if len(head) >= _MIN_UNITS:
            units = head
            continue
        if named is not None:
            continue
        if not units:
            continue
        leads = [units[i] for i, w in enumerate(words) if i in units and w in LEAD_MARKS]
        if not leads:
            continue
        col = duty_col if duty_col is not None and duty_col < len(cells) else None
        if col is None or not words[col] or words[col] in LEAD_MARKS | HELP_MARKS:
            first_unit = min(units)
            texts = [i for i in range(min(first_unit, len(words))) if words[i]]
            col = max(texts, key=lambda i: len(words[i]), default=None)
        if col is None:
            continue
        x, y = cells[col]
        out.extend(MatrixDuty(unit, words[col], x, y) for unit in leads)
    return out
