"""`kb export` dumps load back into the same graph; awkward names survive the trip."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.export import dumps, restore
from ingest.load import load_document, load_paths
from ingest.records import Document, Role, Unit
from kb.graph import Graph

from .helpers import q, sample_document, snapshot

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"


def test_json_and_csv_dumps_round_trip(graph: Graph, tmp_path: Path) -> None:
    load_document(graph, sample_document(), source="sales.txt", content_hash="h1")
    load_paths(graph, [EXAMPLES / "roles.csv", EXAMPLES / "org.yaml"])
    before = snapshot(graph, ignore=())
    for fmt in ("json", "csv"):
        path = tmp_path / f"dump.{fmt}"
        path.write_text(dumps(graph, fmt), encoding="utf-8")
        graph.write("clear_graph")
        restored = restore(graph, path)
        assert restored.rels_created == len(before[1])
        assert snapshot(graph, ignore=()) == before
        assert dumps(graph, fmt) == path.read_text(encoding="utf-8")
    # The restored sources keep their hashes: the original file is recognised as unchanged.
    again = load_paths(graph, [EXAMPLES / "roles.csv"])
    assert again.results[0].status == "unchanged"


def test_a_dump_is_loaded_by_ingest(graph: Graph, tmp_path: Path) -> None:
    load_document(graph, sample_document(), source="sales.txt")
    before = snapshot(graph, ignore=())
    (tmp_path / "g.json").write_text(dumps(graph), encoding="utf-8")
    graph.write("clear_graph")
    summary = load_paths(graph, [tmp_path / "g.json"])
    assert summary.results[0].status == "restored"
    assert snapshot(graph, ignore=()) == before


PIECES = [*"'\"`{}[]()$\\/:;,.#% \t-_\n经理部", "CALL", "MERGE", "MATCH (n)", "RETURN",
          "}) DETACH DELETE n //", "${x}", "`Role`"]  # fmt: skip
NASTY = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(role=NASTY, boss=NASTY, duty=NASTY, org=NASTY)
def test_names_with_quotes_and_keywords_round_trip(
    graph: Graph, role: str, boss: str, duty: str, org: str
) -> None:
    from kb.names import norm_name, norm_text

    graph.write("clear_graph")
    if not (norm_name(role) and norm_name(boss) and norm_text(duty) and norm_name(org)):
        return
    doc = Document(source="x", units=[Unit(title="t", organization=org, roles=[
        Role(name=role, reports_to=[boss], duties=[duty], evidence=[(0, 1)])])])  # fmt: skip
    load_document(graph, doc, source="x.txt")
    rows = q(
        graph,
        "MATCH (r:Role {referenced_only: false})-[:RESPONSIBLE_FOR]->(d:Duty) "
        "MATCH (r)-[:IN]->(o:Organization) RETURN r.name AS r, d.text AS d, o.name AS o",
    )
    assert rows == [{"r": role.strip(), "d": duty.strip(), "o": org.strip()}]
    if norm_name(boss) != norm_name(role):
        names = q(graph, "MATCH (:Role)-[:REPORTS_TO]->(b) RETURN b.name AS b")
        assert names == [{"b": boss.strip()}]
    before = snapshot(graph, ignore=())
    text = dumps(graph)
    graph.write("clear_graph")
    path = Path("/tmp") / f"orgkb-rt-{abs(hash(text))}.json"
    path.write_text(text, encoding="utf-8")
    try:
        restore(graph, path)
    finally:
        path.unlink()
    assert snapshot(graph, ignore=()) == before
