"""The dashboard's queries compile and are read-only (what EXPLAIN says, not just how they
are routed)."""

from __future__ import annotations

import pytest

from kb import catalog
from kb.graph import Graph

DASH = [n for n in catalog.names() if n.startswith("dash_")]


def test_there_are_dashboard_queries() -> None:
    assert len(DASH) >= 10


@pytest.mark.parametrize("name", DASH)
def test_query_is_read_only(session_graph: Graph, name: str) -> None:
    with session_graph.driver.session(database=session_graph.database) as s:
        summary = s.run("EXPLAIN " + catalog.query(name)).consume()
    assert summary.query_type == "r", f"{name} is {summary.query_type}"
