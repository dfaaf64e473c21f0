"""List items: where one duty, KPI or authority ends and the next begins.

A list is delimited by numbering (`1、` `1.` `(1)` `（一）` `①` `a)` `i.`), else by bullets,
else by `;`, else (a list pasted without any marks) by the line breaks and spaces between
sentences. Numbering only counts when it runs in sequence, so `每月2日` or a stray `3.`
inside a sentence does not cut an item.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ingest.lines import line_start

_CN_NUM = "一二三四五六七八九十"
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

# What follows a number that is an amount, not a numbering: `1.5倍`, `25 日`, `400 户`.
AMOUNT_UNIT = "[万元倍亿年月日个名人小天米吨件次份版级户分秒周]"
# `3.2.1 负责…`: a manual's decimal section number before an item. Not an amount
# (`1.5倍`, `0.5小时`, `2.0版`).
_DECIMAL = (
    r"(\d(?<![\d.]\d)\d?(?:\.\d{1,2}){1,3})(?![\d.%])"
    rf"(?![ \t]*{AMOUNT_UNIT})[ \t]*(?=[\u4e00-\u9fff(])"
)

# Each numbering style, with a group holding its value. Order matters only for overlaps.
# A pattern that opens with a look-behind is tried at every position. Opening instead with
# its first character, and looking behind that one (`\d(?<![\d.]\d)` for `(?<![\d.])\d`),
# lets the regex engine skip straight to the candidates; where the first character decides
# what follows (roman numerals), a look-ahead on it does part of that.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # `(一)`, and `( 一 )` as some templates space it.
    ("paren_cn", re.compile(r"\( ?([一二三四五六七八九十]{1,3}) ?\)[、.]?")),
    # `职责一:`, `职责二:` (or 工作/任务/事项): a numeral after a word that says what is counted.
    ("word_cn", re.compile(r"(?:职责|工作|任务|事项)([一二三四五六七八九十]{1,3})[:、.]")),
    # `第一,负责…;第二,…`: ordinals as a speech or a letter counts its points (not `第一条`).
    ("ordinal", re.compile(r"第([一二三四五六七八九十]{1,3})[,、](?=\S)")),
    ("paren_num", re.compile(r"\( ?(\d{1,2}) ?\)[、.]?")),
    ("circled", re.compile(r"([\u2460-\u2473])[.、]?")),
    ("half_paren", re.compile(r"(\d(?<![\d(.]\d)\d?)\)")),
    # `2 负责…`, but not `每月 25 日前`, a number set off by blanks inside a sentence.
    (
        "num",
        re.compile(
            # `3.8D报告结案率`: item 3, then `8D` (a number before a letter is a word's)
            # (not `1` of `1/1`, an attendance table's cell, nor of `P1`, `Q3`: a word's)
            r"(\d(?<![\d./A-Za-z]\d)\d{0,2})(?:[、.．](?!\d(?![A-Za-z]))|\s+(?=[\u4e00-\u9fff])"
            rf"(?!{AMOUNT_UNIT}))"
        ),
    ),
    (
        "cn",
        re.compile(
            r"([一二三四五六七八九十](?<![\u4e00-\u9fff].)[一二三四五六七八九十]{0,2})[、.]"
        ),
    ),
    # Counted by its last number, each parent number a list of its own (see `find_markers`).
    ("decimal", re.compile(_DECIMAL)),
    # `(a)`, `(iii)`: in brackets, the opening one is part of the mark.
    ("paren_roman", re.compile(r"\((i{1,3}|iv|vi{0,3}|ix|x)\)")),
    ("paren_latin", re.compile(r"\(([a-hA-H])\)")),
    # i, ii, iii, iv, ix, v, vi ... viii, x: each branch opens with its letter.
    (
        "roman",
        re.compile(r"(i(?<![A-Za-z]i)(?:i{0,2}|v|x)|v(?<![A-Za-z]v)i{0,3}|x(?<![A-Za-z]x))[.)]"),
    ),
    ("latin", re.compile(r"([a-hA-H])(?<![A-Za-z].)(?:[).、]|(?=[\u4e00-\u9fff]))")),
]
# A literal each numbering style needs: a field without it skips that style's scan.
_NEEDS: dict[str, tuple[str, ...]] = {
    "paren_cn": ("(",),
    "ordinal": ("第",),
    "paren_num": ("(",),
    "half_paren": (")",),
    "roman": (".", ")"),
    "paren_roman": ("(",),
    "paren_latin": ("(",),
    "decimal": (".",),
}
_BULLET = re.compile(
    r"(?=[●◆■□▪•☆★◇○▲►\-—·‧✅✔☑➤👉Øü§. \t])"
    r"(?:[●◆■□▪•☆★◇○▲►]|(?:(?<=^)|(?<=[\s;。]))-\s*|(?<=[\s;。])—\s+"
    # `·` and `‧` also sit inside names (`约翰·史密斯`): bullets only at a line start; so
    # does `．` (made `.` by NFKC), before a hanzi; and Word's symbol-font bullets pasted as
    # letters before a tab (`Ø<TAB>`, `ü<TAB>`, `§<TAB>`).
    r"|(?:(?<=^)|(?<=\n))[ \t]*(?:[·‧✅✔☑➤👉]|\.(?=[\u4e00-\u9fff])|[Øü§]\t))"
)
_SEMI = re.compile(r";")
# Sentences after the last duty, in its paragraph, that are no duty: how the unit is set
# up and staffed (`。内设综合科。核定编制15名`), or its measures (`。饮品师的考核指标…`).
STAFFING_NOTE = re.compile(
    r"。(?=\s*(?:[\u4e00-\u9fff]{0,10}?(?:内设|下设)|核定编制|人员编制|编制\d"
    r"|(?:本部门)?现?设[\u4e00-\u9fff]{1,8}\d+名"
    r"|[\u4e00-\u9fff]{0,10}考核(?:的)?(?:主要)?指标))"
)
_STOP_GAP = re.compile(r"。(?=\s+\S)")
# A row number of a flattened table right after a sentence end: `...管理。4货款管理`.
_ROW_START = re.compile(r"。(?=\d{1,2}[\u4e00-\u9fff])")
# After a non-ASCII character: blanks then a line break (and any blanks after it), or
# blanks before another non-ASCII character. Each branch opens with the blank itself and
# looks behind from there, so the engine skips to the blanks.
_SENTENCE_GAP = re.compile(
    # (not a line wrapped after a word that carries the sentence on: `…管理和` / `销售。`)
    r"[ \t\u3000](?<=[^\x00-\x7f和及与、].)[ \t\u3000]*\n\s*"
    r"|\n(?<=[^\x00-\x7f和及与、]\n)\s*"
    # (not the blanks around a target's sign: `审核准确率 ≥ 99.5%`)
    r"|[ \t\u3000](?<=[^\x00-\x7f≥≤≦≧].)[ \t\u3000]*(?=[^\x00-\x7f≥≤≦≧])"
    # A cell's end after a target (`≥ 99.5%<TAB>班次漏审事故数`, a bar cut so)
    r"|\t(?<=[\d%]\t)[ \t\u3000]*(?=[^\x00-\x7f])"
)
_HANGING_GAP = 3  # blanks a hanging wrap leaves: its line break and two full-width blanks
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Blanks before a bracket are tried from the first of a run only: tried from each, a long run
# of them (markup blanked out) would take time quadratic in its length.
_BRACKET_SPACE = re.compile(r"(?<=[(（])[ \t]+|(?<![ \t])[ \t]++(?=[)）])")
_WRAP_SPACE = re.compile(
    r"\s(?<=[^\x00-\x7f]\s)\s*(?=[^\x00-\x7f])"
    r"|(?<=[,;:])[ \t]*\n\s*(?=[^\x00-\x7f])"  # a line wrapped after `，` (made `,`)
    r"|(?<=[,;:])[ \t]+(?=[\u4e00-\u9fff\d])"  # ... or its break made a blank (or struck text)
)
_ANY_SPACE = re.compile(r"\s")
_MULTI_SPACE = re.compile(r"\s+")
_LEAD = re.compile(
    r"^(?:\s|[●◆■□▪•☆★◇○▲►\-—·‧✅✔☑➤👉]|[Øü§]\t|\.(?=[\u4e00-\u9fff])|\(?[一二三四五六七八九十]{1,3}\)?[、.]|"
    r"[一二三四五六七八九十]是(?=[\u4e00-\u9fff])|"  # `一是统筹…;二是…`, a report's enumeration
    r"第[一二三四五六七八九十]{1,3}[,、](?=\S)|"  # `第一,负责…`
    r"\( ?\d{1,2} ?\)[、.]?|"
    r"\( ?[一二三四五六七八九十]{1,3} ?\)|\((?:[a-hA-H]|i{1,3}|iv|vi{0,3}|ix|x)\)|"
    r"(?:职责|工作|任务|事项)[一二三四五六七八九十]{1,3}[:、.]|"
    r"\d{1,2}[)、.．](?!\d(?![A-Za-z]))|[\u2460-\u2473][.、]?|[a-hA-H][).、]|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|"
    + _DECIMAL
    + ")+"
)
_TRAIL = " \t\n;；。,，、:："
# `(具体工作)` style notes that head a list but say nothing.
_WORK_NOTE = re.compile(r"^\(具体工作\)\s*")
_NOTE_ONLY = re.compile(
    r"^\(?(?:具体工作|具体内容|细化|略)\)?$|^第[一二三四五六七八九十百\d]{1,4}[章节条款]$"
    r"|^\([^()]{1,20}\)$"  # `(2023年修订版)` after a heading: a note on it
    r"|^\(?(?:详见|见|参见)(?:上文|下文|下方|上方|下表|上表|附件|附表)\)?$"  # a table's cell
)


class Marker(NamedTuple):
    """One numbering mark. A named tuple: lists are numbered densely and a frozen dataclass
    costs several times more to create."""

    start: int
    end: int
    style: str
    value: int


_ARABIC = frozenset({"paren_num", "half_paren", "num"})  # the value is the digits
_LETTERS = frozenset({"latin", "roman", "paren_latin", "paren_roman"})
# Arabic numbers without an opening bracket (`1.`, `3)`): one list may mix them.
_PLAIN_ARABIC = frozenset({"half_paren", "num"})


def _value(style: str, raw: str) -> int:
    if style in ("paren_cn", "cn", "word_cn", "ordinal"):
        return cn_value(raw)
    if style == "circled":
        return ord(raw) - 0x2460 + 1
    if style in ("roman", "paren_roman"):
        return _ROMAN.index(raw) + 1 if raw in _ROMAN else 0
    if style in ("latin", "paren_latin"):
        return ord(raw.lower()) - ord("a") + 1
    return int(raw)


def cn_value(raw: str) -> int:
    if raw == "十":
        return 10
    if raw.startswith("十"):
        return 10 + _CN_NUM.index(raw[1]) + 1
    if raw.endswith("十"):
        return (_CN_NUM.index(raw[0]) + 1) * 10
    if "十" in raw:
        a, b = raw.split("十")
        return (_CN_NUM.index(a) + 1) * 10 + _CN_NUM.index(b) + 1
    return _CN_NUM.index(raw[0]) + 1 if len(raw) == 1 else 0


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Numbering marks in text[start:end] that run in sequence within their style."""
    end = len(text) if end is None else end
    found: list[Marker] = []
    taken: set[int] = set()  # character positions already covered (marks are short)
    chunk = text[start:end]
    for style, pattern in _MARKERS:
        needs = _NEEDS.get(style)
        if needs is not None and not any(n in chunk for n in needs):
            continue
        arabic = style in _ARABIC
        for m in pattern.finditer(text, start, end):
            a, b = m.span()
            if taken and not taken.isdisjoint(range(a, b)):
                continue
            kind = style
            if style == "decimal":  # `3.2.1`: item 1 of the list numbered under `3.2`
                parent, _, last = m.group(1).rpartition(".")
                kind, v = f"decimal {parent}", int(last)
            else:
                v = int(m.group(1)) if arabic else _value(style, m.group(1))
            if v <= 0:
                continue
            found.append(Marker(a, b, kind, v))
            taken.update(range(a, b))
    found.sort(key=lambda mk: mk.start)
    return _in_sequence(found, text)


