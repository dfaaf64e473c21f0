"""Job and department sheets as Word tables come out when pasted as text: several labels on
a line, labels alone on their line, headcount and coordination fields, numbered department
chapters with their own sub-headings, and a staffing table. Snippets of fictional companies."""

from __future__ import annotations

from ingest.extract import extract_text
from ingest.items import find_markers
from ingest.normalize import MAX_FURNITURE_LINE
from tests.ingest.test_rules import depts, roles

SHEET = """岗位说明书
岗位名称：质检主管    岗位编号：QC-02
所在部门：品质部      岗位定员：2
直接上级：品质经理    直接下级：质检员
工作关系
内部协调关系：生产部、采购部
外部协调关系：检测机构
岗位职责
一、制定来料与成品的检验标准。
二、组织每日巡检并处理质量异常。
关键绩效指标（KPI）
1、来料检验及时率
2、客户质量投诉次数
岗位权限
1、对不合格品的判定权
"""


def test_a_sheet_with_two_labels_a_line_and_labels_alone_on_their_line() -> None:
    r = roles(extract_text(SHEET))
    assert list(r) == ["质检主管"]  # no label (岗位定员, 所在部门) taken for a role
    qc = r["质检主管"]
    assert qc.department == "品质部"
    assert qc.headcount == 2
    assert qc.reports_to == ["品质经理"]
    assert qc.subordinates == ["质检员"]
    assert qc.duties == ["制定来料与成品的检验标准", "组织每日巡检并处理质量异常"]
    assert qc.kpis == ["来料检验及时率", "客户质量投诉次数"]
    assert qc.authorities == ["对不合格品的判定权"]
    assert qc.coordinates_with == ["生产部", "采购部", "检测机构"]


def test_a_headcount_label_does_not_open_a_role() -> None:
    text = (
        "岗位名称：门店店长\n所属部门：运营部\n定员人数：5人\n"
        "岗位职责：\n1. 负责门店日常运营；\n2. 负责店员排班与培训。\n"
    )
    r = roles(extract_text(text))
    assert list(r) == ["门店店长"]
    assert r["门店店长"].headcount == 5
    assert r["门店店长"].duties == ["负责门店日常运营", "负责店员排班与培训"]


def test_numbered_department_chapters_with_sub_headings() -> None:
    text = """云杉家居有限公司部门职能

一、设计部
（一）部门职能
1、负责新品的外观与结构设计；
2、维护产品设计图库。
（二）部门负责人：设计总监
（三）上级部门：研发中心

二、工艺部
部门职责：
1、制定生产工艺文件；
2、解决生产中的工艺问题。
"""
    d = depts(extract_text(text))
    assert set(d) == {"设计部", "工艺部"}  # 上级部门 and 部门负责人 are fields, not units
    assert d["设计部"].duties == ["负责新品的外观与结构设计", "维护产品设计图库"]
    assert d["设计部"].parent == "研发中心"
    assert d["工艺部"].duties == ["制定生产工艺文件", "解决生产中的工艺问题"]
    assert not roles(extract_text(text))


def test_a_staffing_table_under_a_department_is_read_row_by_row() -> None:
    text = (
        "二、仓储部\n部门职责：\n1、负责成品出入库管理。\n\n"
        "岗位名称\t所属部门\t直接上级\t岗位定员\n"
        "理货员\t仓储部\t仓储主管\t4\n"
        "叉车司机\t仓储部\t仓储主管\t2\n"
    )
    doc = extract_text(text)
    assert depts(doc)["仓储部"].duties == ["负责成品出入库管理"]
    r = roles(doc)
    assert r["理货员"].reports_to == ["仓储主管"] and r["理货员"].headcount == 4
    assert r["叉车司机"].department == "仓储部" and r["叉车司机"].headcount == 2


def test_a_role_heading_after_a_blank_line_stays_in_the_company_unit() -> None:
    text = (
        "远帆航运集团 岗位职责\n\n"
        "船务主管岗位职责：\n一、负责船期的安排；\n二、监督装卸作业。\n上级主管：航运经理\n\n"
        "单证专员岗位职责\n1）负责提单的制作；\n2）核对报关单据。\n汇报对象：船务主管\n"
    )
    doc = extract_text(text)
    assert len(doc.units) == 1 and doc.units[0].organization == "远帆航运集团"
    r = roles(doc)
    assert r["单证专员"].reports_to == ["船务主管"]
    assert r["单证专员"].duties == ["负责提单的制作", "核对报关单据"]


def test_a_kpi_table_with_one_row_per_measure() -> None:
    text = (
        "| 岗位 | 考核指标 | 权重 |\n| --- | --- | --- |\n"
        "| 前台主管 | 入住办理时长 | 40% |\n| 前台主管 | 宾客投诉率 | 30% |\n"
        "| 礼宾员 | 行李差错次数 | 50% |\n"
    )
    r = roles(extract_text(text))
    assert r["前台主管"].kpis == ["入住办理时长", "宾客投诉率"]
    assert r["礼宾员"].kpis == ["行李差错次数"]


def test_a_regulation_in_chapters_and_articles() -> None:
    text = """第一章 总则
第一条 为明确职责，制定本办法。
第二章 部门职责
第三条 采购部职责
（一）负责供应商开发；
（二）组织招标采购。
第四条 法务部职责
（一）审核公司合同；
（二）处理法律纠纷。
第三章 岗位职责
第五条 采购经理
（一）审批采购订单；
（二）考核采购专员。
采购经理直接上级为运营总监。
"""
    doc = extract_text(text)
    d = depts(doc)
    assert d["采购部"].duties == ["负责供应商开发", "组织招标采购"]  # no `第三条`, no `(一)`
    assert d["法务部"].duties == ["审核公司合同", "处理法律纠纷"]
    r = roles(doc)["采购经理"]
    assert r.duties == ["审批采购订单", "考核采购专员"]
    assert r.reports_to == ["运营总监"]


def test_a_numbered_role_whose_fields_follow_on_the_same_line() -> None:
    text = (
        "1.物业经理（1人） 直接上级：总经理 主要职责：（1）制定年度物业计划；（2）管理服务团队。\n"
        "2.保洁主管 直接上级：物业经理 主要职责：（1）安排保洁排班；（2）检查公共区域卫生。\n"
    )
    r = roles(extract_text(text))
    assert r["物业经理"].duties == ["制定年度物业计划", "管理服务团队"]
    assert r["保洁主管"].reports_to == ["物业经理"]
    assert r["保洁主管"].duties == ["安排保洁排班", "检查公共区域卫生"]


def test_labels_in_square_brackets() -> None:
    text = (
        "【岗位名称】收银主管\n【所属部门】门店运营部\n【直接上级】店长\n"
        "【岗位职责】\n1. 负责收银台排班；\n2. 核对每日营业款。\n【任职要求】高中以上学历。\n"
    )
    doc = extract_text(text)
    r = roles(doc)
    assert list(r) == ["收银主管"]
    assert r["收银主管"].department == "门店运营部"
    assert r["收银主管"].reports_to == ["店长"]
    assert r["收银主管"].duties == ["负责收银台排班", "核对每日营业款"]
    start, end = r["收银主管"].evidence[0]
    assert "收银主管" in text[start:end]  # offsets still point into the text as written


def test_a_page_flattened_to_one_line_keeps_its_content_beside_site_furniture() -> None:
    page = (
        "首页 > 文库 > 岗位职责 松岭物业服务有限公司岗位职责 客服主管岗位职责：1、受理业主报修；"
        "2、回访维修结果。直接上级：物业经理 保安队长岗位职责：1、安排门岗值班；2、组织消防演练。"
        "直接上级：物业经理 上一篇：保洁员岗位职责 下一篇：绿化工岗位职责 "
    )
    copies = MAX_FURNITURE_LINE // len(page) + 1  # longer than any line of site furniture
    r = roles(extract_text(page * copies))
    assert r["客服主管"].duties == ["受理业主报修", "回访维修结果"]
    assert r["保安队长"].reports_to == ["物业经理"]


def test_a_head_of_unit_is_a_role_name() -> None:
    text = "渠道部负责人主要职责如下：\n1、制定渠道拓展计划；\n2、管理渠道专员。\n"
    r = roles(extract_text(text))
    assert r["渠道部负责人"].duties == ["制定渠道拓展计划", "管理渠道专员"]


def test_a_duties_table_inside_a_sheet_gives_one_duty_per_row() -> None:
    text = (
        "岗位名称：采购助理\n直接上级：采购经理\n工作职责：\n"
        "序号\t职责描述\t考核标准\n"
        "1\t整理供应商档案\t档案完整率100%\n"
        "2\t跟踪采购订单交期\t准时到货率95%\n"
        "任职资格：大专\n"
    )
    r = roles(extract_text(text))["采购助理"]
    assert r.duties == ["整理供应商档案", "跟踪采购订单交期"]
    assert r.kpis == ["档案完整率100%", "准时到货率95%"]
    assert r.reports_to == ["采购经理"]


