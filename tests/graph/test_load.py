"""Loading records: identity, idempotency, replacement, removal, provenance."""

from __future__ import annotations

import pytest

from ingest.load import load_document, remove_source
from ingest.records import Document, Role, Unit
from kb.errors import NotFound
from kb.graph import Graph

from .helpers import counts, q, sample_document, snapshot

FACT_TYPES = ("PART_OF", "IN", "REPORTS_TO", "RESPONSIBLE_FOR", "MEASURED_BY", "HAS_AUTHORITY",
              "SUBMITS", "TO", "COORDINATES_WITH", "HOLDS")  # fmt: skip


def test_first_load_builds_the_model(graph: Graph) -> None:
    r = load_document(graph, sample_document(), source="sales.txt", content_hash="h1")
    assert r.status == "loaded" and r.nodes_created > 0
    roles = {x["key"]: x for x in q(graph, "MATCH (r:Role) RETURN r.key AS key, "
             "r.referenced_only AS ref, r.headcount AS hc")}  # fmt: skip
    assert roles["星河公司/销售部经理"] == {"key": "星河公司/销售部经理", "ref": False, "hc": 1}
    assert roles["星河公司/营销总监"]["ref"] is True
    assert roles["星河公司/客服主管"]["ref"] is True  # a partner that is not a department
    lines = q(graph, "MATCH (a:Role)-[r:REPORTS_TO]->(b:Role) RETURN a.key AS a, b.key AS b, "
              "r.kind AS kind ORDER BY a")  # fmt: skip
    assert sorted(lines, key=repr) == sorted([
        {"a": "星河公司/销售部经理", "b": "星河公司/营销总监", "kind": "solid"},
        {"a": "星河公司/销售专员", "b": "星河公司/销售部经理", "kind": "solid"},  # subordinate
    ], key=repr)  # fmt: skip
    assert q(graph, "MATCH (:Role {key: '星河公司/销售部经理'})-[:COORDINATES_WITH]->"
             "(d:Department) RETURN d.key AS k") == [{"k": "星河公司/财务部"}]  # fmt: skip
    assert q(
        graph,
        "MATCH (:Role)-[s:SUBMITS]->(p:Report)-[:TO]->(t:Role) RETURN s.cadence AS c, t.key AS t",
    ) == [{"c": "每周", "t": "星河公司/营销总监"}]
    assert q(graph, "MATCH (:Department {key: '星河公司/销售部'})-[:PART_OF]->(p) "
             "RETURN labels(p)[0] AS l, p.key AS k") == [
        {"l": "Department", "k": "星河公司/营销中心"}]  # fmt: skip
    duty = q(graph, "MATCH (:Role {key: '星河公司/销售专员'})-[:RESPONSIBLE_FOR]->(d:Duty) "
             "RETURN d.text AS t, d.norm AS n, d.owner AS o")  # fmt: skip
    assert duty == [{"t": "拜访客户", "n": "拜访客户", "o": "星河公司/销售专员"}]


def test_every_fact_has_provenance(graph: Graph) -> None:
    load_document(graph, sample_document(), source="sales.txt")
    rels = q(graph, "MATCH ()-[r]->() WHERE type(r) IN $types RETURN type(r) AS t, "
             "r.source AS s, r.start AS a, r.end AS b", types=list(FACT_TYPES))  # fmt: skip
    assert len({r["t"] for r in rels}) >= 9
    for r in rels:
        assert r["s"] == "sales.txt" and isinstance(r["a"], int) and r["b"] >= r["a"], r
    spans = q(graph, "MATCH (:Role {key: '星河公司/销售专员'})-[r:RESPONSIBLE_FOR]->() "
              "RETURN r.start AS a, r.end AS b")  # fmt: skip
    assert spans == [{"a": 130, "b": 134}]
    unmentioned = q(graph, "MATCH (n) WHERE NOT n:Source AND NOT EXISTS "
                    "{ (:Source)-[:MENTIONS]->(n) } RETURN count(n) AS c")  # fmt: skip
    assert unmentioned == [{"c": 0}]


def test_second_load_changes_nothing(graph: Graph) -> None:
    load_document(graph, sample_document(), source="sales.txt", content_hash="h1")
    before = snapshot(graph, ignore=("loaded_at", "hash"))
    again = load_document(graph, sample_document(), source="sales.txt", content_hash="h1")
    assert again.status == "unchanged" and not again.changed
    # Without a hash the records are merged again, and still nothing changes.
    merged = load_document(graph, sample_document(), source="sales.txt")
    assert merged.status == "replaced" and not merged.changed, merged
    assert snapshot(graph, ignore=("loaded_at", "hash")) == before


