"""Extraction: a file or a text in, a `Document` of units, departments and roles out.

read (bytes -> text) -> normalize (offset map kept) -> split units -> blocks and fields
-> list items -> relation rules -> records, with duplicate sections emitted once.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ingest.code_blocks import org_blocks
from ingest.item_rows import item_rows
from ingest.items import (
    BLANK_LINE,
    STAFFING_NOTE,
    clean_item,
    find_markers,
    has_content,
    split_items,
)
from ingest.lines import line_end, line_start
from ingest.matrix import matrix_duties
from ingest.names import (
    SUFFIXED_NAME,
    dept_prefix,
    first_dept,
    is_plausible,
    kind_of,
    strip_org,
    tidy_name,
)
from ingest.normalize import NormalText, normalize
from ingest.owned_measures import owned_measures
from ingest.people import people_data
from ingest.read import DOCUMENT_SUFFIXES, STRUCTURED_SUFFIXES, iter_text_chunks, read_path
from ingest.records import Department, Document, ReportFlow, Role, Unit
from ingest.relations import (
    BARE_TITLE_MAX,
    UNIT_WORDS,
    ParentLink,
    PostKpis,
    appointments,
    arrow_lines,
    coordination_in,
    counted_rows,
    dual_leadership_in,
    is_authority,
    kpis_in,
    may_name_coordination,
    may_name_superiors,
    may_state_reports,
    measured_name,
    names_a_count,
    naming_notes,
    post_kpis,
    posts_in,
    pronoun_superiors,
    prose_post_kpis,
    referent,
    reports_in,
    set_up,
    set_up_under_headings,
    sized_rows,
    split_names,
    spoken_measures,
    staffing_in,
    stated_superiors,
    structure_links,
    superiors_in,
    tab_staff_rows,
    units_within,
)
from ingest.segment import (
    ORG_LINE,
    TITLE_HINT,
    Block,
    Field,
    Header,
    UnitSpan,
    find_blocks,
    find_fields,
    headcount_of,
    split_units,
    work_area_at,
)
from ingest.vocab import (
    BOARDS,
    FIELD_KINDS,
    KPI_ITEM,
    KPI_NAME_COLUMNS,
    NOT_A_NAME,
    SUMMARY_SENTENCES,
)
from kb.errors import InputError
from kb.names import norm_name, norm_text

Span = tuple[int, int]

# `销售经理1人、销售代表5人`: a list item that only counts positions is staffing, not a duty.
_STAFF_ENTRY = (
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*(?P<n>\d{1,3}|[一二两三四五六七八九十])\s*[人名位]"
)
_STAFF_ENTRY_RE = re.compile(_STAFF_ENTRY)
_STAFF_LIST = re.compile(rf"(?:{_STAFF_ENTRY}\s*[、,;]?\s*)+")
# `汇报关系:向大区经理汇报`: the superior between the words.
_TO_WHOM = re.compile(r"^向|(?:汇报|负责)(?:工作)?$")  # `向中心主任负责`: to whom one answers


# How a measure's name ends: `及时率`, `次数`, `销售额`, `满意度`, `评分`, `周转天数`.
_MEASURE_END = re.compile(
    r"(?:[率数额量度分值比次天费本润入款时长效价耗]|里程|ROI|GMV|UV|PV|CTR|CVR)$"
)


# A measure with its target: `不低于95%`, `≤1.5%`, `每月不超过2起`, `100%`.
_TARGET = re.compile(
    r"不低于|不高于|不超过|不少于|不多于|达到|以内|为0|为零|[≥≤<>]|\d\s*%|\d+\s*[次起分个]"
)
_OUTSIDE_BRACKETS_COMMA = re.compile(r"、(?![^()]*\))")  # `翻台率(午、晚市平均)` is one


_AFTER_WEIGHT = re.compile(r"(?<=%\))\s*(?=[\u4e00-\u9fff])")
_LEAD_IN = re.compile(r"^[^:]{2,80}如下:")
_APPRAISED = re.compile(
    r"(?P<who>[^,;:。、]{0,16}?)(?:重点|主要)考核(?:指标|内容)?(?:为|是|包括)?(?=[^,;。、]{2})"
)
_BY_MEASURES = re.compile(r"以(?P<list>.{2,80}?)为(?:主要|核心)?(?:的)?(?:考核)?指标")
_APPRAISED_REACH = 24  # characters: the words before the measures


def _measures(item: str) -> list[str]:
    """`理货及时率、陈列合格率、服务态度评分`: a KPI item names one measure per `、`
    (and `和` before the last), or per `,` where each names its target. `漏检、错检次数`
    is one measure of two things: a short part that names no measure shares the end of the
    next (`ROI`, `GMV` name one)."""
    item = item.split("。", 1)[0]  # a measure ends with its sentence; a note may follow
    if "%)" in item and _AFTER_WEIGHT.search(item):  # `A(40%)  B(30%)`, its blanks gone
        return [part.strip() for part in _AFTER_WEIGHT.split(item) if part.strip()]
    if "如下" in item:
        item = _LEAD_IN.sub("", item)  # `…考核指标及权重如下:A(30%)`
    named = _BY_MEASURES.fullmatch(item) if item.startswith("以") else None
    if named:
        item = named.group("list")  # `以A、B和C为主要考核指标`
    said = _APPRAISED.match(item) if "考核" in item[:_APPRAISED_REACH] else None
    if said and (not said.group("who") or kind_of(said.group("who")) == "role"):
        item = item[said.end() :]  # `客房部经理重点考核A、B和C`
    targets = item.split(",")
    stated = sum(1 for t in targets if _TARGET.search(t))
    if len(targets) > 1 and stated >= max(2, len(targets) - 1):
        # `满意度不低于95%,成本率不高于38%`; of three or more, one may state none
        # (`收银差错率不超过万分之三,长短款当日查清,排队等候不超过5分钟`).
        return [t.strip() for t in targets]
    if " / " in item:  # `SLA达成率 / 客户满意度 / 投诉关闭周期`: cut apart, set off by blanks
        parts = [p.strip() for p in item.split(" / ")]
        if all(len(p) >= 2 for p in parts):
            return parts
    for cut in (",", "/"):  # `招聘计划完成率,招聘到岗及时率`, `GMV达成率/直播间转化率`
        parts = item.split(cut)  # ... with its target (`核心系统可用率≥99.95% / 变更成功率`)
        if len(parts) > 1 and all(_measure_name(_TARGET_AT_END.sub("", p.strip())) for p in parts):
            return [p.strip() for p in parts]
    parts = [p.strip() for p in _OUTSIDE_BRACKETS_COMMA.split(item)]
    *head, last = parts
    if head and "和" in last:  # `A、B和C` (not 及, which also opens 及时率)
        parts = [*head, *(p.strip() for p in last.split("和"))]
    if any(len(p) <= 3 and not _MEASURE_END.search(p) and not p.isascii() for p in parts[:-1]):
        return [item]
    return parts if len(parts) > 1 and all(len(p) >= 2 for p in parts) else [item]


# A heading about KPIs, some way back: the lists under it may be measures.
_KPI_CONTEXT = re.compile(r"KPI|关键绩效|绩效考核|绩效指标|考核指标|(?:岗位|季度|年度|月度)考核")
_KPI_REACH = 400  # characters
# A chapter's heading (`四、…`, `第三章 …`); one on measures names them (`年度绩效指标`).
_CHAPTER_HEADING = re.compile(
    r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分]+[ \t]*)"
    r"[^\n]{1,60}$"
)
_CHAPTER_ON_MEASURES = re.compile(r"绩效指标|考核指标|KPI|关键绩效")
# A measure is named, not done: `提高客户满意度` is a duty that ends like one.
_DUTY_VERB = re.compile(
    r"^(?:负责|完成|提高|提升|降低|控制|组织|制定|确保|保证|协助|配合|做好|开展|管理(?!费)|执行|落实|推动|"
    r"参与|审核|编制|维护|建立|实现|达成|减少|增加|加强)"
)
_MEASURE_MAX = 24  # characters of one measure's name
_NOTE_AT_END = re.compile(r"\([^()]{0,20}\)$")
# `账实相符率100%`, `付款差错次数为0`, `准确率≥90%`: a measure with its target after it.
_TARGET_AT_END = re.compile(r"(?:[≥≤><≦≧]|不低于|不高于|不超过|达到|为)?[\d.]+%?$|为[0零]$")


def _names_measures(item: str) -> bool:
    """`品牌传播计划完成率`, `内容发布及时率、粉丝互动率`: names of measures only."""
    return all(_measure_name(part) for part in _measures(item))


def _measure_name(part: str) -> bool:
    """`人事档案完整率`, `培训满意度(季度)`: the name of a measure, not a duty."""
    part = _NOTE_AT_END.sub("", part.strip())
    return (
        0 < len(part) <= _MEASURE_MAX
        and bool(_MEASURE_END.search(part))
        and not _DUTY_VERB.match(part)
    )


_STAFFING_HEADING = re.compile(r"岗位设置|岗位编制|人员编制|人员配置|定岗定编")
_STAFFING_REACH = 300  # characters back from a list to its heading
_BRACKETED_NOTE = re.compile(r"\([^()]*\)")
# `1、店长(向区域督导汇报):`: a note in a post's heading on whom it answers to.
_HEADING_NOTE = re.compile(r"\((?=[^()]*[向对受由在])[^()]{2,20}\)(?=:)")
# The staff as a whole, no post (`第五条 人员编制`): it owns no list found near it.
# What a title says of its department besides the name: `岚溪县政务服务中心机构职能`.
_ABOUT_DEPT = re.compile(r"(?:机构职能|部门职能|部门职责|主要职责|职能|职责)?")
_THIS_POST = ("本岗位", "本职位")
_OWN_SUPERIOR_LINE = re.compile(r"(?<![^\s。;])(?:本岗位|本职位)[^。;\n]{0,30}?汇报")
# `匯報：向營運總監 (Operations Director) 匯報` on a line of its own: whom the post answers to
# (a `汇报:` line of more words says what the post reports, and when).
_REPORTS_TO_LINE = re.compile(
    r"(?m)^[ \t]*汇报[ \t]*:[ \t]*向(?P<who>[\u4e00-\u9fffA-Za-z]{2,16}?)[ \t]*"
    r"(?:\([^()\n]{1,40}\))?[ \t]*汇报[ \t。]*$"
)
_MEASURED = re.compile(
    rf"(?P<name>{SUFFIXED_NAME})的?(?:年度)?考核(?:的)?(?:主要)?指标"
    # `每月对食堂工作进行一次考核,…。考核内容包括:`
    rf"|对(?P<done>{SUFFIXED_NAME})(?:的)?(?:工作)?进行[^,;。]{{0,6}}考核"
)
_MEASURED_REACH = 40  # characters back from the measures to the words naming whose they are
# `增长中台 2025 H1 OKR` opening a line: whose objectives and key results follow.
_OKR_OWNER = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?P<name>{SUFFIXED_NAME})(?![\u4e00-\u9fff])[ \t]*[^\n]{{0,16}}?OKR"
)
_OKR_REACH = 600  # characters back from a key result to its OKR's line
_LABEL_ECHO = re.compile(r"[ \t]*[\u4e00-\u9fff]{1,6}[ \t]*:")
# Labels whose text may state the superior in words.
_RELATIONS_LABELS = frozenset({"工作关系", "上下级关系", "岗位关系"})
_SHORT_TITLE = 3  # characters of a title said for a longer one (`队长` for 秩序队长)
_STAFF_AS_A_WHOLE = frozenset({"人员", "员工", "职员", "工作人员"})
_LIST_FIELDS = frozenset({"duties", "kpi", "authority"})
# No duty: a job bank's answer to 管理责任 (`担任管理职`), a checklist's task (`[ ] 领取电脑`).
_NO_DUTY = re.compile(
    r"(?:担任管理职|不需负担管理责任|无需负担管理责任)$|担任主管,管理人数|\[[ xX]\]|^\(注:"
    r"|^(?:详)?见(?:本|附|年度|第|下方|上方|下文|上文)[^,;。]{1,30}$|^(?:同上|同前)$"
    r"|^(?:合计|共计|总计)[:]?\d{1,4}[人名]$"
)  # a job bank's `管理责任` field, a checkbox, a note (`(注:服务台实行三班倒…)`), a
# pointer elsewhere (`见本说明书第四部分`, `见年度目标责任书`, a table's `同上`) and a
# staffing list's total under its last post (`驾驶员(120人)` / `合计:134人`)
# The rest of a table's head row after a label: more labels, perhaps with a year.
_LABEL_WORDS = "|".join(map(re.escape, sorted(FIELD_KINDS, key=len, reverse=True)))
_HEAD_CELL = rf"(?:\d{{2,4}}年度?)?(?:{_LABEL_WORDS})"
_HEAD_CELLS_ONLY = re.compile(rf"[ \t]*{_HEAD_CELL}(?:[ \t]*\t[ \t]*{_HEAD_CELL})*[ \t]*")


# `…工作。分管办公室、人事教育股` (a sentence closing an item), `分管食品安全监管股,联系城关所`
# (a sentence of its own, with the offices the leader keeps in touch with): the units a
# leader oversees, no duty of the leader's own. An item `2.分管辅导部` in a post's list stays.
_PORTFOLIO = re.compile(
    r"(?<=。)(?:协助)?分管[^,;。]{1,40}?(?:股|科|部|室|处|所|中心|办)(?:,联系[^,;。]{2,60})?$"
    r"|^(?:协助)?分管[^,;。]{1,40}?(?:股|科|部|室|处|所|中心|办),联系[^,;。]{2,60}$"
)
# `售前顾问的考核:A,B`, `考核就三个数:…`: a line of the post's measures among its duties
# (read by `post_kpis`).
_MEASURES_LINE = re.compile(rf"(?:{SUFFIXED_NAME}的?)?考核[^:;。,]{{0,6}}:")
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
_LINE = re.compile(r"[^\n]+")
_BULLET_OPENING_LINE = re.compile(r"(?:^|\n)[ \t\u3000]*[-•●◆■·▪✔✅☆]")
_MEASURE_LINE_MAX = 40  # characters; a longer line is a sentence, maybe wrapped
# `汇报关系:店长→区域经理`: the chain drawn from the role up; the superior is its end.
_CHAIN_UP = re.compile(r"^[^;\n]*(?:→|->|⇒)\s*")
# `如销售额、市场份额、客户满意度等`: measures given as examples inside a KPI sentence.
_EXAMPLES = re.compile(r"如(?P<list>[^,;。如]{2,80}?)等")
_ORG = re.compile(
    r"(?P<org>[\u4e00-\u9fffA-Za-z]{2,24}?(?=[有集公事])(?:有限责任公司|有限公司|集团公司|集团|公司|事业部))"
)
# Every company suffix `_ORG` and `ORG_LINE` end with holds one of these.
_ORG_WORDS = re.compile(r"公司|集团|事业部")
_ORG_PHRASE = re.compile(
    r"[是的为在对向各由从将把与和及要可]|负责|本公司|根据|依据|按照|实现|推动|主持|协助|配合|制定|"
    r"明确|适合|参与|维护|提升|确保|完成|执行|代表|结合|围绕|随着|确定|决定|架构"
)
_ORG_SUFFIXES = frozenset({"有限责任公司", "有限公司", "集团公司", "股份公司", "公司", "集团"})
_GENERIC_ORG = re.compile(
    r"^(?:某|XX|xx|\*|小型|大型|销售|公司|分公司|子公司|电子商务|房地产|培训机构|汽车销售服务)"
)
# `(1)`, `1、`, `二.`, `①`, a bullet. Written to open with a character class (the rest
# looks back at which character it was), so the engine skips to the candidates.
_LIST_HEAD = re.compile(
    r"[(0-9一二三四五六七八九十\u2460-\u2473●◆■☆\-•·‧✅.]"
    r"(?:(?<=\()[0-9一二三四五六七八九十]{1,2}[)、.．]"
    r"|(?<=[0-9一二三四五六七八九十])[0-9一二三四五六七八九十]?[)、.．]"
    r"|(?<=[\u2460-\u2473●◆■☆\-•·‧✅])"
    r"|(?<=(?<=\n)\.)(?=[\u4e00-\u9fff]))"  # `．综理…` (`．` made `.`) opening a line
)
_LABEL_MAX = 8  # characters of a label line between a unit's sentence and its list
# How a line ends that closes an item of a list one item a line (NFKC made `；` `;`).
_ITEM_ENDS = frozenset("。;")
_SUBJECT = re.compile(rf"(?P<name>{SUFFIXED_NAME})(?:在|受|服从|对|向)")
_REQUIREMENTS = re.compile(r"(?:任职要求|任职资格|任职条件|岗位要求):")
_LAST_AREA = re.compile(r"\n[ \t]*[一二三四五六七八九十]{1,2}、[ \t]*[\u4e00-\u9fff]{2,10}\Z")
_LEADS_INTO_ITEMS = re.compile(r"[^:;。]{2,60}?(?:主要|具体)?负责(?:以下工作|如下工作)?:(?=\S)")
_POSTS_ABOVE = re.compile(
    rf"以上(?:各)?(?:岗位|职位|人员)?(?:均|都|全部|皆)(?:直接)?向(?P<who>{SUFFIXED_NAME})(?:汇报|负责)"
)
_TABLE_OWNER = re.compile(
    rf"(?:^|(?<=[\s:]))(?P<name>{SUFFIXED_NAME})的?(?:考核指标|绩效指标|KPI|考核)[^\n]{{0,10}}"
    r"如下表?[ \t]*:?[ \t]*\n"
)
_TABLE_REACH = 800  # characters back from a cell to the line its table is introduced by
_TOTAL_CELLS = frozenset({"合计", "总计", "小计"})  # a table's closing row names no measure
# A unit's numbered sections: the first (`一、科室职责`) and one after it (`二、质量控制指标`).
_FIRST_SECTION = re.compile(r"(?:^|\n)[ \t]*一、")
_LATER_SECTION = re.compile(r"[ \t]*[二三四五六七八九十]、")
# A line opening the next section (`三、岗位说明`, `2 客户服务中心`, `第三章 …`).
_NEXT_SECTION = re.compile(
    r"[ \t]*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[ \t]"
    r"|第[一二三四五六七八九十]{1,3}[章节部])"
)
_ANSWERS_LINE = re.compile(
    r"^[ \t]*(?:[-•·*][ \t]*)?(?:直接)?向(?P<who>[^,;。\s]{2,14}?)汇报[ \t]*$", re.M
)
# A unit's word alone as a heading's name, standing for the unit talked about.
_BARE_UNIT_WORDS = frozenset({"中心", "中台", "部门", "本部"})
# `×4(汇报给:店铺运营主管)` after an outline's post: its count and superior.
# `(股级,隶属县应急救援指挥中心)` or `(隶属于前厅部)` opening a unit's text: where it
# belongs (read with the structure), no duty.
_BELONGS_NOTE = re.compile(r"\s*:?\s*\([^()\n]{0,16}(?:隶属|归属|直属)[^()\n]{1,20}\)[ \t]*(?=\n)")
_OUTLINE_NOTE = re.compile(
    r"[ \t]*(?:[×xX*][ \t]*(?P<n>\d{1,3})[人名]?)?[ \t]*"
    r"\((?:汇报给|汇报对象|直接上级|上级)[ \t]*:?[ \t]*(?P<who>[^()\n]{1,20})\)[ \t]*(?=\n)"
    r"|[ \t]*[×xX*][ \t]*(?P<alone>\d{1,3})[人名]?[ \t]*(?=\n)"
    # `办公室主任岗位职责(在局长领导下开展工作)`, `X科长(向分管副局长负责)`: whom the
    # post answers to, said after its heading
    r"|[ \t]*\((?P<said>(?:在|向|对|受)[^()\n]{2,24})\)[ \t]*(?=\n)"
)
_LEAD_SENTENCE = re.compile(r"\s*(?P<lead>[^\n。;]{1,120})")
_NOTE_LINE = re.compile(r"\([^()]{0,20}\)[ \t]*:?[ \t]*")  # `(1人,计划科):` left of a heading
# A label said in a sentence (`直接上级为X,…`): its value, up to the clause's end.
_SAID_IN_CLAUSE = re.compile(r"[为是]([^,;。\n]+)[,;。]")
# Fields holding one value (a name, a count): it ends at its line or sentence end.
_ONE_VALUE = frozenset({"superior", "parent", "department", "headcount", "subordinate", "note"})
# Matched at the field's start: a search would try every later start too, each running to
# the field's end, when the value has no end; none of them can match where the first fails.
_DUTIES_RUN_ON = re.compile(r"[ \t]*(?:主要)?负责")  # `直接上级是X。负责…;负责…`
_VALUE_END = re.compile(r"\s*+\S[^\n。●◆■☆•]*+(?:。|\n|(?=[●◆■☆•]))")
# What an item may end with that `clean_item` strips: blanks and closing punctuation.
_TRAILING = re.compile(r"[ \t;；。,，、:：]*+")
_ORPHAN_OWNER = re.compile(rf"(?:^|(?<=[\n\s]))(?P<name>{SUFFIXED_NAME})(?!位)")  # not `X岗位…`


def _named_dept(role: str) -> str | None:
    """The department a role's own name starts with, if any."""
    dept = dept_prefix(role)
    return dept if dept and dept not in NOT_A_NAME and is_plausible(dept) else None


