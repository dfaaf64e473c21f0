"""`kb chain`, `kb span`, `kb depth`, `kb common-superior` and `kb audit` as a user runs them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kb.audit import CSV_COLUMNS, TYPES
from kb.graph import Graph
from tests.conftest import kb

from .build import load_org, role


@pytest.fixture
def two_orgs(graph: Graph) -> Graph:
    for org in ("甲公司", "乙公司"):
        load_org(
            graph,
            org,
            [
                role("总经理", authorities=["对下属的考核权"]),
                role("销售总监", "总经理"),
                role("销售经理", "销售总监", "总经理"),
                role("销售代表", "销售经理"),
            ],
        )
    return graph


def test_chain_up_text_and_json(two_orgs: Graph, neo4j_env: dict[str, str]) -> None:
    done = kb("chain", "销售代表", "--org", "甲公司", env=neo4j_env)
    assert done.returncode == 0, done.stderr
    assert "销售代表 → 销售经理 → 销售总监 → 总经理" in done.stdout
    assert "销售代表 → 销售经理 → 总经理" in done.stdout
    got = json.loads(kb("chain", "甲公司/销售代表", "--json", env=neo4j_env).stdout)
    assert got["role"]["key"] == "甲公司/销售代表"
    assert sorted(len(c["steps"]) for c in got["chains"]) == [3, 4]


def test_chain_down_span_depth_common_superior(two_orgs: Graph, neo4j_env: dict[str, str]) -> None:
    down = kb("chain", "总经理", "--org", "乙公司", "--down", "--json", env=neo4j_env)
    rows = json.loads(down.stdout)["below"]
    assert {r["name"]: r["depth"] for r in rows} == {"销售总监": 1, "销售经理": 1, "销售代表": 2}
    spans = json.loads(kb("span", "--org", "甲公司", "--json", env=neo4j_env).stdout)
    assert spans[0]["name"] == "总经理" and spans[0]["direct"] == 2 and spans[0]["below"] == 3
    depth = json.loads(kb("depth", "--json", env=neo4j_env).stdout)
    assert [(d["org"], d["depth"]) for d in depth] == [("乙公司", 4), ("甲公司", 4)]
    common = kb("common-superior", "销售代表", "销售总监", "--org", "甲公司", env=neo4j_env)
    assert common.returncode == 0 and "lowest common superior: 销售总监" in common.stdout


def test_ambiguous_title_asks_for_org(two_orgs: Graph, neo4j_env: dict[str, str]) -> None:
    done = kb("chain", "销售代表", env=neo4j_env)
    assert done.returncode == 1
    assert "甲公司" in done.stderr and "乙公司" in done.stderr and "--org" in done.stderr
    assert "Traceback" not in done.stderr
    missing = kb("chain", "不存在", "--org", "甲公司", env=neo4j_env)
    assert missing.returncode == 1 and missing.stderr.startswith("error: no role")


def test_audit_json_csv_and_exit_codes(two_orgs: Graph, neo4j_env: dict[str, str]) -> None:
    as_json = kb("audit", "--org", "甲公司", "--json", "--lang", "en", env=neo4j_env)
    assert as_json.returncode == 0, as_json.stderr
    found = json.loads(as_json.stdout)
    assert {f["organization"] for f in found} == {"甲公司"}
    multi = [f for f in found if f["type"] == "multiple_superiors"]
    assert len(multi) == 1 and multi[0]["subjects"][0]["key"] == "甲公司/销售经理"
    assert set(multi[0]) >= {"type", "severity", "organization", "subjects", "message", "evidence"}

    as_csv = kb("audit", "--csv", "--type", "multiple_superiors", env=neo4j_env)
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == CSV_COLUMNS and len(rows) == 3  # one per organisation

    text = kb("audit", "--type", "multiple_superiors", "--lang", "zh", env=neo4j_env)
    assert "一个上级原则" in text.stdout and "2 findings" in text.stdout

    failing = kb("audit", "--type", "multiple_superiors", "--fail-on", "warning", env=neo4j_env)
    assert failing.returncode == 3
    passing = kb("audit", "--type", "reporting_cycle", "--fail-on", "error", env=neo4j_env)
    assert passing.returncode == 0

    for bad in (
        ["--type", "nonsense"],
        ["--json", "--csv"],
        ["--lang", "fr"],
        ["--org", "无此公司"],
    ):
        done = kb("audit", *bad, env=neo4j_env)
        assert done.returncode == 1 and done.stderr.startswith("error:"), (bad, done.stderr)


def test_help_lists_every_audit_type() -> None:
    done = kb("audit", "--help", env={"COLUMNS": "400", "PATH": ""})
    assert done.returncode == 0
    for t in TYPES:
        assert t in done.stdout
    for command in ("chain", "span", "depth", "common-superior"):
        assert kb(command, "--help").returncode == 0