def test_a_grid_of_cells_cut_by_bars() -> None:
    text = (
        "岗位名称|仓库主管|岗位编号|CK-01\n所属部门|物流部|直接上级|物流经理\n"
        "岗位职责|1、管理仓库作业；2、控制库存差异。\n"
    )
    r = roles(extract_text(text))
    assert list(r) == ["仓库主管"]
    assert (r["仓库主管"].department, r["仓库主管"].reports_to) == ("物流部", ["物流经理"])
    assert r["仓库主管"].duties == ["管理仓库作业", "控制库存差异"]


def test_a_staffing_line_gives_headcounts_and_no_duty() -> None:
    text = (
        "一、人员编制\n客服部：客服主管1人、客服专员4人。\n二、岗位职责\n"
        "（一）客服主管\n1．处理升级投诉；\n2．培训客服专员。\n"
        "（二）客服专员\n1．接听客户来电；\n2．记录服务工单。\n"
    )
    doc = extract_text(text)
    r = roles(doc)
    assert (r["客服主管"].headcount, r["客服专员"].headcount) == (1, 4)
    assert all("1人" not in d for x in r.values() for d in x.duties)
    assert "客服部" not in depts(doc)  # counted, not described


def test_short_superior_and_subordinate_labels() -> None:
    text = (
        "职位：片区经理\n汇报关系：向运营总监汇报\n上下级关系：上级：运营总监；下级：门店店长\n"
        "职责描述：\n1、巡查片区门店；\n2、审核门店排班。\n\n"
        "职位：门店店长\n上级：片区经理\n下级：店员\n职责：\n1、管理门店运营。\n"
    )
    r = roles(extract_text(text))
    assert r["片区经理"].reports_to == ["运营总监"]
    assert r["片区经理"].subordinates == ["门店店长"]
    assert r["门店店长"].reports_to == ["片区经理"]
    assert r["门店店长"].subordinates == ["店员"]
    assert set(r) == {"片区经理", "门店店长"}


def test_more_sheet_labels_are_fields_not_roles() -> None:
    text = (
        "职位名称：薪酬专员\n职位代码：HR-07\n部门：人力资源部\n直属上级：人力资源经理\n"
        "直接下属：无\n职级：P3\n岗位职责：\n1、核算月度工资；\n2、办理社保缴纳。\n"
        "学历要求：本科及以上\n工作经验：两年以上\n晋升方向：薪酬主管\n"
    )
    r = roles(extract_text(text))
    assert list(r) == ["薪酬专员"]
    assert (r["薪酬专员"].department, r["薪酬专员"].reports_to) == ("人力资源部", ["人力资源经理"])
    assert r["薪酬专员"].duties == ["核算月度工资", "办理社保缴纳"]  # requirements are not duties


def test_bare_numbers_of_a_table_pasted_without_cell_breaks() -> None:
    text = "岗位名称采购员直接上级采购经理工作职责1询价比价;2下达采购订单;3跟踪到货。"
    r = roles(extract_text(text))
    assert r["采购员"].duties == ["询价比价", "下达采购订单", "跟踪到货"]
    lone = roles(extract_text("质检员岗位职责：抽检来料；6个月内完成校准。\n"))
    assert lone["质检员"].duties == ["抽检来料", "6个月内完成校准"]


def test_a_subordinates_label_inside_a_flattened_line() -> None:
    text = (
        "职位名称:仓储总监(1人) 本职位汇报人:运营副总 所辖人员:仓储经理、调度专员 "
        "工作内容: 1、规划仓储网络; 2、审批盘点结果。\n"
    )
    r = roles(extract_text(text))
    assert list(r) == ["仓储总监"]
    assert r["仓储总监"].subordinates == ["仓储经理", "调度专员"]
    assert r["仓储总监"].duties == ["规划仓储网络", "审批盘点结果"]


def test_an_unknown_label_amid_a_sheet_line_is_not_a_role() -> None:
    text = (
        "职位名称:品控经理(1人) 本职位汇报人:生产总监 职务等阶:M2 "
        "工作内容: 1、制定品控标准; 2、组织质量评审。\n"
    )
    r = roles(extract_text(text))
    assert list(r) == ["品控经理"]
    assert r["品控经理"].duties == ["制定品控标准", "组织质量评审"]


def test_roles_numbered_by_section_numbers_of_several_levels() -> None:
    text = (
        "2.3 财务部\n2.3.1 会计\n1、编制记账凭证\n2、登记总账\n"
        "2.3.2 出纳\n1、办理收付款\n2、管理库存现金\n"
    )
    r = roles(extract_text(text))
    assert r["会计"].duties == ["编制记账凭证", "登记总账"]
    assert r["出纳"].duties == ["办理收付款", "管理库存现金"]


def test_document_parts_are_no_departments_and_a_role_name_gives_its_department() -> None:
    text = (
        "第二部分 部门职责\n一、质量部\n主要职责：\n（一）负责来料检验；\n（二）负责质量体系。\n"
        "第三部分 岗位职责\n质量部经理\n直接上级：总经理\n岗位职责：\n1. 主持质量部工作；\n"
    )
    doc = extract_text(text)
    assert depts(doc)["质量部"].parent is None  # not 第二部
    assert roles(doc)["质量部经理"].department == "质量部"


TAIWAN_SHEET = """職務說明書
職稱\t課長\t職等\t七職等
所屬單位\t管理部人事課\t編制人數\t1名
直屬主管\t管理部經理\t督導對象\t人事專員
職務概要：
負責人事作業。
工作內容：
1. 辦理人員招募作業。
2. 薪資作業：
　(1) 每月出勤資料之核對。
　(2) 每月薪資之計算。
3. 辦理勞健保之申報。
績效指標（KPI）：
指標名稱\t計算方式\t權重
職缺補實天數\t補實日－申請日\t50%
薪資錯誤件數\t錯誤件數÷總件數\t50%
權責：
1.人事規章之解釋權。
任用資格：
學歷：大學以上。
                        HR-JD-005　第 1 頁，共 3 頁
"""


def test_a_taiwanese_sheet_reads_its_own_labels() -> None:
    """職稱, 所屬單位, 直屬主管, 督導對象, 績效指標 with a 計算方式 column, 權責, 任用資格."""
    r = roles(extract_text(TAIWAN_SHEET))["课长"]
    assert r.department == "管理部人事课"
    assert r.headcount == 1
    assert r.reports_to == ["管理部经理"]
    assert r.subordinates == ["人事专员"]
    assert r.kpis == ["职缺补实天数", "薪资错误件数"]
    assert r.authorities == ["人事规章之解释权"]


def test_a_numbered_lead_in_keeps_its_sub_items_in_the_role() -> None:
    """`2. 薪资作业:` then `(1)…`: a nested list of the same role, not a role of its own."""
    doc = extract_text(TAIWAN_SHEET)
    assert set(roles(doc)) == {"课长"}
    assert roles(doc)["课长"].duties == [
        "办理人员招募作业",
        "每月出勤资料之核对",
        "每月薪资之计算",
        "办理劳健保之申报",
    ]


def test_a_page_footer_run_into_the_text_is_dropped() -> None:
    text = "出纳岗位职责\n1、办理现金收付。\n2、登记现金日记账。第 2 页，共 5 页\n- 3 -\n"
    assert roles(extract_text(text))["出纳"].duties == ["办理现金收付", "登记现金日记账"]


NUMBERED_FIELDS = """星禾软件有限公司
研发部岗位说明书（2024年版）

文件编号：XH-HR-003\t版本号：V2\t编制部门：人力资源部\t审核：研发经理

——————————————————————
一、岗位名称：测试工程师
二、所属部门：研发部测试组
三、汇报对象：测试组长
四、岗位职责：
（1）编写测试用例；
（2）执行回归测试。
五、考核标准：
·缺陷漏测率
·用例覆盖率
六、任职要求：
（1）本科及以上学历。
——————————————————————
"""


def test_a_sheet_of_numbered_fields_is_one_block() -> None:
    """`二、所属部门:` … `五、考核标准:` are fields of the sheet, not sections that end it;
    the control block, the rule lines and the bracketed edition name nothing."""
    doc = extract_text(NUMBERED_FIELDS)
    r = roles(doc)["测试工程师"]
    assert r.department == "研发部测试组"
    assert r.reports_to == ["测试组长"]
    assert r.duties == ["编写测试用例", "执行回归测试"]
    assert r.kpis == ["缺陷漏测率", "用例覆盖率"]
    assert set(roles(doc)) == {"测试工程师"}
    assert all(not d.duties for d in depts(doc).values())


CHAPTER = """第一章 营运部
（一）理货员（4人）
1. 理货员岗位职责
（1）按标准补货、理货；
（2）谈妥临期商品的处理方式：
    ① 每日检查保质期；
    ② 提出折价建议。
（3）商品管理：
    ① 核对价签；
    ② 整理货架。
2. 工作流程（早班）
(1) 到岗签到；(2) 参加班前会。
3. 考核指标：理货及时率、陈列合格率、损耗率
4. 汇报关系：理货员→值班店长
"""


