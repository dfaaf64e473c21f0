"""Loading records into the graph: one write transaction per source, replace-on-change.

A load stamps every relationship it merges (facts and MENTIONS) with a fresh id; after
merging, the source's relationships with another stamp are the facts it no longer states
and are deleted, then the nodes no source mentions any more. All of it happens inside one
`Graph.write_tx`, so a failure leaves the previous version of the source in place.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from neo4j import ManagedTransaction

from ingest.facts import NODE_GROUPS, REL_GROUPS, Facts, Holder, build_facts
from ingest.records import Department as RecordDepartment
from ingest.records import Document, Role, Unit
from kb import catalog
from kb.errors import InputError, NotFound
from kb.graph import Graph, batches

BATCH = 2000
COUNT_FIELDS = (
    "nodes_created",
    "nodes_updated",
    "nodes_removed",
    "rels_created",
    "rels_updated",
    "rels_removed",
)


@dataclass
class LoadResult:
    """What one source did to the graph.

    `status`: loaded (new source), replaced (changed source), unchanged, removed, planned
    (dry run) or skipped. Relationship counts include the MENTIONS of provenance."""

    source: str
    status: str = "loaded"
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_removed: int = 0
    rels_created: int = 0
    rels_updated: int = 0
    rels_removed: int = 0
    warnings: list[str] = field(default_factory=list)
    reason: str | None = None

    @property
    def changed(self) -> bool:
        return any(getattr(self, f) for f in COUNT_FIELDS)

    def add_counters(self, counters: Any) -> None:
        self.nodes_created += counters.nodes_created
        self.nodes_removed += counters.nodes_deleted
        self.rels_created += counters.relationships_created
        self.rels_removed += counters.relationships_deleted

    def add_rows(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self.nodes_updated += int(row.get("nodes_updated") or 0)
            self.rels_updated += int(row.get("rels_updated") or 0)


@dataclass
class LoadSummary:
    """What a `load_paths` run did, file by file and in total."""

    results: list[LoadResult] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len(self.results)

    @property
    def skipped(self) -> list[LoadResult]:
        return [r for r in self.results if r.status == "skipped"]

    @property
    def failed(self) -> list[LoadResult]:
        """Files rejected because they could not be read or did not validate."""
        return [r for r in self.skipped if r.reason and not r.reason.startswith("not ")]

    def total(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.results)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


# --- hashing and stamps -----------------------------------------------------------------


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _run(tx: ManagedTransaction, name: str, result: LoadResult, **params: Any) -> list[dict]:
    """Run a catalog query, adding its counters and `*_updated` columns to `result`."""
    res = tx.run(catalog.query(name), params)
    rows = [r.data() for r in res]
    result.add_counters(res.consume().counters)
    result.add_rows(rows)
    return rows


# --- writing facts ----------------------------------------------------------------------


def write_facts(
    tx: ManagedTransaction,
    facts: Facts,
    *,
    source: str,
    stamp: str,
    result: LoadResult,
    batch: int = BATCH,
) -> None:
    """Merge every node and relationship row of `facts` under `stamp` (no removal)."""
    for group in (*NODE_GROUPS, *REL_GROUPS):
        for chunk in batches(facts.rows(group), batch):
            _run(tx, f"load_{group}", result, rows=chunk, source=source, stamp=stamp)


def remove_stale(
    tx: ManagedTransaction, *, source: str, stamp: str, result: LoadResult, roles: list[str]
) -> None:
    """Delete what `source` stated before but not under `stamp`, then nodes nobody mentions."""
    _run(tx, "remove_stale_facts", result, source=source, stamp=stamp)
    lost = _run(tx, "remove_stale_mentions", result, source=source, stamp=stamp)[0]
    if lost["ids"]:
        _run(tx, "remove_orphans", result, ids=lost["ids"])
    keys = sorted(set(lost["roles"]) | set(roles))
    for chunk in batches(({"k": k} for k in keys), BATCH * 5):
        changed = _run(tx, "load_referenced_only", result, keys=[r["k"] for r in chunk])
        result.nodes_updated += sum(int(r["changed"]) for r in changed)


def _department_lookup(tx: ManagedTransaction) -> Callable[[list[str]], set[str]]:
    def exists(keys: list[str]) -> set[str]:
        rows = [r.data() for r in tx.run(catalog.query("load_find_departments"), {"keys": keys})]
        return set(rows[0]["keys"]) if rows else set()

    return exists


def _load(
    graph: Graph,
    doc: Document,
    *,
    source: str,
    content_hash: str | None,
    org: str | None,
    kind: str,
    holders: Sequence[Holder] = (),
) -> LoadResult:
    default_org = Path(source).stem or source

    def work(tx: ManagedTransaction) -> LoadResult:
        result = LoadResult(source)
        rows = [r.data() for r in tx.run(catalog.query("load_find_source"), {"source": source})]
        if rows:
            if content_hash is not None and rows[0]["hash"] == content_hash:
                result.status = "unchanged"
                return result
            result.status = "replaced"
        facts = build_facts(doc, default_org=default_org, org=org, holders=holders,
                            department_exists=_department_lookup(tx))  # fmt: skip
        result.warnings = list(facts.warnings)
        stamp = uuid.uuid4().hex
        _run(tx, "load_source", result, source=source, kind=kind, hash=content_hash,
             loaded_at=_now())  # fmt: skip
        write_facts(tx, facts, source=source, stamp=stamp, result=result)
        remove_stale(tx, source=source, stamp=stamp, result=result, roles=facts.role_keys())
        return result

    return graph.write_tx(work)


def load_document(
    graph: Graph,
    doc: Document,
    *,
    source: str,
    content_hash: str | None = None,
    org: str | None = None,
    kind: str = "document",
) -> LoadResult:
    """Load one document's records as source `source`, in one write transaction.

    With `content_hash` equal to the stored one, nothing happens (status `unchanged`).
    Otherwise the source's facts are replaced by the document's: facts other sources
    state stay. Without a hash, the document is always (re)loaded."""
    return _load(graph, doc, source=source, content_hash=content_hash, org=org, kind=kind)


def load_table(
    graph: Graph,
    doc: Document,
    holders: Sequence[Holder],
    *,
    source: str,
    content_hash: str | None = None,
    org: str | None = None,
) -> LoadResult:
    """Load a structured file read by `ingest.tables` (records plus role holders)."""
    return _load(graph, doc, source=source, content_hash=content_hash, org=org, kind="table",
                 holders=holders)  # fmt: skip


def remove_source(graph: Graph, source: str) -> LoadResult:
    """Take a source's facts out of the graph, and the nodes no other source mentions."""

    def work(tx: ManagedTransaction) -> LoadResult:
        result = LoadResult(source, status="removed")
        if not [r for r in tx.run(catalog.query("load_find_source"), {"source": source})]:
            raise NotFound(f"no source {source!r} in the graph (see `kb export` for the list)")
        remove_stale(tx, source=source, stamp=uuid.uuid4().hex, result=result, roles=[])
        _run(tx, "remove_source_node", result, source=source)
        return result

    return graph.write_tx(work)


