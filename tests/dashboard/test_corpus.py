"""Every page against the sample corpus (data/sample), loaded once for this module with
the real loader: the pages render, and the planted problems show where analysts look."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from streamlit.testing.v1 import AppTest

from ingest.load import load_paths
from kb.graph import Graph
from kb.names import norm_name
from tests.conftest import REPO
from tests.dashboard.test_pages import PAGES, frames_text

SAMPLE = REPO / "data" / "sample"
ORG = "澄远家电科技有限公司"
ORG_KEY = norm_name(ORG)


@pytest.fixture(scope="module")
def corpus(session_graph: Graph) -> Iterator[Graph]:
    session_graph.write("clear_graph")
    summary = load_paths(session_graph, [SAMPLE])
    assert not summary.failed, [r.reason for r in summary.failed]
    yield session_graph
    session_graph.write("clear_graph")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_renders_on_the_sample_corpus(
    corpus: Graph, open_page: Callable[..., AppTest], page: str, lang: str
) -> None:
    at = open_page(page, lang=lang)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def test_org_chart_card_of_a_role_with_two_superiors(
    corpus: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("org_chart")
    at.selectbox(key="org").set_value(ORG_KEY).run()
    assert len([k for k in at.session_state["orgchart_order"] if k]) >= 18
    at.selectbox(key="role").set_value(f"{ORG_KEY}/{norm_name('区域销售主管')}").run()
    assert not at.exception
    assert {"销售部经理", "渠道部经理"} <= {b.label for b in at.button}
    warnings = " ".join(w.value for w in at.warning)
    assert "一个上级" in warnings  # the finding is on its card


def test_responsibilities_shows_the_planted_duplicate_and_gap(
    corpus: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("responsibilities")
    at.selectbox(key="org").set_value(ORG_KEY).run()
    assert not at.exception
    dups = frames_text(at)
    assert "品牌专员" in dups and "市场策划专员" in dups
    at.multiselect(key="resp_types").set_value(["uncovered_function"]).run()
    table = next(df.value for df in at.dataframe if "message" in df.value.columns)
    assert set(table["type"]) == {"uncovered_function"}
    assert any("回款" in m or "收款" in m or "应收" in m for m in table["message"]), table


def test_sources_page_shows_the_spreadsheet_as_rows(
    corpus: Graph, open_page: Callable[..., AppTest]
) -> None:
    at = open_page("sources")
    keys = at.selectbox(key="source_key").options
    csv = next(k for k in keys if k.endswith(".csv"))
    at.selectbox(key="source_key").set_value(csv).run()
    assert not at.exception
    assert any("结构化文件" in i.value for i in at.info)
