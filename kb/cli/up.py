"""`kb up`: the main job in one command."""

from __future__ import annotations

from kb import server
from kb.cli import app
from kb.cli.common import console, graph
from kb.settings import get_settings


@app.command()
def up() -> None:
    """Start the local Neo4j (unless NEO4J_URI names another) and prepare its schema."""
    settings = get_settings()
    if settings.uses_local_server:
        with console.status("starting Neo4j…"):
            st = server.start(settings)
        console.print(f"Neo4j is running at [bold]{st.uri}[/bold]")
    with graph():
        console.print("schema applied")
    console.print(
        "Neo4j Browser or cypher-shell can connect with user "
        f"{settings.neo4j_user!r}; the password is NEO4J_PASSWORD or, for the local "
        f"server, in {settings.local_password_file}"
    )
