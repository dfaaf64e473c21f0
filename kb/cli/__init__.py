"""The `kb` command line. It parses arguments, shows progress and turns errors into one-line
messages; the work itself is done by the library."""

from __future__ import annotations

import typer

from kb.cli import common

app = typer.Typer(
    name="kb",
    help="orgkb: organisation documents in, a Neo4j knowledge graph out.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals would include the Neo4j password
    add_completion=False,
)

# Each command group lives in its own module and registers itself on `app`.
from kb.cli import (  # noqa: E402, F401
    audit,
    chain,
    dashboard,
    extract,
    ingest,
    neo4j_server,
    up,
)


def main() -> None:
    common.run(app)
