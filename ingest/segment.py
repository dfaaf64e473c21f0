"""Cutting normal text into units (one per organisation section) and blocks (one per role or
department), and a block into its labelled fields.

Every rule here is a named regular expression over the normal text; positions are offsets
into that text, so each block and item keeps its evidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from ingest.items import AMOUNT_UNIT, BLANK_LINE, cn_value, find_markers, has_content
from ingest.lines import blank_after, blank_before, line_end, line_start, on_line_before
from ingest.names import (
    ACRONYM,
    ANY_NAME,
    NAME_CHAR,
    SUFFIXED_NAME,
    dept_prefix,
    first_dept,
    holder_at,
    is_plausible,
    kind_of,
    strip_org,
    tidy_name,
)
from ingest.relations import referent
from ingest.scan import AfterChars, Found, NearKey, trie_alt
from ingest.vocab import (
    CN_DIGITS,
    DEPT_SUFFIXES,
    FIELD_KINDS,
    FIELD_LABEL_ALT,
    HEADING_KEYWORDS,
    KPI_HEADING_KEYWORDS,
    KPI_NAME_COLUMNS,
    NOT_A_NAME,
    NOT_PERSONS,
    NOT_TITLE_ENDINGS,
    ROLE_SUFFIXES,
    SHIFT,
    STANDALONE_UNITS,
    SURNAMES,
    TABLE_LABELS,
    TABLE_MODE_SIGNS,
    TITLE_DASHES,
    TITLE_MARKS,
)

# ---------------------------------------------------------------- units


@dataclass(frozen=True)
class UnitSpan:
    title: str
    start: int
    end: int
    # False when the title is only the start of a long first line (a page flattened to one
    # line): it names no department the unit is about.
    headed: bool = True


# A heading line names an organisation document: 组织架构, 岗位职责, 管理手册 ...
TITLE_HINT = re.compile(
    r"组织|架构|构架|结构|职责|职能|手册|说明书|制度|岗位|部门|编制|分工|细则|方案"
)
_LINE_END_PUNCT = "。;,:、!?"
_LIST_START = re.compile(
    r"^\s*(?:[\(（]?[0-9一二三四五六七八九十]+[\)）、.．]|[\(（][a-zA-Z][\)）]|"
    r"[a-z][.)．](?=[ \t]*[\u4e00-\u9fff])|[\u2460-\u2473●◆■□▪☆★◇○►\-•·✅✔☑➤👉])"
)


# A company name standing alone on its line, as above a document's title. (The look-ahead
# lets the lazy name be tried one character at a time with one test.)
ORG_LINE = re.compile(
    r"^[ \t]*(?P<org>[\u4e00-\u9fffA-Za-z()*]{2,30}?"
    r"(?=[股有集公])(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司))[ \t]*$",
    re.MULTILINE,
)


_POINTS_BELOW = ("👇", "⬇️", "⬇", "如下", "如下:")
_BOOK_TITLE = re.compile(r"《[^《》]*》")
_PART = re.compile(r"^篇[一二三四五六七八九十\d]{1,3}\s*:\s*")
# `[图片] X.png`, and a figure's caption (`【图2-1】本会组织架构图`, `图3 组织结构图`).
_IMAGE = re.compile(
    r"^\[(?:图片|图|image)\]|\.(?:png|jpe?g|gif|bmp|webp)$"
    r"|^[【\[(]?图[ \t]*\d{1,2}(?:[-.－]\d{1,2})?[】\])]?(?![\u4e00-\u9fff]{0,2}[:])",
    re.IGNORECASE,
)
_WEIGHT_AT_END = re.compile(r"\s\d{1,3}(?:\.\d+)?%$")


# A heading's `#`, blanks and an emoji before its words (`## 📌 中台职责`).
_LEADING_MARKS = re.compile(r"^[#\s]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*)?")
# How a duty opens: with what the post does (`组织架构` and the like are titles' words).
_DUTY_OPENING = re.compile(
    r"(?:全面)?(?:负责|组织(?!架构|结构|机构|体系|图|设置|与|和)|制定|协调|做好|配合|参与|完成|指导"
    r"|督促|监督|审核|编制|建立|主持|协助|按照|根据)"
)
_BARE_UNIT_HEADING = re.compile(r"本?(?:中心|中台|部门|本部|处|科|室)(?:职责|职能|概况|简介)")


# A number standing between words, blanks round it: a table's cell (`培训组织 20 …`).
_NUMBER_CELL = re.compile(r"[\u4e00-\u9fff][ \t]+\d{1,3}[ \t]+[\u4e00-\u9fff]")


def _is_title_line(line: str, next_line: str) -> bool:
    if line.startswith("\t"):  # a cell of a table row
        return False
    # `篇二:X公司岗位职责`: the second document of a page
    s = _PART.sub("", line.strip())
    if not (2 <= len(s) <= 50) or s[-1] in _LINE_END_PUNCT or _LIST_START.match(s):
        return False
    if (
        ":" in s or "," in s or ";" in s or s.count(" ") > 3 or s in FIELD_KINDS
    ):  # `岗位职责` alone labels a field; a title holds no list (`;`)
        return False
    if "\t" in s or "|" in s:  # the head row of a table pasted as text
        return False
    words = s.split()
    if len(words) >= 2 and all(w in _HEAD_WORDS for w in words):
        return False  # `序号 工作领域 职责描述`: a head row whose cells are cut by blanks
    if _WEIGHT_AT_END.search(s) or s.endswith(("率", "次数")):
        return False  # `专项方案审批及时率 50%`, `部门费用预算控制率`: a measure
    if _NUMBER_CELL.search(s):
        return False  # `培训组织 20 未按计划开展培训一次扣5分`: a table's row cut by blanks
    if _IMAGE.search(s):
        return False  # `[图片] 门店组织架构图.png`: where a page showed a picture
    if _DUTY_OPENING.match(s):
        return False  # `组织年级亲子活动和家长开放日`: an unnumbered item, what a post does
    # `第四条 人事行政部职责`, `第三章 岗位职责`, `貳、職務說明書` (a formal numeral's part):
    if _ARTICLE.match(s) or _CHAPTER.match(s) or _FORMAL_PART.match(s):
        return False  # an article or chapter of the document, not one of its own
    if next_line.strip().startswith(s) and "\t" not in next_line:
        return True  # (a table's row that opens with the name is no heading run into text)
    if s.endswith(_POINTS_BELOW):
        return False  # `下面挑4个最核心的岗位说说👇`: a lead-in to what follows
    if kind_of(s) and is_plausible(s):
        # `基础架构组`, `组织部`, `部门经理`: a unit's or a post's name, whatever words it holds
        return False
    if _BARE_UNIT_HEADING.fullmatch(_LEADING_MARKS.sub("", s)):  # (`## 📌 中台职责` too)
        return False  # `中心职责`: a section of the unit the document is about
    # `前50名报名赠《…岗位说明书模板》`: a document named in passing is no title
    return bool(TITLE_HINT.search(_BOOK_TITLE.sub("", s))) and len(s) <= 40


def _goes_on_with_item(line: str, prev: str) -> bool:
    """An indented line under a list item is the rest of the item, wrapped (Markdown)."""
    return line[:1] in " \t\u3000" and _LIST_START.match(prev) is not None


_ARTICLE = re.compile(r"第[一二三四五六七八九十百\d]{1,4}条")
_PAGE_RECORD_LABEL = re.compile(r"(?:栏目|所属栏目|分类|标签|关键词|来源)[ \t]*:[ \t]*$")
_COMPILATION = re.compile(r"[ \t]*\((?:精选|通用|优秀|热门|推荐)?[\d一二三四五六七八九十]{1,3}篇\)")
# A company's own name before a title: its legal form, or a body the page leaves unnamed.
_COMPANY_NAMED = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团公司|集团)$|^某")
_FORMAL_PART = re.compile(r"[壹贰叁肆伍陆柒捌玖拾]{1,2}、")
_CHAPTER = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:章|部分)")
# `财务专员岗位职责`: a role's own heading, inside a unit rather than the start of one
# (`办公室主任岗位职责(在局长领导下开展工作)`: a note after it too).
_ROLE_HEADING = re.compile(
    r"(?P<name>.{2,20}?)(?:岗位职责|岗位说明书|岗位说明|工作职责|职责|述职报告)(?:\([^()]{1,24}\))?"
)


def _is_role_heading(line: str) -> bool:
    m = _ROLE_HEADING.fullmatch(line)
    return m is not None and kind_of(tidy_name(m.group("name"))) == "role"


_TITLE_RECORD = re.compile(r"(?<=\S)[ \t\u3000]+(?:信息来源|来源|发布时间|发布日期|作者)[:：]")
_TITLE_RECORD_REACH = 40  # characters of a title before its page's record


def _opening(line: str, reach: int = 50) -> str:
    """The start of a line that is no heading, as a unit's title: cut at the last blank
    within reach, so a flattened page's title does not end mid-word (`销售公司组|织`)."""
    s = line.strip()
    if len(s) <= reach:
        return s
    cut = s.rfind(" ", 0, reach + 1)
    return s[:cut].rstrip() if cut > 0 else s[:reach]


