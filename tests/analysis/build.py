"""Hand-made graphs for the analysis tests, loaded through the real loader."""

from __future__ import annotations

from typing import Any

from ingest.load import load_document
from ingest.records import Document
from kb.graph import Graph


def role(name: str, *superiors: str, **fields: Any) -> dict[str, Any]:
    """A described role of the extraction format, with its superiors and other fields."""
    return {"name": name, "reports_to": list(superiors), **fields}


def load_org(
    graph: Graph,
    org: str,
    roles: list[dict[str, Any]],
    *,
    source: str | None = None,
    departments: list[dict[str, Any]] | None = None,
) -> None:
    """Load one organisation's roles (and departments) as one source."""
    doc = Document.from_dict(
        {
            "source": source or f"{org}.txt",
            "units": [
                {
                    "title": org,
                    "organization": org,
                    "departments": departments or [],
                    "roles": roles,
                }
            ],
        }
    )
    load_document(graph, doc, source=source or f"{org}.txt")


def make_dotted(graph: Graph, sub: str, sup: str) -> None:
    """Turn the line sub → sup into a dotted one (no document format states dotted lines)."""
    graph.driver.execute_query(
        "MATCH (:Role {key: $sub})-[e:REPORTS_TO]->(:Role {key: $sup}) SET e.kind = 'dotted'",
        sub=sub,
        sup=sup,
    )
