"""What the dashboard shows, read from the graph: plain functions of a `Graph`.

Pages call these through `dashboard.conn.cached`; tests call them directly. Every query is
a `cypher/dash_*.cypher` file run in a read transaction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pandas as pd

from kb.graph import Graph

ORG_COLUMNS = [
    "org",
    "name",
    "departments",
    "roles",
    "referenced_roles",
    "duties",
    "kpis",
    "sources",
]
ROLE_COLUMNS = [
    "key",
    "name",
    "department",
    "headcount",
    "referenced_only",
    "duties",
    "kpis",
    "authorities",
]
FACT_KINDS = (
    "duty",
    "kpi",
    "authority",
    "superior",
    "subordinate",
    "report_out",
    "report_in",
    "coordinates",
    "holder",
)
# Lucene's query syntax characters: escaped so what the user types is searched as text.
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')


def organizations(g: Graph) -> pd.DataFrame:
    """One row per organisation with its counts."""
    return pd.DataFrame(g.read("dash_organizations"), columns=ORG_COLUMNS)


def org_roles(g: Graph, org: str) -> pd.DataFrame:
    """The roles of one organisation."""
    return pd.DataFrame(g.read("dash_org_roles", org=org), columns=ROLE_COLUMNS)


def org_lines(g: Graph, org: str) -> pd.DataFrame:
    """Reporting lines inside one organisation: sub, sup, kind."""
    return pd.DataFrame(g.read("dash_org_lines", org=org), columns=["sub", "sup", "kind"])


def roles(g: Graph, org: str | None = None, limit: int = 50_000) -> pd.DataFrame:
    """Roles for pickers: key, name, org, org_name."""
    rows = g.read("dash_roles_all", org=org, limit=limit)
    return pd.DataFrame(rows, columns=["key", "name", "org", "org_name"])


def role(g: Graph, key: str) -> dict[str, Any] | None:
    rows = g.read("dash_role", key=key)
    return rows[0] if rows else None


def role_facts(g: Graph, key: str) -> dict[str, list[dict[str, Any]]]:
    """A role's facts grouped by kind (duty, kpi, superior, report_out, …), each with provenance.

    The same fact stated by two sources comes back once per source, as the model keeps it."""
    grouped: dict[str, list[dict[str, Any]]] = {k: [] for k in FACT_KINDS}
    for row in g.read("dash_role_facts", key=key):
        grouped.setdefault(row["kind"], []).append(row)
    for rows in grouped.values():
        rows.sort(key=lambda r: (r["text"] or "", r["source"] or "", r["start"] or 0))
    return grouped


def sources(g: Graph) -> pd.DataFrame:
    cols = ["key", "path", "kind", "hash", "loaded_at", "mentions"]
    return pd.DataFrame(g.read("dash_sources"), columns=cols)


def source_facts(g: Graph, key: str) -> pd.DataFrame:
    """Every fact relationship the source states, ordered by where it is in the text."""
    cols = ["type", "subject", "object", "start", "end"]
    df = pd.DataFrame(g.read("dash_source_facts", source=key), columns=cols)
    return df.sort_values(["start", "type"], na_position="last").reset_index(drop=True)


def source_mentions(g: Graph, key: str) -> pd.DataFrame:
    cols = ["label", "key", "text", "start", "end"]
    return pd.DataFrame(g.read("dash_source_mentions", source=key), columns=cols)


def node(g: Graph, element_id: str) -> dict[str, Any] | None:
    rows = g.read("dash_node", id=element_id)
    return rows[0] if rows else None


def neighbourhood(g: Graph, element_id: str, limit: int = 60) -> list[dict[str, Any]]:
    """The neighbours of one node: id, label, name, key, org, type, outgoing."""
    return g.read("dash_neighbourhood", id=element_id, limit=limit)


def lucene_escape(text: str) -> str:
    """What the user typed, as literal text for a Lucene query."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text.strip())


def text_search(g: Graph, text: str, limit: int = 50) -> pd.DataFrame:
    """Nodes whose name or text matches, best first (full-text index `text_search`)."""
    cols = ["id", "label", "name", "key", "org", "score"]
    query = lucene_escape(text)
    if not query:
        return pd.DataFrame(columns=cols)
    return pd.DataFrame(g.read("dash_text_search", query=query, limit=limit), columns=cols)


def same_titles(g: Graph) -> pd.DataFrame:
    """Titles held in two or more organisations: title, holders, key, name, org, org_name."""
    cols = ["title", "holders", "key", "name", "org", "org_name"]
    return pd.DataFrame(g.read("dash_same_titles"), columns=cols)


def role_duties(g: Graph, keys: list[str]) -> dict[str, list[str]]:
    """Duty texts per role key."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in g.read("dash_role_duties", keys=list(keys)):
        out[row["role"]].append(row["text"])
    return dict(out)
