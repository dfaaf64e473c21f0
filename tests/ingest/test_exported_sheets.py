"""Sheets as exports and scrapers leave them: every table cell on a line of its own, a sheet
saved as CSV, running heads between pages and lists of related documents. Snippets of
fictional companies."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract_paths, extract_text
from ingest.rewrite import (
    blank_measure_rows,
    blank_page_furniture,
    blank_rows,
    csv_cells,
    labels_above_values,
    numbered_rows,
    one_row_tables,
    tab_rows,
    unnumbered_rows,
    vertical_rows,
)
from tests.ingest.test_rules import depts, roles

ONE_CELL_A_LINE = """岗位名称
仓储主管
所属部门
物流部
直接上级
物流经理
直接下级
理货员（4名）
岗位编制
1人
工作职责
1、负责仓库收发存管理；
2、每月组织库存盘点。
考核指标
库存准确率；发货及时率
任职资格
技能：熟悉WMS系统
"""


def test_labels_above_their_values() -> None:
    r = roles(extract_text(ONE_CELL_A_LINE))
    assert list(r) == ["仓储主管"]  # not 理货员, only counted; not 技能, a qualification
    head = r["仓储主管"]
    assert head.department == "物流部"
    assert head.reports_to == ["物流经理"]
    assert head.subordinates == ["理货员"]
    assert head.headcount == 1
    assert head.duties == ["负责仓库收发存管理", "每月组织库存盘点"]
    assert head.kpis == ["库存准确率", "发货及时率"]


def test_a_label_line_joins_its_value_only_where_the_text_has_several() -> None:
    assert labels_above_values(ONE_CELL_A_LINE).startswith("岗位名称:仓储主管\n所属部门:物流部")
    once = "直接上级\n物流经理\n其他说明\n"
    assert labels_above_values(once) == once
    # A label over another label is no value: `岗位名称` then `所属部门` stay apart.
    empty = "岗位名称\n所属部门\n物流部\n直接上级\n物流经理\n直接下级\n无\n"
    assert labels_above_values(empty).startswith("岗位名称\n所属部门:物流部\n")


PAGES = """恒安物流岗位说明书
仓储主管岗位职责
1、负责仓库收发存管理；

第1页 共3页
恒安物流岗位说明书

2、每月组织库存盘点；

第2页 共3页
恒安物流岗位说明书

3、负责仓库安全。

相关文档推荐
仓储部岗位职责（通用版）
物流公司管理制度汇编
"""


def test_running_heads_and_related_documents_are_blanked() -> None:
    blanked = blank_page_furniture(PAGES)
    assert len(blanked) == len(PAGES)
    assert blanked.startswith("恒安物流岗位说明书\n")  # the title itself stays
    assert blanked.count("恒安物流岗位说明书") == 1
    assert "通用版" not in blanked and "制度汇编" not in blanked
    r = roles(extract_text(PAGES))
    assert r["仓储主管"].duties == ["负责仓库收发存管理", "每月组织库存盘点", "负责仓库安全"]


def test_a_line_beside_one_page_footer_only_is_kept() -> None:
    text = "出纳岗位职责\n1、负责现金收付。\n第1页 共2页\n出纳岗位职责\n1、负责现金收付。\n"
    assert blank_page_furniture(text) == text


CSV_SHEET = """部门名称,上级部门,序号,职责内容,,备注
客服部,运营中心,1,受理业主报修并跟踪回访,,
,,2,"建立业主档案,做到一户一档",,
安保部,运营中心,1,负责小区出入口管理,,
,,2,组织夜间巡逻,,
,,,,,
二、岗位考核表,,,,,
岗位,客服主管,部门,客服部,考核周期,月度
上级,运营经理,,,,
序号,指标名称,权重,目标值,考核标准,得分
1,"报修
回访率",40%,100%,每少1户扣1分,
2,"治安、消防事故次数",60%,0,发生1起扣10分,
合计,,100%,,,
"""


def test_a_sheet_saved_as_csv() -> None:
    assert len(csv_cells(CSV_SHEET)) == len(CSV_SHEET)
    doc = extract_text(CSV_SHEET)
    d = depts(doc)
    assert set(d) == {"客服部", "安保部"}
    assert d["客服部"].parent == "运营中心"
    assert d["客服部"].duties == ["受理业主报修并跟踪回访", "建立业主档案,做到一户一档"]
    assert d["安保部"].duties == ["负责小区出入口管理", "组织夜间巡逻"]
    r = roles(doc)
    assert list(r) == ["客服主管"]
    assert r["客服主管"].reports_to == ["运营经理"]
    # One measure a cell, over its line break and its `、`; the total row is no duty.
    assert r["客服主管"].kpis == ["报修回访率", "治安、消防事故次数"]
    assert r["客服主管"].duties == []


def test_prose_with_commas_is_no_csv() -> None:
    text = "本部门负责招聘,培训,考核.\n" * 6
    assert csv_cells(text) == text


WIKI_TABLES = """## 一、品控部

品控部隶属于生产中心，是质量管理的归口部门。部门主要职责如下：

- 制定原料与成品的检验标准
- 组织来料检验和成品抽检，
  并每月通报检验结果
- 处理客户质量投诉；

### 1.1 品控主管

| 项目 | 内容 |
| --- | --- |
| 岗位名称 | 品控主管 |
| 直接上级 | 生产总监 |
| 岗位职责 | 1、组织制定检验规程；<br>2、审核检验报告。 |
| 考核指标 | 漏检、错检次数<br>客户投诉率 |

| 岗位名称 | 人数 |
| --- | --- |
| 品控主管 | 1 |

