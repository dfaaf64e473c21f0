"""Hard wraps in plain text: the line breaks that only wrap a line.

A PDF's text layer saved as `.txt` keeps the page's line breaks, every full line cut at
the same number of characters, inside words and labels alike (`各岗位考` / `核指标如下:`,
`车辆管` / `理部负责…`). Such a text shows one line length far more often than any other,
and almost no line longer. A line of that length (or one short of it, where a closing
mark was kept off the next line's head) goes on with the next line, unless it ends a
sentence or the next line opens an item or a heading.

A PDF's text layer may keep the page's line numbers (`12 3.1.3　负责…提出护士` /
`13 长任免…`): each line opens with one more than the line above, from 1 on each page. In
such a run a line near the run's widest that stops mid-sentence goes on with the next,
unless that opens an item; the numbers themselves are blanked by `ingest.rewrite`.
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
    return sorted({*_page_width_breaks(text), *_numbered_line_breaks(text)})


def _page_width_breaks(text: str) -> list[int]:
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


# A line number: `12 ` before a line's words.
_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]+(?=\S)")
_FIRST_NUMBER = re.compile(r"(?m)^[ \t]*1[ \t]+\S")  # a cheap test first
_LINE_NUMBERS_MIN = 12  # numbered lines in a run: a list numbered so is shorter
_STOPS_MID_SENTENCE = re.compile(r"[^\s。;；:：!?！？]$")
_OPENS_OWN = re.compile(r"\d{1,2}(?:\.\d{1,2})+|[(（\u2460-\u2473●•\-]|\d{1,2}[、.．)]")
_WIDE_SHARE = 0.8  # of the run's widest line: a line this wide was cut by the page's width
Numbered = tuple[int, int, int]  # a line's start, its number's start, its words' start


def line_number_runs(text: str) -> list[list[Numbered]]:
    """Runs of at least `_LINE_NUMBERS_MIN` lines numbered one more than the line above
    (blank lines passed over), each from 1."""
    if not _FIRST_NUMBER.search(text):
        return []
    runs: list[list[Numbered]] = []
    run: list[Numbered] = []
    last = 0
    pos = 0
    for line in text.split("\n"):
        m = _LINE_NUMBER.match(line)
        value = int(m.group(1)) if m else 0
        if m and value == last + 1:
            run.append((pos, pos + m.start(1), pos + m.end()))
            last = value
        elif line.strip():
            runs.append(run)
            run = [(pos, pos + m.start(1), pos + m.end())] if m and value == 1 else []
            last = 1 if run else 0
        pos += len(line) + 1
    runs.append(run)
    return [run for run in runs if len(run) >= _LINE_NUMBERS_MIN]


def _numbered_line_breaks(text: str) -> list[int]:
    out: list[int] = []
    for run in line_number_runs(text):
        ends = [text.find("\n", words) for _, _, words in run]
        widths = [(e if e >= 0 else len(text)) - w for (_, _, w), e in zip(run, ends, strict=True)]
        wide = _WIDE_SHARE * max(widths)
        for i in range(1, len(run)):
            end, (start, _, words) = ends[i - 1], run[i]
            if (
                end == start - 1
                and widths[i - 1] >= wide
                and _STOPS_MID_SENTENCE.search(text, run[i - 1][2], end)
                and not _OPENS_OWN.match(text, words)
            ):
                out.append(end)
    return out
