"""KPI sheets (关键绩效指标考核表): a table per role or department whose head row names its
columns, cells cut by tabs or by blanks. Snippets of a fictional company."""

from __future__ import annotations

from ingest.extract import extract_text
from tests.ingest.test_rules import depts, roles

SHEET = """青禾物流有限公司
仓储中心关键绩效指标考核表

填表说明：
1. 本表适用于仓储中心下设的收货组、配送组全体作业人员。

一、部门级关键绩效指标
（一）收货组
序号\t指标名称\t权重\t考核标准
1\t收货准确率\t60%\t差错率≤0.1%，每超0.1%扣5分
2\t卸货及时率\t40%\t车辆到场2小时内卸完

二、岗位级关键绩效指标
岗位名称：配送调度员\t所属部门：配送组\t直接上级：配送组长
被考核人：________\t考核期间：____年__月
岗位职责：
1、编排每日配送线路；
2、跟踪车辆在途状态。
序号 指标名称 权重 考核标准 数据来源
1 准时送达率 50% 准时率≥97%，每低1%扣2分 调度系统
2 线路满载率 30% 平均满载率
≥85% 调度系统
3 客户签收差错 20% 0次 签收单
合计 100%
考核人签字：\t被考核人签字：
本表由人力资源部负责解释。
"""


def test_the_measure_is_the_cell_under_its_name_column_tabs_or_blanks() -> None:
    doc = extract_text(SHEET)
    assert depts(doc)["收货组"].kpis == ["收货准确率", "卸货及时率"]
    r = roles(doc)["配送调度员"]
    # The wrapped row (`≥85% 调度系统`) is no measure, the 合计 row ends the table.
    assert r.kpis == ["准时送达率", "线路满载率", "客户签收差错"]
    assert r.duties == ["编排每日配送线路", "跟踪车辆在途状态"]
    assert r.reports_to == ["配送组长"]


def test_form_labels_level_headings_and_closing_notes_are_no_records() -> None:
    doc = extract_text(SHEET)
    names = set(roles(doc)) | set(depts(doc))
    assert names == {"收货组", "配送组", "配送调度员"}


def test_the_parent_named_after_a_particle_and_its_children_before_their_staff() -> None:
    doc = extract_text(SHEET)
    assert depts(doc)["收货组"].parent == "仓储中心"
    assert depts(doc)["配送组"].parent == "仓储中心"


def test_measures_with_their_targets_and_a_flattened_staffing_table() -> None:
    doc = extract_text(
        "一、店长\n1、负责门店经营;\n2、管理门店员工。\n"
        "考核标准:顾客满意度不低于95%,月度营业额达成率不低于100%,食材成本率不高于38%。\n"
        "二、前厅经理\n1、负责前厅服务。\n考核标准:翻台率(午、晚市平均)≥2.5次;前厅物料损耗率≤1.5%\n\n"
        "八、门店标准编制\n岗位 人数 班次 备注 店长 1 全日班 前厅经理 1 全日班 迎宾 2 早/晚班 "
        "服务员 14 两班倒 含实习生2名 打荷 3 两班倒 合计 21\n"
    )
    r = roles(doc)
    assert r["店长"].kpis == [
        "顾客满意度不低于95%",
        "月度营业额达成率不低于100%",
        "食材成本率不高于38%",
    ]
    assert r["前厅经理"].kpis == ["翻台率(午、晚市平均)≥2.5次", "前厅物料损耗率≤1.5%"]
    # Each title before its bare count, rows of any length.
    assert {n: r[n].headcount for n in ("迎宾", "服务员", "打荷")} == {
        "迎宾": 2,
        "服务员": 14,
        "打荷": 3,
    }
    assert r["店长"].headcount == 1


