"""Rewrites of layouts into the forms the rules read, each keeping the text's length, so
offsets into the rewritten text are offsets into the decoded text.

Markdown and HTML markup blanked (`blank_markup`), `【label】` and label-above-value cells
made `label:value`, two-column label tables and bar grids made labelled lines and tab
rows, CSV made tab rows, tab rows run together on one line cut apart again, and page
furniture that only shows as a pattern over several lines (running heads, related-document
lists, readers' comments, site footers) blanked out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from itertools import repeat

from ingest.code_blocks import fenced_blocks, json_document
from ingest.item_rows import item_tables
from ingest.items import BLANK_LINE, cn_value
from ingest.names import holder_at, is_plausible, kind_of, tidy_name
from ingest.scan import trie_alt
from ingest.sql_dump import is_sql_dump
from ingest.vocab import (
    FIELD_KINDS,
    FIELD_LABEL_ALT,
    SURNAMES,
    TITLE_DASHES,
    TITLE_MARKS,
    WEIGHT,
)
from ingest.wikitext import blank_wikitext, is_wikitext
from ingest.wikitext import headings as wiki_headings
from ingest.wraps import cell_table_rows, line_number_runs

_ANY_LABEL = FIELD_LABEL_ALT  # one of the field labels, as a regex


# Markdown markup: heading marks and bold stars. Each rule opens with its literal
# character, so a text without `#` or `*` is passed over in one scan.
class _LineRule:
    """A rule for whole lines, found fast. Written `^…` with MULTILINE, the engine would try
    it at every position; as `\n…` it skips from line break to line break. The first line,
    with no break before it, is tried on its own."""

    def __init__(self, body: str) -> None:
        self._first = re.compile(body)
        self._after_break = re.compile("\n" + body)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches opening a line; a match past the first line starts at its line break."""
        first = self._first.match(text)
        if first:
            yield first
        yield from self._after_break.finditer(text)


_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_MD_STARS = re.compile(r"(\*\*)(?=[^\s*])([^*\n]{1,80}?)(?<=[^\s*])\*\*")
# `* ` and `+ ` open items as `- ` does (each found from its own character: fast).
_MD_BULLETS = (re.compile(r"\*(?=[ \t])"), re.compile(r"\+(?=[ \t])"))
# `__区域运营部__`, not the blanks of a form (`日期:____年__月__日`).
_MD_UNDERSCORES = re.compile(r"(?<!_)(__)(?=[^\s_\d])([^_\n]{2,80}?)(?<=[^\s_])__(?!_)")
_MD_NOTE = _LineRule(r"[ \t]*>[ \t]*(?:注意|提示|说明|备注|温馨提示|Note|Tip)[ \t]*[:：]")
# A GitHub, Obsidian or Feishu alert: `> [!WARNING]` and the quoted lines under it.
_MD_ALERT = re.compile(
    r"^[ \t]*>[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|INFO)\][^\n]*(?:\n[ \t]*>[^\n]*)*",
    re.M | re.I,
)
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\(([^()\s]{1,200})\)")
_QUOTE_AT = re.compile(r"\n[ \t]*>")
# `> 岗位:仓管员`, `>> 职责:`: the marks of a quoted mail or a Markdown blockquote.
_QUOTE_MARKS = _LineRule(r"[ \t]*>(?:[ \t]*>)*[ \t]?")


def _link_words(m: re.Match[str]) -> str:
    """A Markdown link's words, blanks in its brackets' and address's place; a link within
    the page (`[3.5 楼栋管家](#35-楼栋管家)`, a table of contents) blanked whole."""
    if m.group(2).startswith("#"):
        return " " * len(m.group(0))
    return " " + m.group(1) + " " * (len(m.group(0)) - 1 - len(m.group(1)))


# `– 入库验收`: an en dash opening a line is a bullet too (slides exported as text).
_DASH_BULLET = re.compile(r"\n([ \t\u3000]*)–(?=[ \t])")
# `01 | 总经办`: a section number set off by a bar, the line's only bar (a grid row has more).
_BARRED_NUMBER = re.compile(r"\n([ \t]*\d{1,2})([ \t]*[|｜])(?=[ \t]*[^\s|｜][^|｜\n]*\n)")
_BARS_IN_ROW = 2  # a line above with this many bars is a grid's row: the number is its cell


def _barred_number(text: str, m: re.Match[str]) -> str:
    """`01 | 总经办` made `01、 总经办`, unless the line above is a row of a grid (then the
    line is a row broken inside a cell: `4｜组织…,` / `督促…｜8D报告…｜15%`)."""
    above = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if above.count("|") + above.count("｜") >= _BARS_IN_ROW:
        return m.group(0)
    return f"\n{m.group(1)}、{' ' * (len(m.group(2)) - 1)}"


# `【急征】品保工程师`: a recruiting post's tag before the position.
# `【急聘】` before a job ad's title; `【岗位职责 5、6】` before a chat message's posts;
# `【群公告】` over a chat group's notice.
_POST_TAG = re.compile(
    r"【(?:(?:急|热|熱|高薪|诚|誠|名企)[征徵聘招]?"
    r"|(?:岗位职责|岗位说明|职位说明|崗位職責)[ \t]*\d{1,2}(?:[、,，][ \t]*\d{1,2})*|群公告)】"
)
# `▌岗位职责`: a bar marking a heading in an article of a chat app's public account;
# `- ▸ 岗位职责`: a toggle's mark in a Notion export.
# A bar before a name alone on its line is left to `marked_titles`.
_HEADING_BAR = re.compile(
    r"\n([ \t\u3000]*(?:- )?)[▌▍▎┃▸▶](?=[ \t]*\S)(?![ \t]*[\u4e00-\u9fffA-Za-z]{2,14}[ \t]*\r?\n)"
)


def _bullets_made_dashes(bullet: re.Pattern[str], text: str) -> str:
    """Each of the bullet's marks that opens a line made `-`: the same length."""
    return bullet.sub(lambda m: "-" if _opens_line(text, m.start()) else m.group(0), text)


def _opens_line(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


_MD_HEADING_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+(?P<words>\S[^\n]*?)[ \t#]*"
    # Headings of posts and web pages: `【店长】`, `▶ 厨师长(2名)`.
    # `【售后组】(部门说明,非岗位)`: a note after the heading
    # `🔹【园长】1人`: a mark before it, a count after it
    r"|(?:[\U0001F300-\U0001FAFF\u2600-\u27BF◆◇■□●○▲△▶►★☆※]\uFE0F?[ \t]*)?"
    r"【(?P<bracketed>[^】\n]{2,20})】[ \t]*(?:\d{1,3}[ \t]*[人名][ \t]*)?"
    r"(?:[(（][^()（）\n]{1,30}[)）][ \t]*)?"
    r"|[▶►][ \t]*(?P<marked>\S[^\n]{1,30}?)[ \t]*"
    # `★施工员★(土建、水电各1人)`, `——资料员——`: a title between two of the same marks
    rf"|(?P<mark>[{TITLE_MARKS}]|—{{1,4}}|={{2,4}}|~{{1,3}})[ \t]*"
    rf"(?P<decorated>[^\s{TITLE_MARKS}{TITLE_DASHES}][^\n]{{0,18}}?)[ \t]*(?P=mark)[ \t]*"
    r"(?:[(（][^()（）\n]{1,20}[)）][ \t]*)?"
    # A content tab of MkDocs Material (`=== ":material-account: 店长"`), its icon aside.
    r'|===[ \t]+"(?::[a-z0-9-]+:[ \t]*)?(?P<tab>[^"\n]{1,30})"[ \t]*'
    # A collapsible block's title in Markdown or HTML (`<summary><b>📣 宣传部</b></summary>`)
    r"|<summary>[ \t]*(?:<(?:b|strong)>)?[ \t]*"
    r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?[ \t]*)?"
    r"(?P<summary>[^<\s][^<\n]{1,29}?)[ \t]*(?:</(?:b|strong)>)?[ \t]*</summary>[ \t]*)$",
    re.MULTILINE,
)


_TITLE_MARKS = (*TITLE_MARKS, "—", "==", "~")


def markdown_headings(text: str) -> list[tuple[int, int, int]]:
    """The spans of the words of the headings in text, each with its level (the number of
    `#`; 0 where the mark says none): Markdown's, and the `【X】` and `▶ X` lines of posts
    and web pages."""
    if "[[" in text and is_wikitext(text):
        return wiki_headings(text)
    if not any(mark in text for mark in ("#", "【", "▶", "►", "===", "<summary>", *_TITLE_MARKS)):
        return []
    out = []
    for m in _MD_HEADING_LINE.finditer(text):
        a, b = m.span(m.lastgroup or "words")
        if m.lastgroup == "decorated":  # its closing mark and note too (a count in it)
            b = m.start() + len(m.group().rstrip())
        level = text.count("#", m.start(), a) if m.lastgroup == "words" else 0
        out.append((a, b, level))
    return out


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# MkDocs Material's markup: a tab's `=== "` and closing quote, an admonition's line
# (`!!! note "说明"`, `??? tip "…"`), icons (`:material-store:`), attribute lists
# (`{ .lg .middle }`), abbreviations (`*[KPI]: 关键绩效指标`) and footnotes (`[^1]`).
_MKDOCS_TAB = re.compile(r'^[ \t]*(?P<open>===[ \t]+")[^"\n]{1,40}(?P<close>")[ \t]*$', re.M)
_MKDOCS_MARKUP = re.compile(
    r"(?m:^[ \t]*(?P<admonition>(?:!!!|\?\?\?\+?)[ \t]+[a-z]+(?:[ \t]+\"[^\"\n]*\")?)[ \t]*$)"
    r"|(?P<icon>:(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:)"
    r"|(?P<attrs>\{[ \t]*(?:\.[a-z][\w-]*[ \t]*)+\})"
    r"|(?m:^(?P<abbr>\*\[[^\]\n]{1,20}\]:[^\n]*)$)"
    r"|(?P<footnote>\[\^\d{1,3}\](?::)?)"
)
# A card of a grid (`-   __门店__`, a blank line, an indented `---`, then its text): the
# card's title is a heading over its text, no item of a list.
_MKDOCS_CARD = _LineRule(
    r"[ \t]*(?P<bullet>-)[ \t]+[^\n]{1,60}\n[ \t]*\n[ \t]+(?P<rule>---)[ \t]*(?=\r?\n|\Z)"
)
_STRUCK = re.compile(r"~~[^~\n]{1,300}~~")
# What pandoc writes around Word's text: bookmarks (`[]{#_Toc161823000 .anchor}`), heading
# attributes (`{#sec-org}`, `{.unnumbered}`), an image and its size, a table's caption line.
_PANDOC_ATTRS = re.compile(
    r"\[\]\{#[^{}\n]{1,80}\}|\{(?:#[\w.:-]+|\.[\w-]+)(?:[ \t]+(?:#[\w.:-]+|\.[\w-]+))*\}"
    r"|!\[[^\]\n]{0,80}\]\([^()\n]{1,200}\)(?:\{[^{}\n]{0,80}\})?"
    r"|(?m:^:[ \t]+[^\n]{1,80}$)"
)
# What a decoder could not read: replacement characters, and `锟斤拷` (their bytes decoded
# again as GBK).
_UNDECODABLE = re.compile(r"(?:锟斤拷)+锟?|\ufffd+")
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?:[^\n]*\n){1,40}?---[ \t]*(?=\r?\n|\Z)")
# Other HTML left in a Markdown export: `<a name="x"></a>` anchors, `<span>`, `<font>`.
_INLINE_TAG = re.compile(
    r"</?(?:a|span|font|div|p|img|sup|sub|u|b|i|strong|em|details|summary)\b[^<>\n]{0,200}>"
)


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def blank_markup(text: str) -> str:
    """Markdown heading marks, heading bars (`▌`), bold stars, inline HTML tags and what a
    decoder could not read blanked out, `* ` and `– ` bullets made `- `, `01 | X` made
    `01、X`, and `<br>` in a table cell made `;`: the length stays the same, so offsets
    into the result are offsets into the original."""
    if "[[" in text and is_wikitext(text):  # a wiki page's source (`ingest.wikitext`)
        text = blank_wikitext(text)
    if "<" in text:
        if "<!--" in text:  # a comment in Markdown or HTML source is not shown
            text = _blank(text, [m.span() for m in _HTML_COMMENT.finditer(text)])
        text = _BR.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), text)
        text = _INLINE_TAG.sub(lambda m: " " * len(m.group(0)), text)
    if text.startswith("---"):
        front = _FRONT_MATTER.match(text)
        if front:  # `---` / `title: …` / `---`: a Markdown export's metadata
            text = _blank(text, [front.span()])
    if "\ufffd" in text or "锟斤拷" in text:
        text = _UNDECODABLE.sub(lambda m: " " * len(m.group(0)), text)
    if "#" in text:
        text = _MD_HEADING.sub(
            lambda m: " " * len(m.group(0)) if _opens_line(text, m.start()) else m.group(0),
            text,
        )
    if "–" in text:
        text = _DASH_BULLET.sub(r"\n\1-", text)
    if "|" in text or "｜" in text:
        text = _BARRED_NUMBER.sub(lambda m: _barred_number(text, m), text)
    if "【" in text:
        text = _POST_TAG.sub(lambda m: " " * len(m.group(0)), text)
    if any(bar in text for bar in "▌▍▎┃▸▶"):
        text = _HEADING_BAR.sub(r"\n\1 ", text)
    if ">" in text:  # `> 注意:…`: a callout's note, no content of a post
        text = _blank(
            text,
            [
                _line_at(text, m.start() + (text[m.start()] == "\n"))
                for m in _MD_NOTE.finditer(text)
            ],
        )
        if "[!" in text:  # `> [!NOTE]` over `> …` lines: an alert, the same
            text = _blank(text, [m.span() for m in _MD_ALERT.finditer(text)])
    if "wrote:" in text or "写道" in text:  # an earlier mail quoted under a reply
        text = _blank(text, _quoted_history(text))
    if "原始邮件" in text or "Original Message" in text:
        # `------------------ 原始邮件 ------------------` and all below it: an earlier
        # mail (a draft, an older version) under the one sent
        below = _EARLIER_MAIL.search(text)
        if below:
            text = _blank(text, [(below.start(), len(text))])
    if _QUOTE_AT.search(text) or text.lstrip().startswith(">"):
        # The rest of a quote is read as its words; its marks are blanked.
        text = _blank(
            text,
            [(m.start() + (text[m.start()] == "\n"), m.end()) for m in _QUOTE_MARKS.finditer(text)],
        )
    if "```" in text:  # a YAML or JSON block is data (`ingest.code_blocks`), no prose
        text = _blank(text, [(m.start("body"), m.end("body")) for m in fenced_blocks(text)])
    if text[:1] in "{[ \t\r\n" and json_document(text):  # so is a whole file of JSON
        return _blank(text, [(0, len(text))])
    if "INSERT INTO" in text and is_sql_dump(text):  # ... and a database dump
        return _blank(text, [(0, len(text))])
    if "条目" in text or "组织编码" in text:  # ... and tables of items (`ingest.item_rows`)
        text = _blank(text, item_tables(text))
    if "===" in text or "!!!" in text or "???" in text or ":material-" in text:
        spans = [m.span(m.lastgroup or 0) for m in _MKDOCS_MARKUP.finditer(text)]
        tabs = _MKDOCS_TAB.finditer(text)
        spans += [sp for m in tabs for sp in (m.span("open"), m.span("close"))]
        text = _blank(text, spans)
    if " ---" in text or "\t---" in text:
        cards = _MKDOCS_CARD.finditer(text)
        text = _blank(text, [sp for m in cards for sp in (m.span("bullet"), m.span("rule"))])
    if "~~" in text:  # `~~电话客服组、~~`: struck out, as an online document shows a deletion
        text = _STRUCK.sub(lambda m: " " * len(m.group(0)), text)
    if "__" in text:  # `__区域运营部__`: bold, as Markdown also writes it
        text = _MD_UNDERSCORES.sub(
            lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text
        )
    if "{" in text and ("{#" in text or "{." in text or "{width" in text):
        text = _PANDOC_ATTRS.sub(lambda m: " " * len(m.group(0)), text)
    if "](" in text:  # `[需求评审规范](/handbook/prd/)`: the link's words, its address blanked
        text = _MD_LINK.sub(_link_words, text)
    if "*" in text or "+ " in text:
        for bullet in _MD_BULLETS:
            text = _bullets_made_dashes(bullet, text)
        text = _MD_STARS.sub(
            lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text
        )
    return text


# `【岗位名称】网店运营专员`: a field label in square brackets, as Word sheets print them.
_BRACKET_LABEL = re.compile(rf"【[ \t]*(?:{_ANY_LABEL})[ \t]*】")


# `【服务员领班】直接上级 店长`: a position in brackets opening a line, its fields after it.
_BRACKET_TITLE = re.compile(r"【(?P<name>[^】\n]{2,12})】(?=[ \t]*[^\s]|[ \t]*\n)")


# `👉 客房部经理` alone on its line: a post's heading in an article (with a note, as
# `■ 业务专员(编制6人)`, it is read as a line heading).
_BARS = frozenset("▌▍▎┃▸▶")
_MARKED_TITLE = re.compile(
    r"\n(?P<mark>[ \t]*[👉➤►▶■◆◇★☆●▌▍▎┃▸][ \t]*)"
    # ... `◇招生主管岗位（1人）`: with the post's count after it
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,14}(?:[（(]\d{1,3}[人名][）)])?)(?P<end>[ \t]*)(?=\r?\n)"
)


# `🔸理事长:主持…` opening a line: the mark before a post's label, made a blank.
_LABEL_MARKS = "🔸🔹👉➤►▶■◆★☆●▌▍▎┃▸◇▪•"
_MARKED_LABEL = re.compile(
    rf"\n(?P<mark>[ \t]*[{_LABEL_MARKS}][ \t]*)(?P<name>[\u4e00-\u9fffA-Za-z]{{2,14}})(?=[:：])"
)


_COUNT_NOTE = re.compile(r"[（(]\d{1,3}[人名][）)]$")