def _opens_item(text: str, pos: int) -> bool:
    """Only blanks between pos and a line start, a `。` or a `;` before it."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\u3000":
        j -= 1
    return j < 0 or text[j] in "\n。;"


def _in_sequence(markers: list[Marker], text: str) -> list[Marker]:
    """Keep marks that continue their style's count (n+1) or restart it (1)."""
    last: dict[str, int] = {}
    out: list[Marker] = []
    # Where each (style, value) last occurs, so "is there a later n+1?" costs O(1).
    last_at: dict[tuple[str, int], int] = {}
    for mk in markers:
        last_at[(mk.style, mk.value)] = mk.start
    for mk in markers:
        prev = last.get(mk.style)
        ok = mk.value == 1 or (prev is not None and mk.value == prev + 1)
        # A list may start past 1 when its first items were pasted without numbers.
        if not ok and prev is None and mk.style in ("num", "cn", "paren_num") and mk.value <= 12:
            ok = last_at.get((mk.style, mk.value + 1), -1) > mk.start
        # Latin letters and roman numerals only as a run, never alone.
        if ok and mk.style in _LETTERS and mk.value == 1:
            ok = last_at.get((mk.style, 2), -1) > mk.start
        # `1.` `2.` then `3)` `4)`: one count in arabic numbers, written two ways, each
        # number opening a line or following the end of the item before.
        if not ok and out and mk.style in _PLAIN_ARABIC and out[-1].style in _PLAIN_ARABIC:
            ok = mk.value == out[-1].value + 1 and _opens_item(text, mk.start)
        if ok:
            out.append(mk)
            last[mk.style] = mk.value
    return out


