"""The plain functions behind the pages: what a click selects, how the tree is built,
spans, exports and the UI strings. No Streamlit, no server."""

from __future__ import annotations

import io
import re

import openpyxl
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from dashboard import explorer, orgchart, provenance, responsibility
from dashboard.data import lucene_escape
from dashboard.i18n import STRINGS

ROLES = pd.DataFrame(
    [
        ("o/ceo", "总经理", None, False),
        ("o/a", "甲经理", "甲部", False),
        ("o/b", "乙经理", "乙部", False),
        ("o/c", "丙专员", "甲部", False),
        ("o/x", "循环一", None, False),
        ("o/y", "循环二", None, True),
    ],
    columns=["key", "name", "department", "referenced_only"],
)
LINES = pd.DataFrame(
    [
        ("o/a", "o/ceo", "solid"),
        ("o/b", "o/ceo", "solid"),
        ("o/c", "o/b", "solid"),  # two superiors: 乙经理 and 甲经理
        ("o/c", "o/a", "solid"),
        ("o/c", "o/ceo", "dotted"),
        ("o/x", "o/y", "solid"),  # a cycle
        ("o/y", "o/x", "solid"),
    ],
    columns=["sub", "sup", "kind"],
)


def test_tree_parent_is_the_first_solid_superior_and_cycles_are_cut() -> None:
    parent = orgchart.tree_parents(ROLES, LINES)
    assert parent["o/c"] == "o/b"  # 乙经理 sorts before 甲经理 (code points)
    assert parent["o/a"] == parent["o/b"] == "o/ceo"
    assert ("o/x" in parent) != ("o/y" in parent)  # one line of the cycle is drawn


def _preorder(node: dict, out: list) -> list:
    out.append(node["value"] or None)
    for child in node.get("children", []):
        _preorder(child, out)
    return out


def test_order_is_the_preorder_echarts_numbers_nodes_in() -> None:
    tree = orgchart.build("公司", ROLES, LINES, {"o/c": ["两个上级"]})
    root = tree.spec["series"][0]["data"][0]
    # ECharts puts a virtual root at index 0, then the data in pre-order
    assert tree.order == [None, *_preorder(root, [])]
    assert sorted(k for k in tree.order if k) == sorted(ROLES["key"])
    c_index = tree.order.index("o/c")
    selection = {"selected": [{"series_index": 0, "data_type": "main", "data_indices": [c_index]}]}
    assert orgchart.selected_role(selection, tree.order) == "o/c"
    assert orgchart.selected_role({"selected": []}, tree.order) is None
    assert orgchart.selected_role(None, tree.order) is None
    root_click = {"selected": [{"data_indices": [1]}]}
    assert orgchart.selected_role(root_click, tree.order) is None


def test_badges_colours_and_focus() -> None:
    tree = orgchart.build("公司", ROLES, LINES, {"o/c": ["两个上级"]})
    flat: dict[str, dict] = {}

    def walk(n: dict) -> None:
        flat[n["value"]] = n
        for ch in n.get("children", []):
            walk(ch)

    walk(tree.spec["series"][0]["data"][0])
    assert flat["o/c"]["name"] == "丙专员 ⚠1"
    assert flat["o/c"]["itemStyle"]["borderColor"] == orgchart.FINDING_BORDER
    assert flat["o/a"]["itemStyle"]["color"] == flat["o/c"]["itemStyle"]["color"]  # same dept
    assert flat["o/a"]["itemStyle"]["color"] != flat["o/b"]["itemStyle"]["color"]
    focused = orgchart.build("公司", ROLES, LINES, focus="o/b")
    assert [k for k in focused.order if k] == ["o/ceo", "o/b", "o/c"]  # no 甲经理


def test_large_trees_open_only_the_first_levels() -> None:
    n = orgchart.EXPAND_ALL_BELOW + 20
    roles = pd.DataFrame(
        [(f"o/{i}", f"岗位{i}", None, False) for i in range(n)],
        columns=["key", "name", "department", "referenced_only"],
    )
    lines = pd.DataFrame(
        [(f"o/{i}", f"o/{(i - 1) // 3}", "solid") for i in range(1, n)],
        columns=["sub", "sup", "kind"],
    )
    tree = orgchart.build("公司", roles, lines)
    top = tree.spec["series"][0]["data"][0]["children"][0]  # level 1
    level2 = top["children"][0]
    assert not top["collapsed"] and level2["collapsed"]
    assert orgchart.chart_height(tree) < orgchart.chart_height(
        orgchart.build("公司", roles, lines, depth=30)
    )


