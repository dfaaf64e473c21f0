"""LaTeX source (`.tex`) as the text it typesets, in the forms the rules read.

What is printed is kept, in Markdown's marks: `\\section{X}` as `## X`, `\\item` as `- `,
`\\item[电镜室]` as `- 电镜室：`, a table's `a & b \\\\` rows as cells cut by tabs. What is
not printed goes: comments, `\\iffalse…\\fi`, the preamble, footnotes, labels and
references. The document's own macros (`\\newcommand{\\field}[2]{\\textbf{#1：}#2}`) are
expanded first, so the labels they print are read too.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_IFFALSE = re.compile(r"\\iffalse\b.*?\\fi\b", re.S)
_NEWCOMMAND = re.compile(
    r"\\(?:re)?newcommand\*?\s*\{?\\(?P<name>[A-Za-z]+)\}?\s*(?:\[(?P<n>\d)\])?"
)
_BODY = re.compile(r"\\begin\{document\}(?P<body>.*?)(?:\\end\{document\}|\Z)", re.S)
_SECTIONS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4,
             "paragraph": 5, "subparagraph": 6}  # fmt: skip
# Commands whose arguments are not printed (or not text): dropped with them.
_UNPRINTED = {"footnote": 1, "label": 1, "ref": 1, "pageref": 1, "eqref": 1, "cite": 1,
              "addcontentsline": 3, "vspace": 1, "hspace": 1, "includegraphics": 1,
              "thispagestyle": 1, "pagestyle": 1, "setlength": 2, "bibliography": 1,
              "bibliographystyle": 1, "url": 1, "multirow": 2, "multicolumn": 2}  # fmt: skip
_SYMBOLS = {"geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "times": "×", "pm": "±",
            "quad": "　", "qquad": "　　", "%": "%", "&": "&", "$": "$", "_": "_", "#": "#",
            "textbullet": "•", "ldots": "…", "dots": "…", "par": "\n\n", "newline": "\n",
            "\\": "\n", "item": "\n- ", "hline": "", "toprule": "", "midrule": "",
            "bottomrule": "", "endhead": "", "endfirsthead": "", "cline": ""}  # fmt: skip
_COMMAND = re.compile(r"\\(?P<name>[A-Za-z]+\*?|[\\%&$_#])")
_ENV = re.compile(r"\\(?P<edge>begin|end)\{(?P<env>[^{}]+)\}")
_TABULAR = ("tabular", "tabular*", "tabularx", "longtable", "array")


def is_latex(text: str) -> bool:
    return "\\documentclass" in text or "\\begin{document}" in text


def _group(text: str, i: int) -> tuple[str, int] | None:
    """The `{…}` group opening at i (blanks before it passed), with nested braces, and
    where it ends."""
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] != "{":
        return None
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{" and text[j - 1] != "\\":
            depth += 1
        elif text[j] == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j], j + 1
    return None


def _options(text: str, i: int) -> int:
    """Past a `[…]` of options at i, if there is one."""
    if i < len(text) and text[i] == "[":
        close = text.find("]", i)
        return close + 1 if close > 0 else i
    return i


def _macros(text: str) -> dict[str, tuple[int, str]]:
    """The document's own macros: name → (number of arguments, body)."""
    out: dict[str, tuple[int, str]] = {}
    for m in _NEWCOMMAND.finditer(text):
        body = _group(text, m.end())
        if body is not None:
            out[m.group("name")] = (int(m.group("n") or 0), body[0])
    return out


def _expand(text: str, macros: dict[str, tuple[int, str]]) -> str:
    """Each use of the document's macros replaced by its body, arguments put in."""
    if not macros:
        return text
    out: list[str] = []
    pos = 0
    for m in _COMMAND.finditer(text):
        name = m.group("name")
        if m.start() < pos or name not in macros:
            continue
        n, body = macros[name]
        args, end = [], m.end()
        for _ in range(n):
            got = _group(text, end)
            if got is None:
                break
            args.append(got[0])
            end = got[1]
        if len(args) < n:
            continue
        for k, arg in enumerate(args, 1):
            body = body.replace(f"#{k}", arg)
        out += [text[pos : m.start()], body]
        pos = end
    return "".join(out) + text[pos:]


