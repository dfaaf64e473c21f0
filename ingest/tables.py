"""Structured inputs: CSV / TSV / XLSX tables and one YAML format, read into records.

A table's kind is recognised by its header (see `KINDS`); English and Chinese column
names both work. Every row is validated first and all problems are reported together,
each with its row number (the header is row 1, as a spreadsheet shows it); a file with
any problem yields nothing. Provenance of a fact read from a table is its row number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ingest.facts import Holder, looks_like_department
from ingest.records import Department, Document, Role, Unit
from kb.errors import InputError
from kb.names import norm_name, norm_text

# Canonical column -> accepted header spellings (compared case-folded, spaces removed).
COLUMNS: dict[str, tuple[str, ...]] = {
    "organization": ("organization", "organisation", "org", "company", "组织", "公司", "机构"),
    "department": ("department", "dept", "部门", "所属部门"),
    "role": ("role", "title", "position", "岗位", "职位", "岗位名称", "职位名称"),
    "reports_to": (
        "reports_to",
        "reportsto",
        "superior",
        "manager",
        "上级",
        "直接上级",
        "汇报对象",
    ),
    "headcount": ("headcount", "编制", "人数", "编制人数", "人员编制"),
    "holder": ("holder", "person", "employee", "任职人", "姓名", "在岗人员"),
    "owner": ("owner", "责任人", "责任岗位", "归属", "负责"),
    "duty": ("duty", "duties", "职责", "岗位职责", "工作职责"),
    "kpi": ("kpi", "kpis", "考核指标", "绩效指标"),
    "name": ("name", "名称", "部门名称"),
    "parent": ("parent", "上级部门"),
}
# Kinds of table: (required columns, optional columns). Recognised in this order.
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "roles": (
        ("role",),
        ("organization", "department", "reports_to", "headcount", "holder"),
    ),
    "duties": (("owner", "duty"), ("organization",)),
    "kpis": (("owner", "kpi"), ("organization",)),
    "departments": (("name",), ("organization", "parent")),
}
_ALIAS = {a: canon for canon, aliases in COLUMNS.items() for a in aliases}


@dataclass
class Row:
    """One data row: its number in the file and its values by canonical column."""

    number: int
    values: dict[str, str]

    def get(self, col: str) -> str:
        return (self.values.get(col) or "").strip()


@dataclass
class Table:
    """A recognised table: where it came from, its kind and its rows."""

    where: str
    kind: str
    rows: list[Row]


class Problems:
    """Validation problems of one file, reported together."""

    def __init__(self, name: str, unit: str = "row") -> None:
        self.name = name
        self.unit = unit  # "row" for tables, "line" for YAML
        self.items: list[str] = []

    def add(self, where: str, row: int | None, message: str) -> None:
        at = f", {self.unit} {row}" if row is not None else ""
        self.items.append(f"{where}{at}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            shown = self.items[:20]
            more = f"\n  … and {len(self.items) - 20} more" if len(self.items) > 20 else ""
            raise InputError(
                f"{self.name}: {len(self.items)} problem(s), nothing loaded:\n  "
                + "\n  ".join(shown)
                + more
            )


def _canon(header: str) -> str:
    return _ALIAS.get("".join(str(header or "").split()).casefold(), "")


# --- reading the raw cells --------------------------------------------------------------


def decode_table_bytes(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else strict GB18030 or Big5; anything else is an error."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary data, not a CSV text file (is it a spreadsheet?)")
    for enc in ("utf-8-sig", "gb18030", "big5"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: text encoding not recognised (save it as UTF-8)")


def _csv_tables(path: Path) -> Iterator[tuple[str, list[list[str]]]]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path.name}: cannot be read ({e.strerror})") from e
    text = decode_table_bytes(data, path.name)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as e:
        raise InputError(f"{path.name}: not a well-formed CSV file ({e})") from e
    yield path.name, rows


def _xlsx_tables(path: Path) -> Iterator[tuple[str, list[list[str]]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a broken file
        raise InputError(f"{path.name}: not a readable XLSX workbook ({e})") from e
    try:
        for sheet in book.worksheets:
            rows = [
                ["" if v is None else _cell(v) for v in row]
                for row in sheet.iter_rows(values_only=True)
            ]
            yield f"{path.name}, sheet {sheet.title}", rows
    finally:
        book.close()


def _cell(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _recognise(where: str, raw: list[list[str]], problems: Problems) -> Table | None:
    """The kind of a table from its header row; None for an empty sheet."""
    raw = list(raw)
    while raw and not any(c.strip() for c in raw[-1]):
        raw.pop()
    if not raw:
        return None
    header = [_canon(h) for h in raw[0]]
    present = {c for c in header if c}
    for kind, (required, optional) in KINDS.items():
        if set(required) <= present:
            unknown = [raw[0][i] for i, c in enumerate(header) if not c and raw[0][i].strip()]
            if unknown:
                allowed = ", ".join((*required, *optional))
                problems.add(where, 1, f"unknown column(s) {unknown} in a {kind} table "
                             f"(columns: {allowed})")  # fmt: skip
            rows = []
            for n, cells in enumerate(raw[1:], start=2):
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                    problems.add(where, n, f"{len(cells)} cells but the header has {len(header)}")
                values = {col: cells[i] for i, col in enumerate(header) if col and i < len(cells)}
                rows.append(Row(n, values))
            return Table(where, kind, rows)
    expected = "; ".join(f"{k}: {', '.join(req)}" for k, (req, _) in KINDS.items())
    problems.add(where, 1, f"header {raw[0]} is not a known table (required columns — {expected})")
    return None


# --- validation and records -------------------------------------------------------------


class _Collector:
    """Records per organisation, built row by row."""

    def __init__(self, default_org: str | None) -> None:
        self.default_org = default_org
        self.units: dict[str | None, Unit] = {}
        self.holders: list[Holder] = []
        self.department_names: set[str] = set()

    def unit(self, org: str) -> Unit:
        key = org or self.default_org
        if key not in self.units:
            self.units[key] = Unit(title=key or "", organization=key)
        return self.units[key]

    def document(self, source: str) -> Document:
        return Document(source=source, units=list(self.units.values()))


def _headcount(value: str, where: str, row: int, problems: Problems) -> int | None:
    if not value:
        return None
    try:
        n = float(value)
    except ValueError:
        problems.add(where, row, f"headcount {value!r} is not a whole number")
        return None
    if n < 0 or not n.is_integer():
        problems.add(where, row, f"headcount {value!r} is not a whole number ≥ 0")
        return None
    return int(n)


def _add_roles(t: Table, c: _Collector, problems: Problems) -> None:
    for row in t.rows:
        span = (row.number, row.number)
        name, org = row.get("role"), row.get("organization")
        if not norm_name(name):
            problems.add(t.where, row.number, "the role is empty")
            continue
        sups = _split(row.get("reports_to"))
        for s in sups:
            if norm_name(s) == norm_name(name):
                problems.add(t.where, row.number, f"{name!r} reports to itself")
        hc = _headcount(row.get("headcount"), t.where, row.number, problems)
        dept = row.get("department") or None
        if dept:
            c.department_names.add(norm_name(dept))
        c.unit(org).roles.append(
            Role(name=name, department=dept, headcount=hc, reports_to=sups, evidence=[span])
        )
        for person in _split(row.get("holder")):
            c.holders.append(Holder(person, name, org or c.default_org, span))


def _add_departments(t: Table, c: _Collector, problems: Problems) -> None:
    for row in t.rows:
        name, parent = row.get("name"), row.get("parent")
        if not norm_name(name):
            problems.add(t.where, row.number, "the department name is empty")
            continue
        if parent and norm_name(parent) == norm_name(name):
            problems.add(t.where, row.number, f"{name!r} is its own parent")
            continue
        c.department_names.add(norm_name(name))
        c.unit(row.get("organization")).departments.append(
            Department(name=name, parent=parent or None, evidence=[(row.number, row.number)])
        )


def _add_texts(t: Table, c: _Collector, problems: Problems, column: str) -> None:
    for row in t.rows:
        owner, text = row.get("owner"), row.get(column)
        if not norm_name(owner):
            problems.add(t.where, row.number, "the owner is empty")
        if not norm_text(text):
            problems.add(t.where, row.number, f"the {column} is empty")
        if not (norm_name(owner) and norm_text(text)):
            continue
        span = (row.number, row.number)
        unit = c.unit(row.get("organization"))
        texts = {"duties": [text], "duty_spans": [span]} if column == "duty" else {"kpis": [text]}
        if norm_name(owner) in c.department_names or looks_like_department(owner):
            unit.departments.append(Department(name=owner, evidence=[span], **texts))
        else:
            unit.roles.append(Role(name=owner, evidence=[span], **texts))


def _split(value: str) -> list[str]:
    """A cell that may name several entries: `A、B` / `A;B` / `A/B`."""
    out = [value]
    for sep in ("、", ";", "；", "\n", "|"):
        out = [p for part in out for p in part.split(sep)]
    return [p.strip() for p in out if p.strip()]


def records_from_tables(
    tables: Iterable[Table], source: str, problems: Problems, default_org: str | None = None
) -> tuple[Document, list[Holder]]:
    c = _Collector(default_org)
    ordered = sorted(tables, key=lambda t: list(KINDS).index(t.kind))
    # Departments and roles first, so that owners of duties can be recognised as departments.
    for t in ordered:
        if t.kind == "departments":
            _add_departments(t, c, problems)
        elif t.kind == "roles":
            _add_roles(t, c, problems)
    for t in ordered:
        if t.kind in ("duties", "kpis"):
            _add_texts(t, c, problems, "duty" if t.kind == "duties" else "kpi")
    return c.document(source), c.holders


def read_table(path: Path) -> tuple[Document, list[Holder]]:
    """Records and role holders of a CSV, TSV, XLSX or YAML file; InputError listing every
    problem (with row or line numbers) when it does not validate."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return read_yaml(path)
    problems = Problems(path.name)
    raw = _xlsx_tables(path) if suffix == ".xlsx" else _csv_tables(path)
    found = [t for where, rows in raw if (t := _recognise(where, rows, problems))]
    if not found and not problems.items:
        problems.add(path.name, None, "no table in the file")
    docs = records_from_tables(found, path.as_posix(), problems)
    problems.raise_if_any()
    return docs