def marked_titles(text: str) -> str:
    """`👉 客房部经理` alone on its line made ` 客房部经理:`, a heading the rules read, and the
    mark of `🔸理事长:…` made a blank: the same length."""
    if not any(mark in text for mark in _LABEL_MARKS):
        return text

    def unmarked(m: re.Match[str]) -> str:
        if not kind_of(m.group("name")):
            return m.group(0)
        return "\n" + " " * len(m.group("mark")) + m.group("name")

    text = _MARKED_LABEL.sub(unmarked, "\n" + text)[1:]

    def titled(m: re.Match[str]) -> str:
        name = m.group("name")
        note = _COUNT_NOTE.search(name)
        core = name[: note.start()] if note else name
        title = tidy_name(core)  # `招生主管岗位`: the post 招生主管
        if not kind_of(title):  # a heading's bar is blanked all the same (`▍写在最后`)
            mark = m.group("mark")
            bar = mark.strip() in _BARS
            return "\n" + (" " * len(mark) if bar else mark) + name + m.group("end")
        kept = title + (note.group() if note else "") if core.startswith(title) else name
        blanks = len(m.group("mark")) + len(name) - len(kept) + len(m.group("end")) - 1
        return "\n" + " " * blanks + kept + ":"

    return _MARKED_TITLE.sub(titled, "\n" + text)[1:]  # the first line opens after a break too


def bracket_labels(text: str) -> str:
    """`【岗位名称】X` made ` 岗位名称:X`, and `【店长】X` opening a line made ` 店长:X`: the
    same length, so offsets still hold."""
    if "【" not in text:
        return text
    text = _BRACKET_LABEL.sub(lambda m: " " + m.group(0)[1:-1] + ":", text)
    return _BRACKET_TITLE.sub(lambda m: _bracket_title(text, m), text)


def _bracket_title(text: str, m: re.Match[str]) -> str:
    """`【店长】` opening a line made ` 店长:`; a unit's name so only alone on its line or
    before what it does (`【基础架构部】负责…`, not `【研发部】招募韧体工程师,…`)."""
    kind = kind_of(m.group("name"))
    if not kind or text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
        return m.group(0)
    line_end = text.find("\n", m.end())
    after = text[m.end() : line_end if line_end >= 0 else len(text)].strip()
    if kind == "dept" and after and not after.startswith(_UNIT_DOES):
        return m.group(0)
    return f" {m.group('name')}:"


_UNIT_DOES = ("负责", "主要负责", "职责", "主要职责", "承担", "主管")


# `NO.1 主编(1人)` and `1️⃣ 教务处处长` (a keycap), as articles number their sections: made
# `1、主编(1人)`.
_NO_NUMBER = re.compile(
    r"(\n[ \t]*)(?:[Nn][Oo]\.?[ \t]?(\d{1,2})[ \t]+|(\d)\ufe0f?\u20e3[ \t]*)(?=\S)"  # `\n` first
)


def no_numbers(text: str) -> str:
    """`NO.2 编辑` or `2️⃣ 编辑` opening a line made `2、   编辑`: the same length."""
    if "NO" not in text and "No" not in text and "\u20e3" not in text:
        return text

    def numbered(m: re.Match[str]) -> str:
        lead, digits = m.group(1), m.group(2) or m.group(3)
        return lead + digits + "、" + " " * (len(m.group(0)) - len(lead) - len(digits) - 1)

    return _NO_NUMBER.sub(numbered, "\n" + text)[1:]  # the first line opens after a break too


# Labels whose value is a name or a number, one line long.
_ONE_LINE_KINDS = ("name", "dept_name", "department", "superior", "parent", "subordinate",
                   "headcount")  # fmt: skip
_ONE_LINE_LABEL = trie_alt(tuple(k for k, v in FIELD_KINDS.items() if v in _ONE_LINE_KINDS))


# `岗位名称` on a line of its own and its value on the next, as a Word table comes out of a
# scraper that puts every cell on a line. The line end is the group, made the colon.
_LABEL_ABOVE_VALUE = _LineRule(rf"[ \t]*(?:{_ONE_LINE_LABEL})[ \t]*(\r?\n)(?=[ \t]*[^\s:])")
_ANY_LABEL_LINE = re.compile(rf"[ \t]*(?:{_ANY_LABEL})[ \t]*:?[ \t]*\r?$")
# Fewer than this many such pairs in a text are more likely a heading over its first line.
_MIN_LABELS_ABOVE_VALUES = 3


# `| 直接上级 | 供应链总监 |`: a Markdown table of two columns, labels and their values.
# A head row (`| 岗位名称 | 人数 |`, a label in each cell) is left as it is.
_LABEL_ROW = _LineRule(
    rf"[ \t]*(\|)[ \t]*(?:{_ANY_LABEL})[ \t]*(\|)"
    rf"(?![ \t]*(?:{_ANY_LABEL})[ \t]*\|)[^|\n]*(\|)[ \t]*(?=\r?\n|\Z)"
)


# `职　　称　协理`, `部  门 市场部`: a two-character label spaced out to the width of the
# form's longer labels, then its value.
_SPACED_LABEL = re.compile(
    r"^([ \t\u3000]*)([\u4e00-\u9fff])([ \t\u3000]{1,6})([\u4e00-\u9fff])"
    # `权　限` alone on its line over its items, as a scanned sheet's cell comes out
    r"(?=[ \t\u3000]+\S|[ \t]*[:：]|[ \t\u3000]*\r?$)",
    re.MULTILINE,
)


# `仓储营收完成率(` / `25%)`: a line cut right after an opening bracket goes on below.
_OPEN_BRACKET_WRAP = re.compile(r"(?<=[(（])[ \t]*\n(?=[^\n])")


def bracket_wraps(text: str) -> str:
    """Such a line joined with the next by a blank for its break: the same length."""
    if "(\n" not in text and "（\n" not in text:
        return text
    return _OPEN_BRACKET_WRAP.sub(lambda m: " " * len(m.group()), text)


# `4.2.1　前廳總監　Director of Front Office (Director de Recepção)`, `二、餐飲總監 (Director of
# Food & Beverage)`: a heading of a post or unit with its title in other languages after it.
_TITLE_IN_LATIN = re.compile(
    # (`2. 护理主任 Nursing Officer (1名)`, `• 护理部 Nursing Department`: a number or a bullet)
    r"^(?P<head>[ \t\u3000]*"
    r"(?:\d{1,2}(?:\.\d{1,2})*[.、．]?|[一二三四五六七八九十]{1,3}、|[•●◆■▪-])?[ \t\u3000]*"
    r"(?P<name>[\u4e00-\u9fff]{2,14}))"
    # (`实验室主任 / Lab Director (PI)`: after a slash too)
    # (`值班经理（Duty Manager）`: a bracket needs no blank before it)
    r"(?P<latin>(?:[ \t\u3000]+|[ \t\u3000]*[/／][ \t\u3000]*|(?=[(（]))(?:[/／][ \t\u3000]*)?"
    r"[(（]?(?!www\.|https?:)[A-Za-z][^\u4e00-\u9fff\n]{2,80}?)"  # an address is no title
    # `值班经理 Duty Manager(5人)`, `前台 Front Desk(编制:28人)`: a count after it stays
    r"(?P<count>[ \t]*[(（](?:编制[:：])?\d{1,3}[人名位][)）])?[ \t]*$",
    re.MULTILINE,
)


# `汇报对象 Reports to:`, `职责 Responsibilities`: a field's label with its English gloss
# after it, before its colon or alone on its line (found from the gloss; the label before it
# is read back: a rule that opened with the label would be tried at every character).
_LABEL_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\u3000]+[A-Za-z][A-Za-z &./'-]{1,40}?[ \t\u3000]*(?=[:：]|$)",
    re.MULTILINE,
)
_LABEL_BACK = re.compile(r"[\u4e00-\u9fff]{2,8}$")

# `社工处 (Social Work Division):负责…`: a unit's English name in brackets before the colon
# (found from its bracket; the name before it is read back).
_GLOSS_BEFORE_COLON = re.compile(r"[(（][A-Za-z][A-Za-z &.,'/-]{1,40}[)）](?=[ \t\u3000]*[:：])")
_CJK_RUN_BACK = re.compile(r"[\u4e00-\u9fff]{2,14}$")
# `3.2 船长（Master）职责`, `值班水手（AB）职责`: a post's English title between its name and
# the word for its duties (found from its bracket; the name before it is read back).
_GLOSS_BEFORE_KEYWORD = re.compile(
    r"[(（][A-Za-z][A-Za-z &.,'/-]{0,40}[)）][ \t]*(?P<kw>(?:岗位)?(?:职责|职能|说明书?))"
)
_NAME_BACK = re.compile(r"[\u4e00-\u9fff]{2,14}[ \t]*$")


def latin_titles(text: str) -> str:
    """Such a heading's other-language title, and a name's English gloss before its colon,
    made blanks: the same length."""
    if not _ASCII_WORD.search(text):
        return text

    def blanked(m: re.Match[str]) -> str:
        # (a slash before the other title marks a bilingual title, whatever its name's kind)
        if not kind_of(m.group("name")) and "/" not in m.group("latin").lstrip()[:1]:
            return m.group(0)
        if _ACRONYM_ONLY.fullmatch(m.group("latin").strip()):
            return m.group(0)  # `小组 KPI`: the word's own acronym, no title in English
        rest = m.group(0)[len(m.group("head")) :]
        count = (m.group("count") or "").strip()  # kept right after the name
        return m.group("head") + count + " " * (len(rest) - len(count))

    text = _TITLE_IN_LATIN.sub(blanked, text)
    text = _without_glosses(text)
    if "(" not in text and "（" not in text:
        return text
    text = _keywords_to_names(text)
    spans = []
    for m in _GLOSS_BEFORE_COLON.finditer(text):
        a = m.start()
        while a > 0 and text[a - 1] in " \t\u3000":  # the blanks before the bracket too
            a -= 1
        name = _CJK_RUN_BACK.search(text, max(0, a - 14), a)
        if name and kind_of(name.group()):
            spans.append((a, m.end()))
    return _blank(text, spans) if spans else text


_ASCII_WORD = re.compile(r"[A-Za-z]{3}")
_ACRONYM_ONLY = re.compile(r"[A-Z]{2,5}")


# Labels whose value may be an English title alone on their line (`汇报给 Head of Growth`).
_VALUE_KINDS = frozenset({"superior", "subordinate", "department", "name", "parent", "dept_name"})


def _without_glosses(text: str) -> str:
    """Each label's English gloss blanked: the same length."""
    spans = []
    for m in _LABEL_GLOSS.finditer(text):
        back = _LABEL_BACK.search(text, max(0, m.start() - 8), m.start())
        label, gloss = back.group() if back else "", m.group().strip()
        if label not in FIELD_KINDS or gloss.isupper():  # `部门 KPI:`, `汇报给 CEO`: no gloss
            continue
        if FIELD_KINDS[label] in _VALUE_KINDS and text[m.end() : m.end() + 1] not in ":：":
            continue
        spans.append(m.span())
    return _blank(text, spans) if spans else text


def _keywords_to_names(text: str) -> str:
    """The name, then its keyword, then blanks where the gloss stood: the same length."""
    parts: list[str] = []
    pos = 0
    for m in _GLOSS_BEFORE_KEYWORD.finditer(text):
        back = _NAME_BACK.search(text, max(pos, m.start() - 20), m.start())
        if back is None:
            continue
        name = back.group().rstrip(" \t")
        words = name + m.group("kw")
        parts += [text[pos : back.start()], words, " " * (m.end() - back.start() - len(words))]
        pos = m.end()
    return "".join(parts) + text[pos:] if parts else text


# `職稱／人數／職掌` then `經理／1／經理承廠長之命，…`: a table whose cells are cut by slashes.
_SLASH_HEAD = re.compile(
    r"^[ \t]*(?:[\u4e00-\u9fff]{2,6}[／/]){2,5}[\u4e00-\u9fff]{2,6}[ \t]*$", re.M
)
_SLASH = re.compile(r"[／/]")


def slash_rows(text: str) -> str:
    """Such a table made a tab table: the head row's slashes, and in each row up to a
    blank line as many slashes from its start, made tabs. The same length."""
    if "／" not in text and "/" not in text:
        return text
    chars: list[str] | None = None
    for m in _SLASH_HEAD.finditer(text):
        labels = _SLASH.split(m.group().strip())
        if not all(lab in FIELD_KINDS for lab in labels):
            continue
        chars = chars if chars is not None else list(text)
        cuts = len(labels) - 1
        for s in _SLASH.finditer(text, m.start(), m.end()):
            chars[s.start()] = "\t"
        pos = m.end() + 1
        while pos < len(text):
            eol = text.find("\n", pos)
            eol = len(text) if eol < 0 else eol
            line = text[pos:eol]
            if not line.strip():
                break
            slashes = list(_SLASH.finditer(text, pos, eol))
            first = text[pos : slashes[0].start()].strip() if slashes else ""
            if len(slashes) >= cuts and is_plausible(first, strict=False):
                for s in slashes[:cuts]:
                    chars[s.start()] = "\t"
            pos = eol + 1
    return "".join(chars) if chars is not None else text


# `岗 位 名 称 ： 调 度 员`, `第 三 章  生 产 运 行 部`: a PDF's text layer letter-spacing
# headings and labels, a blank after every character and two between words.
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff](?= |$)", re.MULTILINE)
_SPACED_MIN = 4  # characters a letter-spaced line holds at least
_SPACED_SHARE = 0.8  # of its pieces between single blanks, at least this share are one character


def letter_spacing(text: str) -> str:
    """A letter-spaced line closed up, one blank kept between its words (where the line had
    two or more), the blanks taken out put at its end: the length stays the same."""
    if not _LETTER_SPACED.search(text):
        return text
    out: list[str] = []
    pos = 0
    for m in _LETTER_SPACED.finditer(text):
        if m.start() < pos:
            continue  # a line already seen
        a = text.rfind("\n", 0, m.start()) + 1
        b = _line_at(text, m.start())[1]
        line = text[a:b]
        closed = _closed_up(line)
        out += [text[pos:a], closed + " " * (len(line) - len(closed))]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _closed_up(line: str) -> str:
    """`第 三 章  生 产 运 行 部` as `第三章 生产运行部`; a line not letter-spaced as it is."""
    words = re.split(r"[ \t\u3000]{2,}", line.strip())
    pieces = [p for w in words for p in w.split(" ")]
    ones = sum(len(p) == 1 for p in pieces)
    if len(pieces) < _SPACED_MIN or ones < _SPACED_SHARE * len(pieces):
        return line
    lead = line[: len(line) - len(line.lstrip())]
    return lead + " ".join(w.replace(" ", "") for w in words)


# `【岗位职责 1】店长——张伟`, `抢修班班长—吕建平`, `CTO · 顾衍`: a post's heading with who
# holds it.
_HOLDER_LINE = _LineRule(
    r"[^\n]{0,24}?(?<![\u4e00-\u9fffA-Za-z])(?P<title>[\u4e00-\u9fffA-Za-z]{2,14})[ \t]*"
    r"(?P<dash>[-—–~]{1,2}|[·・])[ \t]*(?P<person>[\u4e00-\u9fff]{2,3})[ \t]*"
    # `技术支持经理 — 宋佳（汇报给技术总监）`: a note on the post may follow
    r"(?=(?:[(（][^()（）\n]{1,20}[)）][ \t]*)?(?:\r?\n|\Z))"
)


# `5.1 制造部 部长  中村 浩二(兼务)`: a numbered post heading spelt unit, title and holder,
# blanks between; made `5.1 制造部部长` and blanks (the holder's name, two blanks away).
# `5.3 设备保全担当  陆 建平  职级：主任`: the title alone, its holder and grade.
_SPACED_POST_HEADING = _LineRule(
    r"(?P<num>[ \t]*\d{1,2}(?:\.\d{1,2})+[ \t\u3000]+)(?:(?P<unit>[^\s]{2,12})[ \t\u3000])?"
    r"(?P<title>[^\s]{1,12})(?P<holder>(?:[ \t]{2,}|\u3000+)[\u4e00-\u9fff]{1,2}[ \u3000]?"
    r"[\u4e00-\u9fff]{1,3}(?:[(（]兼务?[)）])?)?(?:(?:[ \t]{2,}|\u3000+)职级[:：][^\s]{1,8})?"
    r"[ \t\u3000]*(?=\r?\n|\Z)"
)


def spaced_post_headings(text: str) -> str:
    """`5.1 制造部 部长  中村 浩二` made `5.1 制造部部长` and blanks: the same length."""
    if "  " not in text and "\u3000" not in text:
        return text

    def joined(m: re.Match[str]) -> str:
        unit, title = m.group("unit"), (m.group("unit") or "") + m.group("title")
        if unit is None:  # the title alone: rewritten only to drop its holder
            named = m.group("holder") is not None
        elif (
            m.group("holder") is None
            and kind_of(unit) == "role"
            and holder_at(unit + "-" + m.group("title")) is not None
        ):  # `4.1　生产中心总监　钱国栋`: the title, then its holder
            named, title = True, unit
        else:  # `SMT系 系长`: a unit named by the title's first word (课长 of a 课, 系长 of a 系)
            named = kind_of(unit) == "dept" or m.group("title")[:1] == unit[-1:]
        if not named or kind_of(title) != "role":
            return m.group(0)
        head = "\n" if text[m.start()] == "\n" else ""
        words = head + m.group("num").lstrip("\n") + title
        return words + " " * (len(m.group(0)) - len(words))

    return _sub_lines(_SPACED_POST_HEADING, joined, text)


# `局长 张建国：主持局全面工作；…`: a leader's title and name opening a line of duties.
# (`委员　吴　丽：`, a two-character name spaced out; `副主任　周建国（兼党委副书记）：`, a
# note on what else the person holds, blanked with the name)
_HOLDER_LABEL = _LineRule(
    r"[ \t\u3000]*(?P<title>[\u4e00-\u9fffA-Za-z]{2,14})(?P<dash>[ \t\u3000]+)"
    r"(?P<person>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}?)"
    r"(?P<note>[(（]兼[^()（）\n]{1,16}[)）])?(?=[ \t]*[:：])"
)


# `2. 郑国强　村委会副主任` alone on its line: a numbered list of who holds which post,
# the person first.
_PERSON_THEN_TITLE = _LineRule(
    r"[ \t]*(?:\d{1,2}[.、．][ \t]*|[(（][一二三四五六七八九十\d]{1,2}[)）][ \t]*)"
    r"(?P<person>[\u4e00-\u9fff]{2,3})(?P<gap>[ \t\u3000]+)"
    r"(?P<title>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,20})[ \t]*(?=\r?\n|\Z)"
)