def test_measures_on_the_labels_line_end_at_a_blank_line() -> None:
    doc = extract_text(
        "客户关系部经理岗位职责：\n① 建立用户回访机制；\n② 管理本部门人员。\n"
        "考核指标：用户满意度、投诉结案率、延保销售额\n\n\n"
        "（注：备件管理员、回访专员岗位说明书另行发布。）\n\n"
        "客服专员岗位职责：\n1) 接听热线。\n考核指标（KPI）\n\n① 接听量\n② 通话质量得分\n"
    )
    r = roles(doc)
    assert r["客户关系部经理"].kpis == ["用户满意度", "投诉结案率", "延保销售额"]
    assert r["客服专员"].kpis == ["接听量", "通话质量得分"]  # `(KPI)` alone: the list is below


def test_kpis_stated_in_prose_without_a_colon() -> None:
    doc = extract_text(
        "市场主管：\n1、主持市场部工作；\n2、审核招生方案。\n\n"
        "市场专员：\n1、开展地推；\n2、收集学员名单。\n\n"
        "课程顾问：\n1、接待来访家长；\n2、跟进签单。\n\n"
        "五、KPI考核体制\n"
        "市场主管的考核以部门招生任务完成率为核心，权重占50%，其余为市场费用控制率20%、团队人员流失率30%。"
        "市场专员主要考核有效名单收集量、邀约到访量和地推执行合格率三项，权重依次为40%、35%、25%。"
        "课程顾问按签单业绩(权重50%)和家长满意度(权重50%)进行考核。\n"
    )
    r = roles(doc)
    assert r["市场主管"].kpis == ["部门招生任务完成率", "市场费用控制率", "团队人员流失率"]
    assert r["市场专员"].kpis == ["有效名单收集量", "邀约到访量", "地推执行合格率"]
    assert r["课程顾问"].kpis == ["签单业绩", "家长满意度"]
    assert r["市场专员"].duties == ["开展地推", "收集学员名单"]


def test_units_measured_in_prose_and_a_measure_s_own_words() -> None:
    doc = extract_text(
        "宏远酒店前厅部\n\n前厅部下设礼宾组和总机组。\n前厅部职责：\n1、负责客人入住手续；\n"
        "2、处理宾客投诉。\n\n前厅经理岗位职责\n1、主持前厅部日常工作；\n2、审核房价。\n\n"
        "部门考核：前厅部看入住率、宾客满意度和投诉处理及时率；礼宾组看行李差错率；"
        "总机组按月考核接通率和主要客户满意度。\n"
    )
    ds, r = depts(doc), roles(doc)
    assert ds["前厅部"].kpis == ["入住率", "宾客满意度", "投诉处理及时率"]
    assert ds["礼宾组"].kpis == ["行李差错率"]  # units the structure names
    assert ds["总机组"].kpis == ["接通率", "主要客户满意度"]
    assert r["前厅经理"].kpis == []
    assert "部门考核" not in r
    assert ds["前厅部"].duties == ["负责客人入住手续", "处理宾客投诉"]  # its duties speak of none


def test_weighted_measures_cut_by_blanks_and_contacts_that_are_no_post() -> None:
    doc = extract_text(
        "客服部主管：\n1、负责客服部日常管理；\n2、处理重大投诉。\n"
        "考核指标：投诉处理及时率（40%）  客户满意度（30%）  订单处理准确率（30%）\n"
        "内部联系：各销售部、仓储部\n外部联系：物流公司、重点客户\n"
    )
    r = roles(doc)
    assert set(r) == {"客服部主管"}
    assert r["客服部主管"].kpis == ["投诉处理及时率(40%)", "客户满意度(30%)", "订单处理准确率(30%)"]


def test_a_post_on_one_line_then_its_kpi_line() -> None:
    r = roles(
        extract_text(
            "薪酬绩效主管（1人）：负责薪酬体系的日常运行；每月核算工资。\n"
            "KPI：①薪资核算差错率 ②绩效考核按期完成率\n\n"
            "培训专员（1人）：制定年度培训计划；组织新员工培训。\n"
        )
    )
    assert r["薪酬绩效主管"].kpis == ["薪资核算差错率", "绩效考核按期完成率"]
    assert r["培训专员"].duties == ["制定年度培训计划", "组织新员工培训"]