_DUTIES_ARE_WORDS = ("主要职责", "基本职责", "职责")
_LEAD_IN_THEN_FIRST = re.compile(r"[^:;]{2,30}:(?:一是|第一[,、]|首先)(?=\S)")
_DUTIES_ARE = re.compile(r"(?:主要|基本)?职责(?:是|为|如下)?:(?=\S)")


def clean_item(text: str) -> str:
    """Numbering, bullets, surrounding blanks and trailing `;。,` off; wrap spaces out."""
    s = text.strip()
    lead = _LEAD.match(s)  # anchored at the start: one match at most
    if lead:
        s = s[lead.end() :]
    if _ANY_SPACE.search(s):  # most items have no blank inside
        s = _WRAP_SPACE.sub("", s)
        s = _BRACKET_SPACE.sub("", s)  # `完成率( 25%)`: a line's break inside the bracket
        s = _MULTI_SPACE.sub(" ", s)
    s = s.strip(_TRAIL)
    if '""' in s:  # `""6S""` in a CSV cell: a quote, doubled as CSV writes it
        s = s.replace('""', '"')
    if s.startswith(_DUTIES_ARE_WORDS) and (lead := _DUTIES_ARE.match(s)):
        s = s[lead.end() :]  # `主要职责是:负责…`: the words that lead into the duties
    if ":" in s and (lead := _LEAD_IN_THEN_FIRST.match(s)):
        s = s[lead.end() :]  # `店长要管的事主要有五件:一是制定…`: a lead-in, then the first
    if s.endswith(".") and len(s) > 1 and "\u4e00" <= s[-2] <= "\u9fff":
        s = s[:-1].rstrip(_TRAIL)  # `…绩效管理.`: a full stop typed half-width
    if s.startswith("(具体工作)"):
        s = _WORK_NOTE.sub("", s)
    return s