# `中心主任：林嘉禾（主任医师）` alone on its line over the leader's duties: the title, then
# who holds it with their rank; or `处　长：孟庆华` with no rank, over a paragraph of them.
_HOLDER_VALUE = _LineRule(
    r"[ \t\u3000]*(?P<title>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\u3000]{1,16})"
    r"[ \t]*[:：][ \t\u3000]*"
    r"(?P<person>[\u4e00-\u9fff]{2,3})(?P<rank>[(（][^()（）\n]{1,12}[)）])?"
    r"(?=[ \t]*(?:\r?\n|\Z)|[ \u3000]{2,})"  # (or a hanging indent's wrap, joined)
)
# The paragraph under such a line: words, no label, a sentence or clause ended.
_PARAGRAPH_BELOW = re.compile(r"[ \t]*\r?\n[ \t\u3000]*[^\s:：][^\n:：]{9,}?[。；;]")


_FIELD_LINE = re.compile(r"\s*[\u4e00-\u9fff\u3000]{2,8}[:：]")


# `土建组（组长：钱国栋）：负责…`: who leads the unit, noted between its name and colon
# (or the end of its line).
_LEADER_NOTE = re.compile(
    r"[（(](?:组长|负责人|主管|队长|主任|经理)"
    # (`(主任:陈建军　委员:郑国强、吴秀兰)`: its members after the head)
    r"(?:[:：][ \t]*[\u4e00-\u9fff·]{2,4}(?:[ \t\u3000]+[^()（）\n]{1,40})?|由[^()（）\n]{2,12})"
    r"[)）](?=[ \t]*(?:[:：]|\r?\n))"
)
# `【公司总经理】` over `↓` over `【项目经理 周立新】┄┄【工程管理中心】`: a chart drawn with
# arrows between boxes. Its boxes are no headings; what it shows is said in the text.
_ARROW_LINE = re.compile(r"^[ \t]*[↓↑⇩⇓▼▲│|][ \t]*$", re.M)
_BOX_LINE = re.compile(r"[ \t]*(?:【[^】\n]{1,24}】[ \t┄…—\-→←↔]*)+")


# A grid table (pandoc's, or any drawn with `+---+` borders): each row's cells, wrapped over
# its lines inside `|` bars, put on one line, cut by tabs (two cells: between bars, as a
# label's row in a Markdown table reads).
_GRID_BORDER = re.compile(r"[ \t]*\+(?:[-=:]+\+){1,12}[ \t]*")
_CELL_ITEM = re.compile(r"(?:\d{1,2}\\?[.、)]|[(（]\d{1,2}[)）]|[\u2460-\u2473]|[-*•·][ \t])")
_MD_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|~<>\"'])")


def grid_tables(text: str) -> str:
    """Each grid table's rows made one line of cells, its borders blanked: the same
    length. A cell's lines are joined (a wrapped sentence goes on); an item's number or
    bullet, a blank line or a hard break (`\\`) inside the cell starts a new item, after `;`."""
    if "+-" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans: list[tuple[int, int, str]] = []  # (start, end, what stands there now)
    i = 0
    while i < len(lines):
        if not (
            _GRID_BORDER.fullmatch(lines[i])
            and i + 1 < len(lines)
            and lines[i + 1].lstrip().startswith("|")
        ):
            i += 1
            continue
        cuts = [k for k, c in enumerate(lines[i]) if c == "+"]
        if len(cuts) < 3:  # one column: a box of a chart, or a frame around a note
            i += 1
            continue
        top = (starts[i], starts[i + 1] - 1, "")  # blanked if rows follow it
        j = i
        while True:  # each row: its `|` lines and the border under them
            k = j + 1
            while k < len(lines) and lines[k].lstrip().startswith("|"):
                k += 1
            if k == j + 1 or k >= len(lines) or not _GRID_BORDER.fullmatch(lines[k]):
                break
            if any(line.count("|") != len(cuts) for line in lines[j + 1 : k]):
                break  # a cell spanning rows or columns, or a chart's box: no plain row
            cells = _grid_cells(lines[j + 1 : k], len(cuts) - 1)
            # `| 项目 | 内容 |` over `| 直接上级 | X |` rows: a head naming no field
            head = "=" in lines[k] and len(cells) == 2 and cells[0] not in FIELD_KINDS
            if head:
                row = ""
            elif len(cells) == 2:  # `| 直接上级 | X |`, a label's row (`label_rows`)
                row = "| " + " | ".join(cells) + " |"
            else:
                row = "\t".join(cells)
            spans += [top] if j == i else []
            spans.append((starts[j + 1], starts[k + 1] - 1, row))
            j = k
        i = j + 1
    out: list[str] = []
    pos = 0
    for a, b, row in spans:
        if len(row) > b - a:
            continue
        out += [text[pos:a], row, " " * (b - a - len(row))]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _grid_cells(rows: list[str], ncols: int) -> list[str]:
    """The cells of a grid table's row from its lines, cut at the bars (by characters, not
    columns: a hanzi takes two columns of the border's width)."""
    cells: list[list[str]] = [[] for _ in range(ncols)]
    for line in rows:
        parts = line.strip().split("|")[1:-1]
        for n, part in enumerate(parts[:ncols]):
            cells[n].append(part)
    return [_grid_cell(segments) for segments in cells]


def _grid_cell(segments: list[str]) -> str:
    pieces: list[str] = []
    new = True
    for raw in segments:
        seg = raw.strip()
        if not seg:
            new = True
            continue
        hard = seg.endswith("\\")
        seg = _MD_ESCAPE.sub("", seg.rstrip("\\").rstrip())
        if new or _CELL_ITEM.match(seg) or not pieces:
            pieces.append(seg)
        else:
            joint = "" if _CJK.match(seg) or _CJK.search(pieces[-1][-1:]) else " "
            pieces[-1] += joint + seg
        new = hard
    return ";".join(" ".join(p.split()) for p in pieces)


# A chart drawn in ASCII: boxes of `+----+` and `|`, apart from each other (`+---+   +---+`),
# joined by lines of `|`, `/` and `\`. A grid table's borders run unbroken from edge to edge.
_ASCII_DRAWING = re.compile(r"[ \t|+\-=/\\]*")
_BOXES_APART = re.compile(r"\+[-=]{2,}\+[ \t]+\+[-=]{2,}\+")
_BRANCH = re.compile(r"[ \t]*[/\\|][ \t/\\|]*")


# A chart's text pane pasted as an outline (SmartArt, a mind map): a box a line, set in one
# tab a level, boxes of a title and a person on lines of their own. What it shows the
# text says too; read as lines it would be items of the post above it.
_OUTLINE_BOX = re.compile(r"\t*[^\s\t:：,，。;；、•●\-][^\n:：,，。;；、]{0,15}")
_OUTLINE_MIN = 6  # lines of an outline chart
_BOX_COUNT = re.compile(r"[（(]\d{1,3}[人名][）)]")
_OUTLINE_DEPTHS = 3  # levels it shows (none set in, one tab, two tabs…)


def outline_charts(text: str) -> str:
    """Each such outline blanked (its line breaks kept), but for boxes with a count: the
    same length."""
    if "\n\t\t" not in text:
        return text
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, int]] = []  # (start, end, depth) of the lines of a run

    def close() -> None:
        depths = {d for _, _, d in run}
        if len(run) >= _OUTLINE_MIN and len(depths) >= _OUTLINE_DEPTHS:
            # a box with its count (`出纳（1人）`) stays: a post and its headcount
            spans.extend((a, b) for a, b, _ in run if not _BOX_COUNT.search(text, a, b))
        run.clear()

    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        body = line.rstrip("\r")
        if body.strip() and _OUTLINE_BOX.fullmatch(body.rstrip(" ")):
            run.append((pos, pos + len(body), len(body) - len(body.lstrip("\t"))))
        else:
            close()
        pos = end + 1
    close()
    return _blank(text, spans) if spans else text


def ascii_charts(text: str) -> str:
    """The lines of each chart drawn in ASCII blanked, up to a blank line either way: what
    the chart shows is said in the text, and its boxes would read as table rows."""
    if "+--" not in text:
        return text
    spans: list[tuple[int, int]] = []
    pos = 0
    while (at := text.find("+--", pos)) >= 0:
        a = text.rfind("\n\n", 0, at)
        a = 0 if a < 0 else a + 2
        b = text.find("\n\n", at)
        b = len(text) if b < 0 else b
        lines = [ln for ln in text[a:b].split("\n") if ln.strip()]
        drawn = all(_ASCII_DRAWING.fullmatch(ln) or "|" in ln for ln in lines)
        chart = any(_BOXES_APART.search(ln) for ln in lines) or any(
            ("/" in ln or "\\" in ln) and _BRANCH.fullmatch(ln) for ln in lines
        )
        if drawn and chart:
            spans.append((a, b))
        pos = b + 1
    return _blank(text, spans) if spans else text


def arrow_charts(text: str) -> str:
    """The box lines of an arrow chart blanked: the same length."""
    if "【" not in text or not any(a in text for a in "↓↑⇩⇓▼▲"):
        return text
    spans: list[tuple[int, int]] = []
    for m in _ARROW_LINE.finditer(text):
        if not any(a in m.group() for a in "↓↑⇩⇓▼▲"):
            continue
        around = [_line_before(text, m.start(), _NON_BLANK), _line_after(text, m.end(), _NON_BLANK)]
        spans += [sp for sp in around if sp is not None and _BOX_LINE.fullmatch(text, sp[0], sp[1])]
    return _blank(text, spans) if spans else text


# A roster: a table of people (`职务 姓名 职称 证号 …`) with no column of duties and none
# of superiors (`ingest.people` reads those). Its rows describe people, not posts.
_ROSTER_HEAD = _LineRule(r"[^\n]{0,40}姓名[^\n]{0,200}")
_ROSTER_POST_COLUMN = re.compile(r"(?:^|[\s|])(?:职务|职称|岗位|职位)(?=[\s|]|$)")
_ROSTER_OTHER_COLUMNS = re.compile(r"职责|职掌|工作内容|业务|分工|任务|上级|汇报|领导|主管")
_ROSTER_CELLS = re.compile(r"[\t|]|[ \u3000]{1,}")


def rosters(text: str) -> str:
    """The head and rows of each roster blanked, up to a blank line: the same length."""
    if "姓名" not in text:
        return text
    spans: list[tuple[int, int]] = []
    for m in _ROSTER_HEAD.finditer(text):
        a = m.start() + (text[m.start()] == "\n")
        head = text[a : m.end()]
        cells = [c for c in _ROSTER_CELLS.split(head.strip()) if c]
        if len(cells) < 4 or "姓名" not in cells or not _ROSTER_POST_COLUMN.search(head):
            continue
        if _ROSTER_OTHER_COLUMNS.search(head):
            continue
        end = m.end()
        while end < len(text):  # the rows, up to a blank line or a note
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            row = text[end + 1 : nxt]
            if not row.strip() or row.lstrip().startswith(("注", "说明", "备注")):
                break
            if len([c for c in _ROSTER_CELLS.split(row.strip()) if c]) < 3:
                break
            end = nxt
        spans.append((a, end))
    return _blank(text, spans) if spans else text


# A report in the first person labels its lists in words of its own: `我的职责主要有四块:`,
# `我的主要职责是:`, `我本人2025年工作目标/考核指标(已签订责任书):`.
_FIRST_PERSON_LABEL = re.compile(
    r"我的(?:主要)?(?:岗位)?(?P<duties>职责)(?:主要)?(?:有[^:：\n]{0,4}|是|为|包括)?[:：]"
    r"|我本人[^:：\n]{0,24}?(?P<kpis>考核指标)(?:[（(][^()（）\n]{0,30}[)）])?[:：]"
)


def first_person_labels(text: str) -> str:
    """Such labels made the plain ones (`职责:`, `考核指标:`), blanks before: the same length."""
    if "我" not in text:
        return text

    def plain(m: re.Match[str]) -> str:
        label = (m.group("duties") or m.group("kpis")) + m.group(0)[-1]
        return " " * (len(m.group(0)) - len(label)) + label

    return _FIRST_PERSON_LABEL.sub(plain, text)


# OKRs: `O1：新用户留得住` over `- KR1：次日留存率从38%提升到45%`, or `KR1 A；KR2 B` on a
# line. The key results are measures; the objective is their heading, no measure itself.
_KEY_RESULT = re.compile(r"(?<![A-Za-z])KR\d{1,2}(?:[ \t]*[:：][ \t]*|[ \t]+)(?=\S)")
_OBJECTIVE_LINE = _LineRule(r"(?P<line>[ \t]*(?:[-*][ \t]+)?O\d{1,2}[ \t]*[:：][^\n]{1,60})")