_BARE_NUMBER = re.compile(r"\d{1,2}(?=[\u4e00-\u9fff])")


_ANSWERS_AT_END = re.compile(rf",并?(?:直接)?向(?P<sup>{SUFFIXED_NAME})汇报(?:工作)?$")
_OWN_SUPERIOR = re.compile(
    r"(?:(?:直接|定期)?向[^,;。]{1,14}?(?:汇报|报告)(?:工作)?|(?:[实虚]线|直接)?汇报给[^,;。、]{1,14})"
    r"(?:、(?:[实虚]线)?汇报给[^,;。、]{1,14})*(?=[,;。]|$)"  # `虚线汇报给A、实线汇报给B`
)
# `向技术部负责人汇报。负责…`, `厨师长归行政总厨管,职责基本一样:安排…`: whom the post
# answers to, said before its first duty, then perhaps a lead-in (`主要干这些:`).
_LEAD_END = re.compile(r"[。:]")
# `部门负责人,直接向总经理汇报` over a post's duties: what it is and whom it answers to.
_SUPERIOR_NOTE = re.compile(
    r"(?:[^,;。]{1,8},)?(?:直接|实线|虚线)?(?:向[^,;。]{1,14}?(?:汇报|负责)|汇报给[^,;。]{1,14})(?:工作)?"
)
_LIST_LEAD = re.compile(r"[^。:;,]{0,12}:")


def _after_superior_lead(item: str) -> tuple[str, list[str]] | None:
    """The first duty without the sentence before it that says whom the post answers to,
    and the superiors it names. `在X领导下,…` stays a duty (a post's first item often is)."""
    end = _LEAD_END.search(item)
    if end is None or end.end() >= len(item):
        return None
    lead = item[: end.start()]
    superiors = superiors_in(lead) if "领导下" not in lead else []
    if not superiors:
        return None
    rest = item[end.end() :]
    more = _LIST_LEAD.match(rest)
    return (rest[more.end() :] if more and more.end() < len(rest) else rest), superiors


