"""Organisations written as data inside a document: fenced YAML or JSON blocks.

An engineering wiki may keep its teams and posts "as code" and show the files in its
pages (```` ```yaml ```` over `teams:` and `roles:` lists). The prose rules cannot read
such a block; it is read as data instead. A mapping with a `title` (or `role`,
`position`) is a post; one with a `name` and a `parent`, `responsibilities`, `mission`
or `lead` is a unit. The common field names of such files map to the records' fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from ingest.items import clean_item, has_content
from ingest.records import Department, Role

# A fenced block of YAML or JSON in Markdown: its language, then its lines.
_FENCE = re.compile(r"^```[ \t]*(?P<lang>ya?ml|json)[ \t]*\r?\n(?P<body>.*?)^```", re.M | re.S)
_POST_KEYS = ("title", "role", "position", "岗位", "岗位名称")
_UNIT_KEYS = ("parent", "responsibilities", "mission", "lead", "上级部门", "部门职责")
_PLACEHOLDER = re.compile(r"[<>{}]|TODO|XXX")
_NUMBERED_LINE = re.compile(r"[^\n]+")


@dataclass
class OrgData:
    """The units and posts one block holds, and where the block is in the text."""

    start: int
    end: int
    departments: list[Department] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def fenced_blocks(text: str) -> Iterator[re.Match[str]]:
    """The fenced YAML and JSON blocks of text."""
    if "```" in text:
        yield from _FENCE.finditer(text)


def org_blocks(text: str) -> list[OrgData]:
    """The units and posts each fenced YAML or JSON block of text describes, if any."""
    out: list[OrgData] = []
    for m in fenced_blocks(text):
        data = _load(m.group("lang"), m.group("body"))
        found = OrgData(m.start(), m.end())
        for item in _mappings(data):
            if any(k in item for k in _POST_KEYS):
                role = _role(item, (m.start(), m.end()))
                if role is not None:
                    found.roles.append(role)
            elif "name" in item and any(k in item for k in _UNIT_KEYS):
                dept = _department(item, (m.start(), m.end()))
                if dept is not None:
                    found.departments.append(dept)
        if found.roles or found.departments:
            out.append(found)
    return out


def _load(lang: str, body: str) -> Any:
    try:
        return json.loads(body) if lang == "json" else yaml.safe_load(body)
    except (ValueError, yaml.YAMLError):
        return None  # a template or a fragment: no data to read


def _mappings(data: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in data, at any depth."""
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _mappings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _mappings(value)


def _name(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip() or _PLACEHOLDER.search(value):
        return None
    return value.strip()


def _names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [n for n in map(_name, values) if n]


def _texts(value: Any) -> list[str]:
    """A list of texts, of `{name: …}` mappings, or a block of numbered lines, one each."""
    if isinstance(value, str):
        value = _NUMBERED_LINE.findall(value)
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, dict):
            item = item.get("name") or item.get("title")
        if isinstance(item, str):
            text = clean_item(" ".join(item.split()))
            if has_content(text) and not _PLACEHOLDER.search(text) and text not in out:
                out.append(text)
    return out


def _role(item: dict[str, Any], span: tuple[int, int]) -> Role | None:
    name = next((_name(item[k]) for k in _POST_KEYS if k in item), None)
    if name is None:
        return None
    count = item.get("headcount")
    duties = _texts(item.get("duties") or item.get("responsibilities"))
    return Role(
        name=name,
        department=_name(item.get("team") or item.get("department")),
        headcount=count if isinstance(count, int) and not isinstance(count, bool) else None,
        reports_to=_names(item.get("reports_to")),
        duties=duties,
        kpis=_texts(item.get("kpis")),
        coordinates_with=_names(item.get("collaborates_with") or []),
        evidence=[span],
        duty_spans=[span] * len(duties),  # the block: a duty's own line is not kept by YAML
    )


def _department(item: dict[str, Any], span: tuple[int, int]) -> Department | None:
    name = _name(item.get("name"))
    if name is None:
        return None
    duties = _texts(item.get("responsibilities") or item.get("duties"))
    if not duties:  # a unit with no list: its one sentence of mission is its duty
        duties = _texts([item.get("mission")])
    return Department(
        name=name,
        parent=_name(item.get("parent")),
        duties=duties,
        kpis=_texts(item.get("kpis")),
        evidence=[span],
        duty_spans=[span] * len(duties),
    )