def split_units(text: str) -> list[UnitSpan]:
    """Units start at heading lines; repeated headings (`标题` then `标题 正文`) open one unit."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines.append((pos, line))
        pos += len(line)
    starts: list[tuple[int, str]] = []
    prev_title = False
    for i, (lpos, line) in enumerate(lines):
        nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
        # The line right above, if no blank line comes between.
        prev = lines[i - 1][1] if i > 0 and lines[i - 1][0] + len(lines[i - 1][1]) == lpos else ""
        title = (
            _is_title_line(line, nxt)
            and not ((starts or lpos > 0) and _is_role_heading(line.strip()))
            and not _goes_on_with_item(line, prev)
        )
        if title and not prev_title:
            # The company named on the line above the title opens the unit with it.
            above = lines[i - 1] if i > 0 else None
            if (
                above is not None
                and not (starts and starts[-1][0] == above[0])
                and ORG_LINE.fullmatch(above[1].rstrip("\r\n"))
            ):
                lpos = above[0]
            starts.append((lpos, line.strip()))
        prev_title = title
    flattened = False
    if not starts or starts[0][0] > 0:
        head = lines[0][1].strip() if lines else ""
        first = _opening(head)
        flattened = len(head) > len(first)
        record = _TITLE_RECORD.search(head, 0, _TITLE_RECORD_REACH)
        if record:  # `X机构职能 信息来源:Y 发布时间:… 正文…`: the title, then the page's record
            first, flattened = head[: record.start()], False
        starts.insert(0, (0, first))
    units = []
    for i, (spos, heading) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        units.append(UnitSpan(heading, spos, end, headed=not (i == 0 and flattened)))
    return units


# ---------------------------------------------------------------- headers


@dataclass
class Header:
    """The start of a role's or department's block."""

    start: int
    end: int
    names: list[str]
    kind: str  # "role" | "dept"
    rule: str
    headcount: int | None = None
    content: str = "duties"  # what the unlabelled content of the block is: duties or kpi
    keep_sentence: bool = False  # the block's first sentence starts with the name (X负责...)


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """One of the words, longest first (as a trie: see `trie_alt`)."""
    return trie_alt(words)


def _guarded_alt(words: tuple[str, ...]) -> str:
    """`_alt` behind a look-ahead on the words' first characters, for an alternation tried
    after each character of a lazy name (not at the start of a rule, where the engine's own
    first-character scan is faster)."""
    first = "".join(sorted({w[0] for w in words}))
    return f"(?=[{re.escape(first)}])(?:{_alt(words)})"


# The characters a numbering can start with. A look-ahead on them in front of a rule that
# opens with a look-behind lets the regex engine skip to the candidates instead of trying
# the whole rule at every position.
_NUM_FIRST = r"[\d(【一二三四五六七八九十\u2460-\u2473第壹贰叁肆伍陆柒捌玖拾.]"
# `伍、附则`: the formal numerals number chapters (Taiwanese documents), always with `、`.
_FORMAL_NUM = r"[壹贰叁肆伍陆柒捌玖拾]{1,2}、"
NUM_PREFIX = (
    rf"(?:\d{{1,2}}(?:[、.．)](?!\d)|\s+(?!{AMOUNT_UNIT}))|\(\d{{1,2}}\)[、.]?|\([一二三四五六七八九十]{{1,3}}\)[、.]?|"
    r"【[一二三四五六七八九十\d]{1,3}】|[一二三四五六七八九十]{1,3}[、.:]?|[\u2460-\u2473][.、]?|"
    rf"第[一二三四五六七八九十\d]{{1,3}}[章节条]|{_FORMAL_NUM})"
)
# Stricter: a Chinese numeral numbers a heading only with its punctuation (`一、`), so
# `一览表` does not start with a number.
NUM_PREFIX_STRICT = NUM_PREFIX.replace(
    "[一二三四五六七八九十]{1,3}[、.:]?", "[一二三四五六七八九十]{1,3}[、.:]"
)
# A short note in brackets after a label (`工作流程(早班)`, `核心指标(季度):`).
_NOTE = r"\([^()\n]{1,10}\)"
HEADCOUNT = (
    # `(3人)`, `(3人,每个事业部配1人)`, `(若干)`, `3人`
    r"(?:\(\s*(?:(?:\d+|[一二两三四五六七八九十])\s*[人名位]|若干[人名]?)(?:,[^()\n]{1,16})?\s*\)"
    r"|\s*\d+\s*[人名](?![\u4e00-\u9fff]))"
)
LIST_AHEAD = r"(?=\s*(?:\d{1,2}[)、.．]|\(\d|[\u2460-\u2473]|[a-h](?=[\u4e00-\u9fff])|[●◆☆]|\n))"
_LEFT = r"(?:^|(?<=[\s;。:,>]))"

# `职位名称:营销总监(1人)`, `部门名称销售部` in a flattened table. Every branch opens with
# a literal (a bare `岗位` looks behind itself), so the engine skips to the candidates.
_UNIT_NAME_LABELS = ("部门名称", "科室名称")  # (a hospital's units are 科室)
LABELLED_HEADER = re.compile(
    # `岗位<TAB>客服经理<TAB>部门<TAB>客服部`: a sheet's head row of label and value cells.
    r"(?P<label>职位名称|岗位名称|职务名称|部门名称|科室名称|岗位(?<![\u4e00-\u9fff]..)(?=\s*:|\t)"
    r"|职位(?<![\u4e00-\u9fff]..)(?=\s*:)|职务(?<![\u4e00-\u9fff]..)(?=\s*:)"
    # `職稱<TAB>管理部經理`: Taiwanese sheets name the position 職稱.
    r"|职称(?<![\u4e00-\u9fff]..)(?=\s*:|\t))\s*:?\s*"
    # A count in brackets after the name, a note in Latin letters (`(React)`, an English
    # gloss: `tidy_name` tells them apart), or the trade of the post (`技工(水电)`).
    # A title in English only keeps its words (`EHS Specialist`).
    r"(?P<val>[A-Za-z][\w&.-]*(?: [A-Za-z][\w&.-]*){1,4}(?=[ \t]*(?:\r?\n|\Z))"
    r"|[^\s:;。(]{1,60}(?:\(\s*\d+\s*[人名位]\s*\)|\([A-Za-z][\w .+#/&-]{0,30}\)"
    r"|\([\u4e00-\u9fff]{2,6}\)(?=[ \t]*\n))?)"
)
# 职掌: Taiwanese 职能; `安全员的安全职责`, `矿长安全生产责任制`: a post's part in a
# 安全生产责任制
_MORE_HEADING_KEYWORDS = (
    "职能定位",
    "职责范围",
    "岗位说明",
    "职掌",
    "安全生产职责",
    "安全职责",
    "安全生产责任制",
    "安全责任制",
)
_ALL_HEADING_KEYWORDS = (*HEADING_KEYWORDS, *KPI_HEADING_KEYWORDS, *_MORE_HEADING_KEYWORDS)
# `销售经理岗位职责:`, `二、财务部部门职能`, `渠道经理绩效考核-`, `◎安全员岗位责任制`.
KEYWORD_HEADER = AfterChars(
    r"\s;。:,>◎★☆◆◇■□●○※〓",
    # (a Chinese numeral with its punctuation, or before Latin letters (`一SLT职责`):
    # `二副职责` is the second mate's)
    rf"(?:(?:{NUM_PREFIX_STRICT}|[一二三四五六七八九十]{{1,3}}(?=[A-Za-z]))\s*)?"
    rf"(?P<name>{ACRONYM}|{NAME_CHAR}{{1,20}}?"  # `总经理 岗位职责`
    r"(?:\((?:分管|主管)[^()\n]{1,8}\))?) ?"  # `副校长(分管教学)职责`: a portfolio, named
    r"(?P<count>\(\d{1,3}[人名位]\))?"  # `渠道专员(6人)岗位职责`
    rf"(?P<kw>{_guarded_alt(_ALL_HEADING_KEYWORDS)})"
    r"(?P<post>\s*:|[ \t]|$|(?=[\d(\u2460-\u2473●◆☆\-]))",
    re.MULTILINE,
)
# `2.3.2 出纳`: a section number of several levels, then a blank (roles only: a numbered
# `1.2 部门职能` stays with the sentence that names its department).
# (`.2.3 财核部`: a chapter's number lost in the copy, the rest of it kept)
_SECTION_PREFIX = r"\.?\d{1,2}(?:\.\d{1,2}){1,3}\s+"
# A blank, then a field label with its colon: `3.市场部经理 直接上级:营销副总`.
_FIELD_AHEAD = rf"(?=[ \t]+(?:{FIELD_LABEL_ALT})[ \t]*:)"
# A blank, then whom the post answers to: `(二)市场专员 在市场主管的领导下,…`.
_LED_AHEAD = r"(?=[ \t]+(?:在|受)[^,;。\n]{1,20}领导)"
# A unit's second name in brackets (`办公室(党委办公室)`), or where it belongs (`(隶属品保课)`).
_ALIAS = r"(?:\((?:隶属于?|归属于?|属于)?[\u4e00-\u9fff]{2,12}(?:部|室|办|处|科|课|中心|委员会)\))?"
# `1、销售管理部经理:`, `(一)市场部经理 1.`, `二、业务人员 5 名,职责:`, `1、组长——1)`.
NUMBERED_HEADER = re.compile(
    rf"(?={_NUM_FIRST})(?:^|(?<=[\s;。:,>\u4e00-\u9fff]))(?<!\d:)(?P<num>{NUM_PREFIX_STRICT}|{_SECTION_PREFIX})\s*(?P<name>{ANY_NAME}{_ALIAS})"
    # `(一)内科医师岗位` over its items: the post's title, then the word for a post
    rf"(?:岗位|职位)?(?P<hc>{HEADCOUNT})?(?P<delim>\s*(?::|——|—|-(?![\dA-Za-z])|,\s*职责\s*:)|{LIST_AHEAD}|(?<=[人名位)])(?=\s)|{_FIELD_AHEAD}|{_LED_AHEAD}"
    # `1、店长(向区域督导汇报):`: a note on the post (whom it answers to, say)
    r"|\([^()\n]{2,20}\):"
    # `1. 运维经理(汇报给技术总监)` alone on its line, over the post's items
    r"|(?=[ \t]*\((?:汇报给|汇报对象|直接上级|上级)[^()\n]{1,20}\)[ \t]*(?:\n|$))"
    # `(一)县应急救援指挥中心(正科级事业单位,隶属县应急管理局)` alone on its line: where
    # the unit belongs, noted
    r"|(?=[ \t]*\([^()\n]{0,16}(?:隶属|归属|直属)[^()\n]{1,20}\)[ \t]*(?:\n|$))"
    # `四、运行管理科(加挂水利工程安全监测站牌子)`: its second name plate
    r"|(?=[ \t]*\(加?挂[^()\n]{1,24}牌子\)[ \t]*(?:\n|$))"
    # `一、教务处是干什么的`: an article's question heading on the unit
    r"|(?:到底)?是?(?:干什么|做什么|管什么)的?[ \t]*(?=\n)"
    # `(三)计划财务部。负责…;负责…`, `(三)护理部。主要职责是:…`, `(五)网办服务股。由分管
    # 副主任直接领导,负责…`: a paragraph of duties
    r"|。(?=\s*(?:负责|组织|承担|(?:主要|基本)?职责(?:是|为)?:|[在由][^,。;\n]{2,16}领导)))",
    re.MULTILINE,
)
# A table row pasted as a line, the name cell first: `维修工 直接上级:工程主管 1、…`,
# `工程主管 本岗位对工程维修部经理负责 1、…`.
_ROW_LABELS = _alt(tuple(k for k, v in FIELD_KINDS.items() if v in ("superior", "department")))
ROW_HEADER = re.compile(
    rf"^[ \t]*(?P<name>{ANY_NAME})(?P<hc>{HEADCOUNT})?[ \t]+"
    rf"(?=(?:{_ROW_LABELS})[ \t]*:|本岗位|本职位)",
    re.MULTILINE,
)
# `市场主管: 1、...`, `市场副主管 1、...`, `市场经理——`, `人事: ...`.
BARE_HEADER = AfterChars(
    r"\s;。",
    rf"(?P<name>{ANY_NAME}|[\u4e00-\u9fff]{{2,4}})(?P<hc>{HEADCOUNT})?"
    # `院长 — 负责…;…` (a dash set off by blanks, or not: `护士—给医生配台`). The blanks
    # are taken whole (`*+`): backing into a long run of them would make the rule quadratic.
    rf"\s*+(?P<delim>:|——|—(?!—)[ \t]*"
    # `质量计量科科长(向分管副局长负责)` over `1.…`: whom it answers to, noted between
    rf"|(?=(?:[ \t]*\((?=[在向对受])[^()\n]{{2,24}}\)[ \t]*\n)?"
    # `执行导演` over `受导演领导,协助…。` over `1)…`: a sentence on the post between
    rf"(?:(?<=\s)(?:(?P=name)|[在向对受])[^\n]{{2,160}}\n)?"
    rf"\s*(?:1[、.)．]|\(1\)|\(一\)(?=负责|承担|组织)|\u2460|a(?=[\u4e00-\u9fff])|[●◆•]|-\s)))",
    re.MULTILINE,
)
# The longest a `SUFFIXED_NAME` can be: a note `(...)`, 14 characters, the longest suffix.
_NAME_REACH = 8 + 14 + max(len(w) for w in (*ROLE_SUFFIXES, *DEPT_SUFFIXES))
# `市场营销部的职责包括:`, `市场专员设在销售大区,职责为:`, `招商部负责人主要工作如下:`.
# A unit whose whole name is a suffix (`股东大会`, `吧台`), tried before a suffixed name: a
# suffix inside it would end the name early (`股` of 股东大会).
_STANDALONE_UNIT = trie_alt(tuple(STANDALONE_UNITS))
SENTENCE_HEADER = AfterChars(
    r"\s。;:,",
    rf"(?:{NUM_PREFIX}\s*)?(?:部门职能|部门职责|职能|职责)?"
    rf"(?P<name>{_STANDALONE_UNIT}|{SUFFIXED_NAME})(?:[^。\n:;,]{{0,15}}?,){{0,2}}"
    # `财务总监的主要` / `职责是:`: a line may wrap inside the phrase; `审核委员会之主要职责`
    r"(?:(?:的|之|其)?(?:\n[ \t]*)?(?:主要)?(?:\n[ \t]*)?"
    r"(?:职责|职能|职掌|工作|任务)(?:范围)?(?:包括|就是|为|是|有|如下)+"  # 职掌: Taiwanese
    # `董事会行使下列职权:`, `股东大会是公司的权力机构,依法行使下列职权:` (articles of
    # association), `总经理…还应履行下列职责:`
    r"|(?:依法|还应)?(?:行使|履行)(?:下列|以下|如下)(?:职权|职责)"
    r"|掌理(?:下列|以下|如下)(?:事项|业务)"  # a Taiwanese body's 處務規程
    # `值班经理的活儿:`, `主编每天要做的事:`: a Q&A answer's words for a post's duties
    r"|(?:的|每天|平时)?(?:活儿|干的活儿?|干的事|要干的事|要做的事)(?=\s*:))\s*:?",
)
# `技术部负责网站建设...`: a one-sentence description whose subject is the name.
DESCRIPTION_HEADER = AfterChars(
    r"\s。;",
    rf"(?:{NUM_PREFIX}\s*)?(?P<name>{_STANDALONE_UNIT}|{SUFFIXED_NAME})"
    # `质检专员向客服主管汇报,负责…`, `处长在分管副院长领导下,全面负责…`: whom it answers
    # to, then what it does; not `总经理负责制。`, a system
    rf"(?:(?:直接)?向[^,;。\n]{{1,12}}汇报,|在[^,;。\n]{{1,14}}(?:的)?领导下(?:开展工作|工作)?,"
    # `股长承科长之命,办理…` (a Taiwanese body's rules)
    rf"|承[^,;。\n]{{1,12}}之命,"
    # `护理部是医院护理工作的管理职能部门,负责…`: what it is, then what it does
    rf"|是[^,;。\n]{{2,24}}(?:部门|单位|科室|单元),)?"
    # `助理设计师协助主案设计师绘制…`, opening a paragraph
    rf"(?:主要|全面|还)?(?:负责(?!人|制[。,;的度\s])|(?P<assists>协助)"
    # `局长综理局务`, `副局长襄助局长处理局务`, `人事室依法办理人事管理事项`: the verbs of a
    # Taiwanese body's rules
    r"|综理|襄助|依法办理|(?<=之命,)办理)",
)

# A name alone on its line, with a field label opening the next non-blank line:
# `仓储经理` then `所属部门:仓储部` or `- 直接上级:运营总监` (Markdown headings, Word sheets).
_LINE_LABELS = _alt(tuple(k for k, v in FIELD_KINDS.items() if v not in ("stop", "inherit")))
LINE_HEADER = AfterChars(
    r"\n",
    # `■ 业务专员(编制6人)`: a mark before the name and a note after it are the heading's;
    # `c) 品质部经理`, a letter too.
    rf"[ \t]*(?:[■◆●▶★☆◇◎□▪•][ \t]*|[a-z]\)[ \t]*)?(?P<name>{ANY_NAME})"
    r"(?P<note>\([^()\n]{1,10}\))?[ \t]*\n"
    # A posting's line of company and date may come between (`…公司 更新日期:2024/03/11`),
    # or a sentence about the post that opens with its name (`内审员由…担任,在…领导下…`).
    r"(?=(?:[^\n]{0,40}(?:公司|日期)[^\n]{0,60}\n|(?P=name)[^\n]{2,160}\n)?"
    rf"\s*(?:[-●•◆][ \t]*)?(?:{_LINE_LABELS})(?:{_NOTE})?[ \t]*(?::|\n))",
)

# A post's name and its count alone on a line: `医生(3人)`, `前台(2人,早晚班)`.
# `- 店铺运营主管 ×2(汇报给:平台运营经理)`, `- 平台运营部(负责人:何柚)`: an outline's post
# or unit, with its count or a note after it, over items set in further.
OUTLINE_ITEM = AfterChars(
    r"\n",
    rf"(?P<indent>[ \t]*)-[ \t]+(?P<name>{ANY_NAME})[ \t]*"
    r"(?:[×xX*][ \t]*(?P<n>\d{1,3})[人名]?)?[ \t]*(?P<note>\([^()\n]{1,30}\))?[ \t]*(?=\n)",
)
_COUNTED_TITLE_LINE = re.compile(
    # `后端工程师(Java)(2人)`: a note on the post's trade before its count
    r"\n[ \t\u3000]*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}(?:\([\u4e00-\u9fffA-Za-z+#. ]{1,12}\))?)"
    r"(?P<hc>\(\d{1,3}[人名位](?:,[^()\n]{1,12})?\))[ \t]*(?=\n)"
)
# `店长。店长要管的事主要有五件:一是…`: a paragraph opened by a post's title and a full
# stop, then the title again (an answer going through the posts one by one).
_STOPPED_TITLE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<name>[\u4e00-\u9fff]{2,8})。(?=(?P=name))")
# `高级Java开发工程师 25-40K·15薪`: a recruiting site's posting, its title beside its pay.
SALARY_HEADER = AfterChars(
    r"\n",
    rf"[ \t]*(?P<name>{ANY_NAME}(?:\([^()\n]{{1,12}}\))?)[ \t]+"
    r"(?=\d{1,3}(?:\.\d)?[-~]\d{1,3}(?:\.\d)?[Kk千万](?:[·*]\d{1,2}薪)?[ \t]*\n)",
)
_SALARY_NEAR_KEY = NearKey(SALARY_HEADER, re.compile(r"\d[Kk千万]"), _NAME_REACH + 20 + 12, after=8)
# `一、部门职责 1、...`: a department heading that leaves the name to the text around it.
# `小组职责`, `团队职责`, `本组职责`: the same, of a team.
_NAMELESS = (
    "(?:部门职责|部门职能|部门主要职责|主要职能|小组职责|团队职责|本组职责|本部门职责"
    "|科室职责|科室职能|中心职责|中心职能"
    # `二、本處職掌如下:` (Taiwanese `職掌`: duties), `本科职责`
    "|本(?:处|科|课|室|局|部|中心)(?:主要)?(?:职责|职能|职掌))"
)
_OWN_UNIT_KEY = re.compile(r"本(?P<unit>处|科|课|室|局|部|中心)(?:主要)?(?:职责|职能|职掌)")
NAMELESS_HEADER = re.compile(
    rf"(?=[\d(【一二三四五六七八九十\u2460-\u2473第部主小团本科]){_LEFT}(?:(?:{NUM_PREFIX_STRICT})\s*{_NAMELESS}"
    rf"|{_NAMELESS}(?:如下)?(?=\s*:|[ \t]|$|{LIST_AHEAD}))",
    re.MULTILINE,
)


def _context_dept(text: str, a: int, b: int, start: int, end: int) -> str | None:
    """The department a nameless heading is about: named just after it, else before it on
    its line, else just before."""
    ahead = text[b : min(end, b + 80)]
    marker = re.search(r"\d{1,2}[、.)]|\(\d|[\u2460-\u2473]|-\s", ahead)
    name = first_dept(ahead[: marker.start()] if marker else ahead)
    if name and _DOES_FIRST.match(ahead):
        name = None  # `科室职责` over `负责职工食堂的经营管理…`: a duty naming a unit, not the unit
    line = line_start(text, a, start)  # `市场部隶属于营销中心,主要职能如下:`
    found = (
        name
        or (first_dept(text[line:a]) if a - line <= _SAME_LINE_REACH else None)
        or _labelled_dept(text, max(start, a - 600), a)
        or _heading_dept(text, max(start, a - _HEADING_REACH), a)
        or _subject_dept(text, max(start, a - _SUBJECT_REACH), a)
        or first_dept(text[max(start, a - 80) : a])
    )
    # `保险代理公司客户服务部岗位职责范本` over `部门职责`: the company's 客户服务部
    return strip_org(found) if found and kind_of(strip_org(found)) == "dept" else found


_SUBJECT_REACH = 300  # characters back to the sentences a nameless heading goes on from
_HEADING_REACH = 1000  # ... and to the unit's heading line, its last three lines but fields
_DOES_FIRST = re.compile(r"[\s:]*(?:负责|主要负责|组织|管理|承担)")
# After a sentence's end: a line's start may be the rest of a name wrapped (`中心化` / `验室`).
_SENTENCE_SUBJECT = re.compile(rf"(?<=。)[ \t\u3000\n]*(?P<name>{SUFFIXED_NAME})")


def _subject_dept(text: str, a: int, b: int) -> str | None:
    """The last department that opens a sentence in text[a:b] (`财务部隶属于…,下设会计组…。
    财务部定编6人` then `部门职责`: 财务部, not 会计组)."""
    return _last_dept(_SENTENCE_SUBJECT, text, a, b)


_SAME_LINE_REACH = 40  # characters before a nameless heading on its own line
_DEPT_LABEL = re.compile(r"(?:部门|科室)名称[ \t]*:?[ \t]*(?P<name>[^\s:;,。]{2,20})")


def _labelled_dept(text: str, a: int, b: int) -> str | None:
    """The department the last `部门名称:X` (`科室名称:X`) in text[a:b] names: its sheet goes
    on."""
    return _last_dept(_DEPT_LABEL, text, a, b)


def _last_dept(pattern: re.Pattern[str], text: str, a: int, b: int) -> str | None:
    """The last department named by the pattern's `name` group in text[a:b]."""
    found = None
    for m in pattern.finditer(text, a, b):
        name = tidy_name(m.group("name"))
        if kind_of(name) == "dept" and is_plausible(name):
            found = name
    return found


# (`### 2.1 合伙人`: a section's number of several levels too)
_HEADING_NUM = re.compile(rf"^\s*(?:{NUM_PREFIX_STRICT}|{_SECTION_PREFIX})?\s*")
# A unit's part of a yearly plan or report: `销售部2025年度工作计划`, `质量部工作总结`.
_PLAN_TAIL = re.compile(r"(?:\d{4}年度?)?(?:工作计划|工作总结|工作要点|工作报告|年度计划)$")


