"""`kb extract`: organisation documents in, extraction records (JSON) out. No database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kb.cli import app
from kb.cli.common import console, err_console
from kb.errors import InputError

if TYPE_CHECKING:
    from ingest.records import Document

_PROGRESS_FROM = 5  # files; fewer finish before a bar would be worth drawing


@app.command()
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or directories (searched recursively).", show_default=False),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the records as JSON (an array for several files).")
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write one <file name>.json per input into this directory."),
    ] = None,
) -> None:
    """Extract roles, departments, duties and reporting lines from documents (.txt .md .html
    .docx .pdf). Unreadable files are reported by name and skipped."""
    # Imported here: compiling the extraction rules would slow down every other command.
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ingest.extract import extract_file, iter_document_paths
    from ingest.read import NotADocument

    files = list(iter_document_paths(paths))
    docs: list[Document] = []
    failed = 0
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err_console,
        transient=True,
        disable=len(files) < _PROGRESS_FROM,
    )
    with progress:
        task = progress.add_task("", total=len(files))
        for path in files:
            progress.update(task, description=path.name)
            try:
                doc = extract_file(path)
            except NotADocument as e:
                err_console.print(f"[yellow]skipped:[/yellow] {e}", highlight=False)
                progress.advance(task)
                continue
            except InputError as e:
                err_console.print(f"[red]cannot read[/red] {e}", highlight=False)
                failed += 1
                progress.advance(task)
                continue
            docs.append(doc)
            if out is not None:
                target = out / f"{path.name}.json"
                target.write_text(
                    json.dumps(doc.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
                )
            progress.advance(task)
    if not docs:
        what = "no files found" if not files else "no file could be read"
        raise InputError(f"{what} in {', '.join(str(p) for p in paths)}")
    if as_json:
        payload = docs[0].to_dict() if len(docs) == 1 else [d.to_dict() for d in docs]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=1))
    elif out is None:
        for doc in docs:
            roles = sum(len(u.roles) for u in doc.units)
            depts = sum(len(u.departments) for u in doc.units)
            console.print(
                f"{doc.source}: {len(doc.units)} units, {roles} roles, {depts} departments"
            )
    if out is not None:
        err_console.print(
            f"wrote {len(docs)} file(s) to {out}" + (f", {failed} unreadable" if failed else "")
        )
