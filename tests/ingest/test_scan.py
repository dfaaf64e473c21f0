"""Faster scans find exactly what the rules they replace find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.scan import AfterChars
from ingest.segment import (
    _NAMELESS_KEY,
    _PROCESS_KEY,
    _SENTENCE_KEY,
    BARE_HEADER,
    DESCRIPTION_HEADER,
    KEYWORD_HEADER,
    NAMELESS_HEADER,
    PROCESS_HEADING,
    SENTENCE_HEADER,
    _covered_by,
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