def test_a_kpi_chapter_of_posts_whose_measures_state_targets() -> None:
    r = roles(
        extract_text(
            "三、岗位职责\n（一）出纳\n1、办理现金收付；\n2、登记日记账。\n\n"
            "四、关键绩效指标（KPI）\n（一）出纳：①现金账实相符率100%；②资金日报表报送及时率100%；"
            "③付款差错次数为0；④票据及印鉴保管无遗失。\n"
        )
    )
    assert r["出纳"].duties == ["办理现金收付", "登记日记账"]
    assert r["出纳"].kpis == [
        "现金账实相符率100%",
        "资金日报表报送及时率100%",
        "付款差错次数为0",
        "票据及印鉴保管无遗失",  # most of the list names measures: all of it is measures
    ]


def test_a_blog_s_measures_cut_by_slashes_and_a_unit_now_under_another() -> None:
    doc = extract_text(
        "我们直播部是前年从电商部拆出来单独成立的，现在隶属于品牌中心。\n\n"
        "### 投流专员（1人）\n\n汇报给：运营负责人\n\n* 负责千川投放\n* 每日复盘投流数据\n\n"
        "考核：千川ROI / 预算执行偏差率 / 付费流量成交占比\n\n赞赏\n"
    )
    r = roles(doc)
    assert set(r) == {"投流专员"}
    assert r["投流专员"].kpis == ["千川ROI", "预算执行偏差率", "付费流量成交占比"]
    assert depts(doc)["直播部"].parent == "品牌中心"  # `是…,现在隶属于X`


def test_measures_of_distance_and_consumption() -> None:
    r = roles(
        extract_text(
            "一、调度员 直接上级：调度主管 1、负责派车。2、负责回收签收单。 "
            "二、驾驶员 直接上级：调度主管 1、负责安全驾驶。2、负责车辆保养。 "
            "3.4.4 考核指标 调度员：派车及时率、签收单回收率；"
            "驾驶员：准时到达率、安全行车里程、百公里油耗、客户投诉次数。以上指标的目标值见附件。\n"
        )
    )
    assert r["驾驶员"].kpis == ["准时到达率", "安全行车里程", "百公里油耗", "客户投诉次数"]


def test_a_unit_s_kpi_table_under_its_heading_and_a_post_s_duties_after_its_superior() -> None:
    doc = extract_text(
        "三、市场部部门KPI\n"
        "序号　KPI指标　　　　　　　　　权重　　目标值　　　　　考核周期\n"
        "1　　集客量达成率　　　　　　　25%　　 ≥100%　　　　　月度\n"
        "2　　有效线索转化率　　　　　　20%　　 ≥15%　　　　　 月度\n"
        "3　　活动到店批次　　　　　　　10%　　 ≥4场/月　　　　月度\n"
        "　　 合计　　　　　　　　　　　100%\n\n"
        "四、岗位职责\n"
        "1、会员运营专员:汇报对象:客户关系部经理;负责会员系统的日常维护;"
        "策划会员日、车主自驾游等会员活动。\n"
    )
    assert depts(doc)["市场部"].kpis == ["集客量达成率", "有效线索转化率", "活动到店批次"]
    r = roles(doc)["会员运营专员"]
    assert r.reports_to == ["客户关系部经理"]  # not the duties after it
    assert r.duties == ["负责会员系统的日常维护", "策划会员日、车主自驾游等会员活动"]


def test_untitled_posts_in_a_numbered_list_and_each_post_s_measures_after_a_dash() -> None:
    r = roles(
        extract_text(
            "铂动健身工作室岗位设置及职责\n"
            "一、店长（1人）：直接上级为城市经理；负责工作室日常运营；负责教练排班。\n"
            "二、私教（3人）：直接上级为店长；负责私教课程授课；负责会员体测数据记录。\n"
            "三、考核：店长——月度营业额、会员续费率；私教——月课时量、会员续费率。\n"
        )
    )
    assert (r["私教"].headcount, r["私教"].reports_to) == (3, ["店长"])
    assert r["私教"].duties == ["负责私教课程授课", "负责会员体测数据记录"]
    assert r["店长"].kpis == ["月度营业额", "会员续费率"]
    assert r["私教"].kpis == ["月课时量", "会员续费率"]


