"""What every command shares: the console, error reporting, the graph connection."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from kb.errors import OrgkbError

if TYPE_CHECKING:  # the driver is imported when a command needs the graph, not for --help
    from kb.graph import Graph

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def run(app: typer.Typer) -> None:
    """Run the app. Usage errors are click's (exit code 2); an OrgkbError becomes one red
    line on stderr and exit code 1, never a traceback."""
    try:
        app()  # standalone: exits with the command's code
    except OrgkbError as e:
        err_console.print(f"[red]error:[/red] {e}", highlight=False)
        sys.exit(1)


@contextmanager
def graph() -> Iterator[Graph]:
    """The graph named by the settings, schema applied, closed afterwards."""
    from kb.graph import Graph

    g = Graph.from_settings()
    try:
        g.apply_schema()
        yield g
    finally:
        g.close()