def _heading_dept(text: str, a: int, b: int) -> str | None:
    """The department whose heading line (`一、采购部`) is among the last three lines of
    text[a:b] with words on them: `一、采购部` then `(一)部门职能` is about 采购部."""
    lines = [line for line in text[a:b].splitlines() if line.strip() and not _field_line(line)]
    for line in reversed(lines[-3:]):  # a sentence about it may come between (fields too)
        words = line[_HEADING_NUM.match(line).end() :]  # type: ignore[union-attr]
        name = tidy_name(_PLAN_TAIL.sub("", words.strip()))  # `销售部2025年度工作计划`
        if kind_of(name) == "dept" and is_plausible(name):  # a name, not `A下设B和C`
            return name
    return None


_LABEL_OPENING = re.compile(r"[ \t]*(?P<label>[^\s:]{2,8})[ \t]*:")


def _field_line(line: str) -> bool:
    """`分管领导 : 业务副院长`: a line that opens with a field's label."""
    m = _LABEL_OPENING.match(line)
    return m is not None and m.group("label") in FIELD_KINDS


_RULE_RANK = {
    "label": 0,
    "heading": 1,
    "keyword": 1,
    "numbered": 2,
    "sentence": 3,
    "description": 4,
    "line": 5,
    "row": 6,
    "bare": 6,
}


_HEADCOUNT_AT = re.compile(HEADCOUNT)


def headcount_of(raw: str | None) -> int | None:
    """The number a headcount states (`3人`, `(二人)`, `1`), or None."""
    if not raw:
        return None
    m = re.search(r"\d+|[一二两三四五六七八九十]", raw)
    if not m:
        return None
    v = m.group(0)
    return int(v) if v.isdigit() else CN_DIGITS.get(v)


def _cut_at_labels(value: str) -> str:
    best = len(value)
    for label in (*TABLE_LABELS, *(k for k in FIELD_KINDS if len(k) >= 4)):
        i = value.find(label)
        if 0 < i < best:
            best = i
    return value[:best]


def _name_kind(name: str, default: str = "role") -> str:
    return kind_of(name) or default


_ANSWERS_TO = re.compile(r"(?<=[\u4e00-\u9fff])[对向](?=[\u4e00-\u9fff]{2})")
# What some rules cannot match without: they are searched only near it.
_SENTENCE_KEY = re.compile(
    r"(?:职责|职能|职掌|工作|任务)(?:范围)?(?:包括|就是|为|是|有|如下)|(?:行使|履行|掌理)(?:下列|以下|如下)"
    r"|(?:活儿|干的事|做的事)(?=\s*:)"
)
# Both rules are slow to try after every blank and stop, and their key words are rare: they
# are searched near their key words only. The reach before a key: the name and what may
# stand between it and the key (`部门职责` before, a `...,` clause, `的`, `主要` after).
_SENTENCE_NEAR_KEY = NearKey(
    SENTENCE_HEADER,
    _SENTENCE_KEY,
    4 + _NAME_REACH + 16 + 1 + 2,
    tail="包括就是为是有如下职权责事项业务",
)
# `副处长在处长领导下,协助处长…` opening a paragraph: a post described in one sentence,
# whatever its verb. (Mid-paragraph, such clauses run through several posts.)
# `第十二条 处长承总经理之命,综理处务,…`: the same in a regulation's article.
LED_POST_HEADER = AfterChars(
    r"\n",
    rf"[ \t]*(?:第[一二三四五六七八九十百\d]{{1,4}}条[ \t\u3000]*)?(?P<name>{SUFFIXED_NAME})"
    r"(?:在[^,;。\n]{1,20}?(?:的)?领导下|承[^,;。\n]{1,12}之命),(?=[^\n]{4})",
)
_LED_POST_NEAR_KEY = NearKey(
    LED_POST_HEADER, re.compile("领导下|之命"), 8 + _NAME_REACH + 2 + 22, after=5
)
# after=2: the rule's look-ahead reads two characters past 负责 (`负责制。`).
_DESCRIPTION_NEAR_KEY = NearKey(
    DESCRIPTION_HEADER, re.compile("负责|协助|综理|襄助|办理"), _NAME_REACH + 2 + 24, after=2
)
# A keyword the scan finds may be one the rule reads from a later character (`岗位职责` found,
# `职责说明` read): the window runs over every character a keyword may continue with.
_PORTFOLIO = re.compile(r"\((?:分管|主管)[^()\n]{1,8}\)$")
_KEYWORD_NEAR_KEY = NearKey(
    KEYWORD_HEADER,
    re.compile(_alt(_ALL_HEADING_KEYWORDS)),
    20,
    tail="".join(sorted(set("".join(_ALL_HEADING_KEYWORDS)))),
)
_NAMELESS_KEY = re.compile(_NAMELESS)
# Nothing but a numbering stands before the key; after it, `如下`, then `LIST_AHEAD` reads
# up to three characters past the blanks (`12、`).
_NAMELESS_NEAR_KEY = NearKey(NAMELESS_HEADER, _NAMELESS_KEY, 0, tail="如下", after=3)
_PROCESS_KEY = re.compile(r"流程")


