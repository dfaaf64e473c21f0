"""Decoded text to the normal form the rules read, with a map back to the decoded offsets.

Steps: site boilerplate lines dropped, pinyin glosses removed (`職責(zé)`), Unicode NFKC
(circled numbers kept: NFKC would turn `①` into a bare `1`), Traditional to Simplified.
Line-wrap spaces are repaired later, per list item, where it is known whether a space
separates items or only wraps a line.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ingest.rewrite import (
    arrow_charts,
    ascii_charts,
    barred_post_titles,
    bilingual_lines,
    blank_markup,
    blank_page_furniture,
    blank_rows,
    bracket_labels,
    bracket_wraps,
    concurrent_posts,
    csv_cells,
    dotted_counts,
    first_person_labels,
    form_hints,
    grid_bars,
    grid_tables,
    holders,
    label_rows,
    labels_above_values,
    latin_titles,
    letter_spacing,
    markdown_headings,
    marked_titles,
    no_numbers,
    numbered_rows,
    report_chains,
    roman_numerals,
    rosters,
    scanned_labels,
    slash_rows,
    slide_marks,
    spaced_labels,
    spaced_post_headings,
    tab_rows,
    unnumbered_rows,
    vertical_rows,
    wrapped_cells,
)
from ingest.wraps import wrap_breaks

# Lines of site furniture: navigation, download and copyright notices, comment boxes.
# Every branch opens with a literal character, so the engine skips to the candidates.
BOILERPLATE_LINE = re.compile(
    r"当前位置|您的位置|首页\s*[>›»]|>\s*首页|›\s*首页|»\s*首页|_第\d+页|已阅读\d*页|还剩\d*页|继续免费阅读"
    r"|付费下载|下载本文档|版权说明|文档简介|温馨提示|本站|人人文库|上传者|侵犯您的权益|侵权"
    r"|下载文档前|仅部分预览|相关主题|相关文档|最新文档|热门文档|上一篇|下一篇|返回列表"
    r"|随机图文|很赞哦|人已围观|希望以上资料|提交评论|免费获取|https?://|www\.|system office room"
    r"|解释权归|负责解释|CONFIDENTIAL|Internal Use Only|内部资料|版权所有|ICP备|主办[:：]|主办单位"
    r"|打印本页|关闭窗口|长按识别|扫码关注|识别二维码"
    # A wiki page's edit notes: `最后编辑:李婧 2024-03-18`; a page's own record of itself:
    # `发布时间:2023-03-14 来源:党政办公室 浏览次数:1286`.
    r"|最后编辑|最后更新|最近更新|发布时间[:：]|浏览次数"
    # A forum's furniture: `发表于 2021-6-18 | 只看该作者`, `积分: 2340`, `签名:…`.
    r"|只看该作者|倒序浏览|复制链接|发表于\s*\d|快速回复|Powered by|小黑屋|登录后才能"
    r"|登录后查看|登录查看|立即登录"  # a locked row of a members' page
    r"|积分[:：]\s*\d|注册时间[:：]|签名[:：]|举报\s*\|\s*回复|上一页|下一页"
    # ... `UID 84127  帖子 96  积分 315`, `回复  引用  举报  支持(2)  反对(0)  TOP`.
    r"|UID\s+\d|积分\s+\d|引用\s+举报|支持\(\d+\)|反对\(\d+\)"
    # Comment and answer widgets of Q&A pages: `赞(5)`, `评论(4)`, `相关问题`.
    r"|赞\(\d+\)|踩\(\d+\)|评论\(\d+\)|相关问题|其他回答|\d+个回答"
    r"|相关推荐|猜你喜欢|【推广】|免责声明|网站地图|热门搜索[:：]|相关搜索[:：]"
    # A library site's bar (`转藏到我的图书馆 献花(3)`) and a fold (`▼ 展开剩余内容(约35%)`);
    # a forum's edit note and attached picture (`组织架构.png (38.6 KB, 下载次数: 41)`).
    r"|转藏到|献花\(\d+\)|展开剩余|本帖最后由|下载附件|保存到相册|下载次数[:：]"
    # A link to another document: `仓储部岗位职责及管理制度.doc`.
    r"|\.(?:docx?|pptx?|xlsx?|pdf)\s*(?:\d+页)?\s*$"
    # A table of contents: `出纳……3`, `财务部.......12`.
    r"|(?:…|\.{3}|·{3})[….·]*\s*\d{1,3}(?:\s|$)"
)
# Lines that are nothing but a furniture word or a page count. Kept apart from the rule above
# and tried only at the line start: an alternative anchored with `^` inside a searched
# alternation is retried, and fails, at every position of a long line.
BOILERPLATE_WHOLE_LINE = re.compile(
    r"\s*(?:评论|\d+/\d+|-\s*\d{1,4}\s*-|[-—_=─━═]{3,}|精品|目录\s*[:]?"
    r"|幻灯片\s*\d{1,3}|Slide\s*\d{1,3})\s*$"  # a slide's number, in a deck saved as text
)
# Short site-name lines (搜档网, xx文库) at the top of scraped pages.
SITE_NAME_LINE = re.compile(r"^\s*\S{1,8}(?:网|文库|文档|资料库)\s*$")
# Inline furniture inside a content line.
INLINE_BOILERPLATE = re.compile(
    r"Document serial number\s*【[^】\n]{0,80}】|Document serial number"
    # A page footer run into the text: `第 2 页，共 5 页`, `第2頁/共5頁`.
    r"|第\s*\d{1,4}\s*[页頁]\s*[,，/(（]?\s*共\s*\d{1,4}\s*[页頁][)）]?"
    r"|Page\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}"
)
# A pinyin gloss inserted after a hanzi: lower-case Latin with at least one tone mark, or
# syllables each ending in its tone's number (`(hu4 li3)`, where the page's encoding has no
# tone marks). The rule opens with its literal `(` (the hanzi is looked behind from there)
# so the regex engine skips straight to the brackets.
PINYIN_GLOSS = re.compile(
    r"\((?<=[\u3400-\u9fff]\()(?:"
    r"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*"
    r"(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}){0,5}"  # `(xíng xiàng)`: syllables apart
    r"|(?:[a-z]{0,2}[aeiouü][a-zü]{0,4}[1-5] ?){1,6}(?<! )"
    r")\)"
)
_CIRCLED = re.compile(r"[\u2460-\u2473]+")
_NFKC_CHUNK = 256


@dataclass
class OffsetMap:
    """Piecewise map from offsets in the normal text to offsets in the decoded text.

    Each piece is (norm_start, orig_start, norm_len, orig_len); inside a piece of equal
    lengths the map is exact, elsewhere it is interpolated. Runs of equal-length pieces are
    merged, so the map stays small for text that normalises character for character.
    """

    norm_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    norm_lens: list[int] = field(default_factory=list)
    orig_lens: list[int] = field(default_factory=list)
    norm_len: int = 0
    orig_len: int = 0

    def add(self, orig_start: int, orig_len: int, norm_len: int) -> None:
        if norm_len == 0:
            return
        n = len(self.norm_starts)
        if (
            n
            and norm_len == orig_len
            and self.norm_lens[-1] == self.orig_lens[-1]
            and self.orig_starts[-1] + self.orig_lens[-1] == orig_start
            and self.norm_starts[-1] + self.norm_lens[-1] == self.norm_len
        ):
            self.norm_lens[-1] += norm_len
            self.orig_lens[-1] += orig_len
        else:
            self.norm_starts.append(self.norm_len)
            self.orig_starts.append(orig_start)
            self.norm_lens.append(norm_len)
            self.orig_lens.append(orig_len)
        self.norm_len += norm_len

    def to_orig(self, pos: int) -> int:
        """The decoded-text offset of a normal-text offset (an end offset maps to an end)."""
        starts = self.norm_starts
        if not starts:
            return 0
        # Every evidence span maps two offsets: plain comparisons, no max/min calls.
        if pos < 0:
            pos = 0
        elif pos > self.norm_len:
            pos = self.norm_len
        i = bisect_right(starts, pos) - 1
        if i < 0:
            i = 0
        off = pos - starts[i]
        os_, nl, ol = self.orig_starts[i], self.norm_lens[i], self.orig_lens[i]
        if nl == ol:
            out = os_ + (off if off < ol else ol)
        else:
            out = os_ + (off * ol + nl - 1) // nl if off else os_
        if out < 0:
            return 0
        return out if out < self.orig_len else self.orig_len

    def to_norm(self, pos: int) -> int:
        """The normal-text offset of a decoded-text offset (text dropped maps to where it
        was)."""
        starts = self.orig_starts
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return 0
        off = pos - starts[i]
        ns, nl, ol = self.norm_starts[i], self.norm_lens[i], self.orig_lens[i]
        if off >= ol:
            return ns + nl
        return ns + (off if nl == ol else off * nl // ol)

    def span(self, start: int, end: int) -> tuple[int, int]:
        a = self.to_orig(start)
        b = self.to_orig(end)
        return (a, b if b > a else a)


@dataclass
class NormalText:
    """The normal form of one decoded text and the map back to it."""

    text: str
    offsets: OffsetMap
    # Markdown headings (`## 财务部`, and the headings of HTML and Word files, which reading
    # writes so): the spans of their words in the normal text.
    headings: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to Simplified Chinese (OpenCC phrase conversion)."""
    if not text:
        return text
    return _converter().convert(text)  # type: ignore[attr-defined]


