"""The org chart: a top-down tree of one organisation's roles, as an ECharts tree series.

A role with several solid superiors hangs under the first one (by name) and shows the
others as a badge; lines that would close a cycle are cut. What a click selects is mapped
back to a role key through `OrgTree.order`, the tree's nodes in the pre-order ECharts
numbers them in. The option does not depend on the selection, so a click does not redraw
the chart and undo what the user collapsed.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

# Categorical colours, one per department (cycled when there are more departments).
PALETTE = [
    "#5470c6",
    "#91cc75",
    "#fac858",
    "#ee6666",
    "#73c0de",
    "#3ba272",
    "#fc8452",
    "#9a60b4",
    "#ea7ccc",
    "#2f4554",
    "#61a0a8",
    "#d48265",
    "#749f83",
    "#ca8622",
]
NO_DEPT_COLOUR = "#a0a0a0"
FINDING_BORDER = "#d62728"
EXPAND_ALL_BELOW = 80  # organisations with at most this many roles open fully


@dataclass
class OrgTree:
    """The chart's option and the role key of each ECharts data index (None for the root)."""

    spec: dict[str, Any]
    order: list[str | None]
    colours: dict[str, str] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)


def tree_parents(roles: pd.DataFrame, lines: pd.DataFrame) -> dict[str, str]:
    """Each role's superior in the drawing: its first solid superior, cycles cut."""
    names = dict(zip(roles["key"], roles["name"], strict=True))
    sups: dict[str, list[str]] = defaultdict(list)
    for sub, sup, kind in lines[["sub", "sup", "kind"]].itertuples(index=False):
        if kind == "solid" and sub in names and sup in names and sub != sup:
            sups[sub].append(sup)
    parent: dict[str, str] = {}
    for sub, cands in sups.items():
        cands.sort(key=lambda k: (names[k], k))
        for sup in cands:
            if not _reaches(parent, sup, sub):  # adding sub→sup must not close a loop
                parent[sub] = sup
                break
    return parent


def _reaches(parent: Mapping[str, str], start: str, target: str) -> bool:
    seen = set()
    node: str | None = start
    while node is not None and node not in seen:
        if node == target:
            return True
        seen.add(node)
        node = parent.get(node)
    return False


def department_colours(roles: pd.DataFrame) -> dict[str, str]:
    depts = sorted({d for d in roles["department"] if isinstance(d, str) and d})
    return {d: PALETTE[i % len(PALETTE)] for i, d in enumerate(depts)}


