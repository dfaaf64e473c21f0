"""The sample corpus loads into the organisation, roles and planted problems it describes."""

from __future__ import annotations

from pathlib import Path

from ingest.load import load_paths
from kb.graph import Graph

from .helpers import q

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
ORG = "澄远家电科技有限公司"
ROLES = {"营销总监", "市场部经理", "品牌专员", "市场策划专员", "市场调研专员", "销售部经理",
         "区域销售主管", "销售代表", "销售内勤", "渠道部经理", "渠道拓展专员", "渠道管理专员",
         "渠道培训专员", "客服部经理", "客服主管", "客服专员", "回访专员"}  # fmt: skip


def test_sample_corpus_loads_into_one_organisation(graph: Graph) -> None:
    summary = load_paths(graph, [SAMPLE])
    statuses = {Path(r.source).name: r.status for r in summary.results}
    assert statuses.pop("README.md") == "skipped"
    assert set(statuses.values()) == {"loaded"} and len(statuses) == 5
    assert q(graph, "MATCH (o:Organization) RETURN o.name AS o") == [{"o": ORG}]
    described = {r["n"] for r in q(graph, "MATCH (r:Role {referenced_only: false}) "
                 "RETURN r.name AS n")}  # fmt: skip
    assert described == ROLES
    depts = {r["n"] for r in q(graph, "MATCH (d:Department)-[:PART_OF]->(:Department "
             "{name: '营销中心'}) RETURN d.name AS n")}  # fmt: skip
    assert depts == {"市场部", "销售部", "渠道部", "客服部"}
    # Traditional-Chinese file: converted, and in the same organisation.
    boss = "MATCH (:Role {name: '回访专员'})-[:REPORTS_TO]->(b) RETURN DISTINCT b.name AS b"
    assert q(graph, boss) == [{"b": "客服主管"}]


def test_planted_problems_are_in_the_graph(graph: Graph) -> None:
    load_paths(graph, [SAMPLE])
    two = q(graph, "MATCH (:Role {name: '区域销售主管'})-[:REPORTS_TO]->(b) "
            "RETURN collect(DISTINCT b.name) AS b")[0]["b"]  # fmt: skip
    assert set(two) == {"销售部经理", "渠道部经理"}
    conflict = q(graph, "MATCH (:Role {name: '品牌专员'})-[r:REPORTS_TO]->(b) "
                 "RETURN b.name AS b, r.source AS s ORDER BY s")  # fmt: skip
    assert [(c["b"], Path(c["s"]).suffix) for c in conflict] == [
        ("市场部经理", ".txt"), ("营销总监", ".csv")]  # fmt: skip
    weekly = q(graph, "MATCH (:Role {name: '市场调研专员'})-[:SUBMITS]->(:Report)-[:TO]->(t) "
               "RETURN t.name AS t")  # fmt: skip
    assert weekly == [{"t": "渠道部经理"}]
    assert q(graph, "MATCH (d:Duty) WHERE d.text CONTAINS '回款' RETURN count(d) AS c") == [
        {"c": 0}]  # fmt: skip
    assert q(graph, "MATCH (r:Role {name: '销售内勤'}) RETURN EXISTS "
             "{ (r)-[:MEASURED_BY]->() } AS k") == [{"k": False}]  # fmt: skip
    assert q(graph, "MATCH (r:Role {name: '渠道部经理'}) RETURN EXISTS "
             "{ (r)-[:HAS_AUTHORITY]->() } AS a, COUNT { MATCH (r)<-[:REPORTS_TO]-(s) "
             "RETURN DISTINCT s } AS n") == [{"a": False, "n": 4}]  # fmt: skip
    dup = q(graph, "MATCH (:Role {name: '品牌专员'})-[:RESPONSIBLE_FOR]->(d) "
            "WHERE d.text STARTS WITH '负责公司品牌宣传活动' RETURN d.text AS t")  # fmt: skip
    assert len(dup) == 1


def test_loading_the_sample_twice_changes_nothing(graph: Graph) -> None:
    load_paths(graph, [SAMPLE])
    again = load_paths(graph, [SAMPLE])
    assert {r.status for r in again.results} == {"unchanged", "skipped"}
    assert not any(r.changed for r in again.results)
