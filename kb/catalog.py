"""The Cypher catalog: every query is a file in `cypher/`, loaded here by name."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kb.errors import QueryError

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@cache
def query(name: str) -> str:
    """The text of `cypher/<name>.cypher`."""
    if not _NAME.match(name):
        raise QueryError(f"invalid query name {name!r}")
    path = resources.files("kb.cypher") / f"{name}.cypher"
    if not path.is_file():
        raise QueryError(f"no query named {name!r} in cypher/")
    return path.read_text(encoding="utf-8")


def names() -> list[str]:
    """Every query in the catalog."""
    return sorted(
        p.name.removesuffix(".cypher")
        for p in resources.files("kb.cypher").iterdir()
        if p.name.endswith(".cypher")
    )


@cache
def statements(name: str) -> tuple[str, ...]:
    """A multi-statement file (such as `schema`) split on `;`, comments removed."""
    lines = [ln for ln in query(name).splitlines() if not ln.lstrip().startswith("//")]
    return tuple(s.strip() for s in "\n".join(lines).split(";") if s.strip())
