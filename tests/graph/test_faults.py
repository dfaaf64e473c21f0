"""Faults: Neo4j stopping in the middle of a load, and loads running at the same time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest.load import load_document
from ingest.records import Document, Role, Unit
from kb.graph import Graph
from kb.settings import Settings

from ..conftest import TEST_PASSWORD, free_port, kb
from .helpers import q, snapshot


def overlapping_document(i: int, roles: int = 12) -> Document:
    """Documents that share superiors and departments with their neighbours."""
    rs = [
        Role(name=f"专员{i}-{k}", department=f"第{k % 3}部", reports_to=[f"经理{(i + k) % 5}"],
             duties=[f"负责事项{i}-{k}-{d}" for d in range(3)], kpis=["完成率"],
             evidence=[(k * 10, k * 10 + 9)])
        for k in range(roles)
    ]  # fmt: skip
    rs.append(Role(name=f"经理{i % 5}", department="第0部", reports_to=["总监"],
                   duties=["管理部门工作"], evidence=[(500, 520)]))  # fmt: skip
    return Document(source=f"d{i}.txt", units=[Unit(title="t", organization="重叠公司", roles=rs)])


def test_concurrent_overlapping_loads_make_no_duplicates(graph: Graph) -> None:
    errors: list[BaseException] = []

    def worker(ids: range) -> None:
        try:
            for i in ids:
                load_document(graph, overlapping_document(i), source=f"d{i}.txt")
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(range(j, 16, 2),)) for j in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    dupes = q(graph, "MATCH (n) WITH labels(n)[0] AS l, n.key AS k, count(*) AS c WHERE c > 1 "
              "RETURN l, k, c")  # fmt: skip
    assert dupes == []
    together = snapshot(graph)
    graph.write("clear_graph")
    for i in range(16):
        load_document(graph, overlapping_document(i), source=f"d{i}.txt")
    assert snapshot(graph) == together


def test_the_same_source_loaded_twice_at_once(graph: Graph) -> None:
    doc = overlapping_document(1)
    threads = [threading.Thread(target=load_document, args=(graph, doc),
                                kwargs={"source": "same.txt"}) for _ in range(2)]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rels = q(graph, "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.source AS s, count(*) AS c "
             "WHERE c > 1 RETURN t, c")  # fmt: skip
    assert rels == []


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="stops a server of its own")
def test_neo4j_stopping_mid_load_then_the_same_command_completes(
    tmp_path: Path, neo4j_env: dict[str, str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(150):
        text = json.dumps(overlapping_document(i, roles=20).to_dict(), ensure_ascii=False)
        (docs / f"d{i:03d}.json").write_text(text, encoding="utf-8")
    env = {**neo4j_env, "ORGKB_NEO4J_HOME": str(tmp_path / "home"),
           "ORGKB_NEO4J_PORT": str(free_port()), "NEO4J_PASSWORD": TEST_PASSWORD,
           "ORGKB_NEO4J_HEAP": "512m", "ORGKB_NEO4J_PAGECACHE": "128m"}  # fmt: skip
    settings = Settings.model_validate(env)
    assert kb("neo4j", "start", env=env).returncode == 0
    try:
        load = subprocess.Popen(
            [sys.executable, "-m", "kb", "ingest", str(docs)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        with Graph.from_settings(settings) as g:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if len(g.read("export_sources")) >= 5:
                    break
                time.sleep(0.2)
        assert load.poll() is None, "the load finished before the server could be stopped"
        assert kb("neo4j", "stop", env=env).returncode == 0
        out, err = load.communicate(timeout=180)
        assert load.returncode == 1, out + err
        assert err.startswith("error: ") and "Traceback" not in err, err
        assert kb("neo4j", "start", env=env).returncode == 0
        again = kb("ingest", str(docs), env=env)
        assert again.returncode == 0, again.stderr
        assert "150 files" in again.stdout and "unchanged" in again.stdout
        with Graph.from_settings(settings) as g:
            resumed = snapshot(g)
            g.write("clear_graph")
            clean = kb("ingest", str(docs), env=env)
            assert clean.returncode == 0 and "150 loaded" in clean.stdout
            assert snapshot(g) == resumed
    finally:
        kb("neo4j", "stop", env=env)
