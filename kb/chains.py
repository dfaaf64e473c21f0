"""Chains of command: who reports to whom, spans of control, depth, common superiors.

Plain functions over a `Graph`, each returning dataclasses with `to_dict()`. Roles are
named by title (as written or normalised) or by key; a title held in several
organisations raises `Ambiguous` unless `org` picks one. Chains follow `solid`
`REPORTS_TO` lines; `dotted=True` follows dotted (matrix) lines too.

Answers come from an in-memory copy of each organisation's hierarchy (`HierarchyCache`),
rebuilt when the graph version changes (a source loaded, reloaded or removed). Pass
`cache=None` to ask Neo4j directly (the `get_chain_up` / `get_chain_down` queries).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from neo4j import READ_ACCESS

from kb import catalog
from kb.errors import Ambiguous, InputError, NotFound
from kb.graph import Graph, Row, translate_errors
from kb.hierarchy import Chain, Hierarchy, RoleRef, Span, Step, TreeRow
from kb.names import norm_name

# -- results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainUp:
    """The chains of command from a role to the top: one per way up (several superiors)."""

    role: RoleRef
    chains: list[Chain]
    truncated: bool = False
    dotted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role.to_dict(),
            "dotted": self.dotted,
            "truncated": self.truncated,
            "chains": [c.to_dict() for c in self.chains],
        }


@dataclass(frozen=True)
class ChainDown:
    """The roles below a role, depth first, each with its depth and superior."""

    role: RoleRef
    rows: list[TreeRow]
    dotted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role.to_dict(),
            "dotted": self.dotted,
            "below": [r.to_dict() for r in self.rows],
        }


@dataclass(frozen=True)
class CommonSuperior:
    """The lowest common superior(s) of two roles and the way up from each to the first."""

    a: RoleRef
    b: RoleRef
    superiors: list[RoleRef]
    path_a: list[Step]
    path_b: list[Step]

    @property
    def path(self) -> list[RoleRef]:
        """a, up to the common superior, down to b."""
        if not self.superiors:
            return []
        return [s.role for s in self.path_a] + [s.role for s in reversed(self.path_b[:-1])]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "superiors": [r.to_dict() for r in self.superiors],
            "path_a": [s.to_dict() for s in self.path_a],
            "path_b": [s.to_dict() for s in self.path_b],
            "path": [r.to_dict() for r in self.path],
        }


@dataclass(frozen=True)
class OrgShape:
    """An organisation's hierarchy at a glance."""

    org: str
    name: str
    roles: int
    lines: int
    depth: int
    roots: list[RoleRef] = field(default_factory=list)
    cycles: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "org": self.org,
            "name": self.name,
            "roles": self.roles,
            "lines": self.lines,
            "depth": self.depth,
            "roots": [r.to_dict() for r in self.roots],
            "cycles": self.cycles,
        }


# -- the in-memory copy -----------------------------------------------------------------


def _read_once(graph: Graph, name: str, **params: Any) -> list[Row]:
    """A read query in an auto-commit transaction: one round trip (RUN and PULL go
    together, no COMMIT), where `Graph.read`'s managed transaction needs two. For the
    small latency-bound chain queries only: auto-commit reads are not retried."""
    with (
        translate_errors(graph.uri),
        graph.driver.session(database=graph.database, default_access_mode=READ_ACCESS) as s,
    ):
        return [r.data() for r in s.run(catalog.query(name), params)]


def _rows_once(graph: Graph, name: str, **params: Any) -> list[Row]:
    """`_read_once` for a query that returns its rows as one list (a `rows` column)."""
    with (
        translate_errors(graph.uri),
        graph.driver.session(database=graph.database, default_access_mode=READ_ACCESS) as s,
    ):
        record = s.run(catalog.query(name), params).single()
        return list(record["rows"]) if record else []


def graph_version(graph: Graph) -> tuple[Any, ...]:
    """A value that changes whenever a source is loaded, reloaded or removed."""
    row = _read_once(graph, "get_chain_graph_version")[0]
    return (row["sources"], row["loaded_at"], row["roles"], row["lines"])


