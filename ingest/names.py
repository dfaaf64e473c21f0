"""Recognising role and department names in running text.

A name is a short run of hanzi (or an acronym) ending in a role suffix (经理, 主管 ...) or a
department suffix (部, 中心 ...); see `ingest.vocab`. The patterns here are built from those
vocabularies so every rule uses the same idea of a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.scan import trie_alt
from ingest.vocab import (
    DEPT_SUFFIXES,
    ENGLISH_TITLES,
    FORM_NOTE,
    NAME_BLOCKERS,
    NOT_PERSONS,
    NOT_TITLE_ENDINGS,
    ROLE_ACRONYMS,
    ROLE_SUFFIXES,
    STANDALONE_ROLES,
    STANDALONE_UNITS,
    SURNAMES,
)

Kind = str  # "role" | "dept" | ""


def _alt(words: tuple[str, ...]) -> str:
    """One of the words, longest first, behind a look-ahead on their first characters: the
    regex engine then rejects a position with one test instead of trying every word (these
    alternations sit inside lazy loops, tried after each character of a would-be name). The
    words are written as a trie (`trie_alt`): one test per character, not per word."""
    first = "".join(sorted({w[0] for w in words}))
    return f"(?=[{re.escape(first)}])(?:{trie_alt(words)})"


ROLE_SUFFIX_ALT = _alt(ROLE_SUFFIXES)
DEPT_SUFFIX_ALT = _alt(DEPT_SUFFIXES)
SUFFIX_ALT = _alt(ROLE_SUFFIXES + DEPT_SUFFIXES)
NAME_CHAR = r"[\u4e00-\u9fffA-Za-z/]"
# A run ending in a suffix, with an optional leading note such as `(策划)`.
SUFFIXED_NAME = rf"(?:\([^()\s]{{1,6}}\))?{NAME_CHAR}{{0,14}}?(?:{SUFFIX_ALT})"
ACRONYM = r"[A-Z]{2,5}(?: [A-Z]{1,3})?"
ANY_NAME = rf"(?:{ACRONYM}|{SUFFIXED_NAME})"

# `本公司业务处`, `本会家庭及社区服务部`: the body's own unit (see `ingest.relations`).
_OUR_BODY = re.compile(r"本(?:公司|集团|会|店|单位|酒店|医院|学校|院|局|行|所|中心)")
_LEADING_PARTICLES = re.compile(
    r"^(?:下设|设有|设立|下辖|包括|包含|成立|其中|另外|以及|负责|协助|配合|服从|直接|的|在(?![线库建途])|由|向|与|和|及|"
    r"对(?!外)|为|是|将|从|含|即|给(?!排水|水)|并|或|经(?![销营济理费])|被|受(?![入理])|等|(?:先|再|来)?(?:说说|谈谈|聊聊|看看)?我们|我司|新增|新设|增设|撤销|撤并|改为|更名为|调整为|"
    r"每[日天周月年]|每季度|提交|报送|上报|目前|现有|[一两二三四五六七八九十\d]{1,2}个|若干|所在)+"
)  # ... but not the first character of a word that opens names: 经销商, 经营部, 对外联络部,
# 受入检查担当 (a Japanese-invested company's receiving inspection), 受理员, 在线客服专员, 经费,
# 在库管理组 (stock on hand), 在建项目部, 在途物资组
# Labels a flattened page runs into the name after them: `岗位职责渠道经理`.
_NAMED_TWICE = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})(?:组织结构|组织架构|岗位职责|部门职责|职责|职能)(?P=name)"
)
_LEADING_LABELS = re.compile(
    r"^(?:部门职责|部门职能|部门定位|部门概述|岗位职责|工作职责|主要职责|岗位说明|岗位概述|绩效考核|职位名称|"
    r"岗位名称|职能定位|职责|文件编号|文件名称|编号|班组职能|小组职能|(?:部门|岗位)?考核指标|部门设置|机构设置|隶属关系)"
    r"(?=.{2})"
)
_TRAILING_WORDS = (
    "的",
    "之",  # `房務部之主要職能`: 的 in a formal text
    "主要",
    "业务",
    "基本",
    "具体",
    "各项",
    "总",
    "部门",
    "岗位",
    "职位",
    "人员",
)
# `公司金融部`, a bank's corporate banking, is no company's 金融部.
_ORG_PREFIX = re.compile(
    r"^(?!公司(?:金融|业务|银行|客户))"
    r"(?:.*?(?:有限公司|有限责任公司|股份公司|集团公司|集团|公司)"
    # `某连锁超市商品采购部`: a body left unnamed by the page, named by its kind
    r"|某[\u4e00-\u9fff]{0,6}?(?:超市|商场|酒店|宾馆|医院|学校|银行|企业|工厂|厂|店))(?=.)"
)
_ALL_CAPS = re.compile(r"[A-Z]{2,6}")
# Longest first; a stable sort keeps role suffixes ahead of department ones of equal length.
_SUFFIXES_LONGEST = tuple(
    (s, "role" if s in ROLE_SUFFIXES else "dept")
    for s in sorted(ROLE_SUFFIXES + DEPT_SUFFIXES, key=len, reverse=True)
)
_SUFFIX_SET = frozenset(ROLE_SUFFIXES + DEPT_SUFFIXES)
_CAPS_GAP = re.compile(r"\b(?P<caps>[A-Z]{1,6}) (?=[A-Z]{1,6}\b)")  # `HR BP`, not `EHS Specialist`
_SPACES = re.compile(r"\s+(?![A-Za-z])|(?<![A-Za-z])\s+")  # `EHS Specialist` keeps its blank
# `供应链经理(Supply Chain Manager)`: an English gloss after a name is not part of it; a
# note of one word is (`前端开发工程师(React)`), unless that word is a title itself.
_LATIN_GLOSS = re.compile(r"\s*\((?=[A-Za-z])(?P<words>[A-Za-z0-9 .,&'/-]{2,40})\)\s*$")


def _drop_gloss(m: re.Match[str]) -> str:
    words = m.group("words").split()
    last = words[-1].lower().rstrip("s") if words else ""
    return "" if len(words) > 1 or last in ENGLISH_TITLES else m.group()


# `不是督导`, `有分歧找区域经理`: a clause said against or about a post, no name.
_LOOSE_BLOCKERS = re.compile(
    r"[、,;。:“”\"‘’]|各|所有|以下|如下|下列|的|^(?:不|并非|而非|没有|有)|" + FORM_NOTE
)
_BLANKED = re.compile(r"[Xx*＊]+")
# `第二部分` is no 部; `篇二` is a part of a compilation page, `附件一` an attachment.
_CHAPTER = re.compile(
    r"第[一二三四五六七八九十百\d]+(?:[章节条款]|部分?)|篇[一二三四五六七八九十\d]+$"
    r"|附[件表录][一二三四五六七八九十\d]*$"
)
# A digit inside a name makes it a phrase (`3个部门`), except a hotline's number before
# the words (`400热线组`, `12345热线办`).
_DIGIT = re.compile(r"(?<!^)(?<!\d)\d|^\d{1,2}(?!\d)|^\d{6,}")
_HANZI_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
# The name functions are pure and see the same short strings again and again (every
# header, item and window asks about the same titles), so their answers are cached.
_CACHE = 1 << 16


@lru_cache(maxsize=_CACHE)
def kind_of(name: str) -> Kind:
    """'role', 'dept' or '' by the name's ending (acronyms of teams count as departments)."""
    if not name:
        return ""
    bare = name.replace(" ", "")
    if bare.endswith(")") and bare.find("(") > 0:  # `综合办公室(党委办公室)`: a second name
        return kind_of(bare[: bare.rindex("(")])
    if _ALL_CAPS.fullmatch(bare):
        return "role" if bare in ROLE_ACRONYMS else "dept"
    if bare in STANDALONE_UNITS:
        return "dept"
    if bare in STANDALONE_ROLES:
        return "role"
    if bare.endswith(NOT_TITLE_ENDINGS):  # `平均应答时长`, `市场部内部`: words, no names
        return ""
    if bare[0] in "本该此" and kind_of(bare[1:]) == "" and bare[1:] in _SUFFIX_SET:
        return ""  # `本部`, `该中心`: a unit talked about, not one named
    for suffix, kind in _SUFFIXES_LONGEST:
        if bare.endswith(suffix) and len(bare) > len(suffix):
            return kind
    return ""


