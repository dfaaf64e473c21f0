"""One small test per layout rule, on snippets written for it (a fictional company)."""

from __future__ import annotations

from ingest.extract import extract_text
from ingest.items import clean_item, find_markers, split_items
from ingest.records import Department, Document, Role


def roles(doc: Document) -> dict[str, Role]:
    return {r.name: r for u in doc.units for r in u.roles}


def depts(doc: Document) -> dict[str, Department]:
    return {d.name: d for u in doc.units for d in u.departments}


def headcounts(text: str) -> dict[str, int | None]:
    """The posts extracted from text, with their headcounts."""
    return {r.name: r.headcount for r in roles(extract_text(text)).values()}


def test_labelled_fields_give_name_headcount_superior_and_duties() -> None:
    text = (
        "星河茶饮组织架构\n\n"
        "职位名称:门店督导(2人) 工作范围:区域门店巡查 本职位汇报人:区域总监 工作内容: "
        "巡查门店出品质量;检查门店卫生与安全; 对门店员工有考核建议权。"
    )
    r = roles(extract_text(text))["门店督导"]
    assert r.headcount == 2
    assert r.reports_to == ["区域总监"]
    assert r.duties == ["巡查门店出品质量", "检查门店卫生与安全", "对门店员工有考核建议权"]
    assert "对门店员工有考核建议权" in r.authorities


def test_numbered_role_list_with_semicolon_items() -> None:
    text = (
        "二、岗位说明: 1、采购部经理:负责采购计划的制定;负责供应商的评估。 "
        "2、采购专员: 负责询价比价;负责采购合同的归档。"
    )
    rs = roles(extract_text(text))
    assert rs["采购部经理"].duties == ["负责采购计划的制定", "负责供应商的评估"]
    assert rs["采购专员"].duties == ["负责询价比价", "负责采购合同的归档"]


def test_role_heading_with_bullets() -> None:
    text = "品控主管岗位职责:\n●制定品控标准;\n●抽检原料批次;\n●跟进客诉处理。\n"
    assert roles(extract_text(text))["品控主管"].duties == [
        "制定品控标准",
        "抽检原料批次",
        "跟进客诉处理",
    ]


def test_nested_list_keeps_innermost_items_and_drops_bare_lead_ins() -> None:
    text = (
        "仓储主管职责 1、收货管理 1)核对到货数量;2)登记入库单。 "
        "2、库存管理 1)每月盘点库存;2)处理呆滞物料。"
    )
    assert roles(extract_text(text))["仓储主管"].duties == [
        "核对到货数量",
        "登记入库单",
        "每月盘点库存",
        "处理呆滞物料",
    ]


def test_requirements_are_not_duties() -> None:
    text = (
        "1. 培训专员\n\n直接上司:人力资源经理\n\n岗位职责:\n\n(1)编制年度培训计划;\n\n"
        "(2)组织新员工培训;\n\n职位要求:\n\n◆本科以上学历;\n"
    )
    r = roles(extract_text(text))["培训专员"]
    assert r.duties == ["编制年度培训计划", "组织新员工培训"]
    assert r.reports_to == ["人力资源经理"]


def test_superior_stated_inside_a_duty() -> None:
    text = (
        "店长职责:\n1、在区域经理的领导下,负责门店日常运营;\n2、服从营运总监的安排,执行促销方案。\n"
    )
    assert roles(extract_text(text))["店长"].reports_to == ["区域经理", "营运总监"]


def test_assisting_someone_is_not_reporting_to_them() -> None:
    text = "行政助理岗位职责:\n1、协助行政经理处理日常事务;\n2、管理办公用品。\n"
    r = roles(extract_text(text))["行政助理"]
    assert r.reports_to == []
    assert "行政经理" in r.coordinates_with


def test_department_duties_and_parent_from_xia_she() -> None:
    text = (
        "供应链中心下设采购部、物流部两个职能部门。\n"
        "采购部部门职责\n1、负责供应商开发;\n2、负责采购成本控制。\n"
    )
    ds = depts(extract_text(text))
    assert ds["采购部"].duties == ["负责供应商开发", "负责采购成本控制"]
    assert ds["采购部"].parent == "供应链中心"
    assert ds["物流部"].parent == "供应链中心"


def test_a_bare_unit_word_that_stands_for_no_unit_named_before_is_kept_as_written() -> None:
    # Not `管理办`: `办法` is a word, not a 办 (office).
    text = (
        "澄湖食品有限公司岗位职责管理办法\n"
        "第二条  中心下设市场部、销售部，各部门职能如下：\n"
        "市场部：负责品牌推广和市场调研。\n销售部：负责渠道开发和回款管理。\n"
    )
    ds = depts(extract_text(text))
    assert {d.name: d.parent for d in ds.values()} == {"市场部": "中心", "销售部": "中心"}


def test_nameless_department_heading_takes_the_name_that_follows() -> None:
    text = "二、部门职能\n质检中心是公司的质量管理部门,负责来料检验与成品检验。\n"
    assert "质检中心" in depts(extract_text(text))


def test_one_sentence_description_is_the_duty() -> None:
    text = "技术部负责网站开发与维护,保障系统稳定运行。\n"
    d = depts(extract_text(text))["技术部"]
    assert d.duties == ["技术部负责网站开发与维护,保障系统稳定运行"]


def test_staffing_table_gives_roles_with_headcount() -> None:
    text = "人员编制\n客服部 客服主管 (1人) 客服专员 (3人)\n"
    rs = roles(extract_text(text))
    assert rs["客服主管"].headcount == 1
    assert rs["客服专员"].headcount == 3


def test_counts_in_prose_are_not_a_staffing_table() -> None:
    text = "本部门暂定人员编制6人,含部门经理1名,主管5人,基本满足需要。\n"
    assert roles(extract_text(text)) == {}


def test_kpi_heading_gives_measures() -> None:
    text = "物流专员绩效考核- 准时发货率;- 货损率;- 客户满意度。\n"
    assert roles(extract_text(text))["物流专员"].kpis == ["准时发货率", "货损率", "客户满意度"]


def test_flattened_table_with_labels_without_colons() -> None:
    text = (
        "岗位名称仓库主管直接上级物流经理直接下级仓管员项目具体内容相关量化指标工作职责"
        "日常事务安排收发货作业;监督库存准确;1、库存准确率;2、发货及时率;特殊事务1、领导交办的其他事项;"
        "任职资格大专以上学历"
    )
    r = roles(extract_text(text))["仓库主管"]
    assert r.reports_to == ["物流经理"]
    assert r.subordinates == ["仓管员"]
    assert r.kpis == ["库存准确率", "发货及时率"]
    assert r.duties == ["安排收发货作业", "监督库存准确", "领导交办的其他事项"]


def test_a_repeated_section_is_emitted_once() -> None:
    block = "市场主管岗位职责:\n1、制定推广计划;\n2、评估推广效果。\n\n"
    doc = extract_text("市场部组织架构\n\n" + block + "市场部组织架构(副本)\n\n" + block)
    assert sum(1 for u in doc.units for r in u.roles if r.name == "市场主管") == 1


def test_traditional_text_and_pinyin_glosses_are_normalised() -> None:
    text = "銷售經理崗位職責(zé):\n1、制定銷售計劃;\n2、管理銷售團隊。\n"
    r = roles(extract_text(text))["销售经理"]
    assert r.duties == ["制定销售计划", "管理销售团队"]


def test_site_boilerplate_is_dropped() -> None:
    text = (
        "某某文库\n当前位置:首页 > 管理\n出纳岗位职责:\n1、办理现金收付;\n2、登记日记账。\n"
        "相关文档\n"
    )
    r = roles(extract_text(text))["出纳"]
    assert r.duties == ["办理现金收付", "登记日记账"]


def test_evidence_points_into_the_source_text() -> None:
    text = "銷售經理崗位職責(zé):\n1、制定銷售計劃;\n2、管理銷售團隊。\n"
    r = roles(extract_text(text))["销售经理"]
    a, b = r.duty_spans[0]
    assert "制定銷售計劃" in text[a:b]
    ea, eb = r.evidence[0]
    assert 0 <= ea < eb <= len(text)


def test_numbering_must_run_in_sequence() -> None:
    text = "每月2日上午10:00前提交日报。3.5倍"
    assert find_markers(text) == []


def test_unnumbered_items_before_a_continued_list() -> None:
    text = "管理公司合同 采购办公用品 3、组织集体活动。 4、协助处理外部事务。"
    items = [clean_item(text[a:b]) for a, b in split_items(text, 0, len(text))]
    assert items == ["管理公司合同", "采购办公用品", "组织集体活动", "协助处理外部事务"]


def test_wrap_spaces_inside_an_item_are_removed() -> None:
    assert clean_item("(3)负责销售 谈判等;") == "负责销售谈判等"


def test_records_round_trip_through_dicts() -> None:
    doc = extract_text(
        "店长职责:\n1、在区域经理的领导下,负责门店运营;\n2、每日提交销售日报给区域经理。\n"
    )
    again = Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()


def test_name_opening_with_a_particle_character_keeps_it() -> None:
    text = (
        "二、岗位说明\n3、经销商管理专员:负责经销商档案管理;跟进经销商回款。\n"
        "4、对外联络主管:负责接待来访客户;维护合作关系。\n"
    )
    rs = roles(extract_text(text))
    assert rs["经销商管理专员"].duties == ["负责经销商档案管理", "跟进经销商回款"]
    assert "对外联络主管" in rs


def test_company_name_in_front_of_a_unit_is_the_organisation() -> None:
    text = (
        "营销中心组织架构\n"
        "营销中心是公司的销售主体,统筹全国市场的开拓与客户服务,各大区按季度制定计划并执行。"
        "营销中心每月召开经营分析会,通报各区域的销售进度与回款情况,协调资源投放。\n"
        "澄远家电科技有限公司营销中心下设市场部、销售部和渠道部。\n"
    )
    doc = extract_text(text)
    ds = depts(doc)
    assert {ds[n].parent for n in ("市场部", "销售部", "渠道部")} == {"营销中心"}
    assert doc.units[0].organization == "澄远家电科技有限公司"


def test_company_line_above_the_title_is_the_organisation() -> None:
    text = (
        "一、公司简介\n本公司成立于二〇一〇年。\n"
        "岚溪智能科技有限公司\n营销中心部门职责\n"
        "1、负责公司年度销售目标的分解与达成;\n2、负责公司品牌推广与市场调研。\n"
    )
    units = [u for u in extract_text(text).units if u.departments]
    assert units[0].organization == "岚溪智能科技有限公司"
    assert units[0].departments[0].name == "营销中心"


def test_list_after_a_superior_line_is_the_duties() -> None:
    text = (
        "客服中心岗位職責\n"
        "1、客服主管\n●直接上級:客服部經理\n●受理客戶投訴並跟進處理\n●統計客戶回訪結果\n"
        "2、渠道专员:直接上级为渠道部经理。\n(1)收集经销商资料;\n(2)跟进经销商订单。\n"
    )
    rs = roles(extract_text(text))
    assert rs["客服主管"].reports_to == ["客服部经理"]
    assert rs["客服主管"].duties == ["受理客户投诉并跟进处理", "统计客户回访结果"]
    assert rs["渠道专员"].reports_to == ["渠道部经理"]
    assert rs["渠道专员"].duties == ["收集经销商资料", "跟进经销商订单"]


def test_superior_named_in_a_role_lead_sentence() -> None:
    text = (
        "营销中心岗位职责\n"
        "1、渠道部经理:在营销总监领导下,负责公司渠道体系的建设与管理。\n"
        "(1)制定渠道发展规划;\n(2)组织渠道拓展与维护;\n"
    )
    r = roles(extract_text(text))["渠道部经理"]
    assert r.reports_to == ["营销总监"]
    assert r.duties == ["制定渠道发展规划", "组织渠道拓展与维护"]


def test_led_by_sentence_about_another_unit_is_not_the_blocks_superior() -> None:
    text = (
        "营销中心部门职责\n"
        "1、统筹全国市场的开拓与客户服务;\n"
        "2、渠道部在营销总监的领导下,负责渠道开发与维护;\n"
        "3、组织召开月度经营分析会。\n"
    )
    ds = depts(extract_text(text))
    assert ds["营销中心"].parent is None
    assert ds["渠道部"].parent == "营销总监"  # the spec's `A在X的领导下` said of a department


def test_markdown_job_description_with_a_name_heading_and_labelled_lines() -> None:
    text = (
        "# 青禾物流岗位说明书\n\n## 仓储经理\n\n**所属部门**:仓储部\n**汇报对象**:运营总监\n\n"
        "### 岗位职责\n\n- 制定仓库年度运营计划;\n- 管理仓库库存与盘点。\n\n"
        "## 调度专员\n\n- 上级主管:仓储经理\n\n### 岗位职责\n\n1. 安排每日车辆调度;\n"
        "2. 跟踪在途货物状态。\n"
    )
    rs = roles(extract_text(text))
    assert rs["仓储经理"].department == "仓储部"
    assert rs["仓储经理"].reports_to == ["运营总监"]
    assert rs["仓储经理"].duties == ["制定仓库年度运营计划", "管理仓库库存与盘点"]
    assert rs["调度专员"].reports_to == ["仓储经理"]
    assert rs["调度专员"].duties == ["安排每日车辆调度", "跟踪在途货物状态"]


def test_duties_counted_as_zhize_yi_er() -> None:
    text = (
        "人力资源部岗位职责\n招聘主管\n上级主管:人力资源经理\n"
        "职责一:制定年度招聘计划并组织实施;\n职责二:维护招聘渠道,控制招聘成本;\n"
        "职责三:组织新员工入职培训。\n"
    )
    r = roles(extract_text(text))["招聘主管"]
    assert r.reports_to == ["人力资源经理"]
    assert r.duties == [
        "制定年度招聘计划并组织实施",
        "维护招聘渠道,控制招聘成本",
        "组织新员工入职培训",
    ]


def test_text_table_with_a_labelled_head_row() -> None:
    tabbed = (
        "岗位说明\n岗位名称\t直接上级\t岗位职责\n"
        "质检员\t品控主管\t1.抽检来料;2.记录检验数据\n包装员\t生产组长\t按标准包装成品;清点包装数量\n"
    )
    piped = (
        "岗位说明\n| 岗位名称 | 直接上级 | 岗位职责 |\n|---|---|---|\n"
        "| 质检员 | 品控主管 | 1.抽检来料;2.记录检验数据 |\n"
        "| 包装员 | 生产组长 | 按标准包装成品;清点包装数量 |\n"
    )
    for text in (tabbed, piped):
        rs = roles(extract_text(text))
        assert set(rs) == {"质检员", "包装员"}
        assert rs["质检员"].reports_to == ["品控主管"]
        assert rs["质检员"].duties == ["抽检来料", "记录检验数据"]
        assert rs["包装员"].reports_to == ["生产组长"]
        assert rs["包装员"].duties == ["按标准包装成品", "清点包装数量"]


def test_short_post_label_names_the_role() -> None:
    text = (
        "销售部岗位说明\n岗位:销售代表\n汇报对象:区域经理\n主要职责:\n"
        "1) 开发新客户并维护老客户;\n2) 完成月度销售指标。\n"
        "岗位:销售内勤\n上级主管:销售部经理\n主要职责:\n1. 录入销售订单;\n2. 核对客户回款。\n"
    )
    rs = roles(extract_text(text))
    assert rs["销售代表"].reports_to == ["区域经理"]
    assert rs["销售代表"].duties == ["开发新客户并维护老客户", "完成月度销售指标"]
    assert rs["销售内勤"].reports_to == ["销售部经理"]
    assert rs["销售内勤"].duties == ["录入销售订单", "核对客户回款"]


def test_dual_leadership_gives_two_superiors() -> None:
    text = "星河茶饮门店管理细则\n1.出纳由集团财务中心委派,受集团财务中心和区域总经理的双重领导。\n"
    r = roles(extract_text(text))["出纳"]
    assert r.reports_to == ["集团财务中心", "区域总经理"]
    text = "星河茶饮门店管理细则\n门店会计受财务部、区域经理双重领导,负责门店核算。\n"
    assert roles(extract_text(text))["门店会计"].reports_to == ["财务部", "区域经理"]


def test_dual_leadership_of_an_unnamed_subject_adds_no_role() -> None:
    text = (
        "星河茶饮门店管理细则\n该岗位受财务部和区域经理双重领导。\n本部门受总部和分公司双重领导。\n"
    )
    assert roles(extract_text(text)) == {}


def test_last_item_of_a_one_line_list_ends_at_its_line() -> None:
    text = (
        "星河茶饮岗位说明书\n门店店长岗位职责:\n1、负责门店日常运营管理\n2、负责员工排班与培训\n"
        "3、负责门店销售目标达成\n门店店长需具备三年以上餐饮管理经验。\n"
    )
    duties = roles(extract_text(text))["门店店长"].duties
    assert duties == ["负责门店日常运营管理", "负责员工排班与培训", "负责门店销售目标达成"]


def test_last_item_of_a_wrapped_list_keeps_its_next_line() -> None:
    text = (
        "星河茶饮岗位说明书\n门店店长岗位职责:\n1、负责门店日常运营管理,\n确保出品质量稳定\n"
        "2、负责员工排班与培训\n3、负责门店销售目标达成\n并按月复盘销售数据\n"
    )
    duties = roles(extract_text(text))["门店店长"].duties
    assert duties[-1] == "负责门店销售目标达成并按月复盘销售数据"


def test_a_list_may_switch_from_dots_to_brackets() -> None:
    text = (
        "星河茶饮岗位说明书\n门店店长岗位职责:\n1.负责门店日常运营;\n2.负责员工排班;\n"
        "3)负责销售目标达成;\n4)负责卫生检查,每月3)号前提交报告。\n"
    )
    duties = roles(extract_text(text))["门店店长"].duties
    assert duties == [
        "负责门店日常运营",
        "负责员工排班",
        "负责销售目标达成",
        "负责卫生检查,每月3)号前提交报告",
    ]


def test_group_of_organisation_is_no_department() -> None:
    """`组织架构` after a name: the 组 begins 组织, it names no group of that name."""
    text = "华东销售组织架构\n\n调度中心职责:\n1、编排每日车辆班次。\n2、跟踪在途运输。\n"
    assert depts(extract_text(text))["调度中心"].parent is None


def test_flattened_page_title_does_not_end_mid_word() -> None:
    """A page flattened to one line has no heading: its title is cut at a blank, never in
    the middle of `…销售组织`, which would read as a group of that name."""
    duties = " ".join(f"{i}、跟踪第{i}条线路的在途运输。" for i in range(1, 16))
    page = (
        "资料站 当前位置:资料站 › 华东销售组织架构图 华东销售组织架构图 华东销售组织架构图 "
        f"华东销售组织架构图 调度中心职责: {duties}"
    )
    doc = extract_text(page)
    assert not doc.units[0].title.endswith("销售组")
    assert depts(doc)["调度中心"].parent is None


def test_a_flattened_page_names_no_department_in_its_title() -> None:
    """The start of a page flattened to one line is no heading: `营销部门管理手册` there does
    not make 营销部门 the parent of every unit on the page."""
    duties = " ".join(f"{i}、跟进第{i}个渠道。" for i in range(1, 15))
    page = f"营销部门管理手册 某公司营销部门管理手册 一、引言 渠道部职责: {duties}"
    d = depts(extract_text(page))
    assert d["渠道部"].parent is None


def test_a_bulleted_work_area_above_numbered_items_is_no_item() -> None:
    text = (
        "组训岗位职责:\n●培训方面\n1.负责新人岗前培训;\n2.编写培训教材;\n"
        "●早会经营\n3.指导各营业部规范经营早会;\n4.协助营业部经理辅导主管。\n"
    )
    assert roles(extract_text(text))["组训"].duties == [
        "负责新人岗前培训",
        "编写培训教材",
        "指导各营业部规范经营早会",
        "协助营业部经理辅导主管",
    ]


def test_a_measure_whose_word_ends_like_a_title_is_no_post() -> None:
    text = (
        "客服经理岗位职责:\n1.管理坐席团队。\n"
        "考核指标:\n1.热线接通率\n2.平均应答时长\n3.一次解决率\n"
    )
    r = roles(extract_text(text))
    assert set(r) == {"客服经理"}
    assert r["客服经理"].kpis == ["热线接通率", "平均应答时长", "一次解决率"]


def test_an_acronym_names_a_measure_of_its_own() -> None:
    text = "推广专员岗位职责:\n1、负责付费推广。\n考核指标:ROI、点击率、推广费占比\n"
    assert roles(extract_text(text))["推广专员"].kpis == ["ROI", "点击率", "推广费占比"]


def test_a_pronoun_before_a_unit_is_no_part_of_its_name() -> None:
    text = "我们运营中心下设平台运营组、直播组和客服组。\n直播组负责店铺直播。\n"
    assert depts(extract_text(text))["直播组"].parent == "运营中心"


def test_a_note_in_latin_letters_stays_with_the_title_an_english_gloss_does_not() -> None:
    text = (
        "岗位名称：前端开发工程师（React）\n直接上级：前端技术负责人\n岗位职责：\n1、负责页面开发；\n\n"
        "岗位名称：收银员(Cashier)\n岗位职责：\n1、办理收银；\n"
    )
    r = roles(extract_text(text))
    assert set(r) == {"前端开发工程师(React)", "收银员"}
    assert r["前端开发工程师(React)"].reports_to == ["前端技术负责人"]


def test_a_unit_named_for_a_structure_is_a_unit() -> None:
    text = (
        "研发中心下设基础架构部、交易研发部。\n"
        "【基础架构部】负责容器云平台的建设。\n【交易研发部】负责交易系统研发。\n"
        "结构设计组:\n1、负责产品结构设计;\n2、组织结构评审。\n"
    )
    d = depts(extract_text(text))
    assert d["基础架构部"].duties == ["负责容器云平台的建设"]
    assert d["基础架构部"].parent == "研发中心"
    assert d["结构设计组"].duties == ["负责产品结构设计", "组织结构评审"]


def test_a_list_of_units_wrapped_after_a_comma() -> None:
    text = (
        "物业服务中心下设客服部、工程部、\n秩序维护部、环境部，各部门负责人由项目经理统一管理。\n"
    )
    d = depts(extract_text(text))
    assert {x.name: x.parent for x in d.values()} == {
        n: "物业服务中心" for n in ("客服部", "工程部", "秩序维护部", "环境部")
    }


def test_a_title_that_is_a_suffix_alone() -> None:
    text = (
        "财务部现设财务经理1名、会计2名、出纳1名,会计、出纳的直接上级为财务经理。\n"
        "1、财务经理:负责编制财务预算;审核会计凭证。2、会计:编制记账凭证;登记总账。"
        "3、出纳:办理现金收付;登记现金日记账。\n"
    )
    r = roles(extract_text(text))
    assert r["会计"].reports_to == r["出纳"].reports_to == ["财务经理"]
    assert r["出纳"].duties == ["办理现金收付", "登记现金日记账"]


