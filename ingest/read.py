"""Bytes to text: one reader per document format, and encoding detection for plain text.

Generic detectors misread GBK and Big5, so plain text is decoded by trying the strict
decodings first and scoring the candidates; charset-normalizer is the last resort.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.latex import is_latex, latex_text
from ingest.subtitles import is_subtitles, subtitles_text
from kb.errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUBTITLE_SUFFIXES = frozenset({".srt", ".vtt"})
# `.sql`: a database dump, read whole (its tables refer to each other; `ingest.sql_dump`).
DOCUMENT_SUFFIXES = (
    TEXT_SUFFIXES | HTML_SUFFIXES | SUBTITLE_SUFFIXES | {".docx", ".pdf", ".rtf", ".tex", ".sql"}
)
# Read by the structured importer, not by the document extractor.
STRUCTURED_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx", ".xls", ".yaml", ".yml", ".json"})

# Legacy Chinese encodings, tried strictly after UTF-8.
LEGACY_ENCODINGS = ("gb18030", "big5")
SAMPLE_BYTES = 256 * 1024
# Plain-text files above this size are read in pieces (see `iter_text_chunks`).
CHUNK_BYTES = 8 * 1024 * 1024


class NotADocument(InputError):
    """A structured data file (CSV, spreadsheet, YAML): not read by the document extractor."""


def _common_chars() -> frozenset[str]:
    """The most frequent Simplified (GB2312 level 1) and Traditional (Big5 level 1) hanzi."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("gb2312"))
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("big5"))
    return frozenset(chars)