_LEADING_SYMBOLS = re.compile(r"^[^\w(【]+\s*")
_LEADING_NUMBER = re.compile(r"^\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)\s*")
# `进料检验组(隶属品保课)`: where the unit belongs, said after its name (the parent is read
# by the structure rules).
# (`运行管理科(加挂水利工程安全监测站牌子)`: the unit's second name plate, noted)
_UNDER_NOTE = re.compile(r"\((?:(?:隶属于?|归属于?|属于)[^()]{1,14}|加?挂[^()]{1,24}牌子)\)$")
# `辐射安全管理员(兼)`, `分拣组长(兼仓管)`: held with another post
_CONCURRENT = re.compile(r"\((?:兼|兼任|兼职)[\u4e00-\u9fff]{0,8}\)$")
# `仓储物流部(部门)` in a table of posts' and units' rows: what kind of owner the row is
_KIND_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])\((?:部门|岗位|小组|团队)\)$")
_LATIN_LEAD = re.compile(r"[A-Za-z][A-Za-z&.\- ]{1,30}?[ \t]+(?=[\u4e00-\u9fff])")
_NOTE_AT_END = re.compile(r"\((?P<note>[^()]{2,12})\)$")
# `市场总监-张三`, `店长——张伟`, `仓储部经理(吴海涛)`: a title, then who holds it.
_HOLDER = re.compile(r"(?:[-—–~]{1,2}(?P<a>[\u4e00-\u9fff]{2,3})|\((?P<b>[\u4e00-\u9fff]{2,3})\))$")