def test_a_post_s_appraisal_method_over_a_table_of_what_is_scored_and_a_section_number() -> None:
    doc = extract_text(
        "02、岗位职责\n\n班主任岗位职责\n1、负责班级日常管理；\n2、组织主题班会。\n\n"
        "03、晨会制度\n· 年级组长主持，每周一召开\n\n"
        "四、班主任工作考核办法（试行）\n"
        "序号　　考核项目　　　　　　　　分值　　评分标准\n"
        "1　　　班级常规管理　　　　　　　30分　　按常规检查平均得分折算\n"
        "2　　　家校沟通　　　　　　　　　15分　　家访覆盖率不足100%的按比例扣分\n"
        "　　　　合计　　　　　　　　　　　100分\n"
    )
    r = roles(doc)["班主任"]
    assert r.duties == ["负责班级日常管理", "组织主题班会"]  # not the meeting's rules
    assert r.kpis[-2:] == ["班级常规管理", "家校沟通"]


def test_measures_said_the_ways_an_article_says_them() -> None:
    doc = extract_text(
        "🦷【院长】\n1. 负责门诊全面管理。\n"
        "考核上，院长看门诊营收达成率、患者满意度和医疗差错次数这三项，每季度由区域运营总监打分。\n\n"
        "🦷【护士长】\n1. 负责护士排班。\n"
        "护士长的KPI就三个：器械灭菌合格率、院感检查得分、耗材损耗率。\n\n"
        "🦷【护士】\n1. 负责四手配合。\n护士看两项：医生配台评分和院感抽查合格率。\n\n"
        "🦷【咨询师】\n1. 接待初诊患者。\n"
        "咨询师主要看到诊率和成交率，做大项目的再加一个客单价。\n\n"
        "🦷【客服专员】\n1. 回复线上咨询。\n"
        "客服专员看邀约到店数和回访完成率，差评回复率也算一项。\n"
    )
    r = roles(doc)
    assert r["院长"].kpis == ["门诊营收达成率", "患者满意度", "医疗差错次数"]
    assert r["护士长"].kpis == ["器械灭菌合格率", "院感检查得分", "耗材损耗率"]
    assert r["护士"].kpis == ["医生配台评分", "院感抽查合格率"]
    assert r["咨询师"].kpis == ["到诊率", "成交率", "客单价"]
    assert r["客服专员"].kpis == ["邀约到店数", "回访完成率", "差评回复率"]


def test_units_measures_with_each_unit_on_its_first_row_only() -> None:
    doc = extract_text(
        "门店设生鲜课、食品课和收银课。\n\n表5-1 各课关键考核指标\n"
        "课别      考核指标            目标值            权重\n"
        "生鲜课    生鲜损耗率          ≤4.5%            30%\n"
        "          毛利率              ≥18%             70%\n"
        "食品课    临期商品报损率      ≤0.3%            20%\n"
        "          销售达成率          ≥100%            80%\n"
        "注：人效按本课在册人数计算。\n"
    )
    d = depts(doc)
    assert d["生鲜课"].kpis == ["生鲜损耗率", "毛利率"]  # the target column between
    assert d["食品课"].kpis == ["临期商品报损率", "销售达成率"]
    assert d["收银课"].kpis == []  # the note after the table is no row


def test_a_table_drawn_with_box_characters() -> None:
    doc = extract_text(
        "4. 交易員\n　　上級主管：交易室主管\n　1、依投資決定書下單。\n　2、作成投資執行紀錄。\n"
        "　　考核項目：\n"
        "　┌────────┬──┐\n"
        "　│考核項目　　　　│權重│\n"
        "　├────────┼──┤\n"
        "　│下單正確率　　　│40％│\n"
        "　│最佳執行成本　　│60％│\n"
        "　└────────┴──┘\n"
    )
    r = roles(doc)["交易员"]
    assert r.kpis == ["下单正确率", "最佳执行成本"]  # no `│` of the drawing in them
    assert r.duties == ["依投资决定书下单", "作成投资执行纪录"]


