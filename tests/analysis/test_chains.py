"""Chains of command on trees, forests, cycles and roles with several superiors."""

from __future__ import annotations

import pytest

from kb import chains
from kb.chains import HierarchyCache
from kb.errors import Ambiguous, NotFound
from kb.graph import Graph

from .build import load_org, make_dotted, role

# Every question is asked both ways: from a fresh in-memory copy and straight from Neo4j.
WAYS = [
    pytest.param(lambda: HierarchyCache(max_age=0), id="memory"),
    pytest.param(lambda: None, id="db"),
]


def names(chain: chains.Chain) -> list[str]:
    return [s.role.name for s in chain.steps]


@pytest.fixture
def tree(graph: Graph) -> Graph:
    load_org(
        graph,
        "甲公司",
        [
            role("总经理"),
            role("销售总监", "总经理"),
            role("市场总监", "总经理"),
            role("销售经理", "销售总监"),
            role("销售代表", "销售经理"),
            role("市场专员", "市场总监"),
        ],
    )
    return graph


@pytest.mark.parametrize("way", WAYS)
def test_chain_up_on_a_tree_reaches_the_top(tree: Graph, way) -> None:
    up = chains.chain_up(tree, "销售代表", cache=way())
    assert [names(c) for c in up.chains] == [["销售代表", "销售经理", "销售总监", "总经理"]]
    assert up.chains[0].cycle_to is None
    assert [s.kind for s in up.chains[0].steps] == [None, "solid", "solid", "solid"]
    top = chains.chain_up(tree, "总经理", cache=way())
    assert [names(c) for c in top.chains] == [["总经理"]]


def test_chain_down_gives_depths(tree: Graph) -> None:
    down = chains.chain_down(tree, "总经理", cache=HierarchyCache(max_age=0))
    got = {r.role.name: (r.depth, r.superior) for r in down.rows}
    assert got == {
        "销售总监": (1, "甲公司/总经理"),
        "市场总监": (1, "甲公司/总经理"),
        "销售经理": (2, "甲公司/销售总监"),
        "销售代表": (3, "甲公司/销售经理"),
        "市场专员": (2, "甲公司/市场总监"),
    }
    two = chains.chain_down(tree, "总经理", max_depth=1, cache=None)
    assert sorted(r.role.name for r in two.rows) == ["市场总监", "销售总监"]


def test_span_depth_and_common_superior(tree: Graph) -> None:
    cache = HierarchyCache(max_age=0)
    spans = {s.role.name: (s.direct, s.below) for s in chains.span_of_control(tree, cache=cache)}
    assert spans["总经理"] == (2, 5)
    assert spans["销售总监"] == (1, 2)
    assert "销售代表" not in spans
    assert chains.span_of_control(tree, role="销售经理", cache=cache)[0].below == 1
    (shape,) = chains.org_shapes(tree, cache=cache)
    assert (shape.depth, [r.name for r in shape.roots], shape.cycles) == (4, ["总经理"], 0)
    common = chains.common_superior(tree, "销售代表", "市场专员", cache=cache)
    assert [r.name for r in common.superiors] == ["总经理"]
    assert [r.name for r in common.path] == [
        "销售代表",
        "销售经理",
        "销售总监",
        "总经理",
        "市场总监",
        "市场专员",
    ]
    above = chains.common_superior(tree, "销售代表", "销售总监", cache=cache)
    assert [r.name for r in above.superiors] == ["销售总监"]


def test_forest_has_several_roots_and_no_common_superior(graph: Graph) -> None:
    load_org(
        graph,
        "乙公司",
        [
            role("销售部经理"),
            role("业务员", "销售部经理"),
            role("客服主管"),
            role("客服专员", "客服主管"),
        ],
    )
    cache = HierarchyCache(max_age=0)
    (shape,) = chains.org_shapes(graph, cache=cache)
    assert sorted(r.name for r in shape.roots) == ["客服主管", "销售部经理"]
    assert shape.depth == 2
    common = chains.common_superior(graph, "业务员", "客服专员", cache=cache)
    assert common.superiors == [] and common.path == []