def key_results(text: str) -> str:
    """Each `KRn：` blanked, and each objective's line made a `KR:` label over the key
    results under it: the same length."""
    if "KR" not in text or not _KEY_RESULT.search(text):
        return text
    chars = list(text)
    for m in _OBJECTIVE_LINE.finditer(text):
        a, b = m.span("line")
        nxt = _next_line(text, b)
        rest = text[nxt : nxt + 12].lstrip(" \t-*")
        if rest.startswith("KR") and b - a >= len("KR:"):
            chars[a:b] = "KR:" + " " * (b - a - 3)
    for m in _KEY_RESULT.finditer(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _next_line(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


# Company standards (企业标准, `Q/LJRD 205.301—2024`): a post's 工作标准 and a unit's 管理标准,
# each in numbered clauses (`3.2　职责`, `3.2.1　…`) under its code and title.
_STANDARD_CODE = re.compile(r"Q/[A-Z]{2,12}[ \t]*\d{1,4}(?:\.\d{1,4})*")
_CODE_LINE = _LineRule(r"(?P<line>[ \t]*(?:代替[ \t]*)?Q/[A-Z]{2,12}[ \t]*\d[^\n]*)")
_STANDARD_TITLE = _LineRule(
    r"[ \t]*[\u4e00-\u9fff]{2,16}?(?P<kind>工作标准|管理标准)[ \t]*(?=\r?\n)"
)
_CLAUSE_OVER_CLAUSES = _LineRule(
    r"(?P<line>[ \t]*\d{1,2}[ \t\u3000]+职责(?:与|和)权限[ \t]*)(?=\r?\n)"
)
_STANDARD_AS = {"工作标准": "岗位职责", "管理标准": "部门职责"}
# What a standard says besides a post's duties, authority and measures: its 发布/实施 dates
# and publisher, 前言, and the clauses on scope, references, terms, requirements and work
# steps, each up to the next clause; of 检查与考核, all but its measures' sub-clause.
_ISSUE_LINE = _LineRule(r"(?P<line>[^\n]{0,40}(?:发布|实施)[ \t\u3000]*)(?=\r?\n)")
_UNREAD_CLAUSE = re.compile(
    r"^[ \t]*(?:前[ \t\u3000]*言|\d{1,2}[ \t\u3000]+(?:范围|规范性引用文件|术语和定义|任职条件"
    r"|任职资格|工作程序与要求|工作内容与要求|工作程序))[ \t]*\r?$"
    r".*?(?=^[ \t]*\d{1,2}[ \t\u3000]+\S|\Z)",
    re.M | re.S,
)
_REVIEW_LINE = _LineRule(
    r"(?P<line>[ \t]*\d{1,2}(?:\.\d{1,2})?[ \t\u3000]+(?!考核指标)[^\n]*"
    r"(?:检查与考核|检查考核)[^\n]*)"
)
_MIN_CODES = 2  # standard codes, for a text to be read as company standards


def company_standards(text: str) -> str:
    """A standard's title made the heading the rules read (`值长工作标准` as `值长岗位职责`,
    `运行部管理标准` as `运行部部门职责`), its code lines (and a list of the standards a
    book holds) and a clause heading over labelled clauses (`3　职责与权限`) blanked: the
    same length."""
    if "Q/" not in text or len(_STANDARD_CODE.findall(text)) < _MIN_CODES:
        return text
    chars = list(text)
    for m in _STANDARD_TITLE.finditer(text):
        chars[m.start("kind") : m.end("kind")] = _STANDARD_AS[m.group("kind")]
    lines = [*_CODE_LINE.finditer(text), *_CLAUSE_OVER_CLAUSES.finditer(text)]
    for m in [*lines, *_ISSUE_LINE.finditer(text), *_REVIEW_LINE.finditer(text)]:
        a, b = m.span("line")
        chars[a:b] = " " * (b - a)
    for m in _UNREAD_CLAUSE.finditer(text):
        chars[m.start() : m.end()] = [c if c in "\r\n" else " " for c in m.group()]
    return "".join(chars)


# Target responsibility letters (目标责任书): each titled with its party (`…责任书（销售部）`),
# 甲方 over 乙方. The title makes the party a heading; 甲方, when a post and no company, is
# its superior; `乙方` before a label and the signing lines are blanked.
_LETTER_TITLE = _LineRule(
    r"(?P<before>[^\n（(]{0,24}责任书[ \t]*[（(])(?P<party>[^（）()\n]{2,20})(?P<after>[）)][ \t]*)"
    r"(?=\r?\n)"
)
_FIRST_PARTY = _LineRule(r"[ \t]*(?P<label>甲方)[ \t]*[:：][ \t]*(?P<who>[^\n]*)")
_SECOND_PARTY = _LineRule(r"(?P<line>[ \t]*乙方[ \t]*[:：][^\n]*)")
_SIGNING = _LineRule(r"(?P<line>[ \t]*(?:甲方|乙方|代表)[^\n]{0,8}(?:签字|签章|盖章)[^\n]*)")
_PARTY_WORD = re.compile(
    r"乙方(?=(?:部门|岗位)?(?:职责|考核|年度考核|工作))|(?<=[在对向])甲方(?=的?领导|负责|汇报)"
)
_COMPANY_NAME = re.compile(r"[^\n（(]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司)")
# `一、乙方在甲方的领导下开展工作，对甲方负责。`: said by the `上级` line already.
_LED_BY_FIRST = _LineRule(
    r"(?P<line>[ \t]*(?:[一二三四五六七八九十]、)?乙方(?:是[^\n]{0,30}?)?[,，]?"
    r"在[^\n]{0,16}领导下[^\n]*)"
)
_SAFETY_AS = {"安全生产职责": "  岗位职责", "安全目标": "考核指标"}
_SAFETY_LABEL = re.compile(r"(?<=[、.\s])(?:安全生产职责|安全目标)(?=[ \t]*[:：]?[ \t]*\r?\n)")
_MIN_LETTERS = 2  # titled letters, for a text to be read as letters


def responsibility_letters(text: str) -> str:
    """Such letters made sheets the rules read: the same length."""
    if "甲方" not in text or "责任书" not in text:
        return text
    titles = list(_LETTER_TITLE.finditer(text))
    if len(titles) < _MIN_LETTERS:
        return text
    chars = list(text)
    for m in titles:  # `岗位名称:X` (or `部门名称:X`): a sheet, its numbered sections fields
        a, b = m.span("before")
        label = "部门名称:" if kind_of(m.group("party")) == "dept" else "岗位名称:"
        if b - a < len(label):
            continue  # `责任书（X）` alone: no room for the label
        chars[a:b] = " " * (b - a - len(label)) + label
        a, b = m.span("after")
        chars[a:b] = " " * (b - a)
    for m in _FIRST_PARTY.finditer(text):
        # `甲方：X有限公司总经理 周建平` signs for a post: 总经理, the superior; `甲方：X有限公司
        # （代表：…）` for the company: none
        company = _COMPANY_NAME.match(m.group("who"))
        title_at = m.start("who") + (company.end() if company else 0)
        rest = text[title_at : m.end("who")]
        a = m.start("label")
        if rest[:1] in "（(" or not rest.strip():
            chars[a : m.end("who")] = " " * (m.end("who") - a)
        else:
            chars[a:title_at] = "上级:" + " " * (title_at - a - 3)
    lines = [*_SECOND_PARTY.finditer(text), *_SIGNING.finditer(text), *_LED_BY_FIRST.finditer(text)]
    for m in lines:
        a, b = m.span("line")
        chars[a:b] = " " * (b - a)
    for m in _PARTY_WORD.finditer(text):
        chars[m.start() : m.end()] = "  "
    for m in _SAFETY_LABEL.finditer(text):  # a safety letter's `安全生产职责`, `安全目标`
        chars[m.start() : m.end()] = _SAFETY_AS[m.group()]
    return "".join(chars)


# An online survey's answer sheets (问卷星-style exports): per sheet, each question numbered
# with its kind (`2、您的岗位名称：[填空题] 中央厨房经理`); a multiple choice's answers cut
# by `┋`, a write-in after `〖其他〗:`.
_SURVEY_QUESTION = _LineRule(
    r"(?P<q>[ \t]*\d{1,2}[、.．][^\n\[]{1,60}?"
    r"\[(?:填空题|单选题|多选题|多行文本题|下拉题|量表题)\])"
)
_SURVEY_META = _LineRule(r"(?P<line>[ \t]*序号[:：][ \t]*\d+[^\n]*(?:提交答卷时间|所用时间)[^\n]*)")
# What a question asks, as the label its answer is read under (first topic found wins).
_SURVEY_ASKS = (
    (re.compile(r"岗位名称|职位名称|岗位是"), "岗位名称:"),
    (re.compile(r"直接上级|汇报"), "直接上级:"),
    (re.compile(r"直接管理|下级|下属"), "直接下级:"),
    (re.compile(r"部门|班组"), "所属部门:"),
    (re.compile(r"人数|编制"), "编制:"),
    (re.compile(r"职责|工作内容"), "岗位职责:"),
    (re.compile(r"指标|考核"), "考核指标:"),
)
_SURVEY_OTHER = "意见建议:"  # any other question: its answer is no record (a stop label)
_WRITE_IN = re.compile(r"〖其他〗[:：]?")
_MIN_QUESTIONS = 4  # questions, for a text to be read as answer sheets


def survey_answers(text: str) -> str:
    """Each question made the label its answer is read under, `┋` made `;`, the write-in
    mark and each sheet's meta line blanked: the same length."""
    if "题]" not in text:
        return text
    questions = list(_SURVEY_QUESTION.finditer(text))
    if len(questions) < _MIN_QUESTIONS:
        return text
    chars = list(text)
    for m in questions:
        a, b = m.span("q")
        asked = next((lab for pat, lab in _SURVEY_ASKS if pat.search(m.group("q"))), _SURVEY_OTHER)
        if len(asked) <= b - a:
            chars[a:b] = asked + " " * (b - a - len(asked))
    for m in _SURVEY_META.finditer(text):
        a, b = m.span("line")
        chars[a:b] = " " * (b - a)
    for m in _WRITE_IN.finditer(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars).replace("┋", ";")


# Interview notes (岗位分析访谈记录): `【访谈1】营运科科长` heads each interview, a post's;
# `Q：`/`问：` asks and `A：`/`答：` answers, in the first person.
_INTERVIEW_HEAD = _LineRule(r"[ \t]*(?P<mark>【访谈[0-9一二三四五六七八九十]{1,3}】)")
_QUESTION = _LineRule(r"[ \t]*(?P<mark>(?:Q|问)[ \t]*[:：])(?P<words>[^\n]*)")
_ANSWER = _LineRule(r"[ \t]*(?P<mark>(?:A|答)[ \t]*[:：])")
_INTERVIEW_META = _LineRule(r"(?P<line>[ \t]*访谈时间[:：][^\n]*)")
# What a question asks, as the label its answer is read under (first topic found wins).
_ASKED = (
    (re.compile(r"考核|指标"), "考核指标:"),
    (re.compile(r"任职|条件|学历|资格"), "任职条件:"),
    (re.compile(r"职责|做哪些|工作内容|主要工作|负责哪些|做什么"), "职责:"),
    # `您的岗位名称和所在部门`: the answer says who one is, and whom one answers to
    (re.compile(r"汇报|上级|领导|岗位名称"), "汇报关系:"),
)
_OTHER_QUESTION = "访谈问题:"  # any other question: its answer is no record (a stop label)
_MIN_TURNS = 3  # questions and answers each, for a text to be read as interviews


def interviews(text: str) -> str:
    """Each interview's head made `岗位名称:`, each question the label its answer is read
    under (or a stop label), each answer's mark and the meta lines blanked: the same
    length."""
    if "访谈" not in text:
        return text
    questions = list(_QUESTION.finditer(text))
    if len(questions) < _MIN_TURNS or sum(1 for _ in _ANSWER.finditer(text)) < _MIN_TURNS:
        return text
    chars = list(text)

    def put(a: int, b: int, words: str) -> None:
        if len(words) <= b - a:
            chars[a:b] = words + " " * (b - a - len(words))

    for m in _INTERVIEW_HEAD.finditer(text):
        put(*m.span("mark"), "岗位名称:")
    for m in questions:
        asked = next((lab for pat, lab in _ASKED if pat.search(m.group("words"))), _OTHER_QUESTION)
        put(m.start("mark"), m.end("words"), asked)
    for m in _ANSWER.finditer(text):
        put(*m.span("mark"), "")
    for m in _INTERVIEW_META.finditer(text):
        put(*m.span("line"), "")
    return "".join(chars)


# `營運總監：梁志強先生` alone on its line: who holds the post, with an honorific.
_HONOURED_HOLDER = _LineRule(
    r"[ \t]*[\u4e00-\u9fffA-Za-z]{2,14}[:：][ \t]*[\u4e00-\u9fff]{2,4}(?:先生|女士|小姐|博士)"
    r"[ \t]*(?=\r?\n|\Z)"
)
# `负责人：@王磊` or `负责人：@孙悦 @周婷` alone on its line: who holds the post, no duty.
_HOLDER_NAMES_LINE = _LineRule(
    r"[ \t]*(?:负责人|现任|任职人)[:：][ \t]*(?:@[\u4e00-\u9fff·]{2,4}[ \t,，、]*)+(?=\r?\n|\Z)"
)
# `汇报线：在线客服专员 → 在线客服组长 → 客服经理`: the post, then whom it answers to.
_REPORT_CHAIN = _LineRule(
    r"[ \t]*(?P<label>汇报线|汇报路径|汇报链)[:：](?P<own>[ \t]*[^\n→]{1,20}?[ \t]*(?:→|->))"
    r"[ \t]*(?P<up>[^\n→]{1,24}?)(?P<rest>[ \t]*(?:(?:→|->)[^\n]*)?)(?=\r?\n|\Z)"
)


def report_chains(text: str) -> str:
    """`汇报线:X → Y → Z` made `上级:Y` and blanks, and the lines naming a post's holder
    (`负责人:@X`, `营运总监:梁志强先生`) blanked: the same length."""
    if "汇报" in text:

        def superior(m: re.Match[str]) -> str:
            out = list(m.group(0))
            at = m.start()
            label = m.group("label")
            out[m.start("label") - at : m.end("label") - at] = " " * (len(label) - 2) + "上级"
            for part in ("own", "rest"):
                out[m.start(part) - at : m.end(part) - at] = " " * len(m.group(part))
            return "".join(out)

        text = _sub_lines(_REPORT_CHAIN, superior, text)
    spans: list[tuple[int, int]] = []
    if "@" in text:
        spans += [m.span() for m in _HOLDER_NAMES_LINE.finditer(text)]
    if any(w in text for w in ("先生", "女士", "小姐", "博士")):
        spans += [m.span() for m in _HONOURED_HOLDER.finditer(text)]
    spans = [(a + (text[a] == "\n"), b) for a, b in spans]
    return _blank(text, spans) if spans else text


# A bilingual sheet that gives every line in English, then in Chinese (`Position: Warehouse
# Manager` / `職位：倉務經理`): the English lines are blanked, the Chinese ones read.
# A line with no Chinese, read whole; `_LETTERS` then tells whether it has English words (one
# rule for both would try every split of a long line and be quadratic in its length).
_NON_CJK_LINE = _LineRule(r"[^\n\u4e00-\u9fff]*+(?=\n)")
_LETTERS = re.compile(r"[A-Za-z]{2}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAIRED_MIN = 5  # English lines followed by a Chinese one, for a sheet to be bilingual
_PAIRED_SHARE = 3  # ... and at least one in this many of its Chinese lines has one


def bilingual_lines(text: str) -> str:
    """Each English line followed by a Chinese line blanked, where a text pairs its lines
    so (at least `_PAIRED_MIN` times, for most of its English lines and a good share of its
    Chinese ones): the same length."""
    if not _ASCII_WORD.search(text):
        return text
    latin = [
        (m.start() + (text[m.start()] == "\n"), m.end())
        for m in _NON_CJK_LINE.finditer(text)
        if _LETTERS.search(m.group())
    ]
    paired: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # English lines one under the other (an item wrapped)
    for a, b in latin:
        if run and run[-1][1] + 1 != a:
            run = []
        run.append((a, b))
        nxt = _line_after(text, b)
        if nxt is not None and nxt[0] == b + 1 and _CJK.search(text, nxt[0], nxt[1]):
            paired += run
            run = []
    if len(paired) < _PAIRED_MIN or 2 * len(paired) < len(latin):
        return text
    # ... and for many of its Chinese lines: a Chinese sheet with a few English items
    # between its own keeps them
    chinese = sum(1 for line in text.splitlines() if _CJK.search(line))
    if len(paired) * _PAIRED_SHARE < chinese:
        return text
    # Each with its line break: blanks opening the Chinese line, not a blank line between
    # two, which would end a list.
    return _blank(text, [(a, b + 1) for a, b in paired])


# Two versions of a document compared in its text: `[删除：X]` and `[新增：Y]`, or wdiff's
# `{-X-}` and `{+Y+}`. The text as it now stands is read: deletions out, insertions in.
_REVISION = re.compile(
    r"\[(?:删除|刪除)[:：](?P<d>[^\[\]]{0,2000})\]|\[新增[:：](?P<i>[^\[\]]{0,2000})\]"
    r"|\{-(?P<d2>(?:(?!-\})[\s\S]){0,2000})-\}|\{\+(?P<i2>(?:(?!\+\})[\s\S]){0,2000})\+\}"
)


def revisions(text: str) -> str:
    """Revision marks accepted: on one line, the line's words closed up and blanks after
    them; over lines, a deletion blanked (its line breaks kept) and an insertion's marks
    blanked. The same length."""
    if not any(mark in text for mark in ("[删除", "[刪除", "[新增", "{-", "{+")):
        return text
    spans: list[tuple[int, int]] = []
    for m in _REVISION.finditer(text):
        if "\n" not in m.group(0):
            continue
        kept = m.group("i") if m.group("i") is not None else m.group("i2")
        if kept is None:  # a deletion over lines: its words go, its line breaks stay
            spans += [(a, b) for a, b in _runs_between_breaks(text, m.start(), m.end())]
        else:
            group = "i" if m.group("i") is not None else "i2"
            spans += [(m.start(), m.start(group)), (m.end(group), m.end())]
    text = _blank(text, spans) if spans else text
    out = []
    for line in text.split("\n"):
        if any(mark in line for mark in ("[删除", "[刪除", "[新增", "{-", "{+")):
            closed = _REVISION.sub(lambda m: m.group("i") or m.group("i2") or "", line)
            line = closed + " " * (len(line) - len(closed))
        out.append(line)
    return "\n".join(out)


def _runs_between_breaks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] as the runs between its line breaks."""
    out = []
    while a < b:
        nl = text.find("\n", a, b)
        end = b if nl < 0 else nl
        out.append((a, end))
        a = end + 1
    return out


def line_numbers(text: str) -> str:
    """A PDF's text layer that kept the page's line numbers (`9 后组织实施。`): the numbers
    blanked (`ingest.wraps` joins the lines the page's width cut)."""
    spans = [(number, words) for run in line_number_runs(text) for _, number, words in run]
    return _blank(text, spans) if spans else text


# Hanging indents: an item starts at the margin and wraps onto lines set in by two
# full-width blanks (`负责客房预订…根据市场变` / `　　化合理控制房态…`).
_HANGING_LINE = re.compile(r"(?<=[^\s。；;：:！？!?])\n(?=\u3000\u3000[^\s\u3000])")
_HANGING_MIN = 3  # such wraps, for a text to be set so
# Only a full line wraps: one that fills this share of the page's width (its longest such
# line), of at least `_PAGE_WIDTH_MIN` characters. A short line over an indented one is a
# heading over its paragraph (`——资料员——` / `　　资料员负责…`).
_HANGING_FULL = 0.5
_PAGE_WIDTH_MIN = 16


def hanging_wraps(text: str) -> str:
    """The line break before each hanging indent's wrapped line made a blank, so the item
    reads on (blanks between hanzi are no part of an item): the same length."""
    if "\u3000\u3000" not in text:
        return text
    ends = [m.start() for m in _HANGING_LINE.finditer(text)]
    widths = [len(text[text.rfind("\n", 0, b) + 1 : b].rstrip()) for b in ends]
    page = max(widths, default=0)
    breaks = [b for b, w in zip(ends, widths, strict=True) if w >= _HANGING_FULL * page]
    if len(breaks) < _HANGING_MIN or page < _PAGE_WIDTH_MIN:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


# `〔日常管理〕` alone on its line inside a list: a work area's label, no item.
_AREA_LABEL_LINE = re.compile(r"\n[ \t]*〔[\u4e00-\u9fff、与和及]{2,10}〕[ \t]*(?=\r?\n)")


def area_label_lines(text: str) -> str:
    """Each such label blanked with the line break before it, so the list reads on without
    a blank line where it stood: the same length."""
    if "〔" not in text:
        return text
    return _AREA_LABEL_LINE.sub(lambda m: " " * len(m.group()), text)


# `登记注册科科长  李卫东` or `【工程部经理】 李国栋` alone on its line: a title, blanks, a name.
_HOLDER_AFTER_BLANKS = _LineRule(
    r"[ \t]*【?(?P<title>[\u4e00-\u9fffA-Za-z]{2,14})】?(?P<dash>(?<=】)[ \t]+|[ \t]{2,}|\u3000+)"
    r"(?P<person>[\u4e00-\u9fff]{2,3})[ \t]*(?=\r?\n|\Z)"
)


_BLANKS_IN = re.compile(r"[ \u3000]")


def _squeeze_titles(text: str, found: list[re.Match[str]]) -> str:
    """Each title spaced out with ideographic blanks written close, then its colon and the
    blanks it gave up: the same length."""
    if not found:
        return text
    parts: list[str] = []
    pos = 0
    for m in found:
        a, b = m.start("title"), m.start("person")
        close = m.group("title").replace("\u3000", "").rstrip() + ":"
        parts += [text[pos:a], close + " " * (b - a - len(close))]
        pos = b
    return "".join(parts) + text[pos:]


def holders(text: str) -> str:
    """The holder's name after a post's title blanked, with its dash or blanks (a dash
    before a name is read as one before a description, a name before a colon as part of
    the title): the same length."""
    spans: list[tuple[int, int]] = []
    if any(dash in text for dash in "—-·・"):
        spans += [
            (m.start("dash"), m.end("person"))
            for m in _HOLDER_LINE.finditer(text)
            if holder_at(m.group("title") + "-" + m.group("person")) is not None
        ]
    if "：" in text or ":" in text:
        spans += [
            (m.start("dash"), m.end())
            for m in _HOLDER_LABEL.finditer(text)
            if holder_at(m.group("title") + "-" + _BLANKS_IN.sub("", m.group("person"))) is not None
        ]
        held = [
            m
            for m in _HOLDER_VALUE.finditer(text)
            if kind_of(title := m.group("title").replace("\u3000", "")) == "role"  # `副　主　任`
            and holder_at(title + "-" + m.group("person")) is not None
            # (not `组长:马振宇(市体育局副局长)` over `副组长:…`: a group's make-up, a form)
            and not _FIELD_LINE.match(text, m.end())
            and (m.group("rank") or _PARAGRAPH_BELOW.match(text, m.end()))
        ]
        spans += [(m.start("person"), m.end()) for m in held]
        # `处　长：` made `处长：`, blanks after: a title spaced out reads as one
        text = _squeeze_titles(text, [m for m in held if "\u3000" in m.group("title")])
    if any(word in text for word in ("组长", "负责人", "主管", "队长", "主任")):
        spans += [m.span() for m in _LEADER_NOTE.finditer(text)]
    spans += [
        (m.start("person"), m.end("gap"))
        for m in _PERSON_THEN_TITLE.finditer(text)
        if kind_of(title := m.group("title").rsplit("、", 1)[-1]) == "role"
        and holder_at(title + "-" + m.group("person")) is not None
    ]
    if "  " in text or "\u3000" in text:
        spans += [
            (m.start("dash"), m.end("person"))
            for m in _HOLDER_AFTER_BLANKS.finditer(text)
            if kind_of(m.group("title")) == "role"
            and holder_at(m.group("title") + "-" + m.group("person")) is not None
        ]
    return _blank(text, spans) if spans else text


# `风控模型工程师 · 2人` alone on its line: a careers page's post with its count.
_DOTTED_COUNT = _LineRule(
    r"(?P<name>[ \t]*[^\s·・•][^\n·・•]{1,19}?)[ \t]*[·・•][ \t]*(?P<n>\d{1,3}[人名位])"
    r"(?P<end>[ \t]*)(?=\r?\n|\Z)"
)
# `汇报给 风控总监` on a line of its own: a label, a blank, its value.
_BLANK_LABEL = _LineRule(r"[ \t]*(?:汇报给|汇报对象|直接上级|所属部门)(?P<gap>[ \t])(?=[^\s:：])")
# `汇报：营运总监` alone on its line: `汇报` names the superior only when a post follows.
_BARE_REPORT = _LineRule(
    r"[ \t]*(?P<label>汇报)[:：][ \t]*(?P<name>[^\s:：,，。；;]{2,14})[ \t]*(?=\r?\n|\Z)"
)


# `辐射安全管理员（兼）职责`: a note that the post is held with another, before the heading's
# keyword; blanked behind it (`辐射安全管理员职责   `), the heading reads as any other.
_CONCURRENT_BEFORE_KEY = re.compile(
    r"(?P<note>[（(]兼[任职]?[)）])(?P<key>岗位职责|职责|岗位说明书?)"
)


def concurrent_posts(text: str) -> str:
    """`X（兼）职责` made `X职责` and blanks: the same length."""
    if "兼)" not in text and "兼）" not in text and "兼任" not in text and "兼职" not in text:
        return text
    return _CONCURRENT_BEFORE_KEY.sub(lambda m: m.group("key") + " " * len(m.group("note")), text)


# `Ⅰ、`, `ⅱ `: roman numerals as one character each, which NFKC would spell in letters
# (`II、`); read as the circled numbers of the same value.
_ROMAN_AS_CIRCLED = str.maketrans(
    {**{0x2160 + i: 0x2460 + i for i in range(12)}, **{0x2170 + i: 0x2460 + i for i in range(12)}}
)


def roman_numerals(text: str) -> str:
    """Each roman numeral character made the circled number of its value: the same length."""
    if "\u2160" not in text and "\u2170" not in text:  # a list so numbered has its Ⅰ or ⅰ
        return text
    return text.translate(_ROMAN_AS_CIRCLED)


# What a scan's text recognition makes of a sheet's labels and numbers: `岗位职贵:` for
# 岗位职责, `直接上圾:` for 直接上级, `l.`/`I.` for `1.`. A token one character off a
# common label, opening a line before its colon, is that label; an `l` or `I` numbering a
# line is `1`.
_OCR_LABELS = ("岗位名称", "岗位职责", "直接上级", "直接下级", "所属部门", "所在部门", "任职要求",
               "任职资格", "考核指标", "工作内容", "主要职责", "部门职责", "部门名称")  # fmt: skip
_OCR_LABEL_AT = _LineRule(r"[ \t]*(?P<token>[\u4e00-\u9fff]{4})(?=[ \t]*[:：])")
_OCR_ONE = _LineRule(r"[ \t]*(?P<one>[lI])(?=[.．、][ \t]*[\u4e00-\u9fff])")


def _near_label(token: str) -> str | None:
    """The common label one character off token, if token is no label itself."""
    if token in FIELD_KINDS:
        return None
    for label in _OCR_LABELS:
        if sum(a != b for a, b in zip(token, label, strict=True)) == 1:
            return label
    return None


def scanned_labels(text: str) -> str:
    """A scan's misread labels and numbers read as they were printed: the same length."""
    fixes: list[tuple[int, str]] = []
    for m in _OCR_LABEL_AT.finditer(text):
        label = _near_label(m.group("token"))
        if label is not None:
            fixes.append((m.start("token"), label))
    if "l" in text or "I" in text:
        fixes += [(m.start("one"), "1") for m in _OCR_ONE.finditer(text)]
    if not fixes:
        return text
    chars = list(text)
    for at, words in fixes:
        chars[at : at + len(words)] = words
    return "".join(chars)


# `幻灯片 3`, `Slide 3` over a slide's text boxes, as a deck saved as text marks its slides:
# a part of the document, written `第3部分` (which ends the blocks before it).
_SLIDE_MARK = _LineRule(r"[ \t]*(?:幻灯片|Slide)[ \t]*(?P<n>\d{1,3})(?=[ \t(（:：]|\r?\n|\Z)")


def slide_marks(text: str) -> str:
    """Each slide's mark made the part of the document it is: the same length."""
    if "幻灯片" not in text and "Slide" not in text:
        return text

    def part(m: re.Match[str]) -> str:
        head = "\n" if text[m.start()] == "\n" else ""  # the break a line rule opens with
        words = f"第{m.group('n')}部分"
        rest = len(m.group(0)) - len(head) - len(words)
        return head + words + " " * rest if rest >= 0 else m.group(0)

    return _sub_lines(_SLIDE_MARK, part, text)


# `关键岗位职责 | 区域经理`, `门店关键岗位 | 生鲜主管`: a slide's title, the post after the bar.
_BARRED_POST_TITLE = _LineRule(
    r"[ \t]*[^\n|｜]{0,4}岗位(?:职责)?[ \t]*[|｜][ \t]*(?P<name>[^\s|｜]{2,12})[ \t]*(?=\r?\n|\Z)"
)


def barred_post_titles(text: str) -> str:
    """`关键岗位职责 | 区域经理` made `区域经理岗位职责`, blanks after: the same length."""
    if "|" not in text and "｜" not in text:
        return text

    def heading(m: re.Match[str]) -> str:
        head = "\n" if text[m.start()] == "\n" else ""
        words = m.group("name") + "岗位职责"
        rest = len(m.group(0)) - len(head) - len(words)
        return head + words + " " * rest if rest >= 0 and kind_of(m.group("name")) else m.group(0)

    return _sub_lines(_BARRED_POST_TITLE, heading, text)


def dotted_counts(text: str) -> str:
    """`X · 2人` made `X(2人)`, `汇报给 Y` made `汇报给:Y` and `汇报：Y` made `上级：Y`: the
    forms the rules read, the same length (a count dotted on with no blanks around the dot
    is left as it is)."""

    def counted(m: re.Match[str]) -> str:
        head = m.group(0)[: m.start("name") - m.start()]
        body = f"{m.group('name')}({m.group('n')})"
        rest = len(m.group(0)) - len(head) - len(body)
        return head + body + " " * rest if rest >= 0 else m.group(0)

    if "·" in text or "・" in text or "•" in text:
        text = _sub_lines(_DOTTED_COUNT, counted, text)
    if "汇报" in text or "上级" in text or "所属部门" in text:
        text = _sub_lines(_BLANK_LABEL, lambda m: _replace_group(m, "gap", ":"), text)
    if "汇报：" in text or "汇报:" in text:
        text = _sub_lines(
            _BARE_REPORT,
            lambda m: _replace_group(m, "label", "上级") if kind_of(m["name"]) == "role" else m[0],
            text,
        )
    return text


def _sub_lines(rule: _LineRule, repl: Callable[[re.Match[str]], str], text: str) -> str:
    """text with each match of a line rule replaced (by text of the same length)."""
    out: list[str] = []
    pos = 0
    for m in rule.finditer(text):
        out += [text[pos : m.start()], repl(m)]
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _replace_group(m: re.Match[str], group: str, by: str) -> str:
    a, b = m.start(group) - m.start(), m.end(group) - m.start()
    return m.group(0)[:a] + by + m.group(0)[b:]


# A two-column Word table (`项目　内容` over `直接上级　生产副总经理`, `职责一　主持…`)
# pasted a row a line, label and value cut by full-width blanks.
_IDEOGRAPHIC_ROW = _LineRule(
    r"[ \t]*(?P<label>[\u4e00-\u9fff]{2,8}?(?P<n>[一二三四五六七八九十]{1,3})?)"
    r"(?P<gap>\u3000+)(?=[^\n\u3000]+(?:\r?\n|\Z))"  # one gap: a label and its value
)
_ITEM_CONTENT_HEAD = _LineRule(r"[ \t]*项目[ \t\u3000]+内容[ \t\u3000]*(?=\r?\n)")
_COUNTED_LABEL = re.compile(r"(?:部门|岗位)?(?:职责|工作|任务)[一二三四五六七八九十]{1,3}")


def ideographic_rows(text: str) -> str:
    """Such a row's gap made a colon after a field's label (`直接上级:生产副总经理`), a
    counted duty's label its number (`职责一　主持…` made `  1、主持…`), and the table's
    `项目 内容` head blanks. The same length."""
    if "\u3000" not in text:
        return text

    def labelled(m: re.Match[str]) -> str:
        label = m.group("label")
        if _COUNTED_LABEL.fullmatch(label) and (n := cn_value(m.group("n") or "")):
            number = f"{n}、"  # `职责一　` made `  1、`, a list's number
            width = len(label) + len(m.group("gap"))
            return m.group(0)[: m.start("label") - m.start()] + number.rjust(width)
        if label in FIELD_KINDS and not m.group("n"):
            return _replace_group(m, "gap", ":" + m.group("gap")[1:])
        return m.group(0)

    heads = _sub_lines(_ITEM_CONTENT_HEAD, lambda m: " " * len(m.group(0)), text)
    if heads == text:
        return text  # no such table: blanks between words are columns (`職稱　　人數　　職責`)
    return _sub_lines(_IDEOGRAPHIC_ROW, labelled, heads)


def cell_table(text: str) -> str:
    """`1　证券部　负责…` under `序号　部门名称　主要职责` made `1、证券部:负责…`, a numbered
    name over what it does (`ingest.wraps` joins its cell's wraps), and the heads blanked.
    The same length."""
    rows, _, heads = cell_table_rows(text)
    if not rows:
        return text
    chars = list(_blank(text, heads))
    for row in rows:
        chars[row.start("gap1")] = "、"
        chars[row.start("gap2")] = ":"
    return "".join(chars)


def spaced_labels(text: str) -> str:
    """`职　　称　协理` made `职称:　协理`: the blanks inside the label move behind its colon,
    so the length stays the same. With its own colon (`职　　称:协理`), before the label."""

    def joined(m: re.Match[str]) -> str:
        label = m.group(2) + m.group(4)
        if label not in FIELD_KINDS:
            return m.group(0)
        if text[m.end() : m.end() + 1] not in (" ", "\t", "\u3000"):
            return m.group(1) + " " * len(m.group(3)) + label
        return m.group(1) + label + ":" + " " * (len(m.group(3)) - 1)

    return _SPACED_LABEL.sub(joined, text)


def label_rows(text: str) -> str:
    """`| 直接上级 | 供应链总监 |` made `  直接上级 : 供应链总监  `: the same length."""
    if "|" not in text:
        return text
    cuts = [(m.start(g), " :"[g == 2]) for m in _LABEL_ROW.finditer(text) for g in (1, 2, 3)]
    if not cuts:
        return text
    chars = list(text)
    for pos, ch in cuts:
        chars[pos] = ch
    return "".join(chars)


# `岗位职责（每行一条）` alone on its line: a form's label with a hint on how to fill it in.
_HINTED_LABEL = _LineRule(
    rf"[ \t]*(?:{_ANY_LABEL})(?P<hint>[（(][^（）()\n]{{1,12}}[）)])[ \t]*(?=\r?\n|\Z)"
)
# `---------- 表单内容 ----------`: a rule with a word in it, between an export's parts.
_WORDED_RULE = _LineRule(
    r"[ \t]*[-=—]{4,}[ \t]*[\u4e00-\u9fff]{2,8}[ \t]*[-=—]{4,}[ \t]*(?=\r?\n|\Z)"
)


# `内科医师岗位（岗位代码：01）`: a post's code in a recruitment's table or heading.
_POST_CODE = re.compile(r"[（(](?:岗位|职位)?(?:代码|编码|编号)[:：]?[ \t]*[A-Za-z0-9-]{1,12}[）)]")


def form_hints(text: str) -> str:
    """A label's filling hint, a post's code in brackets and worded rule lines blanked:
    the same length."""
    spans: list[tuple[int, int]] = []
    if "代码" in text or "编码" in text or "编号" in text:
        spans += [m.span() for m in _POST_CODE.finditer(text)]
    if "）\n" in text or ")\n" in text or "）\r" in text or ")\r" in text:
        spans += [m.span("hint") for m in _HINTED_LABEL.finditer(text)]
    if "----" in text or "====" in text or "————" in text:
        spans += [
            (m.start() + (text[m.start()] == "\n"), m.end()) for m in _WORDED_RULE.finditer(text)
        ]
    return _blank(text, spans) if spans else text


def labels_above_values(text: str) -> str:
    """`岗位名称\n销售经理` made `岗位名称:销售经理` (the line end becomes the colon, so the
    length stays the same), where a text has several such pairs and the value line is not a
    label itself."""
    cuts = []
    for m in _LABEL_ABOVE_VALUE.finditer(text):
        b = m.end()
        e = text.find("\n", b)
        if not _ANY_LABEL_LINE.match(text, b, e if e >= 0 else len(text)):
            cuts.append(m.start(1))
    if len(cuts) < _MIN_LABELS_ABOVE_VALUES:
        return text
    parts = []
    pos = 0
    for c in cuts:
        parts.append(text[pos:c])
        parts.append(":")
        pos = c + 1
    parts.append(text[pos:])
    return "".join(parts)


# `岗位名称|销售经理|岗位编号|XS-01`: cells of a grid cut by bars, on a line that does not
# open with one (a Markdown table row does, and keeps its bars).
_BAR = re.compile(r"[|｜]")
_OPENS_WITH_BAR = re.compile(r"[ \t]*[|｜]")
_TIGHT_BAR = re.compile(r"(?<=\S)[|｜](?=\S)")  # `岗位:后端工程师｜汇报给:后端组长`


# A Markdown table's rule row (`|---|:---:|`): without one, bars opening a line are a grid.
_MD_RULE_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}", re.MULTILINE)
_BAR_LINE = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.MULTILINE)


def _grid_lines(text: str) -> str:
    """`_TIGHT_BAR` bars made tabs on each line that holds a bar but does not open with one.
    The lines are found from their bars: most of a text has none."""
    parts: list[str] = []
    pos = 0
    done = 0  # the end of the last line looked at
    for m in _BAR.finditer(text):
        if m.start() < done:
            continue  # a later bar of a line already looked at
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.start())
        done = b = len(text) if b < 0 else b
        if not _OPENS_WITH_BAR.match(text, a, b):
            parts += [text[pos:a], _TIGHT_BAR.sub("\t", text[a:b])]
            pos = b
    parts.append(text[pos:])
    return "".join(parts)