def _keep_circled(text: str, form: Literal["NFKC", "NFKD"]) -> str:
    """`form` of text, its circled numbers (`①`) kept as they are."""
    if not _CIRCLED.search(text):
        return unicodedata.normalize(form, text)
    parts = _CIRCLED.split(text)
    marks = _CIRCLED.findall(text)
    out = [unicodedata.normalize(form, parts[0])]
    for mark, part in zip(marks, parts[1:], strict=True):
        out.append(mark)
        out.append(unicodedata.normalize(form, part))
    return "".join(out)


def _nfkc(text: str) -> str:
    return _keep_circled(text, "NFKC")


def _emit_nfkc(piece: str, orig_start: int, out: list[str], omap: OffsetMap) -> None:
    """Append NFKC(piece), recording exact offsets where NFKC keeps lengths."""
    norm = _nfkc(piece)
    if len(norm) == len(piece):
        out.append(norm)
        omap.add(orig_start, len(piece), len(norm))
        return
    # Some character expanded or merged: find it chunk by chunk, then char by char.
    for c0 in range(0, len(piece), _NFKC_CHUNK):
        chunk = piece[c0 : c0 + _NFKC_CHUNK]
        nchunk = _nfkc(chunk)
        if len(nchunk) == len(chunk):
            out.append(nchunk)
            omap.add(orig_start + c0, len(chunk), len(nchunk))
            continue
        for i, ch in enumerate(chunk):
            nch = _nfkc(ch)
            out.append(nch)
            omap.add(orig_start + c0 + i, 1, len(nch))