def test_a_posts_measures_weighted_by_proportion_and_its_pay_beside_them() -> None:
    doc = extract_text(
        "业务执行员\n职责：\n- 负责区域客户的拜访和接单；\n- 跟进客户货款回收。\n\n"
        "考核指标(KPI)：\n指标\t目标\t比重\n月销售额\t每月不少于RM80,000\t50%\n"
        "新客户数\t每月至少开发3家\t50%\n\n佣金：月销售额超过RM80,000的部分按1.5%计算。\n"
    )
    r = roles(doc)
    assert set(r) == {"业务执行员"}  # not `佣金`
    assert r["业务执行员"].kpis == ["月销售额", "新客户数"]


def test_a_table_of_several_posts_measures_cut_by_bars_each_post_on_its_first_row() -> None:
    doc = extract_text(
        "班长岗位职责\n1、主持班组全面工作。\n\n值班长岗位职责\n1、组织当值运行工作。\n\n"
        "表6-1　运维班岗位考核表\n| 岗位 | 指标 | 标准 | 分值 |\n"
        "| 班长 | 安全生产目标完成情况 | 无责任事件 | 30 |\n| | 月度工作计划完成率 | ≥95% | 20 |\n"
        "| 值班长 | 两票合格率 | 100% | 30 |\n| | 倒闸操作正确率 | 100% | 30 |\n"
    )
    r = roles(doc)
    assert r["班长"].kpis == ["安全生产目标完成情况", "月度工作计划完成率"]
    assert r["值班长"].kpis == ["两票合格率", "倒闸操作正确率"]


def test_a_table_of_posts_measures_cut_by_blanks_over_a_page_break() -> None:
    """`岗位 考核项目 分值 扣分标准`: each post on its first row only, a cell wrapped onto a
    line of its own, a row that looks like a title (`培训组织 20 …`) and a page's break."""
    doc = extract_text(
        "副站长岗位职责\n1、协助站长工作。\n\n收费员岗位职责\n1、执行收费标准。\n\n"
        "附表3-2　收费站岗位考核细则\n岗位　考核项目　分值　扣分标准\n"
        "副站长　车道巡查　20　每周深入车道检查少于一次的扣5分\n"
        "　培训组织　20　未按计划开展培训一次扣5分\n"
        "收费员　收费差错　35　错收、漏收一次扣2分，收假币一次扣\n　　　　5分\n\n— 11 —\n\n"
        "　劳动纪律　20　迟到早退一次扣2分\n"
    )
    r = roles(doc)
    assert r["副站长"].kpis == ["车道巡查", "培训组织"]
    assert r["收费员"].kpis == ["收费差错", "劳动纪律"]


def test_a_process_and_set_phrases_in_brackets_end_a_posts_measures() -> None:
    doc = extract_text(
        "抄表员岗位职责\n1、按抄表线路抄读水表。\n考核指标：\n抄表到位率≥99.5%；\n估抄率≤0.5%。\n\n"
        "【抄表操作流程】（供参考，不作为岗位职责）\n步骤1：领取当日抄表任务；\n步骤2：核对户号。\n\n"
        "热线坐席岗位职责\n1、接听供水服务热线。\n考核指标：\n①　接通率；\n②　用户满意度≥90%。\n"
        "【热线服务用语（节选）】\n1. 您好，供水服务热线为您服务。\n2. 感谢您的来电，再见。\n"
    )
    r = roles(doc)
    assert r["抄表员"].kpis == ["抄表到位率≥99.5%", "估抄率≤0.5%"]
    assert r["热线坐席"].kpis == ["接通率", "用户满意度≥90%"]
