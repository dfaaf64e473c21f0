"""Posts and units read from a list of people: an address book or an HR system's export.

`姓名 | 职务 | 部门 | 直属上级 | 工号`: each row is a person. The posts are their titles, and a
post answers to the title of the person its holder's row names as superior: a name is
resolved only when one person bears it, or when the staff number written after it
(`王磊(HZ0211)`) tells which. A post whose superior cannot be resolved is left to the rest
of the document. A path of units (`部门路径:杭州总部/营销中心/电商运营部`) gives each unit
after the first its parent.

Read on the normal text; the spans given back are in the decoded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ingest.code_blocks import OrgData
from ingest.names import is_plausible, kind_of, tidy_name
from ingest.normalize import NormalText
from ingest.records import Department, Role
from ingest.vocab import FIELD_KINDS

_PERSON_COLUMNS = frozenset({"姓名", "员工姓名", "成员", "人员"})
_TITLE_COLUMNS = frozenset({"职务", "职位", "岗位", "岗位名称", "职务名称", "职位名称"})
_UNIT_COLUMNS = frozenset({"部门", "所属部门", "所在部门"})
_ID_COLUMNS = frozenset({"工号", "员工编号", "员工号", "账号"})
_SUPERIOR_COLUMNS = frozenset(k for k, v in FIELD_KINDS.items() if v == "superior")
# `直属上级(姓名)`: a column's note on what its cells hold.
_COLUMN_NOTE = re.compile(r"\([^()]{1,10}\)$")
# `王磊(HZ0211)`: a name, and the staff number that tells two of that name apart.
_PERSON_CELL = re.compile(r"(?P<name>[^()]{1,20}?)\s*(?:\((?P<id>[A-Za-z0-9-]{2,20})\))?")
_SEPARATORS = ("|", "\t")
# `部门路径:杭州总部/营销中心/电商运营部`, `所在部门:总部/运营中心`
_UNIT_PATH = re.compile(
    r"(?:部门路径|组织路径|部门全路径|所在部门|所属部门)[ \t]*:[ \t]*"
    r"(?P<path>[^\s/:|]{2,20}(?:[ \t]*/[ \t]*[^\s/:|]{2,20})+)"
)


@dataclass
class _Person:
    name: str
    staff_id: str
    title: str
    unit: str
    superior: str
    span: tuple[int, int]  # the row, in the normal text


def people_data(nt: NormalText) -> list[OrgData]:
    """The posts of each list of people in the text, and the units of its unit paths."""
    text = nt.text
    out: list[OrgData] = []
    if "/" in text:
        paths = _unit_paths(nt)
        if paths.departments:
            out.append(paths)
    if any(c in text for c in _PERSON_COLUMNS):
        out += [_posts(nt, rows) for rows in _people_tables(text)]
    return [o for o in out if o.roles or o.departments]


def _unit_paths(nt: NormalText) -> OrgData:
    found = OrgData(len(nt.text), 0)
    seen: set[str] = set()
    for m in _UNIT_PATH.finditer(nt.text):
        parts = [tidy_name(p) for p in m.group("path").split("/")]
        if not all(is_plausible(p) for p in parts) or kind_of(parts[-1]) != "dept":
            continue
        span = nt.offsets.span(*m.span("path"))
        found.start, found.end = min(found.start, span[0]), max(found.end, span[1])
        for parent, unit in pairwise(parts):
            if unit not in seen:
                seen.add(unit)
                found.departments.append(Department(name=unit, parent=parent, evidence=[span]))
    return found


def _people_tables(text: str) -> list[list[_Person]]:
    """The rows of each table whose head names a person's, a title's and a superior's
    column. Head rows are looked for only around the words of a person's column."""
    tables: list[list[_Person]] = []
    heads: set[int] = set()
    for word in _PERSON_COLUMNS:
        at = text.find(word)
        while at >= 0:
            heads.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, at + len(word))
    done = -1
    for pos in sorted(heads):
        if pos <= done:
            continue  # a head row inside a table read already
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        head = _columns(text[pos:end])
        if head is not None:
            rows, done = _rows(text, end + 1, head)
            if rows:
                tables.append(rows)
    return tables


@dataclass
class _Head:
    sep: str
    width: int
    person: int
    title: int
    superior: int
    unit: int | None
    staff_id: int | None


def _columns(line: str) -> _Head | None:
    sep = next((s for s in _SEPARATORS if line.count(s) >= 2), None)
    if sep is None:
        return None
    labels = [_COLUMN_NOTE.sub("", c.strip()) for c in _cells(line, sep)]

    def column(names: frozenset[str]) -> int | None:
        return next((i for i, lab in enumerate(labels) if lab in names), None)

    person, title, superior = (
        column(_PERSON_COLUMNS),
        column(_TITLE_COLUMNS),
        column(_SUPERIOR_COLUMNS),
    )
    if person is None or title is None or superior is None:
        return None
    return _Head(
        sep, len(labels), person, title, superior, column(_UNIT_COLUMNS), column(_ID_COLUMNS)
    )


def _cells(line: str, sep: str) -> list[str]:
    cells = line.split(sep)
    if sep == "|":  # `| a | b |`: nothing outside the first and last bar
        if cells and not cells[0].strip():
            cells = cells[1:]
        if cells and not cells[-1].strip():
            cells = cells[:-1]
    return cells


def _rows(text: str, pos: int, head: _Head) -> tuple[list[_Person], int]:
    """The people under a head row, up to the first line that is not a row of the table;
    and where the table ends."""
    rows: list[_Person] = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        cells = [c.strip() for c in _cells(line, head.sep)] if head.sep in line else []
        if len(cells) != head.width:
            if set(line.strip()) <= set("-|: \t") and line.strip():
                pos = end + 1  # `| --- | --- |`: a Markdown table's rule
                continue
            return rows, pos - 1
        rows.append(
            _Person(
                name=cells[head.person],
                staff_id=cells[head.staff_id] if head.staff_id is not None else "",
                title=tidy_name(cells[head.title]),
                unit=tidy_name(cells[head.unit]) if head.unit is not None else "",
                superior=cells[head.superior],
                span=(pos, end),
            )
        )
        pos = end + 1
    return rows, len(text)


def _posts(nt: NormalText, rows: list[_Person]) -> OrgData:
    """A post for each title whose holder's superior is resolved to a title."""
    by_id = {p.staff_id: p for p in rows if p.staff_id}
    by_name: dict[str, list[_Person]] = {}
    for p in rows:
        by_name.setdefault(p.name, []).append(p)
    found = OrgData(*nt.offsets.span(rows[0].span[0], rows[-1].span[1]))
    posts: dict[str, Role] = {}
    for p in rows:
        boss = _resolve(p.superior, by_id, by_name)
        if not p.title or boss is None or not boss.title or boss.title == p.title:
            continue
        if not is_plausible(p.title, strict=False) or not is_plausible(boss.title, strict=False):
            continue
        role = posts.get(p.title)
        if role is None:
            role = posts[p.title] = Role(name=p.title, department=p.unit or None)
            found.roles.append(role)
        if boss.title not in role.reports_to:
            role.reports_to.append(boss.title)
        role.evidence.append(nt.offsets.span(*p.span))
    return found


def _resolve(
    cell: str, by_id: dict[str, _Person], by_name: dict[str, list[_Person]]
) -> _Person | None:
    m = _PERSON_CELL.fullmatch(cell)
    if not cell or m is None:
        return None
    if m.group("id"):
        return by_id.get(m.group("id"))
    named = by_name.get(m.group("name").strip(), [])
    return named[0] if len(named) == 1 else None