本页面由人力资源部维护 · 最后编辑：王敏 2024-05-06
"""


def test_a_wiki_page_of_two_column_tables() -> None:
    doc = extract_text(WIKI_TABLES)
    assert len(doc.units) == 1  # the wrapped bullet opens no unit
    d = depts(doc)["品控部"]
    assert d.parent == "生产中心"
    assert d.duties == [
        "制定原料与成品的检验标准",
        "组织来料检验和成品抽检,并每月通报检验结果",
        "处理客户质量投诉",
    ]
    r = roles(doc)
    assert list(r) == ["品控主管"]  # not 最后编辑, the page's edit note
    assert r["品控主管"].reports_to == ["生产总监"]
    assert r["品控主管"].duties == ["组织制定检验规程", "审核检验报告"]
    # `漏检、错检次数` counts two things in one measure.
    assert r["品控主管"].kpis == ["漏检、错检次数", "客户投诉率"]
    assert r["品控主管"].headcount == 1


SLIDES = """幻灯片 1
顺航物流有限公司组织架构说明

幻灯片 2
组织架构总览
• 总经理下设运营中心、客服中心两大业务中心

幻灯片 3
关键岗位
• 仓储主管
  – 职责：库内排班与人员调配；入出库作业质量管控
  – KPI：库存准确率 ≥ 99.8%；订单当日出库率
• 调度主管
  – 职责：每日车辆排线与派车；承运商运力储备
  – KPI：车辆满载率；货损货差率 ≤ 0.05%

幻灯片 4
汇报关系
• 仓储主管、调度主管 → 运营总监
• 车队长 → 调度主管
• 客服经理 → 总经理
  – 重大异常同时抄送运营总监
附：接单 → 派车 → 签收
"""


def test_a_deck_saved_as_text() -> None:
    doc = extract_text(SLIDES)
    assert {d.name: d.parent for d in depts(doc).values()} == {
        "运营中心": "总经理",
        "客服中心": "总经理",
    }
    r = roles(doc)
    # Arrows draw reporting lines; 总经理 and 运营总监 are only named there.
    assert set(r) == {"仓储主管", "调度主管", "车队长", "客服经理"}
    assert r["仓储主管"].duties == ["库内排班与人员调配", "入出库作业质量管控"]
    assert r["仓储主管"].kpis == ["库存准确率≥ 99.8%", "订单当日出库率"]
    assert r["调度主管"].kpis == ["车辆满载率", "货损货差率≤ 0.05%"]
    assert r["仓储主管"].reports_to == ["运营总监"]
    assert r["调度主管"].reports_to == ["运营总监"]
    assert r["车队长"].reports_to == ["调度主管"]
    assert r["客服经理"].reports_to == ["总经理"]
    assert all("幻灯片" not in d for role in r.values() for d in role.duties)


COMPANY_PAGE = """### 五、研发部

研发部是公司的技术管理部门，下设机械设计组、电气组和软件组。

研发部经理：
在分管副总经理领导下，组织制定年度研发计划；主持方案评审。

上一篇：
企业文化
下一篇：
资质荣誉

版权所有 © 2015-2024 恒川装备有限公司
地址：嘉兴市康和路188号　邮箱：hr@example.com
技术支持：
嘉禾网络
返回顶部
"""


def test_a_company_page_and_its_site_footer() -> None:
    doc = extract_text(COMPANY_PAGE)
    assert {d.name: d.parent for d in depts(doc).values()} == {
        "研发部": None,
        "机械设计组": "研发部",
        "电气组": "研发部",
        "软件组": "研发部",
    }
    r = roles(doc)
    assert list(r) == ["研发部经理"]  # not 技术支持 nor 邮箱, the site's footer
    assert r["研发部经理"].reports_to == ["分管副总经理"]
    assert "企业文化" not in str(r["研发部经理"].duties)


TAIWANESE_CHAPTERS = """貳、組織架構
一、品保課隸屬於製造處，下設進料檢驗組及製程檢驗組。
參、各單位職掌
一、品保課
\t(一)品質管理系統之推行。
\t(二)客戶抱怨之分析處理。
二、進料檢驗組（隸屬品保課）
\t負責原物料之進料檢驗。
三、製程檢驗組（隸屬品保課）
\t負責製程巡檢及成品出貨檢驗。
肆、附則
一、本說明書未盡事宜，依本公司相關規定辦理。

核准：\t審核：\t制表：人事課
"""


def test_formal_numerals_open_chapters_and_units_name_their_parent_in_brackets() -> None:
    doc = extract_text(TAIWANESE_CHAPTERS)
    d = depts(doc)
    assert {x.name: x.parent for x in d.values()} == {
        "品保课": "制造处",
        "进料检验组": "品保课",
        "制程检验组": "品保课",
    }
    assert d["进料检验组"].duties == ["负责原物料之进料检验"]
    # The closing articles and the sign-off cells are no one's duties or role.
    assert d["制程检验组"].duties == ["负责制程巡检及成品出货检验"]
    assert roles(doc) == {}


def test_a_title_naming_two_departments_is_no_parent_of_either() -> None:
    text = """仓储部 / 运输部 — 部门职责
• 仓储部
  – 入库验收及库位管理
  – 月度盘点

• 运输部
  – 车辆的日常调度
"""
    d = depts(extract_text(text))
    assert {x.name: x.parent for x in d.values()} == {"仓储部": None, "运输部": None}
    assert d["仓储部"].duties == ["入库验收及库位管理", "月度盘点"]


PRINTOUT = """岗位名称          所属部门      直接上级          编制  主要职责
----------------  ------------  ----------------  ----  ------------------------------------------

制造部经理        制造部        运营副总经理        1   1.组织编制月度、周生产计划并分解下达至各车
                                                        间；2.每月5日前向运营副总经理提交生产月报。