def load_stream(
    graph: Graph,
    roles: Iterable[Role],
    *,
    source: str,
    org: str,
    departments: Iterable[RecordDepartment] = (),
    batch_roles: int = 2000,
    content_hash: str | None = None,
    on_batch: Callable[[LoadResult], None] | None = None,
) -> LoadResult:
    """The bulk path: one huge source streamed in batches, ONE TRANSACTION PER BATCH.

    For generated or exported data too big for one transaction. Each batch of roles is
    merged in its own write transaction (so memory stays flat); the facts the source
    stated before and no longer states are removed at the end, and the source's hash is
    written last, so an interrupted bulk load is simply loaded again. Unlike
    `load_document`, a failure part-way leaves the batches already written in place."""
    stamp = uuid.uuid4().hex
    total = LoadResult(source)

    def begin(tx: ManagedTransaction) -> None:
        if [r for r in tx.run(catalog.query("load_find_source"), {"source": source})]:
            total.status = "replaced"
        _run(tx, "load_source", total, source=source, kind="document", hash=None,
             loaded_at=_now())  # fmt: skip

    graph.write_tx(begin)

    def write_batch(unit: Unit) -> None:
        def work(tx: ManagedTransaction) -> LoadResult:
            part = LoadResult(source)
            facts = build_facts(Document(source=source, units=[unit]), default_org=org,
                                department_exists=_department_lookup(tx))  # fmt: skip
            write_facts(tx, facts, source=source, stamp=stamp, result=part, batch=BATCH * 5)
            return part

        part = graph.write_tx(work)
        for f in COUNT_FIELDS:
            setattr(total, f, getattr(total, f) + getattr(part, f))
        if on_batch:
            on_batch(part)

    # The departments go with every batch, so that no batch places them anew.
    depts = list(departments)
    write_batch(Unit(title=org, organization=org, departments=depts))
    chunk: list[Role] = []
    for role in roles:
        chunk.append(role)
        if len(chunk) >= batch_roles:
            write_batch(Unit(title=org, organization=org, departments=depts, roles=chunk))
            chunk = []
    if chunk:
        write_batch(Unit(title=org, organization=org, departments=depts, roles=chunk))

    def finish(tx: ManagedTransaction) -> None:
        if total.status == "replaced":
            remove_stale(tx, source=source, stamp=stamp, result=total, roles=[])
        _run(tx, "load_source", total, source=source, kind="document", hash=content_hash,
             loaded_at=_now())  # fmt: skip

    graph.write_tx(finish)
    return total