def has_content(text: str) -> bool:
    """At least two hanzi (or, in English, three words, or an acronym with a word or a
    number: `Supplier PPM`, `OEE ≥ 85%`), and more than a note or an article's number
    (`第三条`)."""
    first = _CJK.search(text)
    if first and _CJK.search(text, first.end()):
        return not _NOTE_ONLY.match(text)
    if first is not None:
        return False
    words = len(_ENGLISH_WORD.findall(text))
    return words >= 3 or (
        _ACRONYM.search(text) is not None and (words >= 2 or _DIGIT.search(text) is not None)
    )


_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
_ACRONYM = re.compile(r"\b(?![Xx]+\b)[A-Z]{2,6}\b")  # not `XX`, a blanked-out name
_DIGIT = re.compile(r"\d")


Span = tuple[int, int]


_BARE_BULLET = " \t\u3000-•●◆·▪"


def split_items(text: str, start: int, end: int) -> list[Span]:
    """Spans of the list items in text[start:end] (raw spans; clean them with clean_item)."""
    # A bare bullet on the last line opens what comes next (`• 调度主管`), not an item here.
    last = text.rfind("\n", start, end)
    if last >= 0 and not text[last + 1 : end].strip(_BARE_BULLET):
        end = last
    markers = find_markers(text, start, end)
    if markers:
        return _numbered_items(text, start, end, markers)
    return _bulleted_items(text, start, end)


