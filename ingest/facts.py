"""Records to graph facts: the node and relationship rows one source contributes.

`Facts` is what the loader writes: one list of rows per query of the `load_*` catalog.
Each row carries the keys of docs/model.md and its provenance span. Building facts never
touches the graph, except through the `department_exists` callback that decides whether
a coordination partner is a department.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ingest.records import Document, Role, Unit
from ingest.vocab import DEPT_SUFFIXES, ROLE_ACRONYMS, ROLE_SUFFIXES
from kb.names import norm_name, norm_text, text_key

Span = tuple[int, int]
Row = dict[str, Any]
NO_SPAN: Span = (0, 0)

# Node groups and relationship groups, in the order they are written (nodes first).
NODE_GROUPS = (
    "organizations",
    "departments",
    "roles",
    "duties",
    "kpis",
    "authorities",
    "reports",
    "persons",
)
REL_GROUPS = (
    "part_of_department",
    "part_of_organization",
    "in_department",
    "in_organization",
    "reports_to",
    "responsible_for_role",
    "responsible_for_department",
    "measured_by_role",
    "measured_by_department",
    "has_authority",
    "submits",
    "report_to",
    "coordinates_role",
    "coordinates_department",
    "holds",
)


def org_key(name: str) -> str:
    return norm_name(name)


def scoped_key(org: str, name: str) -> str:
    """Key of a department, role or person: organisation key, slash, normalised name."""
    return f"{org}/{norm_name(name)}"


def looks_like_department(name: str) -> bool:
    """A name ending like a unit (部, 中心, 组 …) and not like a title (经理, 组长 …)."""
    s = norm_text(name)
    if s.upper() in ROLE_ACRONYMS or s.endswith(ROLE_SUFFIXES):
        return False
    return s.endswith(DEPT_SUFFIXES)


@dataclass
class Holder:
    """A person who holds a role (structured inputs only)."""

    person: str
    role: str
    organization: str | None
    span: Span


@dataclass
class Facts:
    """Rows for the `load_*` queries of one source, deduplicated."""

    nodes: dict[str, dict[str, Row]] = field(default_factory=lambda: {g: {} for g in NODE_GROUPS})
    rels: dict[str, dict[tuple[Any, ...], Row]] = field(
        default_factory=lambda: {g: {} for g in REL_GROUPS}
    )
    warnings: list[str] = field(default_factory=list)

    # Nodes -----------------------------------------------------------------------------
    def node(self, group: str, key: str, span: Span, describes: bool, **props: Any) -> str:
        """Add a node row; a second mention keeps the first span and fills missing values."""
        rows = self.nodes[group]
        row = rows.get(key)
        if row is None:
            rows[key] = {"key": key, "start": span[0], "end": span[1], "describes": describes,
                         **props}  # fmt: skip
            return key
        if describes and not row["describes"]:
            row.update(describes=True, start=span[0], end=span[1], name=props.get("name", ""))
        for k, v in props.items():
            if row.get(k) is None and v is not None:
                row[k] = v
        return key

    def rel(self, group: str, a: str, b: str, span: Span, **props: Any) -> None:
        """Add a relationship row once per (group, from, to, identity props)."""
        ident = (a, b, props.get("kind"))
        if ident not in self.rels[group]:
            self.rels[group][ident] = {"from": a, "to": b, "start": span[0], "end": span[1],
                                       **props}  # fmt: skip

    def rows(self, group: str) -> list[Row]:
        return (
            list(self.nodes[group].values())
            if group in self.nodes
            else list(self.rels[group].values())
        )

    def counts(self) -> tuple[int, int]:
        """How many nodes and relationships (MENTIONS included) the facts state."""
        n = sum(len(v) for v in self.nodes.values())
        return n, n + sum(len(v) for v in self.rels.values())

    def role_keys(self) -> list[str]:
        return list(self.nodes["roles"])


class FactBuilder:
    """Turns the units of one source into `Facts`, resolving names to keys."""

    def __init__(
        self,
        *,
        default_org: str,
        org: str | None = None,
        department_exists: Callable[[list[str]], set[str]] | None = None,
    ) -> None:
        self.default_org = default_org
        self.org_override = org
        self.department_exists = department_exists or (lambda keys: set())
        self.facts = Facts()

    # Organisation of a unit: --org, else unit.organization, else unit.title, else file stem.
    def unit_org(self, unit: Unit) -> str:
        for name in (self.org_override, unit.organization, unit.title, self.default_org):
            if name and norm_name(name):
                return name.strip()
        return self.default_org

    def add_document(self, doc: Document) -> Facts:
        units = [(u, self.unit_org(u)) for u in doc.units]
        known = self._known_departments(units)
        for unit, org_name in units:
            self.add_unit(unit, org_name, known)
        return self.facts

    def _known_departments(self, units: list[tuple[Unit, str]]) -> set[str]:
        """Department keys the source itself names, plus partners that exist as departments."""
        known: set[str] = set()
        partners: set[str] = set()
        for unit, org_name in units:
            ok = org_key(org_name)
            for d in unit.departments:
                known.add(scoped_key(ok, d.name))
                if d.parent:
                    known.add(scoped_key(ok, d.parent))
            for r in unit.roles:
                if r.department:
                    known.add(scoped_key(ok, r.department))
                partners.update(scoped_key(ok, p) for p in r.coordinates_with)
        unknown = sorted(partners - known)
        if unknown:
            known |= self.department_exists(unknown)
        return known

    def organization(self, name: str, span: Span) -> str:
        return self.facts.node("organizations", org_key(name), span, True, name=name.strip())

    def department(self, ok: str, name: str, span: Span, *, describes: bool) -> str:
        return self.facts.node(
            "departments", scoped_key(ok, name), span, describes, name=name.strip(), org=ok
        )

    def role(self, ok: str, name: str, span: Span, *, describes: bool, **props: Any) -> str:
        return self.facts.node(
            "roles", scoped_key(ok, name), span, describes, name=name.strip(), org=ok, **props
        )

    def add_unit(self, unit: Unit, org_name: str, known_departments: set[str]) -> None:
        f = self.facts
        unit_span = _first_span([s for r in unit.roles for s in r.evidence] + [
            s for d in unit.departments for s in d.evidence])  # fmt: skip
        ok = self.organization(org_name, unit_span)
        for d in unit.departments:
            if not norm_name(d.name):
                continue
            span = _first_span(d.evidence)
            dk = self.department(ok, d.name, span, describes=True)
            if d.parent and norm_name(d.parent):
                pk = self.department(ok, d.parent, span, describes=False)
                if pk != dk:
                    f.rel("part_of_department", dk, pk, span)
            self._texts(ok, dk, "department", d.duties, d.duty_spans, d.kpis, [], span)
        for r in unit.roles:
            if norm_name(r.name):
                self.add_role(ok, r, known_departments)

    def finish(self) -> Facts:
        """A department this source gives no parent is placed in its organisation."""
        f = self.facts
        placed = {k[0] for k in f.rels["part_of_department"]}
        for key, row in f.nodes["departments"].items():
            if key not in placed:
                f.rel("part_of_organization", key, row["org"], (row["start"], row["end"]))
        return f

    def add_role(self, ok: str, r: Role, known_departments: set[str]) -> None:
        f = self.facts
        span = _first_span(r.evidence)
        rk = self.role(ok, r.name, span, describes=True, department=r.department,
                       headcount=r.headcount)  # fmt: skip
        if r.department and norm_name(r.department):
            dk = self.department(ok, r.department, span, describes=False)
            f.rel("in_department", rk, dk, span)
        else:
            f.rel("in_organization", rk, ok, span)
        for sup in r.reports_to:
            self._reporting_line(ok, rk, sup, span, upward=True)
        for sub in r.subordinates:
            self._reporting_line(ok, rk, sub, span, upward=False)
        self._texts(ok, rk, "role", r.duties, r.duty_spans, r.kpis, r.authorities, span)
        for flow in r.reports:
            if not norm_name(flow.name):
                continue
            rep = f.node("reports", f"{rk}#{norm_name(flow.name)}", span, True,
                         name=flow.name.strip(), org=ok)  # fmt: skip
            f.rel("submits", rk, rep, span, cadence=flow.cadence)
            if flow.to and norm_name(flow.to):
                to = self.role(ok, flow.to, span, describes=False)
                f.rel("report_to", rep, to, span)
        for partner in r.coordinates_with:
            if not norm_name(partner):
                continue
            pk = scoped_key(ok, partner)
            if pk in known_departments or looks_like_department(partner):
                self.department(ok, partner, span, describes=False)
                f.rel("coordinates_department", rk, pk, span)
            elif pk != rk:
                self.role(ok, partner, span, describes=False)
                f.rel("coordinates_role", rk, pk, span)

    def _reporting_line(self, ok: str, rk: str, other: str, span: Span, *, upward: bool) -> None:
        if not norm_name(other):
            return
        other_key = scoped_key(ok, other)
        if other_key == rk:
            who = self.facts.nodes["roles"][rk]["name"]
            self.facts.warnings.append(f"{who}: reports to itself; that line is not loaded")
            return
        self.role(ok, other, span, describes=False)
        a, b = (rk, other_key) if upward else (other_key, rk)
        self.facts.rel("reports_to", a, b, span, kind="solid")

    def _texts(
        self,
        ok: str,
        owner: str,
        owner_kind: str,
        duties: list[str],
        duty_spans: list[Span],
        kpis: list[str],
        authorities: list[str],
        span: Span,
    ) -> None:
        f = self.facts
        for i, text in enumerate(duties):
            if norm_text(text):
                s = duty_spans[i] if i < len(duty_spans) else span
                k = f.node("duties", text_key(owner, text), s, True, text=text.strip(),
                           norm=norm_text(text), org=ok, owner=owner)  # fmt: skip
                f.rel(f"responsible_for_{owner_kind}", owner, k, s)
        for text in kpis:
            if norm_text(text):
                k = f.node("kpis", text_key(owner, text), span, True, text=text.strip(),
                           norm=norm_text(text), org=ok, owner=owner)  # fmt: skip
                f.rel(f"measured_by_{owner_kind}", owner, k, span)
        for text in authorities:
            if norm_text(text):
                k = f.node("authorities", text_key(owner, text), span, True, text=text.strip(),
                           norm=norm_text(text), org=ok, owner=owner)  # fmt: skip
                f.rel("has_authority", owner, k, span)

    def add_holders(self, holders: Iterable[Holder]) -> None:
        for h in holders:
            if not (norm_name(h.person) and norm_name(h.role)):
                continue
            ok = org_key(self.org_override or h.organization or self.default_org)
            rk = self.role(ok, h.role, h.span, describes=False)
            pk = self.facts.node("persons", f"{ok}/{h.person.strip()}", h.span, True,
                                 name=h.person.strip(), org=ok)  # fmt: skip
            self.facts.rel("holds", pk, rk, h.span)


def _first_span(spans: list[Span]) -> Span:
    return (int(spans[0][0]), int(spans[0][1])) if spans else NO_SPAN


def build_facts(
    doc: Document,
    *,
    default_org: str,
    org: str | None = None,
    holders: Iterable[Holder] = (),
    department_exists: Callable[[list[str]], set[str]] | None = None,
) -> Facts:
    """The facts a document (or a structured file read into records) states."""
    builder = FactBuilder(default_org=default_org, org=org, department_exists=department_exists)
    builder.add_document(doc)
    builder.add_holders(holders)
    return builder.finish()