def test_a_manual_chapter_reads_chains_measures_and_leads_in() -> None:
    """`汇报关系:A→B` names B; `考核指标:A、B、C` three measures; a lead-in that says something
    (`谈妥…的处理方式:`) is an item, a work-area label (`商品管理:`) is not; `工作流程(早班)`
    is a process, not duties."""
    r = roles(extract_text(CHAPTER))["理货员"]
    assert r.reports_to == ["值班店长"]
    assert r.kpis == ["理货及时率", "陈列合格率", "损耗率"]
    assert r.duties == [
        "按标准补货、理货",
        "谈妥临期商品的处理方式",
        "每日检查保质期",
        "提出折价建议",
        "核对价签",
        "整理货架",
    ]


ROWS = """青禾物业服务有限公司工程部岗位职责

工程部是物业服务中心下设的一线服务部门，负责园区设备的运行维护。

岗位名称 岗位职责及要求
工程主管 本岗位对项目经理负责 1、安排维修班组日常工作 2、审核维修工单
维修工 直接上级：工程主管 1、完成水电维修 2、巡检公共设备
"""


def test_rows_of_a_pasted_table_open_with_their_name_cell() -> None:
    """`维修工 直接上级:工程主管 1、…`: a name cell, then a label or `本岗位…`."""
    doc = extract_text(ROWS)
    rs = roles(doc)
    assert rs["维修工"].reports_to == ["工程主管"]
    assert rs["维修工"].duties == ["完成水电维修", "巡检公共设备"]
    assert rs["工程主管"].reports_to == ["项目经理"]
    assert rs["工程主管"].duties == ["安排维修班组日常工作", "审核维修工单"]


def test_a_company_titled_department_and_a_department_set_up_under_another() -> None:
    """`X有限公司工程部岗位职责` is about 工程部; `A是X下设的…部门` places A under X."""
    d = depts(extract_text(ROWS))
    assert set(d) == {"工程部"}
    assert d["工程部"].parent == "物业服务中心"


STAFFING = """工厂人员编制表
岗位 定编 在岗 缺编
车间主任 2 2 0
酱料操作工  30  27  3
合计 32 29 3
备注：缺编岗位二季度内补齐。

生产部下设酱料车间和包装车间。
"""


def test_a_staffing_table_cut_by_blanks_gives_headcounts() -> None:
    """`岗位 定编 在岗 缺编`: each row a role with its 定编; 合计 is no role; 车间 are units."""
    doc = extract_text(STAFFING)
    assert {n: r.headcount for n, r in roles(doc).items()} == {"车间主任": 2, "酱料操作工": 30}
    assert {n: d.parent for n, d in depts(doc).items()} == {
        "酱料车间": "生产部",
        "包装车间": "生产部",
    }


FUNCTION_SHEET = """部门名称：装配部
分管领导：制造副总经理
部门编制：40人
下设机构：总装车间、调试组

部门职能
序号\t工作领域\t职责描述
1\t生产组织\t编制装配作业计划
\t\t组织每日班前会
2\t质量控制\t执行首件检验

调试员岗位职责（3人）：
1、完成整机调试；
2、填写调试记录。
"""


def test_a_function_sheet_under_a_department_name_label() -> None:
    """`部门职能` names no department: the sheet's `部门名称` does. Rows that leave their first
    cells empty are more duties of the work area above (and no title of a new section);
    `分管领导` said of a department is its parent; `下设机构` lists its units."""
    doc = extract_text(FUNCTION_SHEET)
    d = depts(doc)
    assert d["装配部"].duties == ["编制装配作业计划", "组织每日班前会", "执行首件检验"]
    assert d["装配部"].parent == "制造副总经理"
    assert d["总装车间"].parent == d["调试组"].parent == "装配部"
    assert roles(doc)["调试员"].headcount == 3
    assert set(roles(doc)) == {"调试员"}


BILINGUAL = """Organization / 组织架构说明：
运营中心（Operations）下设物流部（Logistics Dept.）和质量部（Quality Dept.）。

Job Title / 职位名称：质量经理（Quality Manager）
Department / 部门：质量部
Reporting to / 汇报对象：运营总监（实线 Solid line）；亚太区质量总监（虚线 Dotted line）
Headcount / 编制：1
Job Purpose / 职位目的：保证产品质量。

Key Responsibilities / 主要职责：
1. 建立质量管理体系；
2. 主导客户投诉的8D分析。
                                   Page 1 of 4 / 第 1 页 共 4 页
VMS-HR-JD-02                               CONFIDENTIAL
Revision History / 修订记录：
Rev.B→C：新增岗位
"""


def test_bilingual_labels_glosses_and_two_superiors() -> None:
    """English glosses in brackets are no part of a name; `实线/虚线` superiors are both
    superiors; page furniture in English and a revision history are no duties."""
    doc = extract_text(BILINGUAL)
    r = roles(doc)["质量经理"]
    assert r.reports_to == ["运营总监", "亚太区质量总监"]
    assert r.headcount == 1
    assert r.duties == ["建立质量管理体系", "主导客户投诉的8D分析"]
    assert set(roles(doc)) == {"质量经理"}
    assert {n: d.parent for n, d in depts(doc).items()} == {
        "物流部": "运营中心",
        "质量部": "运营中心",
    }


def test_a_value_on_the_line_after_its_label_is_no_heading() -> None:
    """`直接上级:` then the name on its own line (HTML `<strong>` labels read as text)."""
    text = (
        "### 仓库管理员\n直接上级:\n仓储主管\n编制:\n6人\n"
        "岗位职责:\n1、验收入库货物。\n2、盘点库存。\n"
    )
    doc = extract_text(text)
    assert set(roles(doc)) == {"仓库管理员"}
    assert roles(doc)["仓库管理员"].reports_to == ["仓储主管"]


TEMPLATE = """目  录
柜员……1　网点主任……2

岗位说明书（一）
一、基本信息
岗位名称\t柜员\t岗位编号\tHZ-01
直接上级\t网点主任\t岗位定员\t3人
二、岗位概要
在网点主任的领导下办理柜面业务。
三、岗位职责与工作任务
职责一\t职责表述：负责柜面现金业务
\t工作任务\t①办理存取款；
\t\t②配合运营部完成尾箱清点。
\t工作时间百分比：60%
职责二\t职责表述：完成领导交办的其他工作
\t工作时间百分比：40%
四、工作协作关系
内部协调\t运营部、会计部
六、考核指标
差错率；客户满意度
泓州银行　内部资料\t第 1 页 共 4 页
"""


def test_the_consulting_template_of_duty_statements_and_tasks() -> None:
    """A sheet's numbered sections (`二、岗位概要`, `三、岗位职责与工作任务`) stay in the sheet;
    each 职责表述 and each task is a duty; the share of time, the table of contents and
    the page footer are none; `②配合运营部…` is a duty, not a heading for 运营部."""
    doc = extract_text(TEMPLATE)
    assert set(roles(doc)) == {"柜员"} and not depts(doc)
    r = roles(doc)["柜员"]
    assert r.headcount == 3
    assert r.duties == [
        "负责柜面现金业务",
        "办理存取款",
        "配合运营部完成尾箱清点",
        "完成领导交办的其他工作",
    ]
    assert r.kpis == ["差错率", "客户满意度"]


def test_two_labels_for_one_field_and_names_joined_by_and() -> None:
    """`上级部门/分管领导` is one field; `市场与操作风险管理科` is one name, `A和B` two;
    a department's powers (部门权限) are no duties."""
    text = (
        "部门名称\t风险管理部\n"
        "上级部门/分管领导\t首席风险官\n"
        "下属部门/内设科室\t信用风险管理科、市场与操作风险管理科\n"
        "主要职责\n1. 拟定风险偏好；\n2. 组织风险评估。\n"
        "部门权限\n1、对授信业务有否决建议权。\n"
    )
    d = depts(extract_text(text))
    assert d["风险管理部"].parent == "首席风险官"
    assert d["风险管理部"].duties == ["拟定风险偏好", "组织风险评估"]
    assert d["市场与操作风险管理科"].parent == "风险管理部"
    assert set(d) == {"风险管理部", "信用风险管理科", "市场与操作风险管理科"}


SOE = """一、职能部门

    （一）综合办公室（党委办公室）。负责日常运转的综合协调；负责公文处理、会议组织
、督查督办工作。内设综合科、文秘科。核定编制15名，设主任1名、副主任2名。

    （二）计划财务部。负责会计核算；负责资金调度。核定编制9名。

二、岗位职责

    1．主任
    受总经理和党委书记双重领导。主要职责：
    （1）组织拟订部门年度工作计划；
    （2）审核集团重要文稿。

    2．科员（文秘科）
    ● 承办公文的登记和归档；
    ● 完成领导交办的其他事项。

附：内设机构编制一览表
序号\t机构名称\t核定编制\t备注
1\t综合办公室（党委办公室）\t15\t内设综合科、文秘科
【打印本页】   【关闭窗口】
"""