# A table drawn with box characters (`┌──┬──┐`, `│部门│人数│`), as a disclosure or a
# plain-text export draws one: its borders blanked and its bars made `|`, a grid of bars.
_BOX_BORDER = re.compile(r"(?m)^[ \t\u3000]*[┌├└╔╠╚][─━┬┼┴┐┤┘═╦╬╩╗╣╝ ]*$")
_BOX_ROW = re.compile(r"(?m)^[ \t\u3000]*[│║][^\n]*[│║][ \t\u3000]*$")
_BOX_BARS = str.maketrans("│║", "||")


# A chat-app article's marks: a keycap number (`1️⃣`) numbers an item; an emoji opening a
# line (`✅`, `👉`) is a bullet where it opens two lines running, else a heading's mark.
_KEYCAP = re.compile(r"(\d)\ufe0f?\u20e3")
_EMOJI_MARK = re.compile(
    r"(?m)^[ \t\u3000]*(?P<mark>[\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff])\ufe0f?"
)
_EMOJI_WORDS = re.compile(r"[\u20e3\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff]")


def emoji_marks(text: str) -> str:
    """Keycap numbers made `1.` and emoji bullets `•`: the same length."""
    if not _EMOJI_WORDS.search(text):
        return text
    text = _KEYCAP.sub(lambda m: m.group(1) + "." + " " * (len(m.group(0)) - 2), text)
    marks = list(_EMOJI_MARK.finditer(text))
    chars: list[str] | None = None
    for i, m in enumerate(marks):
        mark = m.group("mark")
        runs = any(
            0 <= j < len(marks)
            and marks[j].group("mark") == mark
            and _adjacent_lines(text, *sorted((marks[j].start(), m.start())))
            for j in (i - 1, i + 1)
        )
        if not runs:
            continue  # a heading's decoration (`👉 客房部经理`), read as it is
        chars = chars if chars is not None else list(text)
        a = m.start("mark")
        chars[a] = "•"
        for k in range(a + 1, m.end()):
            chars[k] = " "
    return "".join(chars) if chars is not None else text


def _adjacent_lines(text: str, a: int, b: int) -> bool:
    """a's line and b's are next to each other (a blank line between them counts)."""
    return 0 < text.count("\n", a, b) <= 2


def box_tables(text: str) -> str:
    """A box-drawn table's borders blanked and its bars made `|`: the same length."""
    if "│" not in text and "║" not in text:
        return text
    text = _BOX_BORDER.sub(lambda m: " " * len(m.group()), text)
    return _BOX_ROW.sub(lambda m: m.group().translate(_BOX_BARS), text)


def grid_bars(text: str) -> str:
    """Bars between cells made tabs, as in a table pasted from Word: the same length. A
    text with no Markdown table (no rule row) is a Word grid even where its lines open
    with a bar (`|岗位名称|前厅经理|所属部门|前厅部|`)."""
    if "|" not in text and "｜" not in text:
        return text
    text = _grid_lines(text)
    if ("\n|" not in text and not text.startswith("|")) or _MD_RULE_ROW.search(text):
        return text
    return _BAR_LINE.sub(lambda m: m.group(0).replace("|", "\t"), text)


# A table's head row, its cells cut by tabs: labels only (`岗位<TAB>考核指标<TAB>权重`).
_HEAD_CELLS = frozenset(FIELD_KINDS) | {"岗位", "职位", "部门", "指标", "序号"}
_BLANKS = re.compile(r"[ \u3000]+")
_TAB_ROWS_MIN = 3  # columns; fewer make too many ways to cut a run of cells


# `序号` / `职能` / `具体职责` / `1` / `设备管理` / `负责…`: a table whose every cell came out
# on a line of its own, its rows counted by their numbers.
_VERTICAL_HEAD = re.compile(r"序号[ \t]*\n")  # alone on its line (checked): literal first
_LINE_SPAN = re.compile(r"[^\n]*")
_SHORT_LABEL = re.compile(r"[\u4e00-\u9fff]{2,5}")
_VERTICAL_LINES_MAX = 400