def load_hierarchy(graph: Graph, org: str, *, dotted: bool = False) -> Hierarchy:
    """The hierarchy of one organisation (key), read in one snapshot."""

    def work(tx: Any) -> tuple[list[list[Any]], list[list[str]]]:
        # Each query returns one row of lists; record.data() would copy them again.
        roles = tx.run(catalog.query("get_chain_hierarchy_roles"), org=org).single()
        lines = tx.run(catalog.query("get_chain_hierarchy_lines"), org=org).single()
        return (roles["roles"] if roles else []), (lines["lines"] if lines else [])

    roles, lines = graph.read_tx(work)
    return Hierarchy.build(
        (RoleRef(key, name or key, org, dept, bool(ref)) for key, name, dept, ref in roles),
        ((sub, sup, kind) for sub, sup, kind in lines),
        dotted=dotted,
    )


class HierarchyCache:
    """Organisation hierarchies kept in memory while the graph does not change.

    The graph version is asked at most once every `max_age` seconds (per server and
    database), so repeated questions cost no round trip; a load in another process shows
    after at most `max_age` seconds. `max_age=0` checks on every call. `clear()` drops
    everything (call it after loading in this process to see the change at once).
    """

    def __init__(self, max_age: float = 1.0, clock: Callable[[], float] = time.monotonic):
        self.max_age = max_age
        self.clock = clock
        self._versions: dict[tuple[str, str], tuple[tuple[Any, ...], float]] = {}
        self._entries: dict[tuple[str, str, str, bool], Hierarchy] = {}

    def get(self, graph: Graph, org: str, *, dotted: bool = False) -> Hierarchy:
        """The hierarchy of organisation `org` (key), fresh within `max_age`."""
        db = (graph.uri, graph.database)
        now = self.clock()
        seen = self._versions.get(db)
        if seen is None or now - seen[1] >= self.max_age:
            version = graph_version(graph)
            if seen is None or seen[0] != version:
                self._drop(db)
            self._versions[db] = (version, now)
        key = (*db, org, dotted)
        h = self._entries.get(key)
        if h is None:
            h = self._entries[key] = load_hierarchy(graph, org, dotted=dotted)
        return h

    def clear(self) -> None:
        self._versions.clear()
        self._entries.clear()

    def _drop(self, db: tuple[str, str]) -> None:
        for k in [k for k in self._entries if k[:2] == db]:
            del self._entries[k]


CACHE = HierarchyCache()


# -- resolving names --------------------------------------------------------------------


def resolve_org(graph: Graph, org: str) -> str:
    """The key of the organisation named `org` (key, name or normalised name)."""
    rows = graph.read("get_chain_org", typed=org.strip(), key=norm_name(org))
    if not rows:
        raise NotFound(f"no organisation named {org!r}")
    if len(rows) > 1:
        names = ", ".join(f"{r['name']} ({r['key']})" for r in rows)
        raise Ambiguous(f"{org!r} names several organisations: {names}")
    return str(rows[0]["key"])


def find_roles(graph: Graph, role: str, org: str | None = None) -> list[RoleRef]:
    """Every role `role` may name (a title as written or normalised, or a key)."""
    org_key = resolve_org(graph, org) if org else None
    title = norm_name(role)
    if not title:
        raise InputError("a role title is needed")
    rows = graph.read("get_chain_role_candidates", title=title, typed=role.strip(), org=org_key)
    return [RoleRef.from_row(r) for r in rows]


def resolve_role(graph: Graph, role: str, org: str | None = None) -> RoleRef:
    """The one role `role` names; NotFound, or Ambiguous listing the candidates."""
    found = find_roles(graph, role, org)
    if not found:
        where = f" in {org!r}" if org else ""
        raise NotFound(f"no role {role!r}{where}")
    exact = [r for r in found if r.key == role or r.key.endswith("/" + norm_name(role))]
    if len(found) > 1 and len(exact) == 1:
        return exact[0]
    if len(found) > 1:
        listed = "; ".join(f"{r.name} ({r.org})" for r in found)
        raise Ambiguous(
            f"{role!r} is a role in {len(found)} places: {listed}. Say which organisation."
        )
    return found[0]


def _hierarchy(graph: Graph, org: str, dotted: bool, cache: HierarchyCache | None) -> Hierarchy:
    return (
        cache.get(graph, org, dotted=dotted) if cache else load_hierarchy(graph, org, dotted=dotted)
    )


# -- questions --------------------------------------------------------------------------


def chain_up(
    graph: Graph,
    role: str,
    *,
    org: str | None = None,
    dotted: bool = False,
    cache: HierarchyCache | None = CACHE,
) -> ChainUp:
    """Every chain of command from `role` up to a role with no superior.

    A role with several superiors has one chain per superior; a chain that comes back to
    a role already on it stops there and names it in `cycle_to`.
    """
    ref = resolve_role(graph, role, org)
    return chain_up_key(graph, ref.key, dotted=dotted, cache=cache, org=ref.org)


