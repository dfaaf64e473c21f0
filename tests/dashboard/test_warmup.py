"""The cache: warmed before the first visit, forgotten when the graph changes."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from dashboard import conn, data, findings, responsibility, serve, warmup
from dashboard.conn import cached
from ingest.extract import extract_text
from ingest.load import load_document, load_paths
from kb import audit
from kb.graph import Graph
from kb.settings import Settings
from tests.conftest import REPO, free_port


def _forbid_audits(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the audit ran again: the cache was cold")

    monkeypatch.setattr(audit, "audit", refuse)


def test_warm_fills_what_the_first_pages_read(
    sample_graph: Graph, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert warmup.warm("zh") == 3
    _forbid_audits(monkeypatch)
    orgs = cached(data.organizations)
    org = str(orgs.sort_values("roles", ascending=False).iloc[0]["org"])
    assert not cached(findings.table, None, "zh").empty
    assert findings.badges_if_ready(org, "zh")  # the org chart draws them at once
    assert findings.badges_if_ready(org, "en") is None  # the other language was not warmed
    page = cached(responsibility.page_data, org, "zh")
    assert not page["duplicates"].empty
    matrix, described = cached(responsibility.heatmap_matrix, org, "zh")
    assert described == len(matrix) > 0


def test_warm_skips_organisations_beyond_its_budget(
    sample_graph: Graph, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warmup, "WARM_ROLES", 0)
    assert warmup.warm("zh") == 0


def test_results_are_forgotten_when_the_graph_changes(
    sample_graph: Graph, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conn, "VERSION_CHECK_SECONDS", 3600.0)
    before = cached(data.organizations)
    # loaded outside the dashboard, as `kb ingest` would
    doc = extract_text("青岚物流有限公司\n调度经理\n直接上级：总经理\n1、安排每日车辆调度\n")
    load_document(sample_graph, doc, source="elsewhere.txt")
    assert len(cached(data.organizations)) == len(before)  # not asked again yet: cached
    monkeypatch.setattr(conn, "VERSION_CHECK_SECONDS", 0.0)
    after = cached(data.organizations)
    assert len(after) == len(before) + 1
    assert "青岚物流有限公司" in set(after["name"])


def test_the_server_warms_its_cache_as_it_starts(
    sample_graph: Graph, neo4j_env: dict[str, str], tmp_path: Path
) -> None:
    log = tmp_path / "dashboard.log"
    with serve.running(free_port(), env=neo4j_env, log=log):
        deadline = time.monotonic() + 60
        while "cache warm" not in log.read_text("utf-8", errors="replace"):
            assert time.monotonic() < deadline, log.read_text("utf-8", errors="replace")
            time.sleep(0.1)
    text = log.read_text("utf-8")
    assert "cache warmed for 3 organisation(s)" in text, text
    assert "missing ScriptRunContext" not in text  # the warm-up's own calls stay quiet


def test_one_organisation_is_audited_once_for_every_page(
    graph: Graph, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_paths(graph, [REPO / "data" / "sample"])
    calls: list[str | None] = []
    real = audit.audit

    def counted(g: Graph, **kwargs: Any) -> list[audit.Finding]:
        calls.append(kwargs.get("org"))
        return real(g, **kwargs)

    monkeypatch.setattr(audit, "audit", counted)
    (org,) = cached(data.organizations)["org"]
    everything = findings.audited(None, "zh")
    assert findings.audited(org, "zh").equals(everything)
    assert findings.badges(org, "zh")
    assert calls == [None]