def test_an_unknown_label_between_fields_heads_no_post() -> None:
    text = (
        "（一）大区经理\n汇报对象:营销副总\n管理幅度:地区经理3-5名\n主要职责:\n"
        "1.制定大区销售计划;\n2.指导地区经理的工作。\n"
        "（二）地区经理\n汇报对象:大区经理\n带教周期:三个月\n主要职责:\n1.完成地区销售指标。\n"
    )
    r = roles(extract_text(text))
    assert set(r) == {"大区经理", "地区经理"}
    assert r["大区经理"].duties == ["制定大区销售计划", "指导地区经理的工作"]
    assert r["大区经理"].subordinates == ["地区经理"]  # 管理幅度 names whom the post manages
    assert r["地区经理"].duties == ["完成地区销售指标"]


def test_a_sign_up_form_and_a_note_on_a_count_name_no_posts() -> None:
    text = (
        "店长:\n1、负责门店经营;\n2、管理门店员工。\n"
        "服务员 14人 含实习生2名\n\n"
        "意向城市:________[提交]\n招商邮箱:join@example.cn\n\n"
        "加盟热线:400-800-1234 招商邮箱:join@example.cn\n"
    )
    assert set(roles(extract_text(text))) == {"店长", "服务员"}


def test_a_page_s_tags_are_no_field_and_a_store_sets_up_departments() -> None:
    text = (
        "门店实行店长负责制。门店下设前厅部和后厨部。\n\n"
        "店长:\n1、负责门店经营;\n2、管理门店员工。\n\n"
        "标签:门店管理 组织架构 岗位职责 加盟\n"
    )
    doc = extract_text(text)
    assert roles(doc)["店长"].duties == ["负责门店经营", "管理门店员工"]
    ds = depts(doc)
    assert ds["前厅部"].parent == ds["后厨部"].parent == "门店"


def test_a_verb_of_change_before_a_unit_is_no_part_of_its_name() -> None:
    text = (
        "客服部部门职责\n1、负责客户投诉处理;\n2、维护服务热线。\n\n"
        "修订记录\nB/0    2021-04-01    新增客服部岗位说明书    人力资源部\n"
    )
    assert set(depts(extract_text(text))) == {"客服部"}


def test_a_heading_on_how_something_is_done_heads_no_post() -> None:
    text = (
        "市场主管:\n1、主持市场部工作;\n2、审核招生方案。\n"
        "考核程序:\n每月2日前各岗位完成自评;副主管汇总后报市场主管评分。\n"
    )
    assert set(roles(extract_text(text))) == {"市场主管"}


def test_a_unit_described_then_placed_under_someone_or_a_unit_over_a_line_wrap() -> None:
    text = (
        "营销中心是公司药品销售的执行机构，在总经理领导下开展工作。\n"
        "运输部隶属于运营中心；客服部\n隶属于客户服务中心。各部门职责如下：\n"
        "客服部：负责客户投诉处理。\n运输部：负责车辆调度。\n"
    )
    d = depts(extract_text(text))
    assert d["营销中心"].parent == "总经理"
    assert d["客服部"].parent == "客户服务中心"


def test_a_taiwanese_post_named_by_its_suffix_alone_and_its_requirements() -> None:
    text = (
        "職　　稱　協理\n直屬主管　總經理\n"  # a label spaced to the form's width
        "工作職責：\n一、擬訂年度營業目標。\n二、督導各課業務推展。\n任用條件：大學以上學歷。\n"
    )
    r = roles(extract_text(text))
    assert set(r) == {"协理"}  # 任用條件 closes the duties
    assert r["协理"].reports_to == ["总经理"]
    assert r["协理"].duties == ["拟订年度营业目标", "督导各课业务推展"]


def test_a_note_on_a_post_after_its_name_and_text_no_decoder_could_read() -> None:
    text = (
        "1、店长（向区域督导汇报）:全面负责门店经营管理;处理顾客投诉。\n"
        "2、收银员:办理收银;锟斤拷锟斤拷锟斤拷\n3、营业员:陈列商品;\ufffd\ufffd\ufffd整理货架。\n"
    )
    r = roles(extract_text(text))
    assert r["店长"].reports_to == ["区域督导"]
    assert r["店长"].duties == ["全面负责门店经营管理", "处理顾客投诉"]
    assert r["收银员"].duties == ["办理收银"]
    assert r["营业员"].duties == ["陈列商品", "整理货架"]


def test_a_charts_placeholders_and_a_posts_other_sections_name_nothing() -> None:
    text = (
        "市场总监:XXX 主管:XXX 推广组:XXX(组长)、XXX 兼职地推:XXX 若干\n\n"
        "市场主管:\n1、主持市场部工作;\n2、审核招生方案。\n"
        "权限:对市场部内部工作有分配权。\n"
        "汇报:每周一例会上向运营副总汇报上周招生数据。\n"
        "考核结果:90分以上为A,60分以下为D。\n"
    )
    doc = extract_text(text)
    assert set(roles(doc)) == {"市场主管"}
    assert "市场部内部" not in depts(doc)  # 内部, not a 部


def test_posts_listed_with_counts_under_a_staffing_heading_are_posts() -> None:
    text = (
        "部门名称:品牌部  上级部门:营销中心\n部门使命:塑造品牌形象,提升品牌知名度。\n"
        "主要职能:\n1.制定品牌战略;\n2.维护媒体关系。\n\n"
        "第三章  岗位设置\n营销中心各部门岗位设置如下:\n"
        "品牌部:品牌经理1人、新媒体运营2人、平面设计师1人\n"
    )
    doc = extract_text(text)
    r = roles(doc)
    assert {n: r[n].headcount for n in r} == {"品牌经理": 1, "新媒体运营": 2, "平面设计师": 1}
    assert depts(doc)["品牌部"].duties == ["制定品牌战略", "维护媒体关系"]  # 部门使命 is none


def test_structure_stated_after_a_label_and_a_unit_placed_before_its_duties() -> None:
    text = (
        "说明:销售部隶属于营销中心,下设华东大区、华南大区和大客户组。\n\n"
        "市场部隶属于营销中心，主要职能如下：\n1、组织市场调研;\n2、策划促销活动。\n"
    )
    d = depts(extract_text(text))
    assert d["销售部"].parent == "营销中心"
    assert d["华东大区"].parent == d["大客户组"].parent == "销售部"
    assert d["市场部"].duties == ["组织市场调研", "策划促销活动"]
    assert "市场部隶属于营销中心" not in d


def test_an_engineering_manager_s_blog_post() -> None:
    doc = extract_text(
        "一、先说说我们工程部\n\n工程部负责项目从开工到交付的质量管理。工程部内部分为土建组和\n"
        "安装组两个专业组。\n\n二、各岗位职责\n\n"
        "◆ 土建工程师岗位职责\n土建工程师对项目总工负责。\n"
        "· 巡查所负责标段的施工现场，重点检查钢筋、模板等\n  关键工序的施工质量\n"
        "· 参加隐蔽工程验收\n与设计部保持密切配合。\n\n"
        "三、考核\n\n岗位 指标 权重\n项目总工 图纸问题闭合率 50%\n专项方案审批及时率 50%\n"
        "土建工程师 实测实量合格率 60%\n整改通知闭合率 40%\n\n"
        "评论 [发评论]\n\n[1楼] 钢筋水泥　2022-09-19 08:12\n我们公司安全员归监理管。\n"
        "　　博主回复：各家做法不一样。\n"
    )
    d, r = depts(doc), roles(doc)
    assert {n: x.parent for n, x in d.items()} == {
        "工程部": None,  # `先说说我们工程部`: the section on the department
        "土建组": "工程部",  # `内部分为`, over a line's end
        "安装组": "工程部",
    }
    assert r["土建工程师"].reports_to == ["项目总工"]  # 总工: a chief engineer
    assert r["土建工程师"].duties == [
        "巡查所负责标段的施工现场,重点检查钢筋、模板等关键工序的施工质量",
        "参加隐蔽工程验收",  # the sentence after the list is no part of it
    ]
    assert r["土建工程师"].kpis == ["实测实量合格率", "整改通知闭合率"]  # rows, no titles
    assert r["项目总工"].kpis == ["图纸问题闭合率", "专项方案审批及时率"]
    assert "博主回复" not in r  # a reply under the post


def test_a_library_page_of_a_store_s_posts() -> None:
    doc = extract_text(
        "门店组织架构与岗位职责\n\n第一部分　门店组织架构\n\n"
        "门店设店长1名，下设药师、营业员等岗位。药师、营业员均在店长的领导下开展工作。\n\n"
        "[图片] 门店组织架构图.png\n\n第二部分　岗位职责\n\n一、店长岗位职责\n"
        "1.负责门店的日常经营；\n2.负责门店人员的排班；\n3.组织门店商品盘点；\n"
        "本岗位直接向区域经理汇报。\n4.处理顾客投诉。\n\n"
        "二、营业员岗位职责\n1.负责顾客接待；\n2.保持货架整洁。\n▼ 展开剩余内容（约35%）\n\n"
        "附件一：门店排班表（略）\n\n转藏到我的图书馆　　献花(3)　　+1\n"
    )
    r = roles(doc)
    assert set(r) == {"店长", "营业员"}  # no post `附件一`
    assert r["店长"].reports_to == ["区域经理"]  # the line between its items
    assert r["店长"].duties[2:] == ["组织门店商品盘点", "处理顾客投诉"]
    # `均在…领导下`, in the same unit: neither a picture nor a part's heading opens one.
    assert r["营业员"].reports_to == ["店长"]
    assert r["营业员"].duties == ["负责顾客接待", "保持货架整洁"]


def test_a_hospital_s_footer_of_numbers_gives_no_posts() -> None:
    doc = extract_text(
        "護理部組織職掌\n\n護理長\n工作職責：\n1.負責病房行政管理。\n2.督導護理人員。\n\n"
        "地址：台中市北區XX路1號　總機：(04)2236-XXXX　護理部分機：2301\n"
        "掛號專線：(04)2237-XXXX　傳真：(04)2236-XXXX\n"
    )
    assert set(roles(doc)) == {"护理长"}
    assert depts(doc) == {}  # no unit `总机`


def test_a_chat_app_article_on_a_school_s_office() -> None:
    doc = extract_text(
        "干货｜民办学校的教务处到底怎么设？\n\n📌 一、教务处是干什么的\n\n"
        "一句话：教务处是学校教学工作的总调度。职责一共2条：\n\n"
        "✅ 负责全校课表编排；\n✅ 组织期中、期末考试。\n\n"
        "📌 三、岗位怎么分工\n\n下面挑2个最核心的岗位说说👇\n\n"
        "1️⃣ 教务处处长\n\n汇报对象：分管教学副校长\n\n✅ 主持教务处全面工作；\n"
        "✅ 组织教学质量分析会。\n\n考核看这几点：教学工作计划完成率、家长教学满意度。\n\n"
        "🎁 报名赠《民办学校岗位说明书模板》电子版\n"
        "👨‍🏫 三位一线民校教学副校长现场授课：课表编排实操\n\n"
        "2️⃣ 考务专员\n\n汇报对象：考务科科长\n\n✅ 编制考试日程安排表。\n\n下期预告：德育处\n"
    )
    r, d = roles(doc), depts(doc)
    assert set(r) == {"教务处处长", "考务专员"}  # `1️⃣`: a keycap numbers the posts
    assert r["教务处处长"].kpis == ["教学工作计划完成率", "家长教学满意度"]
    assert r["教务处处长"].duties == ["主持教务处全面工作", "组织教学质量分析会"]
    assert set(d) == {"教务处"}  # `是干什么的`: a heading on it; no unit `民办`
    assert d["教务处"].duties == ["负责全校课表编排", "组织期中、期末考试"]
    assert d["教务处"].parent is None


def test_a_hospital_page_pasted_as_lines_with_its_foot_run_in() -> None:
    doc = extract_text(
        "科室设置与岗位职责 二、岗位职责 财务科科长职责 在分管副院长领导下，负责全院财务管理工作。"
        "1.编制年度预算。2.组织会计核算。3.完成院领导交办的其他工作。"
        "人员编制：院长1名，财务科科长1名，设备科科长1名，设备管理员2名。 共2页 第2页 上一页 "
        "上一篇：医院简介 下一篇：专家团队 【打印本页】【关闭窗口】 主办单位：桐川县人民医院 "
        "备案号：赣ICP备18004261号-1 技术支持：桐川县网络信息中心\n"
    )
    r = roles(doc)
    assert set(r) == {"财务科科长", "院长", "设备科科长", "设备管理员"}  # `设备`: no `设` of
    assert r["财务科科长"].duties[-1] == "完成院领导交办的其他工作"  # setting up; no foot


def test_a_taiwanese_organisation_regulation_in_articles() -> None:
    doc = extract_text(
        "組織規程\n\n第二章　組織\n\n第三條　本公司設管理處及業務處；管理處下設人事課及會計課。\n"
        "第四條　稽核室直屬董事會。\n\n第三章　職掌\n\n"
        "第五條　人事課職掌如下：一、員工招募之辦理。二、薪資計算作業。\n\n"
        "第十二條　處長承總經理之命，綜理處務，並督導所屬各課。\n\n"
        "第四章　分層負責\n採購申請 經辦:課員 審核:課長 核定:處長\n分發單位：管理處、業務處\n"
    )
    d, r = depts(doc), roles(doc)
    assert d["人事课"].duties == ["员工招募之办理", "薪资计算作业"]  # `X職掌如下:`
    assert d["人事课"].parent == "管理处"
    assert d["稽核室"].parent == "董事会"  # `直屬`
    assert set(r) == {"处长"}  # no post `核定` of the authority table
    assert r["处长"].reports_to == ["总经理"]  # `承X之命`


def test_a_project_department_s_posts_in_articles() -> None:
    doc = extract_text(
        "二、岗位责任制\n\n（一）项目经理岗位责任制\n"
        "第一条 项目经理在公司生产副总经理领导下，对工程全面负责。\n"
        "第二条 认真贯彻国家有关工程建设的法律、法规。\n第三条 组织编制项目管理实施规划。\n\n"
        "（二）施工员岗位责任制\n第一条 施工员在项目技术负责人领导下工作，对项目技术负责人负责。\n"
        "第二条 参加图纸会审。\n"
    )
    r = roles(doc)
    assert r["项目经理"].reports_to == ["公司生产副总经理"]
    assert r["项目经理"].duties[1:] == [
        "认真贯彻国家有关工程建设的法律、法规",
        "组织编制项目管理实施规划",
    ]  # each article an item: no article ends the post's block
    assert r["施工员"].duties[1:] == ["参加图纸会审"]  # its first article heads nothing


def test_a_workshop_article_counting_posts_in_one_section_describing_them_in_another() -> None:
    doc = extract_text(
        "👥 二、车间的架构和人员\n\n"
        "生产车间设车间主任1名、副主任1名，下设灌装组和包装组，每组设组长1名。\n\n"
        "📋 三、岗位职责\n\n▶ 车间副主任｜直接上级：车间主任\n职责：\n"
        "①协助主任管理车间；\n②主持夜班生产。\n\n"
        "▶ 灌装组组长｜直接上级：车间副主任\n职责：\n①组织灌装线生产。\n\n"
        "🚨 停线处理流程\nStep 1 拉停：发现人立即按下急停按钮；\nStep 2 报告：组长2分钟内到场。\n"
    )
    r = roles(doc)
    assert "副主任" not in r and "组长" not in r  # counted here, described there
    assert r["车间副主任"].headcount == 1
    assert "拉停" not in r and "报告" not in r  # steps of a process, no posts


def test_a_hotel_s_rooms_division_sets_up_its_laundry() -> None:
    doc = extract_text(
        "房务部组织结构\n\n本酒店房务部下设客房部、洗衣房和公共区域组，前厅部另设。\n\n"
        "【岗位名称】洗衣房主管\n【所属部门】洗衣房\n【直接上级】房务总监\n"
        "【工作职责】\n1、负责布草的洗涤。\n2、负责洗衣设备的保养。\n"
    )
    assert {n: d.parent for n, d in depts(doc).items()} == {
        "客房部": "房务部",  # `本酒店`: the hotel the page is of, no part of the name
        "洗衣房": "房务部",  # a unit by its whole name
        "公共区域组": "房务部",
    }


def test_a_restaurant_group_s_posts_with_english_titles_and_whom_they_manage() -> None:
    doc = extract_text(
        "職位：區域營運經理 (Area Operations Manager)\n向營運總監匯報\n管轄：分店經理\n\n"
        "主要職責：\n◆ 督導區內各分店之日常營運\n◆ 按月檢討區內分店營業額\n\n"
        "職位：總廚 (Head Chef)\n向分店經理匯報\n管轄：點心主管、廚師\n\n"
        "主要職責：\n◆ 全面負責廚房部之出品質素\n◆ 編排廚房人手更表\n\n"
        "表現指標：\n◆ 出菜平均時間\n◆ 食物投訴宗數\n\n"
        "申請方法\n◆ 請將履歷電郵至人力資源部\n◆ 合資格者將獲個別通知面試\n\n"
        "返回頁首　分享至：Facebook ｜ WhatsApp\n"
        "集團總辦事處：九龍觀塘開源道XX號XX中心12樓\n電話：2345 XXXX\n"
    )
    r = roles(doc)
    assert set(r) == {"区域营运经理", "总厨"}  # `管轄:` and `分享至:` are no posts
    assert r["区域营运经理"].reports_to == ["营运总监"]  # a line of its own under the gloss
    assert r["区域营运经理"].subordinates == ["分店经理"]
    assert r["总厨"].subordinates == ["点心主管", "厨师"]
    assert r["总厨"].kpis == ["出菜平均时间", "食物投诉宗数"]  # `申請方法` ends the measures
    assert "集团总办事处" not in depts(doc)  # an address, no unit's duties


def test_a_school_canteen_s_rules_set_up_its_posts_and_tasks() -> None:
    doc = extract_text(
        "第三条  食堂隶属于后勤处，实行后勤处主任负责的工作机制。\n"
        "第四条  食堂的主要任务是：\n（一）为师生提供安全、卫生的饭菜；\n"
        "（二）加强伙食成本核算，做到账目清楚。\n\n"
        "第五条  食堂设管理员1名、厨师若干名、面点师2名、售饭员若干名。\n\n"
        "第十条  厨师岗位职责：\n1. 服从厨师长的领导和工作安排；\n2. 保持操作间清洁。\n"
    )
    d, r = depts(doc), roles(doc)
    assert d["食堂"].parent == "后勤处"  # a canteen is a unit
    assert d["食堂"].duties == ["为师生提供安全、卫生的饭菜", "加强伙食成本核算,做到账目清楚"]
    assert r["面点师"].headcount == 2  # the list goes on after `厨师若干名`
    assert r["厨师"].headcount is None
    assert "售饭员" not in r  # set up without a count, and described nowhere


def test_a_street_office_s_post_table_run_on_after_its_heading() -> None:
    doc = extract_text(
        "三、领导职数 街道党工委设书记1名，副书记2名；街道办事处领导职数为主任1名，副主任2名。\n"
        "四、岗位设置及职责 岗位名称 职数 岗位职责 主任 1 主持街道办事处全面工作；负责年度计划。"
        " 副主任 2 在主任领导下，协助主任开展工作；完成主任交办的其他工作。"
        " 网格员 32 负责网格内基础信息的采集；每日巡查网格。 【打印本页】 【关闭窗口】\n"
    )
    r = roles(doc)
    assert r["书记"].headcount == 1 and r["副书记"].headcount == 2  # 副书记 is no 书记
    assert r["副主任"].reports_to == ["主任"]
    assert r["网格员"].headcount == 32
    assert r["网格员"].duties == ["负责网格内基础信息的采集", "每日巡查网格"]


def test_a_street_office_s_units_run_together_after_full_stops() -> None:
    doc = extract_text(
        "二、内设机构 综合办公室：负责机关文电、会务工作；承担人大、政协联络工作。"
        "党建工作办公室：负责街道党的建设工作；负责党员发展。\n"
        "综合行政执法队隶属于区城市管理和综合执法局，依法承担辖区的行政执法工作。\n"
        "另设旅游领队1名。人才梯队建设另行规定。\n"
    )
    d = depts(doc)
    assert d["党建工作办公室"].duties == ["负责街道党的建设工作", "负责党员发展"]  # 工作办公室
    assert d["综合行政执法队"].parent == "区城市管理和综合执法局"  # 队 ends a unit's name
    assert "旅游领队" in roles(doc) and "人才梯队" not in d


def test_a_start_up_wiki_s_units_and_posts_with_okrs() -> None:
    doc = extract_text(
        "客户成功部（Customer Success，下文简称 CS）隶属于客户与收入中心。\n\n"
        "客户成功部下设实施交付组和客户运营组。各组分工如下：\n\n"
        "-   实施交付组  ：负责新签客户的上线实施\n"
        "-   客户运营组  ：负责健康分模型的运营\n\n"
        "> 💡 实施交付组 2024 年由原交付组更名而来。\n\n"
        "   3.4 实施顾问\n\n- 所属：实施交付组\n- 汇报对象：实施交付组组长\n\n职责\n\n"
        "- 召开项目启动会\n- 配合续费专员完成续费提醒\n\nOKR/考核\n\n"
        "- 实施项目按期上线率\n- 实施满意度评分 ≥ 4.6\n\n"
        "颜色含义：🟢 健康，🟡 需关注，🔴 有流失风险。\n\n   5. 待办\n\n"
        "- [ ] 补充续费专员的岗位职责 @王敏\n"
    )
    d, r = depts(doc), roles(doc)
    assert d["客户成功部"].parent == "客户与收入中心"  # after a note on how it is called
    assert d["客户运营组"].duties == ["负责健康分模型的运营"]  # its item, not the note below
    assert d["实施交付组"].parent == "客户成功部"  # 实施 may open a unit's name ...
    assert r["实施顾问"].kpis == ["实施项目按期上线率", "实施满意度评分≥ 4.6"]  # ... a title too
    assert set(r) == {"实施顾问"} and "待办" not in d  # no `配合续费专员`, `颜色含义`


