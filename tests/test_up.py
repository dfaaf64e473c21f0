"""`kb up`, the README's first command: Neo4j, the sample corpus, the dashboard."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request

import pytest

from kb.cli.up import sample_corpus
from kb.graph import Graph

from .conftest import free_port, kb


def test_sample_corpus_is_shipped() -> None:
    files = [p for p in sample_corpus().rglob("*") if p.is_file() and p.name != "README.md"]
    assert len(files) >= 3


def test_up_loads_the_sample_corpus_once(neo4j_env: dict[str, str], graph: Graph) -> None:
    first = kb("up", "--no-dashboard", env=neo4j_env)
    assert first.returncode == 0, first.stderr
    assert "Neo4j is running at bolt://127.0.0.1:" in first.stdout or "NEO4J_URI" in neo4j_env
    roles = graph.read("dash_roles_all", org=None, limit=1000)
    assert len(roles) >= 15
    again = kb("up", "--no-dashboard", env=neo4j_env)
    assert again.returncode == 0, again.stderr
    assert "0 nodes and 0 relationships created" in again.stdout


@pytest.mark.slow
def test_up_serves_the_dashboard(neo4j_env: dict[str, str], graph: Graph) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kb", "up", "--port", str(port)],
        env=neo4j_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the dashboard did not answer within 120 s")
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert f"dashboard at http://127.0.0.1:{port}" in out
