"""Reporting lines stated in a sentence rather than a field, and a company-name title.
Snippets of a fictional company."""

from __future__ import annotations

from ingest.extract import extract_text
from ingest.records import Role
from ingest.relations import kpis_in, superiors_in
from tests.ingest.test_rules import depts
from tests.ingest.test_rules import roles as roles_in

TEXT = """青禾乳业科技有限公司

一、储运部经理岗位职责
储运部经理对供应链副总负责，主持储运部的全面工作。
1、组织编制储运计划；
2、管理储运团队。

二、调度员岗位职责
调度员向储运部经理汇报工作。
1、安排车辆；
2、跟踪在途订单。

三、仓管员
（1）由储运部经理直接领导；
（2）办理出入库手续。
"""


def roles() -> dict[str, Role]:
    return roles_in(extract_text(TEXT))


def test_answering_to_reporting_to_and_being_led_by_a_role() -> None:
    r = roles()
    assert r["储运部经理"].reports_to == ["供应链副总"]
    assert r["储运部经理"].duties == ["组织编制储运计划", "管理储运团队"]
    assert r["调度员"].reports_to == ["储运部经理"]
    assert r["仓管员"].reports_to == ["储运部经理"]


def test_only_roles_count_in_these_phrases() -> None:
    assert superiors_in("对本部门的工作质量负责") == []
    assert superiors_in("向公司负责") == []
    assert superiors_in("对营销总监负责") == ["营销总监"]


def test_a_title_that_is_only_a_company_name_gives_no_department() -> None:
    r = roles()
    assert not any((x.department or "").startswith("青禾") for x in r.values())  # no 青禾乳业科
    assert extract_text(TEXT).units[0].organization == "青禾乳业科技有限公司"


def test_kpis_named_in_a_sentence() -> None:
    text = (
        "招商专员岗位职责：\n1、开发入驻商户；\n2、维护商户关系。\n"
        "主要考核指标为：招商面积、商户满意度和租金回收及时率。\n\n"
        "店长岗位职责：\n1、负责门店经营。\n对店长的考核主要包括营业额完成率、毛利率等指标。\n"
    )
    r = roles_in(extract_text(text))
    assert r["招商专员"].kpis == ["招商面积", "商户满意度", "租金回收及时率"]
    assert r["店长"].kpis == ["营业额完成率", "毛利率"]
    assert kpis_in("负责制定部门的考核指标") == []  # naming no measure
    assert kpis_in("负责制定考核指标为各部门提供依据") == []


def test_a_measures_sentence_after_the_last_duty_is_no_part_of_it() -> None:
    text = (
        "饮品师岗位职责:1、按配方制作饮品;2、配合外卖专员做好高峰出品。"
        "饮品师的考核指标主要有:出品合格率、出杯时效和原料损耗率。\n"
    )
    r = roles_in(extract_text(text))["饮品师"]
    assert r.duties == ["按配方制作饮品", "配合外卖专员做好高峰出品"]
    assert r.kpis == ["出品合格率", "出杯时效", "原料损耗率"]


QA_PAGE = """篇二 销售部组织架构及岗位职责

销售部隶属于营销中心，下设客户服务组。销售经理在营销总监的领导下，负责目标达成；销售代表服从销售经理的领导；销售内勤的直接上级为销售经理。

销售经理岗位职责
1、制定销售计划；
2、管理销售团队。
销售代表岗位职责
1、开发客户；
2、跟进订单。
销售内勤岗位职责
1、录入订单；
2、整理合同。

赞(56)   踩(3)   评论(4)
正好我们也在做岗位说明书
相关问题
销售内勤每天的工作内容有哪些8个回答
销售部经理岗位职责怎么写.doc
"""


def test_superiors_stated_in_a_paragraph_about_the_department() -> None:
    """`A在X的领导下`, `A服从X的领导`, `A的直接上级为X` said of each role before the roles'
    own sections; the comments and related questions of the page name no role."""
    doc = extract_text(QA_PAGE)
    rs = roles_in(doc)
    assert set(rs) == {"销售经理", "销售代表", "销售内勤"}
    assert rs["销售经理"].reports_to == ["营销总监"]
    assert rs["销售代表"].reports_to == ["销售经理"]
    assert rs["销售内勤"].reports_to == ["销售经理"]
    ds = depts(doc)
    assert ds["客户服务组"].parent == "销售部"