def test_a_forum_thread_pasting_a_company_s_department_sheet() -> None:
    doc = extract_text(
        "甬上品质狗                                  1楼\n"
        "UID 84127  帖子 96  积分 315  注册时间 2019-4-11\n\n"
        "小弟在慈溪甬亮电器有限公司做体系工程师，下面是初稿。\n\n"
        "甬亮电器质量部部门职责\n\n"
        "1、负责质量管理体系的策划和运行；\n2、负责原材料的进货检验。\n\n"
        "部门考核指标：来料批次合格率、客户投诉次数\n\n"
        "                                回复  引用  举报  支持(2)  反对(0)  TOP\n\n"
        "相关帖子\n· 质量部组织架构图怎么画？求模板\n· SQE到底归采购还是归质量？\n"
    )
    d = depts(doc)
    assert set(d) == {"质量部"}  # the company's 质量部; no `TOP` of the floor's buttons
    assert d["质量部"].duties == ["负责质量管理体系的策划和运行", "负责原材料的进货检验"]
    assert d["质量部"].kpis == ["来料批次合格率", "客户投诉次数"]  # no related threads


def test_an_insurance_branch_s_posts_in_bar_cut_lines() -> None:
    doc = extract_text(
        "城区营业部隶属于湖州中心支公司。营业部下设综合内勤组和营业一区。\n\n"
        "岗位名称：营业部副经理｜所属部门：城区营业部｜下属：培训专员\n"
        "营业部副经理由营业部经理直接领导，协助经理做好营业部的团队建设。\n"
        "岗位职责：\n（1）协助经理制定计划；\n（2）负责新人培训。\n\n"
        "热门搜索：营业部经理职责  寿险内勤  组训岗位职责\n"
    )
    d, r = depts(doc), roles(doc)
    assert d["综合内勤组"].parent == "城区营业部"  # the 营业部 named before
    assert r["营业部副经理"].reports_to == ["营业部经理"]  # the line under the bar-cut line
    assert r["营业部副经理"].subordinates == ["培训专员"]
    assert set(r) == {"营业部副经理"}  # no `组训` of the site's searches


def test_a_restaurant_group_s_branches_in_one_paragraph() -> None:
    doc = extract_text(
        "分店架構\n\n　　營運部負責統籌全線分店之日常營運。各分店隸屬營運部，由區域營運經理督導。"
        "每間分店設分店經理一名，下設樓面部及廚房部。樓面部負責樓面接待；"
        "廚房部設總廚一名，下分點心組及燒味組。樓面部設樓面經理一名，轄下知客及樓面服務員若干名。\n"
    )
    parents = {n: d.parent for n, d in depts(doc).items()}
    assert parents["分店"] == "营运部"  # `各分店`: each branch, a unit
    assert parents["楼面部"] == parents["厨房部"] == "分店"  # what each branch sets up
    assert parents["点心组"] == parents["烧味组"] == "厨房部"  # `下分`
    assert depts(doc)["营运部"].duties == ["营运部负责统筹全线分店之日常营运"]  # one sentence
    assert "知客及楼面服务员" not in roles(doc)


def test_a_street_office_s_service_centre_and_a_unit_placed_elsewhere_on_one_line() -> None:
    doc = extract_text(
        "二、内设机构 柳塘街道办事处下设党群服务中心（公益一类事业单位）。"
        "党群服务中心：负责党群服务阵地的运行管理；负责组织志愿服务。"
        "综合行政执法队隶属于区综合执法局，实行派驻街道管理。\n"
    )
    d = depts(doc)
    assert d["党群服务中心"].parent == "柳塘街道办事处"  # without its note
    assert d["党群服务中心"].duties == ["负责党群服务阵地的运行管理", "负责组织志愿服务"]
    assert d["综合行政执法队"].parent == "区综合执法局"


def test_a_government_page_s_title_and_record_on_one_line_with_its_text() -> None:
    doc = extract_text(
        "柳塘街道办事处机构职能 信息来源：柳塘街道综合办公室 发布时间：2024-03-18 浏览次数：2157 "
        "柳塘街道位于云渡区东部，下辖8个社区。柳塘街道办事处是云渡区人民政府的派出机关，在云渡区人民政府领导下，依法履行职责。"
        "现将机构职能公开如下：\n"
        "一、主要职责 （一）贯彻执行党和国家的路线方针政策。（二）统筹推进社区建设和社区治理。\n"
    )
    assert doc.units[0].title == "柳塘街道办事处机构职能"  # not the page's record after it
    office = depts(doc)["柳塘街道办事处"]
    assert office.parent == "云渡区人民政府"  # the text after the record is read
    assert office.duties == ["贯彻执行党和国家的路线方针政策", "统筹推进社区建设和社区治理"]


def test_a_regulation_s_article_on_how_a_unit_is_assessed() -> None:
    doc = extract_text(
        "第三条  食堂隶属于后勤处。\n"
        "第四条  食堂的主要任务是：\n（一）为师生提供安全、卫生的饭菜；\n"
        "（二）加强伙食成本核算。\n\n"
        "第十九条  后勤处每月对食堂工作进行一次考核，每学期进行一次综合评定。"
        "考核内容包括：食品安全检查合格率、留样记录完整率和师生就餐满意度。\n"
    )
    assert depts(doc)["食堂"].kpis == ["食品安全检查合格率", "留样记录完整率", "师生就餐满意度"]
    assert "后勤处" not in depts(doc)  # the assessor, not the assessed


def test_a_chat_app_article_on_a_co_operative_s_posts_in_sentences() -> None:
    doc = extract_text(
        "🌳 02｜理事会下设四个部门\n\n理事会下设生产技术部和财务室。"
        "生产技术部除部长外还有技术员3名；财务室设会计1名。\n\n"
        "📋 03｜关键岗位都干些啥\n\n"
        "🔸理事长：主持成员大会和理事会会议。代表合作社对外签订购销合同。对5000元以上的支出有审批权。\n"
        "考核：年底由成员大会对理事长进行民主测评，主要看全年销售额、成员户均增收和盈余返还比例。\n\n"
        "🔸监事长：代表全体成员监督理事会的工作。每半年组织一次财务检查。\n"
        "考核：以成员满意度为主，另外看财务检查按时完成情况。\n"
    )
    d, r = depts(doc), roles(doc)
    assert d["生产技术部"].parent == "理事会"  # a board is a unit
    assert r["技术员"].headcount == 3  # not `生产技术部除部长外还有技术员`
    assert r["理事长"].duties == [
        "主持成员大会和理事会会议",
        "代表合作社对外签订购销合同",
        "对5000元以上的支出有审批权",
    ]  # a sentence a duty, on the post's line
    assert r["理事长"].kpis == ["全年销售额", "成员户均增收", "盈余返还比例"]
    assert r["监事长"].kpis == ["成员满意度", "财务检查按时完成情况"]


def test_a_macau_resort_s_manual_in_decimal_sections() -> None:
    doc = extract_text(
        "發出部門：人力資源部　　核准：行政總裁\n\n"
        "4.1.3　房務部 (Housekeeping / Governança)\n"
        "房務部由行政管家 (Executive Housekeeper) 領導，轄下設有樓層組、公共區域組及洗衣房。\n"
        "房務部之主要職能：\n(a) 負責客房之清潔及佈置；\n(b) 管理布草及客用品之庫存。\n\n"
        "══════════════════════════════════════════════\n"
        "4.2.4　首席禮賓司　Chief Concierge (Chefe de Portaria)\n"
        "所屬部門：前廳部 — 禮賓組　　職級：S1　　編制：1人\n職責範圍：\n"
        "(a) 管理禮賓組之行李員及門僮之日常工作；\n(b) 為賓客安排餐廳訂座及觀光行程。\n\n"
        "4.3　匯報關係 (Linhas de Reporte)\n下表列出本章所述職位之直屬上級。\n\n"
        "職位 → 直屬上級\n前廳總監 → 酒店營運副總裁 (CEO)\n樓層主管 → 助理行政管家\n"
        "首席禮賓司 → 前廳經理\n"
    )
    d, r = depts(doc), roles(doc)
    assert "发出部门" not in d  # a controlled document's field
    assert d["房务部"].duties == ["负责客房之清洁及布置", "管理布草及客用品之库存"]  # `X之主要職能`
    assert {n: d[n].parent for n in ("楼层组", "公共区域组", "洗衣房")} == dict.fromkeys(
        ("楼层组", "公共区域组", "洗衣房"), "房务部"
    )  # `由X (gloss) 領導,轄下設有…`
    chief = r["首席礼宾司"]  # the heading with its title in English and Portuguese after it
    assert chief.duties == ["管理礼宾组之行李员及门僮之日常工作", "为宾客安排餐厅订座及观光行程"]
    assert chief.reports_to == ["前厅经理"]
    assert r["楼层主管"].reports_to == ["助理行政管家"]  # the table's head says which way


