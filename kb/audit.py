"""Responsibility audits: is every duty held once, every function covered, one superior each?

`audit(graph, org=None, types=None, lang="zh")` returns `Finding`s, each with a type, a
severity, the organisation, its subjects (roles, departments, duties, functions), one
sentence in Chinese or English, and the evidence (source, character span, and the text
where the graph holds it). The rules and their thresholds are documented in
docs/audits.md; keep the two in step.

The graph is read once per call in a few queries (`cypher/audit_*.cypher`); the rules then
work per organisation on dictionaries and the in-memory hierarchy, in time linear in the
number of roles, lines and duties (near-duplicate duties: `kb.similarity`, which does not
compare all pairs).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from kb import audit_messages as msg
from kb import catalog, functions, similarity
from kb.errors import InputError
from kb.graph import Graph, Row, run
from kb.hierarchy import DOTTED, SOLID, Hierarchy, RoleRef

SEVERITIES = msg.SEVERITIES

# Thresholds of the rules (docs/audits.md explains each).
MIN_ROLES_FOR_FUNCTIONS = 5  # described roles an organisation needs before gaps are judged
MIN_CORE_SHARE = 1 / 3  # share of core functions it must cover to count as sales/marketing
MIN_PEERS = 3  # roles of the same title elsewhere needed for peer_gap
PEER_MAJORITY = 0.5  # a function "most peers hold": held by more than this share
DUPLICATE_THRESHOLD = similarity.DEFAULT_THRESHOLD
MAX_PAIRED_ROLES = 20  # duplicate_duty: relations judged among at most this many roles
MAX_NAMED = 8  # roles named in one message
MAX_EVIDENCE = 50  # evidence entries of one duplicate_duty finding
# Functions every unit performs for itself: several roles at one level owning them is no
# overlap (each manages its own team and budget).
PER_UNIT_FUNCTIONS = frozenset({"team_management", "budget_expenses"})
# Duties every role carries; the same text in many roles is boilerplate, not duplication.
BOILERPLATE = re.compile(
    r"交办|临时|其他工作|其它工作|其他事|其它事|领导安排|上级安排|遵守|规章制度"
)
# Report recipients that name the submitter's own superior without a title: in the chain.
GENERIC_SUPERIOR = frozenset(
    {"上级", "直接上级", "直属上级", "上级领导", "直接领导", "领导", "主管领导", "分管领导", "上司"}
)
# Authorities over people: what a role that manages others needs (责权一致).
PEOPLE_AUTHORITY = re.compile(
    r"考核|考评|绩效|奖惩|奖励|处罚|任免|任命|聘|辞退|解雇|调配|调动|人事|人员|指挥|工作分配|"
    r"分配工作|下属|下级|员工|部属"
)


@dataclass(frozen=True)
class Subject:
    """What a finding is about: a role, department, duty, function, report or organisation."""

    kind: str
    key: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "name": self.name}


@dataclass(frozen=True)
class Evidence:
    """Where the graph got a fact: the source, the span (character offsets for documents,
    row numbers for tables), the text when the graph holds it, and the fact in short."""

    source: str | None
    start: int | None
    end: int | None
    text: str | None = None
    fact: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "fact": self.fact,
        }

    def __str__(self) -> str:
        return evidence_text(self.to_dict())


def evidence_text(e: dict[str, Any]) -> str:
    """One piece of evidence (as `Evidence.to_dict()` gives it) in one line."""
    span = f"[{e['start']}:{e['end']}]" if e.get("start") is not None else ""
    fact = f" {e['fact']}" if e.get("fact") else ""
    quote = f" “{e['text']}”" if e.get("text") else ""
    return f"{e.get('source') or ''}{span}{fact}{quote}"


@dataclass
class Finding:
    """One problem the audit found. `details` holds type-specific data (pairs, levels...)."""

    type: str
    severity: str
    organization: str
    subjects: list[Subject]
    message: str
    evidence: list[Evidence] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "severity": self.severity,
            "organization": self.organization,
            "subjects": [s.to_dict() for s in self.subjects],
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "details": self.details,
        }


CSV_COLUMNS = [
    "type",
    "severity",
    "organization",
    "subjects",
    "subject_keys",
    "message",
    "evidence",
]


def flat(finding: dict[str, Any]) -> dict[str, str]:
    """A finding (as `Finding.to_dict()` gives it) as one row of CSV_COLUMNS for a
    spreadsheet; lists joined with ` | `."""
    return {
        "type": finding["type"],
        "severity": finding["severity"],
        "organization": finding["organization"],
        "subjects": " | ".join(f"{s['kind']}:{s['name']}" for s in finding["subjects"]),
        "subject_keys": " | ".join(s["key"] for s in finding["subjects"]),
        "message": finding["message"],
        "evidence": " | ".join(evidence_text(e) for e in finding["evidence"]),
    }


def to_csv(findings: Iterable[Finding]) -> str:
    """Findings as CSV, one row each; lists joined with ` | `."""
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(flat(f.to_dict()) for f in findings)
    return out.getvalue()


# -- what the rules read ----------------------------------------------------------------


@dataclass
class Snapshot:
    """The rows the audit reads, all from one read transaction."""

    roles: list[Row]
    lines: list[Row]
    flows: list[Row]
    role_departments: list[Row]
    department_parents: list[Row]
    duties: list[Row]
    orgs: dict[str, str]  # key -> display name


# What each audit reads besides the roles (every audit reads those).
NEEDS: dict[str, frozenset[str]] = {
    "multiple_superiors": frozenset({"lines"}),
    "reporting_cycle": frozenset({"lines"}),
    "orphan_role": frozenset({"lines"}),
    "report_outside_chain": frozenset({"lines", "flows"}),
    "duplicate_duty": frozenset({"lines", "duties"}),
    "uncovered_function": frozenset({"duties"}),
    "overlapping_function": frozenset({"lines", "duties"}),
    "role_without_duties": frozenset(),
    "role_without_kpis": frozenset(),
    "authority_gap": frozenset({"lines"}),
    "peer_gap": frozenset({"duties"}),
    "source_conflict": frozenset({"lines", "role_departments", "department_parents"}),
}
_QUERIES = {
    "lines": "audit_reporting_lines",
    "flows": "audit_report_flows",
    "role_departments": "audit_role_departments",
    "department_parents": "audit_department_parents",
    "duties": "audit_duties",
}


def load_snapshot(graph: Graph, org: str | None, needs: Iterable[str] = _QUERIES) -> Snapshot:
    """The rows the audits read, in one read transaction; parts not in `needs` stay empty."""
    wanted = set(needs)

    def rows(tx: Any, name: str) -> list[Row]:
        # Each audit query returns one row holding a list of maps: far faster to decode
        # than one record per item, and no record.data() copy.
        record = tx.run(catalog.query(name), org=org).single()
        return list(record["rows"]) if record else []

    def work(tx: Any) -> Snapshot:
        got = {part: rows(tx, q) if part in wanted else [] for part, q in _QUERIES.items()}
        return Snapshot(
            roles=rows(tx, "audit_roles"),
            orgs={r["key"]: r["name"] for r in run(tx, "get_chain_orgs", org=org)},
            **got,
        )

    return graph.read_tx(work)


class OrgView:
    """One organisation: its roles, hierarchies (solid; solid and dotted), tops, levels."""

    def __init__(self, org: str, name: str, roles: list[Row], lines: list[Row]) -> None:
        self.org = org
        self.name = name
        self.roles = {r["key"]: r for r in roles}
        refs = [RoleRef.from_row(r) for r in roles]
        triples = [(ln["sub"], ln["sup"], ln["kind"]) for ln in lines]
        self.solid = Hierarchy.build(refs, triples)
        self.full = Hierarchy.build(refs, triples, dotted=True)
        self.tops = self._tops()
        self._ancestors: dict[str, set[str]] = {}

    def _tops(self) -> list[str]:
        """The root(s) with the most roles below; none while the org has no solid lines."""
        if not self.solid.up:
            return []
        roots = self.solid.roots(self.org)
        below = {r: len(self.solid.descendants(r)) for r in roots}
        most = max(below.values(), default=0)
        return [r for r in roots if below[r] == most] if most else []

    def described(self) -> list[Row]:
        return [r for r in self.roles.values() if not r["referenced_only"]]

    def name_of(self, key: str) -> str:
        return self.solid.roles[key].name if key in self.solid.roles else key

    def subject(self, key: str) -> Subject:
        return Subject("role", key, self.name_of(key))

    def above(self, key: str) -> set[str]:
        """Every role above `key` along solid and dotted lines (memoised)."""
        got = self._ancestors.get(key)
        if got is None:
            got = self._ancestors[key] = set(self.full.ancestors(key))
        return got


@dataclass
class Context:
    snapshot: Snapshot
    views: dict[str, OrgView]
    lang: str
    graph: Graph
    org_filter: str | None
    role_org: dict[str, str]
    _functions: dict[str, list[str]] = field(default_factory=dict)
    _owners: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None
    _solid_by_sub: dict[str, list[Row]] | None = None
    _duties_by_owner: dict[str, list[Row]] | None = None

    @property
    def solid_by_sub(self) -> dict[str, list[Row]]:
        """Solid line rows (one per source) grouped by subordinate."""
        if self._solid_by_sub is None:
            self._solid_by_sub = _group(
                (ln for ln in self.snapshot.lines if ln["kind"] == SOLID), "sub"
            )
        return self._solid_by_sub

    @property
    def duties_by_owner(self) -> dict[str, list[Row]]:
        if self._duties_by_owner is None:
            self._duties_by_owner = _group(self.snapshot.duties, "owner")
        return self._duties_by_owner

    def classify(self, text: str) -> list[str]:
        got = self._functions.get(text)
        if got is None:
            got = self._functions[text] = functions.classify(text)
        return got

    def function_subject(self, fid: str) -> Subject:
        return Subject("function", fid, functions.names(self.lang)[fid])

    def quote(self, name: str) -> str:
        return f"「{name}」" if self.lang == "zh" else name

    def names(self, view: OrgView, keys: list[str], limit: int | None = None) -> str:
        """Role names for a message; past `limit`, the first ones and how many more."""
        shown = [self.quote(view.name_of(k)) for k in keys[:limit]]
        text = msg.listing(self.lang, shown)
        if limit is not None and len(keys) > limit:
            text += msg.phrase(self.lang, "more", n=len(keys) - limit)
        return text


def _line_evidence(view: OrgView, row: Row) -> Evidence:
    arrow = "⇢" if row["kind"] == DOTTED else "→"
    fact = f"{view.name_of(row['sub'])} {arrow} {view.name_of(row['sup'])}"
    return Evidence(row["source"], row["start"], row["end"], None, fact)


def _described_evidence(row: Row) -> list[Evidence]:
    return [
        Evidence(d["source"], d["start"], d["end"], None, row["name"]) for d in row["described"]
    ]


def _group(rows: Iterable[Row], column: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        out[r[column]].append(r)
    return out


def _per_source(rows: Iterable[Row], key: str, value: str) -> dict[str, dict[str, set[str]]]:
    """{subject key: {source: {values}}}."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        out[r[key]][r["source"]].add(r[value])
    return out