def test_units_set_up_under_a_department_led_by_another() -> None:
    """`A在X的领导下开展工作,下设B、C和D三个班组`: the teams are A's."""
    text = (
        "篇二：青禾冷链有限公司仓储部岗位职责\n"
        "仓储部在运营中心的领导下开展工作，下设收货组、库内作业组和发运组三个班组。\n"
        "仓储经理岗位职责：\n1. 组织收发货作业。\n2. 管理库存。\n"
    )
    ds = depts(extract_text(text))
    assert {n: d.parent for n, d in ds.items() if n != "仓储部"} == {
        "收货组": "仓储部",
        "库内作业组": "仓储部",
        "发运组": "仓储部",
    }


def test_a_department_described_then_placed_and_given_its_teams() -> None:
    """`A是…部门,隶属于X,下设B、C`: A under X, B and C under A; 营运部职掌 heads duties."""
    text = (
        "成本部是集团工程成本管控的职能部门，隶属于经营管理中心，下设预算组、合约组。\n\n"
        "營運部職掌：\n1. 制定門市作業標準。\n2. 分析各門市營業數據。\n"
    )
    ds = depts(extract_text(text))
    assert ds["成本部"].parent == "经营管理中心"
    assert ds["预算组"].parent == ds["合约组"].parent == "成本部"
    assert ds["营运部"].duties == ["制定门市作业标准", "分析各门市营业数据"]


def test_a_superior_field_naming_a_title_by_what_it_oversees() -> None:
    doc = extract_text(
        "岗位名称：区域经理\n直接上级：分管销售的副总经理\n岗位职责：\n1、制定区域销售计划；\n"
        "\n岗位名称：仓管员\n直接上级：仓储部的全体人员\n岗位职责：\n1、办理出入库；\n"
    )
    r = roles_in(doc)
    assert r["区域经理"].reports_to == ["分管销售的副总经理"]
    assert r["仓管员"].reports_to == []  # a phrase with 的 is no title


def test_a_superior_described_by_what_it_oversees_in_running_text() -> None:
    doc = extract_text(
        "学生事务处处长在分管学生工作的党委副书记领导下，主持本处全面工作。\n\n"
        "后勤处处长\n1、在分管后勤的副校长领导下，统筹后勤保障工作；\n2、负责资产管理。\n"
    )
    r = roles_in(doc)
    assert r["学生事务处处长"].reports_to == ["分管学生工作的党委副书记"]
    assert r["后勤处处长"].reports_to == ["分管后勤的副校长"]
    # A title of `处长`, `部长`, `科长` is of the unit before it, not of `学生事务处处`.
    assert r["学生事务处处长"].department == "学生事务处"


def test_a_post_after_a_lead_in_and_a_report_made_at_times() -> None:
    text = (
        "因业务发展需要，现诚聘以下岗位：\n\n区域销售经理\n汇报关系：向销售总监汇报\n"
        "岗位职责:\n1、负责区域渠道开拓；\n\n大客户销售代表\n岗位职责:\n"
        "1、开发大客户；\n2、每周向区域销售经理汇报工作进展。\n"
    )
    r = roles_in(extract_text(text))
    assert r["区域销售经理"].reports_to == ["销售总监"]  # `以下岗位:` is no label of it
    assert r["大客户销售代表"].reports_to == []  # a weekly report, not a reporting line


def test_reporting_lines_stated_with_how_many_hold_the_post() -> None:
    text = (
        "客服部目前共15人。客服经理1名，在运营总监领导下主持客服部全面工作。"
        "售前组长(1名)对客服经理负责；质检专员1名，直接对客服经理负责。\n\n"
        "（一）客服经理\n岗位职责：\n1. 制定客服部工作计划；\n"
        "（二）售前组长\n岗位职责：\n1. 负责售前组排班；\n"
        "（三）售前客服（8人）\n工作内容：\n1、负责咨询接待；\n"
        "（四）质检专员\n岗位职责：\n1. 抽检聊天记录；\n"
    )
    r = roles_in(extract_text(text))
    assert r["客服经理"].reports_to == ["运营总监"]
    assert r["售前组长"].reports_to == r["质检专员"].reports_to == ["客服经理"]
    assert r["售前客服"].headcount == 8  # 客服 ends a title


