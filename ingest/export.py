"""The graph as a dump (JSON or CSV) that `kb ingest` reads back into the same graph.

A dump holds every node (label, key, properties) and relationship (type, endpoints by
label and key, properties, provenance included), in a stable order. Loading a dump
restores it exactly: the Source nodes keep their hashes, so re-ingesting an original
document afterwards is still recognised as unchanged.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from neo4j import ManagedTransaction

from ingest.load import BATCH, LoadResult
from kb import catalog
from kb.errors import InputError
from kb.graph import Graph, batches

FORMAT = "orgkb-graph"
VERSION = 1
CSV_HEADER = [
    "record", "label", "key", "from_label", "from_key", "to_label", "to_key", "properties",
]  # fmt: skip


def _stream(tx: ManagedTransaction, name: str) -> Iterator[dict[str, Any]]:
    for record in tx.run(catalog.query(name)):
        yield record.data()


def export(graph: Graph, out: TextIO, fmt: str = "json") -> tuple[int, int]:
    """Write the whole graph to `out`; return (nodes, relationships) written."""
    if fmt not in ("json", "csv"):
        raise InputError(f"unknown export format {fmt!r} (json or csv)")

    def work(tx: ManagedTransaction) -> tuple[int, int]:
        nodes = _stream(tx, "export_nodes")
        if fmt == "json":
            return _write_json(out, nodes, lambda: _stream(tx, "export_relationships"))
        return _write_csv(out, nodes, lambda: _stream(tx, "export_relationships"))

    return graph.read_tx(work)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _write_json(out: TextIO, nodes: Iterator[dict], rels: Any) -> tuple[int, int]:
    # Written piece by piece so that a large graph never sits in memory as one object.
    out.write(f'{{"format": "{FORMAT}", "version": {VERSION},\n "nodes": [')
    n = 0
    for n, node in enumerate(nodes, start=1):
        out.write(("\n  " if n == 1 else ",\n  ") + _json(node))
    out.write('\n ],\n "relationships": [')
    m = 0
    for m, rel in enumerate(rels(), start=1):
        out.write(("\n  " if m == 1 else ",\n  ") + _json(rel))
    out.write("\n ]\n}\n")
    return n, m


def _write_csv(out: TextIO, nodes: Iterator[dict], rels: Any) -> tuple[int, int]:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_HEADER)
    n = m = 0
    for node in nodes:
        n += 1
        props = json.dumps(node["props"], ensure_ascii=False, sort_keys=True)
        w.writerow(["node", node["label"], node["key"], "", "", "", "", props])
    for rel in rels():
        m += 1
        props = json.dumps(rel["props"], ensure_ascii=False, sort_keys=True)
        w.writerow(["relationship", rel["type"], "", rel["from_label"], rel["from"],
                    rel["to_label"], rel["to"], props])  # fmt: skip
    return n, m


# --- reading a dump back ----------------------------------------------------------------


def is_dump(path: Path) -> bool:
    """Does the file start like a graph dump (JSON `format` field, or the CSV header)?"""
    try:
        with path.open("r", encoding="utf-8-sig") as f:
            head = f.read(200)
    except (OSError, UnicodeDecodeError):
        return False
    if path.suffix.lower() == ".json":
        return f'"format": "{FORMAT}"' in head.replace("\n", "")
    return head.startswith(",".join(CSV_HEADER))


def read_dump(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and relationships of a dump file."""
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            return list(data["nodes"]), list(data["relationships"])
        nodes, rels = [], []
        with path.open("r", encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            for i, row in enumerate(reader, start=2):
                props = json.loads(row["properties"] or "{}")
                if row["record"] == "node":
                    nodes.append({"label": row["label"], "key": row["key"], "props": props})
                elif row["record"] == "relationship":
                    rels.append({"type": row["label"], "from_label": row["from_label"],
                                 "from": row["from_key"], "to_label": row["to_label"],
                                 "to": row["to_key"], "props": props})  # fmt: skip
                else:
                    raise InputError(f"{path.name}, row {i}: unknown record {row['record']!r}")
        return nodes, rels
    except (KeyError, ValueError, TypeError) as e:
        raise InputError(f"{path.name}: not a readable orgkb graph dump ({e})") from e


def restore(graph: Graph, path: Path) -> LoadResult:
    """Load a dump in one write transaction (merged by key: restoring twice changes nothing)."""
    nodes, rels = read_dump(path)

    def work(tx: ManagedTransaction) -> LoadResult:
        result = LoadResult(path.as_posix(), status="restored")
        for name, rows in (("load_dump_nodes", nodes), ("load_dump_relationships", rels)):
            for chunk in batches(rows, BATCH):
                res = tx.run(catalog.query(name), {"rows": chunk})
                result.add_counters(res.consume().counters)
        return result

    return graph.write_tx(work)


def dumps(graph: Graph, fmt: str = "json") -> str:
    """The dump as a string (small graphs, tests)."""
    buf = io.StringIO()
    export(graph, buf, fmt)
    return buf.getvalue()
