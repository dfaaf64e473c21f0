"""An HR system's database dump saved as text (`mysqldump`): its tables read as data.

`CREATE TABLE` names each table's columns, most with a comment that says what they hold
(`COMMENT '岗位名称'`); `INSERT INTO … VALUES (…),(…);` holds the rows, strings with
backslash escapes (`\\r\\n` between a post's numbered duties) and a rich-text editor's HTML.
A table whose name column is a post's (`岗位名称`, or a table named for posts) holds posts;
one whose name column is a unit's (`部门名称`) holds units. Units and posts refer to each
other by id (`parent_id`, `dept_id`), and a table of measures to its post (`post_id`). A
row marked deleted (`is_deleted` 1) is no longer part of the organisation; a unit at the
root with no duties is the organisation itself, and a post with nothing said of it is no
post yet. The rows become the mappings `ingest.code_blocks` reads.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_TABLE = re.compile(r"CREATE TABLE\s+`?(?P<name>\w+)`?\s*\((?P<body>.*?)\n\)", re.S)
_COLUMN = re.compile(
    r"^\s*`(?P<name>\w+)`[^\n]*?(?:COMMENT\s+'(?P<comment>(?:[^'\\]|\\.)*)')?,?$", re.M
)
_INSERT = re.compile(r"INSERT INTO\s+`?(?P<name>\w+)`?\s*(?:\((?P<columns>[^)]*)\)\s*)?VALUES\s*")
_ROW = re.compile(r"\((?P<values>(?:'(?:[^'\\]|\\.)*'|[^'()])*)\)\s*(?P<next>[,;]?)")
_VALUE = re.compile(r"'(?P<text>(?:[^'\\]|\\.)*)'|(?P<bare>[^,'\s][^,]*)")
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "", "Z": "", "b": ""}
_BLOCK_END = re.compile(r"</p>|</li>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")
_MEASURE_CUT = re.compile(r"[;；、,，\n]")


@dataclass
class _Table:
    name: str
    columns: list[str]
    comments: dict[str, str] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def column(self, names: tuple[str, ...], comment_words: tuple[str, ...]) -> str | None:
        """The column called one of names, or whose comment holds one of comment_words."""
        for col in self.columns:
            if col.lower() in names:
                return col
        for col in self.columns:
            if any(w in self.comments.get(col, "") for w in comment_words):
                return col
        return None


def is_sql_dump(text: str) -> bool:
    return "INSERT INTO" in text and "CREATE TABLE" in text and bool(_INSERT.search(text))


def dump_records(text: str) -> list[dict[str, Any]]:
    """The dump's units and posts as mappings of `ingest.code_blocks`' field names."""
    tables = _tables(text)
    units = next((t for t in tables.values() if _kind(t) == "unit"), None)
    posts = next((t for t in tables.values() if _kind(t) == "post"), None)
    out: list[dict[str, Any]] = []
    if units is not None:
        out += _unit_records(units)
    if posts is not None:
        out += _post_records(posts, units, [t for t in tables.values() if t is not posts])
    return out


def _tables(text: str) -> dict[str, _Table]:
    tables: dict[str, _Table] = {}
    for m in _TABLE.finditer(text):
        cols = list(_COLUMN.finditer(m.group("body")))
        tables[m.group("name")] = _Table(
            m.group("name"),
            [c.group("name") for c in cols],
            {c.group("name"): _unescape(c.group("comment") or "") for c in cols},
        )
    for m in _INSERT.finditer(text):
        table = tables.get(m.group("name"))
        if table is None:
            continue
        columns = (
            [c.strip(" `") for c in m.group("columns").split(",")]
            if m.group("columns")
            else table.columns
        )
        for values in _rows(text, m.end()):
            table.rows.append(dict(zip(columns, values, strict=False)))
    return tables


def _rows(text: str, pos: int) -> Iterator[list[str | None]]:
    while (m := _ROW.match(text, pos)) is not None:
        yield [_value(v) for v in _VALUE.finditer(m.group("values"))]
        if m.group("next") != ",":
            return
        pos = m.end()


def _value(m: re.Match[str]) -> str | None:
    if m.group("text") is not None:
        return _unescape(m.group("text"))
    bare = m.group("bare").strip()
    return None if bare.upper() == "NULL" else bare


def _unescape(s: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), s)


def _kind(table: _Table) -> str | None:
    name = table.column(("name",), ("名称",))
    said = f"{table.name.lower()} {table.comments.get(name or '', '')}"
    if name is None:
        return None
    if any(w in said for w in ("post", "position", "job", "岗位", "职位")):
        return "post"
    if any(w in said for w in ("dept", "department", "org", "unit", "部门", "机构")):
        return "unit"
    return None


def _live(table: _Table) -> list[dict[str, Any]]:
    flag = table.column(("is_deleted", "deleted", "del_flag"), ("删除",))
    return [row for row in table.rows if not flag or row.get(flag) in (None, "0", "")]


def _text(value: str | None) -> str:
    """A field's text, a rich-text editor's paragraphs a line each, in NFKC as the prose
    is (`（1）` read as numbering)."""
    if not value:
        return ""
    if "<" in value:
        value = _TAG.sub("", _BLOCK_END.sub("\n", value))
    return unicodedata.normalize("NFKC", html.unescape(value))


def _ids(table: _Table | None) -> dict[str, str]:
    if table is None:
        return {}
    key, name = table.column(("id",), ()), table.column(("name",), ("名称",))
    return {str(r[key]): str(r[name]) for r in table.rows if key and name and r.get(name)}


def _unit_records(units: _Table) -> list[dict[str, Any]]:
    name = units.column(("name",), ("名称",)) or "name"  # `_kind` found it
    parent = units.column(("parent_id", "parent", "pid"), ("上级",))
    duty = units.column(("duty", "duties", "responsibilities"), ("职责", "职能"))
    kpi = units.column(("kpi", "kpis"), ("指标",))
    ids = _ids(units)
    out: list[dict[str, Any]] = []
    for row in _live(units):
        above = ids.get(str(row.get(parent))) if parent else None
        duties = _text(row.get(duty)) if duty else ""
        if not above and not duties:
            continue  # the root: the organisation itself
        out.append(
            {
                "name": row[name],
                "parent": above,
                "duties": duties,
                "kpis": _MEASURE_CUT.split(_text(row.get(kpi))) if kpi else [],
            }
        )
    return out


def _post_records(
    posts: _Table, units: _Table | None, others: list[_Table]
) -> list[dict[str, Any]]:
    name = posts.column(("name",), ("名称",)) or "name"
    unit = posts.column(("dept_id", "department_id", "org_id", "unit_id"), ("所属部门",))
    superior = posts.column(("superior", "reports_to", "report_to"), ("直接上级", "汇报"))
    count = posts.column(("headcount", "quota"), ("编制", "定员", "人数"))
    duty = posts.column(("duty", "duties", "responsibilities"), ("职责",))
    kpi = posts.column(("kpi", "kpis"), ("指标",))
    key = posts.column(("id",), ()) or "id"
    measures: dict[str, list[str]] = {}
    for table in others:  # `hr_post_kpi`: a measure a row, by its post's id
        post = table.column(("post_id", "position_id", "job_id"), ("岗位ID",))
        measure = table.column(("kpi_name", "name", "indicator"), ("指标名称",))
        if post and measure:
            for row in _live(table):
                measures.setdefault(str(row.get(post)), []).append(_text(row.get(measure)))
    unit_names = _ids(units)
    post_names = _ids(posts)
    out: list[dict[str, Any]] = []
    for row in _live(posts):
        above = str(row.get(superior) or "") if superior else ""
        duties = _text(row.get(duty)) if duty else ""
        heads = row.get(count) if count else None
        if not (duties or above or heads):
            continue  # a post with nothing said of it yet
        own = _MEASURE_CUT.split(_text(row.get(kpi))) if kpi else []
        out.append(
            {
                "岗位名称": row[name],
                "department": unit_names.get(str(row.get(unit))) if unit else None,
                "reportsToText": post_names.get(above, above) or None,
                "headcount": int(heads) if heads and heads.isdigit() else None,
                "duties": duties,
                "kpis": own + measures.get(str(row.get(key)), []),
            }
        )
    return out
