"""Every page, rendered by Streamlit's AppTest against the test Neo4j holding the sample."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from kb.graph import Graph
from kb.names import norm_name
from tests.dashboard.sample import EMPTY_ORG, ORG, OTHER_ORG

PAGES = ["overview", "org_chart", "chain", "responsibilities", "compare", "explore", "sources",
         "load"]  # fmt: skip
OrgKey = norm_name(ORG)


def text_of(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [m.value for m in at.caption]
    parts += [e.value for e in [*at.info, *at.warning, *at.error]]
    parts += [s.value for s in at.subheader] + [x.value for x in at.title]
    return "\n".join(str(p) for p in parts)


def frames_text(at: AppTest) -> str:
    return "\n".join(df.value.to_string() for df in at.dataframe)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_exception(
    sample_graph: Graph, open_page: Callable[..., AppTest], page: str
) -> None:
    at = open_page(page)
    assert not at.exception, at.exception
    assert at.title, f"{page} shows no title"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_overview_counts_each_organisation(
    sample_graph: Graph, open_page: Callable[..., AppTest], lang: str
) -> None:
    at = open_page("overview", lang=lang)
    assert not at.exception
    table = at.dataframe[0].value
    rows = table.set_index("name")
    assert set(rows.index) == {ORG, OTHER_ORG, EMPTY_ORG}
    assert rows.loc[ORG, "roles"] == 5
    assert rows.loc[ORG, "duties"] == 7
    assert rows.loc[EMPTY_ORG, "roles"] == 0
    assert rows.loc[ORG, "sources"] == 1
    assert at.title[0].value == ("总览" if lang == "zh" else "Overview")


def test_org_chart_draws_roles_and_search_opens_a_card(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("org_chart")
    assert not at.exception
    at.selectbox(key="org").set_value(OrgKey).run()
    # no card until a role is picked
    assert not any(s.value == "销售经理" for s in at.subheader)
    at.selectbox(key="role").set_value(f"{OrgKey}/销售经理").run()
    assert not at.exception
    assert any(s.value == "销售经理" for s in at.subheader)
    card = frames_text(at)
    assert "负责客户投诉的处理与回访" in card  # its duty
    assert "【负责客户投诉的处理与回访】" in card  # beside the sentence it came from
    # both superiors are buttons; clicking one opens that role's card
    labels = [b.label for b in at.button]
    assert {"销售总监", "运营总监"} <= set(labels)
    at.button(key=f"role_superior_{OrgKey}/运营总监").click().run()
    assert any(s.value == "运营总监" for s in at.subheader)
    assert "制定年度生产计划" in frames_text(at)


def test_org_chart_focus_and_depth_change_the_tree(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("org_chart", org=OrgKey)
    at.selectbox(key="org").set_value(OrgKey).run()
    order_all = list(at.session_state["orgchart_order"])
    assert len(order_all) == 2 + 5  # virtual root, organisation, five roles
    at.selectbox(key="role").set_value(f"{OrgKey}/财务经理").run()
    at.toggle(key="orgchart_focus").set_value(True).run()
    focused = [k for k in at.session_state["orgchart_order"] if k]
    assert focused == [f"{OrgKey}/总经理", f"{OrgKey}/财务经理"]


def test_org_chart_organisation_without_roles_says_so(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("org_chart")
    at.selectbox(key="org").set_value(norm_name(EMPTY_ORG)).run()
    assert not at.exception
    assert any(EMPTY_ORG in i.value and "没有岗位" in i.value for i in at.info)


def test_chain_page_shows_chain_span_and_common_superior(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("chain")
    assert not at.exception
    at.selectbox(key="chain_role").set_value(f"{OrgKey}/销售经理").run()
    assert not at.exception
    md = text_of(at)
    assert "销售经理 → 销售总监 → 总经理" in md
    assert "销售经理 → 运营总监 → 总经理" in md
    at.selectbox(key="chain_role").set_value(f"{OrgKey}/总经理").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["直接下级"] == "3" and metrics["全部下级"] == "4"
    at.selectbox(key="chain_role").set_value(f"{OrgKey}/财务经理")
    at.selectbox(key="chain_other").set_value(f"{OrgKey}/销售总监").run()
    assert not at.exception
    md = text_of(at)
    assert "**总经理**" in md
    assert "财务经理 → 总经理 → 销售总监" in md


def test_responsibilities_shows_duplicates_coverage_and_filters(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("responsibilities")
    at.selectbox(key="org").set_value(OrgKey).run()
    assert not at.exception
    dups = next(df.value for df in at.dataframe if "duty_a" in df.value.columns)
    pair = dups.iloc[0]
    assert {pair["duty_a"], pair["duty_b"]} == {
        "负责客户投诉的处理和回访",
        "负责客户投诉的处理与回访",
    }
    assert pair["relation"] == "上下级之间,可能是授权重复"  # superior and subordinate
    assert 0.5 <= pair["similarity"] < 1
    # switching organisation changes what is shown
    at.selectbox(key="org").set_value(norm_name(OTHER_ORG)).run()
    assert not any("duty_a" in df.value.columns for df in at.dataframe)
    assert any("没有重复职责" in i.value for i in at.info)


def test_compare_lists_the_shared_title_with_each_holder(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("compare")
    assert not at.exception
    assert at.selectbox(key="compare_title").value == "销售总监"
    table = at.dataframe[0].value
    assert set(table["organization"]) == {ORG, OTHER_ORG}
    assert list(table["duties"]) == [2, 2]


def test_explore_searches_full_text_and_expands(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("explore")
    at.text_input(key="explore_query").input("客户投诉").run()
    assert not at.exception
    hits = at.dataframe[0].value
    assert "负责客户投诉的处理与回访" in set(hits["name"])
    at.text_input(key="explore_query").input("销售经理").run()
    at.button(key="explore_go").click().run()
    assert not at.exception
    state = at.session_state["explore_state"]
    names = {n["name"] for n in state["nodes"].values()}
    assert {"销售经理", "销售总监", "运营总监"} <= names  # its superiors are neighbours


def test_sources_highlights_spans_and_lists_facts(
    sample_graph: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("sources")
    assert not at.exception
    html = "\n".join(h.proto.body for h in at.get("html"))
    assert "<mark>制定年度生产计划</mark>" in html
    facts = frames_text(at)
    assert "RESPONSIBLE_FOR" in facts and "编制年度财务预算" in facts


def test_sources_without_the_file_shows_the_facts(
    sample_graph: Graph, open_page: Callable[..., AppTest], tmp_path
) -> None:
    (tmp_path / "sample.txt").unlink()
    at = open_page("sources")
    assert not at.exception
    assert any("已不存在" in w.value for w in at.warning)
    assert "编制年度财务预算" in frames_text(at)