def chain_up_key(
    graph: Graph,
    key: str,
    *,
    dotted: bool = False,
    cache: HierarchyCache | None = CACHE,
    org: str | None = None,
) -> ChainUp:
    """`chain_up` for a role key (no name resolution); `org` is the role's organisation."""
    if cache is not None:
        h = cache.get(graph, org if org is not None else key.split("/", 1)[0], dotted=dotted)
        if key not in h.roles:
            raise NotFound(f"no role with key {key!r}")
    else:
        rows = _rows_once(graph, "get_chain_up", key=key, dotted=dotted)
        h = _subgraph(rows, "superiors", up=True)
    chains, cut = h.chains_up(key)
    return ChainUp(h.roles[key], chains, cut, dotted)


def chain_down(
    graph: Graph,
    role: str,
    *,
    org: str | None = None,
    dotted: bool = False,
    max_depth: int | None = None,
    cache: HierarchyCache | None = CACHE,
) -> ChainDown:
    """The tree below `role`: every role that reports to it directly or indirectly."""
    ref = resolve_role(graph, role, org)
    if cache is not None:
        h = cache.get(graph, ref.org, dotted=dotted)
    else:
        rows = _rows_once(graph, "get_chain_down", key=ref.key, dotted=dotted)
        h = _subgraph(rows, "subordinates")
    return ChainDown(h.roles[ref.key], h.tree_down(ref.key, max_depth), dotted)


def _subgraph(rows: list[Row], column: str, *, up: bool = False) -> Hierarchy:
    """A Hierarchy of the rows of get_chain_up / get_chain_down (all kinds they returned)."""
    if not rows:
        raise NotFound("no such role")
    lines = [
        (r["key"], k, kind) if up else (k, r["key"], kind) for r in rows for k, kind in r[column]
    ]
    return Hierarchy.build((RoleRef.from_row(r) for r in rows), lines, dotted=True)


def span_of_control(
    graph: Graph,
    *,
    org: str | None = None,
    role: str | None = None,
    dotted: bool = False,
    cache: HierarchyCache | None = CACHE,
) -> list[Span]:
    """Direct reports and all roles below: for `role`, or for every role with reports
    (of `org`, or of every organisation), most direct reports first."""
    if role:
        ref = resolve_role(graph, role, org)
        return [_hierarchy(graph, ref.org, dotted, cache).span(ref.key)]
    orgs = (
        [resolve_org(graph, org)]
        if org
        else [r["key"] for r in graph.read("get_chain_orgs", org=None)]
    )
    out: list[Span] = []
    for o in orgs:
        out.extend(_hierarchy(graph, o, dotted, cache).spans(o))
    out.sort(key=lambda s: (-s.direct, -s.below, s.role.org, s.role.name))
    return out


def org_shapes(
    graph: Graph,
    *,
    org: str | None = None,
    dotted: bool = False,
    cache: HierarchyCache | None = CACHE,
) -> list[OrgShape]:
    """Per organisation: roles, reporting lines, depth (levels), roots, cycles."""
    org_key = resolve_org(graph, org) if org else None
    out = []
    for row in graph.read("get_chain_orgs", org=org_key):
        h = _hierarchy(graph, row["key"], dotted, cache)
        out.append(
            OrgShape(
                org=row["key"],
                name=row["name"],
                roles=row["roles"],
                lines=sum(len(v) for v in h.up.values()),
                depth=h.depth(row["key"]),
                roots=[h.roles[k] for k in h.roots(row["key"])],
                cycles=len(h.cycles()),
            )
        )
    return out


def common_superior(
    graph: Graph,
    a: str,
    b: str,
    *,
    org: str | None = None,
    dotted: bool = False,
    cache: HierarchyCache | None = CACHE,
) -> CommonSuperior:
    """The lowest role that both `a` and `b` report to (directly or not; a role above the
    other is itself the answer), and the path between them through it. Roles of different
    organisations, or of separate trees, have none: `superiors` is empty."""
    ra = resolve_role(graph, a, org)
    rb = resolve_role(graph, b, org)
    if ra.org != rb.org:
        return CommonSuperior(ra, rb, [], [], [])
    h = _hierarchy(graph, ra.org, dotted, cache)
    lowest, path_a, path_b = h.common_superiors(ra.key, rb.key)
    return CommonSuperior(ra, rb, [h.roles[k] for k in lowest], path_a, path_b)