def _covered_by(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test `a <= pos < b for some (a, b) in spans` in log time: spans may overlap, so the
    test looks at the furthest end among the spans that start at or before pos."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach: list[int] = []
    for _, b in ordered:
        reach.append(max(b, reach[-1]) if reach else b)

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos

    return covered


# `2、店铺运营:`, `(三)组训:`: a numbered title without a role's suffix, then a colon.
_UNSUFFIXED_POST = re.compile(
    rf"(?={_NUM_FIRST})(?:^|(?<=[\s;。]))(?P<num>{NUM_PREFIX_STRICT})[ \t]*"
    rf"(?P<name>[\u4e00-\u9fff]{{2,6}}(?:\([\u4e00-\u9fff]{{1,6}}\))?)"
    # `6、小红书运营(1人)` alone on its line, `二、私教(3人):直接上级为店长;…`
    rf"(?:(?:[ \t]*(?P<hc>\(\d{{1,3}}[人名]\)))?[ \t]*:|{_LED_AHEAD}"
    rf"|[ \t]*(?P<alone>\(\d{{1,3}}[人名]\))[ \t]*$)",
    re.MULTILINE,
)
_NUMERAL = re.compile(r"\d{1,2}|[一二三四五六七八九十]{1,3}")
_LIST_DOT = re.compile(r"[.．]")


def _numbering(mark: str) -> tuple[str, int] | None:
    """The shape of a numbering and its value: `(三)` -> (`(三)`, 3), `2、` -> (`1、`, 2)."""
    n = _NUMERAL.search(mark)
    if n is None:
        return None
    raw = n.group()
    digits = raw.isdecimal()
    value = int(raw) if digits else cn_value(raw)
    after = _LIST_DOT.sub("、", mark[n.end() :].strip())  # `3、` then `4.`: one list
    return mark[: n.start()] + ("1" if digits else "一") + after, value


def _unsuffixed_posts(text: str, start: int, end: int, numbered: list[Header]) -> list[Header]:
    """Titles without a role's suffix in a numbered list of posts: `2、店铺运营:` after
    `1、运营总监:` is a post too. The number before or after its own, written the same
    way, must head a role near it."""
    posts: list[tuple[int, tuple[str, int]]] = []
    for h in numbered:
        mark = _numbering(text[h.start : text.find(h.names[0], h.start, h.end)])
        if h.kind == "role" and mark:
            posts.append((h.start, mark))
    out: list[Header] = []
    if not posts:
        return out
    for m in _UNSUFFIXED_POST.finditer(text, start, end):
        mark = _numbering(m.group("num"))
        name = m.group("name")
        if mark is None or kind_of(name) or name in FIELD_KINDS or name in NOT_A_NAME:
            continue
        shape, value = mark
        if is_plausible(name.split("(")[0]) and any(
            (0 < m.start() - at <= _SIBLING_REACH and other == (shape, value - 1))
            or (0 < at - m.start() <= _SIBLING_REACH and other == (shape, value + 1))
            for at, other in posts
        ):
            hc = headcount_of(m.group("hc") or m.group("alone"))
            out.append(Header(m.start(), m.end(), [name], "role", "numbered", hc))
    return out


_SETS_UP = re.compile(r"下设|内设|设有|下辖|分为")  # words of a structure, in no name
_SHIFT = re.compile(SHIFT)
_SIBLING_REACH = 600  # characters between the heads of two posts next in a list
_TASK_LINE = re.compile(r"[ \t]*[-*]?[ \t]*\[[ xX]\]")  # a checkbox of a to-do list


_LATIN_SPACED = re.compile(r"\s*[A-Za-z]")
_CJK_BEFORE_BLANK = re.compile(r"[\u4e00-\u9fff][ \t]$")


def find_headers(
    text: str,
    start: int,
    end: int,
    table_mode: bool,
    no_desc: list[tuple[int, int]],
    headings: Sequence[tuple[int, int]] = (),
) -> list[Header]:
    """Role and department headers in text[start:end], overlaps resolved by rule rank."""
    cands: list[Header] = [h for a, b in headings if start <= a < end for h in _heading(text, a, b)]
    m: re.Match[str] | Found  # the rules yield plain matches or `Found`, alike to read
    hc_raw: str | None
    in_process = _covered_by(no_desc)
    for m in LABELLED_HEADER.finditer(text, start, end):
        raw = _cut_at_labels(m.group("val"))
        unit_sheet = m.group("label") in _UNIT_NAME_LABELS
        if unit_sheet and not kind_of(raw):
            raw = dept_prefix(raw) or raw
        hend = m.start("val") + len(raw)
        hc = None
        hm = re.search(HEADCOUNT, raw)
        if hm:
            hc = headcount_of(hm.group(0))
            raw = raw[: hm.start()]
        names = [tidy_name(x) for x in re.split(r"[、,/]" if unit_sheet else r"[、,]", raw)]
        names = [
            n
            for n in names
            if is_plausible(n, strict=False)
            and n not in FIELD_KINDS
            and n not in NOT_A_NAME
            and not _SHIFT.fullmatch(n)  # `岗位<TAB>早班<TAB>中班`: a table's head by shift
        ]
        if not names:
            continue
        # `岗位名称改为线路调度员,向干线运输部经理汇报`: after the first, only names of posts
        names = names[:1] + [n for n in names[1:] if kind_of(n)]
        kind = "dept" if unit_sheet else "role"
        cands.append(Header(m.start(), hend, names, kind, "label", hc))
    for m in _KEYWORD_NEAR_KEY.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        name = (
            re.sub(r"^[一二三四五六七八九十]{1,2}(?=.{2})", "", name)
            if not kind_of(m.group("name")[:2])
            else name
        )
        if kind_of(name) == "dept" and kind_of(strip_org(name)) == "dept":
            name = strip_org(name)  # `鸿睿物业服务有限公司客服部岗位职责`: the company's 客服部
        elif kind_of(name) == "role" and _COMPANY_NAMED.search(name[: -len(strip_org(name))]):
            name = strip_org(name)  # `重庆渝味轩餐饮有限公司出纳岗位职责` (not `分公司经理`)
        core = _PORTFOLIO.sub("", name)  # `副校长(分管教学)`: the note is part of the name
        if (
            not is_plausible(core)
            or name in NOT_A_NAME
            or m.group("name") + m.group("kw") in FIELD_KINDS
        ):
            continue
        if _TASK_LINE.match(text, line_start(text, m.start())):
            continue  # `- [ ] 补充续费专员的岗位职责 @王敏`: a to-do, no heading
        if _COMPILATION.match(text, m.end()):
            continue  # `出纳岗位职责(精选12篇)`: an essay site's compilation, or a link to one
        if _PAGE_RECORD_LABEL.search(text, max(start, m.start("name") - 8), m.start("name")):
            continue  # `栏目:财务岗位职责`: the page's section on the site, no post
        line_a = line_start(text, m.start())
        if not kind_of(name) and _CHAPTER.search(text, line_a, m.start("name")):
            continue  # `第三章 安全生产职责`: a chapter on everyone's, no post
        apart = m.start("kw") > m.end("name")
        if not kind_of(core) and (len(core) > 4 or apart):
            # `正好我们也在做岗位说明书`: a phrase, not a title without its suffix; a title
            # apart from its keyword has its suffix (`总经理 岗位职责`, not `权重 考核标准`).
            continue
        if apart and not _opens_heading(text, start, m.start("name")):
            continue  # `直接上级:总经理 主要职责:…`: a field's value, then the next label
        content = "kpi" if m.group("kw") in KPI_HEADING_KEYWORDS else "duties"
        if content == "kpi" and not kind_of(name) and len(name) >= 4:
            continue  # `护理质量考核指标:`: the measures of a topic, in the block they are in
        # `总经理部门职能`: a department heading cannot name a role.
        if m.group("kw").startswith("部门") and kind_of(name) == "role":
            continue
        after = _HEADCOUNT_AT.match(text, m.end())  # `化验员岗位职责(4人):`
        count = after.group(0) if after else m.group("count")
        cands.append(
            Header(
                m.start("name"),
                m.end(),
                [name],
                _name_kind(name),
                "keyword",
                headcount_of(count),
                content=content,
            )
        )
    for m in _NAMELESS_NEAR_KEY.finditer(text, start, end):
        if _CHAPTER.match(text, m.start()):
            continue  # `第三章 部门职责`: a chapter on all of them
        dept = None
        own = _OWN_UNIT_KEY.search(text, m.start(), m.end())  # `本處職掌`: the 處 named before
        if own and (called := referent(text, start, m.start(), own["unit"])) != own["unit"]:
            dept = called
        dept = dept or _context_dept(text, m.start(), m.end(), start, end)
        if dept:
            cands.append(Header(m.start(), m.end(), [dept], "dept", "keyword"))
    for m in NUMBERED_HEADER.finditer(text, start, end):
        hc_raw = m.group("hc")
        name = tidy_name(m.group("name"))
        if name in FIELD_KINDS or name in NOT_A_NAME:  # `(三)上级部门:运营中心` is a field
            continue
        if not m.group("name").lstrip().startswith(name[:1]):
            continue  # `②配合信息科技部…`: a duty about 信息科技部, not its heading
        if _SETS_UP.search(name):
            continue  # `第四条 图书馆内设办公室(3名)、…`: a sentence on the structure
        if "\t" in text[m.start() : m.start("name")]:
            continue  # `1<TAB>综合办公室<TAB>15`: a table row, its number in a cell
        strong = hc_raw or (m.group("delim") or "").strip() in (":", "——", "。")
        core = name[: name.rindex("(")] if name.endswith(")") and "(" in name else name
        if not is_plausible(core, strict=not strong) or not is_plausible(name, strict=False):
            continue
        if core.endswith(NOT_TITLE_ENDINGS):
            continue  # `2.平均应答时长`: a measure, whose word only ends like a title
        if kind_of(core) == "role":
            name = core  # `科员(文秘科)`: a note on the role; a unit keeps its second name
        cands.append(
            Header(m.start(), m.end(), [name], _name_kind(name), "numbered", headcount_of(hc_raw))
        )
    cands += _unsuffixed_posts(text, start, end, [h for h in cands if h.rule == "numbered"])
    for m in _SENTENCE_NEAR_KEY.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        if m.group("name").startswith(("负责", "协助", "对")):
            # `负责带领业务团队推动…,主要工作如下:`: what a post does, no heading;
            # `对出纳员的工作有考核建议权`: a power over a post
            continue
        if m.start() > start and text[m.start() - 1] == "," and not m.group().endswith(":"):
            continue  # `…津贴,让班主任工作有吸引力`: after a comma, only a list's lead-in
        if _LATIN_SPACED.match(m.group("name")) and _CJK_BEFORE_BLANK.search(
            text, max(start, m.start() - 2), m.start()
        ):
            continue  # `值班经理由 SRE组长 和…担任,主要职责如下:`: a blank set round a word
        if is_plausible(name) and kind_of(name):  # not `对市场部内部工作有分配权`
            cands.append(Header(m.start(), m.end(), [name], _name_kind(name), "sentence"))
    for m in _LED_POST_NEAR_KEY.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        if kind_of(name) != "role" or not is_plausible(name) or in_process(m.start()):
            continue
        if _leads_into_list(text, m.end(), end):
            continue  # `项目经理在总经理的领导下,…主要职责如下:`: the lead-in of its list
        if _under_own_heading(text, start, m.start("name"), name):
            continue  # `施工员岗位责任制` / `第一条 施工员在…领导下,…`: its first article
        at = m.start("name")
        cands.append(Header(at, at, [name], "role", "description", keep_sentence=True))
    for m in _DESCRIPTION_NEAR_KEY.finditer(text, start, end):
        if in_process(m.start()):
            continue
        raw = m.group("name")
        name = tidy_name(raw)
        # The subject must open the sentence: `协助营销副总负责...` is not about 营销副总;
        # `销售部经理对营销副总负责` says to whom one answers, not what one does.
        if not raw.startswith(name) or _ANSWERS_TO.search(raw):
            continue
        opens = "领导下" in m.group() or m.group("assists")
        if opens and not _opens_heading(text, start, m.start("name")):
            # `处长在分管副院长领导下,全面负责…` describes a post where it opens a paragraph;
            # inside one, it is one of several posts the paragraph goes through.
            continue
        if _leads_into_list(text, m.end(), end):
            continue  # `X在Y领导下,负责…。具体职责如下:`: the lead-in of the post's own list
        if opens and _under_own_heading(text, start, m.start("name"), name):
            continue  # `放射科主任职责` / `1) 放射科主任在院长领导下,负责…`: its first item
        if _summary_under_heading(text, start, m.start("name"), m.end(), end, name):
            continue  # `岗位:后厨主管` … `后厨主管全面负责…。` over `1.…`: the post's summary
        if "由" in name:
            continue  # `本手册由仓储部负责解释`: who answers for a text, no unit's description
        if is_plausible(name, strict=False) and not re.search(r"[及与和]$", name):
            cands.append(
                Header(
                    m.start("name"),
                    m.start("name"),
                    [name],
                    _name_kind(name),
                    "description",
                    keep_sentence=True,
                )
            )
    for m in OUTLINE_ITEM.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        # `内容与社媒部`: a unit's name may join two words
        if not kind_of(name) or name in NOT_A_NAME:
            continue
        if not is_plausible(name, strict=kind_of(name) == "role"):
            continue
        if not _items_set_in(text, m.end(), end, len(m.group("indent"))):
            continue  # `- 产品组` in a list of units: an item, no heading of its own
        # A post's note names its superior (read with its block); a unit's, its head.
        b = m.end("note") if m.group("note") and kind_of(name) == "dept" else m.end("name")
        hc = int(m.group("n")) if m.group("n") else None
        cands.append(Header(m.start("name"), b, [name], kind_of(name), "line", hc))
    for m in _COUNTED_TITLE_LINE.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        core = name.split("(", 1)[0]  # `后端工程师(Java)`: the title, before its trade
        if kind_of(name) == "role" and is_plausible(core):  # `▌医生(3人)` alone on its line
            if _value_goes_on(text, start, m.start("name")):
                continue  # `Supervises 督导:` then `会计文员(2名)`: the label's value
            hc = headcount_of(m.group("hc"))
            cands.append(Header(m.start("name"), m.end("hc"), [name], "role", "line", hc))
    for m in LINE_HEADER.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        if name in FIELD_KINDS or name in NOT_A_NAME or not is_plausible(name):
            continue
        if _value_goes_on(text, start, m.start("name")):
            continue  # `直接上级:` or `直接下级 调度员、` then the name: a value, not a heading
        hc = headcount_of(m.group("note")) if m.group("note") else None
        cands.append(Header(m.start("name"), m.end("name"), [name], _name_kind(name), "line", hc))
    for m in _STOPPED_TITLE.finditer(text, start, end):
        name = m.group("name")
        if kind_of(name) == "role" and is_plausible(name) and name not in NOT_A_NAME:
            cands.append(Header(m.start("name"), m.end(), [name], "role", "line"))
    for m in _SALARY_NEAR_KEY.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        if kind_of(name) == "role" and is_plausible(name, strict=False):
            cands.append(Header(m.start("name"), m.end("name"), [name], "role", "line"))
    for m in ROW_HEADER.finditer(text, start, end):
        name = tidy_name(m.group("name"))
        if name in FIELD_KINDS or name in NOT_A_NAME or not is_plausible(name):
            continue
        hc = headcount_of(m.group("hc"))
        cands.append(Header(m.start("name"), m.end("name"), [name], _name_kind(name), "row", hc))
    for m in BARE_HEADER.finditer(text, start, end):
        raw = m.group("name")
        name = tidy_name(raw)
        if (
            raw in FIELD_KINDS
            or name in NOT_A_NAME
            or name in FIELD_KINDS
            or not is_plausible(name)
        ):
            continue
        if not kind_of(name) and m.group("delim").strip() != ":" and not _lone_title(text, m):
            continue
        if m.group("delim").startswith("—") and kind_of(name) != "role":
            continue  # `SSG—销售部秘书组:`, `行政部 — 人事組`: a dash after a post's title only
        if m.group("delim").startswith("—") and _ROW_ENDS_IN_COUNT.match(text, m.end(), end):
            continue  # `医疗救护组 人力资源部经理 — 医务室 6`: a table's row, `—` an empty cell
        if m.group("delim").strip() != ":" and _ends_a_line_of_text(text, m.start(), m.end("name")):
            continue  # `…考核结果录入 CRM` over the next item: a line's end, no heading
        if in_process(m.start()) or _amid_fields(text, start, m.start()):
            continue
        if _after_arrow(text, start, m.start()):
            continue  # `客服经理 → 总经理` over a list: whom 客服经理 reports to, no heading
        lone = _lone_title(text, m)
        if m.group("delim").strip() != ":" and not lone and _wraps_item(text, start, m.start()):
            continue  # `● …报店长审批后交` / `公司配送中心`: the rest of the item above
        if not kind_of(name) and _is_list_item(text, start, m.start()):
            continue  # `3. 薪资作业:` then `(1)…`: the lead-in of a nested list
        if _STEP_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # `第一步 前期接洽:…`: a step of a process, no post
        if _after_english_label(text, start, m.start()):
            continue  # `Supervises 督导:`: a form's label in two languages, no post
        if (
            m.group("delim").strip() != ":"
            and len(name) > _TREE_NAME_MAX
            and _bulleted(text, start, m.start())
        ):
            continue  # `- 上好每一节私教课` over `- 跟进续课`: an item (`- 前端组` of a tree aside)
        if not kind_of(name) and _RULES_WORD.search(name):
            continue  # `考核程序:`, `招生旺季安排:`: how something is done, not a post
        if name.endswith(_MEASURED) and kind_of(name[: name.rindex("考")]) == "role":
            continue  # `店长考核:A、B`: a post's measures, read with the unit's (`post_kpis`)
        if _PLACEHOLDER.match(text, m.end(), end):
            continue  # `市场总监:XXX`: a chart's box with the holder's name blanked
        if not kind_of(name) and len(name) <= 3 and name[0] in SURNAMES:
            continue  # `秦朗:…`: a person's comment, no post
        if _NICKNAME.search(raw) and raw[-1] in SURNAMES:
            continue  # `仓储老王:编制表很实用`: a reader's comment, no post
        if not kind_of(name) and _CLAUSE_NUMBER_BEFORE.search(
            text, max(start, m.start() - 12), m.start()
        ):
            continue  # `4.2.1 内部报告:…`: a clause of a plan, no post
        if not kind_of(name) and _EDITORIAL.fullmatch(name):
            continue  # `编者按:`, `文档标签:`, `附一:…`, `营销中心定编:`: the page's, no post
        held = _LINE_VALUE.match(text, m.end(), end)
        if held and holder_at(f"{name}-{held.group(1)}") is not None:
            continue  # `店长:张伟`: a chart's box with who holds the post
        if _held_by_post(text, m.end(), end):
            continue  # `组长:生产技术部经理`: a group's lead, held by another post
        head = _HEAD_VALUE.match(text, m.end(), end)
        if head and kind_of(name) == "dept" and _titled_person(head[1], head[2]):
            continue  # `营销中心:副总经理 林珂`: a unit's line in a list of who heads which
        if m.group("delim").strip() == ":" and _DEFINITION.match(text, m.end(), end):
            continue  # `重要旅客:指公司确认的…`: a term defined, no post
        if _FORM_VALUE.match(text, m.end(), end):
            continue  # `意向城市:____`, `招商邮箱:x@y.cn`, `加盟热线:400-…`: a form or a contact
        if _SPACED_WORD_BEFORE.search(text, max(start, m.start() - 7), m.start()):
            continue  # `每月 25 日前提交至X经理`: a sentence spaced around its number
        if not kind_of(name) and _field_between_fields(text, m.end(), end):
            continue  # `管理幅度:地区经理3-5名` then `主要职责:`: a label orgkb does not know
        h = Header(
            m.start(), m.end(), [name], _name_kind(name), "bare", headcount_of(m.group("hc"))
        )
        h.content = "weak" if not kind_of(name) and not lone else "duties"
        cands.append(h)
    return _resolve(cands)


_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_ROLE_WORDS = frozenset(ROLE_SUFFIXES)


def _titled_person(title: str, person: str) -> bool:
    """`经理 蒋帆`, `质量负责人 孙文洁`: a post's title (a title's word alone too), then a
    person's name."""
    if not (title in _ROLE_WORDS or kind_of(title) == "role"):
        return False
    return person[0] in SURNAMES and person[:2] not in NOT_PERSONS and not kind_of(person)


def _lone_title(text: str, m: re.Match[str] | Found) -> bool:
    """`經理`, `值班主任` or `行政前台(1人)` alone on its line over `•` bullets: a post's
    heading (a title's word alone, or any name with its count), not the end of the item
    above wrapped."""
    name = m.group("name")
    counted = bool(m.group("hc"))
    if not (name in _ROLE_WORDS or kind_of(name) == "role" or counted):
        return False
    if not blank_before(text, m.start()):
        return False
    nl = line_end(text, m.start())
    return nl < len(text) and _BULLET_LINE.match(text, nl + 1) is not None


_BULLET_LINE = re.compile(r"[ \t]*[•●◆·▪-][ \t]*\S")


def _ends_a_line_of_text(text: str, a: int, b: int) -> bool:
    """text[a:b] ends its line, after words on it (not a bullet alone: `• 运输调度部`)."""
    return blank_after(text, b) and _WORD_CHAR.search(text, line_start(text, a), a) is not None


_RULES_WORD = re.compile(
    r"(?:程序|办法|方式|原则|标准|安排|说明|规定|细则|要点|事项|结果|[一两二三四五几]点|需要|包括|建议|来说"
    r"|含义|口径|定义"
    # ... or a notice's fields (`咨询电话:0519-8xxx`, `招收对象:…出生的幼儿`, `园址:…`)
    r"|电话|热线|邮箱|地址|网址|对象|时间|日期"
    r"|说|讲|表示|认为|强调|提醒)$"  # ... or who says what (`💬 周园长说:`)
)  # ... or a writer's own points (`补充两点:`, `注意几点:`, `一般需要:`)
# ... `总机:(04)2236-XXXX`: a number with its area code in brackets; `总办事处:九龙观塘开源道
# XX号…`: an address.
_FORM_VALUE = re.compile(
    r"[ \t:]*(?:_{3,}|[\w.-]+@[\w-]+\.\w|\d{3,4}-\d{3,4}|\d{7,}|\(\d{2,4}\)[ \t]*\d{3,4}"
    r"|[\u4e00-\u9fff]{1,14}?[路道街巷][0-9Xx一二三四五六七八九十]{1,5}号"
    # a hotline (`供电服务:95598`) or opening hours (`健康小屋:周二、周四 8:30-11:00`)
    r"|\d{5,6}(?!\d)|(?:每日|每天|周[一二三四五六日])[^\n]{0,12}?\d{1,2}:\d{2})"
)
_MEASURED = ("考核", "考核指标")
_DEFINITION = re.compile(r"[ \t]*(?:是)?指(?![导挥定派标出示令])")
_LINE_VALUE = re.compile(r"[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*(?=\n|$)")
_ROW_ENDS_IN_COUNT = re.compile(r"[^\n]{0,60}?[ \t]\d{1,3}[ \t]*(?:\n|$)")
_HELD_BY_REACH = 40  # characters: a post's name, or a person's with the post in brackets
# `陈立群(市体育局副局长)`: a person, then the post they hold.
_PERSON_WITH_POST = re.compile(r"[\u4e00-\u9fff]{2,3}\((?P<post>[^()]{2,16})\)")


def _held_by_post(text: str, pos: int, end: int) -> bool:
    """The rest of the line from pos names one post alone, or a person with the post they
    hold: whom a heading's title is held by, not what it does."""
    stop = text.find("\n", pos, min(end, pos + _HELD_BY_REACH))
    if stop < 0:
        return False  # a value running on: a post's duties, not who holds it
    value = text[pos:stop].strip()
    person = _PERSON_WITH_POST.fullmatch(value)
    post = person["post"] if person else value
    # (not `直接上级是总经理`: a sentence about whom it answers to)
    return kind_of(post) == "role" and is_plausible(post) and tidy_name(post) == post


_HEAD_VALUE = re.compile(
    r"[ \t]*([\u4e00-\u9fffA-Za-z]{2,12})[ \t]+([\u4e00-\u9fff]{2,3})[ \t]*(?=\n|$)"
)
_PLACEHOLDER = re.compile(r"[ \t:]*[Xx*]{2,}(?![A-Za-z])")
_NICKNAME = re.compile(r"[老小阿].$")  # `老王`, `小李`: how readers sign their comments
# A page's and an editor's labels, and a staffing table's title (`营销中心定编`).
_EDITORIAL = re.compile(
    r"编者按|小编\w{0,4}|编者\w{0,2}|(?:文档|本文)?标签|阅读(?:全文)?|附[一二三四五六七八九十\d]|补充一句|详见"
    r"|附件\d*|附表\d*|.{1,8}(?:定编|编制)"
    # A public body's page: `终审:周立新`, `政民互动:【县长信箱】`, `部门网站:…`, `中心领导:主任 …`
    r"|[初终]审|政策解读|政民互动|受理机构|.{0,4}网站|.{1,4}领导(?:班子)?"
    # An official document's sign-off and an office system's page (`签发:王建国 核稿:…`).
    r"|签发|核稿|拟稿|会签|抄送|抄报|阅读情况|技术支持"
    # A manual's approval line (`核定:营运处处长 审查:站务中心主任 制定:…`), a reader's
    # feedback note (`意见回馈:`)
    r"|核定|审查|制定|意见(?:回馈|反馈)"
    # A service guide's or a notice's form (`事项名称:…`, `办理时限:20个工作日`, `活动内容:…`)
    # and a page's note (`附注:`)
    r"|.{0,4}(?:名称|时限|内容|预约|时间|地点|费用)|附注"
    # A forum's card of the poster (`级别:中级监理(LV5)`, `注册:2019-06-30`, `签名档:…`)
    r"|签名档|级别|注册|积分|帖子|精华|威望|认证"
    # A mail's or minutes' `经确认:`, `经研究:`; minutes' fields (`主持:`, `参加:`, `议题:`)
    r"|确认|研究|讨论|协商|主持人?|参加(?:人员)?|出席|列席|记录人?|议题|会议(?:议定|时间|地点|主题)?"
    # A notice's or a form's (`主讲人:`, `乘车路线:`, `填报人:`), a guide's steps (`第一步:`)
    r"|主讲人?|题目|填报人|检查人|乘车路线|我要留言|第[一二三四五六七八九十\d]{1,2}步"
    # Rewards and fines beside the measures (`奖罚:`, `罚款:`)
    r"|奖励|奖罚|罚款|处罚"
    # A tender's pledge (`我方保证:`, `我方承诺:`)
    r"|我方(?:保证|承诺)"
    # A service guide's (`申请材料:`, `办理形式:`), a floor guide's (`二楼:`) and an honour
    # roll's (`优秀新人:`)
    r"|.{0,4}(?:材料|形式|依据)|[一二三四五六七八九十\d]{1,2}楼|优秀.{1,6}"
)
_CLAUSE_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})+[ \t\u3000]*$")
_SPACED_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff][ \t][0-9]{1,4}[ \t]$")
_STEP_BEFORE = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}步|[Ss]tep[ \t]?\d{1,2})[ \t:]*$")
_NEXT_LINE_LABEL = re.compile(rf"\n[ \t]*(?:{_LINE_LABELS})[ \t]*:")


def _field_between_fields(text: str, pos: int, end: int) -> bool:
    """After a short `X:` at pos, a value on its line, then a line opening with a field
    label: X labels one more field of the sheet it is in."""
    line_end = text.find("\n", pos, end)
    if line_end < 0 or not text[pos:line_end].strip() or find_markers(text, pos, line_end):
        return False
    return _NEXT_LINE_LABEL.match(text, line_end, end) is not None