_THEN_DUTIES = re.compile(r"[,;。]?(?:主要|全面)?负责")


# `仓务部分为收货组、拣货包装组及存货控制组`, `车队维修组隶属于运输部` in a unit's text: where
# units sit (read by the structure rules), no duty.
_STRUCTURE_ITEM = re.compile(r"(?P<subject>[^,;。]{2,20}?)(?:隶属于|下设|分为|下辖)[^,;。负]{2,60}")


def _structure_only(item: str) -> bool:
    m = _STRUCTURE_ITEM.fullmatch(item)
    return m is not None and kind_of(m.group("subject")) == "dept"


def _post_placed(item: str) -> bool:
    """`本岗位隶属测试组,向测试经理汇报`: where the post sits and whom it answers to."""
    return item.startswith(_THIS_POST) and "负责" not in item and bool(superiors_in(item))


def _states_own_superior(item: str, names: list[str]) -> bool:
    """`总经理助理直接向总经理汇报`, but not `质检专员向客服主管汇报,负责…`, a duty."""
    for n in names:
        m = _OWN_SUPERIOR.match(item, len(n)) if item.startswith(n) else None
        if m and not _THEN_DUTIES.match(item, m.end()):
            return True
    return False


_TITLE_LIST = re.compile(r"[/、]|和|及|与")


def _title_dept(title: str) -> str | None:
    """The department a unit's title is about; none where it names several
    (`仓储部 / 运输调度部 — 部门职责`)."""
    parts = _TITLE_LIST.split(title)
    if len(parts) > 1 and sum(first_dept(p) is not None for p in parts) > 1:
        return None
    return first_dept(title)