def test_a_bank_branch_s_units_and_a_post_that_accepts_its_superior_s_lead() -> None:
    doc = extract_text(
        "支行下设营业室、公司金融部两个内设机构。\n\n"
        "大堂经理\n1、接受营业主管领导，负责营业厅现场秩序管理；\n2、负责客户分流引导。\n"
    )
    assert roles_in(doc)["大堂经理"].reports_to == ["营业主管"]
    assert depts(doc)["营业室"].parent == depts(doc)["公司金融部"].parent == "支行"


def test_a_chain_names_a_post_by_one_of_its_names() -> None:
    doc = extract_text(
        "汇报线画一下，箭头指向直接上级：\n运维工程师 → 技术总监 → CEO\n\n"
        "CTO/技术总监岗位职责:\n• 制定技术发展战略\n• 统筹技术中心的人员规划\n\n"
        "运维工程师岗位职责:\n• 负责服务器的日常维护\n• 响应线上告警\n\n"
        "前端工程师岗位职责:\n前端这块人少，前端工程师直接向技术总监汇报。\n• 开发页面\n"
    )
    r = roles_in(doc)
    assert set(r) == {"CTO/技术总监", "运维工程师", "前端工程师"}
    assert r["CTO/技术总监"].reports_to == ["CEO"]
    assert r["运维工程师"].reports_to == ["技术总监"]  # as the chain writes it
    assert r["前端工程师"].reports_to == ["技术总监"]  # as the sentence writes it


def test_a_chef_s_blog_kitchens_and_posts_said_in_passing() -> None:
    doc = extract_text(
        "后厨怎么分工\n\n我们店后厨分为零点厨房和宴会厨房两个厨房。零点厨房下设砧板组、炉灶组。\n\n"
        "【行政总厨】\n行政总厨对总经理负责，说白了就是后厨的大管家。主要干这些："
        "定菜单；把控成本；负责后厨人员的招聘。\n\n"
        "【厨师长】\n两个厨房各一个，厨师长归行政总厨管，职责基本一样：安排排班；开餐时把关。\n\n"
        "砧板主管——砧板主管听厨师长安排，手下管着三个切配。负责原料的验收；按标准分量切配。\n"
    )
    r = roles_in(doc)
    assert r["行政总厨"].reports_to == ["总经理"]
    assert r["行政总厨"].duties == ["定菜单", "把控成本", "负责后厨人员的招聘"]
    assert r["厨师长"].reports_to == ["行政总厨"]
    assert r["厨师长"].duties == ["安排排班", "开餐时把关"]
    assert r["砧板主管"].reports_to == ["厨师长"]
    assert r["砧板主管"].duties == ["负责原料的验收", "按标准分量切配"]
    ds = depts(doc)
    assert ds["零点厨房"].parent == "后厨" and ds["砧板组"].parent == "零点厨房"


def test_posts_above_a_collective_statement_and_two_lines_of_report() -> None:
    doc = extract_text(
        "公司这两年员工从120人增加了一倍多。\n\n"
        "人力资源总监（1人）：部门负责人，直接向总经理汇报。\n主持全面工作；审批重大人事事项。\n\n"
        "招聘主管（1人）：\n- 制定招聘计划\n- 维护招聘渠道\n\n"
        "培训专员（1人）：制定年度培训计划；组织新员工培训。\n\n"
        "以上岗位均向人力资源总监汇报。\n\n"
        "HRBP（3人，每个事业部配1人）：HRBP虚线汇报给业务部门负责人、实线汇报给人力资源总监。\n"
        "深入业务部门了解用人需求；推动人力资源政策落地。\n"
    )
    r = roles_in(doc)
    assert set(r) == {"人力资源总监", "招聘主管", "培训专员", "HRBP"}  # `员工从120人`: no post
    assert r["人力资源总监"].reports_to == ["总经理"]
    assert r["人力资源总监"].duties == ["主持全面工作", "审批重大人事事项"]
    assert r["招聘主管"].reports_to == r["培训专员"].reports_to == ["人力资源总监"]
    assert (r["HRBP"].headcount, r["HRBP"].reports_to) == (3, ["业务部门负责人", "人力资源总监"])
    assert r["HRBP"].duties == ["深入业务部门了解用人需求", "推动人力资源政策落地"]


def test_units_set_up_under_traditional_and_staffing_phrases() -> None:
    doc = extract_text(
        "組織架構\n\n營運部負責倉儲及運輸業務。營運部轄下設有倉務組及運輸組。\n\n"
        "教务处设主任1名、干事2名，下设教研组、年级组和图书室。\n"
    )
    ds = depts(doc)
    assert ds["仓务组"].parent == ds["运输组"].parent == "营运部"  # 轄下設有
    assert ds["教研组"].parent == ds["图书室"].parent == "教务处"
    assert roles_in(doc)["干事"].headcount == 2