def _bulleted_items(text: str, start: int, end: int) -> list[Span]:
    """Items by bullets, else by `;` or sentence gaps. A bullet item ending with `:` above
    bullets set further in is the lead-in of a nested list (an item if it says something)."""
    bullets = list(_BULLET.finditer(text, start, end))
    if not bullets:
        return _unmarked_items(text, start, end)
    spans = []
    pre = (start, bullets[0].start())
    for i, m in enumerate(bullets):
        stop = bullets[i + 1].start() if i + 1 < len(bullets) else end
        # A bullet set further in on a later line (on the same line, it is only further on).
        deeper = (
            i + 1 < len(bullets)
            and text.find("\n", m.start(), bullets[i + 1].start()) >= 0
            and _indent(text, bullets[i + 1].start()) > _indent(text, m.start())
        )
        if deeper:
            raw = text[m.start() : stop].rstrip()
            # `需求管理:`, or a toggle's title naming what is under it (`小组职责`,
            # `入职清单`): a lead-in, unless it says something.
            lead = clean_item(raw)
            titled = raw.endswith(":") or _TOGGLE_TITLE.search(lead) is not None
            if (titled or _is_area_label(lead)) and not _is_content_lead(lead, raw.endswith(":")):
                continue  # `- 排班与考勤` over its own items names a work area
        # An item ends at a blank line: what follows it before the next bullet is a
        # heading or a paragraph of its own.
        gap = BLANK_LINE.search(text, m.start(), stop)
        spans.append((m.start(), gap.start() if gap else stop))
    if spans:
        a, b = _cut_tail(text, *spans[-1])
        spans[-1] = (a, _unwrapped_end(text, a, b, bullets))
    return [pre, *spans] if has_content(text[pre[0] : pre[1]]) and _is_listy(text, *pre) else spans


def _unwrapped_end(text: str, a: int, b: int, bullets: list[re.Match[str]]) -> int:
    """The last bulleted item ends with its line when that line is shorter than the list's
    widest and the next line is not set in: `· 组织示范区施工` then `与设计部保持配合。`
    is a sentence after the list, not the item wrapped."""
    nl = text.find("\n", a, b)
    if nl < 0 or text[nl + 1 : nl + 2] in (" ", "\t", "\u3000"):
        return b
    if _NOTE_LINE.match(text, nl + 1):
        return nl  # `(副理、领班之绩效指标另订之。)` under the list: a note on it
    widest = max(_eol(text, m.start()) - m.start() for m in bullets)
    return nl if nl - a < widest - _WRAP_SLACK else b


_WRAP_SLACK = 2  # characters a wrapped line may fall short of the widest
_NOTE_LINE = re.compile(r"\([^()\n]{2,80}\)[ \t]*(?:\n|$)")