def _strip_bare_numbers(items: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """`1负责…;2审批…;3考核…`: a table pasted without its cell breaks numbers items with
    bare digits. Taken off when they count 1, 2, 3 … down the list (a lone `6个月内…` keeps
    its number)."""
    numbered = [(i, m) for i, (item, _) in enumerate(items) if (m := _BARE_NUMBER.match(item))]
    if len(numbered) < 2 or [int(m.group(0)) for _, m in numbered] != list(
        range(1, len(numbered) + 1)
    ):
        return items
    out = list(items)
    for i, m in numbered:
        out[i] = (items[i][0][m.end() :], items[i][1])
    return out


@dataclass
class _Acc:
    """What one block collects before it becomes a record."""

    duties: list[tuple[str, Span]] = field(default_factory=list)
    kpis: list[str] = field(default_factory=list)
    authorities: list[str] = field(default_factory=list)
    superiors: list[str] = field(default_factory=list)
    subordinates: list[str] = field(default_factory=list)
    reports: list[ReportFlow] = field(default_factory=list)
    coordinates: list[str] = field(default_factory=list)
    headcount: int | None = None
    parent: str | None = None
    department: str | None = None
    children: list[str] = field(default_factory=list)
    # The block's one duty is a sentence under no label: a summary if the owner has a list.
    lone_sentence: bool = False


def _content_start(text: str, start: int, end: int) -> int:
    """Where a field's text opens, after the blanks and line breaks that follow its label."""
    at = start
    while at < end and text[at].isspace():
        at += 1
    return at


def _add(lst: list[str], values: Iterable[str]) -> None:
    for v in values:
        if v and v not in lst:
            lst.append(v)


class _UnitExtractor:
    def __init__(self, nt: NormalText, span: UnitSpan) -> None:
        self.nt = nt
        self.text = nt.text
        self.span = span
        self.roles: dict[str, Role] = {}
        self.depts: dict[str, Department] = {}
        self._matrix_only: set[str] = set()  # units named only by a responsibility matrix
        # Measures stated here for posts this section does not describe (`店长考核:A、B`).
        self.measures_elsewhere: list[PostKpis] = []
        # A title that is only a company's name names no department (`金穗农业科技有限公司`
        # is no 科).
        company_only = ORG_LINE.fullmatch(span.title.strip()) is not None
        self.title_dept = (
            None if company_only or not span.headed else _title_dept(strip_org(span.title))
        )
        if self.title_dept:
            self.title_dept = self._without_company(self.title_dept)
        self.named_org: str | None = None  # a company named in front of a unit in the text
        self.listed_staff: dict[str, int | None] = {}  # `销售经理1人、…` lists: title → count
        # ... those under a heading on staffing (`岗位设置`): every title there is a post.
        self.set_up_posts: dict[str, int | None] = {}
        # The normal forms of each record's duties, kept up to date as duties are merged in:
        # rebuilding them at every merge is quadratic when a unit repeats a role many times.
        self._duty_keys: dict[int, set[str]] = {}
        # (name, duty, block) of blocks whose one duty is a sentence, and (name, block) of
        # blocks with a list: a sentence right before its owner's list is a summary.
        self._described: list[tuple[str, str, int]] = []
        self._listed: list[tuple[str, int]] = []
        # Spans of subordinate fields: the titles there are only named.
        self._named_only: list[Span] = []
        self._chapters: list[tuple[int, bool]] | None = None  # (start, names measures only)
        self._stated_kpis: list[Span] = []  # sentences of a post's measures (`_post_kpis`)
        self._headed_at: dict[str, int] = {}  # where each post's own block opens
        self._item_lists: dict[Span, list[tuple[str, Span]]] = {}

    def _known_duties(self, rec: Role | Department) -> set[str]:
        known = self._duty_keys.get(id(rec))
        if known is None:
            known = self._duty_keys[id(rec)] = {norm_text(d) for d in rec.duties}
        return known

    def duty_keys(self, rec: Role | Department) -> tuple[str, ...]:
        """The normal forms of rec's duties, as merging them computed them."""
        return tuple(self._known_duties(rec))

    def ev(self, a: int, b: int) -> Span:
        return self.nt.offsets.span(a, b)

    # ---------------------------------------------------------------- items

    def _items(self, a: int, b: int) -> list[tuple[str, Span]]:
        known = self._item_lists.get((a, b))  # asked twice of a list under a KPI heading
        if known is not None:
            return known
        text, span = self.text, self.nt.offsets.span  # looked up once: lists are long
        out = []
        for ia, ib in split_items(text, a, b):
            item = clean_item(text[ia:ib])
            if has_content(item):
                out.append((item, span(ia, ib)))
        out = _strip_bare_numbers(out)
        self._item_lists[(a, b)] = out
        return out

    def _sentences(self, a: int, duty: str, block_end: int) -> list[tuple[str, Span]] | None:
        """The sentences of the line from a, when it is the one duty read and holds two or
        more, each an item."""
        nl = self.text.find("\n", a)
        end = len(self.text) if nl < 0 else nl
        if end > block_end:
            trail = _TRAILING.match(self.text, block_end, end)  # always matches, maybe nothing
            if trail is None or trail.end() < end:
                return None  # the line goes on into the next block: not the one duty alone
        if clean_item(self.text[a:end]) != duty:
            return None
        note = STAFFING_NOTE.search(self.text, a, end)
        end = note.start() + 1 if note else end  # `…。营运部下设…`: the unit's set-up
        if self.text.count("。", a, end) < 2:
            return None  # a sentence or two: read as it is
        span = self.nt.offsets.span
        out, pos = [], a
        for m in _SENTENCE_END.finditer(self.text, a, end):
            item = clean_item(self.text[pos : m.end()])
            if has_content(item):
                out.append((item, span(pos, m.end())))
            pos = m.end()
        item = clean_item(self.text[pos:end])
        if has_content(item):
            out.append((item, span(pos, end)))
        return out if len(out) > 1 else None

    def _inline_end(self, a: int, b: int) -> int:
        """`考核指标:A、B、C` on the label's line: the list ends at the next blank line
        (what comes after it is a note or the page's furniture, not more measures)."""
        nl = self.text.find("\n", a, b)
        if nl < 0 or not _BRACKETED_NOTE.sub("", self.text[a:nl]).strip(" \t:"):
            return b  # nothing but `(KPI)` after the label: the list is below it
        gap = BLANK_LINE.search(self.text, nl, b)
        nxt = self.text.find("\n", nl + 1)
        nxt = len(self.text) if nxt < 0 else nxt
        if any(m.start == nl + 1 for m in post_kpis(self.text, nl + 1, nxt)):
            return nl  # `收银员考核:…` on the next line: another post's measures
        if self.text[a:nl].rstrip().endswith("。") and _NEXT_SECTION.match(self.text, nl + 1):
            return nl  # `…;档案归档及时率。` then `三、岗位说明`: the list was its sentence
        return gap.start() if gap else b

    def _measure_lines(self, a: int, b: int) -> list[tuple[str, Span]] | None:
        """Measures one a line, where a field lists them so with no numbering or `;`
        (a Word cell of paragraphs): read as one item, its lines would run together."""
        gap = BLANK_LINE.search(self.text, a, b)  # the lines run to the first blank one
        b = gap.start() if gap else b
        lines = [m.span() for m in _LINE.finditer(self.text, a, b) if m.group().strip()]
        if len(lines) < 2 or any(e - s > _MEASURE_LINE_MAX for s, e in lines):
            return None
        if ";" in self.text[a:b] or _BULLET_OPENING_LINE.search(self.text, a, b):
            return None  # bulleted or cut by `;`: read as a list
        if find_markers(self.text, a, b):
            return None  # numbered
        span = self.nt.offsets.span
        items = [(clean_item(self.text[s:e]), span(s, e)) for s, e in lines]
        return [(item, sp) for item, sp in items if has_content(item)]

    def _fill(self, acc: _Acc, f: Field, default_kind: str, kpi_column: bool) -> None:
        kind = default_kind if f.kind == "default" else f.kind
        raw = self.text[f.start : f.end]
        if f.label.isascii() and (echo := _LABEL_ECHO.match(raw)):
            raw = raw[echo.end() :]  # `Supervises 督导:`: the label said again in Chinese
        if kind == "duties":
            for item, sp in self._items(f.start, f.end):
                if _STAFF_LIST.fullmatch(item):
                    set_up = self._under_staffing(f.start)
                    for m in _STAFF_ENTRY_RE.finditer(item):
                        count = headcount_of(m.group(0))
                        self.listed_staff.setdefault(m.group("name"), count)
                        if set_up:
                            self.set_up_posts.setdefault(tidy_name(m.group("name")), count)
                    continue
                if _NO_DUTY.match(item) or _MEASURES_LINE.match(item):
                    continue
                if kpi_column and KPI_ITEM.match(item):
                    _add(acc.kpis, [item])
                    continue
                if note := _KPI_NOTE.search(item):  # `…带教助理医生(考核:个人业绩、患者满意度)`
                    _add(acc.kpis, [k for k in re.split(r"[、,;]", note.group(1)) if k])
                    item = item[: note.start()]
                if lead := _SUMMARY_THEN_LIST.search(item):
                    item = item[lead.end() :]  # `X在Y领导下,负责…。其主要职责是:A`: A
                if note := _SUPERIOR_AFTER.search(item):  # `…备件出入库台账。(直接上级:X)`
                    _add(acc.superiors, split_names(note.group(1)))
                    item = item[: note.start()].rstrip("。;")
                acc.duties.append((item, sp))
        elif kind == "kpi" and f.cell and f.label in KPI_NAME_COLUMNS:
            # A cell of the measures' column names one measure, over its line breaks.
            cell = clean_item(_LINE_BREAK.sub("", raw))
            if has_content(raw) and raw.strip() not in _TOTAL_CELLS and not _NO_DUTY.search(cell):
                _add(acc.kpis, [cell])
        elif kind == "kpi":
            end = self._inline_end(f.start, f.end)
            line = self.text[f.start : end].strip()
            said = spoken_measures(line) if _SPOKEN_MEASURES.search(line) else []
            if said and "\n" not in line:
                _add(acc.kpis, said)  # `考核:年底…民主测评,主要看A、B和C。`: a sentence
                return
            measures = self._measure_lines(f.start, end) or self._items(f.start, end)
            for item, _ in measures:
                if _NO_DUTY.match(item):
                    continue
                ex = _EXAMPLES.search(item)
                if ex and len(item) > 20:
                    _add(
                        acc.kpis,
                        [x.strip() for x in re.split(r"、|,", ex.group("list")) if x.strip()],
                    )
                else:
                    _add(acc.kpis, _measures(item))
        elif kind == "authority":
            _add(acc.authorities, [i for i, _ in self._items(f.start, f.end)])
        elif kind == "reports":
            for item, _ in self._items(f.start, f.end):
                flows = reports_in(item)
                acc.reports.extend(flows or [ReportFlow(name=item)])
        elif kind == "superior":  # `直接上级:X`, `汇报关系:向X汇报`, `汇报关系:店长→区域经理`
            cut = raw.find(";")
            if cut > 0 and _DUTY_VERB.match(raw[cut + 1 :].lstrip()):
                # `汇报对象:X;负责A;策划B`: the superior, then the post's duties unlabelled
                acc.duties.extend(self._items(f.start + cut + 1, f.end))
                raw = raw[:cut]
            raw = _CHAIN_UP.sub("", raw.strip())
            if "→" in raw and "\n" in raw:
                return  # `汇报关系` over a table of `A → B` lines: read as arrows
            names = superiors_in(raw)
            if not names and "汇报" not in raw:  # a sentence of it names none, else names
                if clause := _SAID_IN_CLAUSE.match(raw):
                    raw = clause.group(1)  # `直接上级为总经理,分管…`: up to its clause end
                names = split_names(_TO_WHOM.sub("", raw))
                if raw.endswith("。"):  # `匯報關係` over `下表列出…之直屬上級。`: a sentence
                    names = [n for n in names if is_plausible(n)]
            _add(acc.superiors, names)
        elif kind == "summary" and f.label in _RELATIONS_LABELS:
            _add(acc.superiors, superiors_in(raw))  # `工作关系:本岗位向X负责并报告工作`
        elif kind == "subordinate":
            _add(acc.subordinates, split_names(raw))
            self._named_only.append((f.start, f.end))
        elif kind == "child_depts":
            _add(acc.children, split_names(raw))
        elif kind == "parent":
            names = split_names(raw)
            acc.parent = acc.parent or (names[0] if names else None)
        elif kind == "department":
            names = split_names(raw)
            acc.department = acc.department or (names[0] if names else None)
        elif kind == "headcount":
            acc.headcount = acc.headcount or headcount_of(raw)
        elif kind == "coordination":
            _add(acc.coordinates, split_names(raw))

    def _others_measures(self, f: Field, owners: list[str]) -> bool:
        """The field's label line names another post's or a unit's measures (`店长考核:A、B`,
        `运输部2025年考核指标:A;B` in the report of its head), or its text opens with them
        (`考核:收入审计主管的考核指标为A;成本控制员的…`)."""
        line_a = line_start(self.text, f.start)
        opens = (line_a, _content_start(self.text, f.start, f.end))
        named = measured_name(self.text, opens[1])  # `部门考核:前厅部看A和B;礼宾组看C`
        return (named is not None and named not in owners) or any(
            m.start in opens
            and all(kind_of(n) in ("role", "dept") and n not in owners for n in m.names)
            for m in post_kpis(self.text, line_a, f.end)
        )

    def _block(self, block: Block, table_mode: bool) -> _Acc:
        h = block.header
        content_start = h.start if h.keep_sentence else h.end
        note = _OUTLINE_NOTE.match(self.text, content_start, block.end)
        if note and h.kind == "role":  # `- 店铺运营专员 ×4(汇报给:店铺运营主管)`
            content_start = note.end()
        elif h.kind == "dept" and (belongs := _BELONGS_NOTE.match(self.text, content_start)):
            content_start = belongs.end()
        fields = block.fields or _drop_after_requirements(
            find_fields(self.text, content_start, block.end, table_mode)
        )
        if fields and fields[-1].kind == "stop" and fields[-1].end < block.end:
            block.end = fields[-1].end
        fields = self._lists_after_values(fields)
        explicit = any(f.kind == "duties" for f in fields)
        kpi_column = any(f.kind == "kpi" and f.end - f.start < 2 for f in fields) or any(
            f.label in ("相关量化指标", "量化指标") for f in fields
        )
        acc = _Acc()
        for f in fields if h.kind == "role" else ():
            if f.kind == "stop":
                # `任职要求:…` then `本岗位向售后技术服务部经理汇报,试用期三个月。`: the
                # requirements are not read, but that sentence is said of the post
                for m in _OWN_SUPERIOR_LINE.finditer(self.text, f.start, f.end):
                    _add(acc.superiors, superiors_in(m.group()))
        if h.kind == "role" and "汇报" in self.text[content_start : block.end]:
            for m in _REPORTS_TO_LINE.finditer(self.text, content_start, block.end):
                _add(acc.superiors, [tidy_name(m.group("who"))])
        if note and h.kind == "role":
            count = note.group("n") or note.group("alone")
            acc.headcount = int(count) if count else None
            _add(acc.superiors, split_names(note.group("who") or ""))
            _add(acc.superiors, superiors_in(note.group("said") or ""))
        default_kind = "kpi" if h.content == "kpi" or self._lists_measures(h, fields) else "duties"
        others: list[Span] = []  # fields of other posts' measures, read by `_post_kpis`
        for f in self._trimmed_fields(fields):
            if f.kind == "default" and h.kind == "dept" and self._opens_work_area(f.start, f.end):
                self._fill(acc, f, "duties", kpi_column)  # `三、社区文化` after a table
                continue
            if f.kind == "default" and explicit and not self._is_list_lead(h, f):
                # A summary, not duties; but `(向店长汇报)` there still names the superior.
                summary = self.text[f.start : f.end]
                if may_name_superiors(summary):
                    _add(acc.superiors, superiors_in(summary))
                    # `- 向项目经理汇报` alone on its line over the post's lists
                    _add(
                        acc.superiors,
                        [tidy_name(m.group("who")) for m in _ANSWERS_LINE.finditer(summary)],
                    )
                continue
            if f.kind == "kpi" and self._others_measures(f, h.names):
                # `店长考核:A、B` in 后厨主管's block: read by `_post_kpis`; the name before
                # the label (`运输部2025年考核指标:`) is no item of the list above it
                line_a = line_start(self.text, f.start)
                label_at = self.text.rfind(f.label, line_a, f.start)
                before = clean_item(self.text[line_a:label_at]) if label_at > line_a else ""
                if acc.duties and before and acc.duties[-1][0] == before:
                    acc.duties.pop()
                others.append((line_a, f.end))
                continue
            self._fill(acc, f, default_kind, kpi_column)
        # `总经理助理直接向总经理汇报` under its list says whom the post answers to: no duty
        # (the superior is read from the unit's text with the other statements of it).
        own = [
            d
            for d in acc.duties
            if _states_own_superior(d[0], [*h.names, *_THIS_POST]) or _post_placed(d[0])
        ]
        for item, _ in own:
            if item.startswith(_THIS_POST):  # `本岗位直接向区域经理汇报` between the items
                _add(acc.superiors, superiors_in(item))
        acc.duties = [d for d in acc.duties if d not in own]
        if h.kind == "dept":
            acc.duties = [d for d in acc.duties if not _structure_only(d[0])]
        if acc.duties and h.kind == "role" and (cut := _after_superior_lead(acc.duties[0][0])):
            acc.duties[0] = (cut[0], acc.duties[0][1])
            _add(acc.superiors, cut[1])
        elif len(acc.duties) > 1 and _SUPERIOR_NOTE.fullmatch(acc.duties[0][0]):
            _add(acc.superiors, superiors_in(acc.duties[0][0]))  # `部门负责人,直接向X汇报`
            acc.duties = acc.duties[1:]
        if h.rule == "bare" and len(acc.duties) == 1 and h.content == "duties":
            # `🔸理事长:主持会议。代表合作社签订合同。…` on one line: a sentence a duty
            acc.duties = self._sentences(h.end, acc.duties[0][0], block.end) or acc.duties
        acc.lone_sentence = not explicit and len(acc.duties) == 1
        if h.keep_sentence and acc.duties:
            # `社工主任负责督导…,并向中心主任汇报`: a post described in one sentence
            # names whom it answers to at its end.
            last = _ANSWERS_AT_END.search(acc.duties[0][0])
            if last:
                _add(acc.superiors, [tidy_name(last.group("sup"))])
            # `X在Y的领导下开展工作,主要负责:A;B;C`: the sentence leads into its items.
            lead = _LEADS_INTO_ITEMS.match(acc.duties[0][0]) if len(acc.duties) > 1 else None
            if lead:
                acc.duties[0] = (acc.duties[0][0][lead.end() :], acc.duties[0][1])
        # KPIs named in a sentence rather than a list (`主要考核指标为:A、B和C`).
        if not acc.kpis:
            cuts = [content_start, *(x for span in others for x in span), block.end]
            said = "\n".join(self.text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))
            _add(acc.kpis, kpis_in(said))
        # `1、店长(向区域督导汇报):`: a note in the heading says whom the post answers to.
        note = _HEADING_NOTE.search(self.text, h.start, h.end) if h.rule == "numbered" else None
        if note:
            _add(acc.superiors, superiors_in(note.group()))
        # `1、X经理:在营销总监领导下,负责...` then a list: the lead sentence is a summary, not
        # a duty, but the superior it names holds.
        if fields and fields[0].kind == "default":
            lead = _LEAD_SENTENCE.match(self.text, fields[0].start, fields[0].end)
            if lead and _NOTE_LINE.fullmatch(lead.group("lead")):
                lead = _LEAD_SENTENCE.match(self.text, lead.end(), fields[0].end)
            if lead:
                _add(acc.superiors, superiors_in(lead.group("lead")))
            if h.kind == "role":
                _add(acc.superiors, pronoun_superiors(self.text, fields[0].start, fields[0].end))
        self._relations(acc, h.names)
        if h.kind == "dept" and "设" in self.text[content_start : block.end]:
            _add(acc.children, units_within(self.text, content_start, block.end))
        if len(acc.duties) >= _MENU_MIN and all(_unit_name_only(d) for d, _ in acc.duties):
            acc.duties = []  # `#### 集团总部` over its units' names: a portal's menu
        return acc

    def _trimmed_fields(self, fields: list[Field]) -> list[Field]:
        """`部门使命:…` is a paragraph: a work area after its blank line is content again. A
        work area's name that ends a list heads the table after it, no duty. Duties end
        where requirements begin in them (a table's cell: `…;任职要求:;1.…`)."""
        out: list[Field] = []
        for f in fields:
            if f.kind == "duties" and (req := _REQUIREMENTS.search(self.text, f.start, f.end)):
                f = Field(f.kind, f.label, f.start, req.start())
            gap = BLANK_LINE.search(self.text, f.start, f.end) if f.kind == "summary" else None
            if f.kind in ("default", "duties") and (area := self._last_area(f)) is not None:
                f = Field(f.kind, f.label, f.start, area)  # `二、客户服务` over a table
            if gap is None or f.cell or not self._opens_work_area(gap.end(), f.end):
                out.append(f)
                continue
            out.append(Field(f.kind, f.label, f.start, gap.start()))
            out.append(Field("default", "", gap.end(), f.end))
        return out

    def _last_area(self, f: Field) -> int | None:
        """Where a work area's name on the field's last line starts, if it is one."""
        end = f.end
        while end > f.start and self.text[end - 1].isspace():
            end -= 1
        nl = self.text.rfind("\n", f.start, end)
        return nl if nl >= 0 and _LAST_AREA.match(self.text, nl, end) else None

    def _opens_work_area(self, at: int, end: int) -> bool:
        while at < end and self.text[at].isspace():
            at += 1
        return work_area_at(self.text, at)

    def _lists_measures(self, h: Header, fields: list[Field]) -> bool:
        """`6.3 各岗位KPI 6.3.1 市场部经理:①预算执行率;②品牌知名度提升幅度`: a post's
        list that only names measures, under a heading about KPIs, lists its KPIs."""
        lists = [f for f in fields if f.kind == "default"]
        if not lists or len(lists) != len(fields):
            return False
        if self._in_kpi_chapter(h.start):
            return True  # `四、2025年度绩效指标` over `(三)行政处` and its targets
        if not _KPI_CONTEXT.search(self.text, max(self.span.start, h.start - _KPI_REACH), h.start):
            return False
        items = [
            item
            for f in lists
            for item, _ in self._items(f.start, self._inline_end(f.start, f.end))
        ]
        named = sum(1 for item in items if _names_measures(_TARGET_AT_END.sub("", item)))
        return bool(items) and named * 2 > len(items)  # most name a measure, targets aside

    def _in_kpi_chapter(self, pos: int) -> bool:
        """pos is in a chapter whose heading names measures only (`四、年度绩效指标`)."""
        if self._chapters is None:
            span = self.span
            self._chapters = [
                (m.start(), bool(_CHAPTER_ON_MEASURES.search(m[0])) and "职责" not in m[0])
                for m in _CHAPTER_HEADING.finditer(self.text, span.start, span.end)
            ]
        before = [kpi for at, kpi in self._chapters if at < pos]
        return bool(before) and before[-1]

    @staticmethod
    def _relations(acc: _Acc, names: list[str]) -> None:
        """Superiors, authorities, coordination and reports stated in the duties. Each rule
        runs item by item only if the words it needs occur in the duties at all: one scan
        of them joined (a word in an item is a word in the joined text)."""
        duties = [item for item, _ in acc.duties]
        joined = "".join(duties)
        if may_name_superiors(joined):
            for item in duties:
                found = superiors_in(item)
                # `渠道部在营销总监的领导下...` inside another block is said of 渠道部, not
                # of the block's own role or department.
                subject = _SUBJECT.match(item) if found else None
                if subject and tidy_name(subject.group("name")) not in names:
                    found = []
                _add(acc.superiors, found)
        if "权" in joined:
            _add(acc.authorities, [item for item in duties if is_authority(item)])
        if may_name_coordination(joined):
            for item in duties:
                _add(acc.coordinates, coordination_in(item))
        if may_state_reports(joined):
            for item in duties:
                acc.reports.extend(r for r in reports_in(item) if r not in acc.reports)

    def _lists_after_values(self, fields: list[Field]) -> list[Field]:
        """`直接上级:客服部经理` then `●...` bullets, or `直接上级为X。` then `(1)...`: the
        value is one line or sentence; a list after it is unlabelled content (the duties,
        when the block has no duties label)."""
        out: list[Field] = []
        for f in fields:
            if f.kind not in _ONE_VALUE and f.label not in SUMMARY_SENTENCES:
                out.append(f)
                continue
            # `工作内容` left empty, then `【所属单位】研发部` and the list: the list is what
            # the empty label announced.
            prev = out[-1] if out else None
            owner = (
                (prev.kind, prev.label)
                if prev
                and prev.kind in _LIST_FIELDS
                and not self.text[prev.start : prev.end].strip()
                else ("default", "")
            )
            m = _VALUE_END.match(self.text, f.start, f.end)
            # `直接上级:工程主管 1、…` on one line: a table row run together.
            inline = find_markers(self.text, f.start, m.end()) if m else []
            if inline and inline[0].value == 1 and self.text[inline[0].start - 1] in " \t":
                out.append(Field(f.kind, f.label, f.start, inline[0].start))
                out.append(Field(*owner, inline[0].start, f.end))
                continue
            if m is None or not (
                f.kind in ("note", "headcount")  # a line; what follows is the post's own text
                or _LIST_HEAD.search(self.text, m.end(), f.end)
                or find_markers(self.text, m.end(), f.end)
                or (self.text[m.end() - 1] in "。\n" and self._duties_run_on(m.end(), f.end))
                # `下属:培训专员` then `X由营业部经理直接领导,…`: a line of the post's own
                or (self.text[m.end() - 1] == "\n" and _states_superior(self.text, m.end(), f.end))
                # `(直接上级:驻店经理)` then a sentence a line, no numbering: a list
                or (self.text[m.end() - 1] in "\n。" and self._item_lines(m.end(), f.end))
            ):
                out.append(f)
                continue
            out.append(Field(f.kind, f.label, f.start, m.end()))
            out.append(Field(*owner, m.end(), f.end))
        return out

    def _duties_run_on(self, a: int, b: int) -> bool:
        """What follows a field's value opens with what a post does: `直接上级是X。负责…;
        负责…`, or on the next line, `负责…;组织…;负责…` (items cut by `;` alone)."""
        if self.text[a - 1] == "。":
            return _DUTIES_RUN_ON.match(self.text, a) is not None
        line = self.text[a : min(line_end(self.text, a), b)]
        return _DUTIES_RUN_ON.match(line) is not None and line.count(";") >= 2

    def _item_lines(self, a: int, b: int) -> bool:
        """The text from a, up to a blank line, is two or more lines that each end an item
        (`。`, `;`): a list without numbering, one item a line."""
        gap = BLANK_LINE.search(self.text, a, b)
        lines = self.text[a : gap.start() if gap else b].split("\n")
        ends = [line.rstrip()[-1:] for line in lines if line.strip()]
        return len(ends) >= 2 and all(end in _ITEM_ENDS for end in ends)

    def _is_list_lead(self, h: object, f: Field) -> bool:
        """Content right under a duties heading (`X岗位职责:` then a numbered list) is the
        list itself; a lone sentence before labelled fields is a summary."""
        if getattr(h, "rule", "") not in _DUTY_HEADINGS:
            return False
        return bool(find_markers(self.text, f.start, f.end)) or getattr(h, "keep_sentence", False)

    # ---------------------------------------------------------------- records

    def _role(self, name: str) -> Role:
        role = self.roles.get(name)
        if role is None:
            role = Role(name=name)
            self.roles[name] = role
        return role

    def _dept(self, name: str) -> Department:
        dept = self.depts.get(name)
        if dept is None:
            dept = Department(name=name)
            self.depts[name] = dept
        return dept

    def _this_unit(self, name: str, pos: int) -> str | None:
        """`本部`, `本中心`, and `中心` heading its duties (`## 中心职责` in 研发中心's
        handbook): the unit the text named last before pos with that word (else the unit
        the title names), or None."""
        if not (name[:1] == "本" and name[1:] in UNIT_WORDS) and name not in _BARE_UNIT_WORDS:
            return None
        unit = referent(self.text, self.span.start, pos, name)
        if unit != name:
            return unit
        title = self.title_dept
        return title if title and title.endswith(name.removeprefix("本")) else None

    def _without_company(self, name: str) -> str:
        """`甬亮电器质量部` on a page of 甬亮电器有限公司: the company's 质量部."""
        for i in range(_COMPANY_MIN, len(name) - 2):  # not `投资` of 投资发展部 and 投资集团
            unit = name[i:]
            if kind_of(unit) != "dept" or not is_plausible(unit):
                continue
            # The company is named in the unit or just before it (a page's intro).
            a, b = max(0, self.span.start - _COMPANY_REACH), self.span.end
            at = self.text.find(name[:i], a, b)
            while at >= 0:
                if _COMPANY_AFTER.match(self.text, at + i):
                    return unit
                at = self.text.find(name[:i], at + 1, b)
        return name

    def run(self) -> Unit:
        s, e = self.span.start, self.span.end
        blocks, table_mode = find_blocks(self.text, s, e, self.nt.headings, self.nt.heading_levels)
        for block in blocks:
            h = block.header
            if h.kind == "dept":
                h.names = [self._without_company(n) for n in h.names]
            elif (unit := self._this_unit(h.names[0], h.start)) is not None:
                h.names, h.kind = [unit], "dept"  # `製造部隸屬於…。本部負責…`: 製造部
        current_dept: str | None = None
        covered: list[Span] = []
        for i, block in enumerate(blocks):
            h = block.header
            acc = self._block(block, table_mode)
            covered.append((block.start, block.end))
            evidence = self.ev(block.start, block.end)
            if acc.lone_sentence:
                self._described.extend((name, acc.duties[0][0], i) for name in h.names)
            elif acc.duties:
                self._listed.extend((name, i) for name in h.names)
            if h.kind == "dept":
                current_dept = h.names[0]
                has_content_ = bool(acc.duties or acc.kpis or acc.parent or acc.children)
                for name in h.names:
                    if not has_content_:
                        continue
                    dept = self._dept(name)
                    self._merge_dept(dept, acc, evidence)
                for child in acc.children:
                    if kind_of(child) == "dept":
                        self._dept(child).parent = self._dept(child).parent or h.names[0]
                # `直接上级:总裁办` said of a department is its parent.
                if acc.superiors and h.names[0] in self.depts:
                    d = self.depts[h.names[0]]
                    d.parent = d.parent or acc.superiors[0]
                continue
            has_content_ = bool(
                acc.duties
                or acc.kpis
                or acc.superiors
                or acc.authorities
                or h.headcount
                or acc.headcount
            )
            if not has_content_:
                continue
            for name in h.names:
                role = self._role(name)
                self._headed_at.setdefault(name, block.start)
                role.headcount = role.headcount or h.headcount or acc.headcount
                role.department = (
                    role.department
                    or acc.department
                    or current_dept
                    or self.title_dept
                    or _named_dept(name)  # `行政人事部经理`: of 行政人事部
                )
                self._merge_role(role, acc, evidence)
        self._post_kpis()
        self._matrix_duties()
        self._owned_measures()
        self._orphans(blocks)
        self._summaries_before_lists()
        self._staffing()
        self._structure()
        self._unit_prose_kpis()
        self._dual_leadership()
        self._posts_above()
        self._title_parents()
        self._full_names()
        return Unit(
            title=self.span.title,
            organization=self._organization(),
            departments=list(self.depts.values()),
            roles=list(self.roles.values()),
        )

    def _full_names(self) -> None:
        """`…工作领导小组(以下简称领导小组)`: a unit read under the short name the text gives it
        is the unit of the full name."""
        for short, named in naming_notes(self.text).items():
            full = _without_body(named)
            if short not in self.depts or full == short or kind_of(full) != "dept":
                continue
            unit = self.depts.pop(short)
            kept = self.depts.setdefault(full, Department(name=full))
            kept.parent = kept.parent or unit.parent
            _add_duties(kept, unit)
            _add(kept.kpis, unit.kpis)
            kept.evidence.extend(unit.evidence)
            for other in self.depts.values():
                other.parent = full if other.parent == short else other.parent
            for role in self.roles.values():
                role.department = full if role.department == short else role.department

    def _summaries_before_lists(self) -> None:
        """`产品研发中心负责…` right before the centre's list of duties: the sentence is a
        summary. Where a unit or role has no list, its one descriptive sentence is its duty."""
        listed = set(self._listed)
        by_owner: dict[str, set[str]] = {}
        for name, item, i in self._described:
            if (name, i + 1) in listed or self._list_follows(name, item):
                by_owner.setdefault(name, set()).add(item)
        for name, items in by_owner.items():
            owner = self.roles.get(name) or self.depts.get(name)
            if owner is None or all(d in items for d in owner.duties):
                continue
            pairs = zip(owner.duties, owner.duty_spans, strict=True)
            kept = [(d, sp) for d, sp in pairs if d not in items]
            owner.duties = [d for d, _ in kept]
            owner.duty_spans = [sp for _, sp in kept]
            self._duty_keys.pop(id(owner), None)

    def _list_follows(self, name: str, item: str) -> bool:
        """A list of the department's duties (two or more) follows its descriptive sentence
        with at most a label between (`客房部负责…。` then `主要职责:` and the list), read
        outside the sentence's block."""
        owner = self.depts.get(name)
        if owner is None or item not in owner.duties:
            return False
        at = self.nt.offsets.to_norm(owner.duty_spans[owner.duties.index(item)][1])
        later = sorted(self.nt.offsets.to_norm(sp[0]) for sp in owner.duty_spans)
        later = [a for a in later if a >= at]
        if len(later) < 2:
            return False
        between = "".join(self.text[at : later[0]].split())
        return len(between) <= _LABEL_MAX and (not between or between.endswith(":"))

    def _merge_duties(self, owner: Role | Department, acc: _Acc) -> None:
        known = self._known_duties(owner)
        for item, sp in acc.duties:
            portfolio = _PORTFOLIO.search(item)
            if portfolio:  # `…工作。分管办公室、人事教育股`: the units a leader oversees
                item = item[: portfolio.start()].rstrip("。")
                if not item:
                    continue
            key = norm_text(item)
            if key not in known:
                owner.duties.append(item)
                owner.duty_spans.append(sp)
                known.add(key)

    def _merge_role(self, role: Role, acc: _Acc, evidence: Span) -> None:
        self._merge_duties(role, acc)
        _add(role.kpis, acc.kpis)
        _add(role.authorities, acc.authorities)
        _add(role.reports_to, [x for x in acc.superiors if x != role.name])
        _add(role.subordinates, acc.subordinates)
        _add(role.coordinates_with, [x for x in acc.coordinates if x != role.name])
        for r in acc.reports:
            if r not in role.reports:
                role.reports.append(r)
        role.evidence.append(evidence)

    def _merge_dept(self, dept: Department, acc: _Acc, evidence: Span) -> None:
        self._merge_duties(dept, acc)
        _add(dept.kpis, acc.kpis)
        if acc.parent and acc.parent != dept.name:
            dept.parent = dept.parent or acc.parent
        dept.evidence.append(evidence)

    def _post_kpis(self) -> None:
        """`市场专员主要考核:A,占40%;B,占30%`: the measures of a post described in the unit;
        so too `市场专员主要考核A、B和C三项,权重依次为…` outside the post's own block."""
        s, e = self.span.start, self.span.end
        stated = post_kpis(self.text, s, e)
        if any(not r.kpis for r in self.roles.values()):
            names = [n for n, r in self.roles.items() if not r.kpis]
            stated += prose_post_kpis(self.text, s, e, names)
        for found in stated:
            roles = [self.roles[n] for n in found.names if n in self.roles]
            for role in roles:
                _add(role.kpis, found.kpis)
                _drop_duties_within(role, self.ev(found.start, found.end))
            # `运输部2025年考核指标:A;B`: a unit named with its measures is a unit described
            units = [
                self._dept(n)
                for n in found.names
                if not roles and (n in self.depts or (kind_of(n) == "dept" and is_plausible(n)))
            ]
            for unit in units:
                _add(unit.kpis, found.kpis)  # `放射科质量控制指标:A;B`
            if roles or units:
                self._stated_kpis.append((found.start, found.end))
            elif all(kind_of(n) == "role" for n in found.names):
                self.measures_elsewhere.append(found)  # a post described in another section

    def _unit_prose_kpis(self) -> None:
        """`前厅部看A和B;礼宾组看C`, `客房部按月考核A、B`: the measures of units the unit
        knows by now, its structure read, said in a sentence."""
        units = frozenset(n for n, d in self.depts.items() if not d.kpis and n not in self.roles)
        if units:
            s, e = self.span.start, self.span.end
            for found in prose_post_kpis(self.text, s, e, sorted(units), units):
                for name in found.names:
                    _add(self.depts[name].kpis, found.kpis)

    def _matrix_duties(self) -> None:
        """Duties a responsibility matrix gives the units or posts marked as leading or
        doing them."""
        for found in matrix_duties(self.text, self.span.start, self.span.end):
            duty = clean_item(found.duty)
            if not has_content(duty):
                continue
            owner = self._named_in_table(found.owner, found.kind)
            if duty not in owner.duties:
                owner.duties.append(duty)
                owner.duty_spans.append(self.ev(found.start, found.end))

    def _owned_measures(self) -> None:
        """Measures a table gives the units or posts in its owners' column."""
        for found in owned_measures(self.text, self.span.start, self.span.end):
            kpi = clean_item(found.measure)
            if has_content(kpi):
                _add(self._named_in_table(found.owner, found.kind).kpis, [kpi])

    def _named_in_table(self, name: str, kind: str) -> Role | Department:
        """The post or unit a table's column names; a unit named only there is marked so."""
        if kind == "role":
            return self._role(name)
        if name not in self.depts:
            self._matrix_only.add(name)
        return self._dept(name)

    def _orphans(self, blocks: list[Block]) -> None:
        """Labelled lists outside any block: owned by the role the text just talked about
        (duties), or by the unit's department (measures)."""
        s, e = self.span.start, self.span.end
        gaps: list[Span] = []
        pos = s
        for b in blocks:
            if b.start > pos:
                gaps.append((pos, b.start))
            pos = max(pos, b.end)
        if pos < e:
            gaps.append((pos, e))
        for lo, hi in gaps:
            prev: Field | None = None
            for f in find_fields(self.text, lo, hi, False):
                unit, prev = self._unit_on_line(prev, f), f
                if f.kind not in ("duties", "kpi") or f.end - f.start < 4:
                    continue
                text_at = _content_start(self.text, f.start, f.end)
                if f.kind == "kpi" and any(a <= text_at < b for a, b in self._stated_kpis):
                    continue  # a post's measures, read by `_post_kpis`
                if _HEAD_CELLS_ONLY.fullmatch(self.text, f.start, line_end(self.text, f.start)):
                    continue  # `绩效指标<TAB>113年目标值<TAB>112年实绩`: a table's head row
                f = self._orphan_extent(f)
                acc = _Acc()
                self._fill(acc, f, "duties", False)
                owner = self._table_owner(f.start) if f.kind == "kpi" and f.cell else None
                if owner and acc.kpis:
                    _add(self.roles[owner].kpis, acc.kpis)  # `X考核指标及权重如下表:`
                    self.roles[owner].evidence.append(self.ev(f.start, f.end))
                elif f.kind == "kpi" and acc.kpis and unit:
                    dept = self._dept(unit)  # `部门:采购部  指标:A;B;C`
                    _add(dept.kpis, acc.kpis)
                    dept.evidence.append(self.ev(f.start, f.end))
                elif f.kind == "kpi" and acc.kpis and (subject := self._measured(f.start)):
                    rec = self.roles.get(subject) or self._dept(subject)
                    _add(rec.kpis, acc.kpis)  # `个人金融部考核指标包括:A、B`
                    rec.evidence.append(self.ev(f.start, f.end))
                elif f.kind == "kpi" and acc.kpis and (okr := self._okr_owner(f)):
                    rec = self.roles.get(okr) or self._dept(okr)
                    _add(rec.kpis, acc.kpis)  # `增长中台 2025 H1 OKR` over `O1:…` / `- KR1:…`
                    rec.evidence.append(self.ev(f.start, f.end))
                elif f.kind == "kpi" and acc.kpis and (sect := self._section_unit(blocks, f)):
                    dept = self._dept(sect)  # `一、科室职责` … `二、质量控制指标` of one unit
                    _add(dept.kpis, acc.kpis)
                    dept.evidence.append(self.ev(f.start, f.end))
                elif f.kind == "kpi" and acc.kpis and self.title_dept:
                    dept = self._dept(self.title_dept)
                    _add(dept.kpis, acc.kpis)
                    dept.evidence.append(self.ev(f.start, f.end))
                elif f.kind == "duties" and acc.duties:
                    owner = self._orphan_owner(f.start)
                    if owner:
                        self._merge_role(self._role(owner), acc, self.ev(f.start, f.end))
                    elif self.title_dept and _ABOUT_DEPT.fullmatch(
                        strip_org(self.span.title.strip()).removeprefix(self.title_dept)
                    ):
                        # A section headed by a department's name alone (or with `机构职能`):
                        # its duties.
                        dept = self._dept(self.title_dept)
                        self._merge_dept(dept, acc, self.ev(f.start, f.end))

    def _okr_owner(self, f: Field) -> str | None:
        """The unit or post an OKR's line names, for its key results (`KR:` fields)."""
        if f.label != "KR":
            return None
        a = max(self.span.start, f.start - _OKR_REACH)
        said = list(_OKR_OWNER.finditer(self.text, a, f.start))
        if not said:
            return None
        name = tidy_name(said[-1].group("name"))
        return name if kind_of(name) in ("dept", "role") and is_plausible(name) else None

    def _section_unit(self, blocks: list[Block], f: Field) -> str | None:
        """The unit whose block opened the sections that f's numbered label goes on
        (`第一节 检验科` / `一、科室职责` … / `二、质量控制指标`), if f's line is such a label."""
        label_at = self.text.rfind(f.label, 0, f.start) if f.label else f.start
        line_a = line_start(self.text, max(label_at, 0))
        if not _LATER_SECTION.match(self.text, line_a):
            return None
        before = [b for b in blocks if b.start < f.start]
        if not before or before[-1].header.kind != "dept":
            return None
        b = before[-1]
        return b.header.names[0] if _FIRST_SECTION.search(self.text, b.start, b.end) else None

    def _unit_on_line(self, prev: Field | None, f: Field) -> str | None:
        """`部门:采购部  指标:…`: the unit a department field names on f's line, before f."""
        if prev is None or prev.kind != "department" or "\n" in self.text[prev.start : f.start]:
            return None
        name = tidy_name(self.text[prev.start : prev.end].strip())
        return name if kind_of(name) == "dept" and is_plausible(name) else None

    def _measured(self, pos: int) -> str | None:
        """The unit or post named in the words that label the measures at pos
        (`第八条 个人金融部考核指标包括:`), when the unit has it."""
        line_a = line_start(self.text, pos, self.span.start)
        said = _MEASURED.search(self.text, max(line_a, pos - _MEASURED_REACH), pos)
        name = tidy_name(said.group("name") or said.group("done")) if said else None
        return name if name in self.depts or name in self.roles else None

    def _table_owner(self, pos: int) -> str | None:
        """The post a table of measures is said of on the line above it
        (`销售顾问考核指标及权重如下表:`), when only the table's rows come between."""
        a = max(self.span.start, pos - _TABLE_REACH)
        said = self.text.rfind("如下", a, pos)  # the rule cannot match without it
        line = self.text.rfind("\n", a, said) + 1 if said >= 0 else -1
        found = _TABLE_OWNER.search(self.text, max(a, line), pos) if said >= 0 else None
        if found is None or found.group("name") not in self.roles:
            return None
        rows = self.text[found.end() : pos].split("\n")[:-1]
        return found.group("name") if all("\t" in row for row in rows) else None

    def _orphan_extent(self, f: Field) -> Field:
        """An orphan list runs as far as its numbering or bullets; unmarked, the label's line,
        or the paragraph under a label that ends its line (an item a line)."""
        body = self.text[f.start : f.end]
        lead = len(body) - len(body.lstrip())
        if _LIST_HEAD.match(body, lead):
            return f
        if "\n" in body[:lead]:
            gap = BLANK_LINE.search(body, lead)
            para = body[lead : gap.start() if gap else len(body)]
            ends = {line.rstrip()[-1:] in _ITEM_ENDS for line in para.splitlines() if line.strip()}
            if (
                len(ends) == 1
            ):  # not a sentence wrapped over lines (`…、重大安全环保` / `事故次数。`)
                return Field(f.kind, f.label, f.start, f.start + lead + len(para))
        nl = body.find("\n", lead)
        return Field(f.kind, f.label, f.start, f.start + nl) if nl > 0 else f

    def _orphan_owner(self, pos: int) -> str | None:
        window = self.text[max(self.span.start, pos - 600) : pos]
        # not `承校长之命`: whose order a post acts on, no post talked about
        found = [
            m.group("name")
            for m in _ORPHAN_OWNER.finditer(window)
            if not window.startswith("之命", m.end("name"))
        ]
        for name in reversed(found):
            if (
                kind_of(name) == "role"
                and len(name) <= 8
                and name not in FIELD_KINDS
                and name not in _STAFF_AS_A_WHOLE
                and is_plausible(name)
            ):
                return name
        return None

    def _staffing(self) -> None:
        s, e = self.span.start, self.span.end
        # counts in tables, sentences, runs, tables cut by tabs and by kind of site
        counted = (staffing_in, posts_in, counted_rows, tab_staff_rows, sized_rows)
        for st in [st for find in counted for st in find(self.text, s, e)]:
            role = self.roles.get(st.name)
            if role is None and any(_same_post_longer(n, st.name) for n in self.roles):
                continue  # `(策划)副经理(1名)`: the header already has it (副书记 is no 书记)
            if role is None:
                if kind_of(st.name) == "dept":
                    continue
                if any(a <= st.start < b for a, b in self._named_only):
                    continue  # `直接下级:装配班组长(3名)`: a count of those one manages
                role = self._role(st.name)
                role.department = st.unit or self.title_dept
                role.evidence.append(self.ev(st.start, st.end))
            role.headcount = role.headcount or st.headcount
        for name, count in self.listed_staff.items():
            if name in self.roles:
                self.roles[name].headcount = self.roles[name].headcount or count
        for raw, count in self.set_up_posts.items():
            name = raw[1:] if set_up(raw) else raw
            kind = kind_of(name)
            if (
                name in self.roles
                or kind == "dept"
                or not is_plausible(name)
                or names_a_count(name)
            ):
                continue
            longer = [n for n in self.roles if n.endswith(name)]
            if longer:  # `设副主任1名` of the post headed 车间副主任; `每组设组长1名`
                if len(longer) == 1:
                    self.roles[longer[0]].headcount = self.roles[longer[0]].headcount or count
                continue
            if kind == "role" or len(name) <= BARE_TITLE_MAX:  # not `医务科核定编制4名`
                self._role(name).headcount = count  # a post the unit sets up, no relations

    def _under_staffing(self, pos: int) -> bool:
        """pos is under a heading on how the unit is staffed (`第三章 岗位设置`)."""
        a = max(self.span.start, pos - _STAFFING_REACH)
        return _STAFFING_HEADING.search(self.text, a, pos) is not None

    def _dual_leadership(self) -> None:
        """`出纳由财务中心委派,受财务中心和项目经理的双重领导`: said anywhere in the unit, of
        a role, or of a short title without a suffix (出纳, 财务) that only such a sentence
        shows to be a position."""
        for dual in dual_leadership_in(self.text, self.span.start, self.span.end):
            name = dual.subject
            kind = kind_of(name)
            if kind == "dept":
                continue
            if kind == "" and not (
                len(name) <= 4
                and is_plausible(name)
                and name not in NOT_A_NAME
                and name[0] not in _NOT_A_SUBJECT
            ):
                continue
            role = self.roles.get(name)
            if role is None:
                role = self._role(name)
                role.department = self.title_dept
            _add(role.reports_to, dual.superiors)
            role.evidence.append(self.ev(dual.start, dual.end))

    def _structure(self) -> None:
        links, lines = structure_links(self.text, self.span.start, self.span.end)
        s, e = self.span.start, self.span.end
        links += set_up_under_headings(self.text, s, e, self.nt.headings)
        longer = _LongerNames(links)
        for link in links:
            if link.org and not _ORG_PHRASE.search(link.org):
                self.named_org = self.named_org or link.org
            dept = self._dept(link.child)
            parent = link.parent
            if self.title_dept and parent in UNIT_WORDS and self.title_dept.endswith(parent):
                parent = self.title_dept  # `中心设下列内设机构` on the page of 某某政务服务中心
            elif unit := self._this_unit(parent, link.pos):
                parent = unit  # `本部设下列各课:`
            parent = longer.of(parent)
            if dept.parent is None and parent and parent != link.child:
                dept.parent = parent
                dept.evidence.append(self.ev(link.pos, link.pos + len(link.child)))
        for child, parent in arrow_lines(self.text, self.span.start, self.span.end):
            child = self._alias(child)  # `技术总监 → CEO` of the post headed `CTO/技术总监`
            _add(self._role(child).reports_to, [parent])  # the superior may be only named
            if parent in self.roles:
                _add(self.roles[parent].subordinates, [child])
        for child, parent in lines:
            c, p = self._role(child), self._role(parent)
            _add(c.reports_to, [parent])
            _add(p.subordinates, [child])
        for child, parent in appointments(self.text, self.span.start, self.span.end):
            _add(self._role(child).reports_to, [parent])  # a post with its own superior
        for child, parent in stated_superiors(self.text, self.span.start, self.span.end):
            child, parent = self._alias(self._by_title(child)), self._by_title(parent)
            if child == parent or not (kind_of(parent) == "role" or parent in BOARDS):
                continue
            if child not in self.roles and self._said_post(child):
                self._role(child).department = self.title_dept  # a post said only so
            if child in self.roles:
                _add(self.roles[child].reports_to, [parent])

    def _said_post(self, name: str) -> bool:
        """A post only a sentence names (`营销总监都向总经理汇报`): a title of its own, not
        the short form of a post the unit has (`坐席员` of 热线坐席员) nor a phrase."""
        return (
            kind_of(name) == "role"
            and len(name) >= _SAID_POST_MIN
            and is_plausible(name)
            and name[0] not in _NOT_A_SUBJECT
            and not any(r.endswith(name) or name.endswith(r) for r in self.roles)
        )

    def _posts_above(self) -> None:
        """`以上岗位均向人力资源总监汇报`: said of the posts described above it that name no
        superior of their own, the superior aside."""
        s, e = self.span.start, self.span.end
        if self.text.find("以上", s, e) < 0:
            return
        for m in _POSTS_ABOVE.finditer(self.text, s, e):
            superior = tidy_name(m.group("who"))
            if kind_of(superior) != "role":
                continue
            for name, at in self._headed_at.items():
                role = self.roles[name]
                if at < m.start() and name != superior and not role.reports_to:
                    role.reports_to.append(superior)

    def _alias(self, name: str) -> str:
        """The post a name is one of the names of (`技术总监` of `CTO/技术总监`), else the
        name."""
        if name in self.roles:
            return name
        for known in self.roles:
            if "/" in known and name in known.split("/"):
                return known
        return name

    def _by_title(self, name: str) -> str:
        """The one post a short title can mean in a blog's prose (`队长` where 秩序队长 is
        the only 队长), else the name."""
        if name in self.roles or len(name) > _SHORT_TITLE:
            return name
        longer = [known for known in self.roles if known.endswith(name)]
        return longer[0] if len(longer) == 1 else name

    def _title_parents(self) -> None:
        """A department described inside a document about X's organisation belongs to X."""
        t = self.title_dept
        # `技术部` alone heads a department's own section, not a document about 技术部; so
        # does `基础架构组`, though its name holds a word of such documents' titles (架构).
        if not t or not TITLE_HINT.search(self.span.title) or tidy_name(self.span.title) == t:
            return
        for dept in self.depts.values():
            if dept.parent or dept.name == t or dept.name.endswith(t) or t.endswith(dept.name):
                continue
            if dept.name in self._matrix_only:
                continue  # `…部门职责分工表`: a matrix's columns, placed by no one
            dept.parent = t

    def _organization(self) -> str | None:
        head = self.text[self.span.start : min(self.span.end, self.span.start + 200)]
        if not _ORG_WORDS.search(head):  # neither rule below can match without one
            return self.named_org
        # A company name on a line of its own (above the title) names the organisation.
        line = ORG_LINE.search(head)
        if line and not (
            _GENERIC_ORG.match(line.group("org")) or _ORG_PHRASE.search(line.group("org"))
        ):
            return line.group("org")
        for m in _ORG.finditer(head):
            org = re.split(r"[\s:]", m.group("org"))[-1]
            # A name opens a line or a phrase set off by blanks; `负责公司...`, `根据公司...`,
            # `营销中心是公司...` inside a sentence are phrases, not names.
            if m.start() > 0 and head[m.start() - 1] not in ' \t\n:>《"':
                continue
            if head[m.end() : m.end() + 1] == "的":  # `确定公司的经营方针`
                continue
            if _ORG_PHRASE.search(org) or org in _ORG_SUFFIXES:
                continue
            if _GENERIC_ORG.match(org) or len(org) < 4:
                return None
            return org
        return self.named_org