def test_departments_as_paragraphs_of_a_state_owned_enterprise() -> None:
    """`(一)X(Y)。负责…;负责…。内设A、B。核定编制15名,设主任1名…`: a unit keeps its second
    name; its set-up and staffing sentences are no duties but give its units and posts;
    an appendix table is no list of duties."""
    doc = extract_text(SOE)
    d = depts(doc)
    office = d["综合办公室(党委办公室)"]
    assert office.duties == ["负责日常运转的综合协调", "负责公文处理、会议组织、督查督办工作"]
    assert d["综合科"].parent == d["文秘科"].parent == "综合办公室(党委办公室)"
    assert d["计划财务部"].duties == ["负责会计核算", "负责资金调度"]
    rs = roles(doc)
    assert rs["主任"].reports_to == ["总经理", "党委书记"]
    assert rs["副主任"].headcount == 2
    assert rs["科员"].duties == ["承办公文的登记和归档", "完成领导交办的其他事项"]


REGULATION = """第四章　关键岗位职责

    第十一条　集团设总会计师1名，由董事会聘任。总会计师的主要
职责是：
    （一）组织拟订集团财务管理制度；
    （二）审核集团年度财务预算。
    总会计师年度考核主要指标为：1.预算执行偏差率；2.资金计划准确率。

抄送：集团党委、董事会。
"""


def test_a_regulation_in_articles() -> None:
    """`关键岗位职责` heads a chapter, not a role named 关键; `…的主要` / `职责是:` wraps
    across a line; `考核主要指标为:` labels the measures after it; 抄送 is no name."""
    doc = extract_text(REGULATION)
    assert set(roles(doc)) == {"总会计师"}
    r = roles(doc)["总会计师"]
    assert r.duties == ["组织拟订集团财务管理制度", "审核集团年度财务预算"]
    assert r.kpis == ["预算执行偏差率", "资金计划准确率"]


GRID = """三、岗位职责
|岗位名称|前台主管|所属部门|前厅部|
|直接上级|前厅经理|直接下级|接待员|
|岗位职责|1、主持班前会；2、督导接待员办理入住，|
|  |确保房态准确；3、完成交办的其他工作。|
|考核指标|房态差错次数；前台账款差错率|
"""


def test_a_word_grid_whose_rows_open_with_a_bar() -> None:
    """`|岗位名称|前台主管|…|`: without a Markdown rule row, bars are cell borders; a row
    that leaves its label cell empty goes on with the field above."""
    r = roles(extract_text(GRID))["前台主管"]
    assert r.department == "前厅部"
    assert r.reports_to == ["前厅经理"]
    assert r.duties == ["主持班前会", "督导接待员办理入住,确保房态准确", "完成交办的其他工作"]
    assert r.kpis == ["房态差错次数", "前台账款差错率"]


WIKI = """组织架构
公司设CEO一名，CEO下设技术部、增长部；技术部由CTO负责，下设前端组和后端组。

技术部
技术部是公司人数最多的部门，目前 12 人，主要干这几件事：
职责：
· 负责 App 的研发与上线
· 控制云资源成本

岗位：后端工程师｜汇报给：后端组长｜人数：4
你将负责：
· 负责核心服务的接口开发
· 参与 on-call 轮值
我们希望你：
· 3 年以上后端开发经验

增长部
核心指标（季度）：
· 月活跃用户数
"""


def test_a_wiki_page_of_teams_and_positions() -> None:
    """`岗位:X｜汇报给:Y｜人数:N`; 你将负责 / 我们希望你; `CEO下设…` gives an executive as
    parent, `A由X负责,下设B和C` gives A; a department's name alone heads its section."""
    doc = extract_text(WIKI)
    r = roles(doc)["后端工程师"]
    assert (r.reports_to, r.headcount) == (["后端组长"], 4)
    assert r.duties == ["负责核心服务的接口开发", "参与 on-call 轮值"]
    d = depts(doc)
    assert {n: x.parent for n, x in d.items()} == {
        "技术部": "CEO",
        "增长部": "CEO",
        "前端组": "技术部",
        "后端组": "技术部",
    }
    assert d["技术部"].duties == ["负责 App 的研发与上线", "控制云资源成本"]
    assert d["增长部"].kpis == ["月活跃用户数"]
    assert set(roles(doc)) == {"后端工程师"}


BRACKETED = """二、调度员岗位说明书
【岗位名称】调度员
【直接上级】运输主管
【岗位职责】
一.接收运输订单，核对收货地址；
二.编制派车单；
三.每日17:30前向运输主管提交《车辆运行日报》。
【工作内容及要求】
工作内容：早班交接，核对未完成订单    要求：交接清楚
【考核标准】
派车单差错次数
"""


def test_bracketed_labels_spaced_numbers_and_work_content_with_its_standard() -> None:
    """`三.每日17:30前…` is an item, not a section (17:30 is a time); 工作内容 is a duty and
    its 要求 is not; `( 一 )` numbers items as `(一)` does."""
    r = roles(extract_text(BRACKETED))["调度员"]
    assert r.reports_to == ["运输主管"]
    assert r.duties == [
        "接收运输订单,核对收货地址",
        "编制派车单",
        "每日17:30前向运输主管提交《车辆运行日报》",
        "早班交接,核对未完成订单",
    ]
    assert r.kpis == ["派车单差错次数"]
    spaced = "职责:\n( 一 ) 接收订单;\n( 二 ) 编制派车单。"
    assert [m.value for m in find_markers(spaced)] == [1, 2]


def test_glossed_units_under_one_parent_and_english_items() -> None:
    """`A (Gloss) 及B (Gloss) 均隶属于X` places both under X; an English bullet is an item."""
    text = (
        "市場部 (Marketing Department) 及客戶服務部 (Customer Service Department) "
        "均隸屬於商業發展處。\n\n"
        "職位：市場經理 (Marketing Manager)\n主要職責：\n"
        "● 制訂年度市場推廣計劃；\n● Oversee agency relationships and review proposals\n"
    )
    doc = extract_text(text)
    assert {n: d.parent for n, d in depts(doc).items()} == {
        "市场部": "商业发展处",
        "客户服务部": "商业发展处",
    }
    assert roles(doc)["市场经理"].duties == [
        "制订年度市场推广计划",
        "Oversee agency relationships and review proposals",
    ]


def test_a_list_of_units_runs_to_the_end_of_its_clause() -> None:
    """`下设A和B` with names longer than the first reads both; `第二人民医院` counts nobody."""
    text = (
        "江州市第二人民医院\n护理部下设护理质量管理办公室和护理教育培训办公室。主要职责如下:\n"
        "1、制定护理工作规划;\n2、建立护理管理制度。\n"
    )
    doc = extract_text(text)
    d = depts(doc)
    assert d["护理质量管理办公室"].parent == d["护理教育培训办公室"].parent == "护理部"
    assert not roles(doc)


def test_a_table_row_whose_cell_runs_over_lines_in_quotes() -> None:
    """Excel puts a cell with line breaks in quotes: the row runs to the closing quote."""
    text = (
        "岗位名称\t所属部门\t直接上级\t岗位职责\t考核指标\n"
        '车间主任\t生产部\t生产部经理\t"1.安排本车间的人员；\n2.监督各拉线执行\n作业指导书。"'
        "\t日计划达成率、直通率\n"
        "拉长\t生产部\t车间主任\t1、安排拉线生产 2、记录拉线产出\t拉线产出达成率\n"
    )
    rs = roles(extract_text(text))
    assert rs["车间主任"].duties == ["安排本车间的人员", "监督各拉线执行作业指导书"]
    assert rs["车间主任"].kpis == ["日计划达成率", "直通率"]
    assert rs["拉长"].reports_to == ["车间主任"]


def test_a_cell_value_wrapped_under_its_column_is_no_heading() -> None:
    text = (
        "岗位名称      调度主管                        岗位定员      2人\n"
        "直接上级      运输部经理                      直接下级      调度员、\n"
        "                                                            车辆管理员\n\n"
        "岗位职责\n1. 编排车辆调度计划；\n2. 跟踪在途车辆。\n"
    )
    r = roles(extract_text(text))
    assert set(r) == {"调度主管"}
    assert r["调度主管"].duties == ["编排车辆调度计划", "跟踪在途车辆"]


def test_a_summary_sentence_then_the_posts_list_on_one_line() -> None:
    text = (
        "(三)招生顾问 上级主管:市场主管 主要工作:接待来访咨询,促成报名。 "
        "1、热情接待到校咨询的家长; 2、办理报名手续。 任职要求: 形象气质佳。\n\n"
        "编制部门:人力资源部  批准:总经理\n说明:\n1. 本说明书适用于全体在编岗位。\n"
    )
    r = roles(extract_text(text))
    assert r["招生顾问"].duties == ["热情接待到校咨询的家长", "办理报名手续"]
    assert r["招生顾问"].reports_to == ["市场主管"]


def test_a_tables_label_inside_a_numbered_item_is_only_a_word() -> None:
    text = (
        "售前客服的直接上级是售前组长。\n\n"  # a label run into its value: read as a table
        "（三）售前客服（8人）\n工作内容：\n1、负责咨询接待；\n"
        "2、准确备注订单特殊要求，避免发错货；\n3、完成组长安排的其他工作。\n\n"
        "考核指标\t权重\t目标值\n询单转化率\t35%\t≥50%\n客单价\t10%\t≥400元\n"
    )
    r = roles(extract_text(text))
    assert r["售前客服"].duties == [
        "负责咨询接待",
        "准确备注订单特殊要求,避免发错货",  # not the label `备注` of a table
        "完成组长安排的其他工作",
    ]