def vertical_rows(text: str) -> str:
    """A numbered table a cell a line made a tab table, a row a line: the breaks between a
    row's cells made tabs, those inside a cell blanks. The same length."""
    if "序号" not in text:
        return text
    chars: list[str] | None = None
    for m in _VERTICAL_HEAD.finditer(text):
        if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            continue
        lines = _lines_from(text, m.start())
        width = 1
        while width < len(lines) and _is_head_cell(text[slice(*lines[width])]):
            width += 1
        if width < _TAB_ROWS_MIN:
            continue
        rows = _vertical_rows(text, lines, width)
        if len(rows) < _MIN_RUN_ROWS:
            continue
        chars = chars if chars is not None else list(text)
        head = [(a, b, True) for a, b in lines[:width]]
        for cells in (head, *rows):
            for (_, prev_end, _), (a, _, new_cell) in itertools.pairwise(cells):
                for k in range(prev_end, a):
                    chars[k] = " "
                chars[prev_end] = "\t" if new_cell else " "
    return "".join(chars) if chars is not None else text


def _is_head_cell(cell: str) -> bool:
    """A label of the table's head: a known one, or a few Chinese characters (`班次`,
    `每班人数`) where the row numbers that follow bear the table out."""
    return cell in _HEAD_CELLS or bool(_SHORT_LABEL.fullmatch(cell))


def _lines_from(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the non-blank lines from pos on, their blanks left out."""
    out: list[tuple[int, int]] = []
    for m in _LINE_SPAN.finditer(text, pos):
        if len(out) >= _VERTICAL_LINES_MAX:
            break
        line = m.group(0)
        if line.strip():
            a = m.start() + len(line) - len(line.lstrip())
            out.append((a, m.start() + len(line.rstrip())))
    return out


def _vertical_rows(
    text: str, lines: list[tuple[int, int]], width: int
) -> list[list[tuple[int, int, bool]]]:
    """The rows under the head: each its number's line and the lines up to the next number,
    each (start, end, opens a cell); lines beyond the row's width go on with its last cell.
    A line after a blank one, or a label, ends the table once the row is whole."""
    rows: list[list[tuple[int, int, bool]]] = []
    i = width
    while i < len(lines) and text[slice(*lines[i])] == str(len(rows) + 1):
        row = [(*lines[i], True)]
        i += 1
        while i < len(lines) and text[slice(*lines[i])] != str(len(rows) + 2):
            a, b = lines[i]
            after_blank = text.count("\n", row[-1][1], a) > 1
            if len(row) >= width and (after_blank or text[a:b].rstrip(":：") in _HEAD_CELLS):
                break
            row.append((a, b, len(row) < width))
            i += 1
        rows.append(row)
        if len(row) >= width and i < len(lines) and text[slice(*lines[i])] != str(len(rows) + 1):
            break
    return rows


# A two-column table (`职责 | 考核标准`) come out a cell a line: the head's two labels on
# lines of their own, then each numbered duty over its standard, which may be missing.
_STACKED_HEAD = _LineRule(
    r"[ \t]*(?P<left>职责|工作职责|岗位职责|主要职责|工作内容)[ \t]*\n"
    r"[ \t]*(?P<right>考核标准|考核指标|绩效指标|衡量标准)[ \t]*(?=\n)"
)
_STACKED_ITEM = re.compile(r"[ \t]*\d{1,2}[.、．)]")


def stacked_columns(text: str) -> str:
    """Such a table's head and rows made tab rows (`职责<TAB>考核标准`, `1.…<TAB>…`): the
    line break between a duty and its standard made a tab. The same length."""
    if "考核" not in text and "指标" not in text:
        return text
    cuts: list[int] = []
    for m in _STACKED_HEAD.finditer(text):
        cuts.append(m.end("left") + text[m.end("left") :].index("\n"))
        pos = m.end() + 1
        while pos < len(text) and _STACKED_ITEM.match(text, pos):
            nl = text.find("\n", pos)
            if nl < 0:
                break
            nxt = text.find("\n", nl + 1)
            nxt = len(text) if nxt < 0 else nxt
            standard = text[nl + 1 : nxt]
            if standard.strip() and not _STACKED_ITEM.match(standard) and "\t" not in standard:
                cuts.append(nl)  # the duty's standard on the line below
                pos = nxt + 1
            else:
                pos = nl + 1  # no standard: the next duty, or the table's end
    if not cuts:
        return text
    chars = list(text)
    for at in cuts:
        chars[at] = "\t"
    return "".join(chars)


def tab_rows(text: str) -> str:
    """A tab table whose rows were run together with a blank between them
    (`岗位<TAB>指标<TAB>权重 销售经理<TAB>销量达成率<TAB>30% 单车毛利<TAB>20%`): each blank
    that ends a row made a line break. A row may lack its first cell (a merged cell of the
    rows above); cut anywhere else, the rows would not fit the head row, and the line stays
    as it was. The same length."""
    if "\t" not in text:
        return text
    cuts: list[int] = []
    width = 0  # columns of the table the lines belong to, from its head row
    pos = 0
    for line in text.split("\n"):
        if line.count("\t") >= _TAB_ROWS_MIN - 1:
            width, row_cuts = _run_together(line, width)
            cuts += [pos + c for c in row_cuts]
        elif line.strip():
            width = 0
        pos += len(line) + 1
    return _break_lines(text, cuts)


_WRAPPED_CELL_MAX = 30  # characters on the line a cell wrapped onto
_QUOTED_CELL = re.compile(r'(?<=\t)"([^"\t]{0,200}\n[^"\t]{0,200})"(?=\t|\n)')


def _unquoted(m: re.Match[str]) -> str:
    """The quoted cell's words run together, blanks after them (a blank inside would cut a
    row for `tab_rows`)."""
    words = m.group(1).replace("\n", "")
    return words + " " * (len(m.group(0)) - len(words))


def wrapped_cells(text: str) -> str:
    """A tab table's last cell wrapped onto a line of its own, between two rows of the same
    width (`…最高` / `加5分` / `不良贷款率<TAB>20%<TAB>…`): the line break made a blank, so
    the rest goes back into its cell; so too the line breaks of a quoted cell. The same
    length."""
    if "\t" not in text:
        return text
    if '\t"' in text:  # `3<TAB>"差异处理` / `关闭率"<TAB>…`: a cell Excel quoted over lines
        text = _QUOTED_CELL.sub(_unquoted, text)
    lines = text.split("\n")
    tabs = [line.count("\t") for line in lines]
    joins: list[int] = []
    pos = 0
    for i, line in enumerate(lines):
        if 0 < i < len(lines) - 1 and not tabs[i] and line.strip():
            width = tabs[i - 1]
            if (
                width >= _TAB_ROWS_MIN - 1
                and tabs[i + 1] == width
                and len(line.strip()) <= _WRAPPED_CELL_MAX
                and lines[i - 1].rstrip()[-1:] not in "。;；:："
            ):
                joins.append(pos - 1)
        elif i > 1 and tabs[i] and tabs[i - 1] and tabs[i - 1] + tabs[i] == tabs[i - 2] >= 2:
            # `4<TAB>组织重大质量问题的原因分析,` / `督促…<TAB>8D报告…<TAB>15%`: a row broken
            # inside a cell, its two parts as wide as the row above
            joins.append(pos - 1)
            tabs[i] = tabs[i - 2]  # the joined row is whole: the next line is no part of it
        pos += len(line) + 1
    return _put_at(text, joins, " ")


def _break_lines(text: str, cuts: list[int]) -> str:
    """text with the blank at each cut made a line break: the length stays the same."""
    return _put_at(text, cuts, "\n")


def _put_at(text: str, offsets: list[int], char: str) -> str:
    """text with the character at each offset made char."""
    if not offsets:
        return text
    chars = list(text)
    for at in offsets:
        chars[at] = char
    return "".join(chars)


def _run_together(line: str, width: int) -> tuple[int, list[int]]:
    """The width of the table the line belongs to (its head row's, where the line opens
    with one), and the offsets in the line of the blanks that end its rows."""
    cells = line.split("\t")
    head = 0
    while head < len(cells) and cells[head].strip() in _HEAD_CELLS:
        head += 1
    if head < len(cells) and head >= _TAB_ROWS_MIN - 1:
        first = _BLANKS.split(cells[head].strip(), maxsplit=1)[0]
        if first in _HEAD_CELLS:  # `数据来源 销售经理`: the head row's last cell, run on
            head += 1
    if head >= _TAB_ROWS_MIN:
        width = head
    if width < _TAB_ROWS_MIN:
        return 0, []
    # The cells with a blank inside, where a row may end, and where each blank is.
    offsets: list[int] = []
    at = 0
    count = 0  # cells in the row being read
    first = cells[0].strip()  # the row's first cell
    for i, cell in enumerate(cells):
        inner = _BLANKS.search(cell.strip())
        count += 1
        if inner and i >= head - 1:
            lead = len(cell) - len(cell.lstrip())
            rest = cell.strip()[inner.end() :]
            if (i >= head and not _fits(count, width, first)) or _LIST_MARK.match(rest):
                return width, []
            offsets.append(at + lead + inner.start())
            count = 1  # the blank's right side opens the next row
            first = rest
        at += len(cell) + 1
    if not offsets or not _fits(count, width, first):
        return width, []
    return width, offsets


_LIST_MARK = re.compile(r"\(?[\d一二三四五六七八九十]{1,2}[、.)]|[\u2460-\u2473]")


def _fits(count: int, width: int, first: str) -> bool:
    """A row of `count` cells fits a table `width` wide: whole, or short of the first cell
    merged with the row above; then it opens with no name (a post's row is whole)."""
    return count == width or (count == width - 1 and not kind_of(first))


# `岗位 指标 权重 目标值 生产部经理 生产计划达成率 30% ≥98% 生产部经理 …`: a table cut by
# blanks whose rows were run together, over hard wraps. Made a tab table, a row a line.
# So too a table of measures (`考核指标 权重 目标值 车间计划完成率 30% ≥98% …`), each of
# whose rows has its weight where the head has `权重`.
_POST_COLUMN = re.compile(r"(?:岗位名称|职位名称|岗位|职位)(?=[ \u3000])")  # literal first
_MEASURE_COLUMN = re.compile(r"(?:考核指标|KPI指标|绩效指标|指标名称)(?=[ \u3000])")
_CELL = re.compile(r"\S+")
_BLANK_ROWS_MIN = 2


def blank_rows(text: str) -> str:
    """A blank-cut table headed by a post column whose rows run on: each row, counted by
    the head row's cells, put on a line of its own with tabs between its cells, where every
    row opens with a post's name. Rows already on lines of their own are left. The same
    length."""
    if "岗位" not in text and "职位" not in text:
        return text
    return _blank_cut_rows(text, _POST_COLUMN, lambda row, head: kind_of(row[0]) == "role")


def blank_measure_rows(text: str) -> str:
    """The same for a table of measures with a weight column: every row has a weight."""
    if "%" not in text or "权重" not in text:
        return text

    def row_ok(row: list[str], head: list[str]) -> bool:
        at = head.index("权重") if "权重" in head else -1
        return at > 0 and bool(WEIGHT.fullmatch(row[at])) and row[0] not in _HEAD_CELLS

    return _blank_cut_rows(text, _MEASURE_COLUMN, row_ok)


def _blank_cut_rows(
    text: str, first_column: re.Pattern[str], row_ok: Callable[[list[str], list[str]], bool]
) -> str:
    chars: list[str] | None = None
    for m in first_column.finditer(text):
        if m.start() > 0 and not text[m.start() - 1].isspace():
            continue
        second = _CELL.search(text, m.end())
        if second is None or second.group() not in _HEAD_CELLS:
            continue  # `岗位 职责…`: words, no head row
        gap = BLANK_LINE.search(text, m.end())
        cells = list(_CELL.finditer(text, m.start(), gap.start() if gap else len(text)))
        width = 0
        while width < len(cells) and cells[width].group() in _HEAD_CELLS:
            width += 1
        if width < _TAB_ROWS_MIN or width == len(cells):
            continue
        if "\t" in text[m.start() : cells[width].start()]:
            continue  # a tab table's rows are `tab_rows`'s
        head = [c.group() for c in cells[:width]]
        rows = 0
        while (rows + 2) * width <= len(cells):
            row = [c.group() for c in cells[(rows + 1) * width : (rows + 2) * width]]
            if not row_ok(row, head):
                break  # the table ends, or a cell with a blank inside put the count out
            rows += 1
        if rows < _BLANK_ROWS_MIN:
            continue
        last = (rows + 1) * width
        row_ends = range(width - 1, last - 1, width)  # the last cell of each row, head first
        if all("\n" in text[cells[i].end() : cells[i + 1].start()] for i in row_ends):
            continue  # a row a line already
        chars = chars if chars is not None else list(text)
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].split()
        if before and before[-1] not in _HEAD_CELLS:
            chars[m.start() - 1] = "\n"  # `四、岗位设置及职责 岗位名称 职数 …`: the heading apart
        for i in range(1, last):
            a, b = cells[i - 1].end(), cells[i].start()
            for k in range(a, b):
                chars[k] = " "
            chars[a] = "\n" if i % width == 0 else "\t"
        if last < len(cells) and "\n" not in text[cells[last - 1].end() : cells[last].start()]:
            chars[cells[last - 1].end()] = "\n"  # what follows the table (`【打印本页】`)
    return "".join(chars) if chars is not None else text


# `序号 工作领域 职责描述 1 市场调研 …;… 2 品牌管理 …`: a numbered table whose rows were
# run together on one line, its cells cut by tabs or blanks.
_HEAD_NOTE = re.compile(r"[(（][^()（）]{1,3}[)）]$")
_NUMBER_COLUMN = re.compile(r"(?:序号|编号)(?=[ \t\u3000])")  # its literal first: fast
_CELL_GAP = {"\t": re.compile(r"\t"), " ": re.compile(r"[ \u3000]+")}
_MIN_RUN_ROWS = 2
_NAME_COLUMNS = frozenset({"部门", "所属部门", "部门名称", "岗位名称", "职位名称", "岗位", "职位"})
_HEAD_WORD = rf"(?:{_ANY_LABEL}|岗位|职位)"  # `序号 部门 岗位 编制`: 岗位 heads a column
_LABELS_AFTER = re.compile(rf"[ \t\u3000]+{_HEAD_WORD}[ \t\u3000]+{_HEAD_WORD}(?=[ \t\u3000])")


def numbered_rows(text: str) -> str:
    """The rows of a numbered table run together on one line put on lines of their own: the
    gap before each row number that counts on from 1 made a line break. The same length."""
    if "序号" not in text and "编号" not in text:
        return text
    cuts: list[int] = []
    joins: list[int] = []
    for m in _NUMBER_COLUMN.finditer(text):
        if m.start() > 0 and not (text[m.start() - 1].isspace() or text[m.start() - 1] == ":"):
            continue
        if not _LABELS_AFTER.match(text, m.end()):
            continue  # a word, not the head of a table
        # The run goes on over hard wraps, to the paragraph's end.
        gap = BLANK_LINE.search(text, m.end())
        line_end = gap.start() if gap else len(text)
        sep = "\t" if text[m.end()] == "\t" else " "
        gaps = list(_CELL_GAP[sep].finditer(text, m.end(), line_end))
        cells = [(g.end(), nxt.start() if nxt else line_end) for g, nxt in
                 zip(gaps, [*gaps[1:], None], strict=True)]  # fmt: skip
        labels = 0
        while (
            labels < len(cells) and _HEAD_NOTE.sub("", text[slice(*cells[labels])]) in _HEAD_CELLS
        ):
            labels += 1  # `编制(人)`: a label with its unit
        # `序号 部门 岗位名称 … 编制 …`: a row opens with a name, so `3  1.负责…` is a count.
        named = labels > 0 and text[slice(*cells[0])] in _NAME_COLUMNS
        row_cuts: list[int] = []
        expected = 1
        last_row = -1
        for i in range(labels, len(cells)):
            cell = text[slice(*cells[i])]
            if cell in _SUM_ROW or (last_row >= 0 and i - last_row > _ROW_CELLS_MAX * labels):
                break  # the sums close the table; so does a run of words no row is that long
            after = text[slice(*cells[i + 1])] if i + 1 < len(cells) else ""
            if (
                cell == str(expected)
                and not (named and (not after or _LIST_MARK.match(after)))
                and not after.isdigit()  # `硬件工程师 … 6 5 5 PCB设计…`: a count, then the row
            ):
                row_cuts.append(gaps[i].end() - 1)  # the blank next to the number: no indent
                expected += 1
                last_row = i
            elif i == labels and cell.endswith(f" {expected}") and sep == "\t":
                row_cuts.append(cells[i][1] - len(str(expected)) - 1)  # `备注 1`: the head's
                expected += 1  # last label run into the first row's number
        if labels >= 2 and len(row_cuts) >= _MIN_RUN_ROWS:
            cuts += row_cuts
            if (total := _total_row_end(text, cells, last_row, labels)) is not None:
                cuts.append(total)  # `… 合计 30 26 注:…`: the table ends with its sums
            # A row broken over a hard wrap is put back on its line (a blank for the break).
            joins += [i for i in range(row_cuts[0], row_cuts[-1]) if text[i] == "\n"]
            if m.start() > 0 and text[m.start() - 1] in " \u3000":
                cuts.append(m.start() - 1)  # `…岗位说明书  序号 部门 …`: the head opens a line
    return _put_at(_break_lines(text, cuts), joins, " ")


def _total_row_end(text: str, cells: list[tuple[int, int]], last: int, width: int) -> int | None:
    """The gap after the sums of a `合计` row that closes the row at `last` within a row's
    width, when text runs on after them on the same line."""
    for j in range(last + 1, min(len(cells), last + 2 * width + 2)):
        if text[slice(*cells[j])] in _SUM_ROW:
            k = j + 1
            while k < len(cells) and _SUM_CELL.fullmatch(text[slice(*cells[k])]):
                k += 1
            gap = cells[k - 1][1]
            return gap if k < len(cells) and "\n" not in text[gap : cells[k][0]] else None
    return None


_SUM_ROW = ("合计", "总计")  # the row of a numbered table's sums, its last
_SUM_CELL = re.compile(r"\d{1,5}(?:\.\d+)?%?")
_ROW_CELLS_MAX = 3  # times the head's cells: a row whose cells hold blanks runs longer


# `岗位名称 所属部门 直接上级 岗位职责 叉车工 仓储部 仓储主管 按作业指令…`: a post's table of
# one row, its head and its row run into one line (a page flattened). Made a tab table.
_ONE_ROW_HEAD = re.compile(
    rf"(?:岗位名称|职位名称)(?:[ \u3000]+(?:{_ANY_LABEL})){{2,7}}(?=[ \u3000])"
)
_ALONE_LABEL = re.compile(rf"[ \u3000](?:{_ANY_LABEL})(?=[ \u3000])")  # `… 岗位权限 1.对…`
_NAME_CELL_MAX = 16  # characters of a cell before the last: a name, never a sentence


