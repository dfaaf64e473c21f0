"""Relations stated in sentences: superiors, parent departments, reports, coordination, and
headcounts in staffing tables."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ingest.items import BLANK_LINE, clean_item, cn_value
from ingest.lines import line_start
from ingest.names import (
    DEPT_SUFFIX_ALT,
    NAME_CHAR,
    ROLE_SUFFIX_ALT,
    SUFFIXED_NAME,
    dept_prefix,
    is_plausible,
    kind_of,
    strip_org,
    tidy_name,
)
from ingest.records import ReportFlow
from ingest.text_memo import per_text
from ingest.vocab import (
    AUTHORITY_ITEM,
    BOARDS,
    CN_DIGITS,
    FIELD_KINDS,
    HEADING_KEYWORDS,
    NOT_A_NAME,
    ROLE_ACRONYMS,
    ROLE_SUFFIXES,
    SHIFT,
    STAFFING_NOISE,
    STANDALONE_ROLES,
    STANDALONE_UNITS,
    WEIGHT,
)

_NAME_RUN = r"[\u4e00-\u9fffA-Za-z]{1,14}?"
# Said alone of a unit named before; 门店 (the store) of the store a page is about.
UNIT_WORDS = frozenset(
    {"中心", "部门", "部", "科", "处", "室", "办公室", "门店", "支行", "分行", "后厨", "中台"}
)
# A unit's name, not the start of a title (`生产中心` of `生产中心总监`).
_UNIT_NAME = re.compile(
    rf"[\u4e00-\u9fffA-Za-z]{{1,12}}?(?:中心|中台|部门|部|科|处|室)(?!{ROLE_SUFFIX_ALT})"
)


# `分管销售的副总经理`: a title described by what it oversees. As a field's whole value it is
# one name; in running text `的` would too often join a phrase to a name, so there it is read
# only between `在` and `领导下` (`在分管学生工作的党委副书记领导下`).
_DESCRIBED = r"(?:分管|主管|负责)[\u4e00-\u9fff]{1,8}?的[\u4e00-\u9fff]{2,8}?"
_DESCRIBED_TITLE = re.compile(_DESCRIBED)
_LEADER = rf"(?:{_DESCRIBED}(?=(?:直接|全面|双重)?领导下)|{_NAME_RUN})"


def _described_title(name: str) -> bool:
    return bool(_DESCRIBED_TITLE.fullmatch(name)) and kind_of(name) == "role"


def _words(*words: str) -> re.Pattern[str]:
    """The words a rule cannot match without. Searching for them is a fast scan for a few
    literal strings, and most items contain none of them, so the rule itself rarely runs."""
    return re.compile("|".join(re.escape(w) for w in words))


# `在总经理(的)(全面|双重)领导下`, `服从部门经理的领导`, `受X和Y双重领导`, `直接向X汇报`, `秉承X`.
# Each rule with the words it cannot match without.
SUPERIOR_PATTERNS = [
    (_words("领导下"), re.compile(rf"在(?P<who>{_LEADER})(?:的)?(?:直接|全面|双重)?领导下")),
    (_words("服从"), re.compile(rf"服从(?P<who>{_NAME_RUN})(?:的)?(?:领导|管理)")),
    (_words("双重领导"), re.compile(r"受(?P<who>[^,;。]{2,30}?)(?:的)?双重领导")),
    # `直接向分公司副经理(分管营运)汇报`: a note on the superior's portfolio is the title's
    (_words("直接向"), re.compile(rf"直接向(?P<who>{_NAME_RUN}(?:\([^()\n]{{1,10}}\))?)汇报")),
    # `本岗位向品控部经理汇报`, `(向店长汇报,…)`, `质检专员向客服主管汇报,…`: a sentence of
    # its own about the position, not a step of a duty; a line of its own too (`职位:X (Area
    # Manager)` over `向营运总监汇报`).
    (
        _words("向"),
        re.compile(
            rf"(?:本岗位|本职位|^\(?|^{SUFFIXED_NAME},?(?:也|都|均)?(?:直接)?"
            # `我们是营运科的调度员,向营运科科长汇报`: an interview's answer
            rf"|^我们?是[^,;。]{{1,20}},(?:直接)?)向(?P<who>{_NAME_RUN})汇报(?!工作情况)",
            re.M,
        ),
    ),
    (_words("秉承"), re.compile(rf"秉承(?P<who>{_NAME_RUN})(?:的)?(?:指示|意图|旨意)")),
    (_words("之命"), re.compile(rf"(?<!秉)承(?P<who>{_NAME_RUN})之命")),  # `处长承总经理之命`
    # `本岗位隶属测试组,向测试经理汇报`
    (
        _words("本岗位", "本职位"),
        re.compile(rf"(?:本岗位|本职位)[^,;。]{{1,16}},(?:直接)?向(?P<who>{_NAME_RUN})汇报"),
    ),
]
# `销售部经理对营销副总负责`, `向销售部经理汇报工作`, `由市场部经理直接领导`: said of
# anything (`对工作质量负责`), so they count only where they name a role.
_AT_TIMES = r"(?<!每日)(?<!每天)(?<!每周)(?<!每月)(?<!定期)(?<!及时)"
ROLE_SUPERIOR_PATTERNS = [
    (
        re.compile(r"[对向][^,;。]{1,14}负责"),
        # `本岗位向人力资源部经理负责并报告工作`
        re.compile(
            rf"[对向](?P<who>{_NAME_RUN})(?:直接)?负责(?:并(?:报告|汇报)工作)?(?![\u4e00-\u9fff])"
        ),
    ),
    # ... but `每周向X汇报工作进展` is a report made at times, not whom one answers to.
    (_words("汇报工作"), re.compile(rf"{_AT_TIMES}向(?P<who>{_NAME_RUN})汇报工作")),
    (_words("领导"), re.compile(rf"由(?P<who>{_NAME_RUN})(?:直接)?领导")),
    (_words("接受"), re.compile(rf"接受(?P<who>{_NAME_RUN})(?:的)?(?:直接)?领导")),
    # `受执行制片领导,…`, `对制片人汇报;…`: a line of its own on whom the post answers to
    (_words("受"), re.compile(rf"^受(?P<who>{_NAME_RUN})(?:的)?(?:直接)?领导", re.M)),
    (_words("汇报"), re.compile(rf"^对(?P<who>{_NAME_RUN})汇报", re.M)),
    # `砧板主管听厨师长安排`, `打荷归炉灶主管管`, `HRBP实线汇报给人力资源总监`.
    (_words("听"), re.compile(rf"听(?P<who>{_NAME_RUN})(?:的)?(?:安排|指挥|调度)")),
    (_words("服从"), re.compile(rf"服从(?P<who>{_NAME_RUN})(?:的)?安排")),  # not `…排班安排`
    (_words("归"), re.compile(rf"归(?P<who>{_NAME_RUN})(?:管理|管|领导)(?![\u4e00-\u9fff])")),
    (
        _words("汇报给"),
        re.compile(rf"(?:直接|实线|虚线)?汇报给(?P<who>{_NAME_RUN})(?=[,;。、\s]|$)"),
    ),
]
_SUPERIOR_WORDS = re.compile(r"领导|服从|直接向|秉承|之命|汇报|[对向][^,;。]{1,14}负责|听|归")
_SPLIT_NAMES = re.compile(r"[、,;/]")
_AND = re.compile(r"[和及与]")


def _names_in(value: str) -> list[str]:
    """The parts of a list of names: `和`, `及`, `与` join two names only where both parts
    are names (`市场与操作风险管理科` is one)."""
    out: list[str] = []
    for part in _SPLIT_NAMES.split(value):
        # `县教育和体育局及学校党总支`: joined by one word, with another inside a name
        for pieces in (_AND.split(part), *(part.split(w) for w in "及与和" if w in part)):
            if len(pieces) > 1 and all(kind_of(tidy_name(p)) for p in pieces):
                out.extend(pieces)
                break
        else:
            out.append(part)
    return out


_VALUE_END = re.compile(r"[\s。:]")
_BRACKETED = re.compile(r"\([^()]*\)")
_BLANK_AT_SEP = re.compile(r"(?<![ \t])[ \t]++(?=[;、,/])|(?<=[;、,/])[ \t]+")  # a run once
# A note after a name: in brackets, `等`, or how many (`地区经理3-5名`).
_NAME_NOTE = re.compile(r"\(.*?\)|等$|\d+(?:[-~]\d+)?[名人个位]$")


# `@Lena Zhou (Head of Growth)`, `@周岚(合规负责人)`: a person mentioned, the post in brackets.
_ENGLISH_WORDS = re.compile(r"[A-Za-z][A-Za-z&.\-]*(?: [A-Za-z&][A-Za-z&.\-]*){1,5}")
_MENTION_WITH_POST = re.compile(r"@[^()@,;、]{1,24}?\s*\((?P<post>[^()]{2,30})\)")


def split_names(value: str) -> list[str]:
    """`销售工程师、客服` -> two names; `无` and phrases are dropped."""
    if "@" in value and (mention := _MENTION_WITH_POST.fullmatch(value.strip())):
        value = mention["post"].strip()  # whom one answers to is the post the person holds
        if _ENGLISH_WORDS.fullmatch(value):
            return [value]  # `Head of Growth`: a title in words
    value = _BRACKETED.sub("", value).strip()  # `运营总监(实线 Solid line);…`
    value = _BLANK_AT_SEP.sub("", value)  # `A (English) (实线);B`: the blank a gloss left
    value = _VALUE_END.split(value, maxsplit=1)[0] if value else ""
    out = []
    for part in _names_in(value):
        name = tidy_name(_NAME_NOTE.sub("", part))
        if (
            name
            and name not in ("无", "暂无", "空")
            and (is_plausible(name, strict=False) or _described_title(name))
        ):
            out.append(name)
    return out


def may_name_superiors(text: str) -> bool:
    """False when no superior rule can match in text."""
    return _SUPERIOR_WORDS.search(text) is not None


def superiors_in(item: str) -> list[str]:
    found: list[str] = []
    if not _SUPERIOR_WORDS.search(item):
        return found
    for rules, role_only in ((SUPERIOR_PATTERNS, False), (ROLE_SUPERIOR_PATTERNS, True)):
        for words, pattern in rules:
            if not words.search(item):
                continue
            for m in pattern.finditer(item):
                for name in _names_in(m.group("who")):
                    # `对分管工作向校长负责`: what it answers for, then to whom
                    name = tidy_name(name.rsplit("向", 1)[-1])
                    if not name or name in found:
                        continue
                    if not (is_plausible(name, strict=False) or _described_title(name)):
                        continue
                    if not role_only or kind_of(name) == "role":
                        found.append(name)
    return found


@dataclass(frozen=True)
class DualLead:
    """`出纳由财务中心委派,受财务中心和项目经理的双重领导`: the subject reports to both."""

    subject: str
    superiors: list[str]
    start: int
    end: int


_DUAL_WORD = "双重领导"
# A sentence ends at these; the one stating dual leadership opens with its subject (after a
# numbering), followed by how it is placed (由...委派, 受..., 在...).
_SENTENCE_ENDS = "。;!?\n"
_DUAL_SUBJECT = re.compile(
    r"\s*(?:\d{1,2}[、.．)]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473]"
    r"|第[一二三四五六七八九十百]{1,4}条)?\s*"
    # `集团设财务总监1名,由董事会聘任,受…双重领导`: the post the sentence sets up
    r"(?:[\u4e00-\u9fff]{1,8}?设(?=[\u4e00-\u9fff]{2,12}?(?:\d{1,2}|[一两二三四五六七八九十])[名人]))?"
    r"(?P<subject>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:(?:\d{1,2}|[一两二三四五六七八九十])[名人])?"
    r"(?=由|受|在|须|应|直接|,)"
)


def dual_leadership_in(text: str, start: int, end: int) -> list[DualLead]:
    """Subjects of sentences in text[start:end] that state a dual leadership, each with the
    superiors the sentence names."""
    out: list[DualLead] = []
    pos = start
    while (i := text.find(_DUAL_WORD, pos, end)) >= 0:
        pos = i + len(_DUAL_WORD)
        s = max(text.rfind(c, start, i) for c in _SENTENCE_ENDS) + 1
        s = max(s, start)
        sentence = text[s:pos]
        m = _DUAL_SUBJECT.match(sentence)
        if m is None:
            continue
        subject = tidy_name(m.group("subject"))
        superiors = [x for x in superiors_in(sentence) if x != subject]
        if subject and superiors:
            out.append(DualLead(subject, superiors, s + m.start("subject"), pos))
    return out


def is_authority(item: str) -> bool:
    return "权" in item and bool(AUTHORITY_ITEM.search(item))


# `与财务部...协调`, `配合财务部`, `协助大区经理`, `与相关职能部门对接`.
_COORD = [
    (
        _words("协调", "配合", "协助", "对接", "协同"),
        re.compile(rf"(?:协调|配合|协助|对接|协同)(?P<who>{SUFFIXED_NAME})"),
    ),
    (
        _words("与"),
        re.compile(
            rf"与(?P<who>{SUFFIXED_NAME})(?:之间)?(?:的|进行|做好)?(?:协调|配合|沟通|对接|合作|联系)"
        ),
    ),
]


_COORD_WORDS = _words("协调", "配合", "协助", "对接", "协同", "与")


def may_name_coordination(text: str) -> bool:
    """False when no coordination rule can match in text."""
    return _COORD_WORDS.search(text) is not None


def coordination_in(item: str) -> list[str]:
    found: list[str] = []
    if not _COORD_WORDS.search(item):  # one scan for the words of every rule
        return found
    for words, pattern in _COORD:
        if not words.search(item):
            continue
        for m in pattern.finditer(item):
            name = tidy_name(m.group("who"))
            if is_plausible(name, strict=False) and name not in found:
                found.append(name)
    return found


_CADENCE = (
    r"(?P<cad>每日[^,;。给向]{0,10}?前|每周[^,;。给向]{0,6}?|每月[^,;。给向]{0,10}?前"
    r"|每日|每周|每月|每季度|每年|定期|及时|按时)"
)
# Optional, behind a look-ahead on its first characters: most positions then skip it with
# one test. The same holds for the look-aheads in front of the word lists below, each tried
# after every character of a lazy run.
_CADENCE_OPT = rf"(?:(?=[每定及按]){_CADENCE})?"
_REPORT_PATTERNS = [
    (
        _words("提交", "上报", "报送", "呈报"),
        re.compile(
            rf"{_CADENCE_OPT}[^,;。]{{0,6}}?(?=[提上报呈])(?:提交|上报|报送|呈报)"
            rf"(?P<what>[^,;。]{{2,30}}?)(?=[给至交])(?:给|至|交)(?P<to>{_NAME_RUN})(?=[,;。\s]|$)"
        ),
    ),
    (
        _words("向"),
        re.compile(
            rf"{_CADENCE_OPT}[^,;。]{{0,6}}?向(?P<to>{_NAME_RUN})(?=[提汇报上呈])"
            rf"(?:提交|汇报|报送|上报|呈报|提供)(?P<what>[^,;。]{{2,30}})"
        ),
    ),
    (
        _words("制作", "编制"),
        re.compile(
            rf"{_CADENCE_OPT}[^,;。]{{0,6}}?(?=[制编])(?:制作|编制)"
            rf"(?P<what>[^,;。]{{2,30}}?)(?=[汇上报])(?:汇报|上报|报)(?P<to>{_NAME_RUN})(?=[,;。\s]|$)"
        ),
    ),
]
_REPORT_WHAT = re.compile(r"报|表|总结|计划|记录|信息")
_REPORT_WORDS = _words("提交", "上报", "报送", "呈报", "向", "制作", "编制")


def may_state_reports(text: str) -> bool:
    """False when no report rule can match in text."""
    return _REPORT_WORDS.search(text) is not None


def reports_in(item: str) -> list[ReportFlow]:
    if not _REPORT_WORDS.search(item):  # one scan for the words of every rule
        return []
    for words, pattern in _REPORT_PATTERNS:
        if not words.search(item):
            continue
        m = pattern.search(item)
        if m and _REPORT_WHAT.search(m.group("what")):
            to = tidy_name(m.group("to"))
            return [ReportFlow(name=m.group("what").strip(), to=to or None, cadence=m.group("cad"))]
    return []


# ---------------------------------------------------------------- department structure


@dataclass(frozen=True)
class ParentLink:
    child: str
    parent: str
    pos: int
    org: str | None = None  # the company named in front of the parent: `X有限公司营销中心`


def _unit_and_org(raw: str) -> tuple[str, str | None]:
    """`澄远科技有限公司营销中心` -> (`营销中心`, `澄远科技有限公司`): a company name in front of
    a unit name is the organisation, not part of the unit."""
    name = tidy_name(raw)
    unit = strip_org(name)
    if unit == name or not kind_of(unit) or unit in _HEAD_OFFICES:
        return name, None  # `集团总部`: the group's head office, by that name
    return unit, name[: len(name) - len(unit)]


_HEAD_OFFICES = frozenset({"总部", "本部", "总公司"})
# An organisation as a whole: a company, an institute, a hospital or school, a farm.
_ORGANISATION = re.compile(
    r"(?!各)(?:本|我)?[\u4e00-\u9fffA-Za-z]{0,20}?(?:公司|集团|研究院|设计院|医院|安老院|养老院|学院|学校|大学"
    r"|管理处|猪场|农场|影城)"
)
_ORGANISATION_WORDS = frozenset({"公司", "本公司", "我公司", "集团", "本集团", "医院", "本院"})


# `物流部(Logistics Dept.)`: a name with an English gloss after it.
_GLOSS = r"(?:\([A-Za-z][A-Za-z .&'/-]{1,40}\))?"
_GLOSSED_LIST = re.compile(r" ?(?:\([A-Za-z][A-Za-z .&'/-]{1,40}\))? ?(?:、|及|和|与)")
_LIST_ITEM = rf"{NAME_CHAR}{{2,14}}{_GLOSS}"
# The names a unit is said to hold, up to the end of the clause (`_list_names` cuts them);
# a line may wrap after a `、` or `和`.
_LIST = rf"{NAME_CHAR}{{2}}(?:[^。;,:\n]|(?<=[、和])\n){{0,120}}"
# `营销中心下设策划部、销售业务部...`, `市场部分为渠道部、品牌部`, `图书馆内设办公室`,
# `X的组织架构主要包括A、B和C`,
# `分行设综合管理部、个人金融部…` (`设` alone only before two units or more: `设经理1名`
# sets up a post), `辖下设有`.
_A_UNIT = rf"{NAME_CHAR}{{1,12}}?(?:{DEPT_SUFFIX_ALT})"
_UNIT_LIST = rf"{_A_UNIT}、{_A_UNIT}"
_SETS_UP_WITHIN = r"内设(?!(?:机构|部门|科室|处室|单位)(?![ \t]*[:\t]))"
# The look-ahead after the parent names the first characters of what may follow it: the
# lazy parent is then tried one character at a time with one test, not five.
STRUCTURE_PATTERNS = [
    re.compile(
        rf"(?P<parent>{NAME_CHAR}{{2,14}}?){_GLOSS}(?=[的组主下又分设辖内依按])(?:的)?(?:组织架构|组织结构)?(?:主要)?"
        # `仓储课依作业区分设进货组及出货组`: divided by something, said first
        r"(?:[依按][^,;。]{1,8}?(?=分设))?"
        # `图书馆内设办公室(3名)、…五个部门` (an institution's own units; not
        # `X内设部门及岗位职责规定`)
        rf"(?:辖下)?(?:下设|下辖|又分为|分为|分设|下面分[为成]?|下面设有?|设有|{_SETS_UP_WITHIN}|主要包括"
        rf"|设(?={_UNIT_LIST}))"
        # `下设派出机构:A、B`, `下设4个内设机构:A、B`: the kind of units (and how many),
        # then the list after a colon
        r"(?:(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个)?"
        # (a table's `下设机构<TAB>A、B` too)
        # (`下设4个专项工作组:A、B`: any words before the kind)
        r"(?:派出|内设|直属|下属|职能|业务|[\u4e00-\u9fff]{1,4}?)?(?:机构|单位|科室|处室|部门|部|中心|小组|组)"
        r"[ \t]*[:\t][ \t]*"
        # `辖下设有三个董事委员会,即A、B及C`: how many and of what kind, then `即`
        r"|(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个[\u4e00-\u9fff]{0,8}?,即:?)?"
        rf"的?(?P<list>{_LIST})"
    ),
]
# `由副总经理全面领导,下设国内市场营销部`: the leader is the parent.
LED_THEN_SET_UP = re.compile(
    rf"由(?P<parent>{_NAME_RUN})(?:全面|直接)?领导,下设(?P<list>{_LIST_ITEM}(?:、{_LIST_ITEM})*)"
)
# `技术部由CTO负责,下设前端组和后端组`: the unit named first is the parent.
# `销售部隶属于营销中心,下设客户服务组` (or `,分为…`), `研发部是公司的技术部门,下设设计组`:
# the same.
_HEADED_BY = (
    # `由酒店营运副总裁(Vice-Presidente, Operações)领导`: a gloss may hold a comma
    r"由[^,;。(]{1,12}(?:\([^()]{1,60}\)[ \t]?)?(?:负责|领导|分管)"
    r"|隶属于[^,;。]{1,14}|在[^,;。]{1,14}领导下[^,;。]{0,8}"
    # `教务处设主任1名、干事2名,下设…`, `分行置经理一人,副理二人;下设…`
    r"|[设置][^,;。]{1,12}(?:\d{1,2}|[一二两三四五六七八九十])[名人]"
    r"(?:[、,][^,;。]{1,12}(?:\d{1,2}|[一二两三四五六七八九十])[名人])*"
)
# A unit's name: with a unit's suffix, or a word that is a unit alone (`门店`, `食堂`).
_UNIT = rf"(?:{SUFFIXED_NAME}|{'|'.join(sorted(STANDALONE_UNITS, key=len, reverse=True))})"
HEADED_THEN_SET_UP = re.compile(
    rf"(?:^|(?<=[\s。;,:])|(?<=[一二三四五六七八九十\d]、))(?P<parent>{_UNIT})"
    # and one more clause may come before 下设 (`…,负责客房的清洁保养,下设楼层组`)
    rf"(?:是[^,;。]{{1,24}},(?:(?:{_HEADED_BY}),)?|(?:同样|也)?(?:{_HEADED_BY})[,;])(?:[^,;。]{{1,40}},)?"
    r"(?:辖下设有|辖下设|下[设分]|又?分为)"
    rf"(?P<list>{_LIST_ITEM}(?: ?(?:、|和|及) ?{_LIST_ITEM})*)"
)
# `市场监督管理局设下列内设机构:` then `(一)办公室。负责…` up to the next article: the
# units a government body's 三定 sets up. The words are found first, then the name before
# them: the name's lazy run tried at every position costs more than all the other
# structure rules together.
_SETS_UP_BELOW = re.compile(
    # `本部设下列各课:`, `本局设下列科、室:`, `…,设下列附属机关:`
    r"(?:设|下设|内设)(?:下列|以下|如下)(?:内设)?"
    r"(?:机构|附属机关|办公室|各?[课科组室处部](?:、[课科组室处部])*)\s*:"
)
_NAME_BEFORE = re.compile(rf"(?P<parent>{SUFFIXED_NAME})$")
_NAME_REACH_BACK = 24  # characters: a unit's name with a note before it
# `本局为办理…业务,设下列附属机关:`: the sentence's subject, a clause before 设.
_SUBJECT_THEN_CLAUSE = re.compile(r"(?P<parent>本[\u4e00-\u9fff])[^。\n:]{0,40},$")
# `一、企划科。二、文化资产科。`: a unit a line, or a line of them.
_NUMBERED_UNIT = re.compile(
    r"(?:^|(?<=\n)|(?<=[。:]))[ \t\u3000]*"
    r"(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)"
    rf"(?P<name>{SUFFIXED_NAME})"
    r"(?:\([^()\n]{1,24}\))?(?:[。:;]|[ \t]*\n)"  # (or alone on its line, over its items)
)
_NEXT_ARTICLE = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*第[一二三四五六七八九十百]{1,4}条")
# `客户成功部(Customer Success,下文简称CS)`, `乐朗中心(下称「本中心」)`: how the text will
# call the unit.
_NAMING_NOTE = r"\([^()\n]{0,30}(?:简称|下称|以下称)[^()\n]{0,20}\)"
# `市场部在营销总监的全面领导下`, `A隶属于X`, `进料检验组(隶属品保课)`.
DEPT_UNDER = [
    # `生产部、采购部在总经理的领导下`, `管理者代表由总经理任命,在总经理领导下工作`,
    # `执业药师、营业员均在店长的领导下`.
    re.compile(
        rf"(?:^|(?<=[\s。;,、)]))(?P<child>{SUFFIXED_NAME}(?:、{SUFFIXED_NAME})*)"
        # ... and `营销中心是公司的执行机构,在总经理领导下开展工作`
        rf"(?:由[^,;。]{{1,12}}(?:任命|聘任|提名|委派),|是[^,;。]{{1,30}},)?(?:均|都|也)?"
        rf"在(?P<parent>{_NAME_RUN})(?=[的全直领])"
        r"(?:的)?(?:全面|直接)?领导下"
    ),
    # `A隶属于X`, `A (Gloss) 及B (Gloss) 均隶属于X`, `说明:A隶属于X`.
    re.compile(
        rf"(?:^|(?<=[\s。;,、):]))(?P<child>{_UNIT}(?: ?{_GLOSS} ?(?:、|及|和|与)"
        # a line may wrap before 是; `是前年成立的,现在隶属于…`, `在行政上隶属于…`
        rf"{SUFFIXED_NAME})*) ?(?:{_GLOSS}|{_NAMING_NOTE})\s?"
        # `传菜组归前厅经理管,隶属于前厅`: who runs it, then where it belongs
        # `…中心于2005年由社会福利署资助成立,隶属…`: when it was set up, then where it belongs
        r"(?:是[^,;。]{1,24},|归[^,;。]{1,12}管,|于[^,;。]{1,30}成立,)?"
        r"(?:现在|目前|现)?(?:在[\u4e00-\u9fff]{1,4}上)?"
        # `客服课自2023年7月1日起改隶业务部`: moved under it, from a day on
        r"(?:自[^,;。]{1,16}起)?"
        # `稽核室直属董事会`, not `部门直属岗位`
        r"(?:均|都|同样|也)?(?:隶属于|隶属|改隶于?|归属于|归属|直属于|直属(?!岗位|上级|下级|领导|员工|人员))"
        rf"(?P<parent>{_NAME_RUN})(?=[,;。\s(]|$)"
    ),
    # `客服部是物业服务中心下设的一线服务部门`.
    re.compile(
        rf"(?:^|(?<=[\s。;,、)]))(?P<child>{SUFFIXED_NAME})(?:是|为)(?P<parent>{_NAME_RUN})"
        r"下设的"
    ),
    # `进料检验组(隶属品保课)`, `(一)县应急救援指挥中心(正科级事业单位,隶属县应急管理局)`:
    # the parent in brackets after the name, a note on the unit's rank before it.
    re.compile(
        rf"(?:^|(?<=[\s。;,、)]))(?P<child>{SUFFIXED_NAME})\((?:[^(),\n]{{1,16}},)?"
        r"(?:隶属于?|归属于?|属于)"
        rf"(?P<parent>{_NAME_RUN})\)"
    ),
    # `成本管理部由财务中心划归运营中心管理`: a notice moving a unit under another.
    re.compile(
        rf"(?:^|(?<=[\s。;,、:]))(?:[一二三四五六七八九十]是)?(?P<child>[^\s,;。:由]{{2,16}}?)"
        rf"(?:由[^,;。]{{2,16}})?划归"
        rf"(?P<parent>{_NAME_RUN})(?=管理|领导|[,;。\s]|$)"
    ),
]
# `审计部对董事会审计委员会负责,…`: a unit answering to another unit is placed under it.
_UNIT_ANSWERS_TO = re.compile(
    rf"(?:^|(?<=[\s。;,:]))(?P<child>{SUFFIXED_NAME})对(?P<parent>{_NAME_RUN})负责(?=[,;。:\s]|$|其)"
)
_ANSWERS_WORDS = re.compile(r"负责(?=[,;。:\s]|$|其)")
_COUNTED_UNITS = re.compile(r"(?P<n>[一二三四五六七八九十])(?:课|科|处|部|组|室|个)$")
# `两大业务中心`; `分店铺运营、推广和美工三块`: the count of what the list names
_COUNT_TAIL = re.compile(r"(?:[一二两三四五六七八九十几\d]+(?:[个大块拨]|部分)|等).*$")
_LIST_SPLIT = re.compile(r"、|,|和|及|与")


_UNIT_SIBLING_MAX = 6  # characters of a unit named without a suffix (`药库`, `门诊药房`)


def _count(raw: str) -> int | None:
    """`4`, `两`, `十`: the number a count is written with (None for `若干`, `N`)."""
    return int(raw) if raw.isdigit() else CN_DIGITS.get(raw)


_COUNTED_KIND = re.compile(r"(?P<n>[一二两三四五六七八九十\d]{1,2})个(?P<unit>组|科|课|部|室|班)$")


def _list_units(raw: str, by_unit: bool) -> list[str]:
    """The units of a list: the names with a unit's suffix, and names without one
    (`药剂科下设门诊药房、住院药房、药库`) where a unit sets them up (`by_unit`) or a sibling
    has the suffix."""
    parts = _unit_parts(raw)
    names = [tidy_name(_COUNT_TAIL.sub("", part)) for part in parts]
    kinds = _COUNTED_KIND.search(parts[-1].strip()) if parts else None
    if kinds and _count(kinds.group("n")) == len(names):
        # `分粗加工、热厨、冷厨和包装四个组`: each a 组, the word said once for them all
        names = [n if kind_of(n) == "dept" else n + kinds.group("unit") for n in names]
    if names and (tail := _COUNTED_UNITS.search(names[-1])):
        # `…及业务管理课三课`: the count of the list in its units' word, when it is the list's
        unit = names[-1][: tail.start()]  # ... not `市场二部`'s 二部: 市场 is no unit
        if cn_value(tail.group("n")) == len(names) and kind_of(unit) == "dept":
            names[-1] = unit
    names = [_staff_of(n) or n for n in names]  # `配送组全体作业人员`: 配送组
    names = [_without_note(n) for n in names]
    if not by_unit and not any(kind_of(n) == "dept" and is_plausible(n) for n in names):
        return []
    return [
        n
        for n in names
        if is_plausible(n, strict=_CONJUNCTION.search(n) is None)
        and (kind_of(n) == "dept" or (not kind_of(n) and len(n) <= _UNIT_SIBLING_MAX))
    ]


def _without_note(name: str) -> str:
    """`党群服务中心(公益一类事业单位)`: the unit, without a note on what kind it is (a
    second name, `综合办公室(党委办公室)`, stays)."""
    m = _TRAILING_NOTE.search(name)
    if m is None or kind_of(m.group(1)) == "dept" or kind_of(name[: m.start()]) != "dept":
        return name
    return name[: m.start()]


_TRAILING_NOTE = re.compile(r"\(([^()]{1,20})\)$")
_LIST_COMMA = re.compile(r"、|,")
_CONJUNCTION = re.compile(r"(和|及|与)")


def _unit_parts(raw: str) -> list[str]:
    """The items of a list of units: `A及B` is one unit where B has a unit's suffix and A
    has not (`儿童及青少年组`), two otherwise (`社区发展组及行政组`, `住院药房和药库`, and
    `药库和临床药学室` in a list of units named without suffixes: `门诊药房、药库和…`)."""
    out: list[str] = []
    parts = _LIST_COMMA.split(raw)
    bare_units = len(parts) > 1 and any(not kind_of(tidy_name(p)) for p in parts[:-1])
    for part in parts:
        pieces = _CONJUNCTION.split(part)  # words and, between them, the conjunctions
        pending = ""  # words without a suffix, waiting for one that may end their name
        for i in range(0, len(pieces), 2):
            word = pieces[i]
            if kind_of(tidy_name(word)) == "dept":
                if pending and bare_units:
                    out.append(pending[: -len(pieces[i - 1])])
                    pending = ""
                out.append(pending + word if pending else word)
                pending = ""
            else:
                if pending:
                    out.append(pending[: -len(pieces[i - 1])])  # two words, no suffix
                pending = word + (pieces[i + 1] if i + 1 < len(pieces) else "")
        if pending:
            out.append(pending)
    return out


def _list_names(raw: str) -> list[str]:
    out = []
    for part in _LIST_SPLIT.split(raw):
        name = tidy_name(_COUNT_TAIL.sub("", part))
        name = _staff_of(name) or name
        if kind_of(name) and is_plausible(name):
            out.append(name)
    return out


_STAFF_WORDS = ("全体", "所有", "全部", "各", "人员", "员工", "的")


def _staff_of(words: str) -> str | None:
    """`工程维修部全体管理人员`: the department whose staff the words speak of."""
    dept = dept_prefix(words)
    return dept if dept and words[len(dept) :].startswith(_STAFF_WORDS) else None


# `本考核表适用于运营中心下设的…`: the parent is the name after the sentence's last particle.
_BEFORE_PARENT = re.compile(r"^.*[于由在对是为将把从的]")


# `CEO下设技术部`, `总经理下设…`: an executive sets up units; other roles set up teams of
# people (`业务助理下设两组`).
_EXECUTIVES = ("总经理", "总裁", "董事长", "总监", "副总")


def _heads(role: str) -> bool:
    return role in ROLE_ACRONYMS or role.endswith(_EXECUTIVES)


def _parent_name(raw: str) -> str:
    name = _OUR.sub("", _BEFORE_PARENT.sub("", raw))
    each = _EACH.sub("", name)
    if each != name and kind_of(each) == "dept":
        name = each  # `每间分店设分店经理一名,下设…`: what each of them sets up
    if name.endswith("内部") and kind_of(name[:-2]) == "dept":
        return name[:-2]  # `工程部内部分为…`
    return name[:-1] if name.endswith("内") and name[:-1] in UNIT_WORDS else name  # `部内下设`


_EACH = re.compile(r"^(?:每(?:一个|一|间|个|家)|各)")
# `我们店后厨分为…`: the 后厨; `公司测试部隶属于…,下设…`: the 测试部.
_OUR = re.compile(r"^(?:(?:我们|我司|本|咱们)(?:店|公司|单位|酒店|医院|学校|会|社)?|公司(?=..))")


# The words the structure patterns hinge on: the patterns run only around them, because
# scanning every position for a name that might precede them is slow on large inputs.
_STRUCTURE_WORDS = re.compile(
    rf"下设|下辖|内设|分为|分设|下面分|下面设|设有|主要包括|设(?={_UNIT_LIST})"
)
_UNDER_WORDS = re.compile(r"领导下|隶属|改隶|归属|直属|下设的|划归")


def _anchored(
    pattern: re.Pattern[str],
    words: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    before: int,
    after: int,
    reach: int | None = None,
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that contain an occurrence of `words`, searched near each one.

    Only a match that starts at or before the word counts. With `reach`, the shortest match
    from any start is at most that long, and the pattern holds no look-ahead or `$` that
    the end of the searched text could change: then the start is probed for in a short
    stretch, and the long search runs only from a start known to match."""
    last = start
    for w in words.finditer(text, start, end):
        a = max(last, w.start() - before)
        stop = min(end, w.end() + after)
        m = _first(pattern, text, a, w.start(), stop, reach)
        while m:
            if m.end() >= w.end():
                yield m
                last = m.end()
                break
            m = _first(pattern, text, m.start() + 1, w.start(), stop, reach)