HOSPITAL_POSTS = """病区护士长职责
1.在科护士长和科主任的双重领导下，负责本病区的护理管理工作。
2.制订本病区护理工作计划。
    岗位考核：实行月度考核，满分100分，考核指标及权重如下：护理质量达标率（30%）；病人满意度（20%）。考核结果与绩效工资挂钩。

办公室护士职责
1.在护士长领导下，负责病区办公室的日常工作。
2.负责接待新入院病人。
"""


def test_nurses_posts_under_two_superiors_and_a_kpi_paragraph_with_a_lead_in() -> None:
    r = roles(extract_text(HOSPITAL_POSTS))
    assert r["病区护士长"].reports_to == ["科护士长", "科主任"]
    assert r["病区护士长"].kpis == ["护理质量达标率(30%)", "病人满意度(20%)"]
    assert r["办公室护士"].reports_to == ["护士长"]  # 护士 ends a title


FACTORY_POSTS = """生产部是公司产品制造的执行部门。

人员编制：生产部经理1人、计划主管1人、物料员2人（不含一线操作工）。

（一）生产部经理（1人）：
1、主持生产部全面工作；
2、审批排产计划。

（二）计划主管（1人，计划科）：
向生产部经理汇报。
1、编制月度生产计划；
2、跟踪各车间生产进度。
"""


def test_a_staffing_label_s_list_and_a_superior_on_the_line_under_a_heading_s_note() -> None:
    r = roles(extract_text(FACTORY_POSTS))
    assert r["计划主管"].reports_to == ["生产部经理"]
    assert r["计划主管"].duties == ["编制月度生产计划", "跟踪各车间生产进度"]
    assert r["物料员"].headcount == 2  # a post only the staffing list names


DEPARTMENT_WORK_AREAS = """客户服务中心职能说明书

部门名称：客户服务中心
上级部门：运营管理中心
部门使命：做业主身边的管家。

一、综合管理
1. 制定中心年度工作计划;
2. 负责中心人员排班与考勤.
二、客户服务
序号\t工作领域\t职责描述
1\t报事报修\t受理业主报事报修，及时派单
2\t投诉处理\t受理业主投诉，跟进至办结
三、社区文化
1、策划社区文化活动；
2、管理小区公告栏。

部门考核指标：
（1）物业服务费收缴率≥92%
（2）报修回访率100%
"""


def test_a_department_s_work_areas_after_its_mission_and_around_a_table() -> None:
    d = depts(extract_text(DEPARTMENT_WORK_AREAS))["客户服务中心"]
    assert d.duties == [
        "制定中心年度工作计划",
        "负责中心人员排班与考勤",  # a full stop typed half-width is no part of the item
        "受理业主报事报修,及时派单",
        "受理业主投诉,跟进至办结",
        "策划社区文化活动",
        "管理小区公告栏",
    ]
    assert d.kpis == ["物业服务费收缴率≥92%", "报修回访率100%"]


QA_ANSWERS = """互联网公司技术部怎么设岗位？
3 个回答
--------------------------------------------------------------
老码农在杭州
某SaaS公司技术负责人
1,204 人赞同了该回答
先说结构：技术部下设开发组和测试组，运维组隶属于开发组（历史原因）。
测试主管岗位职责:
测试主管也向技术总监汇报（测试不挂在开发下面）。
- 制定测试计划
- 管理测试组日常工作
编辑于 2023-06-12 · 著作权归作者所有
▲ 赞同 1204   ▼   💬 86 条评论   ↗ 分享
--------------------------------------------------------------
HRBP小周
前跨境电商HRBP
326 人赞同了该回答
研发经理：向技术部负责人汇报。负责研发团队的日常管理；负责项目排期。
开发工程师：直接上级是研发经理。负责接口开发；负责SQL优化。
运维主管：负责服务器维护；负责数据备份。
产品经理其实也归技术部管，不过那是另一个话题了。
编辑于 2023-07-03 · 著作权归作者所有
              查看全部 15 个回答 ∨   更多回答
"""


def test_answers_on_a_q_and_a_page() -> None:
    doc = extract_text(QA_ANSWERS)
    r = roles(doc)
    assert set(r) == {"测试主管", "研发经理", "开发工程师", "运维主管"}  # no byline is a post
    assert r["测试主管"].reports_to == ["技术总监"]
    assert r["研发经理"].reports_to == ["技术部负责人"]
    assert r["研发经理"].duties == ["负责研发团队的日常管理", "负责项目排期"]
    assert r["开发工程师"].reports_to == ["研发经理"]
    assert r["开发工程师"].duties == ["负责接口开发", "负责SQL优化"]
    assert r["运维主管"].duties == ["负责服务器维护", "负责数据备份"]  # its line, no more
    assert depts(doc)["运维组"].parent == "开发组"


STORE_PAGE = """二、人员配置表
岗位 所属部门 人数 汇报对象 班次 店长 — 1 区域经理 常白班 收银主管 收银部 1 店长 两班倒
收银员 收银部 14 收银主管 三班倒 合计 16人

【收银主管】
① 负责收银区日常管理；
② 负责收银员排班。
考核标准：收银差错率不超过万分之三，长短款当日查清，排队等候不超过5分钟。

网友评论（2条）
超市小白　2023-08-13 09:12
请问收银员归谁管？
　　老周 回复：归收银主管。

网站声明：本网站所发布信息仅供参考，转载请注明出处。
"""


def test_a_store_page_s_staffing_line_measures_and_comments() -> None:
    r = roles(extract_text(STORE_PAGE))
    assert set(r) == {"店长", "收银主管", "收银员"}
    assert (r["收银员"].headcount, r["收银员"].reports_to) == (14, ["收银主管"])
    assert r["收银主管"].duties == ["负责收银区日常管理", "负责收银员排班"]
    assert r["收银主管"].kpis == [
        "收银差错率不超过万分之三",
        "长短款当日查清",  # of three or more measures with targets, one may state none
        "排队等候不超过5分钟",
    ]


TAIWAN_FORMS = """註：稽核室隸屬於董事會，獨立行使稽核職權。

（一）
職　　稱：研發處處長
單　　位：研發處
直屬主管：總經理
督導對象：硬體課課長
工作職責：
　1. 訂定研發策略及年度研發計畫。
　2. 研發預算之審核與費用控管。
資格條件：
　電機相關研究所以上畢業。

昱衡電子股份有限公司　TEL：03-59X-XXXX　FAX：03-59X-XXXX
"""


def test_taiwanese_forms_with_spaced_labels_and_their_own_colons() -> None:
    doc = extract_text(TAIWAN_FORMS)
    r = roles(doc)
    assert set(r) == {"研发处处长"}
    head = r["研发处处长"]
    assert (head.department, head.reports_to) == ("研发处", ["总经理"])
    assert head.duties == ["订定研发策略及年度研发计划", "研发预算之审核与费用控管"]
    ds = depts(doc)
    assert ds["稽核室"].parent == "董事会"  # 室 ends a unit's name
    assert "FAX" not in ds  # a fax number heads nothing


WECHAT_ARTICLE = """▍部门是干嘛的？

新媒体运营部隶属于品牌中心，负责公众号和小红书的内容生产。
部门下设内容组和视觉组两个小组。

━━━━━━━━━━━━

NO.1 主编（1人）

🙋‍♀️ 主编是整个部门的“大脑”。她向运营总监汇报，下面带着编辑。

她每天要做的事：
✔ 统筹部门整体运营策略
✔ 把控全平台内容质量

📈 KPI怎么定？主编的核心指标有两个：头条平均阅读量≥2万；季度净涨粉数≥3万。

━━━━━━━━━━━━

NO.2 小红书运营（1人）

📕 今年新增的岗位～她同样向主编汇报，日常和编辑坐一排。

✔ 负责小红书官方账号的日常运营
✔ 挖掘平台热门话题

📈 小红书运营的KPI：月度涨粉数≥4000；单篇笔记平均互动量≥300。
"""


def test_a_chat_app_article_s_numbered_posts_and_pronouns() -> None:
    doc = extract_text(WECHAT_ARTICLE)
    r = roles(doc)
    assert set(r) == {"主编", "小红书运营"}  # 主编 is a title; `NO.2` numbers a post
    assert (r["主编"].headcount, r["主编"].reports_to) == (1, ["运营总监"])
    assert r["主编"].duties == ["统筹部门整体运营策略", "把控全平台内容质量"]
    assert r["主编"].kpis == ["头条平均阅读量≥2万", "季度净涨粉数≥3万"]
    assert r["小红书运营"].reports_to == ["主编"]  # `她同样向主编汇报`
    assert r["小红书运营"].kpis == ["月度涨粉数≥4000", "单篇笔记平均互动量≥300"]
    assert depts(doc)["内容组"].parent == "新媒体运营部"  # `部门下设…`: the 部 named before


