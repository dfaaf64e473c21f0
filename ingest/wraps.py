"""Hard wraps in plain text: the line breaks that only wrap a line.

A PDF's text layer saved as `.txt` keeps the page's line breaks, every full line cut at
the same number of characters, inside words and labels alike (`各岗位考` / `核指标如下:`,
`车辆管` / `理部负责…`). Such a text shows one line length far more often than any other,
and almost no line longer. A line of that length (or one short of it, where a closing
mark was kept off the next line's head) goes on with the next line, unless it ends a
sentence or the next line opens an item or a heading.

A page's text pasted into a page that is not wrapped (a Q&A answer copied from a PDF) is
read the same way within the passage, from its first full line to its last, with each line
measured in columns, where a digit or a Latin letter takes half a hanzi's room (or, where no
width in columns stands out, in characters: text wrapped by count).

A PDF's text layer may keep the page's line numbers (`12 3.1.3　负责…提出护士` /
`13 长任免…`): each line opens with one more than the line above, from 1 on each page. In
such a run a line near the run's widest that stops mid-sentence goes on with the next,
unless that opens an item; the numbers themselves are blanked by `ingest.rewrite`.

A table of units or posts flattened from a PDF (`序号　部门名称　主要职责` over
`1　证券部　负责…；筹备股东大会、董` / `事会和监事会会议…`): a row's cell wraps onto the lines
below it; they go on with the row.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.text_memo import per_text

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
    return sorted(
        {*_page_width_breaks(text), *_numbered_line_breaks(text), *_cell_wrap_breaks(text)}
    )


def _page_width_breaks(text: str) -> list[int]:
    lines = text.split("\n")
    # A row of columns aligned with blanks is no line of running text.
    sizes = [0 if _aligned(ln) else len(ln.rstrip()) for ln in lines]
    full = _full_size(sizes, lines, whole=True)
    if full is None:
        # A page's text pasted into a page of text that is not wrapped (an answer on a Q&A
        # site, a forum's post): the passage's lines share one width on the page, in
        # half-width columns, or else in characters (text wrapped by count).
        # A line's columns are its bytes in GB18030 (a hanzi or a full-width mark two, a
        # digit or a Latin letter one), counted for every line at once.
        columns = [len(b.rstrip()) for b in text.encode("gb18030", "replace").split(b"\n")]
        by_columns = [0 if _aligned(ln) else n for ln, n in zip(lines, columns, strict=True)]
        full = _full_size(by_columns, lines, whole=False)
        if full is not None:
            sizes = by_columns
        else:
            full = _full_size(sizes, lines, whole=False)
        if full is None:
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


def _full_size(sizes: list[int], lines: list[str], whole: bool) -> int | None:
    """The size of a full line, if the text shows one far more often than any other and
    almost no line longer: in the whole text, or (not `whole`) between the first and the
    last full line."""
    # Rule lines (`-----`) and English are no lines of the page's text.
    long = [
        (i, n)
        for i, (n, ln) in enumerate(zip(sizes, lines, strict=True))
        if n >= _LONG and _HANZI.search(ln)
    ]
    if not long:
        return None
    full, count = Counter(n for _, n in long).most_common(1)[0]
    if not whole:
        at = [i for i, n in long if n == full]
        long = [(i, n) for i, n in long if at[0] <= i <= at[-1]]
    over = sum(n > full for _, n in long)
    share = _OVER_SHARE if whole else _PASSAGE_OVER_SHARE
    if count < _MIN_FULL or count < _FULL_SHARE * len(long) or over > share * len(long):
        return None
    return full


_PASSAGE_OVER_SHARE = 0.2  # of a passage's long lines: running heads and a few longer ones


def _aligned(line: str) -> bool:
    """The line is a row of columns aligned with blanks (a run of them between words)."""
    words = line.strip()
    return "  " in words or "\t" in words or "\u3000\u3000" in words


# A line number: `12 ` before a line's words.
_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]+(?=\S)")
_FIRST_NUMBER = re.compile(r"(?m)^[ \t]*1[ \t]+\S")  # a cheap test first
_LINE_NUMBERS_MIN = 12  # numbered lines in a run: a list numbered so is shorter
_STOPS_MID_SENTENCE = re.compile(r"[^\s。;；:：!?！？]$")
_OPENS_OWN = re.compile(r"\d{1,2}(?:\.\d{1,2})+|[(（\u2460-\u2473●•\-]|\d{1,2}[、.．)]")
_WIDE_SHARE = 0.8  # of the run's widest line: a line this wide was cut by the page's width
Numbered = tuple[int, int, int]  # a line's start, its number's start, its words' start


@per_text  # asked by the wraps and by the rewrite that blanks the numbers
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


# `序号　部门名称　主要职责`: a numbered table of names and what each does, cells cut by
# full-width blanks or tabs.
_CELL_TABLE_HEAD = re.compile(
    r"(?m)^[ \t\u3000]*序号[\t\u3000]+[^\s]{0,4}(?:名称|部门|岗位|职位|机构)[\t\u3000]+"
    r"[^\s]{0,4}(?:职责|职能|职掌)[^\s]{0,2}[ \t\u3000]*$"
)
# `1　证券部　负责…`: its number, its name, the start of what it does.
CELL_ROW = re.compile(
    r"[ \t\u3000]*(?P<n>\d{1,2})(?P<gap1>[\t\u3000]+)(?P<name>[^\s]{2,16})(?P<gap2>[\t\u3000]+)\S"
)
# Lines between a table's pages: a page number (`1-1-85`), `（续）`, a running head.
_BETWEEN_PAGES = re.compile(r"[ \t\u3000]*(?:[\d\-—–\s]+|[(（]续[)）])[ \t\u3000]*|.*\u3000{3,}.*")
_CELL_WRAP_MAX = 60  # characters: a longer line is text of its own


@per_text  # asked by the wraps and by the rewrite that marks the rows
def cell_table_rows(text: str) -> tuple[list[re.Match[str]], list[int], list[tuple[int, int]]]:
    """The rows of each such table, the line breaks inside their cells, and its heads (one
    on each page)."""
    rows: list[re.Match[str]] = []
    breaks: list[int] = []
    heads: list[tuple[int, int]] = []
    if "序号" not in text:
        return rows, breaks, heads
    for head in _CELL_TABLE_HEAD.finditer(text):
        if heads and head.start() < heads[-1][1]:
            continue  # the head again after a page break, read with the table
        heads.append(head.span())
        pos = head.end() + 1
        joinable = False  # the line above is a row or its wrap
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            row = CELL_ROW.match(text, pos, end)
            if row:
                rows.append(row)
                joinable = True
            elif not line.strip() or len(line) > _CELL_WRAP_MAX or _OPENS.match(line):
                break  # `五、…`: the text after the table
            elif again := _CELL_TABLE_HEAD.match(text, pos):
                heads.append(again.span())
                joinable = False
            elif _BETWEEN_PAGES.fullmatch(line):
                joinable = False
            elif joinable:
                breaks.append(pos - 1)
            # else a cell's wrap after the page's foot and the next page's head: read apart
            pos = end + 1
    return rows, breaks, heads


def _cell_wrap_breaks(text: str) -> list[int]:
    return cell_table_rows(text)[1]
