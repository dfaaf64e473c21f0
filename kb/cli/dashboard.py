"""`kb dashboard`: serve the Streamlit dashboard."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from kb.cli import app
from kb.cli.common import console


def dashboard_command(
    host: str = "127.0.0.1", port: int = 8501, headless: bool = True
) -> list[str]:
    """The command line that serves the dashboard (also used by `kb up` and the tests)."""
    import dashboard

    script = Path(dashboard.__file__).with_name("app.py")
    return [
        sys.executable,
        "-m",
        "dashboard",  # `streamlit run`, warming the cache as it starts
        "run",
        str(script),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true" if headless else "false",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
    ]


@app.command(name="dashboard")
def dashboard_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: all)."),
    port: int = typer.Option(8501, "--port", help="Port to listen on.", min=1, max=65535),
    headless: bool = typer.Option(
        True, "--headless/--open-browser", help="Do not open a browser window (the default)."
    ),
) -> None:
    """Serve the dashboard at http://HOST:PORT until interrupted (Neo4j from the settings)."""
    console.print(f"dashboard at [bold]http://{host}:{port}[/bold] (Ctrl-C stops it)")
    cmd = dashboard_command(host, port, headless)
    sys.stdout.flush()
    # Become the server (same pid), so stopping `kb dashboard` stops Streamlit with it.
    os.execv(cmd[0], cmd)
