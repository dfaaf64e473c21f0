"""`kb up`: the main job in one command."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import typer

from kb.cli import app
from kb.cli.common import console, err_console, graph
from kb.cli.dashboard import dashboard_cmd
from kb.settings import get_settings


def sample_corpus() -> Path:
    """The fictional company's documents shipped with orgkb (data/sample)."""
    return Path(str(resources.files("kb.data") / "sample"))


@app.command()
def up(
    paths: list[Path] = typer.Argument(  # noqa: B008
        None, help="What to load (default: the sample corpus in data/sample)."
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address the dashboard listens on."),
    port: int = typer.Option(8501, "--port", help="Port of the dashboard.", min=1, max=65535),
    dashboard: bool = typer.Option(
        True, "--dashboard/--no-dashboard", help="Serve the dashboard afterwards."
    ),
) -> None:
    """Start Neo4j (unless NEO4J_URI names one), load the documents, serve the dashboard."""
    from ingest.load import load_paths
    from kb import server

    settings = get_settings()
    if settings.uses_local_server:
        with console.status("starting Neo4j (the first start downloads it with Maven)…"):
            st = server.start(settings)
        console.print(f"Neo4j is running at [bold]{st.uri}[/bold]")
    targets = paths or [sample_corpus()]
    with graph() as g, console.status("loading documents…"):
        summary = load_paths(g, targets)
    console.print(
        f"loaded {summary.files} files: {summary.total('nodes_created')} nodes and "
        f"{summary.total('rels_created')} relationships created, "
        f"{summary.count('unchanged')} unchanged",
        highlight=False,
    )
    for r in summary.failed:
        err_console.print(f"skipped {r.source}: {r.reason}", highlight=False)
    if dashboard:
        dashboard_cmd(host=host, port=port, headless=True)  # runs until interrupted