def test_explorer_expands_once_and_maps_clicks_to_nodes() -> None:
    state = explorer.new({"id": "1", "label": "Role", "name": "总经理", "key": "o/ceo", "org": "o"})
    neighbours = [
        {"id": "2", "label": "Role", "name": "甲经理", "key": "o/a", "org": "o",
         "type": "REPORTS_TO", "outgoing": False},
        {"id": "3", "label": "Duty", "name": "全面负责", "key": "o/ceo#1", "org": "o",
         "type": "RESPONSIBLE_FOR", "outgoing": True},
    ]  # fmt: skip
    assert explorer.expand(state, "1", neighbours) == 2
    assert explorer.expand(state, "1", neighbours) == 0
    assert state["links"] == [("2", "1", "REPORTS_TO"), ("1", "3", "RESPONSIBLE_FOR")]
    spec = explorer.spec(state)
    assert [d["id"] for d in spec["series"][0]["data"]] == ["1", "2", "3"]
    click = {"selected": [{"data_type": "node", "data_indices": [2]}]}
    assert explorer.clicked(click, state) == "3"
    assert (
        explorer.clicked({"selected": [{"data_type": "edge", "data_indices": [0]}]}, state) is None
    )


def test_snippet_marks_the_span_with_context() -> None:
    text = "第一段。\n直接上级：总经理\n1、编制年度财务预算；2、其他。"
    start = text.index("编制年度财务预算")
    snip = provenance.snippet(text, start, start + 8)
    assert "【编制年度财务预算】" in snip and "\n" not in snip
    assert provenance.snippet(text, None, None) == ""
    assert provenance.snippet(text, 5, 500) == ""  # a span outside the text shows nothing


def test_highlight_escapes_html_and_merges_overlaps() -> None:
    html = provenance.highlight_html("<b>甲乙丙丁</b>", [(3, 5), (4, 6), (0, 0)])
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert html.count("<mark>") == 1 and "<mark>甲乙丙</mark>" in html


def test_tables_cut_long_cells_and_leave_the_rest() -> None:
    df = pd.DataFrame({"message": ["短", "长" * 1000], "n": [1, 2]})
    shown = responsibility.shortened(df, limit=10)
    assert list(shown["message"]) == ["短", "长" * 10 + "…"]
    assert list(shown["n"]) == [1, 2]
    assert df.loc[1, "message"] == "长" * 1000  # the frame exported stays whole


def test_exports_keep_chinese_and_every_finding() -> None:
    found = pd.DataFrame(
        [{"type": "duplicate_duty", "severity": "warning", "organization": "公司",
          "subjects": [{"kind": "role", "key": "o/a", "name": "甲经理"}],
          "message": "职责「制定计划」重复", "details": {},
          "evidence": [{"source": "a.txt", "start": 3, "end": 7, "text": "制定计划"}]}]
    )  # fmt: skip
    flat = responsibility.export_frame(found)
    assert flat.loc[0, "subjects"] == "role:甲经理"
    assert flat.loc[0, "evidence"] == "a.txt[3:7] “制定计划”"
    csv = responsibility.to_csv(flat).decode("utf-8-sig")
    assert "职责「制定计划」重复" in csv
    book = openpyxl.load_workbook(io.BytesIO(responsibility.to_xlsx(flat)))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == "type" and rows[1][5] == "职责「制定计划」重复"


def test_every_ui_string_exists_in_both_languages_with_the_same_fields() -> None:
    for key, (zh, en) in STRINGS.items():
        assert zh.strip() and en.strip(), key
        assert set(re.findall(r"{(\w+)}", zh)) == set(re.findall(r"{(\w+)}", en)), key


@given(st.text(max_size=30))
def test_lucene_escape_leaves_no_operator_unescaped(text: str) -> None:
    escaped = lucene_escape(text)
    unescaped = re.sub(r"\\.", "", escaped)
    assert not re.search(r'[+\-!(){}\[\]^"~*?:/]', unescaped)