STUDIO_PAGE = """本文目录
  篇一：拾光设计工作室岗位分工说明
  篇二：康宁门诊部岗位职责汇编

篇一：拾光设计工作室岗位分工说明

主案设计师在设计总监的领导下开展工作，主要负责：与业主沟通设计需求；完成效果图；参与设计交底。

助理设计师协助主案设计师绘制CAD施工图，并负责图纸的归档，向主案设计师汇报。

篇二：康宁门诊部岗位职责汇编

一、护士长岗位职责
（1）在门诊部主任领导下，负责门诊护理工作。
（2）负责护理人员的排班。

二、全科医生岗位职责

━━━━━━━━━━━━━━━━━━━━
  ▲ 剩余 62% 内容未显示，开通VIP会员即可阅读全文
  已有 318 人下载过本文档　　本文档共 5 页
━━━━━━━━━━━━━━━━━━━━

热门文章
1. 销售经理岗位职责（精选15篇）
2. 物业管理员岗位职责（精选6篇）
"""


def test_posts_in_prose_and_a_paywall_on_an_essay_site() -> None:
    r = roles(extract_text(STUDIO_PAGE))
    assert set(r) == {"主案设计师", "助理设计师", "护士长"}  # nothing after the paywall
    assert r["主案设计师"].reports_to == ["设计总监"]
    assert r["主案设计师"].duties == ["与业主沟通设计需求", "完成效果图", "参与设计交底"]
    assert r["助理设计师"].reports_to == ["主案设计师"]
    assert r["助理设计师"].duties == [
        "助理设计师协助主案设计师绘制CAD施工图,并负责图纸的归档,向主案设计师汇报"
    ]


def test_a_staffing_paragraph_of_units_and_their_posts() -> None:
    doc = extract_text(
        "人员编制：医务科核定编制4名，设科长1名、副科长1名、文秘干事2名；"
        "合规部设总经理1名、关联交易管理岗1名。\n\n"
        "科长职责\n1.在分管副院长领导下，负责全院医疗管理工作；\n2.组织医疗质量检查。\n"
    )
    r = roles(doc)
    assert "医务科核定编制" not in r and "设科长" not in r
    assert (r["文秘干事"].headcount, r["关联交易管理岗"].headcount) == (2, 1)  # 干事, 岗
    assert r["科长"].reports_to == ["分管副院长"]


JOB_BANK_POSTS = """業務經理
禾晉光電股份有限公司　　　　　　　　　　　　2024/05/13 更新
我要應徵　｜　儲存　｜　分享　　　應徵人數 0~5人

工作內容
負責帶領業務團隊推動LED電源產品之國內外銷售，主要工作如下：
1.訂定年度業務目標。
2.管理既有OEM客戶。

職務類別　業務主管
管理責任　擔任主管，管理人數1~4人

韌體工程師
禾晉光電股份有限公司　　　　　　　　　　　　2024/05/16 更新
我要應徵　｜　儲存　｜　分享　　　應徵人數 0~5人

工作內容
【研發部】招募韌體工程師，參與新產品開發。
1. MCU韌體設計與除錯。
2. 撰寫韌體規格書。
"""


def test_postings_copied_from_a_job_bank() -> None:
    doc = extract_text(JOB_BANK_POSTS)
    r = roles(doc)
    assert set(r) == {"业务经理", "韧体工程师"}
    assert r["业务经理"].duties == ["订定年度业务目标", "管理既有OEM客户"]
    assert r["韧体工程师"].duties == ["MCU韧体设计与除错", "撰写韧体规格书"]
    assert depts(doc) == {}  # `带领业务团队` is what a post does; `【研发部】` opens a sentence


def test_offices_of_a_hospital_in_paragraphs_of_duties() -> None:
    doc = extract_text(
        "医院设置以下职能科室：\n\n"
        "　　（三）护理部。主要职责是：负责全院护理管理工作；负责护理人员的调配。\n\n"
        "　　（六）信息科。负责全院信息系统的规划建设。\n\n"
        "　　医务科下设病案室、统计室。\n\n"
        "地址：云溪县健康路88号　　邮编：675800\n"
    )
    ds = depts(doc)
    assert ds["护理部"].duties == ["负责全院护理管理工作", "负责护理人员的调配"]
    assert ds["信息科"].duties == ["负责全院信息系统的规划建设"]  # its paragraph, no more
    assert "邮编" not in roles(doc)


def test_a_nameless_duties_heading_after_the_department_s_own_sentences() -> None:
    doc = extract_text(
        "财务部说明书\n\n一、部门概况 财务部隶属于公司运营管理中心，下设会计组和出纳组，负责公司"
        "会计核算、资金管理、成本控制及税务管理等工作。财务部定编6人：财务经理1人，会计主管1人，"
        "总账会计1人，成本会计2人，出纳1人。 二、部门职责 1、编制年度财务预算；"
        "2、负责日常会计核算。\n"
    )
    ds = depts(doc)
    assert ds["财务部"].duties == ["编制年度财务预算", "负责日常会计核算"]
    assert ds["会计组"].duties == []  # named inside the sentence, not its subject


HOTEL_ARTICLE = """📋 四、各岗位职责

👉 客房部经理

客房部经理直接对房务总监负责，全面主持客房部的日常运营和管理工作。主要职责：
▪ 制定客房部年度工作计划和预算；
▪ 负责部门员工的招聘和培训。

👉 楼层主管

在客房部经理的领导下，负责所辖楼层的管理工作。
▪ 检查楼层服务员的清扫质量；
▪ 安排楼层服务员的工作。
"""


def test_posts_headed_by_a_pointing_hand_in_an_article() -> None:
    r = roles(extract_text(HOTEL_ARTICLE))
    assert r["客房部经理"].reports_to == ["房务总监"]
    assert r["客房部经理"].duties == ["制定客房部年度工作计划和预算", "负责部门员工的招聘和培训"]
    assert r["楼层主管"].reports_to == ["客房部经理"]
    assert r["楼层主管"].duties[-2:] == ["检查楼层服务员的清扫质量", "安排楼层服务员的工作"]


def test_posts_headed_by_their_name_and_count_on_a_blog() -> None:
    r = roles(
        extract_text(
            "人员分工\n\n▌医生（3人）\n\n我们三位医生分工不同。\n\n医生的职责写得比较简单：\n"
            "① 负责初诊检查\n② 当天完成电子病历\n\n▌护士长（1人）\n\n"
            "护士长管所有护士，她直接对院长负责。她手上的事情主要是这几件：\n1. 排班\n2. 院感管理\n"
        )
    )
    assert (r["医生"].headcount, r["医生"].duties) == (3, ["负责初诊检查", "当天完成电子病历"])
    assert (r["护士长"].reports_to, r["护士长"].duties) == (["院长"], ["排班", "院感管理"])


def test_counts_of_posts_in_a_sentence_cut_by_semicolons() -> None:
    r = roles(
        extract_text(
            "销售代表岗位职责\n1、开发新客户；\n2、维护老客户。\n\n"
            "本部人员：销售经理1人；销售代表5人；部门合计6人。\n"
        )
    )
    assert (r["销售经理"].headcount, r["销售代表"].headcount) == (1, 5)
    assert "部门合计" not in r


SALES_TEAM_ANSWER = """我们的销售团队

1. 销售VP

销售VP是销售体系的第一负责人。具体来说：
● 制定年度和季度销售目标
● 审批非标合同条款

2. SDR

SDR是新人岗位，活儿很单纯：
- 每天外呼不少于60通
- 筛选有效线索

考核就三个数：每月产出SQL15个以上，每天有效通话时长90分钟。

学院办公室是学院的综合管理部门。办公室下设综合事务组和学生工作组。

友情链接：东岳理工大学|教务处|图书馆
"""


def test_english_titles_a_post_s_measures_line_and_an_office_said_alone() -> None:
    doc = extract_text(SALES_TEAM_ANSWER)
    r = roles(doc)
    assert set(r) == {"销售VP", "SDR"}  # SDR a title, `具体来说:` no post
    assert r["SDR"].duties == ["每天外呼不少于60通", "筛选有效线索"]  # no measures among them
    assert depts(doc)["综合事务组"].parent == "学院办公室"


def test_who_answers_for_a_manual_is_no_unit() -> None:
    doc = extract_text(
        "仓储部岗位手册\n\n仓储部负责仓库的收发存管理。\n\n"
        "考核指标：1.单证录入差错率≤0.1%。六、附则 1.本手册由仓储部负责编制和解释，每年修订一次；"
        "2.岗位职责如有调整，由仓储经理提出。\n"
    )
    assert set(depts(doc)) == {"仓储部"}


def test_measures_cut_by_commas_and_a_superior_stated_under_work_relations() -> None:
    r = roles(
        extract_text(
            "【岗位名称】培训主管\n【所属部门】人力资源部\n"
            "【工作关系】本岗位向人力资源部经理负责并报告工作。\n"
            "【工作职责】\n（1）编制年度培训计划；\n（2）组织新员工入职培训。\n"
            "【考核指标】培训计划完成率，三级安全教育覆盖率，培训满意度\n"
        )
    )
    assert r["培训主管"].reports_to == ["人力资源部经理"]
    assert r["培训主管"].kpis == ["培训计划完成率", "三级安全教育覆盖率", "培训满意度"]