def test_a_chain_of_arrows_drawn_from_the_top_down() -> None:
    doc = extract_text(
        "组织架构\n\n项目经理→客服主管→客服专员\n\n"
        "客服专员岗位职责\n1. 受理业主报修；\n2. 做好回访。\n\n"
        "下载提示：下载文档时可能由于网络波动无法下载，请联系客服处理。\n"
    )
    r = roles_in(doc)
    assert set(r) == {"客服专员", "客服主管"}
    assert r["客服专员"].reports_to == ["客服主管"]
    assert r["客服主管"].reports_to == ["项目经理"]


def test_a_company_s_unit_set_up_and_a_count_said_of_the_department_now() -> None:
    doc = extract_text(
        "测试团队介绍\n\n公司测试部隶属于研发中心，下设功能测试组和自动化测试组。\n\n"
        "销售部在营销副总领导下开展工作。目前部门定编22人。\n\n"
        "部门职责：\n①制定销售计划；\n②管理客户。\n"
    )
    ds = depts(doc)
    assert ds["功能测试组"].parent == "测试部"  # not `公司测试部`
    assert "目前部门" not in ds and "部门" not in ds


def test_a_unit_under_another_that_divides_into_groups_and_a_group_of_stock_on_hand() -> None:
    doc = extract_text(
        "仓储部隶属于物流中心，分为收货组、在库管理组和发货组。\n"
        "收货组：负责到货验收和入库登记。\n在库管理组：负责库存盘点和库位管理。\n"
    )
    ds = depts(doc)
    assert ds["仓储部"].parent == "物流中心"
    assert ds["收货组"].parent == ds["在库管理组"].parent == ds["发货组"].parent == "仓储部"
    assert ds["在库管理组"].duties == ["负责库存盘点和库位管理"]  # not `库管理组`
    ds = depts(extract_text("运营部下面分店铺运营、推广和美工三块。\n"))
    assert ds["店铺运营"].parent == ds["推广"].parent == "运营部"
    assert "美工三块" not in ds  # the count of what the list names
    ds = depts(extract_text("仓储课依作业区分设进货组及出货组，各组置组长一人。\n"))
    assert ds["进货组"].parent == ds["出货组"].parent == "仓储课"  # divided by area, said first
    ds = depts(extract_text("中央厨房下面分粗加工、热厨和包装三个组。\n"))
    assert {n: d.parent for n, d in ds.items()} == {  # each a 组, the word said once
        "粗加工组": "中央厨房",
        "热厨组": "中央厨房",
        "包装组": "中央厨房",
    }


def test_several_posts_answering_to_one_and_a_blog_s_words_for_whom_one_leads() -> None:
    doc = extract_text(
        "教务部\n\n1、教务主管：①统筹教务工作；②审核课表。\n2、排课专员：①编排课表。\n"
        "3、学管师：①跟进学员学习情况。\n"
        "教务主管、排课专员均向教学总监汇报；学管师和前台教务的直接上级是教务主管。\n\n"
        "■ 运营主管（1人）\n下面带：客服、打包员\n1. 负责店铺日常运营；\n"
        "📊 考核要点：运营主管重点考核销售额达成率、转化率和退款率。\n\n转载请注明出处\n"
    )
    r = roles_in(doc)
    assert r["教务主管"].reports_to == r["排课专员"].reports_to == ["教学总监"]
    assert r["学管师"].reports_to == ["教务主管"]
    assert r["运营主管"].subordinates == ["客服", "打包员"]
    assert r["运营主管"].kpis == ["销售额达成率", "转化率", "退款率"]
    assert "转载请注明出处" not in depts(doc)


def test_two_posts_that_both_come_under_one_and_a_reply_that_is_no_post() -> None:
    doc = extract_text(
        "采购部\n\n采购经理：\n- 制定采购策略\n- 审批采购订单\n\n采购主管：\n- 跟进供应商交期\n\n"
        "汇报关系：采购主管和采购经理都归供应链总监管。\n\n"
        "评论\n铁皮人小王 2023-11-08 09:31\n回复：我们是总监打分，经理可以提意见\n"
    )
    r = roles_in(doc)
    assert set(r) == {"采购经理", "采购主管"}
    assert r["采购经理"].reports_to == r["采购主管"].reports_to == ["供应链总监"]


