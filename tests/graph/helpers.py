"""Small builders and graph probes shared by the graph-loading tests."""

from __future__ import annotations

from typing import Any

from ingest.records import Department, Document, ReportFlow, Role, Unit
from kb.graph import Graph


def sample_document(*, duty: str = "制定月度销售计划并组织实施") -> Document:
    """A sales department with a manager, a specialist and a superior named only."""
    return Document(
        source="sales.txt",
        units=[
            Unit(
                title="销售部岗位职责",
                organization="星河公司",
                departments=[
                    Department(name="销售部", parent="营销中心", duties=["负责公司产品销售"],
                               evidence=[(0, 40)], duty_spans=[(10, 18)]),
                ],
                roles=[
                    Role(name="销售部经理", department="销售部", headcount=1,
                         reports_to=["营销总监"], subordinates=["销售专员"],
                         duties=[duty, "管理销售团队"], duty_spans=[(50, 60), (61, 70)],
                         kpis=["销售额完成率"], authorities=["对下属有考核权"],
                         reports=[ReportFlow(name="周报", to="营销总监", cadence="每周")],
                         coordinates_with=["财务部", "客服主管"], evidence=[(45, 120)]),
                    Role(name="销售专员", department="销售部", duties=["拜访客户"],
                         duty_spans=[(130, 134)], evidence=[(125, 160)]),
                ],
            )
        ],
    )  # fmt: skip


def q(graph: Graph, cypher: str, **params: Any) -> list[dict[str, Any]]:
    """An ad-hoc read for assertions (tests only; the product reads through the catalog)."""
    return graph.read_tx(lambda tx: [r.data() for r in tx.run(cypher, params)])


def counts(graph: Graph) -> tuple[int, int]:
    row = q(graph, "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, "
            "count(r) AS r")[0]  # fmt: skip
    return row["n"], row["r"]


def snapshot(graph: Graph, ignore: tuple[str, ...] = ("loaded_at",)) -> tuple[list, list]:
    """Every node and relationship without internal ids, load stamps or `ignore`d fields."""
    nodes = q(graph, "MATCH (n) RETURN labels(n)[0] AS l, properties(n) AS p")
    rels = q(graph, "MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, b.key AS b, "
             "properties(r) AS p")  # fmt: skip
    for n in nodes:
        for k in ignore:
            n["p"].pop(k, None)
    for r in rels:
        r["p"].pop("stamp", None)
    key = repr
    return sorted(nodes, key=key), sorted(rels, key=key)
