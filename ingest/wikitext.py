"""MediaWiki wikitext (a wiki page's source, as its editor shows it) in the forms the rules
read, the length kept so offsets stay offsets into the original.

- `'''粗体'''`, `''斜体''`, `__TOC__`, `<ref>…</ref>`, categories and files: blanked.
- `[[目标|显示]]` and `[[目标]]`: the words shown.
- `{{部门信息框|上级部门=研发中心|编制=7}}` and its one-parameter-a-line form: `上级部门:研发中心`
  fields; any other template (`{{新}}`, `{{置顶通知|…}}`): blanked.
- `== 标题 ==`: a heading of level 2 (see `headings`).
- `#`, `*`, `#*` opening a line: a bullet, set in by its depth.
- `{| … |}` tables: `! a !! b` and `| a || b` rows as cells cut by `|`, one row a line.
- `== 参见 ==`, `== 参考资料 ==` and the like: blanked, links about the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SIGNS = ("[[", "'''", "{{", "\n==", "\n{|")
_HEADING = re.compile(r"^(?P<marks>={2,6})[ \t]*(?P<words>[^=\n]+?)[ \t]*(?P=marks)[ \t]*$", re.M)
_QUOTES = re.compile(r"'{2,5}")
_BACK_MATTER = frozenset({
    "参见", "参考资料", "参考文献", "外部链接", "相关链接", "注释", "See also", "References",
    "External links",
})  # fmt: skip
_MAGIC = re.compile(r"__[A-Z]{3,20}__|<references[ \t]*/>|</?small>|<ref[^>/]*/>")
_REF = re.compile(r"<ref[^>/]*>.*?</ref>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_NO_TEXT_LINK = re.compile(r"\[\[(?:文件|图像|分类|File|Image|Category|媒体|Media):[^\]\n]*\]\]")
_LINK = re.compile(r"(?P<open>\[\[(?:[^\[\]|\n]*\|)?)(?P<shown>[^\[\]|\n]*)(?P<close>\]\])")
# A template with named parameters: an infobox, whose fields are labels and values.
_INFOBOX = re.compile(r"\{\{[^{}|\n]*(?P<body>(?:\n?[ \t]*\|[^{}|]*=[^{}|]*)+)\n?[ \t]*\}\}")
_PARAM = re.compile(r"\|(?P<key>[ \t]*[^|=\n]{1,12}?[ \t]*)=")
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_LIST_MARKS = re.compile(r"^[#*:;]+(?=[ \t]|[^\s#*:;-])", re.M)
_TABLE_EDGE = re.compile(r"^[ \t]*(?:\{\||\|\}|\|\+)[^\n]*$", re.M)
_ROW_BREAK = re.compile(r"\n[ \t]*\|-[^\n]*(?=\n)")
_CELL_ATTRS = re.compile(r"(?<=^[!|])[^|!\n\[]*=\"[^\"\n]*\"[^|!\n]*\|(?!\|)", re.M)
_CELL_SEP = re.compile(r"!!|\|\|")
_ROW_OPEN = re.compile(r"^[!|](?![}+\-])", re.M)


def is_wikitext(text: str) -> bool:
    """Two or more of wikitext's marks: links, bold quotes, templates, headings, tables."""
    return sum(sign in text for sign in _SIGNS) >= 2 and "[[" in text


def headings(text: str) -> list[tuple[int, int, int]]:
    """(start, end, level) of the words of each `== X ==` heading."""
    return [
        (m.start("words"), m.end("words"), len(m.group("marks"))) for m in _HEADING.finditer(text)
    ]


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _keep(*groups: str) -> Callable[[re.Match[str]], str]:
    """A match blanked but for the named groups."""

    def out(m: re.Match[str]) -> str:
        chars = [" "] * len(m.group(0))
        for g in groups:
            a, b = m.start(g) - m.start(), m.end(g) - m.start()
            chars[a:b] = m.group(g)
        return "".join(chars)

    return out


def _infobox(m: re.Match[str]) -> str:
    """`{{X|上级部门=研发中心|编制=7}}`: `上级部门:研发中心 编制:7`, the name and braces blanked."""
    body = _PARAM.sub(lambda p: " " + p.group("key") + ":", m.group("body"))
    head = " " * (m.start("body") - m.start())
    return head + body + " " * (m.end() - m.end("body"))


def _back_matter(text: str) -> list[tuple[int, int]]:
    """The spans of the page's `== 参见 ==`, `== 参考资料 ==` … sections: links and notes
    about the page, up to the next heading of their level or above."""
    spans = []
    found = list(_HEADING.finditer(text))
    for i, m in enumerate(found):
        if m.group("words").strip() in _BACK_MATTER:
            level = len(m.group("marks"))
            ends = [n.start() for n in found[i + 1 :] if len(n.group("marks")) <= level]
            spans.append((m.start(), ends[0] if ends else len(text)))
    return spans


def blank_wikitext(text: str) -> str:
    """The page's markup blanked or made the marks the rules read: the same length."""
    for a, b in _back_matter(text):
        text = text[:a] + "".join(c if c == "\n" else " " for c in text[a:b]) + text[b:]
    text = _COMMENT.sub(_spaces, text)
    text = _REF.sub(_spaces, text)
    text = _MAGIC.sub(_spaces, text)
    text = _NO_TEXT_LINK.sub(_spaces, text)
    text = _LINK.sub(_keep("shown"), text)
    text = _INFOBOX.sub(_infobox, text)
    while _TEMPLATE.search(text):  # innermost first: templates nest
        text = _TEMPLATE.sub(_spaces, text)
    text = _QUOTES.sub(_spaces, text)
    text = _HEADING.sub(_keep("words"), text)
    text = _LIST_MARKS.sub(lambda m: " " * (len(m.group(0)) - 1) + "-", text)
    text = _TABLE_EDGE.sub(_spaces, text)
    text = _ROW_BREAK.sub(_spaces, text)  # with its line break: rows stay line after line
    text = _CELL_ATTRS.sub(_spaces, text)
    text = _CELL_SEP.sub(" |", text)
    return _ROW_OPEN.sub(" ", text)
