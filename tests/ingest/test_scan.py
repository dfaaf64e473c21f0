"""Faster scans find exactly what the rules they replace find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract import _VALUE_END
from ingest.relations import _STRUCTURE_REACH, _STRUCTURE_WORDS, STRUCTURE_PATTERNS, _anchored
from ingest.scan import AfterChars, NearKey, trie_alt
from ingest.segment import (
    _DESCRIPTION_NEAR_KEY,
    _KEYWORD_NEAR_KEY,
    _NAMELESS_KEY,
    _NAMELESS_NEAR_KEY,
    _PROCESS_KEY,
    _SENTENCE_KEY,
    _SENTENCE_NEAR_KEY,
    BARE_HEADER,
    DESCRIPTION_HEADER,
    KEYWORD_HEADER,
    NAMELESS_HEADER,
    PROCESS_HEADING,
    SENTENCE_HEADER,
    _covered_by,
    _process_headings,
)

PIECES = [
    "销售部",
    "市场经理",
    "岗位职责",
    "负责",
    "职责包括:",
    "1、",
    "一、",
    ":",
    ";",
    "。",
    " ",
    "\n",
]
RULES = [KEYWORD_HEADER, BARE_HEADER, SENTENCE_HEADER, DESCRIPTION_HEADER]


def _spans(matches: object, names: list[str]) -> list[tuple[tuple[int, int], ...]]:
    return [(m.span(), *(m.span(n) for n in names)) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.pattern.pattern[:12])
@given(
    parts=st.lists(st.sampled_from(PIECES), max_size=30),
    cut=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_same_matches_as_the_lookbehind_rule(
    rule: AfterChars, parts: list[str], cut: tuple[int, int]
) -> None:
    text = "".join(parts)
    start, end = sorted(min(c, len(text)) for c in cut)
    names = list(rule.pattern.groupindex)
    for a, b in ((0, len(text)), (start, end)):
        expected = _spans(rule.pattern.finditer(text, a, b), names)
        assert _spans(rule.finditer(text, a, b), names) == expected


def test_a_match_may_start_right_after_the_previous_one() -> None:
    rule = AfterChars(r"\s;", "[a-z]+;")
    assert [m.group() for m in rule.finditer("ab;cd;\nef;")] == ["ab;", "cd;", "ef;"]
    # From position 3 the `;` before it still counts, though it is not in the range.
    assert [m.span() for m in rule.finditer("ab;cd;", 3)] == [(3, 6)]
    assert [m.span() for m in rule.pattern.finditer("ab;cd;", 3)] == [(3, 6)]
    assert [m.group() for m in rule.finditer("xab;cd;")] == ["xab;", "cd;"]


def test_the_characters_must_include_a_line_break() -> None:
    with pytest.raises(ValueError):
        AfterChars(";。", "x")


KEYED = [
    (SENTENCE_HEADER, _SENTENCE_KEY),
    (NAMELESS_HEADER, _NAMELESS_KEY),
    (PROCESS_HEADING, _PROCESS_KEY),
]
KEY_PIECES = [*PIECES, "部门职责", "主要职能", "工作范围", "的", "是", "如下", "流程", "2.1"]


@pytest.mark.parametrize(("rule", "key"), KEYED, ids=["sentence", "nameless", "process"])
@given(parts=st.lists(st.sampled_from(KEY_PIECES), max_size=30))
def test_every_match_holds_the_key_its_unit_is_checked_for(
    rule: AfterChars | re.Pattern[str], key: re.Pattern[str], parts: list[str]
) -> None:
    text = "".join(parts)
    for m in rule.finditer(text, 0, len(text)):
        assert key.search(text, m.start(), m.end()), (text, m.span())


@given(
    spans=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)), max_size=12),
    pos=st.integers(-2, 75),
)
def test_covered_by_agrees_with_a_linear_search(spans: list[tuple[int, int]], pos: int) -> None:
    regions = [(a, a + n) for a, n in spans]
    assert _covered_by(regions)(pos) == any(a <= pos < b for a, b in regions)


NEAR_PIECES = [*KEY_PIECES, "项目负责人", ",", "其", "\t", "包括"]
# A header as the rules see it, each part optional: numbering, blanks (over lines), a note,
# a name, a clause, particles, the key word, more of it, blanks, a colon.
_HEADER_PARTS = [
    ["", "(一)", "第十二章", "12", "3、"],
    ["", " ", "   \n\n  ", "\n" + " " * 70 + "\n"],
    ["", "(策划)"],
    [
        "市场部",
        "营销中心区域销售总经理",
        "华东大区营销中心区域销售部总经理",
        "项目负责人",
        "客服",
        "岗位",
    ],
    ["", "设在销售大区,"],
    ["", "的", "其"],
    ["", "主要", "全面"],
    ["职责包括", "工作范围是", "负责", "职能为", "岗位职责说明书", "绩效考核", "部门职能", "职责"],
    ["", "部门主要职责", "主要职能"],
    ["", "范围"],
    ["", "如下", "包括"],
    ["", " ", "\n\n"],
    ["", ":", "-", "1", "12、", "(1", "a销", "●"],
]
header = st.tuples(st.sampled_from(" \n。;"), *(st.sampled_from(p) for p in _HEADER_PARTS)).map(
    "".join
)


@pytest.mark.parametrize(
    "near",
    [_SENTENCE_NEAR_KEY, _DESCRIPTION_NEAR_KEY, _KEYWORD_NEAR_KEY, _NAMELESS_NEAR_KEY],
    ids=["sentence", "desc", "keyword", "nameless"],
)
@settings(max_examples=300)
@given(
    parts=st.lists(st.one_of(st.sampled_from(NEAR_PIECES), header), max_size=20),
    cut=st.tuples(st.integers(0, 300), st.integers(0, 300)),
)
def test_searching_near_the_key_finds_what_the_whole_scan_finds(
    near: NearKey, parts: list[str], cut: tuple[int, int]
) -> None:
    text = "".join(parts)
    start, end = sorted(min(c, len(text)) for c in cut)
    rule = near.rule
    names = list((rule.pattern if isinstance(rule, AfterChars) else rule).groupindex)
    for a, b in ((0, len(text)), (start, end)):
        expected = _spans(near.rule.finditer(text, a, b), names)
        assert _spans(near.finditer(text, a, b), names) == expected, text


def test_a_numbering_lines_above_its_name_is_found() -> None:
    text = "概述。\n(一)\n\n\n      市场部的职责包括:\n1、调研"
    found = [m.group("name") for m in _SENTENCE_NEAR_KEY.finditer(text)]
    assert found == ["市场部"]
    assert [m.span() for m in _SENTENCE_NEAR_KEY.finditer(text)] == [
        m.span() for m in SENTENCE_HEADER.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "。(十二)、(策划)营销中心区域销售总经理设在销售大区,的主要职责包括包括 \n :",
        ";第十二章\n\n\n(策划)营销中心区域销售总经理主要负责",
        "\n(十二)、 \n\n 营销中心区域销售总经理办公室岗位职责说明书 \n\n :",
        "。\n第十二章 \n\n 部门主要职责 \n\n 12、",
        "。部门职责12、",
    ],
)
def test_the_longest_headers_are_found_near_their_key(text: str) -> None:
    rules = (_SENTENCE_NEAR_KEY, _DESCRIPTION_NEAR_KEY, _KEYWORD_NEAR_KEY, _NAMELESS_NEAR_KEY)
    for near in rules:
        expected = [m.span() for m in near.rule.finditer(text)]
        assert [m.span() for m in near.finditer(text)] == expected
    # Each text is a header of one of the rules.
    assert any(list(near.rule.finditer(text)) for near in rules)


STRUCTURE_PIECES = [
    "营销中心",
    "下设",
    "策划部",
    "销售部门",
    "、",
    "和",
    "分为",
    "设有",
    "主要",
    "包括",
]
STRUCTURE_PIECES += ["的", "组织架构", "又", "市场", "总经理", "主管", " ", "。", "\n", "3个"]


@settings(max_examples=300)
@given(parts=st.lists(st.sampled_from(STRUCTURE_PIECES), max_size=40))
def test_probing_for_a_structure_start_finds_what_the_long_search_finds(parts: list[str]) -> None:
    text = "".join(parts)
    pattern = STRUCTURE_PATTERNS[0]

    def found(reach: int | None) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        runs = _anchored(pattern, _STRUCTURE_WORDS, text, 0, len(text), 40, 300, reach)
        return [(m.span(), m.groupdict()) for m in runs]

    assert found(_STRUCTURE_REACH) == found(None)


def _flat_alt(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@settings(max_examples=300)
@given(
    words=st.lists(st.text("ab.", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text("ab.d", max_size=40),
)
def test_a_trie_matches_what_the_longest_first_list_matches(words: list[str], text: str) -> None:
    # Alone, and where the engine must backtrack into the words (after a lazy run, before
    # a character that may not follow the longest word).
    for shape in ("(?P<w>{})", "(?P<w>{})d", "[ab]*?(?P<w>{})(?:d|(?=a))"):
        trie = re.compile(shape.format(trie_alt(words)))
        flat = re.compile(shape.format(_flat_alt(words)))
        expected = [(m.span(), m.span("w")) for m in flat.finditer(text)]
        assert [(m.span(), m.span("w")) for m in trie.finditer(text)] == expected


_VALUE_END_SEARCHED = re.compile(r"\S[^\n。●◆■☆•]*(?:。|\n|(?=[●◆■☆•]))")


@given(text=st.text(" \n。●ab", max_size=30), start=st.integers(0, 30))
def test_a_value_end_is_found_from_the_field_start_as_a_search_finds_it(
    text: str, start: int
) -> None:
    start = min(start, len(text))
    searched = _VALUE_END_SEARCHED.search(text, start)
    matched = _VALUE_END.match(text, start)
    assert (matched and matched.end()) == (searched and searched.end())


PROCESS_PIECES = [
    "流程",
    "1.2.3.4",
    "12",
    "第三章",
    "一、",
    " ",
    ":",
    "\n",
    "(12)",
    "--",
    "…",
    "...",
]
PROCESS_PIECES += ["第3页", "销售管理", "客户服务与投诉处理", "9", "十", "a", " \n" * 8]


@settings(max_examples=300)
@given(
    parts=st.lists(st.sampled_from(PROCESS_PIECES), max_size=30),
    cut=st.tuples(st.integers(0, 120), st.integers(0, 120)),
)
def test_process_headings_near_their_key_are_those_of_the_whole_scan(
    parts: list[str], cut: tuple[int, int]
) -> None:
    text = "".join(parts)
    start, end = sorted(min(c, len(text)) for c in cut)
    for a, b in ((0, len(text)), (start, end)):
        expected = [m.span() for m in PROCESS_HEADING.finditer(text, a, b)]
        assert [m.span() for m in _process_headings(text, a, b)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "前言\n1.2.10 " + " \n" * 8 + ":  流程说明\n",
        "第十二章" + " " * 20 + "客户服务与投诉处理流程\n",
        "3.1 销售流程 (12345)\n",
        "3.2 回款流程  第12345页\n",
    ],
)
def test_process_headings_far_from_their_key_are_found(text: str) -> None:
    expected = [m.span() for m in PROCESS_HEADING.finditer(text)]
    assert [m.span() for m in _process_headings(text, 0, len(text))] == expected
    assert expected or "(" in text or "页" in text
