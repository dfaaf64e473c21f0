"""`kb audit`: responsibility audits (one superior, no cycles, no duplicated or missing duties)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from kb import audit_messages as msg
from kb.cli import app
from kb.cli.common import console, graph
from kb.errors import InputError

if TYPE_CHECKING:
    from kb.audit import Finding

STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}
EXIT_FINDINGS = 3  # with --fail-on: findings at or above that severity
TYPE_HELP = "Run only this audit; repeat for several. One of: " + ", ".join(msg.TYPES) + "."
TYPES_OPTION = typer.Option(None, "--type", "-t", help=TYPE_HELP)


@app.command()
def audit(
    org: str | None = typer.Option(
        None, "--org", "-o", help="Audit only this organisation (name or key)."
    ),
    types: list[str] | None = TYPES_OPTION,
    lang: str = typer.Option("zh", "--lang", help="Language of the messages: zh or en."),
    as_json: bool = typer.Option(False, "--json", help="Print the findings as a JSON array."),
    as_csv: bool = typer.Option(False, "--csv", help="Print the findings as CSV."),
    fail_on: str | None = typer.Option(
        None,
        "--fail-on",
        help=f"Exit with code {EXIT_FINDINGS} if there is a finding of this severity or worse "
        "(error, warning or info).",
    ),
    evidence: int = typer.Option(
        2, "--evidence", "-e", min=0, help="In text output, evidence lines shown per finding."
    ),
) -> None:
    """Check reporting lines and responsibilities: several superiors, cycles, orphan roles,
    reports outside the chain of command, duplicated duties, uncovered or overlapping
    functions, roles without duties, KPIs or authority, gaps against peers, and sources
    that disagree. The rules are in docs/audits.md."""
    if as_json and as_csv:
        raise InputError("choose one of --json and --csv")
    from kb import audit as audits  # numpy, scipy and pandas: only when auditing

    if fail_on is not None and fail_on not in msg.SEVERITIES:
        raise InputError(f"--fail-on takes one of {', '.join(msg.SEVERITIES)}")
    with graph() as g:
        found = audits.audit(g, org=org, types=types or None, lang=lang)
    if as_json:
        typer.echo(json.dumps([f.to_dict() for f in found], ensure_ascii=False, indent=2))
    elif as_csv:
        typer.echo(audits.to_csv(found), nl=False)
    else:
        _print(found, evidence)
    if fail_on is not None:
        worst = msg.SEVERITIES.index(fail_on)
        if any(msg.SEVERITIES.index(f.severity) <= worst for f in found):
            raise typer.Exit(EXIT_FINDINGS)


def _print(found: list[Finding], evidence: int) -> None:
    for f in found:
        style = STYLE[f.severity]
        console.print(
            f"[{style}]{f.severity:<7}[/{style}] {f.type:<21} {escape(f.organization)}: "
            f"{escape(f.message)}"
        )
        for e in f.evidence[:evidence]:
            console.print(f"          [dim]{escape(str(e))}[/dim]")
    counts = {s: sum(1 for f in found if f.severity == s) for s in msg.SEVERITIES}
    console.print(
        f"{len(found)} findings: {counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info"
    )
