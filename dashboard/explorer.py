"""The neighbourhood explorer: a growing set of nodes and links, drawn as a force graph.

The state is a plain dict kept in `st.session_state` (nodes by elementId, links, which
nodes are expanded). A click selects a node; `clicked` maps the chart's selection back to
its id and `expand` adds its neighbours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

LABEL_COLOURS = {
    "Organization": "#333333",
    "Department": "#5470c6",
    "Role": "#ee6666",
    "Duty": "#91cc75",
    "KPI": "#fac858",
    "Authority": "#9a60b4",
    "Report": "#73c0de",
    "Person": "#fc8452",
}
MAX_NODES = 400


def new(start: Mapping[str, Any]) -> dict[str, Any]:
    """An explorer holding only `start` (a row of `data.node`)."""
    return {
        "nodes": {start["id"]: dict(start)},
        "links": [],
        "expanded": [],
        "order": [start["id"]],
    }


def expand(state: dict[str, Any], center: str, neighbours: Iterable[Mapping[str, Any]]) -> int:
    """Add `center`'s neighbours and the links to them; how many nodes were new."""
    added = 0
    links = {(a, b, t) for a, b, t in state["links"]}
    for n in neighbours:
        if n["id"] not in state["nodes"]:
            if len(state["nodes"]) >= MAX_NODES:
                break
            state["nodes"][n["id"]] = {k: n[k] for k in ("id", "label", "name", "key", "org")}
            state["order"].append(n["id"])
            added += 1
        a, b = (center, n["id"]) if n.get("outgoing", True) else (n["id"], center)
        if (a, b, n["type"]) not in links:
            links.add((a, b, n["type"]))
            state["links"].append((a, b, n["type"]))
    if center not in state["expanded"]:
        state["expanded"].append(center)
    return added


def _short(text: str | None, n: int = 14) -> str:
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"


def spec(state: Mapping[str, Any], selected: str | None = None) -> dict[str, Any]:
    """The ECharts option: a force-directed graph series, nodes in `state["order"]`."""
    cats = list(LABEL_COLOURS)
    data = []
    for node_id in state["order"]:
        n = state["nodes"][node_id]
        expanded = node_id in state["expanded"]
        data.append(
            {
                "id": node_id,
                "name": _short(n["name"]),
                "category": cats.index(n["label"]) if n["label"] in cats else 0,
                "symbolSize": 28 if node_id == selected else (22 if expanded else 14),
                "value": n["label"],
            }
        )
    links = [
        {"source": a, "target": b, "value": t, "label": {"show": False}}
        for a, b, t in state["links"]
    ]
    return {
        "tooltip": {"formatter": "{b}: {c}"},
        "legend": [{"data": cats, "top": 0}],
        "series": [
            {
                "type": "graph",
                "layout": "force",
                "roam": True,
                "draggable": True,
                "selectedMode": "single",
                "categories": [{"name": c, "itemStyle": {"color": LABEL_COLOURS[c]}} for c in cats],
                "data": data,
                "links": links,
                "label": {"show": True, "position": "right", "fontSize": 11},
                "edgeSymbol": ["none", "arrow"],
                "edgeSymbolSize": 6,
                "force": {"repulsion": 160, "edgeLength": 70, "gravity": 0.08},
                "lineStyle": {"opacity": 0.6, "curveness": 0.1},
            }
        ],
    }


def clicked(selection: Mapping[str, Any] | None, state: Mapping[str, Any]) -> str | None:
    """The node id a click on the chart selected."""
    if not selection:
        return None
    for group in selection.get("selected", []):
        if group.get("data_type", "node") not in ("node", "main"):
            continue
        for index in group.get("data_indices", []):
            if 0 <= index < len(state["order"]):
                return str(state["order"][index])
    return None