def _first(
    pattern: re.Pattern[str], text: str, pos: int, latest: int, end: int, reach: int | None
) -> re.Match[str] | None:
    """`pattern.search(text, pos, end)` if that match starts at or before `latest`, else None.

    A match from a start p <= latest in text[:end] has a shortest form within text[:p +
    reach], and a match in the shorter text is one in the longer: so the first start found
    in text[:latest + reach] is the first start in text[:end]."""
    if reach is None or latest + reach >= end:
        m = pattern.search(text, pos, end)
    else:
        probe = pattern.search(text, pos, latest + reach)
        m = pattern.match(text, probe.start(), end) if probe else None
    return m if m is not None and m.start() <= latest else None


# The longest the shortest match of a structure pattern can be: a parent name (14) and its
# gloss (42), `的`, `组织架构`, `主要`, what it divides by (`依作业区`, 9), the word (4), a first
# child of two characters.
_STRUCTURE_REACH = 14 + 42 + 1 + 4 + 2 + 9 + 4 + 2


def structure_links(
    text: str, start: int, end: int
) -> tuple[list[ParentLink], list[tuple[str, str]]]:
    """Parent links between departments, and (subordinate, superior) pairs between roles."""
    links: list[ParentLink] = []
    lines: list[tuple[str, str]] = []
    for pattern in STRUCTURE_PATTERNS:
        for m in _anchored(pattern, _STRUCTURE_WORDS, text, start, end, 40, 300, _STRUCTURE_REACH):
            said = _BEFORE_PARENT.match(m.group("parent"))
            if said and said.group(0)[-1] in "是为":
                continue  # `A是X下设的…部门`: a sentence about A (see DEPT_UNDER)
            parent, org = _unit_and_org(_parent_name(m.group("parent")))
            parent = referent(text, start, m.start(), parent)  # `中心下设质检组`
            bare = parent in UNIT_WORDS  # no unit before it to stand for: kept as written
            if _ORGANISATION.fullmatch(parent) and not kind_of(parent):
                # `松柏苑安老院下设护理部及后勤部`, `公司下设A、B`: units of the organisation,
                # named as their parent where the text names it
                whose = parent if parent not in _ORGANISATION_WORDS else ""
                units = _list_units(m.group("list"), by_unit=True)
                links += [ParentLink(c, whose, m.start(), None) for c in units]
                continue
            if not (bare or _title(parent) or (kind_of(parent) and is_plausible(parent))):
                continue
            raw = m.group("list")
            # A unit that 下设 (sets up) others names units; one that 分为 (divides into)
            # may name kinds of work (`客服组又分为客服培训、客服运营`).
            sets_up = (
                "下" in text[m.end("parent") : m.start("list")] or text[m.start("list") - 1] == "设"
            )
            # `本社经理下设A部、B部`: units set up under the one post a title names
            if bare or kind_of(parent) == "dept" or _heads(parent) or (sets_up and _title(parent)):
                units = _list_units(raw, by_unit=(bare or kind_of(parent) == "dept") and sets_up)
                links += [ParentLink(c, parent, m.start(), org) for c in units]
            if kind_of(parent) == "role":
                lines += [(c, parent) for c in _list_names(raw) if kind_of(c) == "role"]
    led = text.find("领导,下设", start, end) >= 0  # the rule cannot match without it
    for m in LED_THEN_SET_UP.finditer(text, start, end) if led else ():
        parent, org = _unit_and_org(m.group("parent"))
        for child in _list_names(m.group("list")):
            if kind_of(child) == "dept" and is_plausible(parent, strict=False):
                links.append(ParentLink(child, parent, m.start(), org))
    headed = any(
        text.find(w, start, end) >= 0
        for w in (",下设", ";下设", ",下分", ";下分", ",辖下", ",分为", ",又分为")
    )
    for m in HEADED_THEN_SET_UP.finditer(text, start, end) if headed else ():
        parent = referent(text, start, m.start(), _parent_name(tidy_name(m.group("parent"))))
        if kind_of(parent) == "dept" or parent in UNIT_WORDS:  # `分行置经理一人…;下设…`
            units = _list_units(m.group("list"), by_unit=True)
            links += [ParentLink(child, parent, m.start(), None) for child in units]
    below = any(text.find(w, start, end) >= 0 for w in ("下列", "以下", "如下"))
    for m in _SETS_UP_BELOW.finditer(text, start, end) if below else ():
        named = _NAME_BEFORE.search(
            text, max(start, m.start() - _NAME_REACH_BACK), m.start()
        ) or _SUBJECT_THEN_CLAUSE.search(text, max(start, m.start() - 48), m.start())
        if named is None:
            continue
        parent, org = _unit_and_org(named.group("parent"))
        parent = referent(text, start, named.start(), parent)  # `本部设下列各课:`
        stop = _NEXT_ARTICLE.search(text, m.end(), end)
        for unit in _NUMBERED_UNIT.finditer(text, m.end(), stop.start() if stop else end):
            child = tidy_name(unit.group("name"))
            if kind_of(child) == "dept" and is_plausible(child, strict=False):
                links.append(ParentLink(child, parent, unit.start(), org))
    for pattern in DEPT_UNDER:
        for m in _anchored(pattern, _UNDER_WORDS, text, start, end, 120, 40):
            parent, org = _unit_and_org(m.group("parent"))
            ours = _OUR.sub("", parent.rsplit("的", 1)[-1])  # `所在区域的区域运营中心`
            if ours != parent and len(ours) > 2 and kind_of(ours) == "dept":
                parent = ours  # `隶属本会家庭及社区服务部`: the association's own
            children = [
                referent(text, start, m.start(), c) for c in _GLOSSED_LIST.split(m.group("child"))
            ]
            if len(children) > 1 and _after_wrap(text, m.start()):
                children = children[1:]  # `营` / `销部、行政人事部在…`: the rest of a name
            for raw in children:
                child = strip_org(tidy_name(raw))
                if child[:1] == "各" and kind_of(child[1:]) == "dept":
                    child = child[1:]  # `各分店隶属营运部`: each of them, the kind of unit
                if (
                    kind_of(child) == "dept"
                    and is_plausible(child)
                    and is_plausible(parent, strict=False)
                ):
                    links.append(ParentLink(child, parent, m.start(), org))
    for m in _anchored(_UNIT_ANSWERS_TO, _ANSWERS_WORDS, text, start, end, 40, 4):
        child, parent = tidy_name(m.group("child")), tidy_name(m.group("parent"))
        if kind_of(child) == kind_of(parent) == "dept" and is_plausible(child):
            links.append(ParentLink(child, parent, m.start(), None))
    if "-" in text[start:end]:
        links += outline_parents(text, start, end)
    return links, lines


