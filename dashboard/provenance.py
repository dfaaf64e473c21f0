"""The source text behind each fact: read the document again, cut out spans, highlight them."""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from kb.errors import InputError

# Context around a span: a little before (the sentence usually starts there), more after.
BEFORE, AFTER = 12, 30


@lru_cache(maxsize=64)
def _read(path: str, mtime_ns: int) -> str | None:
    from ingest.read import read_path  # the same decoding the extractor used for offsets

    try:
        return read_path(Path(path))
    except InputError:
        return None


def document_text(path: str | None) -> str | None:
    """The decoded text of a document source, or None when the file is gone or not a document."""
    if not path:
        return None
    p = Path(path)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        return None
    return _read(str(p), mtime)


def snippet(text: str, start: int | None, end: int | None) -> str:
    """The span [start, end) with a little context, as plain text with the span in 【】."""
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return ""
    before = text[max(0, start - BEFORE) : start].lstrip()
    after = text[end : end + AFTER].rstrip()
    lead = "…" if start - BEFORE > 0 else ""
    tail = "…" if end + AFTER < len(text) else ""
    return f"{lead}{before}【{text[start:end]}】{after}{tail}".replace("\n", " ")


def highlight_html(text: str, spans: Iterable[tuple[int, int]], limit: int = 200_000) -> str:
    """The text as HTML, each span wrapped in <mark>; overlapping spans are merged."""
    merged: list[list[int]] = []
    for a, b in sorted((int(a), int(b)) for a, b in spans if a is not None and b is not None):
        if a >= b or a < 0:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    text = text[:limit]
    out: list[str] = []
    pos = 0
    for a, b in merged:
        if a >= len(text):
            break
        out.append(html.escape(text[pos:a]))
        out.append(f"<mark>{html.escape(text[a : min(b, len(text))])}</mark>")
        pos = min(b, len(text))
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    return f'<div class="orgkb-source" style="white-space: pre-wrap; line-height: 1.6">{body}</div>'
