"""Loading throughput: the batched loader against a naive one, in the same process.

Generates a synthetic organisation (bench/synthetic.py) and loads it with the bulk path
(`ingest.load.load_stream`: UNWIND batches, one transaction per batch of roles), after
loading a small sample of the same shape naively (one catalog query per row, one
transaction each: a node with its MENTIONS, or one relationship) into the empty
database, and prints elements (nodes + relationships) per second for both, their ratio, and the
client's peak RSS.

    python bench/ingest.py [--roles 100000] [--duties 10] [--depth 10] [--naive-roles 300]

Unless NEO4J_URI is set it starts its own Neo4j (temporary home, free port, 4 GB heap,
2 GB page cache) and stops it at the end.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.server import clear, neo4j_server  # noqa: E402
from bench.synthetic import Spec, departments, document, roles  # noqa: E402
from ingest.facts import NODE_GROUPS, REL_GROUPS, build_facts  # noqa: E402
from ingest.load import LoadResult, load_stream  # noqa: E402
from kb import catalog  # noqa: E402
from kb.graph import Graph  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def batched(graph: Graph, spec: Spec, batch_roles: int) -> tuple[int, float]:
    done = {"roles": 0}
    t0 = time.perf_counter()

    def on_batch(part: LoadResult) -> None:
        done["roles"] += 1
        if done["roles"] % 10 == 0:
            print(f"  … {done['roles'] * batch_roles:,} roles, {time.perf_counter() - t0:.0f} s, "
                  f"RSS peak {peak_rss_mb():.0f} MB", flush=True)  # fmt: skip

    result = load_stream(graph, roles(spec), source="synthetic-bulk", org=spec.org,
                         departments=departments(spec), batch_roles=batch_roles,
                         on_batch=on_batch)  # fmt: skip
    seconds = time.perf_counter() - t0
    return result.nodes_created + result.rels_created, seconds


def naive(graph: Graph, spec: Spec) -> tuple[int, float]:
    """One row per query, one transaction per query."""
    doc = document(spec)
    facts = build_facts(doc, default_org=spec.org)
    graph.write("load_source", source="synthetic-naive", kind="document", hash=None,
                loaded_at="")  # fmt: skip
    elements = 0
    t0 = time.perf_counter()
    with graph.driver.session(database=graph.database) as session:
        for group in (*NODE_GROUPS, *REL_GROUPS):
            text = catalog.query(f"load_{group}")
            for row in facts.rows(group):
                params = {"rows": [row], "source": "synthetic-naive", "stamp": "s"}
                summary = session.execute_write(lambda tx, t=text, p=params: tx.run(t, p).consume())
                elements += summary.counters.nodes_created + summary.counters.relationships_created
    return elements, time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--roles", type=int, default=100_000)
    p.add_argument("--duties", type=int, default=10, help="duties per role")
    p.add_argument("--kpis", type=int, default=2, help="KPIs per role")
    p.add_argument("--depth", type=int, default=10)
    p.add_argument("--batch", type=int, default=2000, help="roles per transaction")
    p.add_argument("--naive-roles", type=int, default=300)
    a = p.parse_args()
    spec = Spec(roles=a.roles, depth=a.depth, duties=a.duties, kpis=a.kpis, seed=1)
    sample = Spec(roles=a.naive_roles, depth=min(a.depth, 6), duties=a.duties, kpis=a.kpis,
                  seed=2, org="朴素集团")  # fmt: skip
    with neo4j_server() as settings, Graph.from_settings(settings) as graph:
        graph.apply_schema()
        clear(graph)
        # The naive sample first, on an empty database: clearing 4M elements costs more
        # than loading them.
        print(f"naive: {a.naive_roles} roles of the same shape", flush=True)
        n_slow, s_slow = naive(graph, sample)
        print(f"  {n_slow:,} elements in {s_slow:.1f} s", flush=True)
        clear(graph)
        print(f"batched: {a.roles:,} roles, {a.roles * a.duties:,} duties, depth {a.depth}",
              flush=True)  # fmt: skip
        n_fast, s_fast = batched(graph, spec, a.batch)
        fast, slow = n_fast / s_fast, n_slow / s_slow
        print(f"batched  {n_fast:>11,} elements in {s_fast:8.1f} s = {fast:>10,.0f} elements/s")
        print(f"naive    {n_slow:>11,} elements in {s_slow:8.1f} s = {slow:>10,.0f} elements/s")
        print(f"ratio    {fast / slow:.1f}x")
        print(f"peak RSS {peak_rss_mb():.0f} MB (client)")


if __name__ == "__main__":
    main()