# `下设:风控部 / 数据平台部` on a line of its own, in the section a unit's heading opens.
_SETS_UP_LINE = re.compile(r"[ \t]*(?:下设|下辖)[ \t]*:[ \t]*(?P<list>[^\n]{2,120})")


def set_up_under_headings(
    text: str, start: int, end: int, headings: Sequence[tuple[int, int]]
) -> list[ParentLink]:
    """Units a `下设:` line lists, under the unit whose heading is the last one above it."""
    links: list[ParentLink] = []
    if text.find("下设", start, end) < 0 and text.find("下辖", start, end) < 0:
        return links
    heads = [(a, tidy_name(text[a:b])) for a, b in headings if start <= a < end]
    for m in _SETS_UP_LINE.finditer(text, start, end):
        if m.start() > start and text[m.start() - 1] != "\n":
            continue
        above = [name for a, name in heads if a < m.start()]
        if not above or kind_of(above[-1]) != "dept":
            continue
        parts = re.split(r"[ \t]*[/／][ \t]*", m.group("list").strip())
        units = _list_units("、".join(parts), by_unit=True)
        links += [ParentLink(u, above[-1], m.start()) for u in units if u != above[-1]]
    return links


# `- 运营中心(负责人:周岚)` over `    - 平台运营部`: an outline's unit, a unit set in under it.
_OUTLINE_LINE = re.compile(r"(?P<indent>[ \t]*)-[ \t]+(?P<rest>[^\n]*)")
_OUTLINE_UNIT = re.compile(r"(?P<name>[^\s()]{2,20})[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*")