_PROSE_SENTENCES = 2
# A site's notices are sentences too (`本站资料来自网络。如有侵权请联系删除。`).
_NOTICE = re.compile(r"侵权|免责|版权|声明|转载|删除|本站|本网|下载|登录|注册|会员|VIP|客服")
# Furniture lines are short. A longer line holding a furniture word is a page flattened to
# one line, content and furniture together: dropping it would drop the page.
MAX_FURNITURE_LINE = 300


def _is_boilerplate(line: str) -> bool:
    if len(line) > MAX_FURNITURE_LINE:
        return False
    if line.count("。") >= _PROSE_SENTENCES and not _NOTICE.search(line):
        return False  # `发布时间:… 浏览次数:… 柳塘街道位于…。…。`: the page's text after its record
    return bool(
        BOILERPLATE_LINE.search(line)
        or BOILERPLATE_WHOLE_LINE.match(line)
        or SITE_NAME_LINE.match(line)
    )


# Rule lines (`————`): furniture when they are all of a line.
_RULE_LINE_WORDS = {"———", "___", "===", "───", "━━━", "═══"}
# Words without which neither boilerplate rule can match a line: lines without any of them
# skip the per-line checks (see `_stretches`).
_BOILERPLATE_WORDS = re.compile(
    "|".join(
        re.escape(w)
        for w in (
            "当前位置",
            "您的位置",
            "首页",
            "_第",
            "已阅读",
            "还剩",
            "继续免费阅读",
            "付费下载",
            "下载本文档",
            "版权说明",
            "文档简介",
            "温馨提示",
            "本站",
            "人人文库",
            "上传者",
            "侵犯您的权益",
            "侵权",
            "下载文档前",
            "仅部分预览",
            "相关主题",
            "相关文档",
            "最新文档",
            "热门文档",
            "上一篇",
            "下一篇",
            "返回列表",
            "随机图文",
            "很赞哦",
            "人已围观",
            "希望以上资料",
            "提交评论",
            "评论",
            "/",
            "-",
            *sorted(_RULE_LINE_WORDS),
            "免费获取",
            "解释权归",
            "负责解释",
            "CONFIDENTIAL",
            "内部资料",
            "打印本页",
            "长按识别",
            "最后编辑",
            "最后更新",
            "最近更新",
            "发布时间",
            "浏览次数",
            "只看该作者",
            "倒序浏览",
            "复制链接",
            "发表于",
            "快速回复",
            "Powered by",
            "小黑屋",
            "登录后才能",
            "登录后查看",
            "登录查看",
            "立即登录",
            "积分",
            "注册时间",
            "签名",
            "举报",
            "UID",
            "支持(",
            "反对(",
            "上一页",
            "下一页",
            "赞(",
            "踩(",
            "评论(",
            "相关问题",
            "相关推荐",
            "猜你喜欢",
            "热门搜索",
            "相关搜索",
            "转藏到",
            "献花(",
            "展开剩余",
            "本帖最后由",
            "下载附件",
            "保存到相册",
            "下载次数",
            "【推广】",
            "免责声明",
            "网站地图",
            ".doc",
            ".ppt",
            ".xls",
            ".pdf",
            "其他回答",
            "个回答",
            "扫码关注",
            "识别二维码",
            "关闭窗口",
            "版权所有",
            "ICP备",
            "主办",
            "…",
            "...",
            "···",
            "Internal Use Only",
            "Page",
            "http",
            "www.",
            "system office room",
            "精品",
            "目录",
            "幻灯片",
            "Slide",
            # SITE_NAME_LINE
            "网",
            "文库",
            "文档",
            "资料库",
            # INLINE_BOILERPLATE
            "Document serial number",
            "页",
            "頁",
        )
    )
)
# The words above that only a whole-line rule (`BOILERPLATE_WHOLE_LINE`, `SITE_NAME_LINE`)
# holds; no other word contains or overlaps one of them.
_WHOLE_LINE_WORDS = frozenset(
    {"评论", "/", "-", *_RULE_LINE_WORDS, "精品", "目录", "幻灯片", "Slide", "网", "文库", "文档",
     "资料库"}
)  # fmt: skip
# Line ends other than `\n` that `str.splitlines` also cuts at.
_OTHER_LINE_END_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_LINE_ENDS = re.compile(f"[{_OTHER_LINE_END_CHARS}]")
# Plain text is normalised in pieces of about this many characters.
_PLAIN_PIECE = 1 << 16