def _drop_duties_within(owner: Role, span: Span) -> None:
    """The duties read from text inside span (`🔸园长:招生完成率、家长满意度` under a line that
    says the measures of each post follow: its measures, read as such) taken back."""
    if len(owner.duties) != len(owner.duty_spans):
        return
    kept = [
        (d, s)
        for d, s in zip(owner.duties, owner.duty_spans, strict=True)
        if not (span[0] <= s[0] and s[1] <= span[1])
    ]
    owner.duties = [d for d, _ in kept]
    owner.duty_spans = [s for _, s in kept]


class _LongerNames:
    """`营业部下设…` after `城区营业部隶属于…`: the one unit the structure names whose name
    ends with a short unit word (not where that unit is said to belong to the word).
    Indexed by the names' ends once, so a structure of many links is read in linear time."""

    def __init__(self, links: list[ParentLink]) -> None:
        self._pairs = {(x.child, x.parent) for x in links}
        self._by_end: dict[str, set[str]] = {}
        for n in {n for x in links for n in (x.child, x.parent)}:
            if kind_of(n) == "dept":
                for k in range(1, min(len(n), _SHORT_UNIT + 1)):
                    self._by_end.setdefault(n[-k:], set()).add(n)

    def of(self, unit: str) -> str:
        if len(unit) > _SHORT_UNIT:
            return unit  # `市场营销部` is a unit of its own beside `国内市场营销部`
        longer = self._by_end.get(unit, set())
        if len(longer) != 1:
            return unit
        (name,) = longer
        return unit if (name, unit) in self._pairs else name