def _convert(text: str) -> str:
    """Commands made text or marks, groups opened, environments cut into lines."""
    out: list[str] = []
    pos = 0
    in_table = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            env = _ENV.match(text, i)
            if env:
                out.append(text[pos:i])
                opening = env.group("edge") == "begin"
                if env.group("env") in _TABULAR:
                    in_table += 1 if opening else -1
                i = env.end()
                if opening:  # its options and a table's column spec are no text
                    i = _options(text, i)
                    spec = _group(text, i) if env.group("env") in _TABULAR else None
                    i = spec[1] if spec else i
                out.append("\n")
                pos = i
                continue
            m = _COMMAND.match(text, i)
            if m is None:
                i += 1
                continue
            out.append(text[pos:i])
            name = m.group("name").rstrip("*")
            i = _options(text, m.end())
            if name in _SECTIONS:
                title = _group(text, i)
                if title:
                    out.append(f"\n{'#' * _SECTIONS[name]} {_convert(title[0]).strip()}\n")
                    i = title[1]
            elif name in _UNPRINTED:
                for _ in range(_UNPRINTED[name]):
                    got = _group(text, i)
                    i = got[1] if got else i
                if name in ("multirow", "multicolumn"):  # their last group is the cell
                    got = _group(text, i)
                    if got:
                        out.append(_convert(got[0]))
                        i = got[1]
            elif name == "item" and text[m.end() : m.end() + 1] == "[":
                close = text.find("]", m.end())
                out.append(f"\n- {_convert(text[m.end() + 1 : close]).strip()}：")
                i = close + 1
            elif name == "\\" and in_table:  # a row's end: the source's line break is it
                out.append("\n")
                while i < len(text) and text[i] in " \t":
                    i += 1
                i += text[i : i + 1] == "\n"
            else:
                out.append(_SYMBOLS.get(name, ""))
            pos = i
            continue
        if ch == "&" and in_table:
            out += [text[pos:i], "\t"]
            pos = i + 1
        elif ch in "{}$~":
            out += [text[pos:i], " " if ch == "~" else ""]
            pos = i + 1
        i += 1
    out.append(text[pos:])
    return "".join(out)


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff，。；：、（）]) +(?=[\u4e00-\u9fff，。；：、（）])")
_BETWEEN_ROWS = re.compile(r"(?m)(?<=\t)(?P<rest>[^\t\n]*)\n[ \t]*(?:\n[ \t]*)+(?=[^\n]*\t)")
_BEFORE_ITEM = re.compile(r"\n[ \t]*(?:\n[ \t]*)+(?=- )")
_BLANKS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def latex_text(source: str) -> str:
    """The text `source` typesets: see the module's docstring."""
    text = _IFFALSE.sub("", _COMMENT.sub("", source.replace("\r\n", "\n")))
    macros = _macros(text)
    body = _BODY.search(text)
    text = body.group("body") if body else text
    text = _convert(_expand(_expand(text, macros), macros))
    text = _BEFORE_ITEM.sub("\n", text)  # items of one list, not paragraphs
    text = _BETWEEN_ROWS.sub(r"\g<rest>\n", text)  # rows of one table (`\\midrule` between)
    paragraphs = [_joined(p) for p in _BLANKS.split(text)]
    return "\n\n".join(_CJK_GAP.sub("", p).strip("\n ") for p in paragraphs if p.strip()) + "\n"


def _joined(paragraph: str) -> str:
    """A line break inside a paragraph is a blank to TeX (none between hanzi): a line goes
    on with the one before unless it opens an item or a heading, or either is a table row."""
    out: list[str] = []
    for line in paragraph.split("\n"):
        line = line.strip(" ")  # a row's empty first cell keeps its tab
        if not line.strip():
            continue
        opens = line.startswith(("-", "#")) or out[-1:] == [] or out[-1].startswith("#")
        if not opens and "\t" not in line + out[-1]:
            out[-1] += " " + line
            continue
        out.append(line)
    return "\n".join(out)