def test_a_kpi_library_s_table_cut_by_blanks_with_a_total_under_each_post() -> None:
    doc = extract_text(
        "1. 采购部\n岗位  KPI名称  权重  考核标准  数据来源\n"
        "采购部经理  采购毛利额达成率  30%  实际毛利额÷计划毛利额×100%  财务月报\n"
        "  库存周转天数  20%  ≤35天，每超1天扣1分  ERP库存报表\n合计    100%\n"
        "生鲜采购专员  生鲜进货价格指数  30%  进价不高于批发市场均价的102%，每超1个百\n"
        "分点扣3分  营运部每周比价表\n  生鲜到货损耗率  25%  ≤3%  门店收货记录\n合计    100%\n\n"
        "🔒 以下岗位指标需登录后查看：防损主管、收银主管　　[登录查看]\n\n"
        "注：生鲜采购专员直接上级为采购部经理。\n\n二、部门KPI\n"
        "部门：采购部  指标：采购毛利额达成率；库存周转天数\n部门：财务部  指标：🔒 登录后查看\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["采购部经理"].kpis == ["采购毛利额达成率", "库存周转天数"]  # no 考核标准 cells
    assert r["生鲜采购专员"].kpis == ["生鲜进货价格指数", "生鲜到货损耗率"]  # after a total
    assert r["生鲜采购专员"].reports_to == ["采购部经理"]  # after a note's label
    assert d["采购部"].kpis == ["采购毛利额达成率", "库存周转天数"]  # the unit on the line
    assert d.get("财务部") is None or d["财务部"].kpis == []  # a locked row
    assert "防损主管" not in r


def test_an_agency_s_store_manual_pasted_a_page_a_line() -> None:
    doc = extract_text(
        "汇居地产·门店运营管理手册 第一章 门店组织架构 1.1 门店定位 "
        "门店是公司开展居间业务的基本经营单位，"
        "门店隶属于所在区域的区域运营中心，业务上接受区域经理的指导。 1.2 门店主要职能 "
        "（1）开发和维护商圈内的房源；（2）为客户提供居间撮合服务。 1.3 门店人员架构 "
        "门店设店长1名，下设若干业务组，每组设组长1名。\n"
    )
    d = depts(doc)
    assert d["门店"].parent == "区域运营中心"  # a store is a unit; `所在区域的` its own
    assert d["门店"].duties == ["开发和维护商圈内的房源", "为客户提供居间撮合服务"]
    assert d["业务组"].parent == "门店"  # not `若干业务组`
    assert "门店" not in roles(doc)


def test_a_nursing_department_s_offices_set_up_their_posts() -> None:
    doc = extract_text(
        "护理部下设护理质量控制办公室和护理教育培训办公室。护理部设主任1名、副主任1名；"
        "质控办设护理质控干事1名，培训办设护理培训干事1名；消毒供应中心设护士长1名。\n"
    )
    r = roles(doc)
    assert r["护理培训干事"].headcount == 1  # not `培训办设护理培训干事`
    assert "培训办设护理培训干事" not in r


def test_a_unit_described_by_what_it_is_then_what_it_does() -> None:
    doc = extract_text(
        "护理部是医院护理工作的管理职能部门，负责全院护理质量和护理安全的组织管理。\n\n"
        "岗位名称：护理部主任\n岗位职责：\n1、主持护理部全面工作；\n2、制定护理工作计划。\n"
    )
    assert depts(doc)["护理部"].duties == [
        "护理部是医院护理工作的管理职能部门,负责全院护理质量和护理安全的组织管理"
    ]


def test_a_q_and_a_page_on_a_dental_chain_s_posts_after_dashes_and_numbers() -> None:
    doc = extract_text(
        "每家门诊部设院长1名，下设医疗组和客服组。各门诊部在行政上隶属于运营中心。\n\n"
        "谁管谁：院长由总部任命，向区域运营经理汇报。\n\n"
        "主诊医生 — 接诊初诊和复诊患者；按诊疗规范完成治疗，当天写完电子病历。\n\n"
        "护士—给医生配台，做四手操作；治疗前准备器械和材料。\n\n"
        "考核方面：主诊医生主要看门诊量、客单价和复诊率；护士看器械消毒合格率和院感检查得分。\n\n"
        "说一个小连锁的版本。\n\n"
        "1）助理医生：完成洁牙、补牙等基础治疗；负责拍片和取模（考核：操作规范检查得分、患者投诉次数）\n"
        "2）库管：耗材和药品出入库登记；每月月底盘点（考核：盘点差异率）\n\n"
        "护士、前台和库管都直接向院长汇报。\n"
    )
    r = roles(doc)
    assert depts(doc)["门诊部"].parent == "运营中心"  # `各…在行政上隶属于`
    assert r["院长"].reports_to == ["区域运营经理"]  # after how the post is filled
    assert r["主诊医生"].duties == [
        "接诊初诊和复诊患者",
        "按诊疗规范完成治疗,当天写完电子病历",
    ]  # a dash after a post's title
    assert r["护士"].duties == ["给医生配台,做四手操作", "治疗前准备器械和材料"]
    assert r["主诊医生"].kpis == ["门诊量", "客单价", "复诊率"]
    assert r["助理医生"].kpis == ["操作规范检查得分", "患者投诉次数"]  # `(考核:…)` after items
    assert r["库管"].duties == ["耗材和药品出入库登记", "每月月底盘点"]  # `2)` numbers a post
    assert r["库管"].reports_to == ["院长"]  # one of three subjects, not the list's paragraph


def test_a_taiwanese_fab_s_department_with_a_table_cut_by_slashes() -> None:
    doc = extract_text(
        "貳、組織\n　　製造部隸屬於晶圓三廠，置經理一人。本部負責本廠晶圓前段製程之生產運作。\n"
        "本部設下列各課：\n一、黃光課：(一)負責塗佈及曝光機台之生產派工。(二)執行微影製程之線上監控。\n"
        "二、蝕刻課：(一)負責蝕刻機台之生產派工。\n\n參、職稱及員額\n職稱／人數／職掌\n"
        "經理／1／經理承廠長之命，綜理本部生產營運；主持每週生產檢討會議\n"
        "課長／5／課長承經理之命，綜理課務；辦理本課人員之考核\n\n"
        "伍、績效指標\n一、各課加計指標\n黃光課：\n•重工率（Rework Rate）≦1.2%\n"
        "•光罩異常造成之停機時數\n"
        "二、職務績效指標\n經理\n•晶圓產出達成率\n•製造成本預算達成率\n課長\n•本課產出達成率\n"
        "•教育訓練完成率\n（副理之績效指標另訂之。）\n"
    )
    d, r = depts(doc), roles(doc)
    assert d["制造部"].duties == ["本部负责本厂晶圆前段制程之生产运作"]  # `本部`: 製造部
    assert d["黄光课"].parent == d["蚀刻课"].parent == "制造部"  # `本部設下列各課:`
    assert r["经理"].reports_to == ["厂长"] and r["课长"].reports_to == ["经理"]  # `承X之命`
    assert r["经理"].kpis == ["晶圆产出达成率", "制造成本预算达成率"]  # a title's word alone
    assert r["课长"].kpis == ["本课产出达成率", "教育训练完成率"]  # not the note under them
    assert d["黄光课"].kpis == ["重工率(Rework Rate)≦1.2%", "光罩异常造成之停机时数"]


def test_a_school_office_s_posts_under_diamond_marks_with_pipe_tables() -> None:
    doc = extract_text(
        "◇招生主管岗位（1人）\n所属处室：招生办公室　　直接上级：招生就业处处长\n【岗位职责】\n"
        "（1）协助处长制定年度招生计划；\n（2）划分招生片区。\n【考核办法】\n"
        "考核项目 | 分值 | 评分标准\n招生任务完成率 | 40 | 按实际录取人数计算\n"
        "新生报到率 | 25 | ≥90%得满分\n合计 | 100 |\n\n"
        "网友评论\n　匿名用户：招生专员才4个人？\n"
    )
    r = roles(doc)
    assert set(r) == {"招生主管"}  # `◇X岗位(1人)`: the post; no commenter
    assert r["招生主管"].headcount == 1
    assert r["招生主管"].department == "招生办公室"  # `所属处室`
    assert r["招生主管"].kpis == ["招生任务完成率", "新生报到率"]  # a table cut by `|`


def test_a_hospital_intranet_page_s_offices_under_their_headings() -> None:
    doc = extract_text(
        "后勤保障部\n\n科室职责\n\n1. 制定医院后勤管理制度；\n2. 编制后勤年度工作计划。\n\n"
        "科室负责人\n\n主　任：周建华　　副主任：许　敏\n\n办公地点\n\n行政楼三楼\n\n"
        "膳食科\n\n科室职责\n\n负责职工食堂和病员营养食堂的经营管理；\n\n"
        "负责食材验收和留样检查。\n"
    )
    d = depts(doc)
    assert d["后勤保障部"].duties == ["制定医院后勤管理制度", "编制后勤年度工作计划"]
    assert d["膳食科"].duties == [
        "负责职工食堂和病员营养食堂的经营管理",
        "负责食材验收和留样检查",
    ]  # the heading above, not the canteen a duty names
    assert "职工食堂" not in d and "副主任" not in roles(doc)  # who heads the office: a note


def test_a_line_cut_after_an_opening_bracket_goes_on_below() -> None:
    doc = extract_text(
        "三、考核\n各岗位考核指标及权重如下：\n"
        "仓储运营部经理：库容利用率（30%）、客户续约率（25%）、仓储营收完成率（\n25%）\n"
    )
    assert roles(doc)["仓储运营部经理"].kpis == [
        "库容利用率(30%)",
        "客户续约率(25%)",
        "仓储营收完成率(25%)",
    ]


def test_a_post_table_s_name_cells_of_several_lines() -> None:
    doc = extract_text(
        "岗位\t职责\t考核指标\n"
        "值班电工 ; （6人，四班三运转） ; 直接上级：设备动力科科长\t负责配电设备的巡视 ; "
        "处理全院用电故障\t配电设备巡检到位率 ; 电气故障平均修复时间\n"
        "锅炉工（3人） ; 直接上级：设备动力科科长\t按操作规程运行锅炉 ; 做好水质化验\t"
        "锅炉安全运行率\n"
    )
    r = roles(doc)
    assert set(r) == {"值班电工", "锅炉工"}
    assert r["值班电工"].headcount == 6 and r["锅炉工"].headcount == 3
    assert r["值班电工"].reports_to == r["锅炉工"].reports_to == ["设备动力科科长"]
    assert r["锅炉工"].duties == ["按操作规程运行锅炉", "做好水质化验"]


def test_a_bank_centre_s_sheet_a_cell_a_line_with_its_measures() -> None:
    doc = extract_text(
        "1.1 部门基本信息\n部门名称\n运营管理中心\n上级部门\n总行\n分管领导\n分管运营副行长\n"
        "部门编制\n42人\n部门职责\n（1）拟订全行运营管理制度；\n"
        "（2）负责全行柜面业务流程的设计与优化。\n部门关键绩效指标\n运营操作风险事件发生次数\n"
        "账户报备差错率\n柜面业务差错率\n\n"
    )
    assert depts(doc)["运营管理中心"].kpis == [
        "运营操作风险事件发生次数",
        "账户报备差错率",
        "柜面业务差错率",
    ]


def test_a_unit_s_name_that_ends_another_s_is_a_unit_of_its_own() -> None:
    doc = extract_text(
        "营销中心下设国内市场营销部和市场营销部。市场营销部下设销售部和市场部。\n"
        "城区营业部隶属于湖州中心支公司。营业部下设综合内勤组。\n"
    )
    d = depts(doc)
    assert d["销售部"].parent == "市场营销部"  # not 国内市场营销部
    assert d["综合内勤组"].parent == "城区营业部"  # a short word: the one named before


def test_a_post_looked_at_by_one_measure_in_prose() -> None:
    doc = extract_text(
        "客服主管 — 负责患者回访；处理投诉。\n\n"
        "前台 — 负责预约登记；收费结算。\n\n"
        "考核方面：客服主管看患者满意度；前台看看就行。\n"
    )
    r = roles(doc)
    assert r["客服主管"].kpis == ["患者满意度"]  # the whole of what is looked at
    assert r["前台"].kpis == []  # `看看就行` names no measure


def test_a_text_layer_s_hard_wraps_are_undone() -> None:
    # Every full line cut at 20 characters, inside names, labels and weights alike.
    doc = extract_text(
        "汇川公路运输有限公司岗位职责汇编\n\n"
        "一、机构设置\n"
        "运营部下设车辆管理部和调度中心。车辆管理\n"
        "部负责自有车辆的购置、年审、保险和维修保\n"
        "养管理。调度中心负责车辆调度。\n"
        "二、岗位职责\n"
        "（一）调度员（4人）\n"
        "1. 受理客户运输订单，在系统中录入订单\n"
        "并分配车辆和驾驶员。\n"
        "2. 跟踪车辆在途状态，发现偏离路线及时\n"
        "提醒驾驶员。\n"
        "三、考核\n"
        "考核每月一次，由部门负责人评分。各岗位考\n"
        "核指标及权重如下：\n"
        "调度员：响应时效（40%）、录入准确率（\n"
        "30%）、在途异常提醒及时率（30%）\n"
    )
    assert depts(doc)["车辆管理部"].duties == [
        "车辆管理部负责自有车辆的购置、年审、保险和维修保养管理"
    ]  # `车辆管理` / `部负责…`
    r = roles(doc)["调度员"]
    assert r.duties == [
        "受理客户运输订单,在系统中录入订单并分配车辆和驾驶员",
        "跟踪车辆在途状态,发现偏离路线及时提醒驾驶员",
    ]
    assert r.kpis == ["响应时效(40%)", "录入准确率(30%)", "在途异常提醒及时率(30%)"]


def test_a_post_numbered_with_an_uncounted_staff() -> None:
    doc = extract_text(
        "二、岗位职责\n（二）调度员（4人）\n1. 受理客户运输订单。\n2. 跟踪车辆在途状态。\n"
        "（三）驾驶员（若干）\n1. 服从调度安排。\n2. 出车前检查车辆。\n"
    )
    r = roles(doc)
    assert r["调度员"].duties == ["受理客户运输订单", "跟踪车辆在途状态"]
    assert r["驾驶员"].duties == ["服从调度安排", "出车前检查车辆"]  # `(若干)`: no count
    assert r["驾驶员"].headcount is None


def test_letter_spaced_headings_and_labels_of_a_text_layer() -> None:
    doc = extract_text(
        "第 三 章  生 产 运 行 部\n\n"
        "一 、 部 门 职 责\n"
        "１．编制年度、月度制水生产计划。\n"
        "２．负责全县供水调度。\n\n"
        "岗 位 名 称 ： 调 度 员\n"
        "所 在 部 门 ： 生 产 运 行 部\n"
        "直 接 上 级 ： 生 产 运 行 部 经 理\n"
        "定 员 ： ４ 人\n"
        "岗 位 职 责\n"
        "⒈ 实行24小时值班，做好调度记录。\n"
        "⒉ 向各水厂下达调度指令。\n"
    )
    assert depts(doc)["生产运行部"].duties == ["编制年度、月度制水生产计划", "负责全县供水调度"]
    r = roles(doc)["调度员"]
    assert (r.department, r.reports_to, r.headcount) == ("生产运行部", ["生产运行部经理"], 4)
    assert r.duties == ["实行24小时值班,做好调度记录", "向各水厂下达调度指令"]


def test_a_mail_s_quoted_post_is_read_without_its_marks() -> None:
    doc = extract_text(
        "周敏：\n\n修订稿看过了，没意见。\n\n"
        "> 岗位：仓管员\n"
        "> 上级：仓库主管\n"
        "> 职责：\n"
        ">> （1）按入库单核对到货数量\n"
        ">> （2）负责所管库区货物的日常巡查\n"
        "> 考核：收发货差错率；单据录入及时率\n"
    )
    r = roles(doc)["仓管员"]
    assert r.reports_to == ["仓库主管"]
    assert r.duties == ["按入库单核对到货数量", "负责所管库区货物的日常巡查"]
    assert r.kpis == ["收发货差错率", "单据录入及时率"]


def test_a_page_foot_numbered_with_long_dashes_inside_a_list() -> None:
    foot = "桐溪县自来水有限公司 管理制度汇编  — {} —\r\n\r\n部门职责与岗位说明\r\n\r\n"
    doc = extract_text(
        "岗位名称：调度员\r\n直接上级：生产运行部经理\r\n岗位职责\r\n"
        "1. 实行24小时值班。\r\n2. 下达调度指令。\r\n\r\n"
        + foot.format(11)
        + "3. 做好调度记录。\r\n考核指标\r\n\r\n"
        + foot.format(12)
        + "1. 调度指令差错率\r\n2. 报表按时报送率\r\n"
    )
    r = roles(doc)["调度员"]
    assert r.duties == ["实行24小时值班", "下达调度指令", "做好调度记录"]
    assert r.kpis == ["调度指令差错率", "报表按时报送率"]


def test_a_title_keeps_no_holder_s_name() -> None:
    doc = extract_text(
        "岗位：仓储部经理（吴海涛）\n上级：运营总监\n职责：\n（1）制定仓储部年度工作计划\n\n"
        "岗位：抢修班班长—吕建平\n上级：管网管理部经理\n职责：\n（1）带领抢修工24小时备勤\n\n"
        "岗位：工程师（高级）\n上级：技术部经理\n职责：\n（1）主持工艺改进\n\n"
        "岗位：销售经理-华东\n上级：销售总监\n职责：\n（1）完成华东区销售目标\n"
    )
    r = roles(doc)
    assert r["仓储部经理"].reports_to == ["运营总监"]  # `(吴海涛)`: who holds it
    assert r["抢修班班长"].duties == ["带领抢修工24小时备勤"]  # `—吕建平`
    assert {"工程师(高级)", "销售经理-华东"} <= set(r)  # a grade and a region: no one's name


def test_a_mail_thread_s_headers_greetings_and_signature_are_furniture() -> None:
    doc = extract_text(
        "发件人: 郑国栋 <zheng@example.com>\n发送时间: 2026年3月6日 星期五 17:42\n"
        "收件人: 周敏 <zhou@example.com>\n主题: 回复: 转发: 岗位说明书修订稿\n\n"
        "周敏：\n\n修订稿看过了，没意见。\n\n"
        "> -----原始邮件-----\n> 发件人: 周敏 <zhou@example.com>\n"
        "> 主题: 转发: 岗位说明书修订稿\n>\n"
        "> 郑总好：\n>\n> 修订稿已改好，请您审阅。\n>\n"
        "> 岗位：仓管员\n> 上级：仓库主管\n> 职责：\n> （1）按入库单核对到货数量\n>\n"
        "> 孙立军\n> 手机：138 5716 2290\n> 发自我的手机\n"
    )
    assert set(roles(doc)) == {"仓管员"}


def test_a_word_table_s_cells_of_several_numbered_paragraphs() -> None:
    doc = extract_text(
        "二、部门职责\n部门\t主要职责\n"
        "办公室\t1.负责中心文秘工作。\n2.负责人事工作。\n"
        "采编部\t主要任务是做好新闻宣传报道工作，具体职责：\n1.负责新闻采访报道。\n2.负责栏目策划。\n"
        "技术部\t负责播出和传输的技术保障，确保安全播出。\n"
    )
    d = depts(doc)
    assert d["办公室"].duties == ["负责中心文秘工作", "负责人事工作"]
    assert d["采编部"].duties == ["负责新闻采访报道", "负责栏目策划"]  # its lead-in is no duty
    assert d["技术部"].duties == ["负责播出和传输的技术保障,确保安全播出"]


def test_a_foreign_company_s_sheet_with_english_labels_first() -> None:
    doc = extract_text(
        "Position Title / 职位名称: EHS Specialist\n"
        "Reports to / 汇报对象: 人事行政经理 (HR & Admin Manager)\n"
        "Key Responsibilities / 主要职责:\n- 组织消防演练\n- Maintain the legal register\n"
        "KPIs / 关键绩效指标:\n- Supplier PPM\n- 安全培训覆盖率 100%\n"
        "Qualifications / 任职资格:\n- 安全工程专业\n\n"
        "Position Title / 职位名称: 质量经理 (Quality Manager)\n"
        "Reports to / 汇报对象: 亚太区质量总监 (Director Quality APAC)（实线 solid line）；"
        "工厂经理 (Plant Manager)（虚线 dotted line）\n"
        "Key Responsibilities / 主要职责:\n- 主持质量评审会\n"
    )
    r = roles(doc)
    ehs = r["EHS Specialist"]  # a title in English only keeps its words
    assert ehs.department is None  # and holds no unit's name (`EHS S`)
    assert ehs.duties == ["组织消防演练", "Maintain the legal register"]  # not `… KPIs /`
    assert ehs.kpis == ["Supplier PPM", "安全培训覆盖率 100%"]  # an acronym is a measure
    assert r["质量经理"].reports_to == ["亚太区质量总监", "工厂经理"]  # solid and dotted lines


def test_a_responsibility_matrix_gives_duties_to_the_units_that_lead_them() -> None:
    doc = extract_text(
        "部门职责分工表\n"
        "序号\t业务类别\t业务事项\t综合部\t人事部\t财务部\t备注\n"
        "说明：“●”表示主责部门；“○”表示配合部门。\t\t\t\t\t\t\n"
        "1\t综合行政\t公文处理和档案管理\t●\t\t\t\n"
        "2\t\t组织员工培训\t○\t●\t\t\n"
        "3\t\t所属单位经营业绩考核\t\t●\t●\t双牵头\n"
        "4\t党建\t党风廉政建设\t\t\t\t另行明确\n"
    )
    d = depts(doc)
    assert d["综合部"].duties == ["公文处理和档案管理"]  # helping (○) is no duty of its own
    assert d["人事部"].duties == ["组织员工培训", "所属单位经营业绩考核"]
    assert d["财务部"].duties == ["所属单位经营业绩考核"]  # two units lead it
    assert all(d[n].parent is None for n in d)  # the table's title places no one


def test_a_chat_group_s_export_with_posts_in_messages() -> None:
    doc = extract_text(
        "2026-03-02 09:33:05 人事-林晓雯\n【群公告】\n门店组织架构\n店长：张伟\n"
        "一、前厅（负责人：前厅经理 陈浩）\n前厅下设迎宾组、服务组。\n前厅职责：\n"
        "1. 负责营业期间的迎宾和点单\n2. 负责包间预订登记\n\n"
        "2026-03-02 09:35:12 何督导(区域)\n👍\n\n"
        "2026-03-02 09:39:02 老周-后厨\n后厨下面分切配组、凉菜组和面点组\n\n"
        "2026-03-02 09:41:30 人事-林晓雯\n[图片]\n\n"
        "2026-03-03 14:26:45 人事-林晓雯\n【岗位职责 7】后厨主管——周建国\n直接上级：店长\n"
        "后厨主管全面负责后厨生产和食品安全。\n1. 负责每日锅底的炒制\n2. 负责食材验收\n\n"
        "—————— 2026-03-04 ——————\n"
    )
    r, d = roles(doc), depts(doc)
    assert set(r) == {"后厨主管"}  # `店长:张伟` names who holds the post, no more
    assert r["后厨主管"].duties == ["负责每日锅底的炒制", "负责食材验收"]  # no `周建国`, no summary
    assert d["前厅"].duties == ["负责营业期间的迎宾和点单", "负责包间预订登记"]
    assert d["服务组"].parent == "前厅"
    assert d["面点组"].parent == "后厨"  # `下面分`


def test_posts_measures_said_line_by_line_after_the_posts() -> None:
    doc = extract_text(
        "店长\n直接上级：区域经理\n1. 主持每日班前会\n2. 审批门店排班\n\n"
        "那传菜归谁管？架构里没看到传菜\n\n"
        "后厨主管\n直接上级：店长\n1. 负责食材验收\n2. 负责冷库检查\n\n"
        "考核先口头说一下，细则等绩效方案下来再发：\n"
        "店长考核：营业额达成率、净利润率\n"
        "后厨主管考核：出品合格率、食材损耗率\n"
        "收银员考核：收银差错次数\n"
    )
    r = roles(doc)
    assert r["店长"].kpis == ["营业额达成率", "净利润率"]  # said in another section
    assert r["后厨主管"].kpis == ["出品合格率", "食材损耗率"]  # not `收银员`, the next line's


def test_a_restaurant_s_units_described_and_placed_in_sentences() -> None:
    doc = extract_text(
        "门店组织架构\n三、吧台\n吧台负责收银、酒水饮料出品和开具发票。\n\n"
        "传菜组归前厅经理管，隶属于前厅，刚才漏打了\n"
    )
    d = depts(doc)
    assert d["吧台"].duties == ["吧台负责收银、酒水饮料出品和开具发票"]  # a unit with no suffix
    assert d["传菜组"].parent == "前厅"  # `归X管,隶属于Y`


def test_an_outline_of_units_and_posts_in_nested_bullets() -> None:
    doc = extract_text(
        "## 组织大纲\n\n"
        "- **运营中心**（负责人：运营总监 周岚）\n"
        "    - 职能：统筹各平台店铺运营，对全公司GMV负责\n"
        "    - **平台运营部**（负责人：平台运营经理 何柚）\n"
        "        * 负责各站点的日常运营\n"
        "        * 店铺运营专员 ×4（汇报给：平台运营经理）\n"
        "            + 负责新品上架\n"
        "            + 跟进差评和买家反馈\n"
        "            + 考核：\n"
        "                + 上架及时率\n"
        "                + 差评回复率\n\n"
        "## 待办\n\n- [ ] 运营专员到岗 2 人\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["平台运营部"].parent == "运营中心"  # set in under it
    assert d["平台运营部"].duties == ["负责各站点的日常运营"]
    post = r["店铺运营专员"]
    assert (post.headcount, post.reports_to) == (4, ["平台运营经理"])
    assert post.duties == ["负责新品上架", "跟进差评和买家反馈"]
    assert post.kpis == ["上架及时率", "差评回复率"]
    assert "运营专员到岗" not in r  # a to-do, no staffing


def test_a_careers_page_s_team_cards_and_posts() -> None:
    doc = extract_text(
        "## 我们的团队\n\n#### 技术中心\n58 人\n负责全部产品线的研发与交付。\n"
        "下设：风控部 / 基础架构组\n\n"
        "#### 基础架构组\n9 人\n维护云上基础设施和CI/CD流水线。\n\n"
        "#### 合规与法务部\n6 人\n负责数据合规和合同审核。\n\n"
        "##### CTO · 顾衍\n汇报给 CEO\n浙大计算机硕士，2019年加入。\n\n"
        "## 在招职位\n\n后端工程师（Java） · 2人\n⌄\n基础架构组\n杭州\n汇报给 CTO\n"
        "你将负责\n• 负责决策引擎的设计与开发；\n• 排查线上故障。\n"
        "我们希望你\n• 扎实的Java基础。\n关键结果：核心服务可用性不低于99.95%\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["基础架构组"].parent == "技术中心"  # `下设:A / B` under the unit's heading
    assert d["合规与法务部"].duties == ["负责数据合规和合同审核"]  # a unit named for two
    assert r["CTO"].reports_to == ["CEO"]  # `CTO · 顾衍`: who holds it; `汇报给 CEO`
    post = r["后端工程师(Java)"]  # `· 2人`: its count; `基础架构组` a tag, no heading
    assert (post.headcount, post.reports_to) == (2, ["CTO"])
    assert post.duties == ["负责决策引擎的设计与开发", "排查线上故障"]
    assert post.kpis == ["核心服务可用性不低于99.95%"]  # an OKR's key result


def test_a_hospital_s_units_and_posts_numbered_every_way() -> None:
    doc = extract_text(
        "青岚县人民医院医技科室科室职责与岗位职责\n\n"
        "第一节  检验科\n\n一、科室职责\n\n"
        "    检验科是全院的业务科室。主要职责如下：\n"
        "㈠ 负责全院临床检验。\n㈡ 建立检验操作规程。\n\n"
        "二、质量控制指标\n\n⑴ 室内质控项目开展率100%；\n⑵ 危急值通报率100%。\n\n"
        "三、岗位职责\n\n检验科主任职责\n\n"
        "Ⅰ、检验科主任在院长领导下，负责本科室的管理工作。\n  业务管理\n"
        "Ⅱ、制订本科室工作计划。\n\n"
        "放射科主任职责\n\n"
        "1) 放射科主任在院长领导下，负责本科室的医疗工作。\n2) 审签重要的诊断报告。\n\n"
        "辐射安全管理员（兼）职责\n\n"
        "ⅰ 负责辐射安全日常管理。\nⅱ 组织辐射防护培训。\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["检验科"].parent is None  # no `医技科室科` from the title's `医技科室科室职责`
    assert d["检验科"].kpis == ["室内质控项目开展率100%", "危急值通报率100%"]  # `二、` after `一、`
    # roman numerals as items; `业务管理`, a line naming the items' area, no part of one
    assert r["检验科主任"].duties == [
        "检验科主任在院长领导下,负责本科室的管理工作",
        "制订本科室工作计划",
    ]
    # `1) X在Y领导下` under X's own heading: its first item, no heading of its own
    assert r["放射科主任"].duties == [
        "放射科主任在院长领导下,负责本科室的医疗工作",
        "审签重要的诊断报告",
    ]
    assert r["辐射安全管理员"].duties == ["负责辐射安全日常管理", "组织辐射防护培训"]  # `(兼)`


def test_units_measures_on_lines_that_name_them() -> None:
    doc = extract_text(
        "一、放射科\n放射科负责全院影像检查和诊断工作。\n\n"
        "二、检验科\n检验科负责全院临床检验工作。\n\n"
        "三、各科室考核\n"
        "放射科考核指标：甲级片率≥60%；废片率≤2%\n"
        "检验科质量控制指标：危急值通报率100%；标本不合格率≤1%\n"
    )
    d = depts(doc)
    assert d["放射科"].kpis == ["甲级片率≥60%", "废片率≤2%"]
    assert d["检验科"].kpis == ["危急值通报率100%", "标本不合格率≤1%"]


def test_articles_of_association_list_the_powers_of_each_body() -> None:
    doc = extract_text(
        "第四章  股东和股东大会\n"
        "第四十条  股东大会是公司的权力机构，依法行使下列职权：\n"
        "（一）决定公司的经营方针和投资计划；\n（二）修改本章程。\n"
        "第一百零七条  董事会行使下列职权：\n（一）召集股东大会；\n（二）执行股东大会的决议；\n"
        "第一百一十五条  董事长行使下列职权：\n（一）主持股东大会；\n（二）签署董事会重要文件。\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["股东大会"].duties == ["决定公司的经营方针和投资计划", "修改本章程"]
    assert d["董事会"].duties == ["召集股东大会", "执行股东大会的决议"]  # no next article
    assert r["董事长"].duties == ["主持股东大会", "签署董事会重要文件"]


def test_a_scanned_sheet_s_misread_labels_and_numbers() -> None:
    doc = extract_text(
        "    公司生产中心由生产副总经理分管，下设生产计划科、装配车间。\n\n"
        "岗住名称：计划调度员          所属部门：生产计划科\n"
        "直接上圾：生产计划科科长\n"
        "岗位职贵：\n"
        "l.根据月度计划编排车间日作业计划；\n"
        "2.每日巡查车间生产进度。\n"
    )
    r = roles(doc)["计划调度员"]
    assert r.reports_to == ["生产计划科科长"]  # `直接上圾`
    assert r.duties == ["根据月度计划编排车间日作业计划", "每日巡查车间生产进度"]  # `l.` is 1
    assert depts(doc)["装配车间"].parent == "生产中心"  # `X由Y分管,下设…`


def test_a_slide_deck_saved_as_text_with_speaker_notes() -> None:
    doc = extract_text(
        "幻灯片 6\n关键岗位职责 | 区域经理\n区域经理\n"
        "• 对所辖门店的销售目标负责\n• 每周巡店不少于2次\n"
        "内部培训资料 | 第 6 页\n备注：\n三位区域经理大家都见过了。\n\n"
        "幻灯片 7\n关键岗位职责 | 店长\n店长是门店第一责任人\n"
        "1. 全面负责门店的销售和损耗目标\n2. 合理安排员工排班\n"
        "内部培训资料 | 第 7 页\n备注：\n"
        "店长的直接上级是区域经理，不是督导，有分歧找区域经理。\n"
    )
    r = roles(doc)
    assert r["区域经理"].duties == ["对所辖门店的销售目标负责", "每周巡店不少于2次"]
    assert r["店长"].duties == ["全面负责门店的销售和损耗目标", "合理安排员工排班"]
    assert r["店长"].reports_to == ["区域经理"]  # not `不是督导`


def test_a_government_bureau_s_division_of_labour_and_offices() -> None:
    doc = extract_text(
        "二、领导分工\n\n"
        "局长 张建国：主持局全面工作；负责党建工作。分管办公室、人事教育股。\n\n"
        "副局长 王海燕：负责食品安全监管工作。分管食品安全监管股，联系青石市场监督管理所。\n\n"
        "三、内设机构\n\n"
        "（一）办公室。负责机关日常运转；负责局机关财务工作。\n办公电话：0797-6621001\n\n"
        "四、派出机构\n\n"
        "青岚县市场监督管理局下设派出机构：城关市场监督管理所、青石市场监督管理所。\n\n"
        "（一）城关市场监督管理所。负责城关镇辖区内的市场监督管理工作。\n"
        "地址：青岚县城关镇解放路56号\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["局长"].duties == ["主持局全面工作", "负责党建工作"]  # no name, no portfolio
    assert r["副局长"].duties == ["负责食品安全监管工作"]
    assert d["办公室"].duties == ["负责机关日常运转", "负责局机关财务工作"]  # no phone line
    assert d["城关市场监督管理所"].parent == "青岚县市场监督管理局"  # `下设派出机构:`
    assert d["城关市场监督管理所"].duties == ["负责城关镇辖区内的市场监督管理工作"]


def test_an_office_s_table_of_its_staff_and_their_duties() -> None:
    doc = extract_text(
        "一、生活輔導組\n"
        "職稱\t姓名\t分機\t業務職掌\t代理人\n"
        "組長\t吳建宏\t2110\t1.綜理生活輔導組業務。 ; 2.學生申訴案件之協處。\t許淑芬\n"
        "專員\t許淑芬\t2111\t學生就學貸款申請及審核 ; 學雜費減免業務 ;\t蔡孟儒\n"
        "二、課外活動指導組\n"
        "職稱\t姓名\t分機\t業務職掌\n"
        "專員\t李宜蓁\t2211\t1.社團經費補助申請及審核。 ; 2.社團評鑑之辦理。\n\n"
        "權責單位\t績效指標\t113年目標值\t112年實績\n"
        "生活輔導組\t學生申訴案件結案率\t100%\t100%\n"
        "\n資料維護：學務處\n瀏覽人次：\n0718429\n"
    )
    r, d = roles(doc), depts(doc)
    assert set(r) == {"组长", "专员"}  # titles, not the people or the page's footer
    assert r["专员"].duties == [
        "学生就学贷款申请及审核", "学杂费减免业务", "社团经费补助申请及审核", "社团评鉴之办理",
    ]  # fmt: skip
    assert d["生活辅导组"].kpis == ["学生申诉案件结案率"]  # a KPI table by 权责单位


def test_a_unit_s_measures_in_a_sentence_before_the_next_section() -> None:
    doc = extract_text(
        "1 综合管理部\n一、部门职责\n 1、负责公司行政事务管理；\n 2、负责档案管理。\n"
        " 二、部门考核指标：人员编制控制率；员工年度流失率。\n三、岗位说明\n"
        "（一）综合管理部经理\n岗位职责：\n1、主持部门全面工作。\n"
    )
    assert depts(doc)["综合管理部"].kpis == ["人员编制控制率", "员工年度流失率"]


def test_approval_records_exported_from_a_workplace_app() -> None:
    doc = extract_text(
        "【第 2 条 / 共 7 条】\n审批编号：202403150002\n标题：李晓彤提交的岗位说明书变更申请\n"
        "审批模板：岗位说明书变更申请\n申请人：李晓彤\n发起时间：2024-03-15 14:27\n"
        "---------- 表单内容 ----------\n"
        "岗位名称\n门店烘焙师\n所属部门\n门店运营部\n直接上级\n门店店长\n编制人数\n3\n"
        "岗位职责（每行一条）\n按门店生产计划完成面包的整形和烘烤\n负责烤箱的清洁和使用登记\n"
        "考核指标\n出品合格率\n原料损耗率\n变更原因\n门店新增现烤欧包品类。\n"
        "---------- 审批流程 ----------\n1. 李晓彤 发起申请\n2. 王店长 已同意 2024-03-15 16:21\n"
        "审批结果：已通过\n"
    )
    r = roles(doc)
    assert set(r) == {"门店烘焙师"}  # no record fields or approvers
    post = r["门店烘焙师"]
    assert (post.headcount, post.reports_to) == (3, ["门店店长"])
    assert post.duties == ["按门店生产计划完成面包的整形和烘烤", "负责烤箱的清洁和使用登记"]
    assert post.kpis == ["出品合格率", "原料损耗率"]  # not `变更原因`


def test_a_public_body_s_count_of_leading_posts_is_no_post() -> None:
    doc = extract_text(
        "二、领导分工\n\n局长 张建国：主持局全面工作；负责党建工作。\n\n"
        "副局长 李明远：负责登记注册工作。\n\n"
        "三、内设机构\n\n（一）办公室。负责机关日常运转；负责机关财务工作。\n\n"
        "局机关行政编制16名。领导职数：局长1名，副局长3名；股级领导职数5名。\n"
    )
    r = roles(doc)
    assert "股级领导职数" not in r
    assert (r["局长"].headcount, r["副局长"].headcount) == (1, 3)


def test_units_and_posts_kept_as_code_in_a_wiki_page() -> None:
    doc = extract_text(
        "# Org as code\n\n```yaml\nteams:\n"
        "  - name: 平台工程部\n    parent: 技术中心\n    mission: 让业务团队开箱即用\n"
        "    responsibilities:\n      - 建设并维护容器平台\n"
        "      # - 维护旧版 Jenkins 集群\n"
        "  - name: 安全组\n    parent: 平台工程部\n    mission: 负责公司网络安全\n"
        "roles:\n  - title: 数据工程师\n    team: 数据平台部\n    headcount: 4\n"
        "    reports_to:\n      - 数据平台部经理\n      - 首席数据官  # 双线\n"
        "    duties: |\n      1. 负责数据仓库模型的设计\n      2. 编写数据质量校验规则\n"
        "    kpis:\n      - name: 数据任务准时产出率\n        target: '>= 99%'\n"
        "```\n\n```json\n"
        '{"title": "前端开发工程师", "team": "业务研发部", "reports_to": "业务研发部经理",'
        ' "duties": ["负责页面的开发与维护"]}\n```\n\n'
        "```yaml\n  - title: <岗位名称>\n    duties:\n      - <一条一行>\n```\n\n"
        "秦朗：数据平台部经理这个岗位什么时候补进来？\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["平台工程部"].parent == "技术中心"
    assert d["平台工程部"].duties == ["建设并维护容器平台"]  # not the mission, nor a comment
    assert d["安全组"].duties == ["负责公司网络安全"]  # no list: its mission is its duty
    post = r["数据工程师"]
    assert (post.headcount, post.reports_to) == (4, ["数据平台部经理", "首席数据官"])
    assert post.duties == ["负责数据仓库模型的设计", "编写数据质量校验规则"]
    assert len(post.duty_spans) == len(post.duties)  # each duty traced to its block
    assert post.kpis == ["数据任务准时产出率"]
    assert r["前端开发工程师"].duties == ["负责页面的开发与维护"]  # a JSON block
    assert set(r) == {"数据工程师", "前端开发工程师"}  # no template, no one's comment


def test_a_broken_yaml_block_is_passed_over() -> None:
    doc = extract_text("# 团队\n\n```yaml\nroles: [\n  - title: 工程师\n    duties: {\n```\n")
    assert roles(doc) == {}


def test_a_japanese_invested_plant_s_duty_allocation_sheet() -> None:
    doc = extract_text(
        "职务分掌表（職務分掌表）\n主管部门：管理部总务课\n\n"
        "4.1 制造部\n担当业务：\n◎ 组织各课按期完成生产任务。\n評価項目：生产计划达成率、直行率\n\n"
        "■ 5. 职位别担当业务\n\n"
        "5.1 制造部　部长　　中村 浩二\n上長：工场长\n部下：生产技术课课长、组装课课长\n"
        "担当业务：\n1）主持制定制造部年度方针；\n2）审批本部的加班计划。\n\n"
        "5.8 受入检查担当（3名）\n上長：品质管理课课长\n担当业务：\n1）对来料实施抽样检验；\n"
        "2）发现不合格时隔离。\n評価項目：检验及时率、漏检件数\n\n"
        "5.9 总务担当　　张 丽娟　　职级：主任\n上長：总务课课长\n担当业务：\n"
        "1）负责宿舍入住的受理。\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["制造部"].kpis == ["生产计划达成率", "直行率"]
    head = r["制造部部长"]  # unit, title and holder spelt apart
    assert head.reports_to == ["工场长"]
    assert head.subordinates == ["生产技术课课长", "组装课课长"]
    assert head.duties == ["主持制定制造部年度方针", "审批本部的加班计划"]
    clerk = r["受入检查担当"]  # not `入检查担当`
    assert (clerk.headcount, clerk.reports_to) == (3, ["品质管理课课长"])
    assert clerk.kpis == ["检验及时率", "漏检件数"]
    assert "主管部门" not in d
    assert r["总务担当"].reports_to == ["总务课课长"]  # the title, its holder and grade


def test_a_mkdocs_material_handbook_s_tabs_cards_and_notes() -> None:
    doc = extract_text(
        "## 2.1 组织关系\n\n"
        '!!! note "说明"\n    区域运营部隶属于营运中心。\n\n'
        '<div class="grid cards" markdown>\n\n'
        "-   :material-map-marker-radius:{ .lg .middle } __区域运营部__\n\n    ---\n\n"
        "    - 分解区域销售与利润目标\n    - 组织新店开业筹备\n\n"
        "-   :material-store:{ .lg .middle } __门店__\n\n    ---\n\n"
        "    门店是公司直接面对顾客的经营单元，负责完成销售和服务工作。\n\n"
        "-   :material-fish:{ .lg .middle } __生鲜组__\n\n    ---\n\n"
        "    - 负责生鲜的收货与报损\n\n</div>\n\n"
        "## 2.3 门店岗位\n\n"
        '=== ":material-account: 店长"\n\n    **职责**\n\n'
        "    - 全面负责门店的销售目标\n    - 安排员工排班\n\n"
        '=== ":material-account-outline: 副店长"\n\n'
        "    :material-account-arrow-up: **汇报：** 店长\n\n"
        "    **所属：** 门店　**编制：** 每店 1 人\n\n    **职责**\n\n"
        "    - 协助店长管理门店，店长休息时代行店长职责\n    - 组织新员工入职带教\n\n"
        "*[KPI]: 关键绩效指标\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["店长"].duties == ["全面负责门店的销售目标", "安排员工排班"]  # a tab heads a post
    deputy = r["副店长"]
    assert deputy.duties == ["协助店长管理门店,店长休息时代行店长职责", "组织新员工入职带教"]
    assert (deputy.reports_to, deputy.department) == (["店长"], "门店")  # `**汇报：** 店长`
    assert d["区域运营部"].duties == ["分解区域销售与利润目标", "组织新店开业筹备"]  # a card
    assert d["生鲜组"].duties == ["负责生鲜的收货与报损"]  # a card's title is no item
    assert d["门店"].duties == ["门店是公司直接面对顾客的经营单元,负责完成销售和服务工作"]
    assert d["区域运营部"].parent == "营运中心"  # inside a note


def test_a_project_s_raci_chart_gives_the_doers_their_duties() -> None:
    doc = extract_text(
        "## 职责分工矩阵\n\n"
        "| 工作事项 | 项目经理 | 技术负责人 | 技术组 | 物资组 |\n"
        "| --- | :---: | :---: | :---: | :---: |\n"
        "| **一、施工准备阶段** | | | | |\n"
        "| 组织图纸会审与设计交底 | A | R | C | I |\n"
        "| 编制材料总需用量计划 | I | C | C | R |\n"
        "| 项目成本月度分析 | R/A | C | C | C |\n\n"
        "> R=负责执行 A=审批/最终负责 C=咨询 I=知会\n\n"
        "### 技术负责人\n\n- 向项目经理汇报\n\n**职责**\n\n- 主持项目技术管理工作\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["物资组"].duties == ["编制材料总需用量计划"]  # R: the unit does it
    assert r["项目经理"].duties == ["项目成本月度分析"]  # R/A: does it and answers for it
    assert r["技术负责人"].duties == ["主持项目技术管理工作", "组织图纸会审与设计交底"]
    assert r["技术负责人"].reports_to == ["项目经理"]  # `- 向X汇报` over its lists
    assert "技术组" not in d  # consulted only


def test_a_recruitment_announcement_s_table_and_post_duties() -> None:
    doc = extract_text(
        "三、招聘岗位及人数\n"
        "招聘单位\t岗位名称\t岗位代码\t招聘人数\t学历要求\n"
        "石桥镇卫生院\t药剂师\t01\t1\t大专及以上\n"
        "\t检验技师\t02\t2\t大专及以上\n\n"
        "四、岗位职责\n"
        "（一）药剂师岗位（岗位代码：01）\n"
        "1.在院长领导下，负责药品的采购验收和保管工作。\n"
        "2.指导临床合理用药。\n"
        "（二）检验技师岗位（岗位代码：02）\n"
        "1.负责常规检验项目的操作和报告审核。\n"
    )
    r = roles(doc)
    assert r["药剂师"].headcount == 1  # the table's unit column is no post
    assert r["检验技师"].headcount == 2
    assert r["药剂师"].duties == ["在院长领导下,负责药品的采购验收和保管工作", "指导临床合理用药"]
    assert r["检验技师"].duties == ["负责常规检验项目的操作和报告审核"]
    assert r["药剂师"].reports_to == ["院长"]
    assert not any("代码" in name or "岗位" in name for name in r)


def test_bracketed_headings_of_a_post_of_no_known_kind_and_of_a_noted_unit() -> None:
    doc = extract_text(
        "【主播】\n所属部门：直播组\n职责：按排期完成每日直播；直播前熟悉货品\n"
        "KPI：个人直播GMV/准时开播率\n\n"
        "【售后组】（部门说明，非岗位）\n职责：受理退货申请；维护售后政策问答库\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["主播"].duties == ["按排期完成每日直播", "直播前熟悉货品"]  # a sheet follows
    assert r["主播"].kpis == ["个人直播GMV", "准时开播率"]
    assert d["售后组"].duties == ["受理退货申请", "维护售后政策问答库"]  # a note after it


def test_a_foundation_s_annual_report_in_traditional_chinese() -> None:
    doc = extract_text(
        "貳、組織與人力\n\n一、組織架構\n\n"
        "  本會以董事會為最高決策機構。董事會聘任執行長 (CEO) 一人，執行長秉承董事會之命，"
        "綜理會務。本會業務分由服務處及行政處辦理。\n\n"
        "  第五屆董事會成員：董事長 王大明 董事 李小華\n\n"
        "【圖2-1】本會組織架構圖\n\n"
        "二、各單位職掌\n\n"
        "服務處 (Service Division)：負責個案需求評估；辦理居家照顧服務方案。\n\n"
        "三、人員配置\n\n"
        "職稱         人數  職責\n"
        "執行長 (CEO)     1   綜理會務，督導各處業務推動\n"
        "社工員       12   個案管理與家庭訪視；連結社區資源\n"
        "會計         2   帳務處理及捐款收據開立\n"
        "合計        15\n"
        "註：社工員之直屬主管為社工督導；會計之直屬主管為行政處處長。\n\n"
        "四、2025年度績效指標\n\n"
        "（一）服務處\n  1. 服務人次達12,000人次\n"
        "（二）行政處\n  1. 行政管理費用占總支出比率控制在12%以下\n"
    )
    r, d = roles(doc), depts(doc)
    assert (r["执行长"].headcount, r["执行长"].reports_to) == (1, ["董事会"])  # a board above
    assert r["社工员"].duties == ["个案管理与家庭访视", "连结社区资源"]  # a gloss in the cell
    assert r["社工员"].reports_to == ["社工督导"]  # `X之直属主管为Y`
    assert r["会计"].reports_to == ["行政处处长"]
    assert d["服务处"].duties == ["负责个案需求评估", "办理居家照顾服务方案"]  # gloss, colon
    assert d["行政处"].kpis == ["行政管理费用占总支出比率控制在12%以下"]  # a chapter on KPIs
    assert not d["行政处"].duties
    assert not any(name.startswith("第五届") for name in r)  # a board's term: no post


def test_a_quality_manual_s_posts_clause_table_and_unit_targets() -> None:
    head = (  # a running head of three lines at each page count
        "恒远电子有限公司 质量手册 第 {} 页 共 30 页\n恒远电子有限公司  质 量 手 册\n"
        "文件编号:QM-05  版本:B/2\n"
    )
    doc = extract_text(
        "5.3 组织的岗位、职责和权限\n\n"
        "条款\t过程/要求\t总经理\t管代\t行政部\t品质部\t生产部\n"
        "5.2\t质量方针\t★\t○\t○\t○\t○\n"
        "8.7\t不合格输出的控制\t\t○\t\t★\t○\n\n"
        "a) 总经理\n职责：\n1) 制定并批准质量方针；\n2) 主持管理评审。\n\n"
        "b) 管理者代表\n管理者代表由总经理任命，在总经理领导下负责体系的运行。\n"
        "职责：\n1) 组织内部审核；\n2) 向总经理报告体系的绩效。\n\n"
        "c) 品质部经理\n直接上级：总经理（行政）、管理者代表（体系）\n职责：\n"
        "1) 组织制定检验规范；\n\n" + head.format(8) + "\n"
        "2) 负责不合格品的评审；\n3) 负责计量器具的校准管理。\n\n" + head.format(9) + "\n"
        "5.3.5 部门质量目标\n"
        "质量目标\t计算方法\t目标值\t责任部门\n"
        "来料批次合格率\t合格批次/来料批次\t≥98%\t品质部\n"
        "顾客投诉次数\t每月有效投诉次数\t≤2次/月\t生产部、品质部\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["总经理"].duties == ["制定并批准质量方针", "主持管理评审"]  # no clause of ISO
    assert r["管理者代表"].duties == ["组织内部审核", "向总经理报告体系的绩效"]  # a sentence first
    qa = r["品质部经理"]  # a letter numbers the post
    assert qa.reports_to == ["总经理", "管理者代表"]
    assert qa.duties == ["组织制定检验规范", "负责不合格品的评审", "负责计量器具的校准管理"]
    assert d["品质部"].kpis == ["来料批次合格率", "顾客投诉次数"]  # the owners' column
    assert d["生产部"].kpis == ["顾客投诉次数"]
    assert not d["品质部"].duties


def test_a_bureau_s_offices_with_notes_on_whom_the_heads_answer_to() -> None:
    doc = extract_text(
        "绿川县市场监督管理局权责清单\n\n"
        "内设机构：本局下设办公室、登记注册科、质量计量科。\n\n"
        "三、科室职责\n\n（一）办公室\n1.负责机关日常运转。\n\n"
        "办公室主任岗位职责（在局长领导下开展工作）\n1.主持办公室全面工作。\n\n"
        "（二）登记注册科\n1.承担市场主体的登记注册。\n\n"
        "登记注册科科长  李卫东\n直接上级：分管副局长\n岗位职责：\n1.主持本科全面工作。\n\n"
        "（三）质量计量科\n1.承担产品质量安全监督管理。\n\n"
        "质量计量科科长（向分管副局长负责）\n1.组织制定计量监督年度计划。\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["办公室主任"].reports_to == ["局长"]  # a note after the heading
    assert r["登记注册科科长"].reports_to == ["分管副局长"]  # the holder after blanks
    assert r["质量计量科科长"].reports_to == ["分管副局长"]
    assert r["质量计量科科长"].duties == ["组织制定计量监督年度计划"]
    assert d["登记注册科"].parent is None  # a post's heading opens no unit of 办公室


def test_a_bid_s_project_team_with_a_roster_and_an_arrow_chart() -> None:
    doc = extract_text(
        "6.1 项目组织机构\n\n   【公司总经理】\n        ↓\n"
        "   【项目经理  周立新】┄┄【工程管理中心】\n        ↓\n   【土建组】【机电组】\n\n"
        "6.2 项目管理机构组成表\n"
        "职务 姓名 职称 执业或职业资格证书名称 级别 证号 专业\n"
        "项目经理 周立新 高级工程师 注册建造师 一级 苏1322015201608766 机电工程\n"
        "技术负责人 郑文博 高级工程师 — — — 电子信息工程\n"
        "注：上述人员均由我公司缴纳社会养老保险。\n\n"
        "6.3 主要人员岗位职责\n"
        "（1）项目经理：对公司总经理负责，主要职责：\n1）组织编制项目管理实施规划；\n"
        "2）主持每周项目例会。\n\n"
        "土建组（组长：钱国栋）：负责土建改造和管线预埋；负责路面恢复。\n\n"
        "安全组（组长由安全总监兼任）：负责安全防护设施的验收。\n\n"
        "投标人：苏州澄衡智建工程有限公司（盖单位章）\n日期：2024年6月12日\n"
    )
    r, d = roles(doc), depts(doc)
    assert set(r) == {"项目经理"}  # no box, roster row or signing line is a post
    assert r["项目经理"].duties == ["组织编制项目管理实施规划", "主持每周项目例会"]
    assert d["土建组"].duties == ["负责土建改造和管线预埋", "负责路面恢复"]  # leader noted
    assert d["安全组"].duties == ["负责安全防护设施的验收"]


def test_managers_work_reports_in_the_first_person() -> None:
    doc = extract_text(
        "述职报告选登\n\n"
        "一、仓储部经理述职报告\n述职人：陈志刚\n\n各位领导、同事：\n"
        "我于2021年任仓储部经理，向运营总监汇报。仓储部隶属于运营中心，本部门下设收货组、发货组。\n"
        "结合岗位说明书，我的职责主要有三块：一是统筹仓库全流程作业；二是制定库存盘点制度；"
        "三是负责仓库安全管理。\n\n"
        "我本人2025年工作目标/考核指标（已签订目标责任书）：\n1. 库存准确率≥99.95%；\n"
        "2. 订单准时出库率≥99.7%。\n\n"
        "二、运输部经理述职报告\n\n"
        "我是运输部经理刘晓燕。运输部同样隶属于运营中心，下设调度组和自有车队。\n"
        "我的主要职责是：统筹车辆调度；管理外协承运商的准入。\n"
        "运输部2025年考核指标：准时到达率≥99%；货损率≤0.05%。\n"
    )
    r, d = roles(doc), depts(doc)
    store = r["仓储部经理"]
    assert store.duties == ["统筹仓库全流程作业", "制定库存盘点制度", "负责仓库安全管理"]
    assert store.kpis == ["库存准确率≥99.95%", "订单准时出库率≥99.7%"]  # `我本人…考核指标`
    assert r["运输部经理"].duties == ["统筹车辆调度", "管理外协承运商的准入"]
    assert d["运输部"].kpis == ["准时到达率≥99%", "货损率≤0.05%"]  # the unit's, by name
    assert d["运输部"].parent == "运营中心"  # `同样隶属于`
    assert d["调度组"].parent == "运输部"
    assert "述职人" not in r


def test_a_notice_of_a_new_structure_and_its_appointments() -> None:
    doc = extract_text(
        "关于调整组织架构及人员任命的通知\n\n各部门、各子公司：\n"
        "    一、成本管理部由财务中心划归运营中心管理；二是服务台由运维部划归技术支持部管理。\n"
        "    二、人员任命\n"
        "    （一）任命郭明远同志为物流部经理，向运营中心总监汇报；\n"
        "    （二）任命林晓燕同志为海外业务部经理，向营销中心总监汇报。\n\n"
        "    （三）计划专员（2人）\n    直接上级：生产计划部经理\n    岗位职责：\n"
        "    1.编制日生产计划。\n    任职要求：\n    1.大专及以上学历；\n"
        "    2.3年以上制造业计划工作经验。\n    考核指标：\n    1.日计划准确率\n\n    特此通知。\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["物流部经理"].reports_to == ["运营中心总监"]  # a post appointed to
    assert r["海外业务部经理"].reports_to == ["营销中心总监"]
    assert d["成本管理部"].parent == "运营中心"  # `由X划归Y管理`
    assert not any("服务台由" in name for name in d)  # `二是服务台由运维部…`: no unit
    assert r["计划专员"].kpis == ["日计划准确率"]  # `2.3年以上`: an item, no section 2.3


def test_an_online_document_copied_with_its_comments_and_struck_text() -> None:
    doc = extract_text(
        "一、组织架构\n客服部下设在线客服组、~~电话客服组、~~售后组。\n"
        "💬 评论 (2)\n李娜：电话客服组这次是正式撤了吗？\n回复 王磊：撤了\n\n"
        "二、岗位职责\n（一）客服经理\n负责人：@李娜\n汇报线：客服经理 → 运营总监\n编制：1人\n"
        "1. 负责客服团队的排班\n2. 处理投诉的升级件，~~48小时~~24小时内给出结论\n\n"
        "（二）在线客服专员\n汇报线：在线客服专员 → 在线客服组长 → 客服经理\n"
        "1. 解答用户咨询\n\n"
        "~~（三）电话客服专员~~\n~~1. 负责热线的接听~~\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["客服经理"].reports_to == ["运营总监"]  # `汇报线:X → Y`
    assert r["客服经理"].duties == ["负责客服团队的排班", "处理投诉的升级件,24小时内给出结论"]
    assert r["在线客服专员"].reports_to == ["在线客服组长"]  # the next one up only
    assert d["售后组"].parent == "客服部"
    assert "电话客服组" not in d  # struck out
    assert "电话客服专员" not in r


def test_a_staffing_table_of_unit_post_and_superior_and_a_heading_with_its_holder() -> None:
    doc = extract_text(
        "三、岗位编制表\n部门\t岗位\t直接上级\t编制\n"
        "生产中心\t生产中心总监\t总经理\t1\n质量检验科\t质检员\t质检科长\t6\n\n"
        "四、岗位说明\n4.1　生产中心总监　钱国栋\n直接上级：总经理\n岗位职责：\n"
        "1．组织编制月度生产计划。\n"
    )
    r = roles(doc)
    assert (r["质检员"].department, r["质检员"].headcount) == ("质量检验科", 6)  # `岗位` column
    assert r["质检员"].reports_to == ["质检科长"]
    assert r["生产中心总监"].duties == ["组织编制月度生产计划"]  # no holder in the name


def test_a_school_s_duties_with_portfolios_and_party_branches() -> None:
    doc = extract_text(
        "一、校长职责\n"
        "校长在县教育和体育局及学校党总支的领导下，全面负责学校工作，主要职责是：\n"
        "１．贯彻执行党的教育方针。\n２．主持校务会议。\n\n"
        "二、副校长（分管教学）职责\n"
        "１．在校长领导下，具体负责全校教学工作，对分管工作向校长负责。\n２．完成校长交办的其他工作。\n"
    )
    r = roles(doc)
    assert r["校长"].reports_to == ["县教育和体育局", "学校党总支"]  # `及` joins, `和` inside
    vice = r["副校长(分管教学)"]  # the portfolio is part of the post's name
    assert vice.reports_to == ["校长"]
    assert vice.duties[1] == "完成校长交办的其他工作"


def test_a_mail_with_an_ascii_chart_and_an_earlier_mail_quoted() -> None:
    doc = extract_text(
        "From: 林晓雯 <lin@example.com>\nSubject: RE: 岗位说明（定稿）\n\n各位同事：\n\n"
        "          +------------+\n          |  技术服务中心 |\n          +-----+------+\n"
        "                |\n   +------+-----+     +------------+\n"
        "   |  运维部     |     |  支持部     |\n"
        "   | 运维经理：韩冬 |     |            |\n   +------------+     +------------+\n\n"
        "二、岗位说明\n\n"
        "1. 运维经理（汇报给技术总监）\n   a. 负责制定运维管理制度；\n   b. 审批生产环境变更。\n"
        "   KPI: 核心系统可用率≥99.95% / 变更成功率\n\n"
        "2. 系统运维工程师（汇报给运维经理）\n   a. 负责服务器的日常巡检；\n"
        "   b. 编写和更新系统运维手册\n   KPI：巡检按时完成率 / 备份成功率\n"
        "   （注：系统组实行轮值。）\n\n"
        "On Wed, 13 Mar 2024 at 17:07, 宋佳 <song@example.com> wrote:\n"
        "> 2. 系统运维工程师（汇报给技术支持经理）\n>    a. 接听客户来电；\n"
    )
    r = roles(doc)
    head = r["运维经理"]  # the chart's box `运维经理：韩冬` is no post's block
    assert head.reports_to == ["技术总监"]
    assert head.duties == ["负责制定运维管理制度", "审批生产环境变更"]
    assert head.kpis == ["核心系统可用率≥99.95%", "变更成功率"]  # ` / ` with a target
    eng = r["系统运维工程师"]  # `b. …手册` is an item, no title opening a unit
    assert eng.duties == ["负责服务器的日常巡检", "编写和更新系统运维手册"]
    assert eng.kpis == ["巡检按时完成率", "备份成功率"]  # the note after them is none
    assert eng.reports_to == ["运维经理"]  # the quoted earlier mail is history


def test_a_bilingual_sheet_of_english_lines_each_followed_by_chinese() -> None:
    doc = extract_text(
        "PART A  DEPARTMENT OVERVIEW\n甲部　部門概覽\n"
        "The Operations Division comprises the Warehouse Department and the Transport Department.\n"
        "營運部下設倉務部及運輸部。\n"
        "Director of Operations: Mr. LEUNG Chi-keung\n營運總監：梁志強先生\n"
        "1. Warehouse Department - receiving, storage and stock control.\n"
        "1. 倉務部——負責收貨、儲存及存貨控制。\n"
        "   The Warehouse Department is divided into the Receiving Team and the Picking Team.\n"
        "   倉務部分為收貨組及揀貨組。\n\n"
        "Position: Warehouse Supervisor\n職位：倉務主任\n"
        "Incumbent: Ms. WONG Mei-ling\n現任：黃美玲女士\n"
        "Reports to: Warehouse Manager\n上司：倉務經理\n"
        "Main Duties\n主要職責\n"
        "1. Supervise daily receiving and despatch.\n1. 監督每日收貨及出貨工作。\n"
        "2. Check inbound cargo against packing lists, and report any\n"
        "   shortage to the client within 24 hours.\n"
        "2. 按裝箱單核對入倉貨物，如有短缺須於24小時內通知客戶。\n"
        "Key Performance Indicators\n關鍵績效指標\n"
        "(a) Picking accuracy ≥ 99.8%\n(a) 揀貨準確率≥99.8%\n"
        "(b) Lost-time injury cases: zero\n(b) 工傷損失工時個案：零\n"
    )
    r, d = roles(doc), depts(doc)
    clerk = r["仓务主任"]
    assert clerk.reports_to == ["仓务经理"]  # `上司：`
    assert clerk.duties == [
        "监督每日收货及出货工作",
        "按装箱单核对入仓货物,如有短缺须于24小时内通知客户",
    ]
    assert clerk.kpis == ["拣货准确率≥99.8%", "工伤损失工时个案:零"]
    assert d["仓务部"].duties == ["负责收货、储存及存货控制"]  # where it sits is no duty
    assert d["收货组"].parent == "仓务部"
    assert set(r) == {"仓务主任"}  # `營運總監：梁志強先生` names a holder; `現任` a label


def test_pandoc_grid_tables_with_cells_wrapped_over_lines() -> None:
    doc = extract_text(
        "# []{#_Toc1 .anchor}一、组织机构 {#sec-org}\n\n"
        "+----------------+----------+------------------------------+\n"
        "| 科室名称       | 上级部门 | 主要职能                     |\n"
        "+================+==========+==============================+\n"
        "| 病案统计室     | 医务部   | 1\\. 负责住院病案的回收、编   |\n"
        "|                |          | 码和归档。\\                  |\n"
        "|                |          | 2\\. 按时上报病案首页数据。   |\n"
        "+----------------+----------+------------------------------+\n\n"
        ": 表1 医务部所属科室\n\n"
        "## （一）医务部 {#sec-dept-yiwu}\n\n"
        "+----------+------------------------------------------------+\n"
        "| 项目     | 内容                                           |\n"
        "+==========+================================================+\n"
        "| 分管领导 | 业务副院长                                     |\n"
        "+----------+------------------------------------------------+\n"
        "| 下设科室 | 病案统计室、医患沟通办公室                     |\n"
        "+----------+------------------------------------------------+\n"
        "| 部门职责 | 1\\. 拟订全院医疗业务工作计划，经批准后组织实施 |\n"
        "|          | 并督促检查。                                   |\n"
        "|          |                                                |\n"
        "|          | 2\\. 负责医师执业注册。                         |\n"
        "+----------+------------------------------------------------+\n"
        "| 考核指标 | 住院患者死亡率；甲级病案率≥95%；见本说明书附表 |\n"
        "+----------+------------------------------------------------+\n"
    )
    d = depts(doc)
    records = d["病案统计室"]
    assert records.parent == "医务部"  # a table of units, each row on one line
    assert records.duties == ["负责住院病案的回收、编码和归档", "按时上报病案首页数据"]
    office = d["医务部"]  # `部门职责` under its heading, fields between
    assert office.duties == [
        "拟订全院医疗业务工作计划,经批准后组织实施并督促检查",
        "负责医师执业注册",
    ]
    assert office.kpis == ["住院患者死亡率", "甲级病案率≥95%"]  # `见…` points elsewhere


def test_a_recruiting_system_s_position_catalogue_exported_as_json() -> None:
    doc = extract_text(
        '{\n  "tenant": {"id": "tn_1", "name": "顺衡供应链有限公司"},\n'
        '  "orgUnits": [\n'
        '    {"id": "D01", "name": "运营中心", "parentId": null, "description": "统筹运营。"},\n'
        '    {"id": "D03", "name": "仓储部", "parentId": "D01", "leader": "\\u5468\\u654f",\n'
        '     "description": "负责收货与发运；\\n负责库存管理。"}\n  ],\n'
        '  "positions": [\n'
        '    {"code": "P-01", "title": "运营总监", "orgUnitId": "D01", "reportsTo": null,\n'
        '     "reportsToText": "总经理 沈国梁", "responsibilities": ["制定年度运营目标；"],\n'
        '     "kpis": "运营成本预算达成率；订单准时交付率", "status": "filled"},\n'
        '    {"code": "P-02", "title": "仓储主管", "orgUnitId": "D03", "reportsTo": "P-01",\n'
        '     "responsibilities": [], "htmlDescription": "<ul><li>安排入库验收</li></ul>'
        '<p>任职要求</p><ul><li>大专学历</li></ul>", "kpis": null},\n'
        '    {"code": "P-09", "title": "夜班理货组长", "orgUnitId": "D03", "status": "archived"}\n'
        "  ]\n}\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["仓储部"].parent == "运营中心"  # by the parent's id
    assert d["仓储部"].duties == ["负责收货与发运", "负责库存管理"]
    assert r["运营总监"].reports_to == ["总经理"]  # the holder's name aside
    assert r["运营总监"].kpis == ["运营成本预算达成率", "订单准时交付率"]
    clerk = r["仓储主管"]
    assert (clerk.department, clerk.reports_to) == ("仓储部", ["运营总监"])  # by code
    assert clerk.duties == ["安排入库验收"]  # from the HTML, requirements aside
    assert "夜班理货组长" not in r  # archived


def test_a_duty_decomposition_table_of_modules_tasks_and_standards() -> None:
    doc = extract_text(
        "Sheet2 安全环保主管\n"
        "岗位名称：安全环保主管　所属部门：安全环保部　直接上级：生产副总\t\t\t\t\n"
        "职责模块\t工作任务\t工作标准\t考核指标\t权重\n"
        "制度与责任制\t组织修订安全环保管理制度\t每年评审一次\t制度修订及时率\t20%\n"
        "\t组织签订各级安全环保责任书\t责任书签订率100%\t同上\t\n"
        "隐患排查治理\t组织每月综合检查\t检查有记录、有签字\t隐患整改按期完成率\t30%\n"
        "合计\t\t\t\t100%\n"
    )
    r = roles(doc)["安全环保主管"]
    assert r.reports_to == ["生产副总"]
    assert r.duties == [
        "组织修订安全环保管理制度",
        "组织签订各级安全环保责任书",
        "组织每月综合检查",
    ]
    assert r.kpis == ["制度修订及时率", "隐患整改按期完成率"]  # standards and modules aside


def test_a_position_catalogue_aligned_in_columns_with_cells_left_empty() -> None:
    doc = extract_text(
        "3.1  岗位目录\n"
        "序号 岗位编码  岗位名称        所属部门     职位序列 职级范围 直接上级       编制\n"
        "1    M-SC-01   商品中心总监    商品中心     管理     M4–M5   集团总裁       1\n"
        "2    M-SC-02   采购经理        采购部       管理     M2–M3   商品中心总监   2\n"
        "3    P-SC-03   采购专员                     专业     P2–P4   采购经理       6\n"
        "     合计                                                                  9\n\n"
        "营运中心下设营运督导部。华东营运区、华中营运区隶属于营运中心。\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["华东营运区"].parent == d["华中营运区"].parent == "营运中心"  # regions of stores
    assert r["采购专员"].reports_to == ["采购经理"]  # its unit's cell left empty (merged)
    assert r["采购专员"].headcount == 6
    assert r["商品中心总监"].reports_to == ["集团总裁"]  # code and grade columns aside


def test_two_versions_compared_with_revision_marks_read_as_the_new_one() -> None:
    doc = extract_text(
        "说明：[删除]为原文删除内容，[新增]为本次新增内容。\n\n"
        "质量部下设质量保证组和[删除：计量室][新增：供应商质量组]。\n\n"
        "（一）岗位名称：质量[删除：经理][新增：总监]\n"
        "直接上级：[删除：生产副总经理][新增：总经理]\n岗位职责：\n"
        "1、负责组织[删除：年度][新增：每半年一次的]内部质量审核；\n"
        "[删除：2、负责全厂计量器具的周期检定；]\n"
        "[删除：3][新增：2]、负责成品的检验与放行；\n"
        "[新增：3、负责不良事件的收集与上报；\n4、负责年度质量报告的编写。]\n\n"
        "（二）岗位名称：注册专员\n直接上级：{-注册部经理-}{+注册法规部经理+}\n"
        "岗位职责：\n1、{-编写-}{+编制+}注册申报资料。\n"
    )
    r, d = roles(doc), depts(doc)
    head = r["质量总监"]  # the name as it now stands
    assert head.reports_to == ["总经理"]
    assert head.duties == [
        "负责组织每半年一次的内部质量审核",
        "负责成品的检验与放行",
        "负责不良事件的收集与上报",
        "负责年度质量报告的编写",
    ]
    assert r["注册专员"].reports_to == ["注册法规部经理"]  # wdiff's marks
    assert r["注册专员"].duties == ["编制注册申报资料"]
    assert "计量室" not in d and d["供应商质量组"].parent == "质量部"


def test_a_kpi_sheet_with_rows_for_the_department_as_a_whole() -> None:
    doc = extract_text(
        "澜庭物业服务有限公司2024年度部门及岗位绩效考核指标表\t\t\t\n"
        "部门\t岗位\t考核指标\t\t\n\t\t指标名称\t权重\t目标值\n"
        "客服部\t部门整体\t投诉办结率\t35%\t100%\n\t\t物业费当期收缴率\t30%\t≥93%\n"
        "\t小计\t\t100%\t\n"
        "\t客服主管\t投诉处理及时率\t30%\t≥98%\n\n"
        "部门\t岗位\t直接上级\t主要职责\n"
        "品质管理部\t部门职能\t\t1、建立品质管理体系；2、组织月度品质检查。\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["客服部"].kpis == ["投诉办结率", "物业费当期收缴率"]  # `部门整体`: the unit's
    assert r["客服主管"].kpis == ["投诉处理及时率"]
    assert d["品质管理部"].duties == ["建立品质管理体系", "组织月度品质检查"]
    assert not {"部门整体", "部门职能"} & set(r)
    assert not any(p and p.startswith("年度") for p in (x.parent for x in d.values()))


def test_a_post_export_saved_as_csv_with_semicolons() -> None:
    doc = extract_text(
        "岗位信息导出_20240612;;;;;;\n"
        "导出单位;恒彩印务包装有限公司;导出人;hr_liyan;;;\n"
        ";;;;;;\n"
        "部门编号;部门名称;上级部门;部门职责;;;\n"
        'D04;生产中心;总经办;"1.编制生产计划；\n2.组织推行""6S""现场管理。";;;\n'
        "D0401;印刷车间;生产中心;;;;\n"
        ";;;;;;\n"
        "岗位编号;岗位名称;所属部门;上级岗位;编制;岗位职责;考核指标\n"
        'P0401;生产总监;生产中心;总经理;1;"1.审批工艺变更；2.主持生产例会。";订单准时交付率≥97%\n'
        'P0402;印刷车间主任;印刷车间;生产总监;1;"1.安排机台和班次；\n2.组织首件确认。";;\n'
    )
    r, d = roles(doc), depts(doc)
    assert d["印刷车间"].parent == "生产中心"
    assert d["生产中心"].duties == ["编制生产计划", '组织推行"6S"现场管理']
    assert r["印刷车间主任"].reports_to == ["生产总监"]
    assert r["印刷车间主任"].duties == ["安排机台和班次", "组织首件确认"]
    assert r["生产总监"].kpis == ["订单准时交付率≥97%"]


def test_a_team_wiki_s_table_of_posts_with_owners_and_a_shared_service_unit() -> None:
    doc = extract_text(
        "## 🧭 团队定位\n\n增长中台隶属于用户增长事业部。"
        "增长中台下设渠道投放组和增长产品组两个小组。\n\n"
        "一句话：把拉新和留存做成可复用的能力。具体包括：\n\n1. 制定用户增长策略\n\n"
        "| 岗位 | 负责人 | 汇报给 | 编制 | 职责 |\n| --- | --- | --- | --- | --- |\n"
        "| 渠道投放组长 | @韩笑 | 增长中台负责人 | 1 | 负责付费渠道的投放策略<br>与商业化部对接 |\n"
        "| 投放优化师 | @梁晨 @吴桐 +1 HC | 渠道投放组长 @韩笑 | 4 | 1. 搭建和优化广告计划 |\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["增长中台"].parent == "用户增长事业部"  # 中台: a unit
    assert d["渠道投放组"].parent == "增长中台"
    assert r["投放优化师"].reports_to == ["渠道投放组长"]  # the owners' column passed by
    assert r["投放优化师"].headcount == 4
    assert r["渠道投放组长"].duties == ["负责付费渠道的投放策略", "与商业化部对接"]
    assert "一句话" not in r


def test_duties_with_hanging_indents_and_a_superior_noted_in_brackets() -> None:
    doc = extract_text(
        "【大堂副理】\n（直接上级：前厅部经理）\n岗位职责：\n"
        "代表宾馆受理宾客投诉，能当场解决的当场解决，不能解决的\n"
        "　　做好记录并及时上报前厅部经理；\n"
        "负责VIP宾客的迎送和陪同服务，检查VIP房的预留和布置情\n"
        "　　况；\n"
        "巡视大堂及公共区域，发现安全隐患及时通知保安人员处\n"
        "　　理。\n"
    )
    r = roles(doc)["大堂副理"]
    assert r.reports_to == ["前厅部经理"]  # no bracket left on the name
    assert r.duties == [
        "代表宾馆受理宾客投诉,能当场解决的当场解决,不能解决的做好记录并及时上报前厅部经理",
        "负责VIP宾客的迎送和陪同服务,检查VIP房的预留和布置情况",
        "巡视大堂及公共区域,发现安全隐患及时通知保安人员处理",
    ]  # each wrapped line set in by two full-width blanks goes on with its item


def test_unnumbered_items_one_a_line_after_a_unit_s_paragraph_and_a_post_s_notes() -> None:
    doc = extract_text(
        "客房部\n\n"
        "　　客房部负责宾馆客房的清洁保养和对客服务，是宾馆营业收入的保障部门。"
        "其主要职责是：\n\n"
        "负责客房、楼层及公共区域的清洁卫生和设施设备的日常保\n"
        "　　养；\n"
        "负责客房用品的配备、领用和成本控制；\n"
        "负责宾客遗留物品的登记、保管和招\n"
        "　　领。\n"
        "考核要点：\n"
        "客房清洁卫生抽查合格率\n"
        "布草年度报损率\n"
        "客房物料消耗控制在预算以内\n\n"
        "【客房部经理】　周丽华\n"
        "（直接上级：驻店经理）\n"
        "岗位概述：全面负责客房部的经营与管理，保证客房干净、舒适、安全。\n"
        "〔日常管理〕\n"
        "主持客房部日常工作，制定部门工作计划、服务规范和操作程\n"
        "　　序。\n"
        "每日抽查客房和公共区域卫生。\n"
        "〔成本与安全〕\n"
        "审核客房物料、布草的申购计划，控制部门费用。\n"
        "完成驻店经理交办的其他工作。\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["客房部"].duties == [
        "负责客房、楼层及公共区域的清洁卫生和设施设备的日常保养",
        "负责客房用品的配备、领用和成本控制",
        "负责宾客遗留物品的登记、保管和招领",
    ]  # the paragraph before `其主要职责是` is a summary; the lines under it, items
    assert d["客房部"].kpis == [
        "客房清洁卫生抽查合格率",
        "布草年度报损率",
        "客房物料消耗控制在预算以内",
    ]
    assert "客房部经理" in r  # the holder after the bracketed title is no part of it
    assert r["客房部经理"].reports_to == ["驻店经理"]
    assert r["客房部经理"].duties == [
        "主持客房部日常工作,制定部门工作计划、服务规范和操作程序",
        "每日抽查客房和公共区域卫生",
        "审核客房物料、布草的申购计划,控制部门费用",
        "完成驻店经理交办的其他工作",
    ]  # one a line under the summary, the `〔…〕` area labels left out


def test_a_label_over_a_sentence_wrapped_over_lines_reads_one_list() -> None:
    doc = extract_text(
        "第七条  董事会每年对总经理进行考核。总经理的年度考核指标包括：\n"
        "营业收入增长率、归属于母公司股东的净利润、经营活动现金流量净额、重大安全环保\n"
        "事故次数。\n"
    )
    kpis = [k for u in doc.units for r in u.roles for k in r.kpis]
    assert "事故次数" not in kpis  # the wrapped line goes on with its sentence


def test_a_bureau_s_units_with_their_rank_and_parent_in_brackets() -> None:
    doc = extract_text(
        "县应急管理局下设3个内设机构：办公室、应急指挥协调科、防灾减灾救灾科。\n\n"
        "办公室\n（一）负责机关文电、会务工作。\n（二）负责机关财务工作。\n\n"
        "五、下属单位\n"
        "（一）县应急救援指挥中心（正科级事业单位，隶属县应急管理局）\n"
        "主要职责：承担全县应急救援指挥平台的运行维护。\n"
        "（二）县应急物资储备站（股级，隶属县应急救援指挥中心）\n"
        "负责全县应急救灾物资的收储和调运。\n"
    )
    d = depts(doc)
    assert d["办公室"].parent == "县应急管理局"  # `下设3个内设机构:`
    assert d["办公室"].duties == ["负责机关文电、会务工作", "负责机关财务工作"]  # `(一)负责…`
    assert d["县应急救援指挥中心"].parent == "县应急管理局"  # a rank before `隶属`
    assert d["县应急物资储备站"].parent == "县应急救援指挥中心"  # 储备站: a unit
    assert d["县应急物资储备站"].duties == ["负责全县应急救灾物资的收储和调运"]  # no note


def test_okr_key_results_are_measures_of_the_unit_their_okr_names() -> None:
    doc = extract_text(
        "## 小组说明\n\n"
        "### 内容运营组（组长：@林夕）\n\n"
        "- 策划每周专题和书单\n- 维护站内内容质量\n\n"
        "**本组 KR**：KR1 专题点击率不低于 8%；KR2 优质内容占比达到 30%\n\n"
        "## 目标与考核\n\n"
        "用户增长部 2025 H1 OKR（Owner：@程砚）\n\n"
        "**O1：新用户留得住**\n"
        "- KR1：新用户次日留存率从 38% 提升到 45%\n"
        "- KR2：新用户 7 日留存率达到 24%\n\n"
        "**O2：预算花得值**\n"
        "- KR3：整体获客成本同比下降 15%\n"
    )
    d = depts(doc)
    assert d["内容运营组"].kpis == ["专题点击率不低于 8%", "优质内容占比达到 30%"]
    assert d["用户增长部"].kpis == [
        "新用户次日留存率从 38% 提升到 45%",
        "新用户 7 日留存率达到 24%",
        "整体获客成本同比下降 15%",
    ]  # the objectives head them; a `##` heading ends the group's block


def test_a_slide_s_table_of_numbered_measure_columns_and_a_counted_post_among_bullets() -> None:
    doc = extract_text(
        "幻灯片 7：关键岗位职责\n"
        "招聘专员\n\t• 发布招聘信息，筛选简历\n\t• 安排面试\n"
        "行政前台（1人）\n\t• 负责前台接待和访客登记\n\t• 管理快递收发\n\n"
        "幻灯片 8：2024年各部门KPI\n"
        "部门｜KPI 1｜KPI 2｜KPI 3\n"
        "教务部｜排课差错次数≤2次/月｜学员出勤率≥90%｜—\n"
        "市场部｜有效线索6000条｜单条线索成本≤80元｜获客成本≤120元\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["招聘专员"].duties == ["发布招聘信息,筛选简历", "安排面试"]
    assert r["行政前台"].duties == ["负责前台接待和访客登记", "管理快递收发"]  # its count marks it
    assert d["教务部"].kpis == ["排课差错次数≤2次/月", "学员出勤率≥90%"]  # `KPI 1`: a KPI column
    assert d["市场部"].kpis == ["有效线索6000条", "单条线索成本≤80元", "获客成本≤120元"]


def test_a_table_of_sections_headed_by_科室_and_measures_before_a_bracketed_heading() -> None:
    doc = extract_text(
        "（二）质量检测中心\n1．建立公司种子质量管理体系。\n2．负责种子的室内检验。\n"
        "部门考核指标：检验报告及时率；质量投诉处理率。\n"
        "（三）各科室职能\n"
        "科室|所属部门|主要职能\n"
        "制种管理科|生产技术部|负责制种基地管理和田间技术服务。\n"
        "检验室|质量检测中心|负责种子净度、发芽率和水分的检验。\n"
    )
    d = depts(doc)
    assert d["质量检测中心"].kpis == ["检验报告及时率", "质量投诉处理率"]  # `(三)` ends them
    assert d["检验室"].parent == "质量检测中心"
    assert d["检验室"].duties == ["负责种子净度、发芽率和水分的检验"]
    assert d["制种管理科"].parent == "生产技术部"


def test_a_wiki_page_s_source_in_wikitext() -> None:
    doc = extract_text(
        "__TOC__\n<!-- 按3月组织调整更新 -->\n"
        "== 组织架构 ==\n"
        "研发中心下设[[策划部]]和[[质量保障组|QA组]]两个部门。\n\n"
        "=== QA组 ===\n"
        "{{部门信息框|名称=QA组|上级部门=研发中心|负责人=[[用户:Deng.Yue|邓玥]]|编制=6}}\n"
        "'''部门职责'''\n"
        "# 制定测试策略和测试计划；\n"
        "# 负责缺陷跟踪管理，具体包括：\n"
        "#* 缺陷分级；\n"
        "#* 版本质量评估。<ref>以[[Jira]]为准。</ref>\n\n"
        "== 岗位一览 ==\n"
        '{| class="wikitable"\n'
        "! 岗位 !! 所属部门 !! 编制 !! 汇报对象\n|-\n"
        "| QA组长 || QA组 || 1 || 研发中心总监\n|-\n"
        "| 测试工程师 || QA组 || 5 || QA组长\n|}\n\n"
        "=== QA组长 ===\n"
        "'''汇报对象'''：研发中心总监\n"
        "* 制定各版本测试计划；\n* 建设自动化测试用例库。{{新}}\n"
        "'''考核指标'''：版本漏测率；自动化用例覆盖率\n\n"
        "== 参见 ==\n* [[研发中心/招聘流程]]\n* [[美术部/岗位说明]]\n"
        "* [[职级体系#研发序列|研发序列职级标准]]\n\n"
        "[[分类:组织架构]]\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["QA组"].parent == "研发中心"  # the infobox's field, and `下设…`
    assert d["QA组"].duties == [
        "制定测试策略和测试计划",
        "负责缺陷跟踪管理,具体包括",
        "缺陷分级",
        "版本质量评估",
    ]  # `#` and `#*` items, the lead-in with words of its own one of them; no footnote
    assert r["测试工程师"].reports_to == ["QA组长"] and r["测试工程师"].headcount == 5
    assert r["QA组长"].reports_to == ["研发中心总监"]
    assert r["QA组长"].duties == ["制定各版本测试计划", "建设自动化测试用例库"]
    assert r["QA组长"].kpis == ["版本漏测率", "自动化用例覆盖率"]
    assert set(r) == {"QA组长", "测试工程师"}  # `== 参见 ==`: links, no posts


def test_points_counted_with_ordinals_in_a_speech_or_a_letter() -> None:
    doc = extract_text(
        "营业员的职责：第一，按规范办理各类燃气业务；第二，做好收费和票据管理；"
        "第三，受理客户报修和投诉。\n"
    )
    assert roles(doc)["营业员"].duties == [
        "按规范办理各类燃气业务",
        "做好收费和票据管理",
        "受理客户报修和投诉",
    ]  # `第一,` `第二,`: numbering in words


def test_job_analysis_interview_notes_in_questions_and_answers() -> None:
    doc = extract_text(
        "岗位分析访谈记录\n\n"
        "【访谈2】调度员（共访谈2人，合并整理）\n"
        "访谈时间：2024-06-12 15:30—16:10　地点：城西调度中心　访谈人：陈昊\n\n"
        "Q: 您的岗位名称和汇报对象？\n"
        "A: 我们是营运科的调度员，向营运科科长汇报。夜里有事也会打给值班领导。\n\n"
        "Q: 日常主要做哪些事？\n"
        "A: 主要就是：\n① 按行车计划发车，监控车辆运行；\n② 填写行车日志，统计当班班次。\n\n"
        "Q: 工作中最大的难点是什么？\n"
        "A: 早晚高峰驾驶员不够，经常要临时抽调。\n\n"
        "【访谈4】机务科科长\n"
        "问：您的岗位名称和汇报对象？\n"
        "答：机务科科长，向分公司经理汇报。\n\n"
        "问：考核哪些指标？\n"
        "答：车辆完好率、平均故障间隔里程、单车维修成本。\n\n"
        "问：任职条件方面您有什么建议？\n"
        "答：要有注册安全工程师证，最好开过公交车。\n"
    )
    r = roles(doc)
    assert set(r) == {"调度员", "机务科科长"}  # no interviewer, no meta line
    assert r["调度员"].reports_to == ["营运科科长"]  # `我们是X,向Y汇报`
    assert r["调度员"].duties == ["按行车计划发车,监控车辆运行", "填写行车日志,统计当班班次"]
    assert r["机务科科长"].reports_to == ["分公司经理"]  # `X,向Y汇报`
    assert r["机务科科长"].kpis == ["车辆完好率", "平均故障间隔里程", "单车维修成本"]
    assert not r["机务科科长"].duties  # the difficulties and requirements asked are none


def test_a_regulation_s_articles_place_units_and_posts() -> None:
    doc = extract_text(
        "第九条　审计部对董事会审计委员会负责，其主要职责是：\n"
        "（一）组织编制年度内部审计计划；\n（二）开展经济责任审计。\n\n"
        "第十一条　集团设财务总监1名，由董事会聘任，受董事会和总经理双重领导。"
        "财务总监的主要职责是：\n（一）组织编制集团全面预算；\n（二）审核重大资金支付。\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["审计部"].parent == "董事会审计委员会"  # a unit answering to a unit
    assert r["财务总监"].reports_to == ["董事会", "总经理"]  # the post an article sets up


def test_posts_named_only_in_a_sentence_on_whom_they_answer_to() -> None:
    doc = extract_text(
        "教学中心\n教学总监\n• 制定年度教学计划\n• 审定新课程开发方案\n\n"
        "备注：教学总监、营销总监都向总经理汇报；行政人事经理也直接向总经理汇报。\n"
    )
    r = roles(doc)
    assert r["教学总监"].reports_to == ["总经理"]
    assert r["营销总监"].reports_to == ["总经理"]  # a post only this sentence names
    assert r["行政人事经理"].reports_to == ["总经理"]


def test_a_markdown_alert_is_no_content_and_a_heading_on_quarterly_reviews_lists_measures() -> None:
    doc = extract_text(
        "## 团队定位\n\n"
        "> [!NOTE]\n> 本文档是增长中台的单一事实来源。\n> 有疑问在群里 @程砚。\n\n"
        "## 📏 岗位季度考核\n\n"
        "- 投放优化师：CPA 达成率、素材测试数量、预算消耗偏差率\n"
        "- 数据分析师：需求按时交付率、看板数据准确率\n"
    )
    r = roles(doc)
    assert r["投放优化师"].kpis == ["CPA 达成率", "素材测试数量", "预算消耗偏差率"]
    assert not r["投放优化师"].duties
    assert r["数据分析师"].kpis == ["需求按时交付率", "看板数据准确率"]
    assert not depts(doc)  # the alert names no unit


def test_target_responsibility_letters_between_two_parties() -> None:
    doc = extract_text(
        "2025年度目标责任书汇编\r\n\r\n"
        "2025年度部门目标责任书（销售部）\r\n\r\n"
        "甲方：常州锐丰机电有限公司（代表：总经理 周建平）\r\n"
        "乙方：销售部（负责人：销售部经理 吴涛）\r\n\r\n"
        "一、责任期限\r\n2025年1月1日至2025年12月31日。\r\n"
        "二、乙方部门职责\r\n1、制定销售计划并组织实施；\r\n2、负责应收账款催收。\r\n"
        "三、年度考核指标\r\n序号\t指标名称\t权重\t目标值\t计分办法\r\n"
        "1\t销售收入\t35%\t2.6亿元\t每少完成1%扣1分\r\n2\t回款率\t25%\t≥92%\t每低1个百分点扣2分\r\n"
        "四、奖惩办法\r\n1、得分90分以上的，奖金按1.2倍发放。\r\n\r\n"
        "甲方（盖章）：　　　　乙方负责人（签字）：\r\n代表签字：周建平　　　吴涛\r\n\r\n"
        "2025年度岗位目标责任书（华东区域经理）\r\n\r\n"
        "甲方：销售部经理 吴涛\r\n乙方：华东区域经理 沈佳\r\n\r\n"
        "一、乙方在甲方的领导下开展工作，对甲方负责。\r\n"
        "二、岗位职责\r\n（1）负责华东区域客户的开发和维护；\r\n（2）完成甲方下达的区域销售任务。\r\n"
        "三、考核指标及目标\r\n区域销售收入1.1亿元（40%）；区域回款率≥93%（30%）。\r\n\r\n"
        "甲方签字：吴涛　　　　乙方签字：沈佳\r\n\r\n"
        "2025年度安全生产目标责任书（生产部经理）\r\n\r\n"
        "甲方：常州锐丰机电有限公司总经理 周建平\r\n乙方：生产部经理 徐立\r\n\r\n"
        "一、安全生产职责\r\n1.组织制定本部门安全操作规程；\r\n2.每月组织一次部门安全检查。\r\n"
        "二、安全目标\r\n1.火灾事故0起；\r\n2.隐患整改率100%。\r\n"
    )
    r, d = roles(doc), depts(doc)
    assert set(r) == {"华东区域经理", "生产部经理"}  # no 甲方, 乙方 or 安全生产
    assert d["销售部"].duties == ["制定销售计划并组织实施", "负责应收账款催收"]
    assert d["销售部"].kpis == ["销售收入", "回款率"]  # `三、年度考核指标` over its table
    assert r["华东区域经理"].reports_to == ["销售部经理"]  # 甲方, a post
    assert r["华东区域经理"].duties == [
        "负责华东区域客户的开发和维护",
        "完成甲方下达的区域销售任务",
    ]
    assert r["华东区域经理"].kpis == ["区域销售收入1.1亿元(40%)", "区域回款率≥93%(30%)"]
    assert r["生产部经理"].reports_to == ["总经理"]  # the company's 总经理
    assert r["生产部经理"].duties == ["组织制定本部门安全操作规程", "每月组织一次部门安全检查"]
    assert r["生产部经理"].kpis == ["火灾事故0起", "隐患整改率100%"]


def test_a_company_standard_s_clause_of_duties_keeps_its_numbered_items() -> None:
    doc = extract_text(
        "运行部管理标准\n\n"
        "3　部门职责\n"
        "运行部是公司发电生产的运行管理部门，在生产副总经理的领导下开展工作。主要职责：\n"
        "3.1　负责全厂机、炉、电系统的运行操作和监视调整。\n"
        "3.2　负责执行调度指令，完成电网下达的发电负荷曲线。\n"
        "4　机构设置\n"
        "4.1　运行部下设集控运行室和化学运行班。\n"
    )
    d = depts(doc)
    assert d["运行部"].duties == [
        "负责全厂机、炉、电系统的运行操作和监视调整",
        "负责执行调度指令,完成电网下达的发电负荷曲线",
    ]  # `3.1` under `3 部门职责`: its own clause's items
    assert d["集控运行室"].parent == "运行部"


def test_a_yearly_plan_s_sections_per_unit_and_a_staffing_table_with_years() -> None:
    doc = extract_text(
        "## 二、质量部2025年度工作计划\n"
        "（一）部门概况\n质量部现有人员14人。\n"
        "（二）岗位设置\n化验室主管在质量部经理领导下，负责：①组织原辅料检验；②审核检验报告。\n"
        "## 三、销售部2025年度工作计划\n"
        "销售部在营销副总经理领导下开展工作，现有人员23人。\n"
        "（一）部门职责\n"
        "● 制定公司年度销售策略和销售计划，分解到各区域和渠道并跟踪完成\n"
        "● 开发和管理经销商、商超客户\n"
        "（二）岗位设置及人员计划\n"
        "岗位\t直接上级\t2024年末在岗\t2025年编制\t备注\n"
        "销售部经理\t营销副总经理\t1\n"
        "区域经理\t销售部经理\t3\t4\t华中新增1人\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["销售部"].duties == [
        "制定公司年度销售策略和销售计划,分解到各区域和渠道并跟踪完成",
        "开发和管理经销商、商超客户",
    ]
    assert "化验室" not in d  # a post's unit named in the section before, not this one
    assert r["区域经理"].reports_to == ["销售部经理"]  # `2024年末在岗`: a column of staff now
    assert r["区域经理"].headcount == 4


def test_a_group_s_head_office_keeps_its_name_as_a_parent() -> None:
    doc = extract_text(
        "第五条　集团总部下设战略发展部、财务管理部、人力资源部三个职能部门，各部门设部长1名。\n"
        "第六条　澄远科技有限公司营销中心下设市场部和销售部。\n"
    )
    d = depts(doc)
    assert d["战略发展部"].parent == "集团总部"  # not 总部: the group's head office
    assert d["市场部"].parent == "营销中心"  # a company's name before a unit is no part of it


def test_a_mail_s_signature_names_no_post() -> None:
    doc = extract_text(
        "直播运营主管：管理主播团队；复盘直播数据。直接上级：电商运营部经理。\n\n"
        "--\n邱敏\xa0|\xa0人力资源部 HRBP\n电话：0757-2xxx8016\xa0\xa0手机：138****6602\n"
        "地址：佛山市顺德区乐从镇家居大道88号\n\n"
        "------------------\xa0原始邮件\xa0------------------\n\n"
        "各位同事：以下为征求意见稿。\n\n一、营销中心下设品牌市场部、电商运营部两个部门。\n"
        "二、岗位设置\n直播运营主管：管理主播团队。直接上级：营销中心总监。\n"
    )
    assert set(roles(doc)) == {"直播运营主管"}  # `手机:` is no post


def test_a_book_of_company_standards_a_post_s_work_standard() -> None:
    doc = extract_text(
        "本分册收录标准：\nQ/LJRD 205.301—2024　值长工作标准\n"
        "Q/LJRD 205.302—2024　单元长工作标准\n\n"
        "Q/LJRD 205.301—2024\n代替 Q/LJRD 205.301—2019\n\n值长工作标准\n\n"
        "2024-03-20发布　　　　　　2024-04-01实施\n\n"
        "1　范围\n本标准规定了值长岗位的职责与权限、任职条件、检查与考核。\n"
        "2　规范性引用文件\nQ/LJRD 204.03　运行部管理标准\n"
        "3　职责与权限\n"
        "3.1　岗位关系：本岗位隶属运行部，直接上级为运行部主任，直接下级为单元长。\n"
        "3.2　职责\n"
        "3.2.1　接受并执行电网调度指令，按负荷曲线合理调整机组出力。\n"
        "3.2.2　审批本值的工作票和操作票，指挥重大操作和事故处理。\n"
        "3.3　权限\n3.3.1　有权拒绝执行违反安全规程的指令。\n"
        "4　任职条件\n4.1　大专及以上学历，热能动力或电气专业。\n"
        "5　工作程序与要求\n5.1　接班前30min到达集控室，听取上一值值长交班。\n"
        "6　检查与考核\n6.1　本岗位工作由运行部主任检查与考核。\n"
        "6.2　考核指标：\na)　本值非计划停运次数；\nb)　调度指令执行率。\n"
    )
    r = roles(doc)
    assert set(r) == {"值长"}  # not the list of standards' other titles, nor 岗位关系
    assert r["值长"].reports_to == ["运行部主任"]
    assert r["值长"].duties == [
        "接受并执行电网调度指令,按负荷曲线合理调整机组出力",
        "审批本值的工作票和操作票,指挥重大操作和事故处理",
    ]  # not its scope, requirements or work steps
    assert r["值长"].kpis == ["本值非计划停运次数", "调度指令执行率"]


def test_a_number_before_a_letter_is_a_word_s_not_the_next_item_s() -> None:
    doc = extract_text(
        "品保课课长\n績效指標：\n\t1.客訴件數每月≦2件\n\t2.出貨批退率≦0.3%\n\t3.8D報告結案率100%\n"
    )
    assert roles(doc)["品保课课长"].kpis == [
        "客诉件数每月≦2件",
        "出货批退率≦0.3%",
        "8D报告结案率100%",
    ]  # `3.` then `8D报告`, not a decimal `3.8`


def test_a_list_of_units_counted_in_their_own_word() -> None:
    doc = extract_text(
        "業務處下設國內業務課、海外業務課及業務管理課三課，各課置課長一人。\n"
        "市場部下設市場一部、市場二部，分別負責城區和縣鎮的招生。\n"
    )
    d = depts(doc)
    assert d["业务管理课"].parent == "业务处"  # `…及业务管理课三课`: three 课, this one of them
    assert "业务管理课三课" not in d
    assert d["市场二部"].parent == "市场部"  # 二部 is the unit's own name


def test_an_earlier_mail_below_the_one_sent_is_no_content() -> None:
    doc = extract_text(
        "1. 直播运营主管\n岗位职责：\n（1）制定直播间月度排期和选品计划；\n"
        "（2）管理主播团队，负责主播的招募、培训和排班。\n\n"
        "------------------\xa0原始邮件\xa0------------------\n"
        "主题:\xa0组织架构调整（征求意见稿）\n\n"
        "三、直播运营主管岗位职责：（1）制定直播间排期；（2）管理主播团队；（3）复盘直播数据。\n"
    )
    assert roles(doc)["直播运营主管"].duties == [
        "制定直播间月度排期和选品计划",
        "管理主播团队,负责主播的招募、培训和排班",
    ]  # not the draft's older duties


def test_a_unit_sheet_s_cell_of_units_set_up() -> None:
    doc = extract_text(
        "部门名称\t生产部\t部门编号\tPD\n\n上级部门\t营运中心\t下设机构\t机加工车间、装配车间\n\n"
        "部门职责：\n1.根据销售订单编制计划；\n2.组织生产。\n"
    )
    d = depts(doc)
    assert set(d) == {"生产部", "机加工车间", "装配车间"}  # no `机构机加工车间`
    assert d["装配车间"].parent == "生产部"


def test_a_chart_s_text_pane_pasted_as_an_outline_is_no_list_of_items() -> None:
    doc = extract_text(
        "幻灯片 2：组织架构图\n总经理\n周慕白\n\t教学中心\n\t教学总监 许清扬\n\t\t教务部\n"
        "\t\t\t教务主管\n\t\t\t班主任（6人）\n\t财务部\n\t\t出纳（1人）\n\n"
        "幻灯片 5：关键岗位职责\n教务主管（1人）\n\t• 统筹排课、调课及教室资源分配\n"
        "\t• 管理班主任团队，检查学员回访记录\n"
    )
    r = roles(doc)
    assert r["教务主管"].duties == [
        "统筹排课、调课及教室资源分配",
        "管理班主任团队,检查学员回访记录",
    ]
    assert r["出纳"].headcount == 1 and not r["出纳"].duties  # a box with its count: a post
    assert "周慕白" not in str([x.duties for x in r.values()])  # the chart's boxes: no items


def test_a_shared_service_unit_s_own_duties_under_its_bare_word() -> None:
    doc = extract_text(
        "# 增长中台团队手册\n\n增长中台隶属于用户增长事业部。\n\n"
        "## 📌 中台职责\n\n1. 制定用户增长策略\n2. 统筹全渠道获客预算\n"
    )
    r, d = roles(doc), depts(doc)
    assert "中台" not in r  # `中台职责`: the 中台 the page is about
    assert d["增长中台"].duties == ["制定用户增长策略", "统筹全渠道获客预算"]


def test_a_form_s_own_fields_name_no_unit_or_post() -> None:
    doc = extract_text(
        "岗位说明书（填写版）\n填写部门：锦澜苑项目服务中心　　填写日期：2025年3月6日\n\n"
        "岗位名称：客服主管\n直接上级：项目经理\n岗位职责：\n1．受理业主报修；\n2．组织走访业主。\n\n"
        "填写人：陈思远　　审核：方建国\n"
    )
    assert set(roles(doc)) == {"客服主管"} and not depts(doc)


def test_an_hr_system_s_library_of_items_one_row_each() -> None:
    doc = extract_text(
        "\ufeff报表：组织及岗位职责明细（长表）,,,,,,\n"
        "【表1】组织信息,,,,,,\n"
        "组织编码,组织名称,上级组织编码,负责人岗位,编制,组织职能\n"
        "O01,总经理室,,总经理,2,\n"
        'O02,售后服务部,O01,售后服务总监,31,"负责售后维修业务的组织；\n负责售后产值目标的达成"\n'
        "O0201,服务前台,O02,服务经理,7,\n"
        ",,,,,,\n"
        "【表2】岗位职责条目,,,,,,\n"
        "岗位编码,岗位名称,所属组织,上级岗位,编制,条目类型,序号,条目内容,状态\n"
        "P202,服务经理,O0201,售后服务总监,1,职责,1,负责服务前台的日常管理,有效\n"
        "P202,服务经理,O0201,售后服务总监,1,职责,2,监督服务顾问执行接车流程,有效\n"
        "P202,服务经理,O0201,售后服务总监,1,职责,2,监督服务顾问执行接车流程,有效\n"
        "P202,服务经理,O0201,售后服务总监,1,职责,3,审核旧版报价单,停用\n"
        "P202,服务经理,O0201,售后服务总监,1,考核指标,1,预约率≥40%,有效\n"
        "P202,服务经理,O0201,售后服务总监,1,任职要求,1,3年以上服务顾问经验,有效\n"
    )
    r, d = roles(doc), depts(doc)
    assert d["服务前台"].parent == "售后服务部"  # by the parent's code
    assert d["售后服务部"].duties == ["负责售后维修业务的组织", "负责售后产值目标的达成"]
    assert set(r) == {"服务经理"}
    assert r["服务经理"].department == "服务前台"
    assert r["服务经理"].reports_to == ["售后服务总监"] and r["服务经理"].headcount == 1
    assert r["服务经理"].duties == ["负责服务前台的日常管理", "监督服务顾问执行接车流程"]
    assert r["服务经理"].kpis == ["预约率≥40%"]  # not the retired row, nor the requirement


def test_an_online_survey_s_answer_sheets_one_post_each() -> None:
    doc = extract_text(
        "中央厨房岗位职责调研问卷 — 答卷详情导出\n\n"
        "================ 第 1 份答卷 ================\n"
        "序号：1　提交答卷时间：2025/5/12 16:02:11　所用时间：38秒　来源：链接\n"
        "1、您所在的部门/班组：[单选题] 其他\n2、您的岗位名称：[填空题] 测试\n"
        "3、您的直接上级（岗位）：[填空题] 测试\n"
        "4、请逐条列出您的主要工作职责（每条一行）：[多行文本题]\n测试测试\n"
        "5、对岗位设置的意见或建议：[填空题] （管理员测试，请忽略）\n\n"
        "================ 第 2 份答卷 ================\n"
        "序号：2　提交答卷时间：2025/5/13 10:22:31　所用时间：512秒　来源：微信\n"
        "1、您所在的部门/班组：[单选题] 生产部-热菜组\n2、您的岗位名称：[填空题] 热菜组长\n"
        "3、您的直接上级（岗位）：[填空题] 生产主管\n"
        "4、请逐条列出您的主要工作职责（每条一行）：[多行文本题]\n"
        "1.按生产计划安排本组炒制任务\n2.负责酱料的投料和炒制\n"
        "5、您认为本岗位应考核哪些指标？[多选题] 出品合格率┋原料损耗率┋〖其他〗:生产计划达成率\n"
        "6、对岗位设置的意见或建议：[填空题] 冷菜间温度夏天偏高\n"
    )
    r = roles(doc)
    assert set(r) == {"热菜组长"}  # not the administrator's test sheet
    assert r["热菜组长"].reports_to == ["生产主管"]
    assert r["热菜组长"].duties == ["按生产计划安排本组炒制任务", "负责酱料的投料和炒制"]
    assert r["热菜组长"].kpis == ["出品合格率", "原料损耗率", "生产计划达成率"]


def test_an_institution_s_own_units_set_up_with_their_staffing() -> None:
    doc = extract_text(
        "第四条　信息中心内设办公室（3名）、网络运维部（5名）、数据服务部（4名）三个部门。\n"
        "第五条　各部门主要职责：\n"
        "办公室：负责中心行政文秘和经费报账。\n"
        "网络运维部：负责校园网络的建设与运行维护。\n"
        "数据服务部：负责数据平台的建设与数据共享。\n"
    )
    d = depts(doc)
    assert {n: x.parent for n, x in d.items()} == {
        "办公室": "信息中心",
        "网络运维部": "信息中心",
        "数据服务部": "信息中心",
    }  # `内设`, and no unit `信息中心内设办公室` of the article's numbered sentence


def test_a_regulation_s_title_on_its_units_sets_none_up() -> None:
    doc = extract_text(
        "临江分行内设部门及岗位职责规定\n\n第一条　综合管理部：负责分行行政、人事工作。\n"
    )
    assert set(depts(doc)) == {"综合管理部"}  # not `部门` nor `规定` under the branch


def test_a_list_of_who_heads_each_unit_gives_the_units_no_duties() -> None:
    doc = extract_text(
        "部门设置（部门：负责人）\n"
        "营销中心：副总经理　林珂\n"
        "　　医院事业部：经理　蒋帆\n"
        "质量管理部：质量负责人　孙文洁\n\n"
        "部门职能\n\n"
        "医院事业部：\n负责医院客户的开发维护和设备招标项目的跟进。\n"
        "质量管理部：\n负责质量管理体系的运行和首营审核。\n"
    )
    d = depts(doc)
    assert d["医院事业部"].duties == ["负责医院客户的开发维护和设备招标项目的跟进"]
    assert d["质量管理部"].duties == ["负责质量管理体系的运行和首营审核"]
    assert "营销中心" not in d or d["营销中心"].duties == []  # not `副总经理` nor `林珂`


def test_a_posting_names_its_superior_after_its_requirements() -> None:
    doc = extract_text(
        "售后工程师\n所属部门：售后技术服务部\n岗位职责：\n"
        "1. 负责设备的安装、调试和验收；\n2. 对医院操作人员进行设备使用培训。\n"
        "任职要求：\n1. 电子或机电相关专业；\n2. 有医疗设备维修经验者优先。\n"
        "本岗位向售后技术服务部经理汇报，试用期三个月。\n[ 申请职位 ]\n"
    )
    r = roles(doc)["售后工程师"]
    assert r.reports_to == ["售后技术服务部经理"]
    assert r.duties == ["负责设备的安装、调试和验收", "对医院操作人员进行设备使用培训"]


def test_a_q_and_a_site_s_copy_notice_names_no_post() -> None:
    doc = extract_text(
        "**前端组长**：\n- 负责组件库的维护\n- 组织代码评审\n\n"
        "作者：林小满\n链接：https://www.example.com/question/1/answer/2\n来源：知乎\n"
        "著作权归作者所有。\n\n"
        "**测试组长**：\n- 制定测试计划\n- 组织回归测试\n"
    )
    assert set(roles(doc)) == {"前端组长", "测试组长"}


def test_a_water_supply_and_drainage_team_keeps_its_first_word() -> None:
    doc = extract_text(
        "工程部下设强电组、弱电组和给排水组三个班组。\n"
        "强电组：负责配电房的运行。\n给排水组：负责水泵房和二次供水设施的运行。\n"
    )
    assert depts(doc)["给排水组"].parent == "工程部"  # 给 here is no particle (`给X`)


def test_a_document_site_s_fold_and_related_list_inside_a_post() -> None:
    doc = extract_text(
        "工程部经理岗位职责\n直接上级：项目服务中心总经理\n工作职责：\n"
        "1. 主持工程部全面工作；\n2. 审核工程材料的采购申请，控\n\n展开全文 ▼\n\n"
        "猜你关注\n　物业工程部经理岗位职责（完整版）　　4.5分 | 3页\n"
        "　小区配电房值班管理制度　　4.8分 | 2页\n\n"
        "制维修费用支出；\n3. 每月5日前提交工程月报。\n"
        "考核指标：设备完好率、维修及时率。\n"
    )
    r = roles(doc)
    assert set(r) == {"工程部经理"}  # no post of a related document's title
    assert r["工程部经理"].duties[-1] == "每月5日前提交工程月报"
    assert r["工程部经理"].kpis == ["设备完好率", "维修及时率"]


def test_a_scanned_sheet_s_label_spaced_alone_on_its_line() -> None:
    doc = extract_text(
        "岗位名称 过程品控主管 所属部门 品质部\n工作职责\n1.编制车间巡检计划；\n"
        "2.负责品控员的岗位培训。\n考核指标 CCP监控记录完整率 过程巡检覆盖率\n权 限\n"
        "1.对违反卫生规范的人员有权责令其暂停上岗；\n2.对CCP偏离的批次有权先行隔离待判。\n"
    )
    r = roles(doc)["过程品控主管"]
    assert r.kpis == ["CCP监控记录完整率", "过程巡检覆盖率"]  # `权 限`: a label, ending them
    assert r.authorities == [
        "对违反卫生规范的人员有权责令其暂停上岗",
        "对CCP偏离的批次有权先行隔离待判",
    ]


def test_measures_listed_post_by_post_under_a_line_that_says_so() -> None:
    doc = extract_text(
        "岗位职责\n\n【园长】\n1、全面主持幼儿园工作；\n2、审批园所经费预算。\n\n"
        "【班主任】\n1、组织本班一日活动；\n2、做好家长沟通。\n\n"
        "我们每学期做一次岗位考核，各岗位的考核重点如下：\n"
        "🔸园长：招生完成率、家长满意度\n🔸班主任：幼儿出勤率、班级安全事故0起\n\n"
        "🎈 秋季招生火热进行中！\n招收对象：2020年9月1日后出生的适龄幼儿\n"
        "📞 咨询电话：0519-8xxx xx66（李老师）\n"
    )
    r = roles(doc)
    assert set(r) == {"园长", "班主任"}  # no post `招收对象` or `咨询电话` of the ad
    assert r["园长"].kpis == ["招生完成率", "家长满意度"]
    assert r["班主任"].kpis == ["幼儿出勤率", "班级安全事故0起"]
    assert r["园长"].duties == ["全面主持幼儿园工作", "审批园所经费预算"]  # not the measures


def test_a_chain_drawn_from_the_kindergarten_head_down() -> None:
    doc = extract_text(
        "管理链条：\n园长 → 副园长 → 年级组长\n\n"
        "年级组长岗位职责：\n1、制定年级工作计划；\n2、主持年级教研。\n"
    )
    assert roles(doc)["年级组长"].reports_to == ["副园长"]  # `园长` heads it: read downward


def test_an_answer_going_through_the_posts_one_paragraph_each() -> None:
    doc = extract_text(
        "整个店就前厅、后厨两块，店长直接向老板汇报。\n\n"
        "店长。店长要管的事主要有三件：一是制定每月营业目标和排班表；二是负责员工招聘和培训；"
        "三是处理顾客投诉和突发情况。\n\n"
        "领班。领班主要做两件事：第一，开餐前检查台面和餐具；第二，收市后填写营业日志。\n"
    )
    r = roles(doc)
    assert r["店长"].duties == [
        "制定每月营业目标和排班表",
        "负责员工招聘和培训",
        "处理顾客投诉和突发情况",
    ]  # `店长。店长…`: the post's paragraph; its lead-in no duty
    assert r["领班"].duties == ["开餐前检查台面和餐具", "收市后填写营业日志"]
    assert r["店长"].reports_to == ["老板"]  # the owner of a small business


def test_a_unit_staffing_total_before_its_posts() -> None:
    text = "综合部职责及岗位说明\n本部门编制5人：综合部经理1人、行政专员2人、司机2人。\n"
    assert headcounts(text) == {"综合部经理": 1, "行政专员": 2, "司机": 2}


def test_measures_by_post_in_one_sentence_with_yi_kaohe() -> None:
    text = (
        "财务部岗位职责\n（一）财务经理\n1.审核财务报表；\n2.组织编制预算。\n（二）出纳\n"
        "1.办理现金收付；\n2.登记日记账。\n五、考核\n"
        "财务经理以报表报送及时率、资金安全事故次数和预算控制率考核；"
        "出纳以日记账差错次数和资金日报及时率考核；其余岗位按公司考核办法执行。\n"
    )
    r = roles(extract_text(text))
    assert r["财务经理"].kpis == ["报表报送及时率", "资金安全事故次数", "预算控制率"]
    assert r["出纳"].kpis == ["日记账差错次数", "资金日报及时率"]
    assert not depts(extract_text(text)).get("财务部", Department("财务部")).kpis


def test_other_posts_measures_after_a_label_in_a_posts_block() -> None:
    text = (
        "财务部岗位设置\n（一）审计主管\n1.复核夜审报告；\n2.检查备用金。\n（二）总出纳\n"
        "1.负责现金收付；\n2.编制现金日报表。\n\n"
        "考核：审计主管的考核指标为收入差错率、夜审报告及时率；总出纳的考核指标为现金差错次数。\n"
    )
    r = roles(extract_text(text))
    assert r["审计主管"].kpis == ["收入差错率", "夜审报告及时率"]
    assert r["总出纳"].kpis == ["现金差错次数"]


def test_a_staffing_row_of_titles_and_counts_headed_zhicheng() -> None:
    text = (
        "業務部組織職掌\n職稱 編制 現有 備註 業務部經理 1 1 業務專員 6 5 出缺1人招募中 "
        "業務助理 2 2 客服專員 5 5 合計 14 13\n"
    )
    assert headcounts(text) == {"业务部经理": 1, "业务专员": 6, "业务助理": 2, "客服专员": 5}


def test_a_unit_moved_under_another_and_a_sites_name() -> None:
    text = (
        "職場百科網｜工作職掌範例\n業務部組織職掌\n業務部下設國內業務課、海外業務課。"
        "客服課自2023年7月1日起改隸業務部（原隸屬品保部），負責客戶抱怨處理。\n"
    )
    parents = {d.name: d.parent for d in depts(extract_text(text)).values()}
    assert parents["客服课"] == "业务部"
    assert "职场百科" not in parents.values()


def test_a_staffing_table_headed_with_its_unit_and_remarks() -> None:
    text = (
        "生产中心定编表\n岗位　编制（人）　备注\n车间主任　4　每车间1人\n班组长　16　\n"
        "仓管员　5　含成品库2人\n合计　25　\n"
    )
    assert headcounts(text) == {"车间主任": 4, "班组长": 16, "仓管员": 5}
    numbered = (
        "编制表 序号 岗位名称 编制（人） 备注 1 项目经理 1 2 客服专员 4 含前台 3 维修工 5 合计 10\n"
    )
    assert "含前台" not in roles(extract_text(numbered))  # a remark, before the next row's number


def test_a_label_under_a_numbered_table_is_no_wrapped_cell() -> None:
    text = (
        "生产管理中心岗位职责说明书\n三、部门职能\n（一）生产管理中心\n序号　工作领域　职责描述\n"
        "1　计划管理　编制月度主生产计划，组织各部门实施\n"
        "2　生产组织　组织各车间均衡生产，协调物料问题\n"
        "部门考核指标：生产计划达成率、订单准时交付率、安全事故起数。\n\n"
        "（二）计划调度部\n计划调度部主要职责：\n1．负责编制周、日生产作业计划；\n"
    )
    d = depts(extract_text(text))["生产管理中心"]
    assert d.duties == ["编制月度主生产计划,组织各部门实施", "组织各车间均衡生产,协调物料问题"]
    assert d.kpis == ["生产计划达成率", "订单准时交付率", "安全事故起数"]


def test_a_line_of_duties_cut_by_semicolons_under_a_superior_line() -> None:
    text = (
        "财务部岗位职责\n主办会计岗位职责:\n直接上级:财务部经理\n"
        "负责核算组日常工作;组织月末结账和报表编制;负责各项税费的申报。\n"
        "考核指标:月结及时率;凭证差错率。\n"
    )
    r = roles(extract_text(text))["主办会计"]
    assert r.reports_to == ["财务部经理"]
    assert r.duties == ["负责核算组日常工作", "组织月末结账和报表编制", "负责各项税费的申报"]
    assert r.kpis == ["月结及时率", "凭证差错率"]


def test_editors_labels_and_readers_comments_are_no_posts() -> None:
    text = (
        "仓储部岗位职责\n编者按：以下内容来自一家物流企业。\n附一：仓储部组织架构\n"
        "仓管员：\n1、负责货物收发；\n2、负责库存盘点。\n"
        "文档标签：仓储部　岗位职责\n仓储老王：编制表很实用，谢谢分享。\n"
    )
    assert set(roles(extract_text(text))) == {"仓管员"}


def test_measures_by_post_after_a_topic_and_a_comma() -> None:
    text = (
        "门店岗位设置\n区域经理：\n1、负责区域门店巡店；\n2、负责店长考核。\n"
        "店长：\n1、负责门店营运；\n2、负责排班。\n"
        "考核上，区域经理看区域营业额达成率、区域利润率和食安检查合格率；"
        "店长看营业额达成率和顾客满意度。\n"
    )
    r = roles(extract_text(text))
    assert r["区域经理"].kpis == ["区域营业额达成率", "区域利润率", "食安检查合格率"]
    assert r["店长"].kpis == ["营业额达成率", "顾客满意度"]


def test_a_staffing_row_with_a_units_column_between_title_and_count() -> None:
    text = (
        "門市人員編制\n職稱 所屬 編制 班別 備註 店長 門市 1 全日 外場組長 外場組 1 早／晚 "
        "外場服務員 外場組 6 早／晚 含計時人員3名 廚務員 內場組 5 早／晚 合計 13\n"
    )
    assert headcounts(text) == {"店长": 1, "外场组长": 1, "外场服务员": 6, "厨务员": 5}


def test_section_labels_run_into_the_names_after_them() -> None:
    text = (
        "仓储部管理手册\n3.2 部门设置仓储部下设收货组和发货组。"
        "4.3 班组职能收货组：负责到货验收和入库上架；"
        "发货组：负责拣货、复核和装车。4.4 部门考核指标仓储部：库存准确率、订单准时出库率。\n"
    )
    d = depts(extract_text(text))
    assert set(d) == {"仓储部", "收货组", "发货组"}
    assert d["收货组"].parent == "仓储部"


def test_a_reports_line_that_names_whom_the_post_answers_to() -> None:
    text = (
        "物業管理部職位說明\n職位：物業經理 (Property Manager)\n"
        "匯報：向營運總監 (Operations Director) 匯報\n職責：\n(a) 統籌屋苑日常管理。\n"
        "職位：屋苑主任\n匯報：每週一例會上向物業經理匯報屋苑情況\n職責：\n(a) 巡查屋苑。\n"
    )
    r = roles(extract_text(text))
    assert r["物业经理"].reports_to == ["营运总监"]
    assert r["屋苑主任"].reports_to == []  # what the post reports, and when: no superior


def test_posts_listed_after_a_units_own_count() -> None:
    text = (
        "技术部介绍\n技术部目前12人：技术经理1人、前端组长1人、前端开发工程师6人、运维工程师4人。\n"
    )
    assert headcounts(text) == {"技术经理": 1, "前端组长": 1, "前端开发工程师": 6, "运维工程师": 4}


def test_a_unit_of_a_body_the_page_leaves_unnamed() -> None:
    text = "某连锁超市商品采购部岗位职责\n1、负责商品引进和议价；\n2、负责门店订货。\n"
    assert set(depts(extract_text(text))) == {"商品采购部"}


def test_a_table_of_posts_measures_run_together_each_post_written_once() -> None:
    text = (
        "质量部岗位职责\n（一）质量部经理\n1.负责质量体系。\n（二）IQC检验员\n1.负责来料检验。\n"
        "质量部各岗位月度考核指标如下表：\n岗位\t考核指标\t权重\t目标值\t质量部经理\t客户投诉次数\t"
        "40%\t≤2次/月\t质量月报及时率\t60%\t100%\tIQC检验员\t来料漏检批次\t60%\t0\t"
        "来料检验及时率\t40%\t≥98%\n注：考核得分低于60分的按0.8计算。\n"
    )
    r = roles(extract_text(text))
    assert r["质量部经理"].kpis == ["客户投诉次数", "质量月报及时率"]
    assert r["IQC检验员"].kpis == ["来料漏检批次", "来料检验及时率"]


def test_a_table_rows_name_cell_with_its_headcount() -> None:
    text = (
        "产品技术团队\n| 岗位 | 汇报给 | 职责 |\n|---|---|---|\n"
        "| 产品负责人 | CEO | 规划产品路线图；管理产品部 |\n"
        "| 产品经理（2人） | 产品负责人 | 需求调研和PRD撰写；原型设计 |\n"
    )
    r = roles(extract_text(text))["产品经理"]
    assert (r.headcount, r.reports_to) == (2, ["产品负责人"])
    assert r.duties == ["需求调研和PRD撰写", "原型设计"]


def test_an_essays_title_a_shifts_note_and_an_aside_are_no_records() -> None:
    text = (
        "浅谈中小企业财务部的职能定位\n很多老板把财务部看作记账的地方。\n\n"
        "前厅部排班\n岗位\t早班\t中班\t合计\t备注\n前台接待员\t3\t3\t6\t周末中班加1人\n"
        "行李员\t2\t2\t4\t\n补充一句：排班每月调整一次。\n"
    )
    doc = extract_text(text)
    assert "浅谈中小企业财务部" not in depts(doc)
    assert not {"周末中班加", "补充一句"} & set(roles(doc))


def test_a_q_and_a_answers_words_for_a_posts_duties() -> None:
    text = (
        "门店分工\n值班经理每店2名，在店长领导下负责当班。\n值班经理的活儿：\n"
        "1. 负责当班的排班和交接；\n2. 处理当班顾客投诉。\n"
    )
    assert roles(extract_text(text))["值班经理"].duties == [
        "负责当班的排班和交接",
        "处理当班顾客投诉",
    ]


def test_a_staffing_table_by_shift_counts_each_posts_total() -> None:
    text = (
        "前厅部排班\n部门\t岗位\t早班\t中班\t夜班\t合计\t备注\n前厅部\t前厅经理\t1\t-\t-\t1\t行政班\n"
        "\t大堂副理\t1\t1\t1\t3\t\n\t行李员\t2\t2\t1\t5\t\n合计\t\t\t\t\t9\t\n"
    )
    assert headcounts(text) == {"前厅经理": 1, "大堂副理": 3, "行李员": 5}


def test_a_heading_run_into_its_first_sentence_that_names_the_unit_again() -> None:
    text = (
        "研发中心说明书\n2.1 研发中心组织结构研发中心在总经理的领导下开展工作，"
        "下设硬件开发部和软件开发部。"
        "3.3 软件开发部职责软件开发部负责嵌入式固件的开发，主要职责如下：3.3.1 组织软件需求分析；"
        "3.3.2 建立代码评审制度。\n"
    )
    d = depts(extract_text(text))
    assert "软件开发部职责软件开发部" not in d
    assert d["软件开发部"].parent == "研发中心"


def test_posts_with_latin_acronyms_and_a_staff_category_after_a_total() -> None:
    text = (
        "质量部岗位设置\n质量部定编9人，其中管理人员1名、QE工程师2人、IQC检验员3人、计量员1人。\n"
        "工程部定编5人,其中工程部经理1人、强电工2人、弱电工2人。\n"
    )
    assert headcounts(text) == {
        "QE工程师": 2,
        "IQC检验员": 3,
        "计量员": 1,
        "工程部经理": 1,
        "强电工": 2,
        "弱电工": 2,
    }


def test_staffing_among_a_total_a_unit_s_subtotal_and_a_post_added_in_a_revision() -> None:
    doc = extract_text(
        "品质部\n\n部门职责：1、负责来料检验；2、负责成品放行。\n"
        "人员编制：品质部定编8人，其中品质经理1人、化验员3人、品控员4人。\n\n"
        "部门 岗位 编制 备注 品质部 品质经理 1 品质部 化验员 3 含计量 品质部 品控员 4 两班 "
        "品质部合计 8 生产部 车间主任 3 生产部 班组长 9\n\n"
        "修订记录：2023-03-20 生产部增设生产统计员1人。\n"
    )
    counts = {n: r.headcount for n, r in roles(doc).items()}
    assert counts["品质经理"] == 1 and counts["生产统计员"] == 1
    assert not {n for n in counts if n.startswith("其中") or n.endswith("合计") or "增设" in n}


def test_a_staffing_list_s_total_under_its_last_post_is_no_duty() -> None:
    r = roles(
        extract_text(
            "第八条　第三车队岗位设置（定员）：\n　　车队长（1人）\n　　调度员（6人）\n"
            "　　驾驶员（120人）\n　　合计：127人\n"
        )
    )
    assert r["驾驶员"].headcount == 120
    assert r["驾驶员"].duties == []