def _leads_into_list(text: str, pos: int, end: int) -> bool:
    """The line from pos ends with a colon: a sentence leading into a list below it."""
    line_end = text.find("\n", pos, end)
    return text[pos : end if line_end < 0 else line_end].rstrip().endswith(":")


def _value_goes_on(text: str, start: int, pos: int) -> bool:
    """The line before pos ends with `:`, `、` or `,`: what pos opens is its value, or the
    rest of it (a blank line between ends it: `诚聘以下岗位:` then a post's heading)."""
    j = pos - 1
    while j >= start and text[j] in " \t\u3000":
        j -= 1
    if j < start or text[j] != "\n":
        return False
    j -= 1
    while j >= start and text[j] in " \t\u3000\r":
        j -= 1
    return j >= start and text[j] in ":、,"


def _opens_heading(text: str, start: int, pos: int) -> bool:
    """Only blanks, a bullet or a number stand between the line start and pos."""
    a = line_start(text, pos, start)
    return not text[a:pos].strip() or _NUMBERING_ONLY.fullmatch(text, a, pos) is not None


_ITEM_END_PUNCT = frozenset("。;；!！?？:：")


def _wraps_item(text: str, start: int, pos: int) -> bool:
    """The line at pos goes on with a list item on the line right above, cut mid-sentence."""
    a = text.rfind("\n", start, pos)
    if a < 0 or text[a + 1 : pos].strip():
        return False
    b = line_start(text, a, start)
    above = text[b:a].rstrip()
    return bool(above) and _LIST_START.match(above) is not None and above[-1] not in _ITEM_END_PUNCT


def _after_arrow(text: str, start: int, pos: int) -> bool:
    """An arrow (`→`, `->`) stands before pos on its line."""
    return on_line_before(text, pos, "→", start) or on_line_before(text, pos, "->", start)


_NUMBERING_ONLY = re.compile(rf"[ \t\u3000]*(?:{NUM_PREFIX}|[-●◆•·])[ \t\u3000]*")


def _after_number(text: str, start: int, pos: int) -> bool:
    """`_is_list_item`, first asking the one character a list number or bullet (`- 职责:`)
    can end with."""
    return pos > start and text[pos - 1] in _NUMBER_ENDS and _is_list_item(text, start, pos)


_NUMBER_ENDS = frozenset("、.．):)）]】 \t-●◆•·")


def _is_list_item(text: str, start: int, pos: int) -> bool:
    """Only a list number stands between the line start and pos."""
    # Read back only over characters a number is made of: looking back to the line start
    # from each of many places on a long line (a page flattened into one) is quadratic.
    a = pos
    while a > start and text[a - 1] != "\n":
        ch = text[a - 1]
        if not (ch in _NUMBERING_CHARS or ch.isspace() or ch.isdecimal()):
            return False
        a -= 1
    return _NUMBERING_ONLY.fullmatch(text, a, pos) is not None


# Every character `_NUMBERING_ONLY` matches, but for blanks and digits.
_NUMBERING_CHARS = frozenset(
    "、.．)(:【】第章节条-●◆•·一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾"
) | frozenset(map(chr, range(0x2460, 0x2474)))


# Labels that open a role's sheet: a heading without a role suffix above one names a role.
_SHEET_START = re.compile(
    _alt(
        tuple(
            k
            for k, v in FIELD_KINDS.items()
            if v in ("name", "department", "superior", "subordinate", "headcount")
        )
    )
)


_HEADING_NOTE = re.compile(r"[(|]")
_HEADING_MARKS = re.compile(f"[{TITLE_MARKS}{TITLE_DASHES}]+")


def _heading(text: str, a: int, b: int) -> list[Header]:
    """A Markdown heading (`## 财务部`, `### 新媒体运营(2人)`) that names a department or a
    role; a heading with no suffix names a role when a role's sheet follows it."""
    raw = _HEADING_MARKS.sub(" ", text[a:b])  # `施工员★(土建、水电各1人)`: the closing mark
    raw = raw[_HEADING_NUM.match(raw).end() :]  # type: ignore[union-attr]  # `(二)仓库管理员`
    hm = re.search(HEADCOUNT, raw)
    # `品控专员(1名)|总部岗位`, `前厅服务员(若干名)`: notes after the name
    name = tidy_name(_HEADING_NOTE.split(raw[: hm.start()] if hm else raw, maxsplit=1)[0])
    if name in FIELD_KINDS or name in NOT_A_NAME or not is_plausible(name):
        return []
    kind = kind_of(name)
    if not kind:
        after = text[b : b + 200].lstrip(" \t\n-●•】")  # `【主播】`: the bracket's end
        if not _SHEET_START.match(after):
            return []
        kind = "role"
    return [Header(a, b, [name], kind, "heading", headcount_of(hm.group(0) if hm else None))]


# A role's own name label, looked for on the line before a `bare` header.
_NAME_LABEL = re.compile(r"职位名称|岗位名称|职务名称")
_FIELDS_REACH = 160


def _amid_fields(text: str, start: int, pos: int) -> bool:
    """`职位名称:A 本职位汇报人:B 所辖人员:C …`: an `X:` on the line of a name label, after
    it, is one more field of that sheet (a label orgkb does not know), not a new role."""
    a = max(start, pos - _FIELDS_REACH)
    a = line_start(text, pos, a)  # bounded: a flattened page is one long line
    return _NAME_LABEL.search(text, a, pos) is not None


def _same_unit(a: str, b: str) -> bool:
    return a != b and (a + "门" == b or b + "门" == a)


_SHORT_NAME_REACH = 160  # characters from a unit's heading to its duties' heading


def _named_shorter(before: Header, h: Header) -> bool:
    """`3.3 应急指挥部办公室` then, a sentence on, `办公室职责:`: the same unit by its last word
    (the unit it belongs to dropped: not a hotel's name before its 工程部)."""
    a, b = before.names[0], h.names[0]
    near = h.start - before.end <= _SHORT_NAME_REACH
    owner = _unit_before(a, b)
    return near and kind_of(owner) == "dept" and before.kind == "dept" and kind_of(b) == "dept"


def _unit_before(longer: str, name: str) -> str:
    """What longer says before name, where it ends with it (`应急指挥部` of 应急指挥部办公室
    and 办公室, `仓储课` of 仓储课课长 and 课长), or ''."""
    return longer[: -len(name)] if longer != name and longer.endswith(name) else ""


def _restates(before: Header, h: Header) -> bool:
    return h.start - before.end <= 8 and before.names[0].startswith(h.names[0])


def _resolve(cands: list[Header]) -> list[Header]:
    cands.sort(key=lambda h: (_RULE_RANK[h.rule], h.start))
    chosen: list[Header] = []
    spans: list[tuple[int, int]] = []  # chosen spans, sorted and disjoint
    for h in cands:
        a, b = h.start, max(h.end, h.start + 1)
        i = bisect.bisect_left(spans, (a, a))
        if i < len(spans) and spans[i][0] < b:
            continue
        if i > 0 and spans[i - 1][1] > a:
            continue
        spans.insert(i, (a, b))
        chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    # A weak header (a short name without a suffix) counts only among role headers.
    out: list[Header] = []
    seen_role = False
    for h in chosen:
        if h.content == "weak":
            if not seen_role:
                continue
            h.content = "duties"
        if h.kind == "role":
            seen_role = True
        # `(四)人事行政部: 1.人事行政部门的工作职责:` restates the block it opens, and so
        # does `3.文秘科科长` then `文秘科科长在主任领导下…职责是:` (read as 文秘科).
        if out and h.rule in ("keyword", "sentence") and _same_unit(out[-1].names[0], h.names[0]):
            continue
        if out and h.rule == "keyword" and _named_shorter(out[-1], h):
            continue
        if out and h.rule == "sentence" and _restates(out[-1], h):
            continue
        # `营销总监岗位说明 职位名称:营销总监(1人)`: one header, not two; so too `(二)仓储课课长`
        # then `职称:课长`, the heading's post by its title alone.
        if out and h.start - out[-1].end <= 3 and _same_post(out[-1], h):
            out[-1].end = h.end
            out[-1].headcount = out[-1].headcount or h.headcount
            continue
        out.append(h)
    return out


def _same_post(above: Header, h: Header) -> bool:
    """h names the post the header just above it names, as it is or by its title alone."""
    if above.names == h.names:
        return True
    if h.rule != "label" or len(above.names) != 1 or len(h.names) != 1:
        return False
    unit = _unit_before(above.names[0], h.names[0])
    return above.kind == h.kind == "role" and kind_of(unit) == "dept"  # not a company's name


# ---------------------------------------------------------------- sections and fields

# Headings that close the block before them: chapters, `三、人员编制`, `2.2 职责分工`.
SECTION_BREAK = re.compile(
    r"(?=[第一二三四五六七八九十.\d壹贰叁肆伍陆柒捌玖拾])(?:第[一二三四五六七八九十\d]{1,3}[章节部分]|"
    # `第二十五条 销售顾问考核指标…`: a regulation's next article (not `按第五条规定`)
    r"(?:^|(?<=[\s。;]))第[一二三四五六七八九十百\d]{1,4}条(?=[ \t\u3000])|"
    rf"(?:^|(?<=\s)){_FORMAL_NUM}\s*[^\s,;。:、]{{1,12}}(?=\s)|"
    r"(?:^|(?<=[\s。;]))[一二三四五六七八九十]{1,3}[、.:]\s*[^\s,;。:、]{1,12}(?:\([^()\n]{1,10}\))?"
    r"(?=\s*:(?!\d)|\s|$)|"
    # `2.1 岗位职责`; a words' number (`≥ 99.8%`, `3.5 万元`) is no section's, nor an
    # item's number before one (`2.3年以上经验`: item 2, three years)
    # ... nor a table's cell (`销售收入<TAB>35%<TAB>2.6<TAB>扣1分`), after a tab
    r"(?:^|(?<=[\n\r 。;\u3000]))(?<![≥≤<>=] )\.?\d{1,2}(?:\.\d{1,2})+\s*"
    r"(?![%‰万元人天个年岁月倍次])[^\s,;。:]{1,12}"
    # `03|晨会和诊疗动线` (`03、` once normalised): a chat-app article's numbered section
    r"|^0\d[、.][ \t]*[^\s,;。:、]{2,16}$)",
    re.MULTILINE,
)
# Process descriptions: X负责 sentences there are steps, not duties.
PROCESS_HEADING = re.compile(
    r"(?=[第一二三四五六七八九十\d])(?:第[一二三四五六七八九十\d]{1,3}章|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}(?:\.\d{1,2})*)\s*:?\s*"
    # ... but not a table-of-contents line (`流程 (12)`, `流程----第3页`)
    r"[\u4e00-\u9fff]{0,10}流程(?!\s*(?:\(\d+\)|-{2,}|…|\.{3}|第\d+页))"
)
_ANY_HEADING = re.compile(
    r"(?=[第一二三四五六七八九十])(?:第[一二三四五六七八九十\d]{1,3}章|(?:^|(?<=[\s。;]))[一二三四五六七八九十]{1,3}[、.])",
    re.MULTILINE,
)


# What may stand before a process heading's name: its numbering, blanks, a colon.
_PROCESS_NUMBERING = frozenset("第章一二三四五六七八九十、.")


def _process_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of text[start:end] that hold every match of `PROCESS_HEADING`: around each
    `流程`, back over up to ten hanzi, blanks and a colon, and a numbering of any length;
    forward over what its look-ahead reads (blanks, a bracket or `第`, digits, two more)."""
    out: list[tuple[int, int]] = []
    for k in _PROCESS_KEY.finditer(text, start, end):
        a = max(start, k.start() - 10)
        while a > start and (text[a - 1].isspace() or text[a - 1] == ":"):
            a -= 1
        while a > start and (text[a - 1].isdecimal() or text[a - 1] in _PROCESS_NUMBERING):
            a -= 1
        b = k.end()
        while b < end and text[b].isspace():
            b += 1
        b += 1
        while b < end and text[b].isdecimal():
            b += 1
        b = min(end, b + 2)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _process_headings(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`PROCESS_HEADING.finditer(text, start, end)`, searched near the key word only."""
    for a, b in _process_windows(text, start, end):
        yield from PROCESS_HEADING.finditer(text, a, b)