def test_a_blog_s_chain_of_command_by_short_titles() -> None:
    doc = extract_text(
        "秩序维护部\n\n一、管理关系\n班长听队长的，队长听主管的，主管对项目经理负责。\n\n"
        "二、各岗位职责\n【秩序主管】\n负责部门全面管理；组织消防演练。\n"
        "【秩序队长】\n编排排班表；检查岗位。\n【班长】\n带班执勤；做好交接班。\n"
        "【车场主管】\n管理车场收费。\n"
    )
    r = roles_in(doc)
    assert r["班长"].reports_to == ["秩序队长"]  # `队长`: the one post of that title
    assert r["秩序队长"].reports_to == []  # `主管` could be 秩序主管 or 车场主管
    assert r["秩序主管"].reports_to == r["车场主管"].reports_to == []


def test_reporting_lines_in_an_answer_s_prose() -> None:
    doc = extract_text(
        "销售团队\n\n两个销售总监的直接上级是销售VP，大客户经理归各自区域的销售总监管。\n"
        "售前顾问不挂在区域组下面，统一向销售VP汇报。客户成功经理不在销售这条线上，"
        "直接上级是客户成功负责人。\n\n"
        "1. 销售总监\n负责区域业绩。\n2. 大客户经理\n负责签约。\n3. 售前顾问\n负责方案演示。\n"
        "4. 客户成功经理\n负责续费。\n"
    )
    r = roles_in(doc)
    assert r["销售总监"].reports_to == ["销售VP"]  # `两个`: how many, not the name
    assert r["大客户经理"].reports_to == ["销售总监"]  # placed by `各自区域的`
    assert r["售前顾问"].reports_to == ["销售VP"]  # the clause after the post's own
    assert r["客户成功经理"].reports_to == ["客户成功负责人"]


def test_an_answer_s_posts_under_bars_measures_it_looks_at_and_picked_comments() -> None:
    doc = extract_text(
        "律所怎么分工\n\n▍合伙人\n\n合伙人对管理委员会负责。主要做这些：\n"
        "• 开拓案源，维护重点客户\n• 分配团队内的案件\n"
        "合伙人主要看创收、回款率和团队人均产值，年底分配也跟着这三个数走。\n\n"
        "▍专职律师\n\n专职律师是所里拿固定工资的执业律师。日常工作：\n"
        "• 承办分配的诉讼和非诉案件\n• 出庭\n"
        "专职律师考核看计费小时、办结案件数和客户满意度。\n\n"
        "精选评论\n  林小满：那商标和专利谁负责？  赞 64\n查看全部 217 条评论 ›\n"
    )
    r = roles_in(doc)
    assert set(r) == {"合伙人", "专职律师"}  # `▍X` heads a post; no post `林小满`
    assert r["合伙人"].kpis == ["创收", "回款率", "团队人均产值"]
    assert r["专职律师"].kpis == ["计费小时", "办结案件数", "客户满意度"]
    assert r["专职律师"].duties == ["承办分配的诉讼和非诉案件", "出庭"]


def test_a_recruiting_site_s_posting_with_its_team_and_how_it_is_measured() -> None:
    r = roles_in(
        extract_text(
            "测试工程师  15-25K·13薪\n3-5年 本科\n职位描述\n岗位职责：\n1. 编写测试用例；\n"
            "2. 执行回归测试。\n本岗位隶属测试组，向测试经理汇报。\n"
            "考核方式：以缺陷漏测率、用例覆盖率和回归按时完成率为主要考核指标\n"
            "团队介绍：\n测试组目前有5名工程师，负责全部产品线的质量保障。\n"
        )
    )
    assert set(r) == {"测试工程师"}  # no post `团队介绍`
    assert r["测试工程师"].reports_to == ["测试经理"]
    assert r["测试工程师"].kpis == ["缺陷漏测率", "用例覆盖率", "回归按时完成率"]
    assert r["测试工程师"].duties == ["编写测试用例", "执行回归测试"]


