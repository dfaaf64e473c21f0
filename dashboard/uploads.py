"""Uploaded files: kept on disk (the Sources page reads them again), then previewed and loaded."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from kb.graph import Graph

_UNSAFE = re.compile(r"[^\w.\-\u3400-\u9fff]+")


class Upload(Protocol):
    name: str

    def getvalue(self) -> bytes: ...


def upload_dir() -> Path:
    """Where uploads are kept: ORGKB_UPLOAD_DIR, else the user's data folder."""
    base = os.environ.get("ORGKB_UPLOAD_DIR")
    if base:
        return Path(base)
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share")
    return data_home / "orgkb" / "uploads"


def safe_name(name: str) -> str:
    """A file name without folders or characters a file system may refuse."""
    stem = _UNSAFE.sub("_", Path(name).name).strip("._") or "upload"
    return stem[:120]


def save(files: Iterable[Upload], folder: Path | None = None) -> list[Path]:
    """Write the uploaded files to `folder` (same name: replaced, as a reloaded source)."""
    folder = folder or upload_dir()
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for f in files:
        path = folder / safe_name(f.name)
        path.write_bytes(f.getvalue())
        out.append(path.resolve())
    return out


def preview(paths: list[Path], org: str | None) -> list[dict[str, Any]]:
    """What loading would state, file by file (a dry run: nothing is written)."""
    from ingest.load import load_paths

    summary = load_paths(None, paths, org=org, dry_run=True)
    return [_row(r) for r in summary.results]


def load(
    g: Graph,
    paths: list[Path],
    org: str | None,
    on_progress: Callable[[int, int, Any], None] | None = None,
) -> list[dict[str, Any]]:
    """Load the files into the graph; one row per file with what it did."""
    from ingest.load import load_paths

    summary = load_paths(g, paths, org=org, on_progress=on_progress)
    return [_row(r) for r in summary.results]


def _row(r: Any) -> dict[str, Any]:
    return {
        "source": Path(r.source).name,
        "status": r.status,
        "nodes": r.nodes_created,
        "relationships": r.rels_created,
        "removed": r.nodes_removed + r.rels_removed,
        "note": r.reason or "; ".join(r.warnings[:3]),
    }