def process_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans under a 流程 heading, up to the next chapter or top-level heading."""
    regions = []
    for m in _process_headings(text, start, end):
        nxt = _ANY_HEADING.search(text, m.end(), end)
        stop = end
        while nxt:
            if not PROCESS_HEADING.match(text, nxt.start()):
                stop = nxt.start()
                break
            nxt = _ANY_HEADING.search(text, nxt.end(), end)
        regions.append((m.start(), stop))
    return regions


@dataclass
class Field:
    kind: str
    label: str
    start: int  # content start
    end: int
    cell: bool = False  # a table cell under its column's label


_SECTION_NUM = re.compile(r"\d{1,2}(?:\.\d{1,2})+\s*$")


def _label_regex(labels: list[str]) -> re.Pattern[str]:
    # `上级部门/分管领导:首席风险官`: two labels for one field; the first says what it holds.
    # `核心指标(季度):`: a note between the label and its colon.
    return re.compile(
        rf"(?P<label>{_alt(labels)})(?:/{_alt(labels)})?(?:{_NOTE}(?=\s*:))?\s*(?P<colon>:)?"
    )


FIELD_LABEL = _label_regex(list(FIELD_KINDS))
# A third-level clause number (`3.2.4`) before a line's words: a clause, never a field's heading.
_CLAUSE_NUM_END = re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}$")
_TABLE_SET = frozenset(TABLE_LABELS)


_ITEM_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}[、.)]|\(\d{1,2}\)|[\u2460-\u2473]|\([一二三四五六七八九十]{1,3}\))"
)


def _in_item(text: str, start: int, pos: int) -> bool:
    """pos is inside the words of a numbered item (`4、准确备注订单…`): a table's label
    there (`备注`) is only a word."""
    if pos <= start or not "\u4e00" <= text[pos - 1] <= "\u9fff":
        return False
    line = line_start(text, pos, start)
    return _ITEM_LINE.match(text, line, pos) is not None


_SPACED_AMOUNT = re.compile(rf"[ \t]+\d{{1,4}}[ \t]*{AMOUNT_UNIT}[\u4e00-\u9fff]")


def find_fields(text: str, start: int, end: int, table_mode: bool) -> list[Field]:
    """Labelled fields in text[start:end]; text before the first label is a 'default' field."""
    marks: list[tuple[int, int, str, str]] = []
    for m in FIELD_LABEL.finditer(text, start, end):
        label = m.group("label")
        colon = m.group("colon") is not None
        a = m.start()
        if not colon and not table_mode:
            # Most labels without a colon are words inside a sentence: neither alone nor
            # after a section number (the checks below), and cheap to tell.
            after = text[m.end("label") : m.end("label") + 1]
            before = text[max(start, a - 8) : a].rstrip()
            if after and not after.isspace() and after != "(" and not before[-1:].isdigit():
                continue
            if "\u4e00" <= after <= "\u9fff" and _CLAUSE_NUM_END.search(before):
                continue  # `3.2.4 审核全院排班。`: a clause's first word, not `2.1 岗位职责`
        # `2.1 岗位职责`: asked only where the answer matters (most labels have a colon).
        in_word = colon and a > start and text[a - 1] in "的各"
        numbered = (in_word or not colon) and bool(_SECTION_NUM.search(text, max(start, a - 8), a))
        if not colon and not numbered:
            # A label standing alone between blanks is a heading even without its colon.
            b = m.end("label")  # the blanks after it are part of the match
            note = _LABEL_NOTE.match(text, b) if text[b : b + 1] == "(" else None
            if note:  # `工作流程(早班)`: a note on the label
                b = note.end()
            # `服务员领班:直接上级 店长`: a label may follow a heading's colon.
            opens = (
                a == 0
                or text[a - 1].isspace()
                or text[a - 1] == ":"
                or _after_number(text, start, a)
            )
            alone = opens and (b >= len(text) or text[b].isspace())  # `六、考核指标` too
            if alone and FIELD_KINDS[label] != "headcount" and _SPACED_AMOUNT.match(text, b):
                continue  # `2. 每月 5 日前向…提交`: a sentence spaced round its number
            if not (alone or (table_mode and label in _TABLE_SET and not _in_item(text, start, a))):
                continue
        # `岗位职责` inside a longer word (`各岗位职责`) is not a label, nor is `目标` in a note
        # after words (`响应时长(目标:30分钟内)`).
        if (in_word and not numbered) or _in_note(text, start, a):
            continue
        if _after_number(text, start, a):  # `六、任职要求:`: the number goes with its label
            a = line_start(text, a, start)
        elif a > start and text[a - 1] == " " and _ASCII_LETTER.search(text, max(start, a - 5), a):
            # `Qualifications 入职要求:`, `KPIs / 关键绩效指标:`: the English label goes with
            # the Chinese one.
            line_a = line_start(text, a, start)
            if _ENGLISH_LABEL.fullmatch(text, line_a, a):
                a = line_a
                # `Reports to 直属上司:`: the English label is read as part of this one
                marks = [mk for mk in marks if mk[0] < line_a]
        marks.append((a, m.end(), label, FIELD_KINDS[label]))
    for m in _PREFIXED_STOP.finditer(text, start, end):
        marks.append((m.start(), m.end(), m.group("label"), "stop"))
    if "附" in text[start:end]:
        for m in _APPENDIX_LINE.finditer(text, start, end):
            marks.append((m.start(), m.end(), "附件", "stop"))
    if "其" in text[start:end]:
        # ... unless it opens a duties field's text (`主要职责:` / `X是…。其主要职责是:`)
        marks += [
            (m.start(), m.end(), "主要职责", "duties")
            for m in _ITS_DUTIES.finditer(text, start, end)
            if not any(mk[3] == "duties" and mk[0] < m.start() for mk in marks)
        ]
    if "考核" in text[start:end]:
        for m in _KPI_SENTENCE.finditer(text, start, end):
            marks.append((m.start(), m.end(), "考核指标", "kpi"))
    tables = _column_tables(text, start, end)
    if tables:
        in_table = _covered_by([(a, b) for a, b, _ in tables])
        marks = [mk for mk in marks if not in_table(mk[0])]
    fields: list[Field] = []
    pos = start
    kind, label = "default", ""
    events: list[tuple[int, int, str, str] | tuple[int, int, list[Field]]] = [*marks, *tables]
    for event in sorted(events, key=lambda e: e[0]):
        a, b = event[0], event[1]
        if a < pos:
            continue
        fields.append(Field(kind, label, pos, a))
        if len(event) == 3:  # a table: its cells, then plain text again
            fields.extend(event[2])
            pos, kind, label = b, "default", ""
            continue
        k = event[3]
        if k == "inherit":
            k = kind if kind != "default" else "duties"
        pos, kind, label = b, k, event[2]
    fields.append(Field(kind, label, pos, end))
    return [f for f in fields if f.end > f.start or f.kind != "default"]


_NOTE_REACH = 30  # characters back from a label to the bracket it may be in


def _in_note(text: str, start: int, a: int) -> bool:
    """a is inside brackets opened after words on its line, a few words back, and not
    yet closed."""
    reach = max(start, a - _NOTE_REACH)
    line_a = line_start(text, a, reach)
    opened = text.rfind("(", line_a, a)
    return opened > line_a and not text[opened - 1].isspace() and text.find(")", opened, a) < 0


def _bulleted(text: str, start: int, pos: int) -> bool:
    """pos follows a bullet that opens its line, and the next line opens the same way: one
    item of a list, not a bulleted heading over items set further in."""
    line_a = line_start(text, pos, start)
    lead = text[line_a:pos]
    if lead.strip() not in _BULLET_MARKS:
        return False
    nl = text.find("\n", pos)
    return nl >= 0 and text.startswith(lead, nl + 1)


_BULLET_MARKS = frozenset("-•·●◆▪■")
_TREE_NAME_MAX = 6  # characters of a unit's name in a tree drawn with bullets
_HEADING_WORDS_MAX = 10  # characters of a heading besides the post's name


def _after_english_label(text: str, start: int, pos: int) -> bool:
    """pos follows an English label on its line (`Closing Date 截止日期:`)."""
    if pos <= start or text[pos - 1] != " ":
        return False
    line_a = line_start(text, pos, start)
    return pos - line_a >= 2 and _ENGLISH_LABEL.fullmatch(text, line_a, pos) is not None


_LABEL_NOTE = re.compile(_NOTE)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ENGLISH_LABEL = re.compile(r"[ \t]*[A-Za-z][A-Za-z .&/()'-]{0,40}")
# `财务总监年度考核主要指标为:1.…;2.…`: a sentence that labels the measures after it.
_KPI_SENTENCE = re.compile(
    r"(?:^|(?<=[\s。;]))[\u4e00-\u9fff]{0,10}考核(?:的)?(?:主要)?(?:指标|内容)"
    r"(?:为|是|包括|有)?[ \t]*:"
)
# `测试工作流程 (供参考)`, `岗位任职要求`: a heading line ending in a word that ends the
# duties, with a few words of its own before it; in brackets too, with a longer note
# (`【抄表操作流程】(供参考,不作为岗位职责)`), and a service's set phrases
# (`【热线服务用语(节选)】`).
_PREFIXED_STOP = re.compile(
    r"^[ \t]*【?[\u4e00-\u9fff]{1,6}(?P<label>工作流程|流程|任职资格|任职要求|任职条件|用语|话术)"
    r"(?:\([^()\n]{1,20}\))?】?[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
# `附件3-1　开航前驾驶台检查项目`: a numbered appendix's title, after the sheets.
_APPENDIX_LINE = re.compile(
    r"^[ \t]*附(?:件|表|录)[ \t]*[\d一二三四五六七八九十]{1,3}(?:[-—.]\d{1,2})?[ \t]+[^\n]{2,30}$",
    re.MULTILINE,
)
# `…下设总机房。其主要职责是:` ending a unit's paragraph: the list under it is its duties.
_ITS_DUTIES = re.compile(
    r"(?<=[。\s])其(?:主要)?(?:职责|职能)(?:是|为|包括|如下)+[ \t]*:[ \t]*$", re.MULTILINE
)
_SEPARATOR = re.compile(r"[\t|]")
_LIST_KINDS = frozenset({"duties", "kpi", "authority"})


def table_body(
    text: str, pos: int, end: int, sep: str, ncols: int = 0, numbered: bool = False
) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """The rows of a table from `pos` on, each (start, end, cell spans): over blank lines
    (HTML) and the `|---|` rule (Markdown), up to a line that is no row or that opens with
    a field label (the head row of another table). A row that sums the rows (`合计`) ends
    the table too; it is yielded with no cells, as part of the table's span.
    With `sep` a blank, cells are cut at runs of blanks into at most `ncols`, and an
    indented line of one cell is the last cell of the row above, wrapped (a printout whose
    columns are aligned with blanks); in a `numbered` table, so is a line of one cell that
    opens with no row number."""
    held: tuple[int, int, list[tuple[int, int]]] | None = None  # the row not yet yielded
    while pos < end:
        row_b = text.find("\n", pos, end)
        row_b = end if row_b < 0 else row_b
        # A cell in quotes (pasted from Excel) runs over its line breaks to its closing quote.
        while text.count('"', pos, row_b) % 2 and row_b < end:
            nxt = text.find("\n", row_b + 1, end)
            row_b = end if nxt < 0 else nxt
        line = text[pos:row_b]
        if not line.strip() or (_RULE_LINE.fullmatch(line) and "-" in line):
            pos = row_b + 1
            continue
        if sep == " ":
            cells = _spaced_cells(text, pos, row_b, ncols)
            wrapped = line[:2].isspace() or (numbered and not _ROW_NUMBER.match(line))
            if (
                wrapped
                and not line[:1].isspace()
                and _LABEL_COLON.search(text, pos, min(row_b, pos + _LABEL_REACH))
            ):
                break  # `部门考核指标:A、B` under the last row: a field of its own, no wrap
            if len(cells) == 1 and held and held[2] and wrapped:
                start, _, above = held
                held = (start, row_b, [*above[:-1], (above[-1][0], cells[0][1])])
                pos = row_b + 1
                continue
        else:
            cells = (
                [_unquoted(text, a, b) for a, b in _cells(text, pos, row_b, sep)]
                if sep in line
                else []
            )
            if not cells and held and _goes_on_in_cell(text, held[2][-1], line):
                # `办公室<TAB>1.负责…` / `2.负责…`: a Word cell of several paragraphs
                start, _, above = held
                held = (start, row_b, [*above[:-1], (above[-1][0], row_b)])
                pos = row_b + 1
                continue
            if not cells and _group_row(text, line, row_b, end, sep):
                pos = row_b + 1  # `客户成功部` across the table over its posts' rows
                continue
            if not cells and held and _first_cell_only(text, held[2][0], line):
                yield held  # `3.负责…` under `2.…<TAB>标准`: a row whose other cells are empty
                held = (pos, row_b, [(pos, row_b)])
                pos = row_b + 1
                continue
        if len(cells) < 2:
            break
        first = text[cells[0][0] : cells[0][1]]
        if first in _TOTAL_ROW:
            if held:
                yield held
            yield pos, row_b, []  # the table's last row, holding no record
            if not _post_row_next(text, row_b, end, sep):
                return
            held = None  # `合计 100%` after each post's rows: the next post's rows go on
            pos = row_b + 1
            continue
        if first in FIELD_KINDS or first in _NAME_COLUMNS:
            break
        if all(a == b for a, b in cells[1:]):
            break  # a caption over the next table (`二、岗位考核表<TAB><TAB>`), not a row
        if held:
            yield held
        held = (pos, row_b, cells)
        pos = row_b + 1
    if held:
        yield held


_TOTAL_ROW = frozenset({"合计", "总计", "小计", "总分"})
_LABEL_COLON = re.compile(rf"(?:{FIELD_LABEL_ALT})[ \t]*:")
_LABEL_REACH = 12  # characters into a line: `部门考核指标:` has a word before its label
# A post's cell that names the unit itself (`部门整体`, `部门职能`): the row is the unit's.
_WHOLE_UNIT = frozenset({"部门整体", "部门职能", "部门职责", "本部门", "部门"})


def _group_row(text: str, line: str, row_b: int, end: int, sep: str) -> bool:
    """A unit's name alone on the line (a cell across the table, as HTML's `colspan` comes
    out), with a row of cells after it."""
    name = tidy_name(line)
    if kind_of(name) != "dept" or not is_plausible(name):
        return False
    nxt = text.find("\n", row_b + 1, end)
    while nxt >= 0 and not text[row_b + 1 : nxt].strip():  # blank lines between
        row_b, nxt = nxt, text.find("\n", nxt + 1, end)
    following = text[row_b + 1 : end if nxt < 0 else nxt]
    return sep in following


_ITEM_OPENING = re.compile(
    r"[ \t]*(?:\(?\d{1,2}[)、.．]|\([一二三四五六七八九十]{1,3}\)|[\u2460-\u2473]|[-•●◆])"
)


def _first_cell_only(text: str, first: tuple[int, int], line: str) -> bool:
    """A line of no cells numbered as the first cells of the rows above are: a row of its
    own, its other cells empty (a table whose duties and standards came out a cell a line)."""
    words = text[first[0] : first[1]]
    return (
        bool(_ROW_ITEM.match(words))
        and bool(_ROW_ITEM.match(line))
        and _numbered_by(words) == _numbered_by(line)
    )


_ROW_ITEM = re.compile(r"\d{1,2}[.、．)]")


def _goes_on_in_cell(text: str, cell: tuple[int, int], line: str) -> bool:
    """A line of no cells is the next item of a list the row's last cell holds (or leads
    into with a colon)."""
    words = text[cell[0] : cell[1]].rstrip()
    if _ITEM_OPENING.match(words) and _numbered_by(words) != _numbered_by(line):
        return False  # `1.…;2.…` then `(一)医务部`: a heading numbered another way
    return bool(_ITEM_OPENING.match(line)) and bool(
        _ITEM_OPENING.match(words) or words.endswith(":") or "\n" in words
    )


_CJK_NUMBERED = re.compile(r"\s*[(（]?[一二三四五六七八九十]")


def _numbered_by(s: str) -> str:
    """How an item opening s is numbered: with hanzi numerals or otherwise."""
    return "hanzi" if _CJK_NUMBERED.match(s) else "other"


def _post_row_next(text: str, pos: int, end: int, sep: str) -> bool:
    """The line after pos opens with a post's name in its own cell."""
    a = pos + 1
    b = text.find("\n", a, end)
    b = end if b < 0 else b
    cut = text.find("  " if sep == " " else sep, a, b)
    first = text[a : b if cut < 0 else cut].strip()
    return cut > 0 and kind_of(tidy_name(first)) == "role" and is_plausible(tidy_name(first))


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    """A cell's span without the quotes Excel puts around a cell with line breaks."""
    if b - a >= 2 and text[a] == '"' and text[b - 1] == '"':
        return a + 1, b - 1
    return a, b


# `序号 指标名称 权重 考核标准`: a head row whose cells are cut by blanks only. Only a table
# that opens with its row number is read so: elsewhere blanks also fall inside cells.
_SPACED_HEAD = re.compile(
    r"^[ \t]*(?:序号|编号|指标名称|考核指标|KPI名称|考核项目)[ \u3000]+(?=\S)", re.MULTILINE
)
_ROW_NUMBER = re.compile(r"\d{1,3}[.、]?")


def _column_tables(text: str, start: int, end: int) -> list[tuple[int, int, list[Field]]]:
    """Tables inside a block whose head row names its columns with field labels
    (`序号<TAB>职责描述<TAB>考核标准`): each cell becomes a field of its column's kind.
    Spans of the tables (head row to last row) with their fields."""
    out: list[tuple[int, int, list[Field]]] = []
    heads = [(m.start(), m.group(0)) for m in _SEPARATOR.finditer(text, start, end)]
    heads += [(m.end(), " ") for m in _SPACED_HEAD.finditer(text, start, end)]
    pos = start
    # a line cut by `|` or tabs is read so before it is tried as one cut by blanks
    for at, sep in sorted(heads, key=lambda h: (h[0], h[1] == " ")):
        if at < pos:
            continue
        line_a = line_start(text, at, start)
        line_b = min(end, line_end(text, at))
        pos = line_b + 1
        spans = (
            _spaced_cells(text, line_a, line_b) if sep == " " else _cells(text, line_a, line_b, sep)
        )
        labels = [text[a:b] for a, b in spans]
        kinds = [FIELD_KINDS.get(lab, "") for lab in labels]
        if len(labels) < 2 or not all(kinds):
            continue
        if not _LIST_KINDS.intersection(kinds):  # `序号 机构名称 核定编制`: no duties in it
            kinds = ["summary"] * len(kinds)
        if KPI_NAME_COLUMNS.intersection(labels):  # `考核标准` beside `指标名称` describes it
            kinds = [
                "summary" if k == "kpi" and lab not in KPI_NAME_COLUMNS else k
                for lab, k in zip(labels, kinds, strict=True)
            ]
        numbered = labels[0] in ("序号", "编号")
        cells: list[Field] = []
        row_end = line_b + 1
        for _, row_b, row in table_body(text, line_b + 1, end, sep, len(labels), numbered):
            row_end = row_b
            if not row:
                continue
            # A numbered table's short row without its number is a wrapped cell of the row
            # above (a row that only leaves its first cells empty is one more row).
            short = len(row) < len(labels)
            if numbered and short and not _ROW_NUMBER.fullmatch(text[row[0][0] : row[0][1]]):
                continue
            cells += [
                Field(k, lab, a, b, cell=True)
                for lab, k, (a, b) in zip(labels, kinds, row, strict=False)
            ]
        if cells:
            out.append((line_a, row_end, _area_column(text, cells)))
            pos = row_end
    return out


def _area_column(text: str, cells: list[Field]) -> list[Field]:
    """`序号 职能 具体职责`: of two columns of duties, one whose every cell is a few words
    (`设备管理`, `维护保养`) names the work area of the duties beside it."""
    columns: dict[str, list[Field]] = {}
    for f in cells:
        if f.kind == "duties":
            columns.setdefault(f.label, []).append(f)
    if len(columns) < 2:
        return cells
    areas = {
        label
        for label, col in columns.items()
        if all(
            f.end - f.start <= _AREA_CELL_MAX and not _PUNCT.search(text, f.start, f.end)
            for f in col
        )
    }
    if not areas or len(areas) == len(columns):
        return cells
    return [replace(f, kind="summary") if f.label in areas else f for f in cells]


_AREA_CELL_MAX = 8  # characters
_PUNCT = re.compile(r"[,;。:、]")


def is_table_mode(text: str, start: int, end: int) -> bool:
    return bool(TABLE_MODE_SIGNS.search(text, start, end))


@dataclass
class Block:
    header: Header
    start: int
    end: int
    department: str | None = None
    fields: list[Field] = field(default_factory=list)