生产主管          制造部        制造部经理          2   按日排程安排班组生产任务并跟踪完成进度；处
                                                        理现场异常
"""


def test_a_printout_whose_columns_are_aligned_with_blanks() -> None:
    r = roles(extract_text(PRINTOUT))
    assert {n: (x.department, x.reports_to, x.headcount) for n, x in r.items()} == {
        "制造部经理": ("制造部", ["运营副总经理"], 1),
        "生产主管": ("制造部", ["制造部经理"], 2),
    }
    # A cell wrapped onto the lines below, under its column, is one cell.
    assert r["制造部经理"].duties == [
        "组织编制月度、周生产计划并分解下达至各车间",
        "每月5日前向运营副总经理提交生产月报",
    ]
    assert r["生产主管"].duties == ["按日排程安排班组生产任务并跟踪完成进度", "处理现场异常"]


# A Word KPI table scraped with tabs between cells and a blank between rows; the post's
# merged cell comes once, at its first row.
TAB_ROWS_RUN_TOGETHER = (
    "门店KPI考核表\n"
    "岗位\t考核指标\t权重\t考核周期 店长\t门店销售达成率\t40%\t月度 毛利率\t30%\t月度 "
    "店员\t个人销售达成率\t60%\t月度 服务投诉次数\t40%\t月度\n"
)


def test_a_tab_table_whose_rows_were_run_together() -> None:
    assert len(tab_rows(TAB_ROWS_RUN_TOGETHER)) == len(TAB_ROWS_RUN_TOGETHER)
    r = roles(extract_text(TAB_ROWS_RUN_TOGETHER))
    assert r["店长"].kpis == ["门店销售达成率", "毛利率"]
    assert r["店员"].kpis == ["个人销售达成率", "服务投诉次数"]


def test_blanks_inside_a_tab_row_that_cut_no_rows_are_kept() -> None:
    row = (
        "岗位名称\t直接上级\t岗位职责\t考核指标\n"
        "生产计划\t生产经理\t1、编排程 2、跟物料\t达成率\t\t\n"
    )
    assert tab_rows(row) == row  # `2、` continues a list: no row starts there


# The same table cut by blanks, its rows run together over hard wraps; each row whole.
BLANK_ROWS_RUN_TOGETHER = (
    "二、岗位考核指标\n\n"
    "岗位 指标 权重 目标值 仓储经理 库存准确率 40% ≥99.5% 仓储经理 仓储费用控制率 30% ≤100%\n"
    "仓储经理 安全事故次数 30% 0 理货员 拣货差错率 60% ≤0.1% 理货员\n"
    "日均拣货量 40% ≥800件\n\n"
    "注:考核周期为月度。\n"
)


def test_a_blank_table_whose_rows_were_run_together() -> None:
    rows = blank_rows(BLANK_ROWS_RUN_TOGETHER)
    assert len(rows) == len(BLANK_ROWS_RUN_TOGETHER)
    assert "理货员\t日均拣货量\t40%\t≥800件\n" in rows
    r = roles(extract_text(BLANK_ROWS_RUN_TOGETHER))
    assert r["仓储经理"].kpis == ["库存准确率", "仓储费用控制率", "安全事故次数"]
    assert r["理货员"].kpis == ["拣货差错率", "日均拣货量"]
    one_a_line = "岗位 指标 权重\n仓储经理 库存准确率 40%\n理货员 拣货差错率 60%\n"
    assert blank_rows(one_a_line) == one_a_line


def test_a_blank_table_of_measures_whose_rows_were_run_together() -> None:
    text = (
        "车间主任岗位说明书\n岗位名称：车间主任\n岗位职责：\n1．编制本车间日生产计划；\n"
        "考核指标　权重　目标值　车间计划完成率　30%　≥98%　一次交检合格率　25%　≥99.2%　"
        "单件制造成本　45%　不高于预算\n工作权限：对本车间员工的奖惩有建议权。\n"
    )
    rows = blank_measure_rows(text)
    assert len(rows) == len(text)
    assert "一次交检合格率\t25%\t≥99.2%\n" in rows
    r = roles(extract_text(text))["车间主任"]
    assert r.kpis == ["车间计划完成率", "一次交检合格率", "单件制造成本"]
    unweighted = "考核指标 目标值 数据来源 产量 100 报表 合格率 99% 质检\n"
    assert blank_measure_rows(unweighted) == unweighted  # no weights: no way to count rows


DOCUMENT_SITE_TAIL = """质检员
岗位职责：
1.负责工序质量检查。
2.填写检验记录。

分享到：  微信  QQ好友  QQ空间  新浪微博

相关文档
· 项目部管理人员岗位职责（全套）.doc                12页    5积分
· 施工员、安全员岗位职责.doc                          3页    免费

热门标签：项目部  岗位职责  施工管理
"""


def test_a_share_bar_tags_and_a_related_list_in_columns_are_furniture() -> None:
    r = roles(extract_text(DOCUMENT_SITE_TAIL))
    assert set(r) == {"质检员"}
    assert r["质检员"].duties == ["负责工序质量检查", "填写检验记录"]


AGGREGATOR_PAGE = """销售部各岗位职责大全(精选3篇)

目录
篇一:澄湖五金销售部岗位职责
篇二:电话销售岗位职责

篇一:澄湖五金销售部岗位职责

销售经理的岗位职责
直接上级:销售总监
1. 拟定部门年度销售计划。
2. 负责重点客户的维护。
考核指标:销售额完成率、回款率

扩展阅读:销售人员的职责一般写哪些内容?大体离不开客户开发、订单跟进这几块。