def test_a_gym_manager_s_answer_with_an_ad_card_and_comments() -> None:
    doc = extract_text(
        "谁管谁：私教教练归私教经理管，前台直接听店长的。\n\n"
        "【私教经理】\n- 安排教练排班\n- 审核试课\n\n"
        "【私教教练】\n- 上好每一节私教课\n- 跟进续课\n\n"
        "【前台】\n- 会员签到\n- 收银对账\n\n"
        "考核这块：私教教练看课时消耗和私教续课率。私教经理和店长都看团队业绩达成率和员工流失率。\n\n"
        "────────────\n广告　·　练鲸健身管家\n会员签到一个系统搞定。\n────────────\n\n"
        "　　评论 87\n　　温酒煮茶：会籍和私教抢客户怎么处理？　赞 41\n　　查看全部 87 条评论 ›\n"
    )
    r = roles_in(doc)
    assert set(r) == {"私教经理", "私教教练", "前台"}  # 教练 a title; no commenter's post
    assert r["私教教练"].reports_to == ["私教经理"]
    assert r["前台"].reports_to == ["店长"]  # `直接听X的`
    assert r["私教教练"].kpis == ["课时消耗", "私教续课率"]  # `X看A和B`
    assert r["私教经理"].kpis == ["团队业绩达成率", "员工流失率"]  # `X和Y都看…`
    assert r["前台"].duties == ["会员签到", "收银对账"]  # the ad is no part of a list


def test_units_set_up_counted_by_their_kind_before_a_colon() -> None:
    doc = extract_text(
        "集团总部下设4个职能部门：综合办公室、财务管理部、营销管理部和审计监察部，总部定编60人。\n"
        "综合办公室：负责公文、会务和后勤管理。\n"
    )
    parents = {d.name: d.parent for d in depts(doc).values()}
    assert parents == dict.fromkeys(
        ["综合办公室", "财务管理部", "营销管理部", "审计监察部"], "集团总部"
    )


def test_a_superior_s_label_said_in_a_sentence_names_one_up_to_its_clause_s_end() -> None:
    doc = extract_text(
        "岗位名称：生产副总经理\n直接上级为总经理，分管生产管理部和技术质量部。\n"
        "岗位职责：\n1、组织编制年度生产计划；\n2、主持每周生产调度会。\n"
    )
    assert roles_in(doc)["生产副总经理"].reports_to == ["总经理"]


def test_measures_said_of_several_posts_and_units_in_one_paragraph() -> None:
    doc = extract_text(
        "一、部门职责\n生产部：负责生产计划的编制与执行。\n二、岗位职责\n安全员：负责现场安全巡查。\n"
        "三、绩效考核\n生产部的考核指标为产量计划完成率、单位能耗和设备完好率；"
        "安全员的关键绩效指标包括隐患整改率和安全培训覆盖率。\n"
    )
    assert depts(doc)["生产部"].kpis == ["产量计划完成率", "单位能耗", "设备完好率"]
    assert roles_in(doc)["安全员"].kpis == ["隐患整改率", "安全培训覆盖率"]


def test_a_post_s_superior_noted_after_its_duties_and_this_unit_set_up() -> None:
    doc = extract_text(
        "一、组织机构\n本项目部隶属于公司工程管理部，下设技术质量组和安全生产组。\n\n"
        "工程部文员：负责报修单的登记和派工；负责备件出入库台账。（直接上级：工程部经理）\n"
    )
    r = roles_in(doc)["工程部文员"]
    assert r.reports_to == ["工程部经理"]
    assert r.duties == ["负责报修单的登记和派工", "负责备件出入库台账"]
    ds = depts(doc)
    assert ds["技术质量组"].parent == "项目部"  # `本项目部`: this one
    assert "本项目部" not in ds


def test_a_post_s_summary_sentence_then_the_words_that_open_its_list() -> None:
    r = roles_in(
        extract_text(
            "出纳员在财务科科长领导下，负责医院现金和银行存款的收付工作。其主要职责是：按规定办理"
            "现金的清点和存缴；每日登记现金日记账；保管库存现金。\n"
        )
    )["出纳员"]
    assert r.reports_to == ["财务科科长"]
    assert r.duties == ["按规定办理现金的清点和存缴", "每日登记现金日记账", "保管库存现金"]


def test_a_unit_s_sentence_ends_where_a_clause_about_a_post_begins() -> None:
    doc = extract_text(
        "我们店的结构是这样的。\n\n仓储组负责收货、质检、打包和发货，仓库主管带4个打包员，"
        "大促前再临时招小时工。\n客服组负责售前咨询和售后处理，客服组长向运营总监汇报。\n"
    )
    ds = depts(doc)
    assert ds["仓储组"].duties == ["仓储组负责收货、质检、打包和发货"]
    assert ds["客服组"].duties == ["客服组负责售前咨询和售后处理"]