_SHORT_UNIT = 3  # characters of a unit's word that a longer name may stand behind (`营业部`)


def _states_superior(text: str, a: int, b: int) -> bool:
    line = text[a:b]
    return may_name_superiors(line) and bool(superiors_in(line))


_SENTENCE_END = re.compile(r"。")
_KPI_NOTE = re.compile(r"\((?:考核|考核指标|KPI)[:：]([^()]{2,80})\)$")
# A post's summary sentence, then the words that open its list, run into its first item.
_SUMMARY_THEN_LIST = re.compile(r"。(?:其|具体)?(?:主要)?(?:职责|工作|任务)(?:是|为|包括|如下)+:")
_SUPERIOR_AFTER = re.compile(r"\((?:直接上级|汇报对象|上级主管|直属上级)[:：]([^()]{2,30})\)$")
# Measures said in a sentence: `主要看A和B`, `考核A和B`, `以A为主,另外看B`, `年底…测评,…`.
_SPOKEN_MEASURES = re.compile(
    r"^(?:主要|另外|还|考核)*看|^考核(?!指标|标准|内容|项目|结果|办法)|^以[^,;。]{2,20}为主(?!要)|测评,"
)
_COMPANY_AFTER = re.compile(r"(?:股份)?有限(?:责任)?公司|集团|股份公司")
_COMPANY_REACH = 2000  # characters before a unit where the page may name its company
_COMPANY_MIN = 3  # characters of a company's short name