篇二:电话销售岗位职责
(本篇为会员内容,开通会员后查看全文)
"""


def test_a_table_of_contents_repeated_below_and_the_pages_own_text_are_no_content() -> None:
    blanked = blank_page_furniture(AGGREGATOR_PAGE)
    assert len(blanked) == len(AGGREGATOR_PAGE)
    assert "篇二:电话销售岗位职责\n\n篇一" not in blanked  # the contents' lines are blank
    r = roles(extract_text(AGGREGATOR_PAGE))
    assert set(r) == {"销售经理"}
    assert r["销售经理"].kpis == ["销售额完成率", "回款率"]  # `扩展阅读:` ends the measures


def test_furniture_of_a_traditional_chinese_page() -> None:
    page = (
        "業務處　組織與職掌\n\n目錄\n壹、組織\n貳、職掌\n\n"
        "壹、組織\n本處下設三課。\n\n貳、職掌\n略。\n\n"
        "　　　　上一則：生產管理處　組織與職掌\n相關文檔\n品保處組織\n"
    )
    blanked = blank_page_furniture(page)
    assert "上一則" not in blanked and "生產管理處" not in blanked  # the link, label and title
    assert "品保處組織" not in blanked
    assert "壹、組織\n貳、職掌\n\n壹" not in blanked  # the contents are blank


FUNCTION_TABLE_RUN_TOGETHER = """（一）市场部
上级部门:营销中心
部门宗旨:塑造品牌,为销售一线提供市场依据。
序号 工作领域 职责描述 1 市场调研 组织开展竞争品牌调研;每季度编制《市场分析报告》
报营销总监 2 品牌管理 负责品牌形象规划与VI标准管理 3 推广活动 制定年度推广计划和
费用预算;策划节点促销活动
"""


def test_a_numbered_staffing_table_in_a_page_run_into_one_line() -> None:
    page = (
        "2.2 人员编制表1 研发中心人员编制表 序号 岗位 所属部门 编制 现有人数 备注 "
        "1 研发中心总监 研发中心 1 1 2 硬件工程师 硬件开发部 6 5 3 测试工程师 测试验证部 4 4 "
        "合计 11 10 注:实习生不占编制。 第 3 页 共 18 页 4.4 硬件工程师 岗位名称:硬件工程师"
    )
    rewritten = numbered_rows(page)
    assert len(rewritten) == len(page)
    assert "\n2 硬件工程师 硬件开发部 6 5\n3 测试工程师" in rewritten  # `6 5 3`: counts first
    assert "合计 11 10\n注:实习生不占编制。 第 3 页 共 18 页 4.4" in rewritten  # no row 4


def test_a_numbered_function_table_whose_rows_were_run_together() -> None:
    rewritten = numbered_rows(FUNCTION_TABLE_RUN_TOGETHER)
    assert len(rewritten) == len(FUNCTION_TABLE_RUN_TOGETHER)
    assert "\n2 品牌管理" in rewritten and "\n3 推广活动" in rewritten
    d = depts(extract_text(FUNCTION_TABLE_RUN_TOGETHER))
    # Work areas are labels; each `;` piece is a duty; `部门宗旨` says what the unit is for.
    assert d["市场部"].duties == [
        "组织开展竞争品牌调研",
        "每季度编制《市场分析报告》报营销总监",
        "负责品牌形象规划与VI标准管理",
        "制定年度推广计划和费用预算",
        "策划节点促销活动",
    ]


BANK_BOOKLET = """表1  岗位编制表
序号\t岗位名称\t所属部门\t编制（人）\t备注
1\t行长\t—\t1\t总行任命
2\t客户经理\t客户营销部\t4\t
3\t理财经理\t客户营销部\t1\t暂由客户经理兼任
合计\t\t\t6\t

第一节 行长岗位职责
一、岗位名称：行长
二、主要职责：
（一）组织制定支行年度经营计划；
（二）主持支行全面工作。
三、考核指标：
考核项目\t权重\t考核标准
各项存款净增额\t30%\t完成计划得满分，超额部分按比例加分，最高
加5分
不良贷款率\t20%\t控制在2.5%以内得满分
合计\t100%\t