@pytest.mark.parametrize("way", WAYS)
def test_several_superiors_give_one_chain_each(graph: Graph, way) -> None:
    load_org(
        graph,
        "丙公司",
        [
            role("总经理"),
            role("销售总监", "总经理"),
            role("财务总监", "总经理"),
            role("区域经理", "销售总监", "财务总监"),
        ],
    )
    up = chains.chain_up(graph, "区域经理", cache=way())
    assert sorted(names(c) for c in up.chains) == [
        ["区域经理", "财务总监", "总经理"],
        ["区域经理", "销售总监", "总经理"],
    ]
    down = chains.chain_down(graph, "总经理", cache=HierarchyCache(max_age=0))
    (row,) = [r for r in down.rows if r.role.name == "区域经理"]
    assert row.depth == 2 and len(row.also_under) == 1  # shown once, the other superior named
    assert chains.span_of_control(graph, role="总经理", cache=None)[0].below == 3


@pytest.mark.parametrize("way", WAYS)
def test_cycles_end_the_walk(graph: Graph, way) -> None:
    load_org(
        graph,
        "丁公司",
        [role("甲岗", "丙岗"), role("乙岗", "甲岗"), role("丙岗", "乙岗"), role("丁岗", "丙岗")],
    )
    up = chains.chain_up(graph, "丁岗", cache=way())
    (c,) = up.chains
    assert names(c) == ["丁岗", "丙岗", "乙岗", "甲岗"]
    assert c.cycle_to == "丁公司/丙岗"
    down = chains.chain_down(graph, "甲岗", cache=HierarchyCache(max_age=0))
    assert sorted(r.role.name for r in down.rows) == sorted(["乙岗", "丙岗", "丁岗"])
    (shape,) = chains.org_shapes(graph, cache=HierarchyCache(max_age=0))
    assert shape.cycles == 1 and shape.roots == []
    spans = {
        s.role.name: s.below for s in chains.span_of_control(graph, cache=HierarchyCache(max_age=0))
    }
    assert spans["丙岗"] == 3  # 乙岗, 甲岗 and 丁岗, itself not counted


def test_dotted_lines_only_when_asked(graph: Graph) -> None:
    load_org(
        graph,
        "戊公司",
        [role("总经理"), role("市场总监", "总经理"), role("产品经理", "总经理", "市场总监")],
    )
    make_dotted(graph, "戊公司/产品经理", "戊公司/市场总监")
    for way in (HierarchyCache(max_age=0), None):
        solid = chains.chain_up(graph, "产品经理", cache=way)
        assert [names(c) for c in solid.chains] == [["产品经理", "总经理"]]
        both = chains.chain_up(graph, "产品经理", dotted=True, cache=way)
        assert sorted(names(c) for c in both.chains) == [
            ["产品经理", "市场总监", "总经理"],
            ["产品经理", "总经理"],
        ]
        dotted_step = next(c for c in both.chains if len(c.steps) == 3).steps[1]
        assert dotted_step.kind == "dotted"


def test_ambiguous_titles_list_the_candidates(graph: Graph) -> None:
    load_org(graph, "甲公司", [role("总经理"), role("销售经理", "总经理")])
    load_org(graph, "乙公司", [role("总经理"), role("销售经理", "总经理")])
    with pytest.raises(Ambiguous) as e:
        chains.chain_up(graph, "销售经理")
    assert "甲公司" in str(e.value) and "乙公司" in str(e.value)
    up = chains.chain_up(graph, "销售经理", org="乙公司", cache=HierarchyCache(max_age=0))
    assert up.role.key == "乙公司/销售经理"
    by_key = chains.chain_up(graph, "甲公司/销售经理", cache=HierarchyCache(max_age=0))
    assert by_key.chains[0].top.key == "甲公司/总经理"
    # the title as written, with a suffix the key drops
    assert chains.resolve_role(graph, "销售经理岗位职责", org="甲公司").key == "甲公司/销售经理"
    with pytest.raises(NotFound):
        chains.chain_up(graph, "不存在的岗位")
    with pytest.raises(NotFound):
        chains.chain_up(graph, "销售经理", org="没有这家公司")


def test_the_cache_sees_a_new_load(graph: Graph) -> None:
    cache = HierarchyCache(max_age=0)
    load_org(graph, "己公司", [role("总经理"), role("销售经理", "总经理")])
    assert len(chains.chain_up(graph, "销售经理", cache=cache).chains[0].steps) == 2
    load_org(
        graph,
        "己公司",
        [role("总经理"), role("销售总监", "总经理"), role("销售经理", "销售总监")],
        source="v2.txt",
    )
    up = chains.chain_up(graph, "销售经理", cache=cache)
    assert sorted(names(c) for c in up.chains) == [
        ["销售经理", "总经理"],
        ["销售经理", "销售总监", "总经理"],
    ]