def one_row_tables(text: str) -> str:
    """Such a table made a head line and a row line, cells cut by tabs; the row ends where
    a label stands alone after it (`岗位权限`, `任职条件`). The same length."""
    if "岗位名称" not in text and "职位名称" not in text:
        return text
    chars: list[str] | None = None
    for m in _ONE_ROW_HEAD.finditer(text):
        if m.start() > 0 and not text[m.start() - 1].isspace():
            continue
        width = len(m.group().split())
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        cells = list(itertools.islice(_CELL.finditer(text, m.end(), end), width))
        if len(cells) < width:
            continue
        names = [c.group() for c in cells[:-1]]
        if kind_of(names[0]) != "role" or any(
            n in _HEAD_CELLS or len(n) > _NAME_CELL_MAX or _SENTENCE_MARK.search(n) for n in names
        ):
            continue  # a cell left empty put a sentence where a name belongs
        chars = chars if chars is not None else list(text)
        gaps = [(a.end(), b.start()) for a, b in itertools.pairwise([m, *cells])]
        head_gaps = _BLANKS.finditer(text, m.start(), m.end())
        for a, b in [g.span() for g in head_gaps] + gaps:
            chars[a:b] = ["\t"] + [" "] * (b - a - 1)
        chars[gaps[0][0]] = "\n"  # the head's line, then the row's
        if m.start() > 0 and text[m.start() - 1] in " \u3000":
            chars[m.start() - 1] = "\n"  # `5.5 运输部经理 岗位名称 …`: the head opens its line
        stop = _ALONE_LABEL.search(text, cells[-1].end(), end)
        if stop:
            chars[stop.start()] = "\n"
    return "".join(chars) if chars is not None else text


_SENTENCE_MARK = re.compile(r"[,;。,;、:：]")


# `岗位类别 岗位名称 岗位等级 职数 直接上级 岗位职责 管理岗位 馆长 八级职员 1 县文化和旅游局
# 1.…;2.… 副馆长 七级职员 1 馆长 …`: a post table run together with no row numbers, its
# first column merged (written on a category's first row only).
_POST_HEAD = re.compile(r"(?:岗位名称|职位名称)(?=[ \u3000])")  # literal first: fast
_COUNT_LABELS = frozenset(k for k, v in FIELD_KINDS.items() if v == "headcount")
_COUNT_CELL = re.compile(r"\d{1,3}[人名]?|若干")
_CATEGORY_MAX = 8  # characters of a merged first column's cell (`专业技术岗位`)


