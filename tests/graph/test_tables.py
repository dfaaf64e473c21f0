"""Structured inputs: recognised by header, validated with row numbers, loaded as tables."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ingest.load import load_paths
from ingest.tables import read_table
from kb.errors import InputError
from kb.graph import Graph

from .helpers import q

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_roles_table_gives_roles_lines_headcounts_holders(tmp_path: Path) -> None:
    p = write(tmp_path, "r.csv", "组织,部门,岗位,直接上级,编制,任职人\n"
              "甲,销售部,销售经理,营销总监,1,张三\n甲,销售部,销售专员,销售经理,3,\n")  # fmt: skip
    doc, holders = read_table(p)
    (unit,) = doc.units
    assert unit.organization == "甲"
    assert [(r.name, r.reports_to, r.headcount, r.evidence) for r in unit.roles] == [
        ("销售经理", ["营销总监"], 1, [(2, 2)]),
        ("销售专员", ["销售经理"], 3, [(3, 3)]),
    ]
    assert [(h.person, h.role, h.span) for h in holders] == [("张三", "销售经理", (2, 2))]


def test_duty_owner_that_is_a_department_gets_a_department_duty(tmp_path: Path) -> None:
    p = write(tmp_path, "d.csv", "owner,duty\n市场部,负责品牌推广\n市场经理,制定推广计划\n")
    (unit,) = read_table(p)[0].units
    assert [d.name for d in unit.departments] == ["市场部"]
    assert [r.name for r in unit.roles] == ["市场经理"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("role,headcount\n经理,两个\n", "r.csv, row 2: headcount '两个' is not a whole number"),
        ("role,reports_to\n经理,总监\n总监,总监\n", "r.csv, row 3: '总监' reports to itself"),
        ("owner,duty\n经理,\n", "r.csv, row 2: the duty is empty"),
        ("name,parent\n销售部,销售部\n", "r.csv, row 2: '销售部' is its own parent"),
        ("who,what\n经理,x\n", "r.csv, row 1: header ['who', 'what'] is not a known table"),
        ("role,colour\n经理,red\n", "r.csv, row 1: unknown column(s) ['colour']"),
        ('role,headcount\n"经理,1\n', "r.csv: not a well-formed CSV file"),
        ("role,headcount\n经理,1,extra\n", "r.csv, row 2: 3 cells but the header has 2"),
    ],
)
def test_validation_errors_name_the_row(tmp_path: Path, text: str, expected: str) -> None:
    p = write(tmp_path, "r.csv", text)
    with pytest.raises(InputError) as e:
        read_table(p)
    assert expected in str(e.value)
    assert "nothing loaded" in str(e.value) or "not a well-formed" in str(e.value)


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    p = write(tmp_path, "r.csv", "role,headcount\n经理,x\n,1\n主管,-2\n")
    with pytest.raises(InputError) as e:
        read_table(p)
    msg = str(e.value)
    assert "3 problem(s)" in msg and "row 2" in msg and "row 3" in msg and "row 4" in msg


def test_legacy_encodings_and_bad_bytes(tmp_path: Path) -> None:
    gbk = write(tmp_path, "g.csv", "role,reports_to\n销售经理,营销总监\n", "gb18030")
    assert read_table(gbk)[0].units[0].roles[0].reports_to == ["营销总监"]
    bad = tmp_path / "b.csv"
    bad.write_bytes(b"role\n\xff\xfe\xfa\x80\x81\n")
    with pytest.raises(InputError, match="encoding not recognised"):
        read_table(bad)
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(InputError, match="binary data"):
        read_table(binary)


def test_xlsx_sheets_and_yaml_lines(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["role", "headcount"])
    ws.append(["经理", 2.0])
    bad = book.create_sheet("kpis")
    bad.append(["owner", "kpi"])
    bad.append(["经理", None])
    path = tmp_path / "o.xlsx"
    book.save(path)
    with pytest.raises(InputError, match=r"o.xlsx, sheet kpis, row 2: the kpi is empty"):
        read_table(path)
    y = write(tmp_path, "o.yaml", "organization: 甲\nroles:\n  - role: 经理\n    headcount: 1\n"
              "  - role: 主管\n    reports_to: 主管\n")  # fmt: skip
    with pytest.raises(InputError, match=r"o.yaml, line 5: '主管' reports to itself"):
        read_table(y)


def test_a_file_with_errors_loads_nothing_and_others_still_load(
    graph: Graph, tmp_path: Path
) -> None:
    write(tmp_path, "a_bad.csv", "role,headcount\n经理,1\n主管,many\n")
    write(tmp_path, "b_good.csv", "organization,role,reports_to\n甲,主管,经理\n")
    summary = load_paths(graph, [tmp_path])
    assert [r.status for r in summary.results] == ["skipped", "loaded"]
    assert "row 3" in (summary.failed[0].reason or "")
    assert {r["k"] for r in q(graph, "MATCH (r:Role) RETURN r.key AS k")} == {"甲/主管", "甲/经理"}


def test_examples_load_with_row_provenance(graph: Graph) -> None:
    summary = load_paths(graph, [EXAMPLES / "roles.csv", EXAMPLES / "org.yaml"])
    assert [r.status for r in summary.results] == ["loaded", "loaded"]
    line = q(graph, "MATCH (:Role {key: '青禾科技/人事经理'})-[r:REPORTS_TO]->(b) "
             "RETURN b.key AS b, r.source AS s, r.start AS a, r.end AS e")  # fmt: skip
    assert line == [{"b": "青禾科技/运营总监", "s": (EXAMPLES / "roles.csv").as_posix(),
                     "a": 3, "e": 3}]  # fmt: skip
    holder = q(graph, "MATCH (p:Person)-[h:HOLDS]->(r:Role {key: '青禾科技/行政经理'}) "
               "RETURN p.name AS p, h.start AS line")  # fmt: skip
    assert holder == [{"p": "王芳", "line": 10}]  # `- role: 行政经理`
    kind = q(graph, "MATCH (s:Source) RETURN DISTINCT s.kind AS k")
    assert kind == [{"k": "table"}]
