"""The role × function matrix of an organisation, read from a graph built by the loader."""

from __future__ import annotations

from ingest.load import load_document
from ingest.records import Department, Document, Role, Unit
from kb.functions import coverage_matrix, function_ids, org_duties
from kb.graph import Graph

from ..graph.helpers import q


def _document() -> Document:
    return Document(
        source="sales.txt",
        units=[
            Unit(
                title="销售部岗位职责",
                organization="星河公司",
                departments=[Department(name="销售部", duties=["负责销售合同的评审与签订"])],
                roles=[
                    Role(name="销售经理", department="销售部",
                         duties=["制定年度销售计划", "负责应收账款的催收",
                                 "完成领导交办的其他工作"]),
                    Role(name="客服专员", department="销售部",
                         duties=["处理客户投诉,定期回访客户"]),
                ],
            ),
            Unit(title="另一家", organization="月光公司",
                 roles=[Role(name="销售经理", duties=["参与制定产品价格"])]),
        ],
    )  # fmt: skip


def test_coverage_matrix_of_one_organisation(graph: Graph) -> None:
    load_document(graph, _document(), source="sales.txt")
    orgs = {r["o"] for r in q(graph, "MATCH (o:Organization) RETURN o.key AS o")}
    org = next(o for o in orgs if "星河" in o)

    frame = coverage_matrix(graph, org)
    assert list(frame.columns) == function_ids()
    names = frame.attrs["names"]
    assert sorted(names.values()) == ["客服专员", "销售经理"]
    manager = next(k for k, v in names.items() if v == "销售经理")
    service = next(k for k, v in names.items() if v == "客服专员")
    assert frame.loc[manager, "sales_planning"] == 1
    assert frame.loc[manager, "collections"] == 1
    assert frame.loc[manager].sum() == 2  # the assigned-tasks duty serves no function
    assert frame.loc[service, "after_sales"] == 1
    assert frame.loc[service, "customer_relations"] == 1
    # Other organisations' roles and (unless asked) departments stay out.
    assert frame["pricing"].sum() == 0
    assert frame["contracts"].sum() == 0

    with_departments = coverage_matrix(graph, org, departments=True)
    assert len(with_departments) == 3
    assert with_departments["contracts"].sum() == 1

    long = org_duties(graph, org, departments=True)
    assert set(long["kind"]) == {"Role", "Department"}
    assert len(long) == 5
    assert ["collections"] in long["functions"].tolist()


def test_unknown_organisation_gives_an_empty_matrix(graph: Graph) -> None:
    frame = coverage_matrix(graph, "no-such-org")
    assert frame.empty
    assert list(frame.columns) == function_ids()
