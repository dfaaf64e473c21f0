"""`kb ingest`, `kb remove`, `kb export` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from kb.graph import Graph

from ..conftest import kb
from .helpers import q

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"


def test_dry_run_writes_nothing(graph: Graph, neo4j_env: dict[str, str]) -> None:
    done = kb("ingest", str(EXAMPLES / "roles.csv"), "--dry-run", env=neo4j_env)
    assert done.returncode == 0, done.stderr
    assert "dry run: nothing written" in done.stdout and "1 planned" in done.stdout
    assert q(graph, "MATCH (n) RETURN count(n) AS c") == [{"c": 0}]


def test_dry_run_needs_no_server(tmp_path: Path) -> None:
    env = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x", "PATH": ""}
    done = kb("ingest", str(EXAMPLES / "org.yaml"), "--dry-run", env=env)
    assert done.returncode == 0, done.stderr


def test_ingest_summary_and_exit_codes(
    graph: Graph, neo4j_env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "bad.csv").write_text("role,headcount\n经理,lots\n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    good = kb("ingest", str(EXAMPLES / "roles.csv"), env=neo4j_env)
    assert good.returncode == 0, good.stderr
    assert "1 files: 1 loaded" in good.stdout and "created" in good.stdout
    again = kb("ingest", str(EXAMPLES / "roles.csv"), str(tmp_path / "picture.png"),
               env=neo4j_env)  # fmt: skip
    assert again.returncode == 0
    assert "1 unchanged, 1 skipped" in again.stdout and "not a document or table" in again.stdout
    bad = kb("ingest", str(tmp_path / "bad.csv"), env=neo4j_env)
    assert bad.returncode == 1
    assert "bad.csv, row 2: headcount 'lots' is not a whole number" in bad.stdout
    org = kb("ingest", str(EXAMPLES / "org.yaml"), "--org", "另一家", env=neo4j_env)
    assert org.returncode == 0
    assert q(graph, "MATCH (r:Role {key: '另一家/行政经理'}) RETURN count(r) AS c") == [{"c": 1}]


def test_remove_and_export(graph: Graph, neo4j_env: dict[str, str], tmp_path: Path) -> None:
    source = str(EXAMPLES / "roles.csv")
    assert kb("ingest", source, str(EXAMPLES / "org.yaml"), env=neo4j_env).returncode == 0
    out = tmp_path / "g.json"
    exported = kb("export", "--format", "json", "--out", str(out), env=neo4j_env)
    assert exported.returncode == 0, exported.stderr
    dump = json.loads(out.read_text(encoding="utf-8"))
    assert {n["props"]["key"] for n in dump["nodes"] if n["label"] == "Source"} == {
        source, str(EXAMPLES / "org.yaml")}  # fmt: skip
    removed = kb("remove", source, env=neo4j_env)
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert q(graph, "MATCH (s:Source) RETURN count(s) AS c") == [{"c": 1}]
    missing = kb("remove", source, env=neo4j_env)
    assert missing.returncode == 1 and "no source" in missing.stderr
    restored = kb("ingest", str(out), env=neo4j_env)
    assert restored.returncode == 0 and "1 restored" in restored.stdout
    csv_out = kb("export", "--format", "csv", env=neo4j_env)
    assert csv_out.stdout.startswith("record,label,key,")
    assert kb("export", "--format", "xml", env=neo4j_env).returncode != 0
