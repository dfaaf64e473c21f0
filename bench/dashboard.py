"""Dashboard responsiveness in a real browser, on a synthetic organisation of 2,000 roles.

Loads `bench/synthetic.py`'s organisation (2,000 roles, 6 levels, 5 duties and 2 KPIs
each) into a private Neo4j, serves `kb dashboard`, and times in headless Chromium:

- org chart drawn: from navigating to /org_chart until the chart's SVG holds the names of
  the top role and of its direct reports (the first levels are open, deeper ones collapse);
- responsibilities usable: from navigating to /responsibilities until its script has
  finished and the duplicates table, the coverage heatmap and the export buttons are there;

each three ways: at start (a new browser visits as soon as the server answers, while the
server is still warming its cache, see `dashboard/warmup.py`), first (a new browser's first
visit to a second server, once it has logged that its cache is warm: how an analyst finds
the dashboard that `kb up` started), and later (median of --repeat visits). The baseline,
measured in the same run, is a trivial Streamlit page (`st.write`) served by another
server, so the ratios say what the dashboard costs above Streamlit's own page load here.

    python bench/dashboard.py [--roles 2000] [--repeat 3] [--screenshots artifacts]

Targets: org chart drawn and responsibilities usable within 3 s each. Unless
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
            trivial_port = free_port()
            base = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(trivial), "--server.port",
                 str(trivial_port), "--server.headless", "true",
                 "--browser.gatherUsageStats", "false"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                base_url = f"http://127.0.0.1:{trivial_port}"
                serve.wait_until_up(base_url, 60, base)
                results = measure(base_url, top, first_level, env, Path(tmp), a)
            finally:
                base.terminate()
                base.wait()
    report(results)


def measure(
    base_url: str, top: str, child: str, env: dict[str, str], tmp: Path, a: Any
) -> dict[str, Any]:
    def trivial_ready(pg: Any) -> None:
        pg.get_by_text("hello orgkb").wait_for(timeout=60_000)

    def chart_ready(pg: Any) -> None:
        wait_js(pg, f"({SVG_TEXT}).includes('{top}') && ({SVG_TEXT}).includes('{child}')")

    def resp_ready(pg: Any) -> None:
        pg.get_by_text("导出 XLSX").wait_for(timeout=180_000)
        pg.locator('[data-testid="stEChartsChart"] canvas').first.wait_for(timeout=180_000)
        app_idle(pg)

    out: dict[str, Any] = {"roles": a.roles}
    with browser.page() as pg:
        out["baseline_cold"] = timed_visit(pg, base_url, trivial_ready)
        out["baseline"] = [timed_visit(pg, base_url, trivial_ready) for _ in range(a.repeat)]
    # A server just started, visited at once: the first visits meet the warm-up running.
    pages = {"chart": ("org_chart", chart_ready), "resp": ("responsibilities", resp_ready)}
    # Each page visited by a new browser as soon as a new server answers: the visit meets
    # the server's warm-up still running.
    for name, (path, ready) in pages.items():
        log = tmp / f"dashboard-{name}.log"
        server = serve.running(free_port(), env=env, timeout=120, log=log)
        with server as url, browser.page() as pg:
            out[f"{name}_start"] = timed_visit(pg, f"{url}/{path}", ready)
    # A server visited once its warm-up is done (as `kb up` leaves it for the analyst), each
    # page by a new browser, so nothing comes from a browser's cache; then again and again.
    log = tmp / "dashboard-warm.log"
    started = time.perf_counter()
    with serve.running(free_port(), env=env, timeout=120, log=log) as url:
        out["answers_after"] = time.perf_counter() - started
        out["warmed_after"] = wait_for_warmup(log, started)
        for name, (path, ready) in pages.items():
            with browser.page() as pg:
                out[f"{name}_cold"] = timed_visit(pg, f"{url}/{path}", ready)
                pg.wait_for_timeout(1500)
                pg.screenshot(path=str(a.screenshots / f"bench_{path}.png"), full_page=True)
                out[name] = [timed_visit(pg, f"{url}/{path}", ready) for _ in range(a.repeat)]
    return out


def wait_for_warmup(log: Path, started: float, timeout: float = 300) -> float:
    """Seconds from `started` until the server logs that its cache is warm."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text("utf-8", errors="replace") if log.exists() else ""
        if "cache warmed" in text or "warm-up stopped" in text:
            return time.perf_counter() - started
        time.sleep(0.05)
    raise TimeoutError("the dashboard never finished warming its cache")


def report(r: dict[str, Any]) -> None:
    base = statistics.median(r["baseline"])
    print(f"\ndashboard on {r['roles']} roles, headless Chromium (seconds; ratio to the baseline)")
    print(
        f"server answers {r['answers_after']:.2f} s after `kb dashboard` starts; "
        f"its cache is warm after {r['warmed_after']:.2f} s"
    )
    print(f"{'':34} {'at start':>8} {'first':>7} {'later':>7} {'ratio':>6}  target (first)")
    rows = [
        ("baseline: trivial Streamlit page", None, "baseline_cold", "baseline", None),
        ("org chart drawn", "chart_start", "chart_cold", "chart", TARGET_S),
        ("responsibilities usable", "resp_start", "resp_cold", "resp", TARGET_S),
    ]
    for label, start, first, later, target in rows:
        w = statistics.median(r[later])
        at_start = f"{r[start]:8.2f}" if start else f"{'':8}"
        verdict = "" if target is None else ("ok" if r[first] <= target else "MISSED")
        print(f"{label:34} {at_start} {r[first]:7.2f} {w:7.2f} {w / base:6.1f}  {verdict}")
    print(
        "at start: a new browser, as soon as a new server answers (warming its cache); first: "
        "a new browser's first visit once the cache is warm; later: median of repeat visits"
    )
    print("later runs:", {k: [round(x, 2) for x in r[k]] for k in ("baseline", "chart", "resp")})


if __name__ == "__main__":
    main()