def test_a_bilingual_recruiting_page_with_labels_above_their_values() -> None:
    doc = extract_text(
        "Job Title 職位：\n會計主任 Accounting Officer\nReports to 直屬上司：\n行政經理\n"
        "Supervises 督導：\n會計文員（2名）\nKey Responsibilities 主要職責：\n"
        "•  處理日常會計賬目。\n•  編制每月管理賬目。\n"
        "Performance Indicators 表現指標：\n(a) 每月管理賬目按時完成\n(b) 年度審計無重大保留意見\n"
        "Salary 薪酬：面議　｜　Closing Date 截止日期：2024-06-14\n"
    )
    r = roles(doc)
    assert set(r) == {"会计主任"}  # neither the post it supervises nor the page's fields
    assert r["会计主任"].reports_to == ["行政经理"]  # not the Chinese label after `Reports to`
    assert r["会计主任"].subordinates == ["会计文员"]
    assert r["会计主任"].duties == ["处理日常会计账目", "编制每月管理账目"]
    assert r["会计主任"].kpis == ["每月管理账目按时完成", "年度审计无重大保留意见"]


def test_a_taiwanese_blog_s_posts_with_full_width_dot_bullets() -> None:
    r = roles(
        extract_text(
            "◎ 總幹事(zǒng gàn shì)\n直屬主管：物業部經理\n主要職責(zhí zé)：\n"
            "．綜理社區日常管理(guǎn lǐ)事務。\n．執行管理委員會決議事項。\n\n"
            "◎ 服務組長\n直屬主管：總幹事\n．帶領社區秘書辦理櫃台業務。\n．管理費之收繳。\n\n"
            "三、績效考核\n各職務之考核指標如下：\n"
            "• 總幹事：住戶滿意度、管理費收繳率、設備故障修復時效\n"
        )
    )
    assert r["总干事"].reports_to == ["物业部经理"]
    assert r["总干事"].duties == ["综理社区日常管理事务", "执行管理委员会决议事项"]
    assert r["服务组长"].duties == ["带领社区秘书办理柜台业务", "管理费之收缴"]  # `．` bullets
    assert r["总干事"].kpis == ["住户满意度", "管理费收缴率", "设备故障修复时效"]  # 管理费: no verb


def test_a_taiwanese_bank_s_post_table_cut_by_bars() -> None:
    doc = extract_text(
        "分行組織\n\n分行為本行對外營業之第一線單位。分行置經理一人，副理二人；下設存匯課及放款課。\n\n"
        "職稱｜主要職責｜直屬主管\n"
        "分行經理｜綜理分行各項業務；督導分行內部控制｜區域營運中心協理\n"
        "副理｜襄助處理分行業務；主持每日晨會｜分行經理\n\n"
        "績效指標\n各職務之主要績效指標如下：\n"
        "副理：作業差錯件數、自行查核缺失改善率\n\n分行職缺常見問答\nQ：分行的上班時間為何？\n"
    )
    r, d = roles(doc), depts(doc)
    assert r["分行经理"].reports_to == ["区域营运中心协理"]  # 職稱: the post's column
    assert r["副理"].duties == ["襄助处理分行业务", "主持每日晨会"]
    assert r["副理"].kpis == ["作业差错件数", "自行查核缺失改善率"]  # a line of measures ends
    assert d["存汇课"].parent == "分行"  # `分行置经理一人,…;下设A及B`


def test_a_table_of_duties_and_standards_come_out_a_cell_a_line() -> None:
    doc = extract_text(
        "（一）运输部经理\n直接上级：运营中心总监\n职责\n考核标准\n"
        "1.组织编制月度运输计划\n运输计划按时完成率≥98%\n"
        "2.审核调度方案，控制运输成本\n单公里运输成本不超过年度预算\n"
        "3.负责本部门人员的招聘和培训\n"  # a duty with no standard
        "4.处理重大客户的运输投诉\n重大投诉结案及时率100%；安全检查整改完成率100%\n"
    )
    r = roles(doc)["运输部经理"]
    assert r.duties == [
        "组织编制月度运输计划",
        "审核调度方案,控制运输成本",
        "负责本部门人员的招聘和培训",
        "处理重大客户的运输投诉",
    ]
    assert r.kpis == [
        "运输计划按时完成率≥98%",
        "单公里运输成本不超过年度预算",
        "重大投诉结案及时率100%",
        "安全检查整改完成率100%",
    ]


def test_a_two_column_word_table_pasted_a_row_a_line_with_full_width_gaps() -> None:
    doc = extract_text(
        "表5　班组长岗位说明书\n项目　内容\n岗位名称　班组长\n直接上级　车间主任\n"
        "职责一　按车间日计划安排本班组的生产任务\n职责二　带头执行操作规程\n"
        "考核指标　班组产量完成率；产品自检合格率\n"
        "工作协作　对内：生产计划科、质量部；对外：外协加工单位\n"
    )
    r = roles(doc)
    assert set(r) == {"班组长"}  # not `对外`, one side of its partners
    assert r["班组长"].reports_to == ["车间主任"]
    assert r["班组长"].duties == ["按车间日计划安排本班组的生产任务", "带头执行操作规程"]
    assert r["班组长"].kpis == ["班组产量完成率", "产品自检合格率"]


TW_STAFF_ROW = (
    "職稱 所屬單位 編制 備註 處長 倉儲物流處 1 倉儲課課長 倉儲課 1 "
    "理貨員 倉儲課 14 含外籍移工6名 配送司機 運輸課 8 另有外包車行 合計 24"
)
TW_BLOG = f"""聚豐物流股份有限公司
倉儲物流處　職務說明書

壹、組織與職掌

一、本處隸屬營運本部，本處下設倉儲課及運輸課。

二、本處職掌如下：
(一)擬訂年度倉儲及運輸計劃。
(二)調度自有車隊，確保配送準時率(zhun3 shi2 lv4)。

三、人員編制
{TW_STAFF_ROW}

貳、職務說明書

（一）倉儲課課長

職稱：課長　　所屬單位：倉儲課
直屬主管：處長
工作職責：
(1)安排每日進出貨作業。
(2)每季辦理全面盤點。

全站分類：職場甘苦
個人分類：物流管理
"""


def test_a_taiwanese_blog_s_sheet_in_parts_under_formal_numerals() -> None:
    doc = extract_text(TW_BLOG)
    assert len(doc.units) == 1  # `貳、職務說明書` is a part of the document, not another
    ds, r = depts(doc), roles(doc)
    assert ds["仓储课"].parent == ds["运输课"].parent == "仓储物流处"  # `本處`
    assert ds["仓储物流处"].duties == ["拟订年度仓储及运输计划", "调度自有车队,确保配送准时率"]
    # `職稱：課長` under `（一）倉儲課課長`: the heading's post, by its title alone
    assert r["仓储课课长"].reports_to == ["处长"]
    assert r["仓储课课长"].duties == ["安排每日进出货作业", "每季办理全面盘点"]
    assert "课长" not in r
    assert (r["理货员"].headcount, r["配送司机"].headcount) == (14, 8)  # remarks between rows
    assert not {"全站分类", "个人分类"} & set(r)


ESSAY_SITE = """出纳岗位职责（精选12篇）

更新时间：2024-09-03　　来源：网友投稿　　栏目：财务岗位职责
【字号：大 中 小】　[复制全文]

导语：出纳是财务部里最接地气的岗位，下面是小编整理的出纳岗位职责（精选12篇）。

出纳岗位职责 篇1

重庆渝味轩餐饮有限公司出纳岗位职责
直接上级：财务经理
1、负责各门店营业款的收取与存缴；
2、登记现金日记账。

出纳岗位职责 篇2

【出纳主管】
汇报对象：资金结算中心主任
（1）组织出纳员办理资金收付；
（2）复核日记账。
权限：对手续不全的付款指令有退回权；对出纳员的工作有考核建议权。
考核指标：资金归集及时率、付款差错次数

【出纳员】
汇报对象：出纳主管
①办理网银支付；
②登记银行存款日记账。
考核指标：日记账差错次数

相关推荐：收银员岗位职责（精选20篇）　04-09
"""


def test_an_essay_site_s_compilation_its_companies_posts_and_a_power_over_a_post() -> None:
    r = roles(extract_text(ESSAY_SITE))
    # the company's 出纳, not a post named with the company; the compilation's title and a
    # link to another are no posts
    assert r["出纳"].duties == ["负责各门店营业款的收取与存缴", "登记现金日记账"]
    assert r["出纳"].reports_to == ["财务经理"]
    assert not {n for n in r if "公司" in n} and "收银员" not in r and "财务" not in r
    # `对出纳员的工作有考核建议权` is 出纳主管's power, and opens no block of 出纳员's
    assert r["出纳主管"].kpis == ["资金归集及时率", "付款差错次数"]
    assert r["出纳员"].kpis == ["日记账差错次数"]