def _eol(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


# A blank line: where a list item or a list stops.
BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
_TOGGLE_TITLE = re.compile(r"(?:职责|职能|指标|清单|要求|KPI|权限)$")
_NON_BLANK = re.compile(r"\S")


def _indent(text: str, pos: int) -> int:
    """How far pos stands from its line start."""
    return pos - line_start(text, pos)


# A bullet opening a line inside a numbered item: `3. 性能优化:` then `   - …`.
_LINE_BULLET = re.compile(r"\n[ \t\u3000]*(?=[-●◆•·‧][ \t]*\S)")


def _with_sub_bullets(text: str, a: int, b: int) -> list[Span]:
    """A numbered item, or its lead-in and the bulleted items set under it."""
    first = _LINE_BULLET.search(text, a, b)
    if first is None:
        return [(a, b)]
    subs = _bulleted_items(text, first.end(), b)
    raw = text[a : first.start()].rstrip()
    lead = [(a, first.start())] if _is_content_lead(clean_item(raw), raw.endswith(":")) else []
    return lead + subs


def _is_listy(text: str, a: int, b: int) -> bool:
    return ";" in text[a:b]


def _unmarked_items(text: str, start: int, end: int) -> list[Span]:
    """No numbering and no bullets: `;` separates items, else sentence gaps do."""
    chunk = text[start:end]
    rows = [(m.start() + start + 1, 0) for m in _ROW_START.finditer(chunk)]
    if ";" in chunk:
        # `;` separates items; so does a sentence end followed by a gap (a lost `;`).
        seps = [(m.start(), 1) for m in _SEMI.finditer(text, start, end)]
        seps += [(m.start() + 1, 0) for m in _STOP_GAP.finditer(text, start, end)]
        items = _cut_at(start, end, sorted(seps + rows))
        a, b = items[-1]
        words = _NON_BLANK.search(text, a, b)
        gap = BLANK_LINE.search(text, words.start(), b) if words else None
        if gap:  # the last item ends at a blank line: what follows is no longer the list
            items[-1] = (a, gap.start())
        note = STAFFING_NOTE.search(text, *items[-1])
        if note:  # `…管理。内设综合科。核定编制15名`: the unit's set-up, not a duty
            items[-1] = (items[-1][0], note.start() + 1)
        return items
    if rows:
        return _cut_at(start, end, rows)
    note = STAFFING_NOTE.search(text, start, end)
    if note:  # `…主要来源。营销中心下设市场部、销售部`: the unit's set-up, not a duty
        end = note.start() + 1
        chunk = text[start:end]
    gaps = [m for m in _SENTENCE_GAP.finditer(chunk)]
    lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
    if len(lines) > 1 and all(line.endswith("。") for line in lines):
        # A sentence a line: a hanging indent's wrap inside a line (its break and two
        # full-width blanks, three blanks now) cuts nothing.
        gaps = [m for m in gaps if "\n" in m.group() or len(m.group()) < _HANGING_GAP]
    if not gaps:
        return [(start, end)]
    spans: list[Span] = []
    pos = start
    for m in gaps:
        spans.append((pos, start + m.start()))
        pos = start + m.end()
    spans.append((pos, end))
    return spans


def _cut_at(start: int, end: int, cuts: list[tuple[int, int]]) -> list[Span]:
    """Cut at each (position, separator length)."""
    spans: list[Span] = []
    pos = start
    for c, skip in cuts:
        if c >= pos:
            spans.append((pos, c))
            pos = c + skip
    spans.append((pos, end))
    return spans


def _cut_tail(text: str, a: int, b: int) -> Span:
    """The last item of a list ends at a sentence end followed by a gap or a blank line."""
    m = re.search(r"。\s|\n\s*\n", text[a:b])
    note = STAFFING_NOTE.search(text, a, b)
    if note and (not m or a + m.start() > note.start()):
        return (a, note.start() + 1)
    if m:
        return (a, a + m.start() + 1)
    return (a, b)


def _numbered_items(text: str, start: int, end: int, markers: list[Marker]) -> list[Span]:
    spans: list[Span] = []
    first = markers[0]
    pre = (start, _before_area_label(text, start, first.start))
    pre_text = text[pre[0] : pre[1]]
    if _BULLET.search(text, *pre):  # a bulleted list, then a numbered one
        spans.extend(_bulleted_items(text, *pre))
    elif has_content(pre_text) and (first.value > 1 or ";" in pre_text.rstrip(" \t\n;")):
        # The list's first items came without numbers (`... 5、...`), or a `;` list
        # precedes it (a `;` only at its end closes a lead sentence): they are items too.
        spans.extend(_unmarked_items(text, *pre))
        # Otherwise a single lead sentence before `1、` is a summary, not a duty.
    one_line = True  # every item so far on a line of its own
    for i, mk in enumerate(markers):
        stop = markers[i + 1].start if i + 1 < len(markers) else end
        nxt = markers[i + 1] if i + 1 < len(markers) else None
        if nxt is not None and nxt.style != mk.style and nxt.value == 1:
            # A lead-in followed by a nested list: an item only if it says something itself.
            raw = text[mk.start : stop].rstrip()
            # A whole sentence (`三、领导全院医疗工作。`) says something however short.
            if not raw.endswith("。") and not _is_content_lead(clean_item(raw), raw.endswith(":")):
                continue
        if nxt is not None:
            stop = _before_area_label(text, mk.start, stop)
        if _LINE_BULLET.search(text, mk.start, stop):
            spans.extend(_with_sub_bullets(text, mk.start, stop))
            one_line = False
        elif nxt is None:
            a, b = _cut_tail(text, mk.start, stop)
            if one_line and i >= _ONE_LINE_LIST:
                b = _line_end(text, a, b)
            spans.append((a, b))
            remark = _THIS_POST_LINE.match(text, b, stop)  # `本岗位…向X汇报` after the list
            if remark:
                spans.append(remark.span("line"))
        else:
            line_end = _sentence_line_end(text, mk.start, stop) if one_line else stop
            if line_end < stop and i >= _ONE_LINE_LIST:
                spans.append((mk.start, line_end))
                if _THIS_POST.match(text, line_end + 1):  # whom the post answers to, say
                    spans.append((line_end + 1, stop))
                continue
            spans.append((mk.start, stop))
            one_line = one_line and "\n" not in text[mk.start : stop].strip()
    return spans


_THIS_POST = re.compile(r"[ \t\u3000]*(?:本岗位|本职位)")
_THIS_POST_LINE = re.compile(r"[。;]?[ \t\u3000]*\n?[ \t\u3000]*(?P<line>(?:本岗位|本职位)[^\n]*)")


def _sentence_line_end(text: str, a: int, b: int) -> int:
    """An item of a list of one-line items ends with its line when that ends a sentence
    (`;` or `。`): an unnumbered line after it (`本岗位直接向区域经理汇报。`) is a remark
    between the items, not the item wrapped. A remark on the post is an item of its own
    (the superior it names is read from it); other remarks are no items."""
    nl = text.find("\n", a, b)
    if nl < 0 or not text[nl:b].strip():
        return b
    return nl if text[a:nl].rstrip()[-1:] in (";", "。") else b


_AREA_LABEL_MAX = 10  # characters (`业务承接与客户关系`)


def _before_area_label(text: str, a: int, b: int) -> int:
    """Where text[a:b] ends without a last line `●培训方面` or `●早会经营`: a bullet above
    `1.…` that names the work area of the numbered items after it is no item (a sentence
    or anything punctuated would be one)."""
    nl = text.rfind("\n", a, b - 1)  # the span may end with its line's break
    line = a if nl < 0 else nl + 1
    if not _BULLET.match(text, line, b):
        # `…负责本科室的管理工作。` / `  业务管理`: after a whole sentence, a line of a few
        # words names the area of the items after it, bullet or none
        if line > a and text[a:line].rstrip().endswith("。"):
            return line if _is_area_label(clean_item(text[line:b])) else b
        return b
    return line if _is_area_label(clean_item(text[line:b])) else b


def _is_area_label(item: str) -> bool:
    """A few words without punctuation: `培训方面`, `排班与考勤`."""
    return bool(item) and len(item) <= _AREA_LABEL_MAX and not _PUNCTUATED.search(item)


_PUNCTUATED = re.compile(r"[,;。:、]")


# Items before the last that, each on a line of its own, make the last one end at its line.
_ONE_LINE_LIST = 2


def _line_end(text: str, a: int, b: int) -> int:
    """The last item of a list whose items each take one line ends at its line end: what
    follows on the next lines is another paragraph, not more of the item."""
    nl = text.find("\n", a, b)
    return nl if nl > 0 and text[nl:b].strip() else b


def _is_content_lead(lead: str, colon: bool) -> bool:
    """`主导重点供应商的年度合同谈判:` says something; `薪资作业:` only names a work area, and
    so does a cell run into its items without a colon (`参与经营战略管理的编制(1)…`)."""
    return "," in lead or "负责" in lead or len(lead) >= (10 if colon else 15)
