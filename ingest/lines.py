"""Where a place's line starts and ends, and what stands on it, in time independent of the
line's length.

Rules often ask what stands before a place on its line. `text.rfind("\\n", 0, pos)` answers
in time proportional to the distance to the line start: asked from each of many places on
one long line (a page flattened into a single line), that is quadratic in the line's
length. A text's line breaks (and the few marks rules look for) are indexed once instead
(`ingest.text_memo`), and looked up by bisection.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left

from ingest.text_memo import per_text

_INLINE_BLANKS = re.compile(r"[^\S\n]*+")


@per_text
def _positions(text: str, literal: str) -> array[int]:
    """Where literal occurs in text, in order."""
    return array("q", (m.start() for m in re.finditer(re.escape(literal), text)))


def line_start(text: str, pos: int, floor: int = 0) -> int:
    """Where pos's line starts (after the last line break before pos), not before floor."""
    breaks = _positions(text, "\n")
    i = bisect_left(breaks, pos)
    return max(floor, breaks[i - 1] + 1) if i else floor


def line_end(text: str, pos: int) -> int:
    """Where pos's line ends: its line break at or after pos, or the end of the text."""
    breaks = _positions(text, "\n")
    i = bisect_left(breaks, pos)
    return breaks[i] if i < len(breaks) else len(text)


def on_line_before(text: str, pos: int, literal: str, floor: int = 0) -> bool:
    """literal stands whole between pos's line start (not before floor) and pos."""
    found = _positions(text, literal)
    i = bisect_left(found, pos - len(literal) + 1)  # the last one ending by pos: found[i - 1]
    return i > 0 and found[i - 1] >= line_start(text, pos, floor)


def blank_before(text: str, pos: int, floor: int = 0) -> bool:
    """Only blanks stand between pos's line start (not before floor) and pos."""
    a = pos
    while a > floor and text[a - 1] != "\n":
        if not text[a - 1].isspace():
            return False
        a -= 1
    return True


def blank_after(text: str, pos: int) -> bool:
    """Only blanks stand between pos and its line's end."""
    m = _INLINE_BLANKS.match(text, pos)  # always matches, maybe nothing
    end = m.end() if m else pos
    return end == len(text) or text[end] == "\n"
