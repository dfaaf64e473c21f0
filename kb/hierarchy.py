"""Reporting lines in memory: chains up, trees down, spans, levels, common superiors.

A `Hierarchy` holds the roles of one or more organisations and the distinct
`REPORTS_TO` lines between them (solid only, or solid and dotted). Every walk keeps a
visited set, so cycles end the walk instead of looping, and a role with several
superiors yields one chain per superior. The same class answers for a whole
organisation (kept in `HierarchyCache`, see `kb.chains`) and for the small subgraph the
`get_chain_*` queries return.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SOLID = "solid"
DOTTED = "dotted"
MAX_CHAINS = 200  # diamonds multiply chains; beyond this the answer says it was cut


@dataclass(frozen=True)
class RoleRef:
    """A role as chains show it."""

    key: str
    name: str
    org: str
    department: str | None = None
    referenced_only: bool = False

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> RoleRef:
        return cls(
            key=row["key"],
            name=row.get("name") or row["key"],
            org=row.get("org") or "",
            department=row.get("department"),
            referenced_only=bool(row.get("referenced_only")),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "org": self.org,
            "department": self.department,
            "referenced_only": self.referenced_only,
        }


@dataclass(frozen=True)
class Step:
    """One role on a chain, and the kind of line that leads to it (None for the start)."""

    role: RoleRef
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.role.to_dict(), "kind": self.kind}


@dataclass(frozen=True)
class Chain:
    """A chain of command from a role up to a top, the role itself first.

    `cycle_to` is set when the chain stopped because the next superior was already on it.
    """

    steps: tuple[Step, ...]
    cycle_to: str | None = None

    @property
    def top(self) -> RoleRef:
        return self.steps[-1].role

    def to_dict(self) -> dict[str, Any]:
        return {"steps": [s.to_dict() for s in self.steps], "cycle_to": self.cycle_to}


@dataclass(frozen=True)
class TreeRow:
    """A role below another: its depth (1 = direct report) and the superior it hangs under.

    A role reachable along several lines appears once, at its smallest depth;
    `also_under` names its other superiors inside the tree.
    """

    role: RoleRef
    depth: int
    superior: str | None
    kind: str | None
    also_under: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.role.to_dict(),
            "depth": self.depth,
            "superior": self.superior,
            "kind": self.kind,
            "also_under": list(self.also_under),
        }


@dataclass(frozen=True)
class Span:
    """Span of control: direct reports and every role below."""

    role: RoleRef
    direct: int
    below: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.role.to_dict(), "direct": self.direct, "below": self.below}


@dataclass
class Hierarchy:
    """Roles and the distinct reporting lines between them, indexed both ways."""

    roles: dict[str, RoleRef]
    up: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    down: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        roles: Iterable[RoleRef],
        lines: Iterable[tuple[str, str, str]],
        *,
        dotted: bool = False,
    ) -> Hierarchy:
        """From roles and (subordinate, superior, kind) lines; dotted lines only if asked.

        Lines whose ends are not among `roles` get a bare RoleRef, so a partial role list
        never loses a line.
        """
        by_key = {r.key: r for r in roles}
        up: dict[str, dict[str, str]] = {}
        down: dict[str, dict[str, str]] = {}
        for sub, sup, kind in lines:
            kind = kind or SOLID
            if kind != SOLID and not dotted:
                continue
            for k in (sub, sup):
                if k not in by_key:
                    by_key[k] = RoleRef(k, k.rsplit("/", 1)[-1], k.split("/", 1)[0])
            # solid wins over dotted when both lines exist between the same pair
            if up.setdefault(sub, {}).get(sup) != SOLID:
                up[sub][sup] = kind
            if down.setdefault(sup, {}).get(sub) != SOLID:
                down[sup][sub] = kind
        return cls(roles=by_key, up=_frozen(up), down=_frozen(down))

    # -- neighbours ---------------------------------------------------------------------

    def superiors(self, key: str) -> tuple[tuple[str, str], ...]:
        return self.up.get(key, ())

    def subordinates(self, key: str) -> tuple[tuple[str, str], ...]:
        return self.down.get(key, ())

    def ancestors(self, key: str) -> dict[str, int]:
        """Every role above `key` with its distance (1 = direct superior)."""
        return _bfs(key, self.up)

    def descendants(self, key: str) -> dict[str, int]:
        """Every role below `key` with its distance (1 = direct report)."""
        return _bfs(key, self.down)

    # -- chains ---------------------------------------------------------------------------

    def chains_up(self, key: str, limit: int = MAX_CHAINS) -> tuple[list[Chain], bool]:
        """All chains of command from `key` to a top; and whether `limit` cut them."""
        roles, up = self.roles, self.up
        sups = up.get(key)
        # The common case, one superior at each level, without the general search.
        if sups is not None and len(sups) == 1:
            steps = [Step(roles[key])]
            seen = {key}
            cur = key
            while (sups := up.get(cur)) is not None and len(sups) == 1:
                sup, kind = sups[0]
                if sup in seen:
                    return [Chain(tuple(steps), cycle_to=sup)], False
                steps.append(Step(roles[sup], kind))
                seen.add(sup)
                cur = sup
            if sups is None:
                return [Chain(tuple(steps))], False
        return self._chains_general(key, limit)

    def _chains_general(self, key: str, limit: int) -> tuple[list[Chain], bool]:
        chains: list[Chain] = []
        # Depth-first over (path so far); the path is the cycle guard.
        stack: list[tuple[tuple[Step, ...], frozenset[str]]] = [
            ((Step(self.roles[key]),), frozenset((key,)))
        ]
        while stack:
            path, on_path = stack.pop()
            sups = self.up.get(path[-1].role.key, ())
            if not sups:
                chains.append(Chain(path))
            for sup, kind in reversed(sups):
                if sup in on_path:
                    chains.append(Chain(path, cycle_to=sup))
                else:
                    stack.append(((*path, Step(self.roles[sup], kind)), on_path | {sup}))
            if len(chains) >= limit:
                return chains[:limit], True
        return chains, False

    def tree_down(self, key: str, max_depth: int | None = None) -> list[TreeRow]:
        """The roles below `key`, depth first in title order, each once at its least depth."""
        depth = self.descendants(key)
        if max_depth is not None:
            depth = {k: d for k, d in depth.items() if d <= max_depth}
        depth[key] = 0
        rows: list[TreeRow] = []
        placed = {key}
        stack: list[tuple[str, str, str]] = [
            (sub, key, kind) for sub, kind in reversed(self._sorted_down(key))
        ]
        while stack:
            sub, sup, kind = stack.pop()
            if sub in placed or depth.get(sub) != depth[sup] + 1:
                continue  # reached again, or a longer way round: shown under its nearest superior
            placed.add(sub)
            others = tuple(s for s, _ in self.up.get(sub, ()) if s != sup and s in depth)
            rows.append(TreeRow(self.roles[sub], depth[sub], sup, kind, others))
            stack.extend((s, sub, k) for s, k in reversed(self._sorted_down(sub)))
        return rows

    def _sorted_down(self, key: str) -> list[tuple[str, str]]:
        return sorted(self.down.get(key, ()), key=lambda sk: self.roles[sk[0]].name)

    # -- structure ------------------------------------------------------------------------

    def roots(self, org: str | None = None) -> list[str]:
        """Roles with no superior (in the kinds of line this hierarchy holds)."""
        return sorted(
            k for k, r in self.roles.items() if k not in self.up and (org is None or r.org == org)
        )

    def orgs(self) -> list[str]:
        return sorted({r.org for r in self.roles.values()})

    def cycles(self) -> list[list[str]]:
        """Groups of roles that reach each other through reporting lines (each sorted)."""
        import networkx as nx

        g = nx.DiGraph()
        g.add_edges_from((sub, sup) for sub, sups in self.up.items() for sup, _ in sups)
        found = [
            sorted(c)
            for c in nx.strongly_connected_components(g)
            if len(c) > 1 or g.has_edge(next(iter(c)), next(iter(c)))
        ]
        return sorted(found)

    def spans(self, org: str | None = None) -> list[Span]:
        """Span of control of every role that has reports, most direct reports first.

        `below` counts distinct roles: summed bottom-up where the tree below a role is a
        tree, searched where a role below has several superiors or lines form a cycle.
        """
        keys = [k for k in self.down if org is None or self.roles[k].org == org]
        below = self._below_counts()
        out = [Span(self.roles[k], len(self.down[k]), below[k]) for k in keys]
        out.sort(key=lambda s: (-s.direct, -s.below, s.role.name))
        return out

    def span(self, key: str) -> Span:
        return Span(self.roles[key], len(self.down.get(key, ())), len(self.descendants(key)))

    def _below_counts(self) -> dict[str, int]:
        # Roles above a role with several superiors (or on a cycle) would be counted
        # twice by summing; those are searched instead.
        shared = [k for k, sups in self.up.items() if len(sups) > 1]
        shared += [k for c in self.cycles() for k in c]
        searched: set[str] = set()
        for k in shared:
            searched |= self.ancestors(k).keys()
        counts: dict[str, int] = {}
        for k in self.down:
            if k in searched:
                counts[k] = len(self.descendants(k))
        # Bottom-up over the rest: children before parents, by height.
        order = self._postorder(searched)
        for k in order:
            if k not in counts:
                counts[k] = sum(1 + counts.get(s, 0) for s, _ in self.down.get(k, ()))
        return counts

    def _postorder(self, skip: set[str]) -> list[str]:
        out: list[str] = []
        done: set[str] = set()
        for start in self.down:
            if start in done or start in skip:
                continue
            stack = [(start, False)]
            while stack:
                k, expanded = stack.pop()
                if expanded:
                    out.append(k)
                    continue
                if k in done:
                    continue
                done.add(k)
                stack.append((k, True))
                stack.extend((s, False) for s, _ in self.down.get(k, ()) if s not in done)
        return out

    def levels(self, tops: Iterable[str]) -> dict[str, int]:
        """Level of every role reachable down from `tops` (a top is level 1; nearest wins)."""
        out: dict[str, int] = {}
        q: deque[str] = deque()
        for t in tops:
            out[t] = 1
            q.append(t)
        while q:
            k = q.popleft()
            for s, _ in self.down.get(k, ()):
                if s not in out:
                    out[s] = out[k] + 1
                    q.append(s)
        return out

    def depth(self, org: str | None = None) -> int:
        """Levels in the organisation: the roles on its longest chain of command (a cycle
        counts as one level, so cycles cannot make it endless)."""
        import networkx as nx

        keys = [k for k, r in self.roles.items() if org is None or r.org == org]
        if not keys:
            return 0
        g = nx.DiGraph()
        g.add_nodes_from(keys)
        g.add_edges_from((sup, sub) for sub in keys for sup, _ in self.up.get(sub, ()))
        return 1 + int(nx.dag_longest_path_length(nx.condensation(g)))

    def common_superiors(self, a: str, b: str) -> tuple[list[str], list[Step], list[Step]]:
        """The lowest common superiors of `a` and `b`, and the shortest paths up from `a`
        and from `b` to the first of them. A role counts as its own superior here, so if
        `a` is above `b` the answer is `a`. Nothing in common: ([], [], [])."""
        up_a = {a: 0, **self.ancestors(a)}
        up_b = {b: 0, **self.ancestors(b)}
        common = up_a.keys() & up_b.keys()
        if not common:
            return [], [], []
        best = min(up_a[k] + up_b[k] for k in common)
        lowest = sorted(k for k in common if up_a[k] + up_b[k] == best)
        return lowest, self._path_up(a, lowest[0]), self._path_up(b, lowest[0])

    def _path_up(self, start: str, goal: str) -> list[Step]:
        """The shortest path up from start to goal, as steps (kind = line into the step)."""
        parent: dict[str, tuple[str, str] | None] = {start: None}
        q: deque[str] = deque([start])
        while q and goal not in parent:
            k = q.popleft()
            for s, kind in self.up.get(k, ()):
                if s not in parent:
                    parent[s] = (k, kind)
                    q.append(s)
        keys: list[tuple[str, str | None]] = []
        cur: str | None = goal
        while cur is not None:
            link = parent[cur]
            keys.append((cur, link[1] if link else None))
            cur = link[0] if link else None
        keys.reverse()
        return [Step(self.roles[k], kind) for k, kind in keys]


def _frozen(adj: dict[str, dict[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Neighbour lists as sorted tuples (most have one entry: no sort needed)."""
    return {k: tuple(sorted(v.items())) if len(v) > 1 else tuple(v.items()) for k, v in adj.items()}


def _bfs(start: str, adj: Mapping[str, tuple[tuple[str, str], ...]]) -> dict[str, int]:
    dist: dict[str, int] = {start: 0}
    q: deque[str] = deque([start])
    while q:
        k = q.popleft()
        for n, _ in adj.get(k, ()):
            if n not in dist:
                dist[n] = dist[k] + 1
                q.append(n)
    del dist[start]  # a cycle back to the start does not make it its own superior
    return dist
