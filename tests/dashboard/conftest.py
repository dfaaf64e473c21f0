"""Fixtures of the dashboard tests: the sample corpus in the test Neo4j, and AppTest runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.conn import clear_cache
from kb.graph import Graph
from kb.settings import Settings, get_settings
from tests.conftest import free_port
from tests.dashboard.sample import load_sample

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
TIMEOUT = 60


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    """Query results cached by one test must not answer for the next test's graph."""
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def sample_graph(graph: Graph, tmp_path: Path) -> Graph:
    load_sample(graph, tmp_path)
    return graph


@pytest.fixture
def open_page(settings: Settings) -> Callable[..., AppTest]:
    """Run the dashboard's entry point, switch to `page` (e.g. "org_chart"), return the app."""

    def run(page: str, lang: str = "zh", **state: object) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
        at.session_state["lang"] = lang
        for k, v in state.items():
            at.session_state[k] = v
        at.run()
        if page != "overview":
            at.switch_page(f"views/{page}.py").run()
        return at

    return run


@pytest.fixture
def neo4j_down(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings that point at a port where nothing listens."""
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{free_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", "unused")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()
