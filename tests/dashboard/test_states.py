"""An empty database, Neo4j down, an organisation without roles: every page says so."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from kb.graph import Graph
from kb.names import norm_name
from tests.dashboard.sample import EMPTY_ORG
from tests.dashboard.test_pages import PAGES

READ_PAGES = [p for p in PAGES if p != "load"]


def messages(at: AppTest) -> list[str]:
    return [str(e.value) for e in [*at.info, *at.warning, *at.error]]


@pytest.mark.parametrize("page", READ_PAGES)
def test_empty_database_is_said_plainly(
    graph: Graph, open_page: Callable[..., AppTest], page: str
) -> None:
    at = open_page(page)
    assert not at.exception, at.exception
    said = messages(at)
    assert any("还没有" in m or "尚未" in m for m in said), said
    assert not at.error


@pytest.mark.parametrize("page", PAGES)
def test_neo4j_down_is_said_plainly(
    neo4j_down: None, open_page: Callable[..., AppTest], page: str
) -> None:
    at = open_page(page, lang="en")
    assert not at.exception, at.exception
    if page == "load":  # nothing is read before a file is uploaded
        assert any("Upload files first" in m for m in messages(at))
        return
    errors = [str(e.value) for e in at.error]
    assert any("Cannot reach Neo4j" in e and "kb neo4j start" in e for e in errors), errors


@pytest.mark.parametrize("page", ["org_chart", "responsibilities"])
def test_organisation_without_roles_is_said_plainly(
    sample_graph: Graph, open_page: Callable[..., AppTest], page: str
) -> None:
    at = open_page(page)
    at.selectbox(key="org").set_value(norm_name(EMPTY_ORG)).run()
    assert not at.exception
    assert any(EMPTY_ORG in m and "没有岗位" in m for m in messages(at))
