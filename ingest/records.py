"""The extraction records: what `kb extract` prints and the graph loader reads.

They mirror the JSON format of docs `extraction.md` field for field; `to_dict()` gives that
JSON and `from_dict()` reads it back (also gold files, where optional fields may be absent).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

Span = tuple[int, int]


def _spans(value: Any) -> list[Span]:
    return [(int(a), int(b)) for a, b in (value or [])]


def _strs(value: Any) -> list[str]:
    return [str(x) for x in (value or [])]


@dataclass
class ReportFlow:
    """A recurring report a role submits: what, to whom, how often."""

    name: str
    to: str | None = None
    cadence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "to": self.to, "cadence": self.cadence}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ReportFlow:
        return cls(name=str(d.get("name") or ""), to=d.get("to"), cadence=d.get("cadence"))


@dataclass
class Department:
    """An organisational unit the document describes with duties or places under a parent."""

    name: str
    parent: str | None = None
    duties: list[str] = field(default_factory=list)
    kpis: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    # One span per entry of `duties`, into the decoded source text (per-fact provenance).
    duty_spans: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "parent": self.parent,
            "duties": list(self.duties),
            "kpis": list(self.kpis),
            "evidence": [list(s) for s in self.evidence],
            "duty_spans": [list(s) for s in self.duty_spans],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Department:
        return cls(
            name=str(d.get("name") or ""),
            parent=d.get("parent"),
            duties=_strs(d.get("duties")),
            kpis=_strs(d.get("kpis")),
            evidence=_spans(d.get("evidence")),
            duty_spans=_spans(d.get("duty_spans")),
        )


@dataclass
class Role:
    """A position the document describes: its own block, a headcount or a reporting line."""

    name: str
    department: str | None = None
    headcount: int | None = None
    reports_to: list[str] = field(default_factory=list)
    subordinates: list[str] = field(default_factory=list)
    duties: list[str] = field(default_factory=list)
    kpis: list[str] = field(default_factory=list)
    authorities: list[str] = field(default_factory=list)
    reports: list[ReportFlow] = field(default_factory=list)
    coordinates_with: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    duty_spans: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "department": self.department,
            "headcount": self.headcount,
            "reports_to": list(self.reports_to),
            "subordinates": list(self.subordinates),
            "duties": list(self.duties),
            "kpis": list(self.kpis),
            "authorities": list(self.authorities),
            "reports": [r.to_dict() for r in self.reports],
            "coordinates_with": list(self.coordinates_with),
            "evidence": [list(s) for s in self.evidence],
            "duty_spans": [list(s) for s in self.duty_spans],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Role:
        hc = d.get("headcount")
        return cls(
            name=str(d.get("name") or ""),
            department=d.get("department"),
            headcount=int(hc) if hc is not None else None,
            reports_to=_strs(d.get("reports_to")),
            subordinates=_strs(d.get("subordinates")),
            duties=_strs(d.get("duties")),
            kpis=_strs(d.get("kpis")),
            authorities=_strs(d.get("authorities")),
            reports=[ReportFlow.from_dict(r) for r in d.get("reports") or []],
            coordinates_with=_strs(d.get("coordinates_with")),
            evidence=_spans(d.get("evidence")),
            duty_spans=_spans(d.get("duty_spans")),
        )


@dataclass
class Unit:
    """One organisation section of a file: its heading, the body it names, what it describes."""

    title: str
    organization: str | None = None
    departments: list[Department] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "organization": self.organization,
            "departments": [d.to_dict() for d in self.departments],
            "roles": [r.to_dict() for r in self.roles],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Unit:
        return cls(
            title=str(d.get("title") or ""),
            organization=d.get("organization"),
            departments=[Department.from_dict(x) for x in d.get("departments") or []],
            roles=[Role.from_dict(x) for x in d.get("roles") or []],
        )


@dataclass
class Document:
    """Everything extracted from one file."""

    source: str
    units: list[Unit] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "source": self.source,
            "units": [u.to_dict() for u in self.units],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            schema_version=int(d.get("schema_version") or SCHEMA_VERSION),
            source=str(d.get("source") or ""),
            units=[Unit.from_dict(u) for u in d.get("units") or []],
        )
