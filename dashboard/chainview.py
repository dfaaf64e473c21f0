"""Chains of command for the dashboard: calls into `kb.chains` and Graphviz drawings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kb import chains
from kb.graph import Graph

MAX_TREE_NODES = 400  # the drawing of a tree down stops here; the table lists everything


def chain_up(g: Graph, key: str) -> chains.ChainUp:
    return chains.chain_up_key(g, key)


def chain_down(g: Graph, key: str, max_depth: int | None = None) -> chains.ChainDown:
    return chains.chain_down(g, key, org=None, max_depth=max_depth)


def span(g: Graph, key: str) -> Any:
    return chains.span_of_control(g, role=key)[0]


def common(g: Graph, a: str, b: str) -> chains.CommonSuperior:
    return chains.common_superior(g, a, b)


def _q(text: str) -> str:
    """A Graphviz quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _dot(nodes: Iterable[tuple[str, str, bool]], edges: Iterable[tuple[str, str, str]]) -> str:
    lines = [
        "digraph G {",
        "rankdir=TB;",
        'node [shape=box, style="rounded,filled", fillcolor="#eef3fb",'
        ' fontname="Noto Sans CJK SC"];',
        'edge [color="#777777"];',
    ]
    for key, label, marked in nodes:
        extra = ', fillcolor="#ffd8a8", penwidth=2' if marked else ""
        lines.append(f"{_q(key)} [label={_q(label)}{extra}];")
    for sup, sub, kind in edges:
        style = " [style=dashed]" if kind == "dotted" else ""
        lines.append(f"{_q(sup)} -> {_q(sub)}{style};")
    lines.append("}")
    return "\n".join(lines)


def up_dot(up: chains.ChainUp) -> str:
    """Every chain up drawn as one graph, the role at the bottom."""
    nodes: dict[str, tuple[str, str, bool]] = {}
    edges: set[tuple[str, str, str]] = set()
    for chain in up.chains:
        for i, step in enumerate(chain.steps):
            nodes[step.role.key] = (step.role.key, step.role.name, step.role.key == up.role.key)
            if i:
                below = chain.steps[i - 1].role.key
                edges.add((step.role.key, below, step.kind or "solid"))
    nodes.setdefault(up.role.key, (up.role.key, up.role.name, True))
    return _dot(nodes.values(), sorted(edges))


def down_dot(down: chains.ChainDown) -> str:
    nodes = [(down.role.key, down.role.name, True)]
    edges = []
    for row in down.rows[:MAX_TREE_NODES]:
        nodes.append((row.role.key, row.role.name, False))
        if row.superior:
            edges.append((row.superior, row.role.key, row.kind or "solid"))
    return _dot(nodes, edges)


def path_dot(cs: chains.CommonSuperior) -> str:
    """a up to the lowest common superior and down to b."""
    marked = {cs.a.key, cs.b.key} | {s.key for s in cs.superiors}
    steps: Sequence[Any] = cs.path
    nodes = [(r.key, r.name, r.key in marked) for r in steps]
    top = cs.superiors[0].key if cs.superiors else None
    edges = []
    for lower, upper in zip(cs.path_a, cs.path_a[1:], strict=False):
        edges.append((upper.role.key, lower.role.key, upper.kind or "solid"))
    for lower, upper in zip(cs.path_b, cs.path_b[1:], strict=False):
        edges.append((upper.role.key, lower.role.key, upper.kind or "solid"))
    del top
    return _dot(dict.fromkeys(nodes), edges)