第二十五条  客户经理考核指标及权重如下表：
考核项目\t权重\t计分方法
贷款新增户数\t60%\t按月通报
存款净增额\t40%\t按季考核
"""


def test_a_numbered_staffing_table_a_wrapped_cell_and_a_table_said_of_a_post() -> None:
    r = roles(extract_text(BANK_BOOKLET))
    assert (r["理财经理"].department, r["理财经理"].headcount) == ("客户营销部", 1)
    assert r["行长"].kpis == ["各项存款净增额", "不良贷款率"]  # the wrap keeps the table whole
    assert r["客户经理"].kpis == ["贷款新增户数", "存款净增额"]


QUOTED_KPI_CELLS = """岗位名称：仓库主管\t所属部门：仓储部\t汇报对象：仓储部经理
岗位职责概要:
(1)安排每日作业；
(2)处理收发货差异。
序号\tKPI指标\t指标定义\t权重\t数据来源
1\t收货及时率\t按时收货单数/总单数\t25%\tWMS系统
2\t"差异处理
关闭率"\t关闭差异单数/差异单总数\t15%\t差异报告
3\t人均作业效率\t收发件数/总工时\t20%\tWMS系统
"""


def test_a_kpi_cell_quoted_over_two_lines_and_a_per_head_measure() -> None:
    r = roles(extract_text(QUOTED_KPI_CELLS))
    assert set(r) == {"仓库主管"}  # `差异报告` then `3<TAB>人均…` counts no staff
    assert r["仓库主管"].kpis == ["收货及时率", "差异处理关闭率", "人均作业效率"]


def _page(n: int, body: str) -> str:
    return f"沃川家电 客服中心岗位说明书 第{n}页 {body} 受控文件 未经许可不得复制"


PAGES_AS_LINES = "\n\n".join(
    [
        _page(1, "目 录 一、客服中心经理 二、回访专员"),
        _page(
            2,
            "一、客服中心经理 岗位名称：客服中心经理 直接上级：运营副总经理 "
            "工作职责：1.负责客服中心全面管理；2.审批重大客诉处理方案。",
        ),
        _page(
            3,
            "二、回访专员 岗位名称：回访专员 直接上级：客服中心经理 "
            "工作职责：1.对维修完工用户进行电话回访；2.整理回访记录；",
        ),
        _page(4, "3.每月编制回访分析报告。 考核指标：1.回访完成率；2.用户满意度。"),
    ]
)


def test_pages_pasted_each_as_one_line_with_running_heads_and_feet() -> None:
    r = roles(extract_text(PAGES_AS_LINES))
    assert r["客服中心经理"].duties == ["负责客服中心全面管理", "审批重大客诉处理方案"]
    assert r["回访专员"].duties == [
        "对维修完工用户进行电话回访",
        "整理回访记录",
        "每月编制回访分析报告",  # on the next page, after its running head
    ]
    assert r["回访专员"].kpis == ["回访完成率", "用户满意度"]  # no foot among them
    assert r["回访专员"].reports_to == ["客服中心经理"]


def _page_break(n: int) -> str:
    rule = "-" * 60
    return (
        f"\n瑞丰筑材贸易有限公司            营销中心管理文件\n            - {n - 1} -\n"
        f"{rule}\n第 {n} 页 / 共 3 页            书林文库\n{rule}\n"
    )


PAGE_FEET_OVER_RULES = (
    "销售一部经理岗位职责\n1、开发工程客户；\n2、组织投标报价工作；\n（未完，见下页）\n"
    + _page_break(2)
    + "3、跟踪在建项目的供货进度；\n4、负责本部门人员的培训。\n"
    + _page_break(3)
    + "客服专员岗位职责\n1、受理客户订单；\n2、跟踪物流发货情况。\n"
)


def test_a_page_s_foot_above_its_page_number_and_rules_and_a_page_turn_note() -> None:
    r = roles(extract_text(PAGE_FEET_OVER_RULES))
    assert r["销售一部经理"].duties == [
        "开发工程客户",
        "组织投标报价工作",
        "跟踪在建项目的供货进度",
        "负责本部门人员的培训",
    ]
    assert r["客服专员"].duties == ["受理客户订单", "跟踪物流发货情况"]


TRADITIONAL_ARTICLE = """會員登入　｜　免費註冊　｜　訂閱電子報

行銷企劃部隸屬於營運事業群，由行銷企劃部經理綜理部務，部內下設品牌企劃組及數位行銷組。

品牌企劃主任
直屬主管：行銷企劃部經理
工作內容：
1. 規劃品牌年度溝通主軸與品牌形象(xíng xiàng)活動。
2. 撰寫廣告企劃案。

上一則：門市營運部組織圖與職務說明範例
下一則：業務部各職務工作內容與考核指標