# The head row of a table pasted as text, cells cut by tabs or `|`: a name column first.
# `职称`: a Taiwanese table's post column.
_NAME_COLUMNS = ("岗位名称", "职位名称", "职务名称", "部门名称", "岗位", "职位", "职称", "部门",
                 "权责单位", "责任单位", "责任部门", "科室名称", "机构名称", "科室")  # fmt: skip
# `权责单位<TAB>绩效指标<TAB>目标值`: a table whose rows are units, by another word.
_UNIT_NAME_COLUMNS = frozenset(
    {"部门名称", "部门", "权责单位", "责任单位", "责任部门", "科室名称", "机构名称", "科室"}
)
_POST_COLUMNS = frozenset({"岗位名称", "职位名称", "职务名称", "岗位", "职位", "职称"})
_TABLE_HEAD = re.compile(rf"(?P<label>{'|'.join(_NAME_COLUMNS)})[ ]*(?P<sep>\t|\|)")
# A staffing table cut by blanks (`岗位 定编 在岗 缺编`): the label opens the line.
_SPACED_TABLE_HEAD = re.compile(
    # `序号 部门 岗位名称 …`, `岗位类别 岗位名称 …`
    r"^[ \t]*(?:(?:序号|编号|岗位编码|职位编码|编码)[ \u3000]+){0,2}"
    r"(?:(?:所属部门|部门|岗位类别)[ \u3000]+)?"
    r"(?P<label>岗位名称|职位名称|职务名称|岗位|职位|职称)(?P<sep>[ \u3000]+)(?=\S)",
    re.MULTILINE,
)
_RULE_LINE = re.compile(r"[\s|:\-]+")


# `执行长 (CEO)`: a gloss in brackets, one blank after the word, stays in its cell.
_NON_BLANK = re.compile(r"\S+(?: \([A-Za-z][^()\n]{0,30}\))?")


def _spaced_cells(text: str, a: int, b: int, ncols: int = 0) -> list[tuple[int, int]]:
    """Spans of the cells of the row text[a:b] cut at runs of blanks; with `ncols`, the last
    cell runs to the end of the row (a description may hold blanks)."""
    out = [m.span() for m in _NON_BLANK.finditer(text, a, b)]
    if ncols and len(out) > ncols:
        out[ncols - 1 :] = [(out[ncols - 1][0], out[-1][1])]
    return out


def _cells(text: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """Spans of the cells of the row text[a:b], blanks and outer separators left out."""
    out: list[tuple[int, int]] = []
    pos = a
    while pos <= b:
        nxt = text.find(sep, pos, b)
        stop = b if nxt < 0 else nxt
        ca, cb = pos, stop
        while ca < cb and text[ca] in " \t":
            ca += 1
        while cb > ca and text[cb - 1] in " \t\r":
            cb -= 1
        out.append((ca, cb))
        pos = stop + 1
    if sep == "|":  # `| a | b |`: the cells outside the first and last bar are empty
        if out and out[0][0] == out[0][1]:
            out = out[1:]
        if out and out[-1][0] == out[-1][1]:
            out = out[:-1]
    return out


# Columns a system keeps for its own books (`序号`, `岗位编码`, `状态`, `操作`): read past.
_BOOKKEEPING_COLUMNS = frozenset(
    {"序号", "编号", "No.", "NO.", "岗位编码", "部门编码", "职位编码", "岗位代码", "编码",
     "岗位编号", "部门编号", "职位编号", "负责人", "任职人", "现任", "Owner",
     "状态", "操作", "选择", "ID", "姓名", "分机", "电话", "代理人", "职务代理人", "E-mail",
     "职位序列", "岗位序列", "职级范围", "职级", "职等",
     "在岗", "在编", "现有人数", "实有人数", "在岗人数"}  # `2024年末在岗`: staff now, no post's
)  # fmt: skip
# Columns before the post's that a table may merge: written on their first row only.
_UNIT_COLUMNS = frozenset(
    {"部门", "所属部门", "岗位类别", "招聘单位", "用人单位", "机构", "所属机构", "单位"}
)
_UNIT_NOTE = re.compile(r"\((?:人|名|个|%|万元|元|天)\)$")
_YEAR_NOTE = re.compile(r"^\d{2,4}年(?:度|末|底|初)?")
_GLOSS_NOTE = re.compile(r"\([A-Za-z ]{1,16}\)$")


# `KPI 1`, `指标2`, `考核指标三`: one of several columns of measures, each named so.
_COLUMN_NUMBER = re.compile(r"[ ]?(?:\d{1,2}|[一二三四五六七八九十])$")


def _numbered_column(label: str) -> str:
    """A numbered column of measures read by its label without the number."""
    bare = _COLUMN_NUMBER.sub("", label)
    return bare if bare != label and FIELD_KINDS.get(bare) == "kpi" else label


def table_rows(
    text: str, start: int, end: int
) -> tuple[list[tuple[Header, list[Field], int]], list[tuple[int, int]]]:
    """Rows of a text table whose head row names its columns with field labels
    (`岗位名称<TAB>直接上级<TAB>岗位职责`): each row is a block with one field per column.
    Also the spans of the tables, head rows included."""
    out: list[tuple[Header, list[Field], int]] = []
    spans: list[tuple[int, int]] = []
    heads = [
        *_TABLE_HEAD.finditer(text, start, end),
        *_SPACED_TABLE_HEAD.finditer(text, start, end),
    ]
    for m in sorted(heads, key=lambda m: m.start()):
        line_a = text.rfind("\n", start, m.start()) + 1
        line_b = text.find("\n", m.start(), end)
        line_b = end if line_b < 0 else line_b
        before = text[line_a : m.start("label")].strip(" |\t")
        if (spans and line_a < spans[-1][1]) or not all(
            c in _BOOKKEEPING_COLUMNS or c in _UNIT_COLUMNS for c in before.split()
        ):
            continue  # columns of row numbers or codes, or the post's unit, may come first
        sep = m.group("sep") if m.group("sep") in ("\t", "|") else " "
        head = (
            _spaced_cells(text, line_a, line_b) if sep == " " else _cells(text, line_a, line_b, sep)
        )
        # `编制(人)`: 编制; `113年目标值`: 目标值; `考核指标(KPI)`: 考核指标
        labels = [
            _numbered_column(_YEAR_NOTE.sub("", _GLOSS_NOTE.sub("", _UNIT_NOTE.sub("", text[a:b]))))
            for a, b in head
        ]
        # A head cell may be empty (a column Excel left without a name): it is not read.
        if len(labels) < 2 or not all(
            lab in FIELD_KINDS or lab in _BOOKKEEPING_COLUMNS or lab in _POST_COLUMNS or not lab
            for lab in labels[1:]
        ):  # `部门<TAB>岗位<TAB>…`: the post's column after the unit's
            continue
        kind = "dept" if m.group("label") in _UNIT_NAME_COLUMNS else "role"
        # `部门<TAB>岗位名称<TAB>…`: the rows are the posts, the first column their department.
        at = next((i for i, lab in enumerate(labels) if lab in _POST_COLUMNS), 0)
        if at:
            kind = "role"
        else:  # the name's column, after those of numbers or codes
            at = next((i for i, lab in enumerate(labels) if lab == m.group("label")), 0)
        # The unit a row's unit belongs to (`科室|所属部门|主要职能`) is its parent.
        kinds = [
            "department" if kind == "role" and FIELD_KINDS.get(lab) == "dept_name" else
            "parent" if kind == "dept" and FIELD_KINDS.get(lab) == "department" else
            FIELD_KINDS.get(lab, "summary" if lab in _BOOKKEEPING_COLUMNS else "")
            for lab in labels
        ]  # fmt: skip
        if KPI_NAME_COLUMNS.intersection(labels):  # `考核标准` beside `KPI名称` describes it
            kinds = [
                "summary" if k == "kpi" and lab not in KPI_NAME_COLUMNS else k
                for lab, k in zip(labels, kinds, strict=True)
            ]
        unit = next((i for i in range(at) if labels[i] in _UNIT_COLUMNS), None)
        unit_above: tuple[int, int] | None = None  # the unit cell of the row above
        # A head with cells three blanks apart or more: a printout aligned in columns.
        aligned = sep == " " and any(c - b >= 3 for (_, b), (c, _) in itertools.pairwise(head))
        pos = line_b + 1
        for row_a, row_b, cells in table_body(text, line_b + 1, end, sep, len(labels)):
            if not cells:
                pos = row_b + 1
                continue
            if sep == " " and len(cells) < len(labels) and aligned:
                # A printout aligned by blanks with cells left empty (merged): each cell
                # goes under the head cell it stands below.
                cells = _aligned_cells(text, cells, [_width(text, line_a, a) for a, _ in head])
            if len(cells) <= at:
                break
            if (
                sep == " "
                and unit is not None
                and kind_of(tidy_name(text[slice(*cells[unit])])) == "role"
            ):
                # `2  店铺运营专员  运营经理 …` under `序号 部门 岗位名称 …`: the department's
                # merged cell, copied once, is left out of the rows below its first.
                cells = _spaced_cells(text, row_a, row_b, len(labels) - 1)
                cells.insert(unit, unit_above or (cells[unit][0], cells[unit][0]))
            if unit is not None:
                unit_above = cells[unit]
            if (
                out
                and out[-1][2] == pos - 1
                and _merged_name_left_out(text, cells, len(labels), kind, at)
            ):
                cells = [*cells[:at], (cells[at][0], cells[at][0]), *cells[at:]]
            na, nb = cells[at]
            if text[na:nb].endswith(":"):  # `部门职能: …` inside the table: a label, no row
                pos = row_b + 1
                continue
            fields = [
                Field(k, lab, a, b)
                for i, (lab, k, (a, b)) in enumerate(zip(labels, kinds, cells, strict=False))
                if lab and i != at
            ]
            # `值班电工 ; (6人) ; 直接上级:设备动力科科长`: a name cell of several lines
            na, nb, notes = _name_cell(text, na, nb)
            fields += notes
            name = tidy_name(text[na:nb])
            count = _COUNT_AFTER_NAME.search(name)  # `| 产品经理(2人) | 产品负责人 |`
            if count:
                name = name[: count.start()].rstrip()
            row_kind = kind
            if kind == "role" and kind_of(name) == "dept":
                row_kind = "dept"  # `仓储物流部(部门)` in the posts' column: the unit's own row
            if name in _WHOLE_UNIT and unit_above is not None:
                # `客服部<TAB>部门整体<TAB>投诉办结率…`: the unit's own row, not a post's
                name, row_kind = tidy_name(text[slice(*unit_above)]), "dept"
                fields = [f for f in fields if f.kind not in ("department", "superior")]
            if is_plausible(name, strict=False) and name not in _TOTAL_ROW:
                hc = headcount_of(count.group()) if count else None
                out.append((Header(na, row_b, [name], row_kind, "label", hc), fields, row_b))
            elif na == nb and out and out[-1][2] == pos - 1:
                # A row with its name cell empty goes on with the record of the row above
                # (`<TAB><TAB>2<TAB>受理报修`, as merged cells come out).
                header, above, _ = out[-1]
                header.end = row_b
                out[-1] = (header, above + fields, row_b)
            elif sep == " " and out and out[-1][2] == pos - 1 and not kind_of(name):
                # `分点扣3分  营运部每周比价表`: the rest of the row above, wrapped; the rows
                # after it still go on with that record
                out[-1] = (out[-1][0], out[-1][1], row_b)
            pos = row_b + 1
        spans.append((line_a, pos))
    return out, spans


_COUNT_AFTER_NAME = re.compile(rf"(?:{HEADCOUNT})$")


def _aligned_cells(
    text: str, cells: list[tuple[int, int]], head_at: list[int]
) -> list[tuple[int, int]]:
    """The cells of a row put under the head cells they start below, by display column
    (`head_at`; a hanzi is two columns wide, as the printout aligned them); a column with
    no cell gets an empty one. A row not so aligned keeps its cells."""
    out: list[tuple[int, int] | None] = [None] * len(head_at)
    for a, b in cells:
        col = _width(text, line_start(text, a), a)
        j = next((k for k, h in enumerate(head_at) if abs(h - col) <= 1), None)
        if j is None or out[j] is not None:
            return cells  # not aligned under the head: the cells as they were cut
        out[j] = (a, b)
    spans: list[tuple[int, int]] = []
    for cell in out:
        at = spans[-1][1] if spans else (cells[0][0] if cells else 0)
        spans.append(cell or (at, at))
    return spans


def _width(text: str, a: int, b: int) -> int:
    """Display columns of text[a:b]: a hanzi or a full-width mark takes two."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text[a:b])


_CELL_LINES = " ; "  # how a cell's line breaks come out of HTML
_HEADCOUNT_END = re.compile(rf"(?:{HEADCOUNT})$")


def _name_cell(text: str, a: int, b: int) -> tuple[int, int, list[Field]]:
    """The name in a cell of several lines, and a field for each line after it that is
    labelled (`直接上级:X`) or a count (`(6人,四班三运转)`)."""
    cut = text.find(_CELL_LINES, a, b)
    if cut < 0:
        return a, b, []
    fields: list[Field] = []
    count = _HEADCOUNT_END.search(text, a, cut)
    if count and count.start() > a:  # `锅炉工(3人) ; 直接上级:…`
        fields.append(Field("headcount", "人数", count.start(), cut))
        cut = count.start()
    pos = text.find(_CELL_LINES, cut) + len(_CELL_LINES)
    while pos < b:
        nxt = text.find(_CELL_LINES, pos, b)
        stop = b if nxt < 0 else nxt
        label = FIELD_LABEL.match(text, pos, stop)
        if label and label.group("colon"):
            kind = FIELD_KINDS[label.group("label")]
            fields.append(Field(kind, label.group("label"), label.end(), stop))
        elif _HEADCOUNT_AT.match(text, pos, stop):
            fields.append(Field("headcount", "人数", pos, stop))
        pos = stop + len(_CELL_LINES)
    return a, cut, fields


def _merged_name_left_out(
    text: str, cells: list[tuple[int, int]], ncols: int, kind: str, at: int = 0
) -> bool:
    """A row one cell short with no name in the name's column (`单车平均毛利<TAB>20%` under
    `销售经理<TAB>销量完成率<TAB>30%`): a Word table's merged name cell, copied once, left
    out of the rows below it. (`2 餐饮部 餐饮部副经理 1` under `序号 部门 岗位名称 编制 备注`
    has its name: its last cell is the one left empty.)"""
    if len(cells) != ncols - 1:
        return False
    a, b = cells[min(at, len(cells) - 1)]
    return kind_of(tidy_name(text[a:b])) != kind


# `部门 岗位 人数 直接上级 销售部 销售经理 1 总经理 销售部 …`: a table flattened into a
# run of words, its head row's labels first.
_FLAT_HEAD = re.compile(
    r"(?:部门|岗位|岗位名称|职位)[ \u3000]+(?:岗位|岗位名称|职位|人数|编制|直接上级)[ \u3000]+"
)
_WORD = re.compile(r"\S+")
_FLAT_STOP = frozenset({"合计", "总计", "小计"})
_HEAD_WORDS = frozenset(FIELD_KINDS) | frozenset(_NAME_COLUMNS)


def flat_table_rows(
    text: str, start: int, end: int
) -> tuple[list[tuple[Header, list[Field], int]], list[tuple[int, int]]]:
    """Rows of a table flattened into a run of words (its line breaks lost or moved): the
    head row's labels, then words taken as many at a time, each group one row, while each
    group names a post where the head has its post column. Up to a blank line or `合计`."""
    out: list[tuple[Header, list[Field], int]] = []
    spans: list[tuple[int, int]] = []
    for m in _FLAT_HEAD.finditer(text, start, end):
        if spans and m.start() < spans[-1][1]:
            continue
        stop = BLANK_LINE.search(text, m.start(), end)
        words = [w.span() for w in _WORD.finditer(text, m.start(), stop.start() if stop else end)]
        labels: list[str] = []
        while words and text[slice(*words[0])] in _HEAD_WORDS:
            labels.append(text[slice(*words.pop(0))])
        at = next((i for i, lab in enumerate(labels) if lab in _POST_COLUMNS), -1)
        if len(labels) < 3 or at < 0:
            continue
        rows: list[tuple[Header, list[Field], int]] = []
        while len(words) >= len(labels) and text[slice(*words[0])] not in _FLAT_STOP:
            group, words = words[: len(labels)], words[len(labels) :]
            na, nb = group[at]
            name = tidy_name(text[na:nb])
            if kind_of(name) != "role" or not is_plausible(name):
                break
            fields = [
                Field(FIELD_KINDS.get(lab, "department"), lab, a, b)
                for i, (lab, (a, b)) in enumerate(zip(labels, group, strict=True))
                if i != at
            ]
            rows.append((Header(na, nb, [name], "role", "label"), fields, group[-1][1]))
        if len(rows) >= 2:  # one group could be chance; a run of them is a table
            out += rows
            spans.append((m.start(), rows[-1][2]))
    return out, spans


def find_blocks(
    text: str,
    start: int,
    end: int,
    headings: Sequence[tuple[int, int]] = (),
    levels: Sequence[tuple[int, int]] = (),
) -> tuple[list[Block], bool]:
    """The blocks of one unit: each header's text up to the next header or section break.
    `headings` are the spans of the text's Markdown headings, `levels` (start, level) of
    each in order: a block headed by one ends at the next heading of its level or above."""
    table_mode = is_table_mode(text, start, end)
    no_desc = process_regions(text, start, end)
    tabled = (
        "\t" in text[start:end]
        or "|" in text[start:end]
        or _SPACED_TABLE_HEAD.search(text, start, end) is not None
    )
    rows, tables = table_rows(text, start, end) if tabled else ([], [])
    if _FLAT_HEAD.search(text, start, end):
        flat, spans = flat_table_rows(text, start, end)
        rows, tables = rows + flat, tables + spans
    if rows:
        in_row = _covered_by(tables)
        headers = [
            h
            for h in find_headers(text, start, end, table_mode, no_desc, headings)
            if not in_row(h.start)
        ]
        headers = sorted(headers + [h for h, _, _ in rows], key=lambda h: h.start)
    else:
        headers = find_headers(text, start, end, table_mode, no_desc, headings)
    row_fields = {id(h): f for h, f, _ in rows}
    breaks = [m.start() for m in SECTION_BREAK.finditer(text, start, end)]
    blocks: list[Block] = []
    for i, h in enumerate(headers):
        if id(h) in row_fields:
            blocks.append(Block(h, h.start, h.end, fields=row_fields[id(h)]))
            continue
        stop = _article_start(text, headers[i + 1].start) if i + 1 < len(headers) else end
        # a table's head row closes the block before it
        stop = min([stop, *(a for a, _ in tables if h.end <= a < stop)])
        j = bisect.bisect_right(breaks, h.end)
        sheet = h.rule == "label"  # `岗位名称:X`: a sheet, whose numbered sections are fields
        while j < len(breaks) and breaks[j] < stop:
            if not (
                _is_label_at(text, breaks[j], sheet)
                or _goes_on_count(text, h.end, breaks[j])
                or _decimal_goes_on(text, h.end, breaks[j])
                or _in_own_section(text, h.start, breaks[j])
                or _under_duties_label(text, breaks[j])
                or (h.kind == "dept" and work_area_at(text, breaks[j]))
                or _articles_of(text, h.end, breaks[j])
            ):
                stop = breaks[j]
                break
            j += 1
        if own := _level_at(levels, h.start):
            k = bisect.bisect_left(levels, (h.end, 0))
            while k < len(levels) and levels[k][0] < stop:
                if levels[k][1] <= own:
                    stop = levels[k][0]
                    break
                k += 1
        if h.rule == "description":
            stop = _description_end(text, h.end, stop, h.names[0])
        elif h.rule == "numbered" and (
            text[h.end - 1 : h.end] == "。" or _INLINE_LIST.match(text, h.end)
        ):
            # `(三)财务科。负责…;…。`, `6)库管:A;B;C(考核:…)`: a paragraph, up to a blank line
            # (not one that cuts the list after a `;`, as a page break may)
            gap = BLANK_LINE.search(text, h.end, stop)
            if gap and not text[h.end : gap.start()].rstrip().endswith(";"):
                stop = gap.start()
        elif h.rule == "bare":
            stop = _one_line_end(text, h.start, h.end, stop)
            # `党群服务中心:负责…;负责…。综合行政执法队隶属于…` run together on one line
            stop = _other_subject_at(text, h.end, stop, h.names[0])
        blocks.append(Block(h, h.start, stop))
    return blocks, table_mode


def _level_at(levels: Sequence[tuple[int, int]], pos: int) -> int:
    """The level of the Markdown heading whose words start at pos; 0 if none does."""
    k = bisect.bisect_left(levels, (pos, 0))
    return levels[k][1] if k < len(levels) and levels[k][0] == pos else 0


_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_ARTICLE_HEAD = re.compile(r"[ \t\u3000]*第[一二三四五六七八九十百零\d]{1,7}条[ \t\u3000]*")


def _article_start(text: str, pos: int) -> int:
    """Where the line of the header at pos starts, if only an article's number
    (`第一百一十五条 董事长行使下列职权:`) stands before the header on it; else pos."""
    line_a = line_start(text, pos)
    return line_a if _ARTICLE_HEAD.fullmatch(text, line_a, pos) else pos


_INLINE_LIST = re.compile(r"[ \t]*[^\s;][^\n;]*;[^\n;]+;")  # two `;` on the heading's line
_FIRST_ARTICLE = re.compile(r"[\s:]*第一条")


_SUMMARY_REACH = 3  # lines above a post's summary that may hold its heading
_POST_LABEL = re.compile(r"^(?:岗位名称|职位名称|岗位|职位)[ \t]*:[ \t]*")
# The marks around a title alone on its line (`【资料员】` made `资料员:`, `——资料员——`).
_TITLE_MARKS_AROUND = re.compile(
    f"^[【{TITLE_MARKS}{TITLE_DASHES} \t]+|[】{TITLE_MARKS}{TITLE_DASHES}: \t]+$"
)


def _summary_under_heading(text: str, start: int, pos: int, stop: int, end: int, name: str) -> bool:
    """The sentence at pos, about `name`, is its line and stands over a list, and one of the
    few lines above is the post's name alone: a summary of the post in its own block.
    (`stop` is where the description's subject and verb end.)"""
    line_a = line_start(text, pos, start)
    if text[line_a:pos].strip():
        return False
    nl = text.find("\n", stop, end)
    if nl < 0 or text.count("。", stop, nl) > 1 or not _LIST_LINE.match(text, nl + 1):
        return False  # one sentence, the line's last, over a list
    above = line_a - 1
    for _ in range(_SUMMARY_REACH):
        if above <= start:
            return False
        a = line_start(text, above, start)
        if _TITLE_MARKS_AROUND.sub("", _POST_LABEL.sub("", text[a:above].strip())) == name:
            return True  # `后厨主管` or `岗位:后厨主管` alone on its line
        above = a - 1
    return False


_BULLET_AT = re.compile(r"[ \t]*-[ \t]")


def _items_set_in(text: str, pos: int, end: int, indent: int) -> bool:
    """The line after pos (a line's end) is a bullet item set in further than `indent`."""
    nxt = pos + 1
    m = _BULLET_AT.match(text, nxt, end)
    return m is not None and len(m.group()) - len(m.group().lstrip(" \t")) > indent


def _under_own_heading(text: str, start: int, pos: int, name: str) -> bool:
    """The line above pos's line is a heading naming the post (`(二)施工员岗位责任制`)."""
    line_a = text.rfind("\n", start, pos)
    above = ""
    while line_a >= 0 and not above.strip():  # over blank lines
        prev = text.rfind("\n", start, line_a)
        above = text[prev + 1 : line_a]
        line_a = prev
    return name in above and len(above.strip()) <= len(name) + _HEADING_WORDS_MAX


def _articles_of(text: str, body: int, pos: int) -> bool:
    """`项目经理岗位责任制` then `第一条 …` `第二条 …`: the articles are the post's items, and
    the next article at pos does not end its block."""
    return _FIRST_ARTICLE.match(text, body) is not None and _ARTICLE.match(text, pos) is not None


# A line that goes on a post's list: numbered, bulleted or indented.
_LIST_LINE = re.compile(
    r"[ \t\u3000]+\S|[(（]?[\d一二三四五六七八九十]{1,2}[、.．)）]|[\u2460-\u2473●•·◆■☆▪\-–*]"
)


_MEASURES_END = re.compile(r"(?:率|件数|次数|额|余额|数)$")


_BULLET_AT = re.compile(r"([ \t]*)[-*•·●▪][ \t]")


_BLANK_LINES = re.compile(r"(?:[ \t\u3000]*\n)+[ \t\u3000]*")


def _one_line_end(text: str, head: int, start: int, stop: int) -> int:
    """`运维主管:负责服务器维护;负责数据备份。` on one line, then prose: the post's block is
    its line of duties. A line cut mid-sentence, or one a list goes on under, runs on."""
    nl = text.find("\n", start, stop)
    if nl < 0:
        return stop
    line = text[start:nl].rstrip()
    # `- 客户运营组:负责…` in a list of units: its item, unless items nest under it.
    bullet = _BULLET_AT.match(text, line_start(text, head))
    nested = bullet and text.startswith(" " * (len(bullet.group(1)) + 1), nl + 1)
    if bullet and has_content(line) and not nested:
        return nl + 1
    if nl - start < _ONE_LINE_MIN:
        return stop
    if "、" in line and _MEASURES_END.search(line) and not _LIST_LINE.match(text, nl + 1):
        return nl + 1  # `理财专员:理财手续费收入、客户KYC资料更新率`: a line of measures
    if line[-1:] not in "。;" or _LIST_LINE.match(text, nl + 1):
        return stop
    if FIELD_LABEL.match(text, nl + 1):
        return stop  # `KPI:①…` on the next line: the post's field
    after = _BLANK_LINES.match(text, nl + 1)
    label = FIELD_LABEL.match(text, after.end()) if after else None
    if label and label.group("colon"):
        return stop  # ... or a paragraph of its own after it (a page's `<p>考核指标:…</p>`)
    if ";" not in line and not _DOES.search(line):
        return stop  # `HRBP:虚线汇报给A、实线汇报给B。` then its duties: a note, not its duties
    return nl + 1


_OWN_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})*(?=[ \t\u3000])")