def holder_at(name: str) -> int | None:
    """Where the holder's name after a title starts (at its dash or bracket), if one does."""
    m = _HOLDER.search(name)
    if not m:
        return None
    person = m.group("a") or m.group("b")
    if person[0] not in SURNAMES or person[:2] in NOT_PERSONS or kind_of(person):
        return None
    return m.start() if kind_of(name[: m.start()].strip()) == "role" else None


# `客户成功总监 @王磊`: a wiki's mention of the person who holds the post.
_MENTION = re.compile(r"\s*@[\u4e00-\u9fffA-Za-z·]{1,12}\s*$")


def _without_holder(name: str) -> str:
    if "@" in name:
        name = _MENTION.sub("", name)
    at = holder_at(name)
    return name if at is None else name[:at]


@lru_cache(maxsize=_CACHE)
def tidy_name(name: str) -> str:
    """A name as written, without spaces from wrapping, leading particles or trailing fillers."""
    s = _LEADING_SYMBOLS.sub("", name.strip()).strip(":;,。、-—")  # `🛠 研发组`
    # `Growth 增长团队`: a bilingual heading's English word before the name (an acronym is
    # part of it: `SIG 小组`, `UI 设计师`)
    lead = _LATIN_LEAD.match(s)
    if lead and not lead.group().rstrip().isupper() and kind_of(rest := s[lead.end() :]):
        s = rest if len(rest) >= 2 else s
    if s.endswith(")") and "(" not in s:  # `(直接上级:驻店经理)`: the value's bracket
        s = s[:-1].rstrip()
    s = _LEADING_NUMBER.sub("", s)  # `(一)销售经理`, a note is no number: `(策划)副经理`
    if s.endswith(")"):
        s = _CONCURRENT.sub("", _UNDER_NOTE.sub("", _LATIN_GLOSS.sub(_drop_gloss, s)))
        s = _KIND_NOTE.sub("", s)
        note = _NOTE_AT_END.search(s)
        if note and kind_of(note["note"]) == "dept" and kind_of(s[: note.start()]) == "role":
            s = s[: note.start()]  # `服务端开发工程师(服务端组)`: the post, then its unit
    s = _without_holder(s)
    s = _CAPS_GAP.sub(r"\g<caps>", s)
    s = _SPACES.sub("", s)
    s = _LEADING_LABELS.sub("", s)
    half = len(s) // 2
    if len(s) >= 4 and len(s) % 2 == 0 and s[:half] == s[half:]:
        s = s[:half]  # a heading run into its first sentence: `营销部门主管营销部门主管`
    elif (twice := _NAMED_TWICE.fullmatch(s)) is not None:
        s = twice.group("name")  # the same with the heading's word: `软件开发部职责软件开发部`
    s = _LEADING_PARTICLES.sub("", s)
    if s[:1] == "本" and len(s) >= 4 and kind_of(s[1:]) == "dept" and not _OUR_BODY.match(s):
        s = s[1:]  # `本项目部隶属于…`: this 项目部 (not `本部门`, said back of a unit)
    changed = True
    while changed:
        changed = False
        for w in _TRAILING_WORDS:
            if s.endswith(w) and len(s) > len(w) + 1:
                rest = s[: -len(w)]
                # `销售部部门` -> `销售部`, but `营销部门` stays: only when the rest is a name.
                if w in ("部门", "总", "岗位", "职位", "人员") and not kind_of(rest):
                    continue
                s = rest
                changed = True
    return s


