"""`kb chain`, `kb span`, `kb depth`, `kb common-superior`: chains of command."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.markup import escape

from kb import chains
from kb.cli import app
from kb.cli.common import console, graph
from kb.errors import Ambiguous
from kb.hierarchy import RoleRef, Step

ORG_HELP = "Organisation (name or key) the role belongs to; needed when the title is in several."
DOTTED_HELP = "Follow dotted (matrix, functional) reporting lines as well as solid ones."
JSON_HELP = "Print JSON instead of text."


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _name(r: RoleRef) -> str:
    # a title only named by others (never described) is marked with *
    return escape(r.name) + ("*" if r.referenced_only else "")


def _with_org_hint(e: Ambiguous) -> Ambiguous:
    return Ambiguous(f"{e} Use --org ORG.")


def _steps(steps: list[Step]) -> str:
    out = []
    for i, s in enumerate(steps):
        arrow = "" if i == 0 else (" ⇢ " if s.kind == "dotted" else " → ")
        out.append(arrow + _name(s.role))
    return "".join(out)


@app.command()
def chain(
    role: str = typer.Argument(..., help="Role title (as written or normalised) or role key."),
    org: str | None = typer.Option(None, "--org", "-o", help=ORG_HELP),
    down: bool = typer.Option(False, "--down", help="Show the tree below the role instead."),
    dotted: bool = typer.Option(False, "--dotted", help=DOTTED_HELP),
    max_depth: int | None = typer.Option(
        None, "--max-depth", min=1, help="With --down: show at most this many levels."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The chain of command from ROLE up to the top (one chain per superior), or with
    --down the roles below it with their depth. Cycles are shown, not followed."""
    with graph() as g:
        try:
            if down:
                tree = chains.chain_down(g, role, org=org, dotted=dotted, max_depth=max_depth)
            else:
                up = chains.chain_up(g, role, org=org, dotted=dotted)
        except Ambiguous as e:
            raise _with_org_hint(e) from e
    if down:
        if as_json:
            _echo_json(tree.to_dict())
            return
        console.print(f"[bold]{_name(tree.role)}[/bold] ({escape(tree.role.org)})")
        if not tree.rows:
            console.print("  no one reports to this role")
        for row in tree.rows:
            line = "┈ " if row.kind == "dotted" else "└ "
            also = ""
            if row.also_under:
                also = "  (also under " + ", ".join(escape(k) for k in row.also_under) + ")"
            console.print(
                f"{'  ' * row.depth}{line}{_name(row.role)}  [dim]{row.depth}[/dim]{also}"
            )
        return
    if as_json:
        _echo_json(up.to_dict())
        return
    console.print(f"[bold]{_name(up.role)}[/bold] ({escape(up.role.org)})")
    for i, c in enumerate(up.chains, 1):
        label = f"chain {i}: " if len(up.chains) > 1 else ""
        cyc = ""
        if c.cycle_to:
            cyc = f"  [red]cycle: back to {escape(c.cycle_to)}[/red]"
        console.print(f"  {label}{_steps(list(c.steps))}{cyc}")
    if len(up.chains) == 1 and len(up.chains[0].steps) == 1 and not up.chains[0].cycle_to:
        console.print("  no superior: top of its chain")
    if up.truncated:
        console.print(f"  [yellow]only the first {len(up.chains)} chains are shown[/yellow]")
    console.print("[dim]* named as a superior or recipient, not described by any source[/dim]")


@app.command()
def span(
    role: str | None = typer.Argument(None, help="One role; omit to list every role with reports."),
    org: str | None = typer.Option(None, "--org", "-o", help=ORG_HELP),
    dotted: bool = typer.Option(False, "--dotted", help=DOTTED_HELP),
    top: int = typer.Option(20, "--top", "-n", min=1, help="How many roles to list."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Span of control: direct reports and all roles below, widest first."""
    with graph() as g:
        try:
            spans = chains.span_of_control(g, org=org, role=role, dotted=dotted)
        except Ambiguous as e:
            raise _with_org_hint(e) from e
    spans = spans[:top]
    if as_json:
        _echo_json([s.to_dict() for s in spans])
        return
    if not spans:
        console.print("no role has reports")
    for s in spans:
        console.print(
            f"{s.direct:>5} direct {s.below:>7} below  {_name(s.role)} ({escape(s.role.org)})"
        )


@app.command()
def depth(
    org: str | None = typer.Option(None, "--org", "-o", help="Only this organisation."),
    dotted: bool = typer.Option(False, "--dotted", help=DOTTED_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Per organisation: number of roles and reporting lines, depth (levels), the roots
    (roles with no superior) and cycles."""
    with graph() as g:
        shapes = chains.org_shapes(g, org=org, dotted=dotted)
    if as_json:
        _echo_json([s.to_dict() for s in shapes])
        return
    if not shapes:
        console.print("no organisation has roles")
    for s in shapes:
        roots = ", ".join(_name(r) for r in s.roots[:8])
        more = f" and {len(s.roots) - 8} more" if len(s.roots) > 8 else ""
        cycles = f", [red]{s.cycles} cycles[/red]" if s.cycles else ""
        console.print(
            f"[bold]{escape(s.name)}[/bold]: {s.roles} roles, {s.lines} lines, "
            f"depth {s.depth}{cycles}; roots: {roots}{more}"
        )


@app.command("common-superior")
def common_superior(
    a: str = typer.Argument(..., help="First role (title or key)."),
    b: str = typer.Argument(..., help="Second role (title or key)."),
    org: str | None = typer.Option(None, "--org", "-o", help=ORG_HELP),
    dotted: bool = typer.Option(False, "--dotted", help=DOTTED_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The lowest role both A and B report to, and the path between them through it."""
    with graph() as g:
        try:
            found = chains.common_superior(g, a, b, org=org, dotted=dotted)
        except Ambiguous as e:
            raise _with_org_hint(e) from e
    if as_json:
        _echo_json(found.to_dict())
        return
    if not found.superiors:
        console.print(f"{_name(found.a)} and {_name(found.b)} have no common superior")
        return
    names = ", ".join(_name(r) for r in found.superiors)
    console.print(f"lowest common superior: [bold]{names}[/bold]")
    console.print("path: " + " — ".join(_name(r) for r in found.path))
