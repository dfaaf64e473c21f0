"""Fixtures shared by every test: one real Neo4j server per test session.

With NEO4J_URI set, the tests use that server (and wipe its database!). Otherwise they
start a private local server through `kb neo4j start`, on a free port, in a temporary
folder, and stop it at the end.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.graph import Graph
from kb.settings import Settings, get_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TEST_PASSWORD = "orgkb-test-password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def kb(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run the `kb` command line as a user would, in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "kb", *args],
        capture_output=True, text=True, env=env, timeout=timeout, check=False,
    )  # fmt: skip


@pytest.fixture(scope="session")
def neo4j_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The environment under which `kb` reaches the test server."""
    if os.environ.get("NEO4J_URI"):
        yield dict(os.environ)
        return
    env = {
        **os.environ,
        "ORGKB_NEO4J_HOME": str(tmp_path_factory.mktemp("neo4j")),
        "ORGKB_NEO4J_PORT": str(free_port()),
        "ORGKB_NEO4J_HEAP": "1g",
        "ORGKB_NEO4J_PAGECACHE": "512m",
        "NEO4J_PASSWORD": TEST_PASSWORD,
    }
    started = kb("neo4j", "start", env=env)
    assert started.returncode == 0, started.stderr + started.stdout
    try:
        yield env
    finally:
        kb("neo4j", "stop", env=env)


@pytest.fixture(scope="session")
def settings(neo4j_env: dict[str, str]) -> Iterator[Settings]:
    """Settings for the test server; also what `get_settings()` returns during the tests."""
    keys = [k for k in neo4j_env if k.startswith(("NEO4J_", "ORGKB_"))]
    with pytest.MonkeyPatch.context() as mp:
        for k in keys:
            mp.setenv(k, neo4j_env[k])
        get_settings.cache_clear()
        yield get_settings()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def session_graph(settings: Settings) -> Iterator[Graph]:
    with Graph.from_settings(settings) as g:
        g.apply_schema()
        yield g


@pytest.fixture
def graph(session_graph: Graph) -> Graph:
    """The test server's graph, empty at the start of each test."""
    session_graph.write("clear_graph")
    return session_graph