def outline_parents(text: str, start: int, end: int) -> list[ParentLink]:
    """Units set in under a unit in a bulleted outline (a Markdown list nests explicitly);
    the nearest item above a unit, set in less, must be a unit. A line that is no item
    ends the outline; blank lines do not."""
    links: list[ParentLink] = []
    stack: list[tuple[int, str | None]] = []  # (indent, the item's unit or None)
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        m = _OUTLINE_LINE.fullmatch(text, pos, line_end)
        if m is None:
            if text[pos:line_end].strip():
                stack = []
        else:
            indent = len(m.group("indent").expandtabs(4))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            unit = _OUTLINE_UNIT.fullmatch(m.group("rest"))
            name = tidy_name(unit.group("name")) if unit else ""
            is_unit = kind_of(name) == "dept" and is_plausible(name, strict=False)
            if is_unit and stack and stack[-1][1]:
                links.append(ParentLink(name, stack[-1][1] or "", m.start("rest")))
            stack.append((indent, name if is_unit else None))
        pos = line_end + 1
    return links


_BACK_REFERENCES = ("本", "该", "此")
_CLAUSE_OPEN = re.compile(r"[\s。;,:!?]")
_PREPOSITIONS = frozenset("由在对向从经将把被")
_REFERENT_REACH = 300  # characters looked back for the unit a bare `中心` means


def referent(text: str, start: int, pos: int, name: str) -> str:
    """The unit a bare suffix stands for (`中心在总经理领导下…`, `本部门`): the last unit
    with that suffix that opens a sentence or clause before pos (the subject talked
    about, not `运营中心` of `客服中心隶属于运营中心`); else the name as it is."""
    if name[:1] == "本" and (called := naming_notes(text).get(name)):
        return called
    bare = name[1:] if name[:1] in _BACK_REFERENCES else name
    if bare not in UNIT_WORDS:
        return name
    found = name
    for m in _UNIT_NAME.finditer(text, max(start, pos - _REFERENT_REACH), pos):
        if m.start() > 0 and not _CLAUSE_OPEN.match(text[m.start() - 1]):
            continue
        if text[m.start()] in _PREPOSITIONS:
            continue  # `由行销企划部经理综理部务`: a clause about who leads, not a unit
        cand = strip_org(tidy_name(m.group(0)))
        ends = cand.endswith(bare) or (bare == "部门" and cand.endswith("部"))  # 部门: a 部
        if ends and cand != bare and kind_of(cand) == "dept" and is_plausible(cand):
            found = cand
    return found


# `澄港市政府文化局(以下简称本局)`, `…工作领导小组(以下简称领导小组)`: the name the text
# will call the unit by.
_CALLED = re.compile(
    rf"(?P<name>{SUFFIXED_NAME})\([^()\n]{{0,8}}(?:简称|下称|以下称)[「“]?"
    r"(?P<as>[\u4e00-\u9fffA-Za-z]{2,10})[」”]?\)"
)
_CALLED_WORDS = re.compile(r"简称|下称")
_CALLED_REACH = 40  # characters: a unit's name and `(以下` before `简称`


@per_text
def naming_notes(text: str) -> dict[str, str]:
    """The units the text's naming notes give short names (`本局` → `澄港市政府文化局`), the
    first note for each; read where their words are, as a name tried at every position is
    slow."""
    notes: dict[str, str] = {}
    for w in _CALLED_WORDS.finditer(text):
        m = _CALLED.search(text, max(0, w.start() - _CALLED_REACH), w.end() + 6)
        if m:
            notes.setdefault(m.group("as"), tidy_name(m.group("name")))
    return notes


_WRAPPED_LINE_MIN = 20  # characters: a shorter line ending in a hanzi is more likely a heading


def _after_wrap(text: str, pos: int) -> bool:
    """pos opens a line that goes on with the line before: a paragraph's line, cut after
    a hanzi."""
    if pos < 2 or text[pos - 1] != "\n" or not "\u4e00" <= text[pos - 2] <= "\u9fff":
        return False
    return len(text[line_start(text, pos - 1) : pos - 1].strip()) >= _WRAPPED_LINE_MIN


# `仓储主管、调度主管 → 运营总监`, `店长->区域经理->运营总监`: a line drawing reporting lines
# with arrows, nothing but titles on it.
_ARROW = re.compile(r"[ \t]*(?:→|->|⇒|➔|➜)[ \t]*")
_SUPERIOR_COLUMNS = frozenset({"直属上级", "直接上级", "上级", "汇报对象", "汇报给"})
_ARROW_LINE = re.compile(r"[^\n]*(?:→|->|⇒|➔|➜)[^\n]*")
_BULLET_OPEN = re.compile(r"^[ \t\u3000]*(?:[-•●◆·▪][ \t]*)?")


# How high a title stands, by its ending: the direction of a chain drawn with arrows.
_RANKS = (
    (("董事长", "总裁", "总经理", "CEO", "院长", "校长", "行长", "园长", "局长", "馆长"), 4),
    (("总监", "副总", "副总经理", "副院长", "副校长", "副行长"), 3),
    (("经理", "店长", "厨师长", "部长", "处长", "主任"), 2),
    (("主管", "组长", "领班", "队长", "课长", "科长"), 1),
)