# --- YAML -------------------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """Safe YAML loader that remembers the line of every mapping (as `__line__`)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

YAML_TOP = {"organization", "departments", "roles", "__line__"}
YAML_DEPARTMENT = {"name", "parent", "duties", "kpis", "__line__"}
YAML_ROLE = {"role", "name", "department", "reports_to", "headcount", "holder", "duties", "kpis",
             "authorities", "__line__"}  # fmt: skip


def _texts(value: Any, field: str, line: int, where: str, problems: Problems) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        problems.add(where, line, f"`{field}` must be a text or a list of texts")
        return []
    return [str(v) for v in value if norm_text(str(v))]


def read_yaml(path: Path) -> tuple[Document, list[Holder]]:
    """The YAML format of docs/loading.md; provenance spans are line numbers."""
    problems = Problems(path.name, unit="line")
    where = path.name
    try:
        text = decode_table_bytes(path.read_bytes(), path.name)
        data = yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass
    except yaml.YAMLError as e:
        raise InputError(f"{path.name}: not valid YAML ({e})") from e
    except OSError as e:
        raise InputError(f"{path.name}: cannot be read ({e.strerror})") from e
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: expected a mapping with `roles` and/or `departments`")
    for k in set(data) - YAML_TOP:
        problems.add(where, None, f"unknown key `{k}` (keys: organization, departments, roles)")
    org = str(data.get("organization") or "") or None
    unit = Unit(title=org or "", organization=org)
    holders: list[Holder] = []
    for d in _items(data, "departments", where, problems):
        line = d["__line__"]
        _unknown(d, YAML_DEPARTMENT, where, line, problems)
        name, parent = str(d.get("name") or ""), str(d.get("parent") or "")
        if not norm_name(name):
            problems.add(where, line, "a department needs a `name`")
            continue
        if parent and norm_name(parent) == norm_name(name):
            problems.add(where, line, f"{name!r} is its own parent")
        duties = _texts(d.get("duties"), "duties", line, where, problems)
        unit.departments.append(Department(
            name=name, parent=parent or None, evidence=[(line, line)], duties=duties,
            duty_spans=[(line, line)] * len(duties),
            kpis=_texts(d.get("kpis"), "kpis", line, where, problems),
        ))  # fmt: skip
    for r in _items(data, "roles", where, problems):
        line = r["__line__"]
        _unknown(r, YAML_ROLE, where, line, problems)
        name = str(r.get("role") or r.get("name") or "")
        if not norm_name(name):
            problems.add(where, line, "a role needs a `role` (its title)")
            continue
        sups = _texts(r.get("reports_to"), "reports_to", line, where, problems)
        if any(norm_name(s) == norm_name(name) for s in sups):
            problems.add(where, line, f"{name!r} reports to itself")
        hc = r.get("headcount")
        headcount = _headcount("" if hc is None else str(hc), where, line, problems)
        duties = _texts(r.get("duties"), "duties", line, where, problems)
        unit.roles.append(Role(
            name=name, department=str(r["department"]) if r.get("department") else None,
            headcount=headcount, reports_to=sups, duties=duties,
            duty_spans=[(line, line)] * len(duties),
            kpis=_texts(r.get("kpis"), "kpis", line, where, problems),
            authorities=_texts(r.get("authorities"), "authorities", line, where, problems),
            evidence=[(line, line)],
        ))  # fmt: skip
        for person in _texts(r.get("holder"), "holder", line, where, problems):
            holders.append(Holder(person, name, org, (line, line)))
    if not unit.roles and not unit.departments and not problems.items:
        problems.add(where, None, "no roles or departments in the file")
    problems.raise_if_any()
    return Document(source=path.as_posix(), units=[unit]), holders


def _items(data: dict, key: str, where: str, problems: Problems) -> list[dict]:
    value = data.get(key) or []
    if not isinstance(value, list):
        problems.add(where, data.get("__line__"), f"`{key}` must be a list")
        return []
    out = []
    for item in value:
        if isinstance(item, dict):
            out.append(item)
        else:
            problems.add(where, None, f"an entry of `{key}` is not a mapping: {item!r}")
    return out


def _unknown(item: dict, allowed: set[str], where: str, line: int, problems: Problems) -> None:
    extra = sorted(set(item) - allowed)
    if extra:
        problems.add(where, line, f"unknown key(s) {extra}")