def plan_document(
    doc: Document, *, source: str, org: str | None = None, holders: Sequence[Holder] = ()
) -> LoadResult:
    """What loading `doc` would state, without a graph (dry run): counts of nodes and
    relationships, in `nodes_created` / `rels_created`."""
    facts = build_facts(doc, default_org=Path(source).stem or source, org=org, holders=holders)
    nodes, rels = facts.counts()
    return LoadResult(source, status="planned", nodes_created=nodes, rels_created=rels,
                      warnings=list(facts.warnings))  # fmt: skip


# --- files ------------------------------------------------------------------------------

TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx", ".yaml", ".yml"})
RECORD_SUFFIXES = frozenset({".json"})


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the files inside folders named (sorted, hidden ones left out)."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in f.relative_to(path).parts)
                if f.is_file() and not hidden:
                    out.append(f)
        else:
            out.append(path)
    return out


def _skip_reason(path: Path) -> str | None:
    from ingest.read import DOCUMENT_SUFFIXES

    if not path.exists():
        return "no such file"
    if path.stem.upper() == "README":
        return "not loaded: a README describes the folder"
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES | TABLE_SUFFIXES | RECORD_SUFFIXES:
        return f"not a document or table ({suffix or 'no suffix'})"
    return None


def read_records(path: Path) -> Document:
    """A JSON file of extraction records (the output of `kb extract --json`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: not a JSON file of extraction records ({e})") from e
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict) or "units" not in data:
        raise InputError(f"{path}: not extraction records (no `units`)")
    return Document.from_dict(data)


def _extract(path: Path) -> Document:
    from ingest.extract import extract_file

    return extract_file(path)


def load_paths(
    graph: Graph | None,
    paths: Iterable[str | Path],
    *,
    org: str | None = None,
    dry_run: bool = False,
    on_progress: Callable[[int, int, LoadResult], None] | None = None,
) -> LoadSummary:
    """Load files and folders: documents through extraction, tables through their readers.

    A file that cannot be read or does not validate is skipped with its reason and loads
    nothing; the others still load. With `dry_run` nothing is written (graph may be None).
    Neo4j errors stop the run (raised); sources already loaded stay loaded."""
    from ingest import tables

    files = expand_paths(paths)
    summary = LoadSummary()
    for i, path in enumerate(files):
        source = path.as_posix()
        reason = _skip_reason(path)
        if reason:
            result = LoadResult(source, status="skipped", reason=reason)
        else:
            try:
                result = _load_file(graph, path, source=source, org=org, dry_run=dry_run,
                                    tables=tables)  # fmt: skip
            except InputError as e:
                result = LoadResult(source, status="skipped", reason=str(e))
        summary.results.append(result)
        if on_progress:
            on_progress(i + 1, len(files), result)
    return summary


def _load_file(
    graph: Graph | None, path: Path, *, source: str, org: str | None, dry_run: bool, tables: Any
) -> LoadResult:
    from ingest import export

    suffix = path.suffix.lower()
    if suffix in (".json", ".csv") and export.is_dump(path):
        if dry_run or graph is None:
            nodes, rels = export.read_dump(path)
            return LoadResult(source, status="planned", nodes_created=len(nodes),
                              rels_created=len(rels))  # fmt: skip
        return export.restore(graph, path)
    content_hash = hash_file(path)
    holders: list[Holder] = []
    if suffix in TABLE_SUFFIXES:
        doc, holders = tables.read_table(path)
        kind = "table"
    elif suffix in RECORD_SUFFIXES:
        doc, kind = read_records(path), "document"
    else:
        doc, kind = _extract(path), "document"
    if dry_run or graph is None:
        return plan_document(doc, source=source, org=org, holders=holders)
    return _load(graph, doc, source=source, content_hash=content_hash, org=org, kind=kind,
                 holders=holders)  # fmt: skip
