"""Hard wraps in plain text: the line breaks that only wrap a line.

A PDF's text layer saved as `.txt` keeps the page's line breaks, every full line cut at
the same number of characters, inside words and labels alike (`各岗位考` / `核指标如下:`,
`车辆管` / `理部负责…`). Such a text shows one line length far more often than any other,
and almost no line longer. A line of that length (or one short of it, where a closing
mark was kept off the next line's head) goes on with the next line, unless it ends a
sentence or the next line opens an item or a heading.
"""

from __future__ import annotations

import re
from collections import Counter

_LONG = 16  # a line at least this long may be a full line of a wrapped page
_MIN_FULL = 6  # full lines a page must have to be read as wrapped
_FULL_SHARE = 0.1  # of the long lines, at least this share are full
_OVER_SHARE = 0.05  # of the long lines, at most this share are longer than full

_HANZI = re.compile(r"[\u4e00-\u9fff]")
# How a line ends when its text goes on: a hanzi, a letter or digit, a mark inside a sentence.
_GOES_ON = re.compile(r"[\u4e00-\u9fffA-Za-z0-9０-９(（、,，“‘《\[【\-—/%％]$")
# How a line opens when it starts an item, a heading or a field of its own.
_OPENS = re.compile(
    r"\s|[(（]?[\d０-９一二三四五六七八九十]{1,3}[)）、.．]|[\u2460-\u24ff\u2776-\u2793]"
    r"|[•●◆◇■□▪▶►★☆※·\-*#>|]|第[一二三四五六七八九十百\d]+[章节条款]"
)


def wrap_breaks(text: str) -> list[int]:
    """Offsets of the `\\n`s in text that only wrap a line; none if text is not wrapped."""
    lines = text.split("\n")
    sizes = [len(ln.rstrip()) for ln in lines]
    # Rule lines (`-----`) and English are no lines of the page's text.
    long = [n for n, ln in zip(sizes, lines, strict=True) if n >= _LONG and _HANZI.search(ln)]
    if not long:
        return []
    full, count = Counter(long).most_common(1)[0]
    over = sum(n > full for n in long)
    if count < _MIN_FULL or count < _FULL_SHARE * len(long) or over > _OVER_SHARE * len(long):
        return []
    out: list[int] = []
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if (
            sizes[i] in (full, full - 1)
            and _GOES_ON.search(line.rstrip())
            and _HANZI.search(line)
            and nxt
            and not _OPENS.match(nxt)
        ):
            out.append(pos)
        pos += 1
    return out
