"""Chain-of-command latency: Neo4j through the driver, networkx, and orgkb's in-memory copy.

Loads a synthetic organisation (bench/synthetic.py; 100,000 roles in 10 levels by
default) with the bulk loader, then asks for the chain of command of 1,000 random roles
three ways, in the same process, and prints p50 / p99 / max of each and the ratios:

- driver: `kb.chains.chain_up_key(graph, key, cache=None)`: the `get_chain_up` query
  through the Neo4j driver plus building the chains in Python;
- networkx: the same chains walked on an `nx.DiGraph` of the same lines (baseline);
- memory: `kb.chains.chain_up_key` with a warm `HierarchyCache` (what the CLI and the
  dashboard use: the organisation's hierarchy held in memory while the graph version
  stays the same, checked at most once a second).

It also times a cold cache fill (loading the organisation's hierarchy), prints the plan
operators of `get_chain_up` (the index seek and the pruning expand), and with --audit
times `kb.audit.audit` on the whole organisation.

    python bench/chains.py [--roles 100000] [--depth 10] [--samples 1000] [--seed 1] [--audit]

Unless NEO4J_URI is set it starts its own Neo4j (temporary home, free port, 4 GB heap,
2 GB page cache) and stops it at the end. With NEO4J_URI set it WIPES that database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from bench.server import clear, neo4j_server  # noqa: E402
from bench.synthetic import Spec, departments, roles  # noqa: E402
from ingest.load import load_stream  # noqa: E402
from kb import audit, catalog, chains  # noqa: E402
from kb.graph import Graph  # noqa: E402


def timed(fn: Callable[[str], Any], keys: list[str]) -> list[float]:
    """Seconds per call of fn(key), in order."""
    out = []
    for k in keys:
        t = time.perf_counter()
        fn(k)
        out.append(time.perf_counter() - t)
    return out


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def nx_chains(g: nx.DiGraph, key: str) -> list[list[str]]:
    """Every chain up from key (edges point to superiors), cycles cut: the baseline."""
    out: list[list[str]] = []
    stack = [[key]]
    while stack:
        path = stack.pop()
        ups = [s for s in g.successors(path[-1]) if s not in path]
        if not ups:
            out.append(path)
        stack.extend([*path, s] for s in ups)
    return out


def plan_operators(graph: Graph, key: str) -> list[str]:
    _, summary, _ = graph.driver.execute_query(
        "PROFILE " + catalog.query("get_chain_up"), key=key, dotted=False, database_=graph.database
    )
    ops: list[str] = []

    def walk(p: Any) -> None:
        ops.append(p.get("operatorType", "?"))
        for c in p.get("children", []):
            walk(c)

    walk(summary.profile)
    return ops


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--roles", type=int, default=100_000, help="roles in the organisation")
    ap.add_argument("--depth", type=int, default=10, help="levels of the organisation")
    ap.add_argument("--samples", type=int, default=1000, help="random roles asked about")
    ap.add_argument("--seed", type=int, default=1, help="seed of the organisation and sample")
    ap.add_argument("--home", type=Path, help="keep the server's folder here between runs")
    ap.add_argument("--keep", action="store_true", help="reuse the graph already loaded")
    ap.add_argument("--audit", action="store_true", help="also time `kb audit` on the organisation")
    a = ap.parse_args()
    spec = Spec(roles=a.roles, depth=a.depth, duties=1, kpis=0, seed=a.seed, org="合成集团")

    with neo4j_server(a.home) as settings, Graph.from_settings(settings) as graph:
        graph.apply_schema()
        if not a.keep:
            clear(graph)
            t = time.perf_counter()
            load_stream(graph, roles(spec), source="synthetic-chains", org=spec.org,
                        departments=departments(spec), batch_roles=5000)  # fmt: skip
            print(f"loaded {a.roles:,} roles in {time.perf_counter() - t:.1f} s")
        org = chains.resolve_org(graph, spec.org)

        t = time.perf_counter()
        cache = chains.HierarchyCache(max_age=1.0)
        h = cache.get(graph, org)
        fill = time.perf_counter() - t
        keys = sorted(h.roles)
        rng = random.Random(a.seed)
        sample = [rng.choice(keys) for _ in range(a.samples)]
        depths = [len(h.chains_up(k)[0][0].steps) for k in sample]
        print(f"organisation: {len(h.roles):,} roles, {sum(len(v) for v in h.up.values()):,} "
              f"lines, depth {h.depth(org)}; sampled chain lengths {min(depths)}-{max(depths)} "
              f"(mean {statistics.mean(depths):.1f})")  # fmt: skip
        print(f"cold fill of the in-memory hierarchy: {fill * 1000:.0f} ms")

        g = nx.DiGraph()
        g.add_edges_from((sub, sup) for sub, sups in h.up.items() for sup, _ in sups)

        # Same answers every way, before timing anything.
        for k in sample[:50]:
            db = chains.chain_up_key(graph, k, cache=None)
            mem = chains.chain_up_key(graph, k, cache=cache, org=org)
            assert [[s.role.key for s in c.steps] for c in db.chains] == nx_chains(g, k)
            assert db.to_dict() == mem.to_dict()
        print("plan of get_chain_up:", " < ".join(plan_operators(graph, sample[0])))

        timed(lambda k: chains.chain_up_key(graph, k, cache=None), sample[:100])  # warm up
        runs = {
            "driver": timed(lambda k: chains.chain_up_key(graph, k, cache=None), sample),
            "networkx": timed(lambda k: nx_chains(g, k), sample),
            "memory": timed(lambda k: chains.chain_up_key(graph, k, cache=cache, org=org), sample),
            "memory (Hierarchy only)": timed(lambda k: h.chains_up(k), sample),
        }
        base = statistics.median(runs["networkx"])
        print(f"\nchain of command of {a.samples} random roles (of {a.roles:,}):")
        print(f"{'path':<24}{'p50':>12}{'p99':>12}{'max':>12}{'p50 / networkx':>16}")
        for name, xs in runs.items():
            p50, p99 = pct(xs, 50), pct(xs, 99)
            print(f"{name:<24}{p50 * 1e6:>10.1f}µs{p99 * 1e6:>10.1f}µs{max(xs) * 1e6:>10.1f}µs"
                  f"{p50 / base:>15.1f}x")  # fmt: skip
        d99, m99 = pct(runs["driver"], 99), pct(runs["memory"], 99)
        print(f"\ntargets: driver p99 {d99 * 1000:.2f} ms (≤ 20 ms: "
              f"{'met' if d99 <= 0.020 else 'MISSED'}), in-memory p99 {m99 * 1e6:.1f} µs "
              f"(≤ 50 µs: {'met' if m99 <= 50e-6 else 'MISSED'})")  # fmt: skip

        if a.audit:
            # duplicate_duty is left out: the synthetic duties embed the role's name in
            # one of 96 templates, so thousands of them are ~0.6 similar to each other and
            # the near-duplicate pairs alone grow with the square (not so in documents).
            print("\nkb audit on the organisation, per type:")
            total = 0.0
            for kind in audit.TYPES:
                if kind == "duplicate_duty":
                    continue
                t = time.perf_counter()
                found = audit.audit(graph, org=org, types=[kind])
                took = time.perf_counter() - t
                total += took
                print(f"  {kind:<22}{took:>8.2f} s {len(found):>9,} findings")
            print(f"  {'all but duplicate_duty':<22}{total:>8.2f} s (each type reads the graph)")


if __name__ == "__main__":
    main()
