"""`kb neo4j start | stop | status | logs`: the local Neo4j server."""

from __future__ import annotations

import typer

from kb import server
from kb.cli import app
from kb.cli.common import console
from kb.settings import get_settings

neo4j_app = typer.Typer(help="Run a local Neo4j server (no Docker needed).", no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")


@neo4j_app.command()
def start() -> None:
    """Start the local Neo4j (fetching it with Maven the first time) and wait until it answers."""
    settings = get_settings()
    with console.status("starting Neo4j (the first start downloads it with Maven)…"):
        st = server.start(settings)
    if st.detail == "already running":
        console.print(f"Neo4j is already running at [bold]{st.uri}[/bold] (pid {st.pid})")
    else:
        console.print(f"Neo4j is ready at [bold]{st.uri}[/bold] (pid {st.pid}, {st.seconds:.1f} s)")


@neo4j_app.command()
def stop() -> None:
    """Stop the local Neo4j that `kb neo4j start` started."""
    if server.stop(get_settings()):
        console.print("Neo4j stopped")
    else:
        console.print("Neo4j was not running")


@neo4j_app.command()
def status() -> None:
    """Say whether Neo4j is running, stopped or unreachable.

    Exit code 0 when it runs and accepts the password, 1 when stopped, 2 otherwise."""
    st = server.status(get_settings())
    pid = f" (pid {st.pid})" if st.pid else ""
    detail = f": {st.detail}" if st.detail else ""
    console.print(f"{st.state} {st.uri}{pid}{detail}", highlight=False)
    if st.state != "running" or st.detail:
        raise typer.Exit(1 if st.state == "stopped" else 2)


@neo4j_app.command()
def logs(lines: int = typer.Option(40, "--lines", "-n", help="How many lines.")) -> None:
    """Show the end of the local server's log."""
    console.print(server.log_tail(get_settings(), lines), highlight=False, markup=False)