# `该岗位`, `本部门`, `其...`: a sentence about something named elsewhere.
_NOT_A_SUBJECT = frozenset("该本此其这那各每我你他")
_SAID_POST_MIN = 3  # characters of a post named only in a sentence (not `主管`, `班长`)
# Headers that are themselves a duties heading (`X岗位职责:`, `X的职责包括:`, `X负责...`).
_DUTY_HEADINGS = frozenset({"keyword", "sentence", "description"})
# Requirements this long end a role's description; a list after them belongs to another.
_REQUIREMENTS_END_BLOCK = 400


def _drop_after_requirements(fields: list[Field]) -> list[Field]:
    out: list[Field] = []
    for i, f in enumerate(fields):
        if f.kind == "stop":
            nxt = next((g for g in fields[i + 1 :] if g.kind != "stop"), None)
            if nxt is not None and nxt.start - f.start > _REQUIREMENTS_END_BLOCK:
                out.append(Field(f.kind, f.label, f.start, min(f.end, f.start + 1)))
                break
        out.append(f)
    return out


def _unit_key(text: str, span: UnitSpan) -> str:
    body = "".join(text[span.start : span.end].split())  # the same blanks as `\s`
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


# The normal forms of a role's duties, by id(role), for roles that are kept alive meanwhile.
# Tuples of distinct forms: a set per role would cost several times the memory.
_DutyKeys = dict[int, tuple[str, ...]]