def test_a_staffing_row_with_english_titles_and_a_senior_post_beside_its_junior() -> None:
    r = roles(
        extract_text(
            "研發處\n\n職稱 英文職稱 所屬單位 編制 備註 處長 Director of R&D 研發處 1 "
            "資深硬體工程師 Senior Hardware Engineer 硬體研發部 2 "
            "硬體工程師 Hardware Engineer 硬體研發部 3 研發助理 R&D Assistant 研發處 1 合計 7\n\n"
            "（一）資深硬體工程師\n直屬主管：處長\n工作職責：\n1.負責電路設計審查。\n2.指導硬體工程師。\n"
        )
    )
    counts = {n: x.headcount for n, x in r.items()}
    assert counts == {"处长": 1, "资深硬体工程师": 2, "硬体工程师": 3, "研发助理": 1}


def test_a_staffing_table_with_a_count_for_each_size_of_store() -> None:
    doc = extract_text(
        "附录一  门店人员编制表                   单位：人\n"
        "岗位                大店        中店        小店\n"
        "店长                1           1           1\n"
        "副店长              2           1           0\n"
        "收银主管            1           1           1\n"
        "收银员              12          8           5\n"
        "合计                16          11          7\n"
    )
    r = roles(doc)
    assert set(r) == {"店长", "副店长", "收银主管", "收银员"}  # no `合计`
    # a count only where every size of store has the same
    assert [r[n].headcount for n in ("店长", "副店长", "收银主管", "收银员")] == [1, None, 1, None]


def test_a_line_wrapped_after_and_goes_on() -> None:
    doc = extract_text(
        "3.2 食品课\n负责包装食品、粮油调味和冷冻食品的订货、陈列、保质期管理和\n销售。\n"
        "3.3 百货课\n负责日化、家居等百货商品的订货和销售。\n"
    )
    assert depts(doc)["食品课"].duties == [
        "负责包装食品、粮油调味和冷冻食品的订货、陈列、保质期管理和销售"
    ]


def test_a_staffing_table_a_cell_a_line_gives_each_post_its_count_and_unit() -> None:
    """The head's labels are the table's own (`班组`, `每班人数`): the row numbers bear the
    table out; the count is the `定员` column's, the unit the `班组` column's."""
    doc = extract_text(
        "装卸部岗位定员\n\n装卸部下设调度组和机械组。\n\n"
        "序号\n班组\n岗位\n班次\n每班人数\n定员\n"
        "1\n部门\n装卸部经理\n常白班\n1\n1\n"
        "2\n调度组\n调度员\n四班两运转\n1\n4\n"
        "3\n机械组\n叉车司机\n四班两运转\n5\n20\n"
        "4\n机械组\n吊车司机\n四班两运转\n3\n12\n合计\n\n\n37\n"
    )
    r = roles(doc)
    assert {n: (p.headcount, p.department) for n, p in r.items()} == {
        "装卸部经理": (1, "装卸部"),
        "调度员": (4, "调度组"),
        "叉车司机": (20, "机械组"),
        "吊车司机": (12, "机械组"),
    }


def test_a_shift_dispatcher_is_a_post() -> None:
    doc = extract_text(
        "第九条　值班调度\n\n值班调度在当班期间指挥全场生产，对车间主任负责。其职责为：\n"
        "（一）组织安排当班人员和设备；\n（二）填写值班调度日志。\n"
    )
    r = roles(doc)["值班调度"]
    assert r.reports_to == ["车间主任"]
    assert r.duties == ["组织安排当班人员和设备", "填写值班调度日志"]


def test_a_bilingual_readmes_post_headings_and_labels_glossed_in_english() -> None:
    """`博士后 / Postdoctoral Researcher` is 博士后; `汇报对象 Reports to:` is 汇报对象;
    an acronym after a label is its value (`汇报给 CTO`) or part of it (`部门 KPI:`)."""
    doc = extract_text(
        "### 博士后 / Postdoctoral Researcher\n\n**汇报对象 Reports to**：合作导师\n"
        "**编制 Headcount**：4\n\n**职责 Responsibilities**\n\n"
        "- 独立开展课题研究\n- 协助指导研究生实验\n\n"
        "### 算法工程师\n\n汇报给 CTO\n\n**职责**\n\n- 开发风控模型\n\n**部门 KPI**：模型上线数\n"
    )
    r = roles(doc)
    assert (r["博士后"].reports_to, r["博士后"].headcount) == (["合作导师"], 4)
    assert r["博士后"].duties == ["独立开展课题研究", "协助指导研究生实验"]
    assert r["算法工程师"].reports_to == ["CTO"]


def test_a_number_after_a_latin_letter_opens_no_item() -> None:
    doc = extract_text(
        "### 值班工程师\n\n**职责**\n\n1. 响应告警，P0/P1 告警 5 分钟内确认；\n"
        "2. 在 Q3 前完成值班手册修订。\n"
    )
    assert roles(doc)["值班工程师"].duties == [
        "响应告警,P0/P1 告警 5 分钟内确认",
        "在 Q3 前完成值班手册修订",
    ]


def test_an_on_call_handbooks_roles_glossed_in_brackets_and_held_in_turn() -> None:
    """`值班经理（Duty Manager）` is 值班经理; `由 SRE组长 和…担任` names who holds it (the
    blanks round a Latin word open no sentence); a commander (`指挥官`) is a post."""
    doc = extract_text(
        "### 2.3 值班经理（Duty Manager）\n\n直接上级：SRE组长\n\n"
        "值班经理由 SRE组长 和资深 SRE工程师轮流担任，主要职责如下：\n\n"
        "1. 统筹当周值班；\n2. 审批紧急变更。\n\n"
        "### 2.4 事件指挥官（Incident Commander, IC）\n\n汇报对象：基础架构部负责人\n\n"
        "- 宣布事件开始，明确分工\n- 统一指挥处置\n"
    )
    r = roles(doc)
    assert set(r) == {"值班经理", "事件指挥官"}
    assert (r["值班经理"].reports_to, r["值班经理"].duties) == (
        ["SRE组长"],
        ["统筹当周值班", "审批紧急变更"],
    )
    assert r["事件指挥官"].duties == ["宣布事件开始,明确分工", "统一指挥处置"]


def test_a_taiwanese_manuals_direct_supervisor_and_its_approval_line() -> None:
    doc = extract_text(
        "核定：營運處處長　　　　審查：站務中心主任　　　　制定：票務管理組\n\n"
        "意見回饋：對本手冊內容有疑義者，請洽票務管理組。\n\n"
        "2.4.3 值班站長\n直屬督導：站長\n職掌：\n(1) 督導當班站務員執行票務作業。\n"
        "(2) 處理當班旅客申訴。\n"
    )
    r = roles(doc)
    assert set(r) == {"值班站长"}
    assert r["值班站长"].reports_to == ["站长"]


def test_a_wiki_handbooks_numbered_headings_area_labels_and_spaced_numbers() -> None:
    """`### 2.1 合伙人` names a post; `- 业务承接与客户关系` over items set in names a work
    area; `每月 5 日前…` is an item, not a field labelled `每月`."""
    doc = extract_text(
        "### 2.1 合伙人\n\n**汇报对象**：分所主任会计师\n\n**主要职责**\n\n"
        "- 业务承接与客户关系\n  - 审批新客户承接\n  - 维护重要客户关系\n"
        "- 项目质量\n  - 主持关键审计事项的讨论\n\n"
        "### 2.2 审计经理\n\n**主要职责**\n\n1. 复核审计工作底稿\n"
        "2. 每月 5 日前向合伙人提交项目进度月报\n3. 组织本组业务培训\n"
    )
    r = roles(doc)
    assert r["合伙人"].reports_to == ["分所主任会计师"]
    assert r["合伙人"].duties == ["审批新客户承接", "维护重要客户关系", "主持关键审计事项的讨论"]
    assert r["审计经理"].duties == [
        "复核审计工作底稿",
        "每月 5 日前向合伙人提交项目进度月报",
        "组织本组业务培训",
    ]


def test_a_posts_group_label_and_a_units_row_noted_as_such_in_a_measures_table() -> None:
    doc = extract_text(
        "## 仓储物流部\n\n仓储物流部下设入库组和打包组。\n\n"
        "### 2. 入库员\n\n> 汇报对象：仓库主管　｜　所属小组：入库组　｜　编制：6 人\n\n"
        "**职责：**\n\n1. 按到货预约接收供应商来货\n2. 清点箱数、核对送货单\n\n"
        "## 附录：月度考核表\n\n| 岗位 | 指标 | 目标 | 权重 |\n| --- | --- | --- | --- |\n"
        "| 仓储物流部（部门） | 订单24小时发货率 | ≥98% | 40% |\n| | 库存准确率 | ≥99.5% | 30% |\n"
        "| 入库员 | 入库及时率 | 100% | 50% |\n| | 入库差错率 | ≤0.1% | 50% |\n"
    )
    r = roles(doc)
    assert set(r) == {"入库员"}
    assert (r["入库员"].department, r["入库员"].kpis) == ("入库组", ["入库及时率", "入库差错率"])
    assert depts(doc)["仓储物流部"].kpis == ["订单24小时发货率", "库存准确率"]