_COMMON: frozenset[str] | None = None
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Characters a misread legacy encoding produces: kana, box drawing, private use, rare blocks.
_ODD = re.compile(r"[\u3040-\u30ff\u2500-\u257f\ue000-\uf8ff\u0400-\u04ff\u0370-\u03ff\ufffd]")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _plausibility(text: str) -> float:
    """How much a decoded sample looks like Chinese prose: share of common hanzi, minus oddities."""
    global _COMMON
    if _COMMON is None:
        _COMMON = _common_chars()
    cjk = _CJK.findall(text)
    odd = len(_ODD.findall(text))
    if not cjk:
        return 0.0 - odd
    common = sum(1 for c in cjk if c in _COMMON)
    return common / len(cjk) - 2.0 * odd / max(1, len(cjk))


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NUL bytes on one side of most ASCII characters; Chinese
    text has few ASCII characters, so a sample with some NULs is also tried as UTF-16."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    if b"\x00" in sample and len(data) % 2 == 0:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = sample[: len(sample) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                continue
            if _plausibility(text) > 0.6 and not _CONTROL_TEXT.search(text):
                return enc
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _is_binary(data: bytes) -> bool:
    sample = data[:SAMPLE_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > 0.01 * len(sample)


def _decode_mixed(data: bytes, legacy: str) -> str:
    """Line by line: UTF-8 where it decodes, else the legacy encoding, else replacement."""
    out: list[str] = []
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            out.append(line.decode(legacy))
        except UnicodeDecodeError:
            out.append(line.decode("utf-8", errors="replace"))
    return "".join(out)


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode plain-text bytes, detecting the encoding. Raises InputError for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_guess(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if _is_binary(data):
        raise InputError(f"{name}: binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    sample = data[:SAMPLE_BYTES]
    scored: list[tuple[float, str]] = []
    for enc in LEGACY_ENCODINGS:
        try:
            # A sample may end inside a character; ignore only that tail.
            text = sample.decode(enc) if len(sample) == len(data) else _decode_prefix(sample, enc)
        except UnicodeDecodeError:
            continue
        scored.append((_plausibility(text), enc))
    scored.sort(reverse=True)
    for _, enc in scored:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    # Mixed encodings: some lines UTF-8, others legacy.
    if utf8_error.start > 0 or b"\n" in data:
        legacy = scored[0][1] if scored else "gb18030"
        return _decode_mixed(data, legacy)
    return _last_resort(data, name)


def _decode_prefix(sample: bytes, enc: str) -> str:
    decoder = codecs.getincrementaldecoder(enc)(errors="strict")
    return decoder.decode(sample, final=False)


def _last_resort(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:SAMPLE_BYTES]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: unknown text encoding")
    return data.decode(best.encoding, errors="replace")


def read_docx(path: Path) -> str:
    """Paragraphs and tables in document order; a table row becomes one line of cells
    separated by tabs."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise InputError(f"{path.name}: python-docx is not installed") from e
    try:
        document = docx.Document(str(path))
    except Exception as e:  # python-docx raises zipfile, KeyError and lxml errors alike
        raise InputError(f"{path.name}: not a readable .docx file ({e})") from e
    lines: list[str] = []
    for child in _blocks(document.element.body):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            style = paragraph.style.name if paragraph.style else ""
            lines.append(
                _heading_marks(style or "") + _list_mark(paragraph, style) + _accepted(child)
            )
        elif tag == "tbl":
            for row in Table(child, document).rows:
                if _deleted_row(row._tr):
                    continue
                cells: list[str] = []
                for cell in row.cells:
                    paragraphs = [b for b in _blocks(cell._tc) if b.tag == _W + "p"]
                    text = "\n".join(_accepted(p) for p in paragraphs).strip()
                    # Merged cells repeat their text once per grid column.
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                lines.append("\t".join(cells))  # cells stay apart, as in a pasted table
    return "\n".join(lines)


def _blocks(element: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body or a cell in order, those inside a content
    control (`w:sdt`, a form's field) too; a control still showing its placeholder
    (`单击或点击此处输入文字。`) holds nothing."""
    for child in element.iterchildren():
        if child.tag == _W + "sdt":
            if _placeholder(child):
                continue
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag in (_W + "p", _W + "tbl"):
            yield child


_HEADING_STYLE = re.compile(r"^(?:Heading|标题)\s*(\d)$")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A tracked deletion or the old place of a move: text the document no longer holds.
_REMOVED = frozenset({_W + "del", _W + "moveFrom"})
_PROPERTIES = frozenset({_W + "pPr", _W + "rPr"})  # their `w:tab` is a tab stop, no text


def _accepted(element: Any) -> str:
    """The text of a paragraph with its tracked changes accepted: inserted runs (`w:ins`)
    in, deleted ones (`w:del`) out. python-docx's `Paragraph.text` reads neither."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if tag in _REMOVED or tag in _PROPERTIES:
                continue
            if tag == _W + "sdt" and _placeholder(child):
                continue  # an inline field still showing its placeholder
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _placeholder(sdt: Any) -> bool:
    props = sdt.find(_W + "sdtPr")
    return props is not None and props.find(_W + "showingPlcHdr") is not None


def _deleted_row(tr: Any) -> bool:
    """A table row whose deletion is tracked (`w:trPr/w:del`)."""
    props = tr.find(_W + "trPr")
    return props is not None and props.find(_W + "del") is not None


def _list_mark(paragraph: Any, style: str) -> str:
    """`- ` before a paragraph Word numbers or bullets (a `List Bullet`/`List Number` style,
    or numbering of its own): the number is no part of its text, and the list would
    otherwise read as plain lines."""
    p_pr = paragraph._p.pPr
    numbered = p_pr is not None and p_pr.numPr is not None
    return "- " if numbered or style.startswith(("List", "列表")) else ""


def _heading_marks(style: str) -> str:
    """`## ` for a paragraph in Word's `Heading 2` style: headings are read as in Markdown."""
    m = _HEADING_STYLE.match(style)
    return "#" * int(m.group(1)) + " " if m else ""


def read_pdf(path: Path) -> str:
    """The text layer of every page; a PDF of scanned images has none and is an error."""
    try:
        from pypdf import PdfReader
    except ImportError as e:  # pragma: no cover
        raise InputError(f"{path.name}: pypdf is not installed") from e
    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as e:  # pypdf raises many unrelated exception types on broken files
        raise InputError(f"{path.name}: not a readable PDF ({e})") from e
    if not "".join(pages).strip():
        raise InputError(f"{path.name}: the PDF has no text layer")
    return "\n".join(_unwrap(lines) for lines in _without_running_heads(pages))


def _without_running_heads(pages: list[str], depth: int = 2) -> list[list[str]]:
    """Each page's lines, less the running heads and feet: a line among a page's first or
    last two that was among an earlier page's (`南屿职业技术学院`, `院办印发`)."""
    out: list[list[str]] = []
    seen: set[str] = set()
    for page in pages:
        lines = page.splitlines()
        filled = [ln for ln in lines if ln.strip()]
        edges = {*filled[:depth], *filled[-depth:]}
        out.append([ln for ln in lines if ln not in edges or ln not in seen])
        seen |= edges
    return out


_HANZI = re.compile(r"[\u4e00-\u9fff]")


def _unwrap(lines: list[str]) -> str:
    """A page's lines with the hard wraps of its full lines undone: a line as long as the
    longest, ending in a hanzi, goes on with the next line that opens with one
    (`…下设教学运` / `行科、学籍考务科`)."""
    full = max((len(ln.strip()) for ln in lines), default=0) * 0.9
    out: list[str] = []
    for i, ln in enumerate(lines):
        out.append(ln)
        nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        wraps = len(ln.strip()) >= full and _HANZI.match(ln.rstrip()[-1:]) and _HANZI.match(nxt[:1])
        out.append("" if wraps else "\n")
    return "".join(out).rstrip("\n")


_MARKED_ITEM = re.compile(
    r"\(?\d{1,2}[)、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473]|[-•●◆■]"
)
_HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form")
_BADGE_CLASS = re.compile(r"\b(?:status-macro|aui-lozenge|badge|label-status)\b")


# `\ansicpg936`: the code page of the file's 8-bit text and `\'hh` escapes (GBK here).
_RTF_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_ROW_END_BAR = re.compile(r"\|[ \t]*$", re.MULTILINE)


def read_rtf(data: bytes, name: str) -> str:
    """The text of an RTF file (as Word and WPS save it): escapes decoded in the file's
    code page, a table row's cells cut by `|`, one row a line."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError(f"{name}: not an RTF file (no {{\\rtf header)")
    page = _RTF_CODE_PAGE.search(data[:4096])
    encoding = f"cp{page.group(1).decode()}" if page else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"  # a code page Python does not know: Western text at least
    text = str(rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace"))
    return _ROW_END_BAR.sub("", text)  # `岗位名称|出纳|`: each cell closed by a bar, the last too


def read_html(data: bytes, name: str) -> str:
    """Visible text of an HTML page, one block element per line and one table row per
    line, navigation dropped."""
    from bs4 import BeautifulSoup

    text = decode_bytes(data, name)
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(_HTML_DROP):
        tag.decompose()
    # A wiki's status badge (`<span class="status-macro aui-lozenge">已发布</span>`): a
    # word about the page, no part of the heading or cell it sits in.
    for tag in soup.find_all(class_=_BADGE_CLASS):
        tag.decompose()
    # An icon drawn with a character (`<span>⌄</span>` to fold a card): no word of the text.
    for icon in soup.find_all(string=_ICON_TEXT):
        if icon.parent is not None and icon.parent.name in ("span", "i", "em", "button"):
            icon.parent.decompose()
    _source_breaks(soup)
    # An accordion's title that is a name alone (`<details><summary>办公室</summary>…`)
    # heads what it folds: a heading one level below the page's heading before it.
    for summary in soup.find_all("summary"):
        if summary.find_parent("details") is None or not _BARE_NAME.fullmatch(
            summary.get_text(strip=True)
        ):
            continue
        above = summary.find_previous(_HEADING_TAG)
        level = min(int(above.name[1]) + 1, 6) if above is not None else _SUMMARY_LEVEL
        summary.name = f"h{level}"
    # Headings are read as in Markdown (`<h3>出纳</h3>` as `### 出纳`).
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            words = heading.get_text(" ", strip=True)
            heading.replace_with(f"\n{'#' * level} {words}\n" if words else "\n")
    # A list item opens with a bullet, set in by its depth, as Markdown writes it: the
    # items of `<ul>`/`<ol>` are then items, not lines of a paragraph.
    for item in soup.find_all("li"):
        link = item.find("a")
        if link is not None and link.get_text(strip=True) == item.get_text(strip=True):
            continue  # a menu's link, no item of a list of duties
        first = item.find(string=lambda s: bool(s.strip()))
        if first is not None and not _MARKED_ITEM.match(first.strip()):  # `<li>1、…`: marked
            depth = len(item.find_parents(["ul", "ol"])) - 1
            first.replace_with(f"{'  ' * max(depth, 0)}- {first.strip()}")
    # A table row becomes one line of cells separated by tabs, as in a pasted table (the
    # innermost tables first, so a table nested in a cell is flattened into that cell).
    for table in reversed(soup.find_all("table")):
        rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
        for row, cells in zip(rows, _grid(rows), strict=True):
            while cells and not cells[-1]:
                cells.pop()
            row.replace_with("\n" + "\t".join(cells) + "\n")
    return _rendered_text(soup)


# Elements a browser sets on lines of their own; the rest run on within their line.
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "header",
    "footer", "blockquote", "pre", "hr", "br", "details", "summary", "figure", "figcaption",
    "caption", "address", "center", "fieldset", "table", "tr", "td", "th",
    "h1", "h2", "h3", "h4", "h5", "h6",
})  # fmt: skip
_SOURCE_BREAK = re.compile(r"[ \t]*\r?\n\s*")
_WIDE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _source_breaks(soup: Any) -> None:
    """Each line break of the source a blank, as a browser lays text out (none between
    hanzi, as CSS drops a break between wide characters; none between elements)."""
    from bs4 import Comment

    for node in soup.find_all(string=True):
        if isinstance(node, Comment) or "\n" not in node or node.find_parent("pre") is not None:
            continue
        text = str(node)
        if not text.strip():
            node.replace_with("")  # the source's layout between elements
            continue

        def blank(m: re.Match[str], text: str = text) -> str:
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            if not before or not after:
                return ""
            return "" if _WIDE.match(before) and _WIDE.match(after) else " "

        node.replace_with(_SOURCE_BREAK.sub(blank, text))


def _rendered_text(soup: Any) -> str:
    """The page's text as a browser lays it out: a line for each block element, inline
    elements run together on it, but for a row of chips (`<span class="tag">风控部</span>
    <span class="tag">杭州</span>`: siblings of one class, which a style sets apart)."""
    for parent in soup.find_all(True):
        kids = [k for k in parent.children if getattr(k, "name", None) or str(k).strip()]
        classed = [k for k in kids if getattr(k, "name", None) and k.get("class")]
        one_class = len({(k.name, tuple(k["class"])) for k in classed}) == 1
        if len(classed) >= 2 and len(classed) == len(kids) and one_class:
            for kid in classed:
                kid.insert_after("\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        if tag.name in ("br", "hr"):
            tag.replace_with("\n")
        else:
            tag.insert_before("\n")
            tag.insert_after("\n")
    return str(soup.get_text(""))


_HTML_SPACE = re.compile(r"\s+")
_HEADING_TAG = re.compile(r"^h[1-6]$")
_ICON_TEXT = re.compile(r"^\s*[⌄▾▼▲▴▸▹›‹»«×✕☰⋮⌃⌵↓↑→←]\s*$")
_SUMMARY_LEVEL = 4  # an accordion's title with no heading above it
_BARE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,20}")


def _grid(rows: list[Any]) -> Iterator[list[str]]:
    """The cells of each row as they stand in the grid: a cell spanning rows (`rowspan`, a
    department over its posts) is repeated in each, one spanning columns fills the first
    and leaves the others empty. Line breaks (`<br>`) inside a cell become `;`."""
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    for row in rows:
        out: list[str] = []
        for cell in row.find_all(["td", "th"], recursive=False):
            while len(out) in carried:
                out.append(_carry(carried, len(out)))
            for br in cell.find_all("br"):
                br.replace_with(";")
            text = _HTML_SPACE.sub(" ", cell.get_text(" ")).strip()
            down, across = _span(cell, "rowspan"), _span(cell, "colspan")
            if down > 1:
                carried[len(out)] = (text, down - 1)
            out += [text] + [""] * (across - 1)
        while len(out) in carried:
            out.append(_carry(carried, len(out)))
        yield out


def _carry(carried: dict[int, tuple[str, int]], col: int) -> str:
    text, left = carried[col]
    if left > 1:
        carried[col] = (text, left - 1)
    else:
        del carried[col]
    return text


def _span(cell: Any, attr: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attr, 1))), 1000))
    except ValueError:
        return 1


def read_path(path: Path) -> str:
    """The decoded text of one document file. Raises InputError naming the file and reason."""
    suffix = path.suffix.lower()
    if suffix in STRUCTURED_SUFFIXES:
        raise NotADocument(f"{path.name}: structured data file, skipped (not a document)")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".pdf":
        return read_pdf(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path.name}: cannot be read ({e.strerror})") from e
    if suffix in HTML_SUFFIXES:
        return read_html(data, path.name)
    if suffix == ".rtf" or data.startswith(b"{\\rtf"):
        return read_rtf(data, path.name)
    text = decode_bytes(data, path.name)
    if suffix in SUBTITLE_SUFFIXES or (suffix in TEXT_SUFFIXES and is_subtitles(text)):
        return subtitles_text(text)
    if suffix == ".tex" or (suffix in TEXT_SUFFIXES and is_latex(text)):
        return latex_text(text)
    return text


def iter_text_chunks(path: Path, chunk_bytes: int = CHUNK_BYTES) -> Iterator[str]:
    """A large plain-text file in pieces, each cut after a blank line where possible.

    Sections are separated by blank lines, so a cut there does not split a role's block;
    memory then stays proportional to the piece, not the file. The encoding is detected on
    the first piece and kept for the rest.
    """
    try:
        size = path.stat().st_size if path.is_file() else -1
    except OSError as e:
        raise InputError(f"{path.name}: cannot be read ({e.strerror})") from e
    if size < 0 or size <= chunk_bytes or path.suffix.lower() not in TEXT_SUFFIXES:
        yield read_path(path)
        return
    with path.open("rb") as fh:
        head = fh.read(chunk_bytes)
        encoding = _detect_stream_encoding(head, path.name)
        fh.seek(0)
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        pending = ""
        while True:
            block = fh.read(chunk_bytes)
            final = not block
            pending += decoder.decode(block, final=final)
            if final:
                if pending:
                    yield pending
                return
            cut = _safe_cut(pending)
            if cut > 0:
                yield pending[:cut]
                pending = pending[cut:]


def _detect_stream_encoding(head: bytes, name: str) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_guess(head)
    if utf16:
        return utf16
    if _is_binary(head):
        raise InputError(f"{name}: binary data, not text")
    try:
        _decode_prefix(head, "utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for enc in LEGACY_ENCODINGS:
        try:
            scored.append((_plausibility(_decode_prefix(head, enc)), enc))
        except UnicodeDecodeError:
            continue
    return max(scored)[1] if scored else "utf-8"


def _safe_cut(text: str) -> int:
    """Where to cut buffered text: after the last blank line, else the last newline."""
    cut = text.rfind("\n\n", len(text) // 2)
    if cut >= 0:
        return cut + 2
    cut = text.rfind("\n", len(text) // 2)
    if cut >= 0:
        return cut + 1
    return len(text) if len(text) > 4 * CHUNK_BYTES else 0