# -- the rules --------------------------------------------------------------------------


def _multiple_superiors(ctx: Context) -> Iterator[Finding]:
    for key, rows in ctx.solid_by_sub.items():
        sources = _per_source(rows, "sub", "sup")[key]
        stating = {s: sups for s, sups in sources.items() if len(sups) > 1}
        if not stating:
            continue
        view = ctx.views[ctx.role_org[key]]
        sups = sorted(set().union(*stating.values()))
        yield Finding(
            "multiple_superiors",
            "warning",
            view.org,
            [view.subject(key), *(view.subject(s) for s in sups)],
            msg.message(
                "multiple_superiors",
                ctx.lang,
                role=view.name_of(key),
                n=len(sups),
                superiors=ctx.names(view, sups),
            ),
            [_line_evidence(view, ln) for ln in rows if ln["source"] in stating],
            {"superiors": sups},
        )


def _reporting_cycle(ctx: Context) -> Iterator[Finding]:
    for view in ctx.views.values():
        for members in view.solid.cycles():
            inside = set(members)
            order = _walk_cycle(view.solid, members[0], inside)
            shown = [view.name_of(k) for k in order] + [view.name_of(order[0])]
            evidence = [
                _line_evidence(view, ln)
                for k in order
                for ln in ctx.solid_by_sub.get(k, [])
                if ln["sup"] in inside
            ]
            yield Finding(
                "reporting_cycle",
                "error",
                view.org,
                [view.subject(k) for k in order],
                msg.message("reporting_cycle", ctx.lang, cycle=" → ".join(shown)),
                evidence,
                {"roles": order},
            )