def _dedup_roles(units: list[Unit], keys: _DutyKeys | None = None) -> None:
    """A role section repeated in another unit of the same file is emitted once.

    `keys` holds the normal forms of some roles' duties, and receives those it lacks: the
    pass over a whole file reuses those of the passes over its pieces."""
    seen: dict[str, set[str]] = {}
    for unit in units:
        kept = []
        for role in unit.roles:
            key = norm_name(role.name)
            duties = keys.get(id(role)) if keys is not None else None
            if duties is None:
                duties = tuple({norm_text(d) for d in role.duties})
                if keys is not None:
                    keys[id(role)] = duties
            prev = seen.get(key)
            if prev is not None and duties and len(prev.intersection(duties)) >= 0.6 * len(duties):
                continue
            seen.setdefault(key, set()).update(duties)
            kept.append(role)
        unit.roles = kept


_MENU_MIN = 3  # a block's lines that are all units' names, as a menu lists them
_MENU_NAME_MAX = 10


def _unit_name_only(item: str) -> bool:
    return len(item) <= _MENU_NAME_MAX and kind_of(item) == "dept" and is_plausible(item)


_RANKS = ("副", "资深", "高级", "中级", "初级", "首席", "见习", "实习")


def _same_post_longer(longer: str, name: str) -> bool:
    """`(策划)副经理` of `副经理`: the post under a longer name; not one a rank apart
    (`副书记` of `书记`, `资深硬体工程师` of `硬体工程师`)."""
    return longer.endswith(name) and not longer[: -len(name)].endswith(_RANKS)


def _counted_elsewhere(units: list[Unit]) -> None:
    """A post only counted in one section (`设副主任1名`) and described in another under its
    full title (`车间副主任`): the count is the described post's, and no post of its own."""
    ending: dict[str, list[Role]] = {}  # every ending of a described post's name, to it
    for r in (r for u in units for r in u.roles if r.duties or r.reports_to):
        for i in range(1, len(r.name) - 1):
            if _same_post_longer(r.name, r.name[i:]):  # a 副主任 is no 主任
                ending.setdefault(r.name[i:], []).append(r)
    for unit in units:
        kept = []
        for role in unit.roles:
            if not (role.duties or role.reports_to or role.kpis or role.subordinates):
                longer = ending.get(role.name, [])
                if longer:
                    if len(longer) == 1:
                        longer[0].headcount = longer[0].headcount or role.headcount
                    continue
            kept.append(role)
        unit.roles = kept


def _share_parents(units: list[Unit]) -> None:
    """A parent stated in one section holds for the same department described in another."""
    parents: dict[str, str] = {}
    for unit in units:
        for d in unit.departments:
            if d.parent:
                parents.setdefault(d.name, d.parent)
    for unit in units:
        for d in unit.departments:
            if d.parent is None and d.name in parents:
                d.parent = parents[d.name]


# The end of the name of a body a unit belongs to (`桐川县市场监督管理局`, `…有限公司`).
_BODY_END = ("局", "公司", "集团", "政府", "委员会", "党组", "县", "市", "区", "镇", "乡", "街道")
_UNIT_NAME_MIN = 4  # characters a unit's name keeps, its body's name cut off


def _without_body(name: str) -> str:
    """`桐川县市场监督管理局食品安全专项整治工作领导小组`: the unit, after the body it belongs to
    (and what the sentence said before it)."""
    for i in range(len(name) - _UNIT_NAME_MIN, 0, -1):
        if name[:i].endswith(_BODY_END) and kind_of(name[i:]) == "dept":
            return name[i:]
    return name


def _share_measures(units: list[Unit], stated: list[PostKpis]) -> None:
    """Measures stated in one section for a post described only in another (a chat's
    message of each post's measures): the post's, if it has none of its own."""
    roles = {r.name: r for u in units for r in u.roles}
    for found in stated:
        for name in found.names:
            role = roles.get(name)
            if role is not None and not role.kpis:
                role.kpis = list(found.kpis)


def extract_text(
    text: str, source: str = "<text>", base_offset: int = 0, seen: set[str] | None = None
) -> Document:
    """Extract the units of one decoded text. Never raises except InputError.

    `base_offset` shifts evidence when the text is one piece of a larger file; `seen` holds
    the keys of sections already emitted from that file, so a repeat is emitted once.
    """
    return _extract_text(text, source, base_offset, seen)[0]


def _extract_text(
    text: str, source: str, base_offset: int, seen: set[str] | None
) -> tuple[Document, _DutyKeys]:
    """`extract_text`, and the normal forms of the duties of the roles it keeps. A rule that
    fails on the text fails this file alone, said by name: the rest of a batch goes on."""
    if not isinstance(text, str):
        raise InputError(f"{source}: not text")
    try:
        return _extract_units(text, source, base_offset, seen)
    except InputError:
        raise
    except Exception as e:  # any rule's failure, reported with the file
        raise InputError(f"{source}: extraction failed ({type(e).__name__}: {e})") from e


def _extract_units(
    text: str, source: str, base_offset: int, seen: set[str] | None
) -> tuple[Document, _DutyKeys]:
    nt = normalize(text)
    units: list[Unit] = []
    keys: _DutyKeys = {}
    elsewhere: list[PostKpis] = []
    starts: list[tuple[int, Unit]] = []  # where each kept unit starts in the normal text
    seen = set() if seen is None else seen
    if nt.text.strip():
        for span in split_units(nt.text):
            key = _unit_key(nt.text, span)
            if key in seen:
                continue
            seen.add(key)
            extractor = _UnitExtractor(nt, span)
            unit = extractor.run()
            elsewhere += extractor.measures_elsewhere
            if unit.roles or unit.departments:
                units.append(unit)
                starts.append((span.start, unit))
                keys.update((id(r), extractor.duty_keys(r)) for r in unit.roles)
    _add_org_data(text, nt, starts, units)
    _dedup_roles(units, keys)
    _counted_elsewhere(units)
    # Only the kept roles stay alive: the ids of the others may be reused.
    keys = {id(r): keys[id(r)] for unit in units for r in unit.roles}
    _share_parents(units)
    _share_measures(units, elsewhere)
    if base_offset:
        _shift(units, base_offset)
    return Document(source=source, units=units), keys


def _add_org_data(
    text: str, nt: NormalText, starts: list[tuple[int, Unit]], units: list[Unit]
) -> None:
    """The units and posts of the text's YAML and JSON blocks (`ingest.code_blocks`) and
    lists of people (`ingest.people`), each into the unit the block stands in (a unit of
    its own if none), merged by name."""
    for block in [*org_blocks(text), *people_data(nt), *item_rows(text)]:
        pos = nt.offsets.to_norm(block.start)
        before = [unit for at, unit in starts if at <= pos]
        if before:
            unit = before[-1]
        else:
            unit = Unit(title=nt.text.strip().split("\n", 1)[0].strip())
            units.insert(0, unit)
            starts.insert(0, (0, unit))
        depts = {d.name: d for d in unit.departments}
        for d in block.departments:
            if d.name not in depts:
                unit.departments.append(d)
                continue
            mine = depts[d.name]
            mine.parent = mine.parent or d.parent
            _add_duties(mine, d)
            _add(mine.kpis, d.kpis)
        roles = {r.name: r for r in unit.roles}
        for r in block.roles:
            if r.name not in roles:
                unit.roles.append(r)
                continue
            known = roles[r.name]
            _add_duties(known, r)
            _add(known.kpis, r.kpis)
            _add(known.reports_to, r.reports_to)
            known.headcount = known.headcount or r.headcount


def _add_duties(owner: Role | Department, other: Role | Department) -> None:
    """other's duties that owner lacks, each with its span."""
    for duty, span in zip(other.duties, other.duty_spans, strict=True):
        if duty not in owner.duties:
            owner.duties.append(duty)
            owner.duty_spans.append(span)


def _shift(units: list[Unit], base: int) -> None:
    for unit in units:
        recs: list[Role | Department] = [*unit.roles, *unit.departments]
        for rec in recs:
            rec.evidence = [(a + base, b + base) for a, b in rec.evidence]
            rec.duty_spans = [(a + base, b + base) for a, b in rec.duty_spans]


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Pause Python's cycle collector, then restore it as it was.

    Records and rule matches form no reference cycles, so the collector finds nothing here;
    but each full collection walks every record kept so far, which on a large file makes
    the time grow faster than the file (7% of it at 50 MB). Memory is still freed by
    reference counting as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_file(path: str | Path) -> Document:
    """Extract one file. Raises InputError naming the file and the reason it cannot be read."""
    p = Path(path)
    units: list[Unit] = []
    offset = 0
    read_any = False
    seen: set[str] = set()
    keys: _DutyKeys = {}
    with _without_cycle_collector():
        for chunk in iter_text_chunks(p):
            read_any = True
            doc, chunk_keys = _extract_text(chunk, p.name, offset, seen)
            units.extend(doc.units)
            keys.update(chunk_keys)
            offset += len(chunk)
    if not read_any:
        read_path(p)  # raises the reason
    _dedup_roles(units, keys)
    return Document(source=p.name, units=units)


def iter_document_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and under directories (recursively) the document and structured
    files, sorted; hidden files are left out."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in child.relative_to(p).parts):
                    continue
                if (
                    child.is_file()
                    and child.suffix.lower() in DOCUMENT_SUFFIXES | STRUCTURED_SUFFIXES
                ):
                    yield child
        else:
            yield p


def extract_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Document | InputError]]:
    """Each file with its Document, or the InputError that says why it was skipped."""
    for p in iter_document_paths(paths):
        try:
            yield p, extract_file(p)
        except InputError as e:
            yield p, e
