"""A page flattened into long lines: its line breaks put back before labels, numbers and
bullets, one blank for one break, so offsets still lead back to the source."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract import extract_text
from ingest.flattened import restore_breaks
from tests.ingest.test_rules import depts, roles

SHEET = (
    "职　　称：仓储主管 单　　位：物流部 直属主管：物流部经理 督导对象：仓管员、叉车司机 "
    "工作职责： 1. 制定仓库收发存作业规范并监督执行。 2. 组织每月库存盘点，分析盘盈盘亏原因。 "
    "3. 审核出入库单据，控制库存差异率。 4. 安排仓管员和叉车司机的班次与培训。 "
    "考核项目： ●库存准确率 ●发货及时率 ●仓储费用预算执行率 "
)
FILLER = "本页为内部培训资料，请勿外传，如需引用请联系人力资源部门并注明出处。"


def _page(*sheets: str) -> str:
    """Sheets on one line, after enough words of an introduction to make it a long line."""
    return "云栖物流组织职掌 " + FILLER * 40 + " " + " ".join(sheets)


def test_long_line_is_cut_before_labels_numbers_and_bullets() -> None:
    text = _page(SHEET)
    out = restore_breaks(text)
    assert len(out) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b] == [
        i for i, c in enumerate(out) if c == "\n"
    ]  # only blanks became breaks
    lines = out.split("\n")
    assert "职　　称：仓储主管" in lines
    assert "直属主管：物流部经理" in lines
    assert "1. 制定仓库收发存作业规范并监督执行。" in lines
    assert "●库存准确率" in lines


def test_short_lines_and_prose_are_left_alone() -> None:
    assert restore_breaks(SHEET) == SHEET  # a line a paragraph of prose might be
    prose = "公司成立于2003年，" + FILLER * 30  # long, but no marks of structure
    assert restore_breaks(prose) == prose


def test_numbers_inside_a_table_run_into_the_line_are_no_items() -> None:
    head = "序号 岗位 直接上级 编制 "
    table = head + "1 仓储主管 物流部经理 1 2 仓管员 仓储主管 4 3 叉车司机 仓储主管 2 "
    out = restore_breaks(_page(table + SHEET))
    assert "1 仓储主管 物流部经理 1 2 仓管员" in out  # the table rewrites cut its rows
    assert "\n职　　称：仓储主管" in out  # a label ends the table
    assert "\n1. 制定仓库收发存作业规范并监督执行。" in out


def test_a_flattened_sheet_reads_as_the_same_sheet_on_lines() -> None:
    doc = extract_text(_page(SHEET))
    role = next(r for u in doc.units for r in u.roles if r.name == "仓储主管")
    assert role.reports_to == ["物流部经理"]
    assert role.duties[:2] == [
        "制定仓库收发存作业规范并监督执行",
        "组织每月库存盘点,分析盘盈盘亏原因",
    ]
    assert role.kpis == ["库存准确率", "发货及时率", "仓储费用预算执行率"]


TOKENS = ["职　　称：", "直属主管：", "1.", "2、", "(一)", "①", "●", "序号 岗位 编制", "。", ";"]
TOKENS += ["仓储主管", "营销部岗位职责", "1.1职能", "负责库存盘点", ".2.3", "12", "　", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=200, max_size=600))
def test_only_blanks_become_breaks(tokens: list[str]) -> None:
    text = " ".join(tokens)  # long lines, with marks and headings run together every way
    out = restore_breaks(text)
    assert len(out) == len(text)
    assert all(a == b or (a in " \t\u3000" and b == "\n") for a, b in zip(text, out, strict=True))


def test_a_heading_run_into_the_end_of_a_line_opens_its_own() -> None:
    items = "1. 审核出入库单据。 2. 安排仓管员的班次。 " * 3
    out = restore_breaks(_page(items + "监督资金计划的执行; 配送中心岗位职责 一、配送中心组织架构"))
    assert "\n配送中心岗位职责\n一、配送中心组织架构" in out


def test_a_section_number_that_lost_its_chapter_still_heads_a_post() -> None:
    # `.2.3.1 会计`: the chapter's digit lost in a copy, the rest of the number kept
    text = (
        "财务制度\n.2.3 财核部\n.2.3.1 会计\n1、财务处理、税务申报\n2、编制财务报表\n"
        ".2.3.2 出纳\n1、收款、付款、报销\n"
    )
    found = {r.name: r.duties for u in extract_text(text).units for r in u.roles}
    assert found == {"会计": ["财务处理、税务申报", "编制财务报表"], "出纳": ["收款、付款、报销"]}


def test_a_numbered_heading_keeps_its_number() -> None:
    items = "1、 仓储主管岗位职责 (1)制定仓库作业规范。 (2)组织库存盘点。 " * 8
    out = restore_breaks(_page(items))
    assert "\n1、 仓储主管岗位职责\n(1)制定仓库作业规范。" in out


def test_a_unit_sheet_s_children_after_a_bare_label_on_a_flattened_page() -> None:
    line = (
        "4.2 质量保证部 部门名称：质量保证部 上级部门：质量管理中心 部门负责人：QA经理 "
        "下设：现场QA组、验证组、文件组 部门职责：1、建立质量管理体系；"
        "2、负责生产全过程的质量监督；3、负责偏差和变更的管理。 "
    )
    d = depts(extract_text(line * 12))
    assert d["质量保证部"].parent == "质量管理中心"
    assert d["验证组"].parent == d["文件组"].parent == "质量保证部"


def test_a_chat_app_article_s_bracketed_posts_on_a_flattened_page() -> None:
    post = (
        "🦷【{name}】 直接上级：院长 ① 接待初诊患者，了解就诊需求； ② 与医生沟通治疗方案； "
        "③ 对未成交患者建档跟进。 "
    )
    page = "".join(post.format(name=n) for n in ("咨询师", "前台", "客服专员", "护士")) * 6
    r = roles(extract_text(page))
    assert {"咨询师", "前台", "客服专员", "护士"} <= set(r)
    assert r["前台"].reports_to == ["院长"]
    assert r["前台"].duties[:2] == ["接待初诊患者,了解就诊需求", "与医生沟通治疗方案"]
