"""The Neo4j a benchmark runs against: NEO4J_URI's, else a private one for the run."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kb import catalog, server
from kb.graph import Graph
from kb.settings import Settings, get_settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def neo4j_server(keep_home: Path | None = None) -> Iterator[Settings]:
    """NEO4J_URI's server, else a private one on a free port, stopped at the end (its
    folder deleted too, unless it is `keep_home`, kept for the next run)."""
    if os.environ.get("NEO4J_URI"):
        yield get_settings()
        return
    home = keep_home or Path(tempfile.mkdtemp(prefix="orgkb-bench-"))
    os.environ.update(
        {
            "ORGKB_NEO4J_HOME": str(home),
            "ORGKB_NEO4J_PORT": str(free_port()),
            "ORGKB_NEO4J_HEAP": os.environ.get("ORGKB_NEO4J_HEAP", "4g"),
            "ORGKB_NEO4J_PAGECACHE": os.environ.get("ORGKB_NEO4J_PAGECACHE", "2g"),
            "NEO4J_PASSWORD": "orgkb-bench-password",
        }
    )
    get_settings.cache_clear()
    settings = get_settings()
    print(f"starting a private Neo4j in {home} …", flush=True)
    server.start(settings)
    try:
        yield settings
    finally:
        server.stop(settings)
        if keep_home is None:
            shutil.rmtree(home, ignore_errors=True)


def clear(graph: Graph) -> None:
    """Empty the database, however large."""
    with graph.driver.session(database=graph.database) as s:
        s.run(catalog.query("clear_graph_batched")).consume()