相關文章
・人資必看：職務說明書怎麼寫？
・品牌經理與行銷經理差在哪？
"""


def test_a_traditional_article_with_spaced_glosses_and_its_site_s_bars() -> None:
    doc = extract_text(TRADITIONAL_ARTICLE)
    r = roles(doc)
    assert set(r) == {"品牌企划主任"}  # no 会员 of the sign-in bar, no 下一则
    assert r["品牌企划主任"].duties == ["规划品牌年度沟通主轴与品牌形象活动", "撰写广告企划案"]
    ds = depts(doc)
    assert ds["品牌企划组"].parent == ds["数位行销组"].parent == "行销企划部"  # 部内下设


def test_a_blog_s_comments_under_a_bare_heading_and_its_comment_form() -> None:
    r = roles(
        extract_text(
            "司机岗位职责\n1、负责公司车辆的驾驶；\n2、负责车辆的日常保养。\n\n"
            "已投稿到：人力资源\n\n评论\n[1楼] 人海里的小鱼    2022-03-09 08:47\n"
            "收藏了，正好用得上。\n    博主回复：2022-03-09 12:05\n    文中写了。\n\n"
            "发评论\n昵称：          验证码：          [发表评论]\n"
        )
    )
    assert set(r) == {"司机"}
    assert r["司机"].duties == ["负责公司车辆的驾驶", "负责车辆的日常保养"]


FLAT_NUMBERED_STAFFING = (
    "三、人员编制\n序号 部门 岗位名称 编制（人） 备注 1 餐饮部 餐饮部经理 1  "
    "2 餐饮部 餐饮部文员 1  3 中餐厅 中餐服务员 22 含包厢值台 4 中餐厅 迎宾员 3  合计   27\n"
)


def test_a_numbered_staffing_table_run_together_with_empty_notes() -> None:
    r = roles(extract_text(FLAT_NUMBERED_STAFFING))
    assert {n: (x.department, x.headcount) for n, x in r.items()} == {
        "餐饮部经理": ("餐饮部", 1),
        "餐饮部文员": ("餐饮部", 1),
        "中餐服务员": ("中餐厅", 22),
        "迎宾员": ("中餐厅", 3),
    }


def test_a_post_s_powers_a_site_s_hot_searches_and_a_reprint_note() -> None:
    r = roles(
        extract_text(
            "研发中心总监\n职位概要：统筹研发工作。\n"
            "工作职责：\n1. 制定技术路线；\n2. 组织技术评审。\n"
            "职位权限：\n1. 对重大技术方案有决策权；\n2. 在预算范围内有研发费用审批权。\n\n"
            "热门搜索\n化验员\n品控\n\n转载请注明出处\n"
        )
    )
    assert set(r) == {"研发中心总监"}
    assert r["研发中心总监"].authorities == [
        "对重大技术方案有决策权",
        "在预算范围内有研发费用审批权",
    ]


TAB_NUMBERED_STAFFING = (
    "三、人员编制\n序号\t部门\t岗位名称\t编制（人）\t备注 1\t工程部\t工程部经理\t1\t\t"
    "2\t工程部\t资料员\t2\t含档案管理1人\t3\t安全部\t专职安全员\t12\t派驻项目\t合计\t\t\t15\t\n"
)


def test_a_numbered_tab_table_whose_rows_run_on_after_its_head() -> None:
    r = roles(extract_text(TAB_NUMBERED_STAFFING))
    assert {n: (x.department, x.headcount) for n, x in r.items()} == {
        "工程部经理": ("工程部", 1),
        "资料员": ("工程部", 2),
        "专职安全员": ("安全部", 12),
    }


def test_a_post_table_run_together_with_its_unit_cells_merged() -> None:
    doc = extract_text(
        "青柚网络科技有限公司运营岗位说明书  序号 部门 岗位名称 直接上级 直接下级 编制 岗位职责 "
        "考核指标 1 运营部 运营经理 运营总监 店铺专员 1 1.制定运营计划；2.审核活动方案。 "
        "①销售额达成率 ②毛利率 "
        "2  店铺专员  运营经理  无  3  1.维护商品上下架；2.大促期间服从运营经理排班安排。\n"
        "①转化率②差评率 3  售后专员 运营经理 无 2人 1.处理退换货。 ①退款纠纷率\n"
    )
    r = roles(doc)
    assert set(r) == {"运营经理", "店铺专员", "售后专员"}
    assert r["店铺专员"].department == "运营部"  # the merged cell of the row above
    assert r["店铺专员"].headcount == 3  # `3`, a count: the row opens with no name after it
    assert r["店铺专员"].reports_to == ["运营经理"]  # not `运营经理排班`
    assert r["店铺专员"].kpis == ["转化率", "差评率"]  # after a hard wrap inside the row
    assert r["售后专员"].headcount == 2  # no post `运营经理无`
    assert r["运营经理"].kpis == ["销售额达成率", "毛利率"]


def test_a_post_named_with_its_trade_and_a_site_s_related_searches() -> None:
    doc = extract_text(
        "岗位名称\t技工（水电）\n所属部门    工程部\n直接上级    领班\n岗位职责\n"
        "1) 负责给排水管道的维修；\n2) 负责照明灯具的检修。\n\n"
        "相关搜索\n酒店工程部岗位职责\n酒店库管员岗位职责\n\n易学文库 © 2012-2020\n"
    )
    r = roles(doc)
    assert set(r) == {"技工(水电)"}  # the trade is part of the name; no searched titles
    assert r["技工(水电)"].reports_to == ["领班"]


def test_a_function_table_a_cell_a_line_and_measures_one_a_line() -> None:
    doc = extract_text(
        "设备部岗位说明书\n\n一、部门职能\n部门名称\n设备部\n部门编制\n23人\n"
        "序号\n职能\n具体职责\n1\n设备管理\n负责设备台账的建立；负责新购设备的验收\n"
        "2\n维护保养\n负责编制设备维护计划；\n负责点检执行情况的监督\n\n"
        "二、岗位说明\n岗位名称\n设备部经理\n所属部门\n设备部\n直接上级\n生产副总经理\n"
        "岗位职责\n1、组织编制部门年度计划；\n2、完成上级交办的其他工作。\n"
        "考核指标\n设备故障停机率\n部门费用预算控制率\n重大设备安全事故次数\n"
    )
    assert depts(doc)["设备部"].duties == [
        "负责设备台账的建立",
        "负责新购设备的验收",
        "负责编制设备维护计划",
        "负责点检执行情况的监督",
    ]  # the work areas (`设备管理`) name the duties beside them
    assert roles(doc)["设备部经理"].kpis == [
        "设备故障停机率",
        "部门费用预算控制率",  # a measure, no title of a document
        "重大设备安全事故次数",
    ]
    assert vertical_rows("序号\n职能\n具体职责\n1\n甲\n乙\n2\n丙\n丁\n") == (
        "序号\t职能\t具体职责\n1\t甲\t乙\n2\t丙\t丁\n"
    )


def test_a_forum_post_of_a_word_sheet_with_bars_and_a_row_broken_in_a_cell() -> None:
    doc = extract_text(
        "1#  楼主  品管小刘\n本帖最后由 品管小刘 于 2023-4-12 21:40 编辑\n\n"
        "质量部下设检验组和体系组，一共13个人。\n\n"
        "质量部组织架构.png (38.6 KB, 下载次数: 41)\n下载附件  保存到相册\n\n"
        "岗位名称｜质量经理｜岗位编号｜QA-01\n所属部门｜质量部｜直接上级｜生产副总\n"
        "序号｜工作内容｜工作标准｜权重\n1｜组织制定质量目标｜每月跟踪｜15%\n"
        "2｜组织重大质量问题的原因分析，\n督促责任部门落实纠正措施｜8D报告5日内提交｜15%\n"
        "3｜完成上级交办的其他工作｜按时完成｜5%\n合计｜｜｜100%\n"
    )
    r = roles(doc)
    assert set(r) == {"质量经理"}  # no post `编辑` of the edit note
    assert r["质量经理"].duties == [
        "组织制定质量目标",
        "组织重大质量问题的原因分析,督促责任部门落实纠正措施",  # one cell over two lines
        "完成上级交办的其他工作",
    ]
    assert depts(doc)["体系组"].parent == "质量部"


def test_a_post_table_run_together_with_no_row_numbers() -> None:
    doc = extract_text(
        "青溪县文化馆岗位设置方案\n"
        "岗位类别 岗位名称 岗位等级 职数 直接上级 岗位职责 管理岗位 馆长  八级职员 1 "
        "县文化和旅游局 1.全面主持馆内工作；2.组织制定年度计划。 副馆长  九级职员  1  馆长  "
        "1.协助馆长处理日常工作；2.分管辅导部。\n"
        "专业技术岗位 辅导部主任 专业技术八级 1 副馆长 1.制定辅导部年度计划；"
        "2.组织公益培训。 群众文化辅导员  专业技术十级  3 辅导部主任 1.承担培训授课。\n"
    )
    r = roles(doc)
    assert set(r) == {"馆长", "副馆长", "辅导部主任", "群众文化辅导员"}
    assert r["副馆长"].reports_to == ["馆长"]  # its row, its category merged with the row above
    assert r["副馆长"].duties == ["协助馆长处理日常工作", "分管辅导部"]
    assert r["群众文化辅导员"].headcount == 3
    flat = "岗位名称 直接上级 岗位等级 职数 岗位职责 馆长 局长 八级 1 主持 副馆长 馆长 九级 1 协助"
    assert unnumbered_rows(flat).count("\n") == 2


SQL_DUMP = r"""-- MySQL dump 10.13  Distrib 8.0.36
SET NAMES utf8mb4;
DROP TABLE IF EXISTS `org_unit`;
CREATE TABLE `org_unit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `unit_name` varchar(64) NOT NULL COMMENT '部门名称',
  `pid` int NOT NULL DEFAULT '0' COMMENT '上级部门ID',
  `functions` text COMMENT '部门职能',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `org_unit` WRITE;
{units}
UNLOCK TABLES;
CREATE TABLE `job_position` (
  `id` int NOT NULL AUTO_INCREMENT,
  `position_name` varchar(64) NOT NULL COMMENT '岗位名称',
  `unit_id` int NOT NULL COMMENT '所属部门ID',
  `report_to` varchar(64) DEFAULT NULL COMMENT '直接上级',
  `quota` int DEFAULT NULL COMMENT '编制人数',
  `duty` text COMMENT '岗位职责',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标记',
  PRIMARY KEY (`id`)
);
{posts}
CREATE TABLE `position_kpi` (
  `id` int NOT NULL,
  `position_id` int NOT NULL COMMENT '岗位ID',
  `kpi_name` varchar(64) NOT NULL COMMENT '指标名称'
);
INSERT INTO `position_kpi` VALUES (1,2,'查房合格率'),(2,2,'宾客投诉率'),(3,3,'大堂清洁合格率');
-- Dump completed on 2025-01-01 10:00:00
""".format(  # a dump writes each table's rows on one line
    units="INSERT INTO `org_unit` VALUES "
    + ",".join(
        [
            "(1,'青禾酒店管理有限公司',0,NULL)",
            r"(2,'客房部',1,'负责客房清洁与布草管理；\r\n负责客房设施报修')",
            "(3,'洗衣房',2,'<p>1.&nbsp;负责布草洗涤</p><p>2.&nbsp;负责客衣&ldquo;快洗&rdquo;服务</p>')",
        ]
    )
    + ";",
    posts="INSERT INTO `job_position` VALUES "
    + ",".join(
        [
            r"(1,'客房部经理',2,'总经理 方一鸣',1,'1、主持部务；\n2、审核\'布草报损单\'。','0')",
            r"(2,'楼层领班',2,'客房部经理',4,'（1）检查房间卫生\r\n（2）安排服务员排班','0')",
            "(3,'公共区域主管',2,'客房部经理',1,'负责大堂清洁','1')",
            "(4,'储备干部',2,NULL,NULL,NULL,'0')",
        ]
    )
    + ";",
)


def test_a_database_dump_read_as_its_tables() -> None:
    doc = extract_text(SQL_DUMP)
    d, r = depts(doc), roles(doc)
    assert set(d) == {"客房部", "洗衣房"}  # the root unit, with no duties, is the company
    assert d["客房部"].parent == "青禾酒店管理有限公司"  # units by id
    assert d["客房部"].duties == ["负责客房清洁与布草管理", "负责客房设施报修"]
    assert d["洗衣房"].duties == ["负责布草洗涤", "负责客衣“快洗”服务"]  # the editor's HTML read
    assert set(r) == {"客房部经理", "楼层领班"}  # a deleted row and an empty one are no posts
    assert r["客房部经理"].reports_to == ["总经理"]  # the holder's name aside
    assert r["客房部经理"].duties == ["主持部务", "审核'布草报损单'"]
    assert r["楼层领班"].department == "客房部"
    assert (r["楼层领班"].headcount, r["楼层领班"].reports_to) == (4, ["客房部经理"])
    assert r["楼层领班"].duties == ["检查房间卫生", "安排服务员排班"]
    assert r["楼层领班"].kpis == ["查房合格率", "宾客投诉率"]  # a measure a row, by post id


def test_a_database_dump_saved_as_sql_is_read_from_a_directory(tmp_path: Path) -> None:
    (tmp_path / "hr.sql").write_text(SQL_DUMP, encoding="utf-8")
    [(path, doc)] = list(extract_paths([tmp_path]))
    assert path.name == "hr.sql"
    assert not isinstance(doc, Exception)
    assert set(roles(doc)) == {"客房部经理", "楼层领班"}


def test_a_revision_history_and_a_changed_count_name_no_posts() -> None:
    doc = extract_text(
        "修订记录\n版本\t日期\t修订人\t修订说明\n"
        "V1.0\t2021-03-01\t周敏\t首次发布\n"
        "V2.0\t2023-07-15\t胡峰\t调整收银岗位职责\n\n"
        "收银员岗位职责\n1、负责收银结算；\n2、负责会员卡办理。\n"
        "编制说明：理货员2024年起由10人调整为8人。\n"
    )
    assert set(roles(doc)) == {"收银员"}  # no `年起由` or `调整为`
    # the history's rows are the document's furniture, not its text
    assert "调整收银" not in blank_page_furniture(
        "修订记录\nV2.0\t2023-07-15\t胡峰\t调整收银岗位职责\n"
    )


def test_an_online_encyclopedia_s_section_buttons() -> None:
    doc = extract_text(
        "主要岗位\n编辑\n播报\n总经理\n播报\n总经理在董事会领导下主持日常工作。总经理的主要职责包括：\n"
        "1. 组织实施董事会决议；\n2. 主持总经理办公会。\n"
        "生产副总经理\n播报\n生产副总经理协助总经理分管生产工作，直接上级为总经理。主要职责：\n"
        "（1）组织编制年度生产计划；\n（2）主持每周生产调度会。\n"
        "财务总监播报\n财务总监受董事会和总经理双重领导。财务总监负责：组织全面预算的编制；推进资金集中管理。\n"
    )
    r = roles(doc)
    assert set(r) == {"总经理", "生产副总经理", "财务总监"}  # `播报` under or glued to a heading
    assert r["总经理"].duties == ["组织实施董事会决议", "主持总经理办公会"]
    assert r["生产副总经理"].duties == ["组织编制年度生产计划", "主持每周生产调度会"]


def test_a_posts_one_row_table_run_into_a_page_line() -> None:
    page = (
        "恒驿供应链 管理手册 5.5 运输部经理 岗位名称 所属部门 直接上级 直接下级 岗位职责 "
        "运输部经理 运输部 物流运营中心总监 调度主管 1、负责运输部全面管理;2、编制月度运力计划。"
        " 岗位权限 1.对承运商的选用有建议权。 第7页 共12页\n"
    )
    rewritten = one_row_tables(page)
    assert len(rewritten) == len(page)
    assert "\n运输部经理\t运输部\t物流运营中心总监\t调度主管\t1、负责" in rewritten
    r = roles(extract_text(page))["运输部经理"]
    assert r.reports_to == ["物流运营中心总监"]
    assert r.duties == ["负责运输部全面管理", "编制月度运力计划"]
    sentence = "岗位名称 所属部门 直接上级 岗位职责 负责仓库收发 仓储部 仓储主管 按指令作业\n"
    assert one_row_tables(sentence) == sentence  # a sentence where the post's name belongs


HOSPITAL_EXPORT = (
    "【科室信息】\n"
    "科室名称：后勤保障部\n科室编码：0610\n"
    "科室职能：\n1．统筹全院后勤保障工作；\n2．负责节能降耗管理。\n\n"
    "科室名称：总务科　　科室编码：061001　　上级科室：后勤保障部\n"
    "科室职能：负责全院水、电、气的运行维护；负责车辆调度\n\n"
    "记录 1/2　　岗位编码：HQ-ZW-01　　岗位类别：管理岗　　编制：1\n"
    "一、岗位名称：总务科科长\n二、所属科室：总务科\n三、直接上级：后勤保障部主任\n"
    "四、岗位职责：\n1．主持总务科全面工作；\n2．审核物资采购申请。\n"
    "现任职人员：曾宪斌（工号038804）　　任职日期：2019-07-01\n\n"
    "岗位编码\t岗位名称\t科室\t上级岗位\t编制\n"
    "HQ-ZW-01\t总务科科长\t总务科\t后勤保障部主任\t1\n"
    "HQ-ZW-02\t水电维修工\t总务科\t总务科科长\t8\n"
    "HQ-ZW-05\t司机\t总务科\t\t3\n"
)


def test_an_hr_system_s_export_of_units_sheets_and_a_table_of_posts() -> None:
    doc = extract_text(HOSPITAL_EXPORT)
    d, r = depts(doc), roles(doc)
    assert d["总务科"].parent == "后勤保障部"  # `上级科室`
    assert set(r) == {"总务科科长", "水电维修工", "司机"}  # not the record's code or holder
    assert r["总务科科长"].duties == ["主持总务科全面工作", "审核物资采购申请"]
    assert (r["水电维修工"].headcount, r["水电维修工"].reports_to) == (8, ["总务科科长"])
    assert (r["司机"].headcount, r["司机"].reports_to) == (3, [])


def test_a_function_sheet_by_category_run_into_one_line() -> None:
    d = depts(
        extract_text(
            "运营部职能\n序号 职能类别 职能描述 1 账户管理 负责结算账户的开立、变更审核；"
            "负责久悬账户的清理 2 柜面业务 组织办理对公、对私存取款业务；落实双人复核制度 "
            "3 其他 完成支行领导交办的其他工作\n"
        )
    )
    assert d["运营部"].duties == [
        "负责结算账户的开立、变更审核",
        "负责久悬账户的清理",
        "组织办理对公、对私存取款业务",
        "落实双人复核制度",
        "完成支行领导交办的其他工作",
    ]


def test_an_office_system_s_record_and_a_sheet_s_qualifications_are_no_records() -> None:
    doc = extract_text(
        "发文部门：党群工作部　　文件类别：机构职能　　有效状态：现行有效\n\n"
        "岗位名称\t组织干事\t所属部门\t党群工作部\n"
        "政治面貌\t中共党员，党龄5年以上\n"
        "岗位职责\t1.负责党员发展。\n\t2.负责党费收缴。\n"
    )
    assert set(roles(doc)) == {"组织干事"}
    assert roles(doc)["组织干事"].duties == ["负责党员发展", "负责党费收缴"]
    assert "发文部门" not in depts(doc)