def unnumbered_rows(text: str) -> str:
    """The rows of such a table put on lines of their own: the blank before each row made a
    line break, rows found by their post's name and count. The same length."""
    if "岗位名称" not in text and "职位名称" not in text:
        return text
    cuts: list[int] = []
    for m in _POST_HEAD.finditer(text):
        if m.start() > 0 and not text[m.start() - 1].isspace():
            continue
        second = _CELL.search(text, m.end())
        if second is None or second.group() not in _HEAD_CELLS:
            continue  # `岗位名称:X`, `岗位名称 销售经理`: no head row of a table
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        line_a = text.rfind("\n", 0, m.start()) + 1
        cells = list(_CELL.finditer(text, line_a, line_end))
        head = next((i for i, c in enumerate(cells) if c.start() == m.start()), None)
        if head is None or head > 1:
            continue
        width = head
        while width < len(cells) and cells[width].group() in _HEAD_CELLS:
            width += 1
        labels = [c.group() for c in cells[:width]]
        count_at = next((i for i, lab in enumerate(labels) if lab in _COUNT_LABELS), None)
        if width < 4 or count_at is None or any(lab in ("序号", "编号") for lab in labels):
            continue
        rows = _post_rows([c.group() for c in cells[width:]], head, count_at)
        if len(rows) < _MIN_RUN_ROWS:
            continue
        cuts += [cells[width + r].start() - 1 for r in rows]
        while line_end < len(text):  # the run goes on over the lines after it
            nxt_end = text.find("\n", line_end + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            more = list(_CELL.finditer(text, line_end + 1, nxt_end))
            rows = _post_rows([c.group() for c in more], head, count_at)
            if not rows or rows[0] != 0:
                break
            cuts += [more[r].start() - 1 for r in rows[1:]]
            line_end = nxt_end
    return _break_lines(text, cuts)


def _post_rows(cells: list[str], post: int, count: int) -> list[int]:
    """Where each row starts among the cells: at a post's name whose count stands where
    the count column is (with the merged first column left out, or not)."""

    def row_at(i: int) -> bool:
        for skip in (0, post):  # the first column written, or left out
            name_at, count_at = i + post - skip, i + count - skip
            name = cells[name_at] if count_at < len(cells) else ""
            if kind_of(name) == "role" and is_plausible(name):
                first = cells[i]  # the merged column's cell, when written: a few words
                written = skip or (len(first) <= _CATEGORY_MAX and first not in _HEAD_CELLS)
                if _COUNT_CELL.fullmatch(cells[count_at]) and written:
                    return True
        return False

    starts: list[int] = []
    i = 0
    while i < len(cells):
        if row_at(i):
            starts.append(i)
            i += count + 1
        else:
            i += 1
    return starts


# Page furniture is found before Traditional text is made Simplified: each rule below
# spells its words both ways.
# A page count, on a footer's line or in a running head: `第 2 页 共 5 页`, `Page 2 of 5`.
_PAGE_COUNTS = (
    re.compile(r"第\s*\d{1,4}\s*[页頁]\s*[,，/(（]?\s*共\s*\d{1,4}\s*[页頁][)）]?"),
    re.compile(r"Page\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}"),
    # `- 17 -` alone on its line (centred by full-width blanks, maybe), as a PDF's text
    # layer numbers its pages
    re.compile(r"(?<=[ \t\n\f\u3000])[-—–][ \t]?\d{1,4}[ \t]?[-—–](?=[ \t]*(?:\r?\n|\f|\Z))"),
    # `1-1-85` alone on its line: a prospectus numbers its pages by part, chapter and page
    re.compile(r"(?<=\n)[ \t]*1-\d{1,2}-\d{1,4}(?=[ \t]*(?:\r?\n|\f|\Z))"),
    # `内部培训资料 | 第 3 页` closing a slide
    re.compile(r"\|[ \t]*第[ \t]*\d{1,4}[ \t]*[页頁](?=[ \t]*(?:\r?\n|\Z))"),
    re.compile(r"｜[ \t]*第[ \t]*\d{1,4}[ \t]*[页頁](?=[ \t]*(?:\r?\n|\Z))"),
    # `地面服务部 | 6` closing a slide: its number alone after the bar
    re.compile(r"[|｜][ \t]*\d{1,3}(?=[ \t]*(?:\r?\n|\Z))"),
)  # rules each opening with its literal word or mark: the engine skips to it
# Without one of these no page count can match: `- 17 -` and `— 17 —` end a line.
_PAGE_COUNT_WORDS = (
    "页",
    "頁",
    "Page",
    " -\n",
    " -\r",
    " —\n",
    " —\r",
    " –\n",
    " –\r",
    "\n1-",
    "|",
    "｜",
)
_DIGITS_AND_BLANKS = re.compile(r"[\d\s]+")
# An online encyclopedia's section buttons: `编辑` and `播报` (read aloud) under a heading,
# or glued to its end (`财务总监播报`, `管理团队编辑播报`); a page is one by a `播报` line.
_READ_ALOUD_LINE = re.compile(r"(?m)^[ \t]*播报[ \t]*$")
_ENCYCLOPEDIA_MARK = re.compile(
    r"(?m)^[ \t]*(?:编辑|播报)[ \t]*$|(?<=[^\s编])(?:编辑)?播报(?=[ \t]*$)"
)
# A row of a document's revision history: its version, its date, who, and what changed.
_REVISION_ROW = re.compile(
    r"(?m)^[ \t]*[Vv]?\d{1,2}\.\d{1,2}[ \t\u3000]+"
    r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?[ \t\u3000].*$"
)
_RUNNING_HEAD_MAX = 100  # characters; a longer line holds content (a page flattened to a line)
# A scraped page's list of other documents: `相关文档推荐`, then their titles up to a blank.
_RELATED_HEADING = _LineRule(
    r"[ \t]*(?:[〓【\[▍■]+[ \t]*)?"
    r"(?:相[关關]文[档檔]推[荐薦]|相[关關]文[档檔]|相[关關]推[荐薦]|推[荐薦][阅閱][读讀]"
    r"|相[关關][阅閱][读讀]|猜你喜[欢歡]|猜你[关關]注|[热熱]门文[档檔]|最新文[档檔]|为你推[荐薦]|[為为]你推[荐薦]"
    r"|相[关關][问問][题題]|相[关關]文章|大家[还還]在[看问問]|[热熱]门文章|[热熱]门推[荐薦]|精彩推[荐薦]|最新文章|往期推[荐薦]|往期回[顾顧]|[热熱]门搜索|相[关關]搜索|相[关關]帖子|相[关關]主[题題])"
    r"[ \t]*(?:[〓】\]]+)?[ \t]*[:：]?[ \t]*(?=\r?\n|\Z)"  # `〓 相关推荐 〓`
)
_RELATED_TITLE_MAX = 40  # characters; a longer line is content again
_RELATED_TITLES_MAX = 20
# `上一篇:` with its title on the next line, as a page's links come out of HTML.
_PREV_NEXT_LABEL = _LineRule(
    r"[ \t\u3000]*(?:上一|下一)[篇条则條則笔筆][ \t]*[:：]"  # Traditional too: furniture goes first
    # `上一筆:X　　下一筆:Y`: a regulation database's links to its neighbours, on one line
    r"(?P<title>[^\n]{0,40}?(?:[ \t\u3000]+下一[篇条则條則笔筆][ \t]*[:：][^\n]{0,40})?)"
    r"(?=\r?\n|\Z)"
)
# An answer's byline on a Q&A page: `1,204 人赞同了该回答` under the author's name and
# bio; `编辑于 2023-06-12 · 著作权归作者所有` and `▲ 赞同 326 ▼ 💬 19 条评论` after it.
_ANSWER_VOTES = _LineRule(r"[ \t]*[\d,]+[ \t]*人赞同了该回答[ \t]*(?=\r?\n|\Z)")
_BYLINE_MAX = 30  # characters of the author's name or bio line above
_ANSWER_END = _LineRule(
    r"[ \t]*(?:(?:编辑|發佈|发布|編輯)[于於][ \t]*\d{4}-\d{1,2}-\d{1,2}|[▲△]?[ \t]*赞同[ \t]*[\d,]+"
    r"|查看全部[ \t]*\d+[ \t]*个回答)"
    r"[^\n]{0,80}(?=\r?\n|\Z)"
)


# A document site's paywall and download notices, each on a line of its own.
_PAYWALL = re.compile(
    r"剩余[ \t]*\d{1,3}[ \t]*%|内容未显示|[开開]通VIP|单篇购买|下载过本文档"
    r"|本文档共[ \t]*\d{1,4}[ \t]*页"
)
_PAYWALL_MAX = 100  # characters; a longer line holds content

_PAGE_TURN = re.compile(
    r"[(（][ \t]*(?:未完[,，、]?[ \t]*)?(?:[见見转轉接续續][上下]?[页頁]|[续續]上[页頁])[ \t]*[)）]"
)
# A site's sign-in bar: `會員登入 ｜ 免費註冊 ｜ 訂閱電子報`.
_SIGN_IN_BAR = _LineRule(r"[^\n]{0,20}?(?:登入|登录|登陆|登錄)[^\n]{0,40}?(?:注册|註冊)[^\n]{0,60}")
# A job bank's buttons over a posting: `我要應徵 ｜ 儲存 ｜ 分享 應徵人數 0~5人`.
_APPLY_BAR = _LineRule(
    r"[ \t\u3000]*(?:我要[应應][征徵聘]|立即[应應][聘征徵]|申请[职職]位)[^\n]{0,80}"
)

# A page's tags (`标签:门店管理 组织架构 岗位职责`): words for the site's search, where a
# field label such as 岗位职责 is no label.
_TAGS = _LineRule(
    r"[ \t\u3000]*(?:(?:热门|熱門|本文|文章|文[档檔])?(?:标签|標籤)|Tags?)[ \t]*[:：]"
    r"(?P<tags>[^\n]{1,80})(?=\r?\n|\Z)"
)
_TAG_SEP = re.compile(r"[\s,，、;；|/]+")
_TAG_MAX = 12  # characters; a longer part is a sentence, not a tag


# A site's footer opens with its copyright line; what follows it to the end, when short, is
# the rest of the footer (address, filing number, `技术支持:…`, `返回顶部`).
_COPYRIGHT = re.compile(r"版权所有|Copyright|All Rights Reserved|©")
_FOOTER_MAX = 600  # characters after the copyright line


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The characters of spans made spaces: the length stays the same."""
    out = []
    pos = 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out.append(text[pos:a])
        out.append(" " * (b - a))
        pos = b
    out.append(text[pos:])
    return "".join(out)


# A page pasted as one line opens with its running head and page number
# (`沃川…说明书 第3页 二、客服中心经理 …`) and may close with its foot (`受控文件 …`).
_PAGE_NUMBER = re.compile(
    r"第[ \t]*\d{1,4}[ \t]*[页頁](?:[ \t]*[/,，]?[ \t]*共[ \t]*\d{1,4}[ \t]*[页頁])?"
)
_HEAD_REACH = 60  # characters of a running head before its page number
_INLINE_PAGES_MIN = 3  # lines that open alike: fewer could be chance
_FOOT_MIN = 6  # characters a foot repeated at the lines' ends holds at least


def _inline_page_edges(text: str) -> list[tuple[int, int]]:
    """The running heads opening pages flattened to lines, and the foot closing them: a
    line's opening up to `第N页` that comes back, page numbers aside, on other lines."""
    by_shape: dict[str, list[tuple[int, int]]] = {}
    for m in _PAGE_NUMBER.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        if m.start() - a <= _HEAD_REACH:
            shape = _DIGITS_AND_BLANKS.sub("", text[a : m.end()])
            by_shape.setdefault(shape, []).append((a, m.end()))
    out: list[tuple[int, int]] = []
    for heads in by_shape.values():
        if len(heads) < _INLINE_PAGES_MIN:
            continue
        out += heads
        ends = [_line_at(text, a)[1] for a, _ in heads]
        foot = _common_tail([text[a:b] for (a, _), b in zip(heads, ends, strict=True)])
        if len(foot.strip()) >= _FOOT_MIN:
            out += [(b - len(foot), b) for b in ends]
    return out


def _common_tail(lines: list[str]) -> str:
    """The longest end the lines share, cut back to a blank (a whole foot, not a word's end)."""
    tail = lines[0]
    for line in lines[1:]:
        n = 0
        while n < min(len(tail), len(line)) and tail[-1 - n] == line[-1 - n]:
            n += 1
        tail = tail[len(tail) - n :]
    cut = tail.find(" ")
    return tail[cut:] if cut > 0 else tail


def _line_at(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return pos, end if end >= 0 else len(text)


def blank_page_furniture(text: str) -> str:
    """Running heads and related-document lists blanked out: the length stays the same.

    Running heads and feet are the lines at a page count (`第12页 共40页`), its own or the
    next one with words either way, that come back at another page count, page numbers
    aside: the title, the document's number. A heading `相关文档推荐` takes the short
    lines after it, up to a blank one."""
    spans: list[tuple[int, int]] = []
    if any(w in text for w in _PAGE_COUNT_WORDS):
        at_pages: dict[str, dict[int, tuple[int, int]]] = {}  # shape -> page count -> line
        counts = [m for rule in _PAGE_COUNTS for m in rule.finditer(text)]
        for page, m in enumerate(counts):
            for a, b in _page_edge(text, m.start()):
                if b - a <= _RUNNING_HEAD_MAX:
                    shape = _DIGITS_AND_BLANKS.sub("", text[a:b])
                    at_pages.setdefault(shape, {})[page] = (a, b)
        # (at two counts of other pages: a page printed twice is no running head's proof)
        spans += [
            sp
            for found in at_pages.values()
            if len(set(found.values())) >= 2 and len({counts[p].group() for p in found}) >= 2
            for sp in found.values()
        ]
    if "第" in text:
        spans += _inline_page_edges(text)
    if "播报" in text and _READ_ALOUD_LINE.search(text):  # an online encyclopedia's buttons
        spans += [m.span() for m in _ENCYCLOPEDIA_MARK.finditer(text)]
    if "修订" in text or "版本" in text:  # `V3.0　2023-07-15　胡俊峰　调整收银岗位职责`
        spans += [m.span() for m in _REVISION_ROW.finditer(text)]
    for m in _PREV_NEXT_LABEL.finditer(text):
        if m.group("title").strip():  # `上一则:生产管理处 组织与职掌` on one line
            spans.append((m.start() + (text[m.start()] == "\n"), m.end()))
            continue
        title = _line_after(text, m.end())
        if title and title[1] - title[0] <= _RELATED_TITLE_MAX:
            spans.append(title)
    if "标签" in text or "標籤" in text or "Tag" in text:
        for m in _TAGS.finditer(text):
            if all(len(t) <= _TAG_MAX for t in _TAG_SEP.split(m.group("tags"))):
                spans.append(m.span("tags"))
    if "剩余" in text or "内容未显示" in text or "本文档共" in text or "下载过" in text:
        found = (text.rfind("\n", 0, m.start()) + 1 for m in _PAYWALL.finditer(text))
        spans += [(a, b) for a, b in map(_line_at, repeat(text), found) if b - a <= _PAYWALL_MAX]
    if "页" in text or "頁" in text:  # `(未完,见下页)`: where a page breaks a list
        spans += [m.span() for m in _PAGE_TURN.finditer(text)]
    if ("登" in text) and ("注册" in text or "註冊" in text):
        spans += [m.span() for m in _SIGN_IN_BAR.finditer(text) if m.end() - m.start() <= 120]
    if "我要" in text or "立即" in text or "申请" in text:
        spans += [m.span() for m in _APPLY_BAR.finditer(text)]
    if "发件人" in text or "From:" in text:
        spans += _mail_furniture(text)
    if "|" in text or "｜" in text:  # `岗位介绍 | 部门经理`: a slide's section, then its post
        spans += [m.span() for m in _SLIDE_SECTION.finditer(text)]
    if "续" in text or "續" in text:  # `部门经理(续)`: the slide before goes on
        spans += [
            m.span()
            for m in _GOES_ON_MARK.finditer(text)
            if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()  # a heading's words
        ]
    if "审批编号" in text:
        spans += [
            (m.start() + (text[m.start()] == "\n"), m.end()) for m in _APPROVAL_LINE.finditer(text)
        ]
    if "电话" in text or "地址" in text:
        spans += _contact_lines(text)
    if _LINE_OPENS_WITH_YEAR.search(text) and _CHAT_HEADER_HINT.search(text):
        spans += [
            (m.start() + (text[m.start()] == "\n"), m.end()) for m in _CHAT_LINE.finditer(text)
        ]
    if "赞同" in text or "编辑于" in text or "发布于" in text:
        spans += _answer_bylines(text)
    footer = _site_footer(text)
    if footer is not None:
        spans.append((footer, len(text)))
    if "上一" in text or "版权" in text or "版權" in text:
        spans += _inline_feet(text)
    for m in _COMMENTS_HEADING.finditer(text):
        spans += [m.span(), *_comment_lines(text, m.end())]
    if "💬" in text:
        spans += _inline_comments(text)
    if "广告" in text or "廣告" in text:
        for m in _AD_LINE.finditer(text):
            line_a = m.start() + (text[m.start()] == "\n")
            ad = _short_lines(text, line_a, _AD_LINE_MAX, _AD_LINES_MAX)
            spans += [sp for sp in ad if not _RULE_LINE.fullmatch(text, *sp)]
    for m in _TOC_HEADING.finditer(text):
        spans += _toc_lines(text, m.end())
    for m in _RELATED_HEADING.finditer(text):
        titles = _short_lines(text, m.end() + 1, _RELATED_TITLE_MAX, _RELATED_TITLES_MAX)
        spans += [m.span(), *titles] if titles else []
    return _blank(text, spans) if spans else text


# A unit's contact lines under its description (`办公电话：0797-6621001`, `地址：…路56号`).
_CONTACT_LINE = re.compile(
    r"(?:[ \t]*(?:(?:办公|联系|值班|咨询|投诉)?电话|手机|传真|邮编)[ \t]*[:：][ \t]*"
    r"[\d \-()（）转、/]{5,40})+"
    r"|[ \t]*(?:办公)?地址[ \t]*[:：][^\n:：;；。]{4,40}?(?:路|街|道|巷|号|楼|室|层)"
    r"[^\n:：;；。]{0,12}(?=[ \t]*(?:\r?\n|\Z))"
)


# An approval record's own fields and log, as a workplace app exports them: `审批编号：…`,
# `标题：X提交的…申请`, `【第 3 条 / 共 7 条】`, `2. 周立群（运营总监） 已同意 2024-03-15 11:15`.
_APPROVAL_LINE = _LineRule(
    r"[ \t]*(?:(?:审批编号|标题|审批模板|申请人|发起时间|完成时间|审批结果|抄送人|审批意见|关联审批"
    r"|申请类型|审批状态)[ \t]*[:：][^\n]*"
    r"|【第[ \t]*\d+[ \t]*条[ \t]*/[ \t]*共[ \t]*\d+[ \t]*条】"
    r"|\d{1,2}\.[ \t]*[^\n]{1,30}?[ \t]"
    r"(?:发起申请|已同意|已拒绝|已转交|已撤销|已退回|审批中)[^\n]*)"
    r"[ \t]*(?=\r?\n|\Z)"
)


_CONTACT_WORD = re.compile("电话|手机|传真|邮编|地址")


def _contact_lines(text: str) -> list[tuple[int, int]]:
    """The contact lines of text, found from their words (a rule tried at every line's
    start would cost more than all the rest of a page's furniture)."""
    out: list[tuple[int, int]] = []
    done = -1
    for w in _CONTACT_WORD.finditer(text):
        line_a = text.rfind("\n", 0, w.start()) + 1
        if line_a <= done:
            continue
        done = line_a
        m = _CONTACT_LINE.match(text, line_a)
        if m:
            out.append(m.span())
    return out


# A deck's slide titled by its section and its post (`岗位介绍 | 部门经理`): the section's
# words are blanked, and the post heads the slide.
_SLIDE_SECTION = re.compile(
    r"(?m)^[ \t]*(?:(?:关键|關鍵)?[岗崗]位(?:介[绍紹]|[说說]明)?|[职職]位介[绍紹])[ \t]*[|｜][ \t]*"
    r"(?=[^\n|｜]{2,16}$)"
)
# A heading continued on the next slide or page (`部门经理（续）`): the same heading again.
_GOES_ON_MARK = re.compile(r"(?m)[(（][续續][)）](?=[ \t]*$)")  # literal first: the engine skips


# A mail thread's furniture: the header lines of each mail, the line over a quoted one,
# contact lines of signatures, and greetings (`周敏：`, `郑总好：`) alone on their lines.
_MAIL_HEADER = _LineRule(
    r"[ \t]*(?:(?:发件人|收件人|抄送|密送|发送时间|发送日期|时间|主题|附件|From|Sent|To|Cc|Date"
    r"|Subject)[ \t]*[:：][^\n]*|-{3,}[ \t]*(?:原始邮件|Original Message|转发邮件)[ \t]*-{3,}[ \t]*"
    r"|(?:手机|电话|传真|Tel|Mobile|Fax)[ \t]*[:：][ \t]*[\d +()（）\-转]{7,40}|发自我的\w{2,6}"
    r"|[\u4e00-\u9fff]{1,4}(?:好|您好)[:：,，!！]?|[\u4e00-\u9fff]{2,3}[:：])[ \t]*(?=\r?\n|\Z)"
)
_BLANK_NEXT = re.compile(r"\r?\n[ \t]*\r?\n")


def _mail_furniture(text: str) -> list[tuple[int, int]]:
    """The furniture lines of a mail thread (see `_MAIL_HEADER`); a greeting names a person
    (`周敏：`) or ends in 好, not a post (`出纳：`) or a label."""
    out: list[tuple[int, int]] = []
    for m in _MAIL_HEADER.finditer(text):
        a = m.start() + (text[m.start()] == "\n")
        line = text[a : m.end()].strip().rstrip(":：,，!！")
        if len(line) <= 3 and not (
            (line.endswith("好") or (line[:1] in SURNAMES and not kind_of(line)))
            and _BLANK_NEXT.match(text, m.end())  # a greeting stands apart from its letter
        ):
            continue
        out.append((a, m.end()))
    return out


# `On Wed, 13 Mar 2024 at 17:07, 宋佳 <…> wrote:`, `在 2024年3月13日 宋佳 写道：` over the
# earlier mail quoted line by line (`> …`): what was said before, not what stands.
_QUOTED_MAIL = _LineRule(
    r"[ \t]*(?:On [^\n]{5,160} wrote:|在[^\n]{4,100}写道[:：]|[^\n]{2,60}于[^\n]{4,60}写道[:：])"
    r"[ \t]*(?=\r?\n|\Z)"
)


_EARLIER_MAIL = re.compile(
    r"^[ \t]*-{3,}[ \t\u00a0]*(?:原始邮件|Original Message)[ \t\u00a0]*-{3,}", re.M
)


def _quoted_history(text: str) -> list[tuple[int, int]]:
    return _headed_runs(text, _QUOTED_MAIL, lambda a, b: text[a:b].lstrip().startswith((">", "＞")))


def _headed_runs(
    text: str, heading: _LineRule, belongs: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """The lines of each heading, and the lines right under it that `belongs` takes."""
    out: list[tuple[int, int]] = []
    for m in heading.finditer(text):
        out.append((m.start() + (text[m.start()] == "\n"), m.end()))
        pos = m.end() + 1
        while pos < len(text):
            a, b = _line_at(text, pos)
            if not belongs(a, b):
                break
            out.append((a, b))
            pos = b + 1
    return out


# A chat log exported as text: each message under a line of its time and sender
# (`2026-03-02 09:14:33 张店长(前厅)`, `张伟 2026/3/2 9:14`), a divider for each day, and
# what stands for what was not text (`[图片]`, `[撤回了一条消息]`).
_CHAT_HEADER_HINT = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2} \d{1,2}:\d{2}")
_LINE_OPENS_WITH_YEAR = re.compile(r"\n[ \t]*(?:19|20)\d\d[-/]|\n[^\n]{1,20} (?:19|20)\d\d[-/]")
_CHAT_LINE = _LineRule(
    r"[ \t]*(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+[^\n]{1,30}"
    r"|[^\d\s][^\n]{0,20}?[ \t]+\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"|[—\-=]{3,}[ \t]*\d{4}[-/]\d{1,2}[-/]\d{1,2}[ \t]*[—\-=]{3,}"
    r"|\[(?:图片|表情|语音|视频|文件|动画表情|[^\]\n]{0,12}撤回了一条消息)\])"
    r"[ \t]*(?=\r?\n|\Z)"
)


# Readers' comments under an article or answer: a heading, then short lines (names, the
# comment, `👍 57`, `作者回复:…`) up to a rule line or `查看全部86条评论`.
_COMMENTS_HEADING = _LineRule(
    r"[ \t\u3000]*(?:精[选選](?:留言|[评評][论論])|[评評][论論][区區]"
    # `评论` (or `评论 [发评论]`) over `[1楼]…`
    r"|[评評][论論](?:[ \t]*\[[^\]\n]{1,6}\])?"
    r"(?=[ \t]*\r?\n(?:[ \t]*\r?\n)?[^\n]{0,40}(?:\d{4}-\d{1,2}-\d{1,2}|\d楼))"
    r"|(?:全部|[热熱]门|[网網]友|最新|用[户戶])[评評][论論]|[写寫]留言|[发發]表[评評][论論]"
    r"|[评評][论論](?=[ \t]+\d+[ \t]*\r?\n))"  # `评论 87`
    r"[ \t]*(?:[(（]\d+条?[)）]|\d+)?[ \t]*(?=\r?\n|\Z)"
)
_COMMENT_LINE_MAX = 80  # characters; a longer line is content again
# An ad card between answers or paragraphs: `广告 · 练鲸健身管家` then its few short lines,
# up to a blank or rule line.
_AD_LINE = _LineRule(r"[ \t\u3000]*(?:【)?[广廣]告(?:】)?[ \t\u3000]*[·・|｜:：]")
_AD_LINE_MAX = 80  # characters
_AD_LINES_MAX = 5
_COMMENT_LINES_MAX = 80
_RULE_LINE = re.compile(r"[ \t]*[_\-=—]{6,}[ \t]*")
_ALL_COMMENTS = re.compile(r"查看全部.{0,8}评论")


def _short_lines(
    text: str, pos: int, longest: int, most: int, through_blanks: bool = False
) -> list[tuple[int, int]]:
    """The lines from pos (a line's start) up to the first one longer than `longest` or,
    unless `through_blanks`, the first blank one; at most `most`."""
    out: list[tuple[int, int]] = []
    while pos < len(text) and len(out) < most:
        a, b = _line_at(text, pos)
        line = " ".join(text[a:b].split())  # `· 文档标题.doc      12页    5积分`: columns
        if len(line) > longest or not (line or through_blanks):
            break
        out.append((a, b))
        pos = b + 1
    return out


def _comment_lines(text: str, pos: int) -> list[tuple[int, int]]:
    """The lines of a comment section from pos (its heading's end)."""
    out: list[tuple[int, int]] = []
    for a, b in _short_lines(text, pos + 1, _COMMENT_LINE_MAX, _COMMENT_LINES_MAX, True):
        if _RULE_LINE.fullmatch(text, a, b):
            break
        out.append((a, b))
        if _ALL_COMMENTS.search(text, a, b):
            break
    return out


# An online document's comment thread under a paragraph: `💬 评论 (2)`, then a line per
# comment (`李娜：…`, `回复 王磊：…`); the document goes on after it.
_INLINE_COMMENTS = _LineRule(
    r"[ \t]*💬[ \t]*[评評][论論][ \t]*(?:[(（]\d+[)）])?[ \t]*(?=\r?\n|\Z)"
)
_COMMENT_BY = re.compile(r"[ \t]*(?:回复[ \t]*)?@?[\u4e00-\u9fff]{2,4}[ \t]*[:：]")


def _inline_comments(text: str) -> list[tuple[int, int]]:
    return _headed_runs(
        text, _INLINE_COMMENTS, lambda a, b: _COMMENT_BY.match(text, a, b) is not None
    )


# A table of contents on lines of its own: `目录`, then the titles the page repeats below.
_TOC_HEADING = _LineRule(r"[ \t\u3000]*(?:本文)?目[ \t\u3000]*[录錄][ \t]*[:：]?[ \t]*(?=\r?\n)")
_TOC_LINE_MAX = 60  # characters
_TOC_LINES_MAX = 40
_TOC_MIN_REPEATED = 2


def _toc_lines(text: str, pos: int) -> list[tuple[int, int]]:
    """The entries of a table of contents from pos (its heading's end): the short lines up
    to a blank one, if at least two come back later as lines of the page (its headings)."""
    entries = _short_lines(text, pos + 1, _TOC_LINE_MAX, _TOC_LINES_MAX)
    rest = text[entries[-1][1] :] if entries else ""
    repeated = sum(1 for a, b in entries if f"\n{text[a:b].strip()}" in rest)
    return entries if repeated >= _TOC_MIN_REPEATED else []


def _page_edge(text: str, pos: int) -> list[tuple[int, int]]:
    """The line at pos, the nearest line with words above it and the two nearest below it
    (a running head of a title and a document number), rule lines and page numbers alone
    (`-----`, `- 1 -`) passed over."""
    line = _line_at(text, text.rfind("\n", 0, pos) + 1)
    below = _line_after(text, line[1], _WORDS)
    around = (
        _line_before(text, line[0], _WORDS),
        below,
        _line_after(text, below[1], _WORDS) if below is not None else None,
    )
    return [line, *(x for x in around if x is not None)]


_NON_BLANK = re.compile(r"\S")
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _site_footer(text: str) -> int | None:
    """Where a site's footer starts: the line after the last copyright line, if little
    text follows it."""
    tail = max(0, len(text) - _FOOTER_MAX - 200)
    last = None
    for m in _COPYRIGHT.finditer(text, tail):
        last = m
    if last is None:
        return None
    start = text.find("\n", last.end())
    return start + 1 if start >= 0 and len(text) - start <= _FOOTER_MAX else None


# A page's foot run into its last line of text, as a page flattened to lines comes out:
# `…其他工作。 共2页 第2页 上一页 上一篇:医院简介 … 主办单位:… 备案号:…`.
_FOOT_MARK = re.compile(
    r"共\s*\d{1,3}\s*[页頁]|上一[页頁篇]|下一[页頁篇]|【打印本[页頁]】|【[关關]闭窗口】"
    r"|主[办辦][单單]位[:：]|版[权權]所有|[备備]案[号號]|ICP[备備]"
)
_FOOT_MAX = 400  # characters from the first mark to the line's end
_FOOT_MARKS_MIN = 3


def _inline_feet(text: str) -> list[tuple[int, int]]:
    """The feet run into long lines: from the first mark of page furniture to the line's
    end, when that is short and holds several marks."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _FOOT_MARK.search(text, pos)) is not None:
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_end - line_start <= _RUNNING_HEAD_MAX:
            pos = line_end  # a short line: its foot is a running one, found elsewhere
            continue
        tail = list(_FOOT_MARK.finditer(text, m.start(), line_end))
        if (
            m.start() - line_start > _RUNNING_HEAD_MAX
            and line_end - m.start() <= _FOOT_MAX
            and len(tail) >= _FOOT_MARKS_MIN
        ):
            out.append((m.start(), line_end))
            pos = line_end
        else:
            pos = m.end()
    return out


def _answer_bylines(text: str) -> list[tuple[int, int]]:
    """The lines of a Q&A page's bylines: votes, the two short lines above them, the
    edit date and the vote bar."""
    out: list[tuple[int, int]] = []
    for m in _ANSWER_VOTES.finditer(text):
        a = m.start() + (text[m.start()] == "\n")
        out.append((a, m.end()))
        for _ in range(2):
            above = _line_before(text, a)
            if above is None or above[1] - above[0] > _BYLINE_MAX:
                break
            out.append(above)
            a = above[0]
    out += [m.span() for m in _ANSWER_END.finditer(text)]
    return out


def _line_before(text: str, a: int, words: re.Pattern[str] = _NON_BLANK) -> tuple[int, int] | None:
    """The nearest line with words that ends before offset a (a line's start)."""
    end = a - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if words.search(text, start, end):
            return start, end
        end = start - 1
    return None


def _line_after(text: str, b: int, words: re.Pattern[str] = _NON_BLANK) -> tuple[int, int] | None:
    """The nearest line with words that starts after offset b (a line's end)."""
    start = b + 1
    while start < len(text):
        s, e = _line_at(text, start)
        if words.search(text, s, e):
            return s, e
        start = e + 1
    return None


# A cell in double quotes (Excel quotes those with separators, quotes or line breaks), or a
# separator: a comma, or a semicolon where Excel's locale writes decimals with commas.
_CSV_TOKEN = {sep: re.compile(rf'"(?:[^"]|"")*"|{sep}') for sep in ",;"}
_CSV_EMPTY_CELL = {sep: re.compile(rf"{sep}[ \t]*{sep}|{sep}[ \t]*$", re.MULTILINE) for sep in ",;"}
_CSV_SAMPLE = 1 << 16  # characters looked at to tell a CSV file
_CSV_QUOTED = re.compile(r'"(?:[^"]|"")*"')
_CSV_MIN_ROWS = 5


def _looks_like_csv(text: str, sep: str) -> bool:
    """Most lines hold two separators or more, and many hold an empty cell (`,,`): a sheet
    saved as CSV. Prose, even with ASCII commas, seldom has empty cells."""
    # Quoted cells (over lines, perhaps) as empty ones: a row is then one line.
    sample = _CSV_QUOTED.sub('""', text[:_CSV_SAMPLE])
    lines = [ln for ln in sample.splitlines() if ln.strip()]
    if len(lines) < _CSV_MIN_ROWS:
        return False
    rows = sum(1 for ln in lines if ln.count(sep) >= 2)
    empty = sum(1 for ln in lines if _CSV_EMPTY_CELL[sep].search(ln))
    return rows >= 0.6 * len(lines) and empty >= 0.2 * len(lines)


def csv_cells(text: str) -> str:
    """A sheet saved as CSV made a tab-separated table, as pasted from Excel: the separators
    between cells (`,` or `;`) become tabs, quoted cells stay as they are. The length stays
    the same."""
    sep = next((s for s in ",;" if s in text and _looks_like_csv(text, s)), None)
    if sep is None:
        return text
    return _CSV_TOKEN[sep].sub(lambda m: "\t" if m.group(0) == sep else m.group(0), text)