def build(
    org_name: str,
    roles: pd.DataFrame,
    lines: pd.DataFrame,
    badges: Mapping[str, Sequence[str]] | None = None,
    *,
    focus: str | None = None,
    depth: int | None = None,
) -> OrgTree:
    """The tree of one organisation. `badges` maps a role key to short finding labels;
    `focus` limits the tree to the role's line upwards and its subtree; `depth` is how many
    levels open at first (None: all for small organisations, 2 otherwise)."""
    badges = badges or {}
    parent = tree_parents(roles, lines)
    children: dict[str | None, list[str]] = defaultdict(list)
    info = {r.key: r for r in roles.itertuples(index=False)}
    order_keys = sorted(info, key=lambda k: (info[k].name, k))
    for key in order_keys:
        children[parent.get(key)].append(key)
    colours = department_colours(roles)
    if depth is None:
        depth = -1 if len(info) <= EXPAND_ALL_BELOW else 2

    on_path: set[str] = set()
    if focus in info:
        node: str | None = focus
        while node is not None:
            on_path.add(node)
            node = parent.get(node)

    # ECharts wraps the data in a virtual root (index 0); the organisation is index 1.
    order: list[str | None] = [None, None]

    def item(key: str, level: int, below_focus: bool) -> dict[str, Any]:
        r = info[key]
        order.append(key)
        kids = children.get(key, [])
        if focus in info and not below_focus and key != focus:
            # above the focused role only its own line is drawn
            kids = [k for k in kids if k in on_path]
        marks = list(badges.get(key, ()))
        label = r.name + (f" ⚠{len(marks)}" if marks else "")
        colour = (
            colours.get(r.department, NO_DEPT_COLOUR)
            if isinstance(r.department, str)
            else NO_DEPT_COLOUR
        )
        style: dict[str, Any] = {"color": colour, "borderColor": colour}
        if marks:
            style = {"color": colour, "borderColor": FINDING_BORDER, "borderWidth": 3}
        if r.referenced_only:
            style["opacity"] = 0.5
        node_item: dict[str, Any] = {"name": label, "value": key, "itemStyle": style}
        below = below_focus or key == focus
        if kids:
            node_item["children"] = [item(k, level + 1, below) for k in kids]
            if focus is not None and focus in info:
                node_item["collapsed"] = below and level - _level(parent, focus) >= max(depth, 1)
            else:
                node_item["collapsed"] = depth >= 0 and level >= depth
        return node_item

    top = [k for k in children.get(None, []) if focus not in info or k in on_path]
    root = {
        "name": org_name,
        "value": "",
        "itemStyle": {"color": "#333333", "borderColor": "#333333"},
        "children": [item(k, 1, False) for k in top],
    }
    spec = {
        "tooltip": {"trigger": "item", "triggerOn": "mousemove", "formatter": "{b}"},
        "series": [
            {
                "type": "tree",
                "id": "orgchart",
                "data": [root],
                "orient": "TB",
                "layout": "orthogonal",
                "edgeShape": "polyline",
                "roam": True,
                "expandAndCollapse": True,
                "initialTreeDepth": -1,  # per-node `collapsed` decides
                "selectedMode": "single",
                "select": {"itemStyle": {"borderColor": FINDING_BORDER, "borderWidth": 4}},
                "symbolSize": 12,
                "top": 40,
                "bottom": 170,
                "left": 40,
                "right": 40,
                # inner nodes: name beside the node, clear of the line going down
                "label": {
                    "position": "right",
                    "distance": 6,
                    "fontSize": 12,
                    "backgroundColor": "rgba(255,255,255,0.85)",
                },
                # leaves: one character per line below the node, so siblings sit close
                # and Chinese names stay upright
                "leaves": {
                    "label": {
                        "position": "bottom",
                        "distance": 6,
                        "width": 13,
                        "overflow": "break",
                        "lineHeight": 14,
                        "align": "center",
                        "verticalAlign": "top",
                    }
                },
                "animationDuration": 400,
                "animationDurationUpdate": 300,
            }
        ],
    }
    return OrgTree(spec=spec, order=order, colours=colours, parent=parent)


def tree_id(org: str, tree: OrgTree) -> str:
    """A short stable name for the tree drawn (its organisation and node order)."""
    digest = hashlib.sha1("\x1f".join([org, *(k or "" for k in tree.order)]).encode("utf-8"))
    return digest.hexdigest()[:12]


def _level(parent: Mapping[str, str], key: str) -> int:
    level = 1
    node = key
    while node in parent:
        node = parent[node]
        level += 1
    return level


def _visible_levels(root: Mapping[str, Any]) -> tuple[int, int]:
    """The depth and the widest level of the tree as first shown (to size the chart)."""
    widths: dict[int, int] = defaultdict(int)

    def walk(n: Mapping[str, Any], level: int) -> None:
        widths[level] += 1
        if not n.get("collapsed"):
            for c in n.get("children", []):
                walk(c, level + 1)

    walk(root, 0)
    return len(widths), max(widths.values())


def chart_height(tree: OrgTree) -> int:
    """Room for each level shown plus the leaves' labels, which hang down."""
    levels, _ = _visible_levels(tree.spec["series"][0]["data"][0])
    return int(min(1600, max(460, 90 * levels + 220)))


def selected_role(selection: Mapping[str, Any] | None, order: Sequence[str | None]) -> str | None:
    """The role a click on the chart selected (None for the root or no selection);
    `order` is `OrgTree.order` of the tree drawn."""
    if not selection:
        return None
    for group in selection.get("selected", []):
        for index in group.get("data_indices", []):
            if 0 <= index < len(order):
                return order[index]
    return None