def _rank(name: str) -> int:
    return next((rank for ends, rank in _RANKS if name.endswith(ends)), 0)


def arrow_lines(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(role, superior) pairs drawn as `A → B` lines. Every name on the line must be a
    role's: `接单 → 派车 → 签收` is a process, not a chain of command."""
    out: list[tuple[str, str]] = []
    if "→" not in text[start:end] and "->" not in text[start:end]:
        return out
    upward_until = -1  # `职位 → 直属上级` heads a table read upward, up to a blank line
    for m in _ARROW_LINE.finditer(text, start, end):
        steps = _ARROW.split(_BULLET_OPEN.sub("", m.group(0)).strip())
        if len(steps) == 2 and steps[-1] in _SUPERIOR_COLUMNS:
            gap = BLANK_LINE.search(text, m.end(), end)
            upward_until = gap.start() if gap else end
            continue
        groups = [[tidy_name(n) for n in _LIST_SPLIT.split(step)] for step in steps]
        names = [n for g in groups for n in g]
        if len(steps) < 2 or not all(kind_of(n) == "role" and is_plausible(n) for n in names):
            continue
        if m.start() > upward_until and _rank(groups[0][0]) > _rank(groups[-1][0]):
            groups.reverse()  # `项目经理→客服主管→客服专员`: drawn from the top down
        for below, above in itertools.pairwise(groups):
            if len(above) == 1:
                out += [(n, above[0]) for n in below]
    return out


# A post's name: suffixed, or a title that stands alone (`前台`, `出纳`).
_POST_NAME = rf"(?:{SUFFIXED_NAME}|{'|'.join(sorted(STANDALONE_ROLES, key=len, reverse=True))})"
# How many hold the post, said between its name and its superior (`售前组长(1名)对X负责`,
# `质检专员1名,直接对X负责`, `客服经理1名,在X领导下`).
_COUNT_NOTE = r"(?:\(\d{1,3}[名人]\)|\d{1,3}[名人],?)"
_HOW_MANY = rf"{_COUNT_NOTE}?(?:直接)?"
# A role's superior stated of it in a paragraph about the department
# (`销售经理在营销总监的领导下,…;销售代表服从销售主管的领导,…;内勤的直接上级为销售经理`).
_ROLE_UNDER = [
    (_words("领导下"), DEPT_UNDER[0]),  # `A在X的领导下`, said of a role as of a department
    (
        _words("领导下"),
        re.compile(
            rf"(?:^|(?<=[\s。;,)]))(?P<child>{SUFFIXED_NAME}){_COUNT_NOTE}"
            rf"在(?P<parent>{_LEADER})(?=[的全直领])(?:的)?(?:全面|直接)?领导下"
        ),
    ),
    (
        _words("服从"),
        re.compile(
            rf"(?:^|(?<=[\s。;,)]))(?P<child>{SUFFIXED_NAME}(?:、{SUFFIXED_NAME})*)服从"
            rf"(?P<parent>{_NAME_RUN})(?:的)?领导"
        ),
    ),
    (
        _words("汇报"),  # `招聘专员向人力资源经理汇报`, `总经理助理直接向总经理汇报`
        re.compile(
            rf"(?:^|(?<=[\s。;,:]))(?P<child>{_POST_NAME}(?:[、和]{_POST_NAME})*)(?:也|都|均)?"
            # ... `院长由总部任命,向区域运营经理汇报`: how the post is filled, then its superior
            r"(?:由[^,;。]{1,10}(?:任命|委派|聘任|提名),)?"
            rf"(?:直接|定期|每周|每月)?向"
            rf"(?P<parent>{_NAME_RUN})(?:汇报|报告)(?:工作)?(?=[,;。\s]|$)"
        ),
    ),
    (
        _words("听"),  # `班长听队长的`
        re.compile(
            rf"(?:^|(?<=[\s。;,:]))(?P<child>{_POST_NAME}(?:[、和]{_POST_NAME})*)"
            rf"(?:也|都|均|只|直接)?听(?P<parent>{_NAME_RUN})的(?=[,;。\s]|$)"
        ),
    ),
    (
        _words("归"),  # `采购主管和采购经理都归供应链总监管`
        re.compile(
            rf"(?:^|(?<=[\s。;,:]))(?P<child>{_POST_NAME}(?:[、和]{_POST_NAME})*)(?:也|都|均)?"
            rf"归(?P<parent>{_NAME_RUN})(?:管理|管|领导)(?![\u4e00-\u9fff])"
        ),
    ),
    (
        re.compile(r"负责(?=[,;。\s]|$)"),  # `(二)展厅销售主管、大客户主管对销售经理负责;`
        re.compile(
            rf"(?:^|(?<=[\s。;,)]))(?P<child>{SUFFIXED_NAME}(?:、{SUFFIXED_NAME})*){_HOW_MANY}"
            rf"(?:同样)?对(?P<parent>{_NAME_RUN})(?:直接)?负责(?=[,;。\s]|$)"
        ),
    ),
    (
        # `售前顾问不挂在区域组下面,统一向销售VP汇报`: a later clause of a sentence opened by
        # the post, with no subject of its own.
        re.compile(r",(?:统一|直接|只|都|而是|而)*(?:向|对|归|的?直接上级)"),  # rarer than 负责
        re.compile(
            rf"(?:^|(?<=[\n。]))(?P<child>{SUFFIXED_NAME})(?:不|没|并不|并没)[^,;。\n]{{1,16}},"
            rf"(?:统一|直接|只|都|而是|而)*(?:(?:向|对|归)(?P<parent>{_NAME_RUN})"
            rf"(?:汇报|报告|负责|管理|管|领导)|的?直接上级(?:是|为)(?P<named>{_NAME_RUN}))"
            rf"(?=[,;。\s(]|$)"
        ),
    ),
    (
        _words("直接上级"),  # `内勤的直接上级为销售经理`, `品牌专员、推广专员直接上级为X`
        re.compile(
            # ... `注:区域督导直接上级为营运部经理` after a note's label too
            rf"(?:^|(?<=[\s。;,):]))(?P<child>{SUFFIXED_NAME}(?:[、和]{SUFFIXED_NAME})*)"
            rf"的?直接上级(?:为|是)"
            rf"(?P<parent>{_NAME_RUN})(?=[,;。\s]|$)"
        ),
    ),
    (
        _words("之命"),  # `执行长秉承董事会之命,综理会务` (Taiwanese)
        re.compile(
            rf"(?:^|(?<=[\s。;,):]))(?P<child>{SUFFIXED_NAME})秉?承(?P<parent>{_NAME_RUN})之命"
        ),
    ),
    (
        _words("直属主管", "直属上级", "直接主管"),  # `注:社工员之直属主管为社工督导` (Taiwanese)
        re.compile(
            rf"(?:^|(?<=[\s。;,):]))(?P<child>{SUFFIXED_NAME}(?:[、和]{SUFFIXED_NAME})*)"
            rf"[的之]?(?:直属主管|直属上级|直接主管)(?:为|是)"
            rf"(?P<parent>{_NAME_RUN})(?=[,;。\s]|$)"
        ),
    ),
]


# `她向运营总监汇报`, `他们同样向主编汇报`: said of the post a paragraph is about.
_PRONOUN_SUPERIOR = re.compile(
    rf"(?:^|(?<=[\s。;,!?~:]))(?:[她他]们?|TA)(?:也|都|均|同样|目前|直接|主要)*向"
    rf"(?P<who>{_NAME_RUN})(?:汇报|报告)"
)


def pronoun_superiors(text: str, start: int, end: int) -> list[str]:
    """Superiors named in a sentence whose subject is `她`, `他`, `他们`: the post's."""
    if text.find("汇报", start, end) < 0 and text.find("报告", start, end) < 0:
        return []
    found = [tidy_name(m.group("who")) for m in _PRONOUN_SUPERIOR.finditer(text, start, end)]
    return [n for n in found if kind_of(n) == "role" and is_plausible(n)]


_CHILDREN = re.compile(r"[、和]")


def _after_of(name: str) -> str:
    """`各自区域的销售总监`: the title after `的`, when what precedes only places it."""
    _, of, title = name.rpartition("的")
    if of and kind_of(title) == "role" and not _DESCRIBED_TITLE.fullmatch(name):
        return title
    return name


def _title(name: str) -> bool:
    """A bare title (`主管`): in a blog's prose, the one post of the page that bears it."""
    return name in ROLE_SUFFIXES


# `任命郭明远同志为物流部经理,向运营中心总监汇报`: an appointment names the post and its
# superior.
_APPOINTMENT = re.compile(
    r"任命[\u4e00-\u9fff·]{2,4}(?:同志)?为(?P<child>[^,;。\n]{2,20}?),(?:并)?(?:直接)?向"
    rf"(?P<parent>{_NAME_RUN})汇报"
)


def appointments(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(post, superior) of each appointment in text[start:end] that says both."""
    if text.find("任命", start, end) < 0:
        return []
    out: list[tuple[str, str]] = []
    for m in _APPOINTMENT.finditer(text, start, end):
        child, parent = tidy_name(m.group("child")), tidy_name(m.group("parent"))
        if kind_of(child) == "role" and is_plausible(child) and kind_of(parent) == "role":
            out.append((child, parent))
    return out


def stated_superiors(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(role, superior) pairs stated in the text, each of a role by its name or its bare
    title (the caller tells which post a bare title means)."""
    out: list[tuple[str, str]] = []
    for words, pattern in _ROLE_UNDER:
        if not words.search(text, start, end):
            continue
        for m in _anchored(pattern, words, text, start, end, 60, 20):
            parent = _after_of(tidy_name(m.group("parent") or m.groupdict()["named"]))
            if (
                not _title(parent)
                and parent not in BOARDS
                and (
                    kind_of(parent) != "role"
                    or not (is_plausible(parent) or _described_title(parent))
                )
            ):
                continue
            for raw in _CHILDREN.split(m.group("child")):
                child = tidy_name(raw)
                if kind_of(child) == "role" or _title(child):
                    out.append((child, parent))
    return out


# ---------------------------------------------------------------- staffing tables

# `市场总监 (1人)`, `销售总部经理1人`, `咨询 师 二名`, `兼职推广 N 名`.
STAFF_COUNT = re.compile(
    r"(?=[(\d一二两三四五六七八九十Nn若])"
    r"(?:\(\s*(?P<p>\d+|[一二两三四五六七八九十])\s*[人名位]\s*\)"
    # A number is read from its first digit: one tried from each digit of a long run of
    # them would make the scan quadratic.
    r"|(?P<n>(?<!\d)\d+|[一二两三四五六七八九十]|N|n|若干)\s*[人名]"
    r"(?!以上|以下|左右|之|次|一组|为|的|或|及|待岗|在岗|定岗|民|均|[,、。]))"  # 人均: per head
)
_NAME_TAIL = re.compile(r"[\u4e00-\u9fffA-Za-z/ \t]+$")
# ... `培训办设护理培训干事1名`: a unit's word, then 设
_HAS_BEFORE = re.compile(
    r".+(?:还有|另有|设有|配有|配备|内设|下设|增设|新设|(?<=[办部科室组处队])设)(?=[\u4e00-\u9fff]{2})"
)
_JOINED_TITLES = re.compile(r"[\u4e00-\u9fff]{2}[及和与][\u4e00-\u9fff]{2}")
_CLAUSE_MARKS = frozenset(",。;!?")  # not 、 or :, which list the cells of a staffing line
BARE_TITLE_MAX = 6  # characters of a title without a suffix (`收银`, `洗碗工`, `兼职推广`)
# `含实习生2名`: a note on the count before; `2024年起由10人调整为8人`: a count changed
_PHRASE_CHAR = re.compile(r"[的了是在]|^[含另年]|[由为]$")
_HEADING_TAIL = re.compile(f"(?:{'|'.join(HEADING_KEYWORDS)})$")
_STAFF_LABELS = re.compile(r"^.*(?:岗位名称|职位名称|人员编制|岗位编制|编制|备注|人数|定员|定编)")


_SET_WORDS = ("设备", "设计", "设施", "置业")  # `设备科科长1名` names a post


def set_up(name: str) -> bool:
    """`设部长`, `置主任`: the verb that sets a post up, before its title."""
    return name[:1] in "设置" and not name.startswith(_SET_WORDS) and kind_of(name[1:]) == "role"


@dataclass(frozen=True)
class Staffing:
    name: str
    headcount: int | None
    start: int
    end: int
    unit: str | None = None  # the unit a table's row names for the post


def names_a_count(name: str) -> bool:
    """`股级领导职数`: a count of posts, written where a post's name would be."""
    return name.endswith("职数")


_TASK_MARK = re.compile(r"[ \t]*[-*]?[ \t]*\[[ xX]\]")  # a to-do list's checkbox


def staffing_in(text: str, start: int, end: int) -> list[Staffing]:
    """Titles with a headcount in a staffing table or chart box."""
    out: list[Staffing] = []
    prev_end = start
    for m in STAFF_COUNT.finditer(text, start, end):
        a, b = m.span()
        paren = m.group("p") is not None
        after = text[b : b + 1]
        seg_start = prev_end
        prev_end = b
        # `…,经理助理1人,…`: a count a sentence goes on after is a post's only if it names one
        in_prose = not paren and after in (",", "、", "。", ";", ")")
        raw = m.group("p") or m.group("n")
        count = _count(raw)
        if count == 0:
            continue
        seg = text[max(seg_start, a - 40) : a]
        # Only the run of name characters (and wrap spaces) right before the count; one
        # character class, so the search stays linear on long lines.
        tail = _NAME_TAIL.search(seg)
        if not tail:
            continue
        tokens = tail.group(0).split()[-4:]
        if not tokens:
            continue
        name = tokens.pop()
        while tokens and (len(name) <= 2 or len(tokens[-1]) == 1):
            if kind_of(tokens[-1]) == "role" and not _title(name):
                break  # `客服主管 无 4人`: a cell after a post's, no part of its name
            name = tokens.pop() + name
        name = _HEADING_TAIL.sub("", _STAFF_LABELS.sub("", name))  # `化验员岗位职责(4人)`
        if set_up(name):
            name = name[1:]  # `设部长1名`, `置護理部主任一人`
        if (has := _HAS_BEFORE.match(name)) and kind_of(name[has.end() :]):
            name = name[has.end() :]  # `生产技术部除部长外还有技术员3名`, `图书馆内设办公室(3名)`
        name = _after_among(name)
        run_start = max(seg_start, a - 40) + tail.start()
        if len(name) <= 2 and text[run_start - 1 : run_start].isdigit():
            continue  # `按每 400 户配 1 人`: the unit of a number, then a ratio
        if _TASK_MARK.match(text, line_start(text, a)):
            continue  # `- [x] 德语客服到岗 2 人`: a to-do, no staffing
        if names_a_count(name):
            continue  # `股级领导职数5名`: how many leading posts a level has, no post
        if not kind_of(name) and (
            text[run_start - 1 : run_start] in _CLAUSE_MARKS
            or max(map(len, name.split("/"))) > BARE_TITLE_MAX  # `自媒体/平面设计`: two
        ):
            continue  # `公司这两年员工从120人…`: prose, no table's cell
        if in_prose and kind_of(name) != "role":
            continue
        if not name or STAFFING_NOISE.search(name) or not is_plausible(name, strict=False):
            continue
        if len(name) < 2 or _PHRASE_CHAR.search(name) or name in NOT_A_NAME:
            continue
        if name in FIELD_KINDS:
            continue  # `直接下属4人`: a count of those one manages
        if not kind_of(name) and _COUNTED_TITLE.match(text, b):
            continue  # `指定一名副院长`: the count is of the title after it
        if count is None and _JOINED_TITLES.search(name):
            continue  # `知客及楼面服务员若干名`: two titles, neither counted
        out.append(Staffing(name, count, a - len(name), b))
    return out


_COUNTED_TITLE = re.compile(rf"{SUFFIXED_NAME}")


def _after_among(name: str) -> str:
    """`其中品质经理` of `品质部定编14人,其中品质经理1人`: the title after `其中`."""
    return name[2:] if name.startswith("其中") and kind_of(name[2:]) else name


# `岗位 人数 班次 备注 店长 1 全日班 … 打荷 3 两班倒 合计 44`: a staffing table flattened into
# a run of words; its rows differ in length (empty cells vanish), so each title is read as
# the word before a bare count. The head opens with its literal words, so the engine skips
# to them (the blank before it is checked after).
_COUNT_HEAD = re.compile(
    r"(?:岗位名称|岗位|职位|职称)"
    # (a column of English titles first: `职称 英文职称 所属单位 编制`, its words passed over)
    r"(?P<english>[ \t\u3000]+英文(?:职称|名称))?"
    r"(?P<between>(?:[ \t\u3000]+(?:所属部门|所属单位|所属|部门|单位|班组|组别)){0,1})"
    r"[ \t\u3000]+(?:人数|编制|定员|定编)(?:\([人名]\))?(?=\s)"
)
_WORDS = re.compile(r"\S+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&./-]*")
_COUNT_WORD = re.compile(r"\d{1,3}")
_TITLE_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_TABLE_END = frozenset({"合计", "总计", "小计"})
_MIN_COUNTED_ROWS = 3  # fewer pairs could be chance


def counted_rows(text: str, start: int, end: int) -> list[Staffing]:
    """Titles each before its count in a staffing table flattened into a run of words."""
    out: list[Staffing] = []
    if all(text.find(w, start, end) < 0 for w in ("岗位", "职位", "职称")):
        return out
    for head in _COUNT_HEAD.finditer(text, start, end):
        if head.start() > start and not text[head.start() - 1].isspace():
            continue
        if text.find("序号", line_start(text, head.start(), start), head.start()) >= 0:
            continue  # numbered rows: a row's number would be read as the count of a remark
        stop = BLANK_LINE.search(text, head.end(), end)
        words = list(_WORDS.finditer(text, head.end(), stop.start() if stop else end))
        if head.group("english"):
            words = [w for w in words if not _LATIN_WORD.fullmatch(w.group())]
        rows: list[Staffing] = []
        # `职称 所属 编制 … 店长 门市 1 全日`: a unit's column between the title and the count
        skip = 1 if head.group("between") else 0
        for i in range(len(words) - 1 - skip):
            w, n = words[i], words[i + 1 + skip]
            title = w.group()
            if title in _TABLE_END or words[i + skip].group() in _TABLE_END:
                break
            if title.endswith(tuple(_TABLE_END)):
                continue  # `品质部合计 14`: a unit's subtotal, the table going on
            if not _COUNT_WORD.fullmatch(n.group()) or not _TITLE_WORD.fullmatch(title):
                continue
            if skip and kind_of(title) != "role":
                continue  # `门市 1`: the unit's cell before the count, not a post's
            if title in FIELD_KINDS or title in NOT_A_NAME or not is_plausible(title):
                continue
            rows.append(Staffing(title, int(n.group()), w.start(), n.end()))
        if len(rows) >= _MIN_COUNTED_ROWS:
            out += rows
    return out


# A staffing table cut by tabs: a head row naming the post's column and a count's
# (`部门 岗位 早班 中班 夜班 合计 备注`, `序号 班组 岗位 班次 每班人数 定员`), over rows of
# posts. The count is the column the head names first of `_COUNT_COLUMNS`; a unit's
# column (merged cells left blank) gives the post's unit.
_TAB_HEAD = re.compile(r"(?m)^(?P<head>[^\n]*\t[^\n]*(?:定员|编制|定编|人数|合计)[^\n]*)$")
_POST_COLUMNS = ("岗位", "岗位名称", "职位", "职称")
_COUNT_COLUMNS = ("定员", "编制", "定编", "编制人数", "定员人数", "岗位定员", "合计", "人数")
_UNIT_COLUMNS = ("部门", "所属部门", "班组", "科室", "组别", "单位")


def tab_staff_rows(text: str, start: int, end: int) -> list[Staffing]:
    """Titles with their counts, and their units where the table gives them, in a staffing
    table cut by tabs."""
    out: list[Staffing] = []
    if "\t" not in text[start:end]:
        return out
    for m in _TAB_HEAD.finditer(text, start, end):
        head = [c.strip() for c in m.group("head").split("\t")]
        post = next((i for i, c in enumerate(head) if c in _POST_COLUMNS), None)
        total = next((head.index(c) for c in _COUNT_COLUMNS if c in head), None)
        if post is None or total is None or len(head) < 3:
            continue
        unit_col = next((i for i, c in enumerate(head) if c in _UNIT_COLUMNS), None)
        unit = None
        pos = m.end() + 1
        while pos < end:
            row_end = text.find("\n", pos, end)
            row_end = end if row_end < 0 else row_end
            cells = [c.strip() for c in text[pos:row_end].split("\t")]
            if len(cells) <= max(total, post) or cells[post] in _TABLE_END or not cells[post]:
                break
            if unit_col is not None and unit_col < len(cells) and cells[unit_col]:
                unit = cells[unit_col] if kind_of(cells[unit_col]) == "dept" else None
            name = tidy_name(cells[post])
            count = cells[total].split()[0] if cells[total] else ""
            if kind_of(name) == "role" and _COUNT_WORD.fullmatch(count):
                at = pos + text[pos:row_end].index(cells[post])
                out.append(Staffing(name, int(count), at, row_end, unit))
            pos = row_end + 1
    return out


# `岗位 大店 中店 小店` over `店长 1 1 1` rows: a staffing table with a count for each kind
# of site (or each year). Each post is set up; its count is read only where every column
# gives the same (`副店长 2 1 0` has none of its own).
_SIZED_HEAD = re.compile(
    r"(?m)^[ \t]*(?:岗位|岗位名称|职位)(?P<cols>(?:[ \t\u3000]+[\u4e00-\u9fffA-Za-z\d]{1,6}){2,6})"
    r"[ \t]*$"
)
_SIZED_ROW = re.compile(
    r"[ \t]*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})(?P<counts>(?:[ \t\u3000]+\d{1,3}){2,6})"
    r"[ \t]*(?:\n|$)"
)
_NOT_A_SIZE = re.compile(rf"{SHIFT}|合计|小计|备注|人数|编制|定员|定编")


def sized_rows(text: str, start: int, end: int) -> list[Staffing]:
    """Posts in a staffing table with a count for each kind of site, each with the count all
    columns agree on (or none)."""
    out: list[Staffing] = []
    if text.find("岗位", start, end) < 0 and text.find("职位", start, end) < 0:
        return out
    for head in _SIZED_HEAD.finditer(text, start, end):
        cols = head["cols"].split()
        if any(c in FIELD_KINDS or _NOT_A_SIZE.fullmatch(c) for c in cols):
            continue
        rows: list[Staffing] = []
        pos = head.end() + 1
        while m := _SIZED_ROW.match(text, pos, end):
            counts = m["counts"].split()
            name = tidy_name(m["name"])
            if len(counts) != len(cols) or name in _TABLE_END:
                break
            if kind_of(name) == "role" and is_plausible(name):
                count = int(counts[0]) if len(set(counts)) == 1 else None
                rows.append(Staffing(name, count, m.start("name"), m.end("counts")))
            pos = m.end()
        if len(rows) >= _MIN_COUNTED_ROWS:
            out += rows
    return out


# `核定编制15名,设主任1名、副主任2名`: the posts a unit is given, with their counts.
# `设部长1名、副部长2名`, `人员编制:生产部经理1人、计划主管1人…`, `本部门编制7人:经理1人、…`.
_POSTS = re.compile(
    # literals first (`人员编制:`, `人员配置:`): the scan skips to them
    # (`教务处置教务主任一人`: 置, as Taiwanese rules set a post up)
    r"(?:[设置]|(?:编制|定编|定员)(?:[共为]?\d{1,3}[人名])?(?::|,其中)|配置:"
    # `技术部目前32人:技术经理1人、…`: a unit's count, then its posts'
    r"|(?<=[部心组室科处])(?:目前|现有|共有?)?\d{1,3}[人名]:"
    # `膳食部7人(厨师长1人、厨师4人)`: the same, its posts in brackets
    r"|(?<=[部心组室科处队])\d{1,3}[人名]\("
    # `科级领导职数10名,其中科长8名、副科长2名`: a level's posts
    r"|职数\d{1,3}[人名],其中)"
    r"(?P<posts>(?:[A-Za-z]{0,4}[\u4e00-\u9fff]{1,8}(?:\d+|[一二两三四五六七八九十]|若干)[名人](?:\([^()]{0,20}\))?[、,和及]?){1,16})"
)
# `厨师若干名`: a post set up without its count (the list goes on after it).
_POST = re.compile(
    # `QE工程师2人`: a Latin acronym opens a title, never makes one alone
    r"(?P<name>[A-Za-z]{0,4}[\u4e00-\u9fff]{1,8}?)(?P<n>\d+|[一二两三四五六七八九十]|若干)[名人]"
)


_STAFF_CATEGORY = re.compile(r"(?:管理|技术|专业技术|操作|工作|工勤|后勤|生产|一线|辅助)人员")
# The rule cannot match without one of these.
_POSTS_WORDS = ("设", "置", "编制", "定编", "定员", "人:", "职数", "人(")


def _after_unit_sets_up(name: str) -> str:
    """`军训室置主任教官` in a list of posts set up: the unit, its verb, then the post."""
    at = name.rfind("置")  # (not 设, as in 设计师)
    return name[at + 1 :] if at > 0 and kind_of(name[at + 1 :]) == "role" else name


def posts_in(text: str, start: int, end: int) -> list[Staffing]:
    """Posts set up with a count in a sentence (`设部长1名(由总会计师兼任)、副部长1名`) or
    listed after a staffing label (`人员编制:生产部经理1人、物料员2人`)."""
    out: list[Staffing] = []
    if all(text.find(w, start, end) < 0 for w in _POSTS_WORDS):
        return out
    for m in _POSTS.finditer(text, start, end):
        for p in _POST.finditer(text, m.start("posts"), m.end("posts")):
            name, raw = p.group("name"), p.group("n")
            name = _after_among(name[1:] if set_up(name) else name)  # `…4名,设科长1名`
            name = _after_unit_sets_up(name)
            if raw == "若干":
                continue  # a count nobody gave: a post only where it is described
            if _STAFF_CATEGORY.fullmatch(name):
                continue  # `其中管理人员2名`: a kind of staff, no post
            if kind_of(name) == "role" and is_plausible(name) and not names_a_count(name):
                out.append(Staffing(name, _count(raw), p.start(), p.end()))
    return out


# The units a department's own text says it holds (`内设综合科、文秘科`).
# `内设综合科、财务科`; `下设机构<TAB>A、B` as a table writes it, the kind of units passed by
_UNITS_WITHIN = re.compile(
    rf"(?:^|(?<=[\s。;]))(?:内设|下设)(?:(?:机构|部门|科室)[ \t]*[:\t][ \t]*)?(?P<list>{_LIST})"
)


def units_within(text: str, start: int, end: int) -> list[str]:
    return [
        n
        for m in _UNITS_WITHIN.finditer(text, start, end)
        for n in _list_names(m.group("list"))
        if kind_of(n) == "dept"
    ]


# `主要考核指标为:A、B和C`, `对店长的考核主要包括A、B等指标`: measures named in a sentence.
# The measures open the sentence or follow 主要/的: `负责制定考核指标为…` names none.
_PROSE_KPIS = re.compile(
    r"(?:^|(?<=[\s。;,:的要]))(?:考核指标|绩效指标|考核|KPI)(?:主要)?(?:为|是|包括|有)+"
    r"\s*[:：]?\s*(?P<list>[^。\n;]{2,120})"
)
_KPI_SEP = re.compile(r"[、,;]|(?<=[^\s、,]{3})(?:和|以及)(?=[^\s、,]{3})")
_KPI_TAIL = re.compile(r"(?:等|等等)?(?:各项|几项|方面|几个方面)?(?:考核)?(?:指标)?$")


# `市场主管的考核指标为:A,权重50%;B,权重20%`, `招生顾问以成交为核心,指标为:…`: a post's
# measures in a sentence that names the post first (a KPI section of a manual).
_POST_KPIS = re.compile(
    r"(?:^|(?<=[\s。;?!]))(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z、]{1,24}?)"
    r"(?:\d{4}年度?)?的?"  # `运输部2025年考核指标:`
    r"(?:[^,;。:\n]{1,10},)?"
    r"(?:(?:主要|核心|关键)?(?:考核指标|绩效指标|质量控制指标|质控指标|考核|指标|KPI)(?:主要)?"
    r"(?:就|共|一共)?(?:为|是|包括|有)?"  # `护士长的KPI就三个:`
    r"(?:[一两二三四五六七八九十\d]个)?|按以下指标考核)[ \t]*:"  # `主编的核心指标有四个:`
    r"(?P<list>[^。\n]{2,300})"
)


# `生产管理部的考核指标为A、B和C;安全环保部的…`: the same said without a colon, a clause
# a post or unit (after a label, too: `考核:收入审计主管的考核指标为…`).
_POST_KPIS_SAID = re.compile(
    r"(?:^|(?<=[\s。;?!:]))(?P<name>[\u4e00-\u9fffA-Za-z]{2,16}?)的"
    r"(?:主要|核心|关键)?(?:考核指标|绩效指标|关键绩效指标)(?:主要)?(?:为|是|包括)"
    r"(?P<list>[^。\n;:]{2,160})"
)
_SAID_KPI_WORDS = re.compile(r"(?:考核指标|绩效指标)(?:主要)?(?:为|是|包括)(?![ \t]*:)")


@dataclass(frozen=True)
class PostKpis:
    names: list[str]  # `大客户主管、大客户专员按以下指标考核:`: one list for both
    kpis: list[str]
    start: int
    end: int


# The words and the colon after them: the key the sentence turns on.
_POST_KPI_WORDS = re.compile(
    r"(?:(?:考核指标|绩效指标|考核|指标|KPI)(?:主要)?(?:就|共|一共)?(?:为|是|包括|有)?"
    r"(?:[一两二三四五六七八九十\d]个)?|按以下指标考核)[ \t]*:"
)
_ITEM_NUMBER = re.compile(r"\s*(?:\([一二三四五六七八九十\d]{1,2}\)|[\u2460-\u2473])\s*")


# `各岗位的考核重点如下:` over `🔸园长:招生完成率、家长满意度` lines: the measures of each
# post, one line a post, under a line that says so.
_BY_POST_LEAD = re.compile(r"(?:考核|绩效|指标|KPI)[^\n]{0,24}如下[ \t]*:?[ \t]*\n")
_POST_MEASURE_LINE = re.compile(
    r"[ \t]*(?:[^\s\w(]\uFE0F?[ \t]*)?(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})[ \t]*:[ \t]*"
    r"(?P<list>[^\n:]{2,200})(?=\n|$)"
)


def _measures_by_post(text: str, start: int, end: int) -> list[PostKpis]:
    out: list[PostKpis] = []
    for lead in _BY_POST_LEAD.finditer(text, start, end):
        pos = lead.end()
        while (m := _POST_MEASURE_LINE.match(text, pos, end)) and kind_of(m["name"]) == "role":
            parts = (clean_item(_KPI_TAIL.sub("", p)) for p in _KPI_SEP.split(m["list"]))
            kpis = [k for k in parts if len(k) >= 2]
            out.append(PostKpis([tidy_name(m["name"])], kpis, *m.span()))
            pos = m.end() + 1
    return out


# `岗位 考核指标 权重 目标值 质量部经理 客户投诉次数 40% ≤2次/月 成品一次交检合格率 30% …`:
# a table of posts' (or units') measures whose rows ran together or whose first cell is left
# blank under the one above (`课别 考核指标 目标值 权重`), each owner written on its first
# row only. Each weight names the measure its row opens with, of the owner last written.
_WEIGHTED_HEAD = re.compile(
    r"(?:岗位|部门|课别|科室)[ \t\u3000]+(?:考核指标|KPI指标|绩效指标|指标名称)(?=[ \t\u3000])"
)
_MEASURE_WORD = re.compile(r"[A-Za-z\d]*[\u4e00-\u9fff]")  # not a target (`≥98%`, `100%`)


def _weighted_rows(text: str, start: int, end: int) -> list[PostKpis]:
    out: list[PostKpis] = []
    for head in _WEIGHTED_HEAD.finditer(text, start, end):
        stop = BLANK_LINE.search(text, head.end(), end)
        words = list(_WORDS.finditer(text, head.end(), stop.start() if stop else end))
        cells = [w.group() for w in words]
        labels = 0  # the head's labels after the measure's (`权重`, `目标值`)
        while labels < len(cells) and cells[labels] in FIELD_KINDS:
            labels += 1
        if "权重" not in cells[:labels]:
            continue
        w = cells.index("权重") + 1  # cells from a row's measure to its weight
        found: list[PostKpis] = []
        owner: str | None = None
        row = labels  # where the next row opens: its owner, or its measure under the last
        while row + w < len(cells) and cells[row] not in _TABLE_END:
            first = row + 1 + w < len(cells) and WEIGHT.fullmatch(cells[row + 1 + w])
            if first and kind_of(cells[row]):
                owner, row = tidy_name(cells[row]), row + 1  # an owner's first row
            elif owner is None or not WEIGHT.fullmatch(cells[row + w]):
                break  # the cells no longer fall into the head's columns
            measure = cells[row]
            if not _MEASURE_WORD.match(measure) or kind_of(measure):
                break
            found.append(PostKpis([owner], [measure], words[row].start(), words[row + w].end()))
            row += 1 + labels
        if len({f.names[0] for f in found}) >= 2:
            out += found  # one owner's rows are its own table's, read where it is
    return out


# `岗位<TAB>指标<TAB>标准<TAB>分值` over rows whose post cell is left blank under the one
# above: a table of several posts' measures, cut by tabs (or bars made tabs), or by blanks
# where the post and the measure are its first two columns (`岗位 考核项目 分值 扣分标准`).
_TAB_KPI_HEAD = re.compile(r"(?m)^(?P<head>[^\n]*\t[^\n]*)$")
_OWNER_COLUMNS = ("岗位", "岗位名称", "职位", "考核对象")
_MEASURE_COLUMNS = ("指标", "考核指标", "指标名称", "考核项目", "绩效指标", "KPI指标", "KPI")
_BLANK_KPI_HEAD = re.compile(
    rf"(?m)^(?P<head>[ \t]*(?:{'|'.join(_OWNER_COLUMNS)})[ \t]+(?:{'|'.join(_MEASURE_COLUMNS)})"
    r"[ \t][^\n\t]*)$"
)
_BLANK_RUN = re.compile(r"[ \t]+")


def _tab_cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")] if "\t" in line else []


def _blank_cells(line: str) -> list[str]:
    return _BLANK_RUN.split(line.rstrip())


def _owner_kpi_rows(text: str, start: int, end: int) -> list[PostKpis]:
    heads: list[tuple[re.Match[str], Callable[[str], list[str]]]] = []
    if text.find("\t", start, end) >= 0:
        heads += [(m, _tab_cells) for m in _TAB_KPI_HEAD.finditer(text, start, end)]
    if any(text.find(w, start, end) >= 0 for w in ("岗位", "职位", "考核对象")):
        heads += [(m, _blank_cells) for m in _BLANK_KPI_HEAD.finditer(text, start, end)]
    out: list[PostKpis] = []
    for m, cells_of in heads:
        # (a head cut by blanks may be set in; its rows' first cell may be left blank)
        head = cells_of(m.group("head").lstrip() if cells_of is _blank_cells else m.group("head"))
        owner_col = next((i for i, c in enumerate(head) if c in _OWNER_COLUMNS), None)
        measure_col = next((i for i, c in enumerate(head) if c in _MEASURE_COLUMNS), None)
        if owner_col is None or measure_col is None:
            continue
        if any(FIELD_KINDS.get(c) == "duties" for c in head):
            continue  # a table of posts, their duties beside their measures: read as one
        found = _owner_rows(text, m.end() + 1, end, cells_of, len(head), owner_col, measure_col)
        if len(found) >= 2:
            out += found  # one owner's rows are its own table's, read where it is
    return out


_PAGE_BREAK_REACH = 6  # lines: blank ones, a form feed, a page number
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _owner_rows(
    text: str,
    pos: int,
    end: int,
    cells_of: Callable[[str], list[str]],
    width: int,
    owner_col: int,
    measure_col: int,
) -> list[PostKpis]:
    """The rows from pos, each post's measures gathered. A line with too few cells (a cell
    wrapped onto it, a row that lost its tabs) is passed over, and so is a page's break
    where a row follows it."""
    found: list[PostKpis] = []
    owner: str | None = None
    while pos < end:
        row_end = _first_of(text, "\n", pos, end)
        line = text[pos:row_end]
        if not line.strip():
            nxt = _next_words_line(text, row_end + 1, end)
            if nxt is None or len(cells_of(text[nxt[0] : nxt[1]])) < width - 1:
                break  # a blank line ends the table, unless a row goes on after it
            pos = nxt[0]
            continue
        cells = cells_of(line)
        if len(cells) < max(owner_col, measure_col) + 1 or len(cells) < width - 1:
            pos = row_end + 1
            continue
        if cells[owner_col] in _TABLE_END:
            break
        if cells[owner_col]:
            owner = tidy_name(cells[owner_col])
            if kind_of(owner) != "role" or not is_plausible(owner):
                break
        measure = cells[measure_col]
        if owner is None or not _MEASURE_WORD.match(measure):
            break
        # (a cell may list several: `巡检记录完整率、漏检批次数`)
        measures = [k for k in (p.strip() for p in _KPI_SEP.split(measure)) if len(k) >= 2]
        if found and found[-1].names == [owner]:
            last = found[-1]
            found[-1] = PostKpis(last.names, [*last.kpis, *measures], last.start, row_end)
        else:
            found.append(PostKpis([owner], measures, pos, row_end))
        pos = row_end + 1
    return found


def _next_words_line(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The next line with words from pos, within a few lines."""
    for _ in range(_PAGE_BREAK_REACH):
        if pos >= end:
            return None
        line_end = _first_of(text, "\n", pos, end)
        if _WORD_CHAR.search(text, pos, line_end):
            return pos, line_end
        pos = line_end + 1
    return None


def post_kpis(text: str, start: int, end: int) -> list[PostKpis]:
    """Measures named for a post in a sentence of their own: one per `;` (a weight stays
    with its measure), else one per `、` (or `和` before the last)."""
    out: list[PostKpis] = []
    if all(text.find(w, start, end) < 0 for w in ("考核", "指标", "KPI")):
        return out
    if text.find("权重", start, end) >= 0:
        out += _weighted_rows(text, start, end)
    out += _owner_kpi_rows(text, start, end)
    if text.find("如下", start, end) >= 0:
        out += _measures_by_post(text, start, end)
    # Searched only around the words: a name tried at every position is slow.
    for m in _anchored(_POST_KPIS, _POST_KPI_WORDS, text, start, end, 40, 320):
        raw = _ITEM_NUMBER.sub(";", m.group("list"))  # `(一)A;(二)B`, `①A ②B`
        parts = raw.split(";") if ";" in raw else _KPI_SEP.split(raw)
        kpis = [k for k in (_KPI_TAIL.sub("", p.strip(" ,")) for p in parts) if len(k) >= 2]
        if kpis:
            names = [tidy_name(n) for n in m.group("name").split("、")]
            out.append(PostKpis(names, kpis, m.start(), m.end()))
    for m in _anchored(_POST_KPIS_SAID, _SAID_KPI_WORDS, text, start, end, 30, 170):
        said = (_KPI_TAIL.sub("", p.strip(" ,")) for p in _KPI_SEP.split(m.group("list")))
        kpis = [k for k in said if len(k) >= 2]
        name = tidy_name(m.group("name"))
        if kpis and kind_of(name) and is_plausible(name):
            out.append(PostKpis([name], kpis, m.start(), m.end()))
    if text.find("—", start, end) >= 0:
        out += _dashed_kpis(text, start, end)
    return out


# `三、考核:店长——月度营业额、会员续费率;私教——月课时量`: on a line labelled for
# measures, each post, a dash, its measures.
_MEASURES_LABEL_LINE = re.compile(
    r"(?m)^[^\n:]{0,12}?(?:考核|KPI|绩效指标|考核指标)[^\n:]{0,6}:[^\n]*—"
)
_DASHED = re.compile(
    r"(?:(?<=[:;])|^)[ \t]*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})[ \t]*—{1,2}"
    r"[ \t]*(?P<list>[^;。\n]{2,120})",
    re.M,
)


def _dashed_kpis(text: str, start: int, end: int) -> list[PostKpis]:
    out: list[PostKpis] = []
    for line in _MEASURES_LABEL_LINE.finditer(text, start, end):
        line_end = _first_of(text, "\n", line.start(), end)
        for m in _DASHED.finditer(text, text.index(":", line.start()) + 1, line_end):
            name = tidy_name(m.group("name"))
            kpis = [k.strip() for k in _KPI_SEP.split(m.group("list")) if len(k.strip()) >= 2]
            # (a title without a suffix, `私教`, is read where the unit has such a post)
            if kpis and (kind_of(name) or len(name) <= BARE_TITLE_MAX) and is_plausible(name):
                out.append(PostKpis([name], kpis, m.start(), m.end()))
    return out


# A post's measures in a sentence with no colon, in a KPI section: `市场专员主要考核A、B和C
# 三项,权重依次为40%、35%、25%`, `课程顾问按A(权重50%)、B(权重25%)进行考核`,
# `市场主管的考核以A为核心,权重占50%,其余为B20%、C15%`.
# (`及时率` is one measure, not two cut at `及`)
_PROSE_SPLIT = re.compile(r"[、,;]|(?<=[^\s、,]{2})(?:和|及(?!时)|以及)(?=[^\s、,]{2})")
# (`主要` alone is a measure's own word: `主要污染物排放达标率`)
_PROSE_LEAD = re.compile(
    r"^(?:的)?(?:(?:主要|另外|还|只)?(?:考核指标|考核|KPI)(?:都|也)?(?:主要|重点)?"
    r"(?:看|包括|为|以|按|是)?|(?:主要|另外|还|只)?(?:都|也)?(?:主要|重点)?(?:看|包括|为|以|按|是))?"
    r"(?:其余为)?"
)
_PROSE_WEIGHT = re.compile(r"\(?(?:权重)?(?:占|为)?\d{1,3}(?:\.\d)?%\)?|各占.*$")
# (`…和医疗差错次数这三项`, `差评回复率也算一项`)
_PROSE_TAIL = re.compile(
    r"(?:为核心|为主|这?[两二三四五六七八九十]项|(?:进行)?考核|等|也算一项|也算)$"
)
# `护士看两项:A和B`, `前台主要考核两个数:A和B`: a count of the measures, then them;
# `做大项目的再加一个客单价`: one more for some.
_COUNTED_LEAD = re.compile(
    r"^(?P<verb>(?:主要|重点)?(?:看|考核))[两二三四五六七八九十]个?(?:项|数|指标):"
)
_ONE_MORE = re.compile(r"^[^,、]{0,12}?(?:再加|另加|外加)(?:一个|一项)?")
_PROSE_MEASURE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9]{2,18}"
    r"(?:率|量|数|额|(?<![制进年季月])度|得分|业绩|(?<!打)分|产值|小时|消耗|场次|情况|价)$"
    r"|创收|营收|利润"
)


def prose_post_kpis(
    text: str, start: int, end: int, names: list[str], units: frozenset[str] = frozenset()
) -> list[PostKpis]:
    """Measures named for a post, by its name opening a sentence that speaks of appraisal
    or weights: each part between `、` `,` `和` that ends as a measure does, its weight off.
    A unit's (of `units`) only where the words after its name say so (`客房部按月考核A、B`,
    `前厅部看A和B`): a unit's duties speak of appraisal too (`负责…客服考核等,提高A和B`)."""
    out: list[PostKpis] = []
    if all(text.find(w, start, end) < 0 for w in ("考核", "%", "看")):
        return out
    for name in names:
        at = text.find(name, start, end)
        while at >= 0:
            after = at + len(name)
            stop = min(_first_of(text, "。;\n", after, end), after + _PROSE_REACH)
            opens = at == start or text[at - 1] in _SENTENCE_OPEN
            sentence = text[after:stop]
            also = _ALSO_NAMED.match(sentence)  # `会籍经理和私教经理都看…`
            whose = [name]
            if also:
                if tidy_name(also.group("name")) in names:
                    whose.append(tidy_name(also.group("name")))
                sentence = sentence[also.end() :]
            if name in units:
                said = _UNIT_MEASURED.match(sentence)
                kpis = _prose_measures(sentence[said.end() :]) if opens and said else []
                if kpis:
                    out.append(PostKpis(whose, kpis, at, stop))
            elif opens and not sentence.startswith(":") and _SPEAKS_OF_WEIGHT.search(sentence):
                kpis = _prose_measures(sentence)
                if len(kpis) >= 2 or (kpis and _ONE_MEASURE.fullmatch(sentence.strip())):
                    out.append(PostKpis(whose, kpis, at, stop))
            at = text.find(name, after, end)
    return out


# The words after a post's or unit's name that say it is measured (`看`, `按月考核`).
_MEASURED_WORDS = r"(?:的)?(?:主要|重点|按[月季年]度?|每[月季年]度?)?(?:看|考核)(?!工作)"
_MEASURED_OPENING = re.compile(  # (not `由护士长按季度考核`: who appraises)
    rf"(?![由被经])(?P<name>{NAME_CHAR}{{2,12}}?){_MEASURED_WORDS}"
)


def measured_name(text: str, pos: int) -> str | None:
    """The post or unit a sentence at pos opens with, said to be measured (`前厅部看A和B`,
    `客房部按月考核A、B`), if any."""
    m = _MEASURED_OPENING.match(text, pos)
    name = tidy_name(m.group("name")) if m else None
    return name if name and kind_of(name) in ("role", "dept") and is_plausible(name) else None


_PROSE_REACH = 200  # characters of the sentence after the post's name
_UNIT_MEASURED = re.compile(_MEASURED_WORDS)
_ALSO_NAMED = re.compile(r"[和、](?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)(?=都|也|看|主要|的考核)")
_SENTENCE_OPEN = frozenset(" \t\n。;:!?,")  # `考核上,区域经理看A、B;店长看…` too
# `合伙人主要看创收、…`, `私教教练看课时消耗和续课率`
# `客服主管看患者满意度`: one measure, the whole of what the post is looked at by.
_ONE_MEASURE = re.compile(r"(?:主要|重点|就|只)?看[^,、和及]{2,18}")
_SPEAKS_OF_WEIGHT = re.compile(r"考核|权重|占\d|^(?:主要|重点|都|也)?看(?![一二两几]眼)")


def _first_of(text: str, chars: str, start: int, end: int) -> int:
    found = [i for i in (text.find(c, start, end) for c in chars) if i >= 0]
    return min(found) if found else end


def _prose_measures(sentence: str) -> list[str]:
    """The parts of a sentence between `、` `,` `和` that end as measures do (`主要看A、B和C`,
    `以A为主,另外看B`), without their lead-in words or weights."""
    out: list[str] = []
    sentence = _COUNTED_LEAD.sub(r"\g<verb>", sentence.strip())
    for part in _PROSE_SPLIT.split(sentence):
        part = _ONE_MORE.sub("", _PROSE_WEIGHT.sub("", part.strip()))
        part = _PROSE_TAIL.sub("", _PROSE_LEAD.sub("", part)).strip()
        if _PROSE_MEASURE.fullmatch(part) and "考核" not in part and part not in out:
            out.append(part)
    return out


_SPOKEN_LEAD = re.compile(r"^(?:主要|另外|还|考核)*(?:看|以)|^考核")


def spoken_measures(sentence: str) -> list[str]:
    """A KPI field's sentence (`年底由成员大会测评,主要看A、B和C。`, `以A为主,另外看B`): the
    parts from the first that leads in with `看`, `考核` or `以`, without those words."""
    parts = [p.strip() for p in _PROSE_SPLIT.split(sentence.strip().rstrip("。;"))]
    first = next((i for i, p in enumerate(parts) if _SPOKEN_LEAD.match(p)), None)
    out: list[str] = []
    for part in parts[first:] if first is not None else ():
        part = _PROSE_TAIL.sub("", _PROSE_LEAD.sub("", _PROSE_WEIGHT.sub("", part))).strip()
        if len(part) >= 2 and part not in out:
            out.append(part)
    return out


def kpis_in(text: str) -> list[str]:
    """The measures a sentence names as a role's KPIs, one each."""
    found: list[str] = []
    if "考核" not in text and "指标" not in text and "KPI" not in text:
        return found
    for m in _PROSE_KPIS.finditer(text):
        for part in _KPI_SEP.split(m.group("list")):
            kpi = _KPI_TAIL.sub("", part.strip())
            if len(kpi) >= 2 and kpi not in found:
                found.append(kpi)
    return found
