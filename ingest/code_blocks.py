"""Organisations written as data inside a document: fenced YAML or JSON blocks.

An engineering wiki may keep its teams and posts "as code" and show the files in its
pages (```` ```yaml ```` over `teams:` and `roles:` lists); a recruiting system exports its
position catalogue as a JSON file. The prose rules cannot read such data; it is read as
data instead. A mapping with a `title` (or `role`, `position`) is a post; one with a
`name` and a `parent`, `responsibilities`, `mission` or `lead` is a unit. The common field
names of such files map to the records' fields; units and posts may refer to each other
by `id` or `code` (`parentId`, `orgUnitId`, `reportsTo`). A record marked archived or
closed is no longer part of the organisation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from ingest.items import clean_item, has_content
from ingest.names import tidy_name
from ingest.records import Department, Role
from ingest.sql_dump import dump_records, is_sql_dump

# A fenced block of YAML or JSON in Markdown: its language, then its lines.
_FENCE = re.compile(r"^```[ \t]*(?P<lang>ya?ml|json)[ \t]*\r?\n(?P<body>.*?)^```", re.M | re.S)
_POST_KEYS = ("title", "role", "position", "岗位", "岗位名称")
_UNIT_KEYS = (
    "parent", "parentId", "responsibilities", "mission", "lead", "leader", "上级部门", "部门职责"
)  # fmt: skip
_IDS = ("id", "code")
_GONE = frozenset({"archived", "closed", "deleted", "inactive", "disabled"})
# A whole file of JSON (`{` or `[` first): read as one block.
_JSON_DOCUMENT = re.compile(r"\s*[\[{]")
_ITEM_CUT = re.compile(r"[;；]\s*|\n")
_HTML_ITEM = re.compile(r"<li[^>]*>(.*?)</li>", re.S)
_HTML_TAG = re.compile(r"<[^>]+>|&nbsp;")
_REQUIREMENTS = re.compile(r"任职要求|任职资格|岗位要求|职位要求")
_LABEL_ONLY = re.compile(r"[【\[][^】\]]{1,12}[】\]]")  # `【岗位职责】` over the items
_TITLE_AND_HOLDER = re.compile(r"(?P<title>\S{2,16})\s+[\u4e00-\u9fff·]{2,4}")
_PLACEHOLDER = re.compile(r"[<>{}]|TODO|XXX")


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


def json_document(text: str) -> bool:
    """The text is one JSON value (a data export saved as text)."""
    return bool(_JSON_DOCUMENT.match(text)) and _load("json", text) is not None


def org_blocks(text: str) -> list[OrgData]:
    """The units and posts each fenced YAML or JSON block of text describes, if any, or the
    whole text, when it is JSON or a database dump (`ingest.sql_dump`)."""
    blocks = [
        (_load(m.group("lang"), m.group("body")), m.start(), m.end()) for m in fenced_blocks(text)
    ]
    if _JSON_DOCUMENT.match(text):
        blocks.append((_load("json", text), 0, len(text)))
    elif is_sql_dump(text):
        blocks.append((dump_records(text), 0, len(text)))
    out: list[OrgData] = []
    for data, a, b in blocks:
        items = [
            item for item in _mappings(data) if str(item.get("status", "")).lower() not in _GONE
        ]
        ids = {
            str(item[k]): name
            for item in items
            for k in _IDS
            if item.get(k) is not None
            and (name := _name(item.get("name")) or _name(item.get("title")))
        }
        found = OrgData(a, b)
        for item in items:
            if any(k in item for k in _POST_KEYS):
                role = _role(item, (a, b), ids)
                if role is not None and role.name not in [r.name for r in found.roles]:
                    found.roles.append(role)
            elif "name" in item and any(k in item for k in _UNIT_KEYS):
                dept = _department(item, (a, b), ids)
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


def _title_only(value: str) -> str:
    """`总经理 沈国梁`: the title, its holder's name after a blank aside."""
    m = _TITLE_AND_HOLDER.fullmatch(value)
    return tidy_name(m.group("title") if m else value)


def _texts(value: Any) -> list[str]:
    """A list of texts, of `{name: …}` mappings, or a block of numbered lines or a run of
    `；`-cut items, one each."""
    if isinstance(value, str):
        value = _ITEM_CUT.split(value)
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, dict):
            item = item.get("name") or item.get("title")
        if isinstance(item, str):
            text = clean_item(" ".join(item.split()))
            if _LABEL_ONLY.fullmatch(text):
                continue
            if has_content(text) and not _PLACEHOLDER.search(text) and text not in out:
                out.append(text)
    return out


def _role(item: dict[str, Any], span: tuple[int, int], ids: dict[str, str]) -> Role | None:
    name = next((_name(item[k]) for k in _POST_KEYS if k in item), None)
    if name is None:
        return None
    count = item.get("headcount")
    duties = _texts(item.get("duties") or item.get("responsibilities"))
    if not duties and isinstance(item.get("htmlDescription"), str):
        html = _REQUIREMENTS.split(item["htmlDescription"], 1)[0]  # the duties' part
        duties = _texts([_HTML_TAG.sub("", li) for li in _HTML_ITEM.findall(html)])
    unit = item.get("team") or item.get("department") or item.get("orgUnitId")
    superiors = _names(item.get("reports_to") or item.get("reportsTo"))
    return Role(
        name=name,
        department=_name(ids.get(str(unit), unit)),
        headcount=count if isinstance(count, int) and not isinstance(count, bool) else None,
        # `"reportsToText": "总经理 沈国梁"`: the title, its holder aside
        reports_to=[ids.get(s, s) for s in superiors]
        or [_title_only(n) for n in _names(item.get("reportsToText"))],
        duties=duties,
        kpis=_texts(item.get("kpis")),
        coordinates_with=_names(item.get("collaborates_with") or []),
        evidence=[span],
        duty_spans=[span] * len(duties),  # the block: a duty's own line is not kept by YAML
    )


def _department(
    item: dict[str, Any], span: tuple[int, int], ids: dict[str, str]
) -> Department | None:
    name = _name(item.get("name"))
    if name is None:
        return None
    duties = _texts(item.get("responsibilities") or item.get("duties"))
    if not duties:  # a unit with no list: its mission or description says what it does
        duties = _texts(item.get("mission") or item.get("description") or [])
    parent = item.get("parent") or item.get("parentId")
    return Department(
        name=name,
        parent=_name(ids.get(str(parent), parent)),
        duties=duties,
        kpis=_texts(item.get("kpis")),
        evidence=[span],
        duty_spans=[span] * len(duties),
    )
