"""Dashboard responsiveness in a real browser, on a synthetic organisation of 2,000 roles.

Loads `bench/synthetic.py`'s organisation (2,000 roles, 6 levels, 5 duties and 2 KPIs
each) into a private Neo4j, serves `kb dashboard`, and times in headless Chromium:

- org chart drawn: from navigating to /org_chart until the chart's SVG holds the names of
  the top role and of its direct reports (the first levels are open, deeper ones collapse);
- responsibilities usable: from navigating to /responsibilities until its script has
  finished and the duplicates table, the coverage heatmap and the export buttons are there;

each cold (first visit after start: the audit and the queries run) and warm (median of
--repeat later visits: cached results). The baseline, measured in the same run and the
same browser, is a trivial Streamlit page (`st.write`) served by a second server, so the
ratios say what the dashboard costs above Streamlit's own page load on this machine.

    python bench/dashboard.py [--roles 2000] [--repeat 3] [--screenshots artifacts]

Targets: org chart drawn and responsibilities usable within 3 s each (warm). Unless
NEO4J_URI is set it starts its own Neo4j (temporary home, free port) and stops it after;
with NEO4J_URI set it WIPES that database. Needs the Debian `chromium` package.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.server import clear, free_port, neo4j_server  # noqa: E402
from bench.synthetic import Spec, document, role_name  # noqa: E402
from dashboard import serve  # noqa: E402
from ingest.load import load_document  # noqa: E402
from kb.graph import Graph  # noqa: E402
from tests.dashboard import browser  # noqa: E402

TARGET_S = 3.0
SVG_TEXT = "document.querySelector('[data-testid=\"stEChartsChart\"] svg')?.textContent || ''"


def wait_js(pg: Any, condition: str, timeout_ms: float = 120_000) -> None:
    pg.wait_for_function(f"() => {condition}", timeout=timeout_ms)


def app_idle(pg: Any) -> None:
    browser.wait_for_app(pg, timeout_ms=180_000)


def timed_visit(pg: Any, url: str, ready: Callable[[Any], None]) -> float:
    """Seconds from navigation to `ready(pg)` returning, on a fresh document."""
    pg.goto("about:blank")
    t = time.perf_counter()
    pg.goto(url)
    ready(pg)
    return time.perf_counter() - t


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--roles", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--screenshots", type=Path, default=ROOT / "artifacts")
    a = p.parse_args()
    reason = browser.missing_reason()
    if reason:
        sys.exit(f"cannot run: {reason}")
    spec = Spec(roles=a.roles, depth=6, duties=5, kpis=2, seed=1)
    top, first_level = role_name(0, 0), role_name(1, 0)
    a.screenshots.mkdir(parents=True, exist_ok=True)

    with neo4j_server() as settings, Graph.from_settings(settings) as graph:
        graph.apply_schema()
        clear(graph)
        t = time.perf_counter()
        load_document(graph, document(spec), source="synthetic-dashboard")
        print(f"loaded {a.roles} roles in {time.perf_counter() - t:.1f} s")
        env = {k: v for k, v in os.environ.items()}
        with tempfile.TemporaryDirectory() as tmp:
            trivial = Path(tmp) / "trivial.py"
            trivial.write_text('import streamlit as st\nst.write("hello orgkb")\n', "utf-8")
            trivial_port, dash_port = free_port(), free_port()
            base = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(trivial), "--server.port",
                 str(trivial_port), "--server.headless", "true",
                 "--browser.gatherUsageStats", "false"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                base_url = f"http://127.0.0.1:{trivial_port}"
                serve.wait_until_up(base_url, 60, base)
                with serve.running(dash_port, env=env, timeout=120) as url, browser.page() as pg:
                    results = measure(pg, url, base_url, top, first_level, a)
            finally:
                base.terminate()
                base.wait()
    report(results)


def measure(pg: Any, url: str, base_url: str, top: str, child: str, a: Any) -> dict[str, Any]:
    def trivial_ready(pg: Any) -> None:
        pg.get_by_text("hello orgkb").wait_for(timeout=60_000)

    def chart_ready(pg: Any) -> None:
        wait_js(pg, f"({SVG_TEXT}).includes('{top}') && ({SVG_TEXT}).includes('{child}')")

    def resp_ready(pg: Any) -> None:
        pg.get_by_text("导出 XLSX").wait_for(timeout=180_000)
        pg.locator('[data-testid="stEChartsChart"] canvas').first.wait_for(timeout=180_000)
        app_idle(pg)

    out: dict[str, Any] = {}
    out["baseline_cold"] = timed_visit(pg, base_url, trivial_ready)
    out["chart_cold"] = timed_visit(pg, f"{url}/org_chart", chart_ready)
    pg.wait_for_timeout(1500)
    pg.screenshot(path=str(a.screenshots / "bench_org_chart.png"), full_page=True)
    out["resp_cold"] = timed_visit(pg, f"{url}/responsibilities", resp_ready)
    pg.wait_for_timeout(1000)
    pg.screenshot(path=str(a.screenshots / "bench_responsibilities.png"), full_page=True)
    for name, target, ready in (
        ("baseline", base_url, trivial_ready),
        ("chart", f"{url}/org_chart", chart_ready),
        ("resp", f"{url}/responsibilities", resp_ready),
    ):
        out[name] = [timed_visit(pg, target, ready) for _ in range(a.repeat)]
    out["roles"] = a.roles
    return out


def report(r: dict[str, Any]) -> None:
    base = statistics.median(r["baseline"])
    print(f"\ndashboard on {r['roles']} roles, headless Chromium (seconds; ratio to the baseline)")
    print(f"{'':34} {'cold':>7} {'warm':>7} {'ratio':>6}  target (cold / warm)")
    rows = [
        ("baseline: trivial Streamlit page", "baseline_cold", "baseline", None),
        ("org chart drawn", "chart_cold", "chart", TARGET_S),
        ("responsibilities usable", "resp_cold", "resp", TARGET_S),
    ]
    for label, cold, warm, target in rows:
        w = statistics.median(r[warm])
        # The first visit after a load computes the audit; later visits hit the cache.
        verdict = (
            ""
            if target is None
            else " / ".join("ok" if t <= target else "MISSED" for t in (r[cold], w))
            + f" (<= {target:.0f} s)"
        )
        print(f"{label:34} {r[cold]:7.2f} {w:7.2f} {w / base:6.1f}  {verdict}")
    print("warm runs:", {k: [round(x, 2) for x in r[k]] for k in ("baseline", "chart", "resp")})


if __name__ == "__main__":
    main()