def test_changed_document_replaces_only_its_own_facts(graph: Graph) -> None:
    load_document(graph, sample_document(), source="sales.txt", content_hash="h1")
    other = Document(source="b.txt", units=[Unit(title="x", organization="星河公司", roles=[
        Role(name="销售部经理", reports_to=["营销总监"], duties=["审批销售合同"], evidence=[(0, 9)])
    ])])  # fmt: skip
    load_document(graph, other, source="b.txt", content_hash="b1")
    changed = load_document(graph, sample_document(duty="制定季度销售计划"), source="sales.txt",
                            content_hash="h2")  # fmt: skip
    assert changed.status == "replaced"
    assert (changed.nodes_created, changed.nodes_removed) == (1, 1)
    duties = {r["t"] for r in q(graph, "MATCH (:Role {key: '星河公司/销售部经理'})"
              "-[:RESPONSIBLE_FOR]->(d) RETURN d.text AS t")}  # fmt: skip
    assert duties == {"制定季度销售计划", "管理销售团队", "审批销售合同"}
    # The reporting line both sources state is two relationships, one per source.
    lines = q(graph, "MATCH (:Role {key: '星河公司/销售部经理'})-[r:REPORTS_TO]->() "
              "RETURN r.source AS s ORDER BY s")  # fmt: skip
    assert [x["s"] for x in lines] == ["b.txt", "sales.txt"]


def test_removal_keeps_what_other_sources_state(graph: Graph) -> None:
    other = Document(source="b.txt", units=[Unit(title="x", organization="星河公司", roles=[
        Role(name="营销总监", duties=["制定营销战略"], evidence=[(0, 9)])])])  # fmt: skip
    load_document(graph, other, source="b.txt")
    alone = snapshot(graph)
    load_document(graph, sample_document(), source="sales.txt")
    ref = q(graph, "MATCH (r:Role {key: '星河公司/营销总监'}) RETURN r.referenced_only AS x")
    assert ref == [{"x": False}]
    removed = remove_source(graph, "sales.txt")
    assert removed.status == "removed" and removed.nodes_removed > 5
    assert snapshot(graph) == alone
    with pytest.raises(NotFound):
        remove_source(graph, "sales.txt")


def test_referenced_only_follows_the_describing_source(graph: Graph) -> None:
    load_document(graph, sample_document(), source="sales.txt")
    boss = Document(source="boss.txt", units=[Unit(title="x", organization="星河公司", roles=[
        Role(name="营销总监", duties=["制定营销战略"], evidence=[(0, 9)])])])  # fmt: skip
    load_document(graph, boss, source="boss.txt")
    probe = "MATCH (r:Role {key: '星河公司/营销总监'}) RETURN r.referenced_only AS x"
    assert q(graph, probe) == [{"x": False}]
    remove_source(graph, "boss.txt")
    assert q(graph, probe) == [{"x": True}]


def test_same_title_in_two_organisations_is_two_roles(graph: Graph) -> None:
    doc = sample_document()
    load_document(graph, doc, source="a.txt", org="甲公司")
    load_document(graph, doc, source="b.txt", org="乙公司")
    keys = [r["k"] for r in q(graph, "MATCH (r:Role {name: '销售部经理'}) RETURN r.key AS k "
            "ORDER BY k")]  # fmt: skip
    assert keys == ["乙公司/销售部经理", "甲公司/销售部经理"]


def test_organisation_falls_back_to_title_then_file_stem(graph: Graph) -> None:
    doc = Document(source="x", units=[
        Unit(title="华东分公司岗位职责", roles=[Role(name="经理", evidence=[(0, 2)])]),
        Unit(title="", roles=[Role(name="主管", evidence=[(3, 5)])]),
    ])  # fmt: skip
    load_document(graph, doc, source="docs/青禾.txt")
    orgs = {r["k"] for r in q(graph, "MATCH (r:Role)-[:IN]->(o:Organization) RETURN o.key AS k")}
    assert orgs == {"华东分公司", "青禾"}


def test_self_reference_in_a_document_is_not_loaded(graph: Graph) -> None:
    doc = Document(source="x", units=[Unit(title="t", organization="o", roles=[
        Role(name="经理", reports_to=["经理", "总监"], evidence=[(0, 2)])])])  # fmt: skip
    r = load_document(graph, doc, source="x.txt")
    assert any("reports to itself" in w for w in r.warnings)
    assert q(graph, "MATCH (a)-[:REPORTS_TO]->(a) RETURN count(*) AS c") == [{"c": 0}]
    assert q(graph, "MATCH ()-[:REPORTS_TO]->(b) RETURN b.key AS k") == [{"k": "o/总监"}]


def test_cycles_are_loaded_as_stated(graph: Graph) -> None:
    doc = Document(source="x", units=[Unit(title="t", organization="o", roles=[
        Role(name="甲经理", reports_to=["乙经理"], evidence=[(0, 2)]),
        Role(name="乙经理", reports_to=["甲经理"], evidence=[(3, 5)])])])  # fmt: skip
    load_document(graph, doc, source="x.txt")
    assert q(graph, "MATCH (a)-[:REPORTS_TO]->(b)-[:REPORTS_TO]->(a) RETURN count(*) AS c") == [
        {"c": 2}]  # fmt: skip


def test_counts_add_up(graph: Graph) -> None:
    r = load_document(graph, sample_document(), source="sales.txt")
    n, rels = counts(graph)
    assert (r.nodes_created, r.rels_created) == (n, rels)
