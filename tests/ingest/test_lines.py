"""Line lookups by the index of a text's line breaks: the same answers as a scan, and a text
read again is not compared with the one read before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.lines import line_end, line_start
from ingest.text_memo import per_text

TEXTS = st.text(alphabet=st.sampled_from("ab \n职"), max_size=60)


@given(TEXTS, st.data())
def test_lookups_agree_with_a_scan(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    assert line_start(text, pos) == text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    assert line_end(text, pos) == (end if end >= 0 else len(text))


class _NotToCompare(str):
    """A text that fails when compared: comparing a text read again with the one read
    before costs its whole length at every lookup."""

    __hash__ = str.__hash__

    def __eq__(self, other: object) -> bool:
        raise AssertionError("a text was compared with another")


def test_a_text_read_again_is_not_compared_with_the_one_before() -> None:
    first = "销售部\n负责销售。\n" * 50
    assert line_start(first, len(first) - 3) == len(first) - 6
    again = _NotToCompare(first)  # the same characters, another object
    assert line_start(again, len(again) - 3) == len(again) - 6
    assert line_end(again, 2) == 3


def test_a_result_is_kept_for_the_same_text_and_worked_out_again_for_another() -> None:
    calls: list[str] = []

    @per_text
    def count(text: str, literal: str) -> int:
        calls.append(literal)
        return text.count(literal)

    text = "销售部\n负责销售。\n"
    assert (count(text, "\n"), count(text, "\n"), count(text, "销")) == (2, 2, 2)
    assert calls == ["\n", "销"]  # the second call with the same text and literal is kept
    assert count("".join(["销售部\n", "负责销售。\n"]), "\n") == 2  # equal, another object
    assert calls == ["\n", "销", "\n"]