@lru_cache(maxsize=_CACHE)
def is_plausible(name: str, strict: bool = True) -> bool:
    """Short enough, not a phrase (各..., ...及..., 负责...), not a bare suffix of one char."""
    if not name or len(name) > 16 or len(name) < 2:
        return False
    if strict and NAME_BLOCKERS.search(name):
        return False
    if not strict and _LOOSE_BLOCKERS.search(name):
        return False
    if _BLANKED.fullmatch(name):  # `XX`, `***`: a blanked-out name
        return False
    if _CHAPTER.match(name):
        return False
    return not _DIGIT.search(name) and not name.endswith("(")


def dept_prefix(value: str) -> str | None:
    """The longest start of `value` that is a department name: `营销部直截了当上级` and
    `行政人事部经理` give 营销部 and 行政人事部."""
    for e in range(len(value), 1, -1):
        if _LATIN_LETTERS.fullmatch(value, e - 1, e + 1) or _suffix_begins_word(value, e):
            continue  # no cut inside a word: `HRBP` holds no `HRB`, `医技科室` no `医技科`
        if kind_of(value[:e]) == "dept":
            return value[:e]
    return None


_LATIN_LETTERS = re.compile(r"[A-Za-z ]{2}")


def strip_org(title: str) -> str:
    """The part of a heading after the company name: `XX有限公司营销部` -> `营销部`."""
    return _ORG_PREFIX.sub("", title)


# A suffix that begins a word with the next character: 组织, 组成; 科技, 科学; 处理; 部署;
# 办法, 办理.
_WORD_AFTER_SUFFIX = {
    "组": "织成建合",
    "科": "技学研普室",
    "处": "理",
    "部": "署",
    "办": "法理公",
    "股": "份东票权价息本金市说",  # `股份有限公司`, `招股说明书`: no section (股)
}


def _suffix_begins_word(run: str, end: int) -> bool:
    """The suffix at run[end - 1] begins a word (`瑞禾科技` is no 科, `组织` no 组)."""
    nxt = run[end : end + 1]
    return bool(nxt) and nxt in _WORD_AFTER_SUFFIX.get(run[end - 1], "")


_DEPT_WORD = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{1,12}}?(?:{DEPT_SUFFIX_ALT})")


@lru_cache(maxsize=_CACHE)
def first_dept(text: str) -> str | None:
    """The first department name in a stretch of text, particles stripped."""
    for m in _HANZI_RUN.finditer(text):
        run = m.group(0)
        dm = _DEPT_WORD.search(run)
        while dm:
            # Prefer the longest department ending: `营销部门` over `营销部`, `办事处` over `办`.
            end = dm.end()
            if _suffix_begins_word(run, end):
                dm = _DEPT_WORD.search(run, dm.start() + 1)
                continue
            for e in range(dm.end() + 1, min(len(run), dm.end() + 2) + 1):
                if _suffix_begins_word(run, e) or run[e : e + 1] == "长":
                    break  # `销售部部长` is of 销售部, `学生工作处处长` of 学生工作处
                if kind_of(run[dm.start() : e]) == "dept":
                    end = e
                elif kind_of(run[dm.start() : e]) == "role":
                    break
            cand = tidy_name(run[dm.start() : end])
            if kind_of(cand) == "dept" and is_plausible(cand) and len(cand) >= 2:
                return cand
            dm = _DEPT_WORD.search(run, dm.end())
    return None
