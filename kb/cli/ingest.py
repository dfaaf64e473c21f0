"""`kb ingest`, `kb remove`, `kb export`: documents and tables in, a source out, the graph out."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ingest.load import COUNT_FIELDS, LoadResult, LoadSummary, expand_paths, load_paths
from kb.cli import app
from kb.cli.common import console, err_console, graph

# The driver logs each retry while Neo4j is away; the command reports the outcome itself.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(  # noqa: B008
        ..., help="Documents, tables (CSV, XLSX, YAML), extraction JSON, dumps, or folders."
    ),
    org: str | None = typer.Option(
        None, "--org", help="Organisation of everything loaded (else the one each file names)."
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Read, extract and validate only; write nothing to Neo4j."
    ),
) -> None:
    """Load files into the graph: one transaction per file, unchanged files skipped.

    Exit code 0 when every file loaded (or was left out as not a document), 1 when a
    file was rejected (unreadable, invalid table) or Neo4j failed."""
    total = len(expand_paths(paths))
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True, disable=total < 2 or not sys.stderr.isatty(),
    )  # fmt: skip
    with progress:
        task = progress.add_task("loading", total=total)

        def on_progress(done: int, total: int, result: LoadResult) -> None:
            progress.update(task, completed=done, description=Path(result.source).name[:40])

        if dry_run:
            summary = load_paths(None, paths, org=org, dry_run=True, on_progress=on_progress)
        else:
            with graph() as g:
                summary = load_paths(g, paths, org=org, on_progress=on_progress)
    _print_summary(summary, dry_run)
    if summary.failed:
        raise typer.Exit(1)


def _print_summary(summary: LoadSummary, dry_run: bool) -> None:
    if dry_run:
        for r in summary.results:
            if r.status == "planned":
                console.print(f"{r.source}: {r.nodes_created} nodes, {r.rels_created} "
                              "relationships would be stated", highlight=False)  # fmt: skip
    table = Table(title="dry run: nothing written" if dry_run else None, show_header=True)
    table.add_column("")
    table.add_column("created" if not dry_run else "stated", justify="right")
    if not dry_run:
        table.add_column("updated", justify="right")
        table.add_column("removed", justify="right")
    for what in ("nodes", "rels"):
        label = "nodes" if what == "nodes" else "relationships"
        cells = [str(summary.total(f"{what}_created"))]
        if not dry_run:
            cells += [str(summary.total(f"{what}_updated")), str(summary.total(f"{what}_removed"))]
        table.add_row(label, *cells)
    console.print(table)
    counts = {s: summary.count(s) for s in ("loaded", "replaced", "unchanged", "restored",
                                             "planned", "skipped")}  # fmt: skip
    parts = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    console.print(f"{summary.files} files: {parts or 'none'}", highlight=False)
    for r in summary.results:
        for w in r.warnings:
            err_console.print(f"[yellow]warning:[/yellow] {r.source}: {w}", highlight=False)
    for r in summary.skipped:
        style = "red" if r in summary.failed else "dim"
        console.print(f"[{style}]skipped[/{style}] {r.source}: {r.reason}", highlight=False)


@app.command()
def remove(
    source: str = typer.Argument(..., help="The source as loaded (the path given to ingest)."),
) -> None:
    """Take one source's facts out of the graph, and the nodes no other source mentions."""
    from ingest.load import remove_source

    with graph() as g:
        r = remove_source(g, source)
    counts = ", ".join(f"{getattr(r, f)} {f.replace('_', ' ')}" for f in COUNT_FIELDS
                       if f.endswith("removed"))  # fmt: skip
    console.print(f"removed {source}: {counts}", highlight=False)


@app.command("export")
def export_graph(
    fmt: str = typer.Option("json", "--format", "-f", help="json or csv."),
    out: Path | None = typer.Option(  # noqa: B008
        None, "--out", "-o", help="File to write (default: standard output)."
    ),
) -> None:
    """Write the whole graph (nodes, relationships, provenance) as a dump that
    `kb ingest` loads back."""
    from ingest.export import export

    if fmt not in ("json", "csv"):
        raise typer.BadParameter("--format must be json or csv")
    with graph() as g:
        if out is None:
            export(g, sys.stdout, fmt)
            return
        with out.open("w", encoding="utf-8", newline="") as f:
            n, m = export(g, f, fmt)
    err_console.print(f"wrote {n} nodes and {m} relationships to {out}", highlight=False)
