"""The dashboard in a real headless Chromium: `kb dashboard` against the test Neo4j.

Skipped when Chromium is missing, unless ORGKB_REQUIRE_BROWSER=1 (CI), where that fails.
Screenshots go to artifacts/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import serve
from ingest.load import load_paths
from kb.graph import Graph
from tests.conftest import REPO, free_port
from tests.dashboard import browser
from tests.dashboard.sample import load_sample

pytestmark = pytest.mark.browser
ARTIFACTS = REPO / "artifacts"


@pytest.fixture(scope="module", autouse=True)
def chromium() -> None:
    reason = browser.missing_reason()
    if reason and os.environ.get("ORGKB_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    if reason:
        pytest.skip(reason)


@pytest.fixture
def dashboard_url(graph: Graph, neo4j_env: dict[str, str], tmp_path: Path) -> Iterator[str]:
    load_sample(graph, tmp_path)
    load_paths(graph, [REPO / "data" / "sample"])
    ARTIFACTS.mkdir(exist_ok=True)
    with serve.running(free_port(), env=neo4j_env, log=ARTIFACTS / "dashboard-test.log") as url:
        yield url


def test_org_chart_draws_its_roles_and_a_click_opens_the_card(dashboard_url: str) -> None:
    with browser.page() as pg:
        pg.goto(f"{dashboard_url}/org_chart")
        browser.wait_for_app(pg)
        chart = pg.locator('[data-testid="stEChartsChart"] svg').first
        chart.wait_for(timeout=30_000)
        # leaves' names are drawn one character per line: compare the text without breaks
        pg.wait_for_function(
            "() => (document.querySelector('[data-testid=\"stEChartsChart\"] svg')"
            "?.textContent || '').replace(/\\s/g, '').includes('财务经理')",
            timeout=30_000,
        )
        drawn = "".join(chart.text_content().split())
        for name in ["华东制造有限公司", "总经理", "销售总监", "销售经理", "运营总监", "财务经理"]:
            assert name in drawn, name
        # the chart is drawn first; the audit's badges follow in place
        pg.wait_for_function(
            "() => (document.querySelector('[data-testid=\"stEChartsChart\"] svg')"
            "?.textContent || '').replace(/\\s/g, '').includes('销售经理⚠')",
            timeout=60_000,
        )
        browser.wait_for_app(pg)
        assert len(pg.locator('[data-testid="stEChartsChart"] svg path').all()) >= 6  # nodes
        pg.wait_for_timeout(1000)  # the entry animation
        pg.screenshot(path=str(ARTIFACTS / "org_chart.png"), full_page=True)

        # a click on a node opens that role's card: the node sits just above its name
        first_char = pg.locator('[data-testid="stEChartsChart"] svg text', has_text="财").first
        box = first_char.bounding_box()
        assert box is not None
        pg.mouse.click(box["x"] + box["width"] / 2, box["y"] - 11)
        heading = pg.locator("h3", has_text="财务经理")
        heading.wait_for(timeout=30_000)
        # glide draws cells on a canvas and keeps them in a hidden table for accessibility
        pg.get_by_text("编制年度财务预算").first.wait_for(state="attached", timeout=10_000)
        browser.wait_for_app(pg)
        pg.screenshot(path=str(ARTIFACTS / "org_chart_card.png"), full_page=True)

        # the sample corpus' organisation, picked by typing in the searchable selectbox
        pg.locator('[data-testid="stSelectbox"]').first.click()
        pg.keyboard.type("澄远")
        pg.keyboard.press("Enter")
        pg.wait_for_function(
            "() => (document.querySelector('[data-testid=\"stEChartsChart\"] svg')"
            "?.textContent || '').replace(/\\s/g, '').includes('区域销售主管')",
            timeout=30_000,
        )
        browser.wait_for_app(pg)
        drawn = "".join(chart.text_content().split())
        for name in [
            "营销总监",
            "市场部经理",
            "销售部经理",
            "渠道部经理",
            "客服部经理",
            "品牌专员",
        ]:
            assert name in drawn, name
        pg.wait_for_timeout(1000)
        pg.screenshot(path=str(ARTIFACTS / "org_chart_sample.png"), full_page=True)


def test_responsibilities_page_draws_duplicates_and_heatmap(dashboard_url: str) -> None:
    with browser.page() as pg:
        pg.goto(f"{dashboard_url}/responsibilities")
        browser.wait_for_app(pg)
        pg.get_by_text("重复职责").first.wait_for(timeout=30_000)
        heatmap = pg.locator('[data-testid="stEChartsChart"] canvas').first
        heatmap.wait_for(timeout=30_000)
        assert heatmap.bounding_box()["height"] > 100  # type: ignore[index]
        assert pg.locator('[data-testid="stDataFrame"]').count() >= 2  # duplicates, findings
        assert pg.get_by_text("导出 XLSX").count() == 1
        pg.wait_for_timeout(1000)
        pg.screenshot(path=str(ARTIFACTS / "responsibilities.png"), full_page=True)