def _walk_cycle(h: Hierarchy, start: str, inside: set[str]) -> list[str]:
    """The roles of a cycle in reporting order, from `start` (all members if it branches)."""
    order = [start]
    cur = start
    while True:
        nxt = next((s for s, _ in h.superiors(cur) if s in inside), None)
        if nxt is None or nxt == start:
            break
        if nxt in order:  # a figure eight: list the members instead
            return sorted(inside)
        order.append(nxt)
        cur = nxt
    return order if len(order) == len(inside) else [*order, *sorted(inside - set(order))]


def _orphan_role(ctx: Context) -> Iterator[Finding]:
    for view in ctx.views.values():
        if not view.tops:
            continue
        tops = set(view.tops)
        for key in view.solid.roots(view.org):
            row = view.roles.get(key)
            if key in tops or row is None or row["referenced_only"]:
                continue
            yield Finding(
                "orphan_role",
                "warning",
                view.org,
                [view.subject(key)],
                msg.message(
                    "orphan_role", ctx.lang, role=view.name_of(key), tops=ctx.names(view, view.tops)
                ),
                _described_evidence(row),
                {"tops": view.tops},
            )


def _report_outside_chain(ctx: Context) -> Iterator[Finding]:
    grouped: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for f in ctx.snapshot.flows:
        grouped[(f["submitter"], f["report"], f["recipient"])].append(f)
    for (sub, report, recipient), rows in grouped.items():
        view = ctx.views[ctx.role_org[sub]]
        if sub == recipient or not view.full.superiors(sub):
            continue  # no superior known: its chain of command is unknown
        if recipient in view.above(sub) or view.name_of(recipient) in GENERIC_SUPERIOR:
            continue
        cadence = next((r["cadence"] for r in rows if r["cadence"]), None)
        yield Finding(
            "report_outside_chain",
            "warning",
            view.org,
            [
                view.subject(sub),
                Subject("report", report, rows[0]["report_name"]),
                view.subject(recipient),
            ],
            msg.message(
                "report_outside_chain",
                ctx.lang,
                role=view.name_of(sub),
                report=rows[0]["report_name"],
                recipient=view.name_of(recipient),
                cadence=msg.phrase(ctx.lang, "cadence", cadence=cadence) if cadence else "",
            ),
            [
                Evidence(
                    r["source"],
                    r["start"],
                    r["end"],
                    None,
                    f"{view.name_of(sub)}: {r['report_name']} → {view.name_of(recipient)}",
                )
                for r in rows
            ],
            {"chain": sorted(view.above(sub)), "cadence": cadence},
        )


