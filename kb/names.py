"""Normalised forms of names and texts, used for identity and matching everywhere."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Longest first: 岗位职责说明 must go before 职责.
SUFFIXES = (
    "岗位说明书",
    "岗位职责说明",
    "岗位职责",
    "岗位说明",
    "职位说明",
    "工作职责",
    "职责",
    "岗位",
    "职位",
)
_NUMBERING = re.compile(
    r"^\s*(?:[(（]?[0-9一二三四五六七八九十]+[)）、.．:：]|[①-⑳]|[a-zA-Z][).]|[●◆☆\-·•])\s*"
)
_HEADCOUNT = re.compile(r"[(（]\s*[0-9一二三四五六七八九十]+\s*[人名位]\s*[)）]")
_SPACE = re.compile(r"\s+")
_TRAILING = "；;。，,、:：. "


def norm_text(text: str) -> str:
    """NFKC, case-folded, without list numbering, whitespace or trailing punctuation."""
    s = unicodedata.normalize("NFKC", text or "").casefold()
    s = _NUMBERING.sub("", s)
    s = _SPACE.sub("", s)
    return s.strip(_TRAILING)


def norm_name(name: str) -> str:
    """`norm_text` plus no headcount in brackets and no suffix such as 岗位职责."""
    s = _HEADCOUNT.sub("", norm_text(name))
    changed = True
    while changed:
        changed = False
        for suffix in SUFFIXES:
            if s.endswith(suffix) and len(s) > len(suffix):
                s = s[: -len(suffix)]
                changed = True
    return s.strip(_TRAILING)


def text_key(owner_key: str, text: str) -> str:
    """The key of a duty, KPI or authority: its owner plus a hash of its normal form."""
    digest = hashlib.sha1(norm_text(text).encode("utf-8")).hexdigest()[:16]
    return f"{owner_key}#{digest}"
