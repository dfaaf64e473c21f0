"""The command line as a whole: every command explains itself, errors are one line."""

from __future__ import annotations

from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kb.cli import app

from .conftest import kb


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    # typer carries its own copy of click, so go by shape rather than by class
    found: list[tuple[tuple[str, ...], Any]] = []
    for name, cmd in group.commands.items():
        path = (*prefix, name)
        found.append((path, cmd))
        if hasattr(cmd, "commands"):
            found.extend(_commands(cmd, path))
    return found


COMMANDS = _commands(get_command(app))


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_and_option_has_help(path: tuple[str, ...], command: Any) -> None:
    assert command.help, f"`kb {' '.join(path)}` has no help text"
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"option {param.opts} of `kb {' '.join(path)}` has no help text"
    shown = CliRunner().invoke(app, [*path, "--help"])
    assert shown.exit_code == 0, shown.output


def test_library_errors_become_one_line_messages(tmp_path) -> None:
    env = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "whatever-password", "PATH": ""}
    done = kb("up", env=env)
    assert done.returncode == 1
    assert done.stderr.startswith("error: Neo4j is not reachable at bolt://127.0.0.1:1")
    assert "Traceback" not in done.stderr
    assert "whatever-password" not in done.stderr + done.stdout


def test_usage_errors_are_explained_without_traceback() -> None:
    missing = kb("chain")
    assert missing.returncode == 2
    assert "Missing argument" in missing.stderr or "Missing parameter" in missing.stderr
    assert "Traceback" not in missing.stderr
    unknown = kb("neo4j", "bogus")
    assert unknown.returncode == 2
    assert "No such command" in unknown.stderr