def _relation(view: OrgView, a: str, b: str) -> str:
    if a in view.above(b) or b in view.above(a):
        return "delegation"
    sa = {s for s, _ in view.solid.superiors(a)}
    if sa & {s for s, _ in view.solid.superiors(b)}:
        return "peers"
    da, db = view.roles.get(a, {}).get("department"), view.roles.get(b, {}).get("department")
    if da and db:
        return "same_department" if da == db else "different_departments"
    return "unrelated"


def _duplicate_links(duties: list[Row]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Index pairs (a, b) into `duties` whose texts are near-duplicates, with similarity.

    Equal texts first (a chain of stores repeats its duties word for word): each is linked
    to the first duty of its text, and each distinct text goes to the search once, so
    pairs do not multiply."""
    first: dict[str, int] = {}
    same_a: list[int] = []
    same_b: list[int] = []
    for n, d in enumerate(duties):
        text = similarity.clean(d["text"] or "")
        if text:
            m = first.setdefault(text, n)
            if m != n:
                same_a.append(m)
                same_b.append(n)
    reps = np.fromiter(first.values(), dtype=np.int64, count=len(first))
    if len(reps) >= 2:
        i, j, s = similarity.similar_index_pairs(
            [duties[k]["text"] for k in reps], DUPLICATE_THRESHOLD
        )
    else:
        i = j = np.array([], dtype=np.int64)
        s = np.array([], dtype=np.float64)
    return (
        np.concatenate([np.array(same_a, dtype=np.int64), reps[i]]),
        np.concatenate([np.array(same_b, dtype=np.int64), reps[j]]),
        np.concatenate([np.ones(len(same_a)), s]),
    )


def _duplicate_clusters(duties: list[Row]) -> list[tuple[list[int], float]]:
    """Clusters of near-identical duties (connected components of the links), each as
    duty indices with the highest similarity between two different holders' duties."""
    a, b, sim = _duplicate_links(duties)
    if not len(a):
        return []
    n = len(duties)
    links = sp.coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, label = connected_components(links, directed=False)
    owner_ids: dict[str, int] = {}
    owner = np.array([owner_ids.setdefault(d["owner"], len(owner_ids)) for d in duties])
    cross = owner[a] != owner[b]
    top = np.zeros(n)
    np.maximum.at(top, label[a[cross]], sim[cross])
    linked = np.unique(np.concatenate([a, b]))
    order = linked[np.argsort(label[linked], kind="stable")]
    starts = np.flatnonzero(np.diff(label[order], prepend=-1))
    return [
        (members.tolist(), float(top[label[members[0]]])) for members in np.split(order, starts[1:])
    ]


def _duplicate_duty(ctx: Context) -> Iterator[Finding]:
    by_org: dict[str, list[Row]] = defaultdict(list)
    for d in ctx.snapshot.duties:
        if d["owner_kind"] == "role" and not BOILERPLATE.search(d["text"] or ""):
            by_org[d["org"]].append(d)
    for org, duties in by_org.items():
        view = ctx.views.get(org)
        if view is None:
            continue
        for indices, top in _duplicate_clusters(duties):
            rows = {duties[k]["key"]: duties[k] for k in indices}
            members = sorted(rows, key=lambda k: (rows[k]["owner"], k))
            owners = sorted({rows[k]["owner"] for k in members})
            if len(owners) < 2:
                continue
            judged = owners[:MAX_PAIRED_ROLES]  # pairs grow with the square: cap them
            relations = {
                f"{a}|{b}": _relation(view, a, b)
                for i, a in enumerate(judged)
                for b in judged[i + 1 :]
            }
            kinds = sorted(set(relations.values()))
            severity = "info" if kinds == ["delegation"] else "warning"
            first = rows[members[0]]
            relation = msg.listing(ctx.lang, [msg.phrase(ctx.lang, k) for k in kinds])
            yield Finding(
                "duplicate_duty",
                severity,
                org,
                [
                    *(view.subject(o) for o in owners),
                    *(Subject("duty", k, rows[k]["text"]) for k in members),
                ],
                msg.message(
                    "duplicate_duty",
                    ctx.lang,
                    duty=first["text"],
                    roles=ctx.names(view, owners, limit=MAX_NAMED),
                    relation=relation,
                ),
                [
                    Evidence(
                        rows[k]["source"],
                        rows[k]["start"],
                        rows[k]["end"],
                        rows[k]["text"],
                        view.name_of(rows[k]["owner"]),
                    )
                    for k in members[:MAX_EVIDENCE]
                ],
                {
                    "relation": kinds,
                    "pairs": relations,
                    "similarity": top,
                },
            )


def _function_owners(ctx: Context) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """{role key: functions of its duties}, {org: functions of its departments' duties}."""
    if ctx._owners is None:
        roles: dict[str, set[str]] = defaultdict(set)
        departments: dict[str, set[str]] = defaultdict(set)
        for d in ctx.snapshot.duties:
            fids = ctx.classify(d["text"] or "")
            if d["owner_kind"] == "role":
                roles[d["owner"]].update(fids)
            else:
                departments[d["org"]].update(fids)
        ctx._owners = (roles, departments)
    return ctx._owners


def _uncovered_function(ctx: Context) -> Iterator[Finding]:
    role_funcs, dept_funcs = _function_owners(ctx)
    core = functions.core_functions()
    for view in ctx.views.values():
        described = view.described()
        if len(described) < MIN_ROLES_FOR_FUNCTIONS:
            continue
        owned = set(dept_funcs.get(view.org, set()))
        for key in view.roles:
            owned |= role_funcs.get(key, set())
        covered = [f for f in core if f in owned]
        if len(covered) < math.ceil(len(core) * MIN_CORE_SHARE):
            continue  # not enough of a sales/marketing organisation to judge
        for fid in core:
            if fid in owned:
                continue
            fs = ctx.function_subject(fid)
            yield Finding(
                "uncovered_function",
                "warning",
                view.org,
                [fs, Subject("organization", view.org, view.name)],
                msg.message("uncovered_function", ctx.lang, function=fs.name),
                [],
                {"covered_core": covered, "described_roles": len(described)},
            )


def _overlapping_function(ctx: Context) -> Iterator[Finding]:
    role_funcs, _ = _function_owners(ctx)
    core = [f for f in functions.core_functions() if f not in PER_UNIT_FUNCTIONS]
    for view in ctx.views.values():
        if not view.tops:
            continue
        levels = view.solid.levels(view.tops)
        for fid in core:
            at: dict[int, list[str]] = defaultdict(list)
            for key in view.roles:
                if fid in role_funcs.get(key, ()) and key in levels:
                    at[levels[key]].append(key)
            for level, keys in sorted(at.items()):
                if len(keys) < 2:
                    continue
                keys.sort()
                fs = ctx.function_subject(fid)
                evidence = [
                    Evidence(d["source"], d["start"], d["end"], d["text"], view.name_of(k))
                    for k in keys
                    for d in ctx.duties_by_owner.get(k, [])
                    if fid in ctx.classify(d["text"] or "")
                ]
                yield Finding(
                    "overlapping_function",
                    "warning",
                    view.org,
                    [fs, *(view.subject(k) for k in keys)],
                    msg.message(
                        "overlapping_function",
                        ctx.lang,
                        function=fs.name,
                        level=level,
                        roles=ctx.names(view, keys, limit=MAX_NAMED),
                    ),
                    evidence,
                    {"level": level},
                )


def _role_without(kind: str, column: str, ctx: Context) -> Iterator[Finding]:
    for view in ctx.views.values():
        described = view.described()
        if kind == "role_without_kpis" and not any(r["kpis"] for r in described):
            continue  # this organisation's sources state no KPIs at all
        for row in described:
            if row[column]:
                continue
            yield Finding(
                kind,
                "info",
                view.org,
                [view.subject(row["key"])],
                msg.message(kind, ctx.lang, role=row["name"]),
                _described_evidence(row),
                {},
            )


def _authority_gap(ctx: Context) -> Iterator[Finding]:
    lang = ctx.lang
    for view in ctx.views.values():
        described = view.described()
        if not any(r["authorities"] for r in described):
            continue  # this organisation's sources state no authorities at all
        for row in described:
            key, auths = row["key"], row["authorities"]
            manages = len(view.solid.subordinates(key))
            burden = []
            if manages:
                burden.append(msg.phrase(lang, "manages", n=manages))
            if row["kpis"]:
                burden.append(msg.phrase(lang, "accountable", n=row["kpis"]))
            if not burden:
                continue
            if not auths:
                lack = msg.phrase(lang, "no_authority")
            elif manages and not any(PEOPLE_AUTHORITY.search(a or "") for a in auths):
                lack = msg.phrase(lang, "no_people_authority")
            else:
                continue
            yield Finding(
                "authority_gap",
                # managing people without power over them breaks 责权一致 outright; KPIs
                # without any authority is weaker evidence (specialists often have none)
                "warning" if manages else "info",
                view.org,
                [view.subject(key)],
                msg.message(
                    "authority_gap",
                    lang,
                    role=row["name"],
                    burden=msg.joined(lang, burden),
                    lack=lack,
                ),
                _described_evidence(row)
                + [Evidence(None, None, None, a, "authority") for a in auths],
                {"subordinates": manages, "kpis": row["kpis"], "authorities": auths},
            )


def _peer_gap(ctx: Context) -> Iterator[Finding]:
    role_funcs, _ = _function_owners(ctx)
    # Roles to judge: described, with duties. Title = the key after "org/".
    mine: dict[str, list[tuple[str, str]]] = defaultdict(list)  # title -> [(org, key)]
    for view in ctx.views.values():
        for row in view.described():
            if row["duties"]:
                mine[row["key"][len(view.org) + 1 :]].append((view.org, row["key"]))
    # Peer function sets: from the snapshot for a whole-graph audit, else from the graph.
    peers: dict[str, dict[str, set[str]]] = defaultdict(dict)  # title -> {role key: funcs}
    if ctx.org_filter is None:
        for title, holders in mine.items():
            for _, key in holders:
                peers[title][key] = role_funcs.get(key, set())
    elif mine:
        for r in ctx.graph.read("audit_peer_duties", titles=sorted(mine), org=ctx.org_filter):
            funcs: set[str] = set()
            for t in r["texts"]:
                funcs.update(ctx.classify(t))
            peers[r["title"]][r["role"]] = funcs
    ids = functions.function_ids()
    for title, holders in mine.items():
        group = peers.get(title, {})
        # Counts over every holder of the title once; each role then takes itself out.
        total: dict[str, int] = defaultdict(int)
        for funcs in group.values():
            for fid in funcs:
                total[fid] += 1
        for org, key in holders:
            mine_too = key in group
            n = len(group) - mine_too
            if n < MIN_PEERS:
                continue
            own = role_funcs.get(key, set())
            view = ctx.views[org]
            for fid in ids:
                held = total.get(fid, 0) - (mine_too and fid in group[key])
                if fid in own or held / n <= PEER_MAJORITY:
                    continue
                fs = ctx.function_subject(fid)
                yield Finding(
                    "peer_gap",
                    "info",
                    org,
                    [view.subject(key), fs],
                    msg.message(
                        "peer_gap",
                        ctx.lang,
                        role=view.name_of(key),
                        function=fs.name,
                        peers=n,
                        holding=held,
                    ),
                    [],
                    {"peers": n, "holding": held},
                )


def _source_conflict(ctx: Context) -> Iterator[Finding]:
    snap = ctx.snapshot
    solid = [ln for ln in snap.lines if ln["kind"] == SOLID]
    checks: list[tuple[str, dict[str, dict[str, set[str]]], list[Row], str, str]] = [
        ("superior", _per_source(solid, "sub", "sup"), solid, "sub", "sup"),
        (
            "department",
            _per_source(snap.role_departments, "key", "department"),
            snap.role_departments,
            "key",
            "department",
        ),
        (
            "parent",
            _per_source(snap.department_parents, "key", "parent"),
            snap.department_parents,
            "key",
            "parent",
        ),
    ]
    dept_names = {r["department"]: r["department_name"] for r in snap.role_departments}
    dept_names.update({r["key"]: r["name"] for r in snap.department_parents})
    dept_names.update({r["parent"]: r["parent_name"] for r in snap.department_parents})
    dept_org = {r["key"]: r["org"] for r in snap.department_parents}
    for fact, by_subject, all_rows, key_col, value_col in checks:
        rows_of = _group(all_rows, key_col)
        for subject, sources in by_subject.items():
            claims = sorted(sources.items())
            if not any(
                not (a <= b or b <= a)
                for i, (_, a) in enumerate(claims)
                for _, b in claims[i + 1 :]
            ):
                continue
            if fact == "parent":
                org = dept_org[subject]
                subj = Subject("department", subject, dept_names.get(subject, subject))
            else:
                org = ctx.role_org[subject]
                subj = ctx.views[org].subject(subject)
            show = ctx.views[org].name_of if fact == "superior" else _department_namer(dept_names)
            said = msg.phrase(ctx.lang, "sep").join(
                msg.phrase(
                    ctx.lang,
                    "says",
                    source=src,
                    value=msg.listing(ctx.lang, [show(v) for v in sorted(vals)]),
                )
                for src, vals in claims
            )
            others = sorted({v for _, vals in claims for v in vals})
            kind = "role" if fact == "superior" else "department"
            yield Finding(
                "source_conflict",
                "error",
                org,
                [subj, *(Subject(kind, v, show(v)) for v in others)],
                msg.message(
                    "source_conflict",
                    ctx.lang,
                    subject=subj.name,
                    fact=msg.phrase(ctx.lang, fact),
                    claims=said,
                ),
                [
                    Evidence(
                        r["source"],
                        r["start"],
                        r["end"],
                        None,
                        f"{subj.name} → {show(r[value_col])}",
                    )
                    for r in rows_of[subject]
                ],
                {"fact": fact, "claims": {src: sorted(vals) for src, vals in claims}},
            )


def _department_namer(names: dict[str, str]) -> Callable[[str], str]:
    return lambda key: names.get(key, key)


RULES: dict[str, Callable[[Context], Iterator[Finding]]] = {
    "multiple_superiors": _multiple_superiors,
    "reporting_cycle": _reporting_cycle,
    "orphan_role": _orphan_role,
    "report_outside_chain": _report_outside_chain,
    "duplicate_duty": _duplicate_duty,
    "uncovered_function": _uncovered_function,
    "overlapping_function": _overlapping_function,
    "role_without_duties": lambda ctx: _role_without("role_without_duties", "duties", ctx),
    "role_without_kpis": lambda ctx: _role_without("role_without_kpis", "kpis", ctx),
    "authority_gap": _authority_gap,
    "peer_gap": _peer_gap,
    "source_conflict": _source_conflict,
}
TYPES = tuple(RULES)


def audit(
    graph: Graph,
    *,
    org: str | None = None,
    types: Iterable[str] | None = None,
    lang: str = "zh",
) -> list[Finding]:
    """Run the audits on one organisation (name or key) or on all; findings sorted by
    severity (errors first), organisation and type. `types` picks audits (see `TYPES`)."""
    from kb.chains import resolve_org

    msg.check_lang(lang)
    chosen = list(TYPES) if types is None else list(dict.fromkeys(types))
    unknown = [t for t in chosen if t not in RULES]
    if unknown:
        raise InputError(f"unknown audit type {', '.join(unknown)}; known: {', '.join(TYPES)}")
    org_key = resolve_org(graph, org) if org else None
    snap = load_snapshot(graph, org_key, set().union(*(NEEDS[t] for t in chosen)))
    ctx = _context(graph, snap, lang, org_key)
    found = [f for t in chosen for f in RULES[t](ctx)]
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    order = {t: i for i, t in enumerate(TYPES)}
    found.sort(
        key=lambda f: (rank[f.severity], f.organization, order[f.type], [s.key for s in f.subjects])
    )
    return found


def _context(graph: Graph, snap: Snapshot, lang: str, org: str | None) -> Context:
    roles_by_org: dict[str, list[Row]] = defaultdict(list)
    for r in snap.roles:
        roles_by_org[r["org"]].append(r)
    lines_by_org: dict[str, list[Row]] = defaultdict(list)
    role_org = {r["key"]: r["org"] for r in snap.roles}
    for ln in snap.lines:
        lines_by_org[role_org.get(ln["sub"], "")].append(ln)
    views = {
        o: OrgView(o, snap.orgs.get(o, o), rows, lines_by_org.get(o, []))
        for o, rows in roles_by_org.items()
    }
    return Context(snap, views, lang, graph, org, role_org)


def summary(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """Counts per type and severity."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SEVERITIES, 0))
    for f in findings:
        out[f.type][f.severity] += 1
    return dict(out)