def _emit_lines(
    src: str,
    original: str,
    a: int,
    b: int,
    whole_ok: bool,
    out: list[str],
    omap: OffsetMap,
    wraps: frozenset[int] = frozenset(),
) -> None:
    """Lines of src[a:b] one by one: boilerplate dropped, pinyin glosses cut, NFKC, the
    line ends at `wraps` dropped."""
    pos = a
    for line in src[a:b].splitlines(keepends=True):
        start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        end_len = len(line) - len(body)
        if not whole_ok:
            conv = to_simplified(body)
            body = conv if len(conv) == len(body) else body
        if body.strip() and _is_boilerplate(body):
            body = ""
        cursor = 0
        if body:
            drops = [m.span() for m in PINYIN_GLOSS.finditer(original, start, start + len(body))]
            drops += [
                (start + a_, start + b_)
                for a_, b_ in (m.span() for m in INLINE_BOILERPLATE.finditer(body))
            ]
            drops.sort()
            for da, db in drops:
                da -= start
                db -= start
                if da < cursor:
                    continue
                _emit_nfkc(body[cursor:da], start + cursor, out, omap)
                cursor = db
            _emit_nfkc(body[cursor:], start + cursor, out, omap)
        if end_len and start + len(line) - 1 not in wraps:
            out.append("\n")
            omap.add(start + len(line) - end_len, end_len, 1)


def _emit_plain(src: str, a: int, b: int, out: list[str], omap: OffsetMap) -> bool:
    """src[a:b], whole lines that need no per-line work, in one step if NFKC maps it
    character for character; False (nothing emitted) if it does not.

    When neither NFKD nor NFKC changes the length, every character decomposes to one
    character and nothing composes, so NFKC of the whole piece is NFKC of each line joined,
    with the same one-to-one offsets the per-line path records.
    """
    piece = src[a:b]
    norm = _keep_circled(piece, "NFKD")
    if len(norm) != len(piece):
        return False
    # NFKC is NFKD then canonical composition. Composition is the slow half (20 times NFKD
    # on Chinese text), and it changes nothing where NFKD's output is already composed.
    if not unicodedata.is_normalized("NFC", norm):
        norm = _nfkc(piece)
        if len(norm) != len(piece):
            return False
    out.append(norm)
    omap.add(a, len(piece), len(norm))
    return True


