"""Responsibility matrices: duties down the side, units across the top, marks in the cells.

A 部门职责分工表 pasted from Excel is a tab table whose head row names the units, one a
column (`<TAB><TAB>综合办公室<TAB>人力资源部<TAB>…`), above rows of a duty and a mark
under each unit concerned: `●` for the unit that leads (主责), `○` for those that help
(配合). A project's RACI chart, often a Markdown table, marks the one who does the work
`R` (`R/A` when it also answers for it), and its columns may be posts as well as units.
A duty belongs to whoever leads it or does it; helping, approving, being consulted or told
is no duty of one's own. The head row may come back at a page break, and a legend line may
stand between it and the rows. A quality manual's 职能分配表 shares out the clauses of a
standard (`条款` column) the same way; those are requirements, not duties, and are passed by.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.names import is_plausible, kind_of, tidy_name

# Marks for the one that leads a duty (主责, 牵头, 主办; RACI's R) and for the others.
LEAD_MARKS = frozenset({"●", "★", "▲", "√", "✓", "主责", "牵头", "主办", "主", "R", "R/A", "A/R"})
HELP_MARKS = frozenset({"○", "☆", "△", "◎", "配合", "协办", "协助", "参与", "辅", "A", "C", "I"})
_SYMBOLS = ("●", "★", "▲", "√", "✓")
_RACI_CELL = re.compile(r"[\t|][ \t]*R(?:/A)?[ \t]*[\t|]")
_MIN_COLUMNS = 3  # units or posts a head row names at least
_DUTY_COLUMN = re.compile(r"事项|职责|工作内容|业务内容|工作任务")  # the duties' column label
_LABEL_MAX = 12  # characters of a column label; a longer cell is a duty
RULE_ROW = re.compile(r"[\s|:\-]+")  # a Markdown table's `| --- | :---: |`
_CLAUSE_COLUMNS = frozenset({"条款", "标准条款", "条款号", "ISO条款"})


@dataclass
class MatrixDuty:
    """A duty a matrix gives a unit or a post (`kind`), with the span of its words."""

    owner: str
    kind: str  # "dept" or "role"
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


def table_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a row cut by tabs, or by bars (a Markdown table's outer bars aside)."""
    sep = "\t" if "\t" in text[a:b] else "|"
    line = text[a:b]
    if sep == "|":
        lead = len(line) - len(line.lstrip())
        if line.strip().startswith("|"):
            a += lead + 1
        if line.rstrip().endswith("|"):
            b -= len(line) - len(line.rstrip()) + 1
    out: list[tuple[int, int]] = []
    pos = a
    while True:
        cut = text.find(sep, pos, b)
        out.append((pos, b if cut < 0 else cut))
        if cut < 0:
            return out
        pos = cut + 1


def _owners(text: str, cells: list[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """Columns of a head row that name units or posts, by their index."""
    out: dict[int, tuple[str, str]] = {}
    for i, (a, b) in enumerate(cells):
        name = tidy_name(text[a:b])
        kind = kind_of(name) if name else ""
        if kind and is_plausible(name):
            out[i] = (name, kind)
    return out


def matrix_duties(text: str, start: int, end: int) -> list[MatrixDuty]:
    """The duties the responsibility matrices in text[start:end] give their units and posts."""
    if text.find("\t", start, end) < 0 and text.find("|", start, end) < 0:
        return []
    drawn = any(text.find(m, start, end) >= 0 for m in _SYMBOLS)
    if not drawn and _RACI_CELL.search(text, start, end) is None:
        return []  # no mark: word marks (`主责`) come with drawn ones
    out: list[MatrixDuty] = []
    owners: dict[int, tuple[str, str]] = {}
    duty_col: int | None = None
    for a, b in _lines(text, start, end):
        line = text[a:b]
        if "\t" not in line and "|" not in line:
            if line.strip():
                owners, duty_col = {}, None  # a line of no cells ends the table
            continue
        if RULE_ROW.fullmatch(line):
            continue
        cells = table_cells(text, a, b)
        words = [text[x:y].strip() for x, y in cells]
        named = next(
            (i for i, w in enumerate(words) if len(w) <= _LABEL_MAX and _DUTY_COLUMN.search(w)),
            None,
        )
        if named is not None:
            duty_col = named  # `序号<TAB>业务类别<TAB>业务事项<TAB>…`
        head = _owners(text, cells)
        if len(head) >= _MIN_COLUMNS:
            # `条款<TAB>过程/要求<TAB>总经理…`: a management system's clauses shared out,
            # each a requirement of a standard, no duty
            owners = {} if any(w in _CLAUSE_COLUMNS for w in words) else head
            continue
        if named is not None or not owners:
            continue
        leads = [owners[i] for i, w in enumerate(words) if i in owners and w in LEAD_MARKS]
        if not leads:
            continue
        col = duty_col if duty_col is not None and duty_col < len(cells) else None
        if col is None or not words[col] or words[col] in LEAD_MARKS | HELP_MARKS:
            first = min(owners)
            texts = [i for i in range(min(first, len(words))) if words[i]]
            col = max(texts, key=lambda i: len(words[i]), default=None)
        if col is None:
            continue
        x, y = cells[col]
        out.extend(MatrixDuty(name, kind, words[col], x, y) for name, kind in leads)
    return out
