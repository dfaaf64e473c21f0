"""A page flattened into long lines, its line breaks put back where its structure shows.

Scraped pages and text pasted out of a PDF or Word often lose their line breaks: a whole
job description, labels, numbered items and all, comes out as one line with a blank where
each break was (`职　　称：人事专员 单　　位：管理处 直属主管：管理处经理 工作职责： 1. …
2. …`). The rules read a label, a number or a bullet that opens a line as the start of a
field or an item. So on a long line, the blank before each such mark is made a line break
again: one character for one, so offsets still lead back to the source.

Only long lines with several marks are touched: a line of ordinary prose keeps a numbered
clause or a label in the middle of a sentence as it is.
"""

from __future__ import annotations

import re

from ingest.vocab import FIELD_LABEL_ALT

_LONG = 1000  # characters: longer than any paragraph of prose a line break would end
_MARKS_MIN = 4  # marks on the line, before it is read as a page run together
# Anchored at a line's start: unanchored, the engine would try again from every character
# of a shorter line.
_LONG_LINE = re.compile(rf"^[^\n]{{{_LONG},}}", re.M)

_NUMBER = (
    r"[(（][一二三四五六七八九十]{1,3}[)）]"  # (一)
    r"|[一二三四五六七八九十]{1,3}[、:：]"  # 一、 一:
    r"|\d{1,2}[、．)）](?!\d)"  # 1、 1) 1．
    r"|\d{1,2}\.(?![\d%])"  # 1. but not 1.5 or 1.%
    r"|\.?\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \u3000]?[\u4e00-\u9fff])"  # 2.3.1 会计
    r"|[(（]\d{1,2}[)）]"  # (1)
    r"|[\u2460-\u2473]"  # ①
    r"|第[一二三四五六七八九十百零\d]{1,4}条"
    r"|[●◆■□◇○•▪►▶★☆※√✔✓▍▌【]"
    r"|NO\.\d{1,2}"
    r"|[━═─—=*]{4,}"  # a rule drawn across the page
)
_WORD = FIELD_LABEL_ALT  # a field's label
# A label before its colon: `直属主管：`, or spaced out to the form's width (`职　　称：`).
_LABEL = rf"(?:{_WORD}|[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){{1,3}})[ \u3000]*[:：]"
# (an emoji before the mark: a chat-app article's `🦷【咨询师】`, `🔸 …`)
_EMOJI = r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \u3000]?)?"
_MARK = re.compile(rf"[ \t\u3000](?=(?P<strong>{_LABEL})|{_EMOJI}(?:{_NUMBER})[ \u3000]?[^\s\d])")
# A table's head run into the line (`序号 岗位 直接上级 编制 1 …`): three labels cut by blanks.
# Its rows are cut apart by the table rewrites, each with its items on the row's line.
_TABLE_HEAD = re.compile(rf"(?:{_WORD})(?:[ \t\u3000]+(?:{_WORD})){{2}}(?=[ \t\u3000])")


def restore_breaks(text: str) -> str:
    """text with the blank before each mark of structure on a long line made a line break."""
    cuts: list[int] = []
    for line in _LONG_LINE.finditer(text):
        found = _cuts(text, line.start(), line.end())
        if len(found) >= _MARKS_MIN:
            cuts += found
    if not cuts:
        return text
    pieces = [text[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True)]
    return "\n".join(pieces)


# A heading run into the end of the line before a list (`…的执行; 营销部岗位职责 一、…`):
# it opens its own line. After words or a sentence's end: not the text of a numbered item.
_HEADING_BEFORE = re.compile(
    r"(?<=[\u4e00-\u9fff\d。;；!！?？])[ \t\u3000](?P<words>[^\s。;；,，:：!！?？、()（）]{1,20}"
    r"(?:岗位职责|工作职责|部门职责|主要职责|职责|职能|岗位说明书?|说明书))[ \t\u3000]?$"
)
_HEADING_REACH = 30  # characters back from a mark


def _cuts(text: str, start: int, end: int) -> list[int]:
    """The blanks to make line breaks on the line text[start:end]. Inside a table run into the
    line, only a label ends the table: its cells' own numbers are no items."""
    cuts: set[int] = set()
    head = _TABLE_HEAD.search(text, start, end)
    for m in _MARK.finditer(text, start, end):
        if head is not None and m.start() > head.start():
            if not m.group("strong"):
                continue
            head = _TABLE_HEAD.search(text, m.end(), end)
        heading = _HEADING_BEFORE.search(text, max(start, m.start() - _HEADING_REACH), m.start())
        if heading:
            cuts.add(heading.start())
        cuts.add(m.start())
    return sorted(cuts)