def _stretches(src: str, original: str, wraps: list[int]) -> list[tuple[int, int, bool]]:
    """src cut at line ends into (start, end, plain) stretches. A line is plain when it ends
    with `\n` and holds no boilerplate word, pinyin gloss, other line end or hard wrap."""
    hits = []
    line_end = -1  # the end of the last line checked as a whole, and the answer
    furniture = False
    for m in _BOILERPLATE_WORDS.finditer(src):
        h = m.start()
        if m.group(0) in _WHOLE_LINE_WORDS:
            # `网`, `/`, `目录` ... make a line boilerplate only if they are all of it.
            if h >= line_end:
                line_start = src.rfind("\n", 0, h) + 1
                line_end = src.find("\n", h) + 1 or len(src) + 1
                body = src[line_start : line_end - 1]
                furniture = bool(BOILERPLATE_WHOLE_LINE.match(body) or SITE_NAME_LINE.match(body))
            if not furniture:
                continue
        hits.append(h)
    hits += [m.start() for m in PINYIN_GLOSS.finditer(original)]
    hits += wraps
    if any(c in src for c in _OTHER_LINE_END_CHARS):  # rare: a plain test first
        hits += [m.start() for m in _OTHER_LINE_ENDS.finditer(src)]
    hits.sort()
    out: list[tuple[int, int, bool]] = []
    pos = 0
    n = len(src)
    last_nl = src.rfind("\n") + 1  # text after the last line break is never plain
    for h in hits:
        if h < pos:
            continue
        line_start = src.rfind("\n", 0, h) + 1
        line_end = src.find("\n", h) + 1 or n
        if line_start > pos:
            out.append((pos, line_start, True))
        out.append((line_start, line_end, False))
        pos = line_end
    if pos < last_nl:
        out.append((pos, last_nl, True))
        pos = last_nl
    if pos < n:
        out.append((pos, n, False))
    return out


def normalize(original: str) -> NormalText:
    """The normal text of `original` with its offset map."""
    nt = _normalize(blank_page_furniture(blank_markup(original)))
    to_norm = nt.offsets.to_norm
    nt.headings = [(to_norm(a), to_norm(b)) for a, b in markdown_headings(original)]
    return nt


# Layouts rewritten into the forms the rules read, in this order, each keeping the text's
# length (see `ingest.rewrite`).
_LAYOUT_REWRITES = (
    slide_marks,
    bilingual_lines,
    grid_tables,
    ascii_charts,
    arrow_charts,
    rosters,
    first_person_labels,
    barred_post_titles,
    scanned_labels,
    roman_numerals,
    letter_spacing,
    holders,
    report_chains,
    spaced_post_headings,
    dotted_counts,
    concurrent_posts,
    bracket_wraps,
    slash_rows,
    latin_titles,
    spaced_labels,
    bracket_labels,
    marked_titles,
    no_numbers,
    vertical_rows,
    form_hints,
    labels_above_values,
    label_rows,
    grid_bars,
    csv_cells,
    blank_rows,
    wrapped_cells,
    tab_rows,
    numbered_rows,
    unnumbered_rows,
)


def _normalize(original: str) -> NormalText:
    # Traditional to Simplified first, on the whole text: OpenCC is fast on large inputs and
    # keeps lengths for the phrases it converts; if it did not, convert line by line.
    simplified = to_simplified(original)
    breaks = wrap_breaks(simplified)  # before the rewrites, which may blank a wrap
    for rewrite in _LAYOUT_REWRITES:
        simplified = rewrite(simplified)
    whole_ok = len(simplified) == len(original)
    out: list[str] = []
    omap = OffsetMap(orig_len=len(original))
    if not whole_ok:
        wraps = frozenset(wrap_breaks(original))  # OpenCC changed lengths: not simplified's
        _emit_lines(original, original, 0, len(original), False, out, omap, wraps)
        return NormalText("".join(out), omap)
    wraps = frozenset(breaks)
    # Most lines need no per-line work: they are normalised in large pieces.
    for a, b, plain in _stretches(simplified, original, breaks):
        while plain and a < b:
            cut = simplified.find("\n", min(a + _PLAIN_PIECE, b) - 1, b) + 1 or b
            if not _emit_plain(simplified, a, cut, out, omap):
                _emit_lines(simplified, original, a, cut, True, out, omap)
            a = cut
        if not plain:
            _emit_lines(simplified, original, a, b, True, out, omap, wraps)
    return NormalText("".join(out), omap)