def _in_own_section(text: str, head: int, pos: int) -> bool:
    """`3.2.1 负责…` under `3.2 品牌主管`: a section inside the heading's own section is
    part of its block, not a break."""
    own = _OWN_SECTION.match(text, head)  # `3.2 品牌主管`, or a standard's `3　部门职责`
    sub = _SECTION_NUMBER.match(text, pos) if own else None
    return bool(own and sub and sub.group().startswith(own.group() + "."))


# `二、客户服务` over `1. …` or a `序号 工作领域 职责描述` table: in a department's block, a
# work area its duties are listed under, not the next section.
_WORK_AREA = re.compile(
    r"[一二三四五六七八九十]{1,2}、[ \t]*(?P<area>[\u4e00-\u9fff]{2,10})[ \t]*\n[ \t]*"
    r"(?:序号|\(?[1-9１-９][、.．)）]|[（(][1-9一二三四五六七八九十][）)]|[\u2460-\u2473●])"
)


def work_area_at(text: str, pos: int) -> bool:
    m = _WORK_AREA.match(text, pos)
    return m is not None and m.group("area") not in FIELD_KINDS  # `二、岗位职责`: a section


_CLAUSE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+[ \t]*")


def _under_duties_label(text: str, pos: int) -> bool:
    """`部门主要职能` on the line above `一、综合管理`: the duties are listed by work area,
    each numbered as a section would be."""
    above = text.rfind("\n", 0, pos)
    if above < 0 or text[above:pos].strip():
        return False
    line = text[line_start(text, above) : above].strip().rstrip(":")
    if FIELD_KINDS.get(line) == "duties":
        return True
    # `3.2　职责` over `3.2.1　…`: a standard's numbered clause of the block's own list
    clause = _CLAUSE_NUMBER.match(line)
    return clause is not None and FIELD_KINDS.get(line[clause.end() :]) in _LIST_KINDS


_ONE_LINE_MIN = 12  # characters of a post's duties on its heading's line
_DOES = re.compile(r"负责(?!人)")
_MORE_OF_SAME = re.compile(r"\n\s*(?=负责)")


def _description_end(text: str, start: int, stop: int, name: str) -> int:
    """A `X负责...` description runs to its paragraph end, and over paragraphs that go on
    with `负责...` (the same subject); a sentence about another unit or post ends it."""
    pos = start
    while True:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        other = _other_subject_at(text, pos, end, name)
        if other < end:
            return other  # `…调配。各分店隶属营运部,…`
        if nl < 0:
            return stop
        m = _MORE_OF_SAME.match(text, nl)
        if not m:
            return nl
        pos = m.end()


def _other_subject_at(text: str, start: int, end: int, name: str) -> int:
    """Where in text[start:end] a sentence about another unit or post than `name` begins
    (after a `。`, or a clause of its own after a `,`: `仓储组负责收货,仓库主管带4个打包员`),
    or end."""
    for m in _CLAUSE_END.finditer(text, start, end):
        at = m.start()
        subject = _OTHER_SUBJECT if text[at] == "。" else _OTHER_CLAUSE_SUBJECT
        other = subject.match(text, at + 1, end)
        found = tidy_name(other.group("name")) if other else name
        # ... not `合伙人对管理委员会负责`, a phrase that only ends like a unit
        if found != name and is_plausible(found) and not _PREPOSITION.search(found):
            return at + 1
    return end


_PREPOSITION = re.compile(r"[对向由给把被从]")
_OTHER_SUBJECT = re.compile(
    rf"[ \t]*(?:各|每[间个家])?(?P<name>{SUFFIXED_NAME})(?:隶属|负责|下设|设|是|由|在)"
)
_CLAUSE_END = re.compile(r"[。,]")
# After a comma, only a post or unit that leads, answers or belongs starts a clause of its own.
_OTHER_CLAUSE_SUBJECT = re.compile(rf"[ \t]*(?P<name>{SUFFIXED_NAME})(?:带|向|归|隶属|下设)")
_NUMBERED_FIELD = re.compile(rf"[一二三四五六七八九十]{{1,3}}[、.]\s*{FIELD_LABEL.pattern}")


_LINE_END = re.compile(r"[ \t]*\r?\n")
_CN_NUMERALS = "一二三四五六七八九十"


def _decimal_goes_on(text: str, start: int, pos: int) -> bool:
    """`3.2.2` after `3.2.1` opened a line between start and pos: the next clause of the
    same list, no new section."""
    m = _SECTION_NUMBER.match(text, pos)
    if m is None:
        return False
    parent, _, last = m.group().rpartition(".")
    if "." not in parent or not last.isdigit() or int(last) < 2:
        return False  # `4.3` after `4.2`: the next section; `3.2.2` after `3.2.1`: the next item
    before = re.compile(rf"\n[ \t]*{re.escape(parent)}\.{int(last) - 1}(?![\d.])")
    return before.search(text, start, pos) is not None


def _goes_on_count(text: str, start: int, pos: int) -> bool:
    """The numbered line at pos goes on with a list of the block (`二、…` then `三、医疗质量
    方面`): the item numbered one less opens a line (or a list after `:`) between start
    and pos."""
    n = _CN_NUMERALS.find(text[pos : pos + 1])
    if n < 1 or text[pos + 1 : pos + 2] != "、":
        return False
    before = f"{_CN_NUMERALS[n - 1]}、"
    at = text.rfind(before, start, pos)
    if at < 0:
        return False
    # It opens a line, or follows a colon or a sentence's end (a flattened page).
    j = at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in "\n:。;"


def _is_label_at(text: str, pos: int, sheet: bool = False) -> bool:
    """A numbered section heading that is itself a field label does not close the block:
    `1.2权力`, or a sheet of numbered fields (`二、所属部门:研发中心`, `四、岗位职责:`; in a
    sheet opened by `岗位名称:X`, also `三、岗位职责与工作任务`)."""
    m = re.match(r"\.?\d{1,2}(?:\.\d{1,2})+\s*", text[pos : pos + 12])
    if not m:
        field = _NUMBERED_FIELD.match(text, pos)
        if field is None:
            return False
        # `三、年度考核指标` alone on its line over a table: the block's measures
        label = field.group("label")
        over = _LINE_END.match(text, field.end("label"))
        alone = (
            FIELD_KINDS.get(label) == "kpi"
            and ("指标" in label or "KPI" in label)  # not `三、考核`, a section on reviews
            and over is not None
            and "\t" in text[over.end() : text.find("\n", over.end())]  # over a table
        )
        return sheet or field.group("colon") is not None or bool(alone)
    rest = text[pos + m.end() : pos + 20]
    # A whole label (`6.2 考核指标:`), not a word that opens with one (`6.4 考核结果应用`).
    return any(
        rest.startswith(label) and not _WORD_GOES_ON.match(rest, len(label))
        for label in FIELD_KINDS
    )


_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff](?<![与和及])")
