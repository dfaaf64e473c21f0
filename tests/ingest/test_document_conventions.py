"""Conventions of particular kinds of documents: a hospital's 岗位责任制 booklet, an article of
a chat app's public account, a quality manual with decimal sections, a sheet Excel saved as
a web page. Snippets of fictional organisations."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract_file, extract_text
from ingest.rewrite import emoji_marks
from tests.ingest.test_rules import depts, roles

BOOKLET = """                         院长岗位责任制

    一、在县卫生健康局领导下，全面负责医院的医疗和行政管理工作。
    二、领导全院医疗工作。
        (1)经常深入临床科室，检查医疗质量；
        (2)组织开展新技术、新项目。
    三、人才培养方面
        1.组织制定卫生技术人员培养计划；
        2.负责进修人员的管理。
    四、院长外出时，指定一名副院长代行职责。

                         药剂科主任职责

    药剂科下设门诊药房、住院药房和药库。
    一、在院长领导下，负责全院药品供应工作。
    二、督促检查处方调配质量。
    护理质量考核指标：基础护理合格率≥95%；特级、一级护理合格率≥90%。
"""


def test_a_hospital_booklet_of_duties() -> None:
    doc = extract_text(BOOKLET)
    r = roles(doc)
    assert set(r) == {"院长", "药剂科主任"}  # not 副院长, only counted
    assert r["院长"].reports_to == ["县卫生健康局"]
    assert r["院长"].duties == [
        "在县卫生健康局领导下,全面负责医院的医疗和行政管理工作",
        "领导全院医疗工作",  # a whole sentence before its sub-items says something itself
        "经常深入临床科室,检查医疗质量",
        "组织开展新技术、新项目",
        "组织制定卫生技术人员培养计划",  # `三、人才培养方面` only leads in, and opens no section
        "负责进修人员的管理",
        "院长外出时,指定一名副院长代行职责",
    ]
    # A unit's units set up under it need no suffix of a unit.
    assert {d.name: d.parent for d in depts(doc).values()} == {
        "门诊药房": "药剂科",
        "住院药房": "药剂科",
        "药库": "药剂科",
    }
    # The measures of a topic belong to the block they are in; a measure of two things
    # (`特级、一级护理合格率`) stays one.
    assert r["药剂科主任"].kpis == ["基础护理合格率≥95%", "特级、一级护理合格率≥90%"]


ARTICLE = """一文看懂青石科技组织架构

原创 小满 人资研习社 2023-06-12

01 | 总经办

总经办是公司的“中枢神经”，负责战略落地和会议组织。

▌总经理助理 岗位职责

• 协助总经理跟进重点项目进度；
• 起草公司年度总结和对外函件。

👉 总经理助理直接向总经理汇报。

02 | 营销中心

营销中心负责产品的市场推广和销售拓展。营销中心下设市场部、销售部两个部门，由营销总监统一管理。

▌质检专员 岗位职责

质检专员向客服主管汇报，负责每日抽检在线会话并打分。
"""


def test_an_article_of_a_public_account() -> None:
    doc = extract_text(ARTICLE)
    d = depts(doc)
    assert d["总经办"].duties == ["总经办是公司的“中枢神经”,负责战略落地和会议组织"]
    assert d["总经办"].parent is None  # 青石科技 is a company, not a 科
    assert d["营销中心"].duties == ["营销中心负责产品的市场推广和销售拓展"]
    assert {d["市场部"].parent, d["销售部"].parent} == {"营销中心"}
    r = roles(doc)
    assert r["总经理助理"].duties == ["协助总经理跟进重点项目进度", "起草公司年度总结和对外函件"]
    assert r["总经理助理"].reports_to == ["总经理"]
    assert r["质检专员"].reports_to == ["客服主管"]
    assert r["质检专员"].duties == ["质检专员向客服主管汇报,负责每日抽检在线会话并打分"]


MANUAL = """鼎丰液压件有限公司                         质 量 手 册
文件编号：QM-01          版本：A/2          第12页 共40页
章节：5 管理职责                           生效日期：2022年3月1日

5.5.1  职责和权限
    公司实行总经理负责制。管理者代表由总经理任命，在总经理领导下工作；生产部、采购部在总经理的领导下开展工作。

5.5.1.1  管理者代表
  a) 确保质量管理体系所需的过程得到建立和保持；
  b) 负责组织内部质量审核。

鼎丰液压件有限公司                         质 量 手 册
文件编号：QM-01          版本：A/2          第13页 共40页
章节：5 管理职责                           生效日期：2022年3月1日
5.5.1.2  生产部
  a) 负责编制月度生产计划并组织实施；
  b) 负责产品的标识和可追溯性控制。
"""


def test_a_quality_manual_with_running_heads() -> None:
    doc = extract_text(MANUAL)
    r = roles(doc)
    assert set(r) == {"管理者代表"}  # not 章节 (a running head), nor 公司实行总经理
    assert r["管理者代表"].reports_to == ["总经理"]
    assert r["管理者代表"].duties == [
        "确保质量管理体系所需的过程得到建立和保持",
        "负责组织内部质量审核",
    ]
    d = depts(doc)
    assert {x.name: x.parent for x in d.values()} == {"生产部": "总经理", "采购部": "总经理"}
    assert d["生产部"].duties == ["负责编制月度生产计划并组织实施", "负责产品的标识和可追溯性控制"]


EXCEL_PAGE = """<html><body><table>
<tr><td colspan=5>联拓电子运营中心岗位职责一览表</td></tr>
<tr><td>部门</td><td>岗位名称</td><td>直接上级</td><td>主要职责</td><td>编制</td></tr>
<tr><td rowspan=2>生产部</td><td>生产经理</td><td>运营总监</td>
<td>负责生产部的日常管理，具体包括：<br>
  1、组织完成月度生产计划；<br>2、调配人员和设备。</td><td>1</td></tr>
<tr><td>计划员</td><td>生产经理</td><td>负责编制周生产计划<br>跟进生产进度</td><td>2</td></tr>
<tr><td>采购部</td><td>采购员</td><td>运营总监</td><td>&nbsp;</td><td>3</td></tr>
</table></body></html>
"""


def test_a_sheet_saved_as_a_web_page(tmp_path: Path) -> None:
    path = tmp_path / "sheet.html"
    path.write_text(EXCEL_PAGE, encoding="utf-8")
    r = roles(extract_file(path))
    assert set(r) == {"生产经理", "计划员", "采购员"}
    # The department's cell spans its posts' rows; `<br>` cuts items; a lead-in is no duty.
    assert [r[n].department for n in ("生产经理", "计划员", "采购员")] == [
        "生产部",
        "生产部",
        "采购部",
    ]
    assert r["生产经理"].duties == ["组织完成月度生产计划", "调配人员和设备"]
    assert r["计划员"].duties == ["负责编制周生产计划", "跟进生产进度"]
    assert r["计划员"].reports_to == ["生产经理"]
    assert (r["采购员"].headcount, r["采购员"].duties) == (3, [])


WORD_CELLS = """恒川新材料股份有限公司生产制造中心岗位说明书
一、部门概况
生产制造中心负责公司全部产品的生产组织。
中心在总经理领导下开展工作，下设计划调度部、设备部和质量部。
二、岗位说明
## 1. 生产中心总监
岗位名称\t生产中心总监
所属部门\t生产制造中心
汇报对象\t总经理
管理幅度/下属人数\t直接下属3人（计划调度主管、设备主管、质量主管）
工作职责\t1. 组织编制年度生产计划；
2. 主持中心日常管理工作。
关键业绩指标\t订单准时交付率≥98%
产品一次交检合格率≥99.2%
任职资格\t本科及以上学历。
协作关系：内部——财务部、采购部；外部——第三方物流公司。
"""


def test_a_word_file_of_label_cells() -> None:
    doc = extract_text(WORD_CELLS)
    r = roles(doc)
    assert list(r) == ["生产中心总监"]  # not 直接下属, a count of those it manages
    head = r["生产中心总监"]
    assert head.reports_to == ["总经理"]
    assert head.duties == ["组织编制年度生产计划", "主持中心日常管理工作"]
    # A cell of measures, one a paragraph, unnumbered.
    assert head.kpis == ["订单准时交付率≥98%", "产品一次交检合格率≥99.2%"]
    # `中心` alone is the centre named before it; 内部 and 外部 are no units.
    assert {d.name: d.parent for d in depts(doc).values()} == {
        "生产制造中心": "总经理",
        "计划调度部": "生产制造中心",
        "设备部": "生产制造中心",
        "质量部": "生产制造中心",
    }


HONG_KONG = """樂朗綜合家庭服務中心
本中心設有家庭支援組、兒童及青少年組及行政組。

1. Job Title 職位：註冊社工 (Registered Social Worker)
   Section 組別：家庭支援組
   No. of Post 編制：6
   Reporting to 向社工主任負責
   Duties 職責：
   (a) 處理家庭及個人輔導個案；
   (b) 策劃及帶領治療性小組。
   Performance Indicators 工作指標：
   • 個案於接案後10個工作天內完成初步評估
   Qualifications 入職要求：社會工作學士學位。

2. 社工主任負責督導家庭支援組的個案工作，並向中心主任匯報。

新界將軍澳樂朗道8號　電話：2345 6789　傳真：2345 6790
                                                              第1頁（共2頁）
"""


def test_a_hong_kong_sheet_with_english_labels() -> None:
    doc = extract_text(HONG_KONG)
    r = roles(doc)
    assert set(r) == {"注册社工", "社工主任"}  # not 组别 nor 传真
    sw = r["注册社工"]
    assert (sw.department, sw.headcount, sw.reports_to) == ("家庭支援组", 6, ["社工主任"])
    assert sw.duties == ["处理家庭及个人辅导个案", "策划及带领治疗性小组"]
    assert sw.kpis == ["个案于接案后10个工作天内完成初步评估"]  # not `Qualifications`
    assert r["社工主任"].reports_to == ["中心主任"]
    # `兒童及青少年組` is one unit; `本中心` is the centre named above.
    assert {d.name: d.parent for d in depts(doc).values()} == {
        "家庭支援组": "乐朗综合家庭服务中心",
        "儿童及青少年组": "乐朗综合家庭服务中心",
        "行政组": "乐朗综合家庭服务中心",
    }


SANDING = """第四条　根据上述职责，县市场监督管理局设下列内设机构：
（一）办公室。负责机关日常运转工作；承担文电、会务和档案工作。
（二）政策法规股。负责起草规范性文件草案；承担行政复议工作。
（三）登记注册和信用监督管理股。负责市场主体登记注册工作。

第五条　县市场监督管理局实行局长负责制。

第六条　综合行政执法大队隶属于县市场监督管理局。
"""


def test_the_offices_a_government_body_sets_up() -> None:
    d = depts(extract_text(SANDING))
    # `办公室` alone is a unit; 股, 局 and 大队 end units' names.
    assert {x.name: x.parent for x in d.values()} == {
        "办公室": "县市场监督管理局",
        "政策法规股": "县市场监督管理局",
        "登记注册和信用监督管理股": "县市场监督管理局",
        "综合行政执法大队": "县市场监督管理局",
    }
    assert d["办公室"].duties == ["负责机关日常运转工作", "承担文电、会务和档案工作"]


SANDING_CENTRE = """第五条　县水务中心设下列内设机构：

　　一、办公室
　　（一）负责中心文电、会务工作；
　　（二）负责人事和档案工作。

　　二、运行管理科（加挂工程安全监测站牌子）
　　（一）承担水库、堤防的运行管理；
　　（二）编制年度维修养护计划。

　　三、水资源和节约用水科
　　（一）承担水资源调查评价工作。

　　第六条　人员编制
　　设主任1名（正科级），副主任2名（副科级）；科级领导职数6名，其中科长3名、副科长3名。

　　第七条　副主任在主任领导下，按照分工协助主任工作。

终审：周立新
政民互动：【县长信箱】　【部门信箱】
"""


def test_a_public_body_s_offices_headed_alone_on_their_lines_and_its_posts() -> None:
    doc = extract_text(SANDING_CENTRE)
    d, r = depts(doc), roles(doc)
    # a heading alone on its line, with its second name plate noted; a 科 named for two
    assert {x.name: x.parent for x in d.values()} == {
        "办公室": "县水务中心",
        "运行管理科": "县水务中心",
        "水资源和节约用水科": "县水务中心",
    }
    assert d["运行管理科"].duties == ["承担水库、堤防的运行管理", "编制年度维修养护计划"]
    # a level's posts after its count; 主任 counted on its own, not as the 副主任 described
    counts = {n: x.headcount for n, x in r.items()}
    assert counts == {"主任": 1, "副主任": 2, "科长": 3, "副科长": 3}


SAFETY_RULES = """第三章　安全生产职责

第十条　安全技术部的安全职责：
　　（一）组织开展安全生产检查和隐患排查治理；
　　（二）负责行车事故的调查和统计上报工作。

第十一条　车队长的安全职责：
　　（一）组织召开车队月度安全例会；
　　（二）每月3日前向安全技术部报送车队安全月报。

签发：王建国　　　　核稿：陈晓梅　　　　拟稿：张彦辉
阅读情况：已阅 312 人　　未阅 45 人
技术支持：集团信息中心
"""


def test_each_one_s_part_in_a_safety_responsibility_system_and_a_notice_s_sign_off() -> None:
    doc = extract_text(SAFETY_RULES)
    d, r = depts(doc), roles(doc)
    assert d["安全技术部"].duties == [
        "组织开展安全生产检查和隐患排查治理",
        "负责行车事故的调查和统计上报工作",
    ]
    assert r["车队长"].duties == [
        "组织召开车队月度安全例会",
        "每月3日前向安全技术部报送车队安全月报",
    ]
    assert set(r) == {"车队长"}  # not the chapter, the sign-off's labels or the readers' counts


def test_offices_set_up_one_a_line_ending_in_semicolons() -> None:
    d = depts(
        extract_text(
            "第三条　服务中心设下列办公室：\n　　（一）综合办公室；\n"
            "　　（二）学生事务办公室（以下简称学务办）；\n　　（三）财务办公室。\n"
            "　　学生事务办公室下设心理健康辅导站，负责心理咨询预约。\n"
        )
    )
    assert {n: x.parent for n, x in d.items()} == {
        "综合办公室": "服务中心",
        "学生事务办公室": "服务中心",
        "财务办公室": "服务中心",
        "心理健康辅导站": "学生事务办公室",
    }


def test_a_company_s_unit_heading_over_a_nameless_duties_heading() -> None:
    d = depts(
        extract_text(
            "保险代理公司客户服务部岗位职责范本（全文）\n"
            "部门职责：\n1. 负责客户保单的保全变更；\n2. 负责续期保费的催缴。\n"
        )
    )
    assert d["客户服务部"].duties == ["负责客户保单的保全变更", "负责续期保费的催缴"]
    assert not {n for n in d if "公司" in n}


def test_a_post_described_in_a_paragraph_of_its_own() -> None:
    text = """教务处

处长在分管副院长领导下，全面负责教务处的工作，组织制定教学管理制度。

教务处负责教学计划的编制。
"""
    r = roles(extract_text(text))
    assert r["处长"].reports_to == ["分管副院长"]
    assert r["处长"].duties == ["处长在分管副院长领导下,全面负责教务处的工作,组织制定教学管理制度"]
    # Inside a paragraph about several posts the same words open no block: the layouts
    # test holds such a page (h18).


JOB_POSTS = """晟瀚智能科技股份有限公司
本公司設有研發部、業務部及管理部。

────────────────────────────────────────
【急徵】品保工程師
晟瀚智能科技股份有限公司　更新日期：2024/03/12　　應徵人數：11~30人

工作內容
【所屬單位】品保部
(1) 進料檢驗標準制定與供應商品質異常處理。
(2) 製程品質監控，分析不良率趨勢。

職務類別　品管／品保工程師
工作待遇　月薪 42,000~55,000 元
管理責任　不需負擔管理責任，直屬主管：品保課長
需求人數　2人

條件要求
工作經歷　2年以上
"""


def test_a_job_bank_posting() -> None:
    r = roles(extract_text(JOB_POSTS))
    assert list(r) == ["品保工程师"]  # not its 职务类别, nor 应征人数
    post = r["品保工程师"]
    assert post.department == "品保部"
    assert post.reports_to == ["品保课长"]
    # The list under an empty 工作內容, past the 所屬單位 line; 管理責任's answer is no duty.
    assert post.duties == ["进料检验标准制定与供应商品质异常处理", "制程品质监控,分析不良率趋势"]


COLLEGE = """#### 二、学生工作处

学生工作处是学院学生教育管理与服务的职能部门。主要职责如下：
（1）负责学生思想政治教育和日常行为管理；
（2）负责辅导员队伍的选聘与考核。
年度考核指标：新生报到率不低于93%；毕业生去向落实率不低于95%。
学生工作处处长在分管副院长领导下，主持本处全面工作。
副处长在处长领导下，协助处长分管学生资助工作。
"""


def test_a_college_office_and_its_posts() -> None:
    doc = extract_text(COLLEGE)
    d = depts(doc)["学生工作处"]  # 工作 before a unit's suffix is part of its name
    assert d.duties == ["负责学生思想政治教育和日常行为管理", "负责辅导员队伍的选聘与考核"]
    assert d.kpis == ["新生报到率不低于93%", "毕业生去向落实率不低于95%"]
    r = roles(doc)
    assert set(r) == {"学生工作处处长", "副处长"}  # not 年度
    assert r["学生工作处处长"].reports_to == ["分管副院长"]
    assert r["副处长"].reports_to == ["处长"]
    assert r["副处长"].duties == ["副处长在处长领导下,协助处长分管学生资助工作"]


FORUM = """楼主  老灶台小方
Lv.6 高级会员  积分: 2340  帖子: 412  注册时间: 2016-3-9
发表于 2021-6-18 22:14:37 | 只看该作者 | 倒序浏览

【厨师长】
直接上级：店长
职责：
● 全面负责后厨的生产管理，保证出品质量
● 根据营业情况制定每日采购计划，报店长审批后交
公司配送中心
● 负责原材料的验收和储存
考核指标：出品合格率；食材成本率

【服务员领班】直接上级 店长   下属：服务员
（1）负责营业前召开班前会
（2）负责新服务员的带教和日常考核

3楼  小白学管理
考核：传菜准确率、传菜及时率

举报 | 回复 | 支持(5)
上一页 1 2 下一页
签名：做餐饮，用心最重要
"""


def test_a_forum_thread() -> None:
    doc = extract_text(FORUM)
    r = roles(doc)
    assert set(r) == {"厨师长", "服务员领班"}  # not 积分 nor 签名, the forum's furniture
    assert depts(doc) == {}  # 公司配送中心 ends an item cut by a line break
    chef = r["厨师长"]
    assert chef.duties == [
        "全面负责后厨的生产管理,保证出品质量",
        "根据营业情况制定每日采购计划,报店长审批后交公司配送中心",
        "负责原材料的验收和储存",
    ]
    assert chef.kpis == ["出品合格率", "食材成本率"]  # the list ends at the blank line
    # A position in brackets with its fields on the same line.
    assert r["服务员领班"].reports_to == ["店长"]
    assert r["服务员领班"].duties == ["负责营业前召开班前会", "负责新服务员的带教和日常考核"]


NOTION = """## 🧩 产品组

产品组负责公司产品的规划与体验设计。

- ▸ 小组职责
    - 制定产品路线图，按季度输出版本规划
    - 主导产品设计评审和上线验收

### UI设计师

汇报给：产品经理

- ▸ 岗位职责
    - 负责产品界面与交互设计
    - 维护设计组件库
- ▸ 入职清单
    - [ ] 入职后完成设计工具权限申请
    - [x] 领取办公电脑
"""


def test_a_notion_export() -> None:
    doc = extract_text(NOTION)
    d = depts(doc)
    assert list(d) == ["产品组"]  # not `🛠`-marked names, nor 小组
    assert d["产品组"].duties == ["制定产品路线图,按季度输出版本规划", "主导产品设计评审和上线验收"]
    ui = roles(doc)["UI设计师"]
    assert ui.reports_to == ["产品经理"]
    # Toggle titles lead in; a checklist's tasks are no duties.
    assert ui.duties == ["负责产品界面与交互设计", "维护设计组件库"]


RECRUITING_SITE = """鲸序科技 在招职位

高级Java开发工程师 25-40K·15薪
北京·海淀区·西二旗  5-10年  本科  招2人

职位描述
所属部门：交易研发部
汇报对象：技术总监
岗位职责：
1. 负责交易链路的核心系统设计与开发；
2. 参与技术方案评审。
任职要求：
1. 5年以上Java开发经验。
加分项：有开源项目。

测试开发工程师 18-30K
职位描述
岗位职责：
1. 负责交易业务的测试工作。
"""


def test_postings_on_a_recruiting_site() -> None:
    r = roles(extract_text(RECRUITING_SITE))
    assert set(r) == {"高级Java开发工程师", "测试开发工程师"}  # not `年本科招`
    java = r["高级Java开发工程师"]
    assert (java.department, java.reports_to) == ("交易研发部", ["技术总监"])
    assert java.duties == ["负责交易链路的核心系统设计与开发", "参与技术方案评审"]
    assert r["测试开发工程师"].duties == ["负责交易业务的测试工作"]


HOTEL = """组织架构及人员编制表
部门 岗位 人数 直接上级 销售部 销售经理 1 总经理 销售部 销售顾问 8 销售经理 售后部
售后经理 1 总经理 合计 10

客房部在房务总监的领导下，负责客房的清洁保养，下设楼层组、公共区域组和布草房。

（二）大堂副理
直接上级：前厅部经理
主要职责：
（1）迎送VIP客人；
（2）受理宾客投诉。
考核要点：投诉处理及时率；宾客满意度。
工作标准：接到投诉后5分钟内到达现场。
"""


def test_a_flattened_staffing_table_and_a_hotel_post() -> None:
    doc = extract_text(HOTEL)
    r = roles(doc)
    assert {n: (x.department, x.headcount, x.reports_to) for n, x in r.items()} == {
        "销售经理": ("销售部", 1, ["总经理"]),
        "销售顾问": ("销售部", 8, ["销售经理"]),
        "售后经理": ("售后部", 1, ["总经理"]),
        "大堂副理": ("客房部", None, ["前厅部经理"]),  # the department the text is in
    }
    assert r["大堂副理"].duties == ["迎送VIP客人", "受理宾客投诉"]
    assert r["大堂副理"].kpis == ["投诉处理及时率", "宾客满意度"]  # standards are neither
    assert {d.name: d.parent for d in depts(doc).values()} == {
        "楼层组": "客房部",
        "公共区域组": "客房部",
        "布草房": "客房部",
        "客房部": "房务总监",
    }


TRADING_PAGE = """(一)業務部
部門職掌:
1. 開發新客戶並維繫既有客戶關係。
2. 辦理客戶報價及訂單接洽事宜。

■ 業務專員(編制6人)
直屬主管:業務經理
工作內容:
(1) 負責責任區域內客戶之拜訪與開發。
(2) 每週一上午提交客戶拜訪週報予業務經理。

物流部下設倉儲組及運輸組:倉儲組負責進出貨及庫存管理;運輸組負責配送。
"""


def test_a_marked_post_heading_and_a_list_of_units_before_a_colon() -> None:
    doc = extract_text(TRADING_PAGE)
    r = roles(doc)
    assert list(r) == ["业务专员"]
    assert (r["业务专员"].headcount, r["业务专员"].reports_to) == (6, ["业务经理"])
    assert len(r["业务专员"].duties) == 2
    # The list of units ends at its colon: 库存管理 after it is no unit.
    assert {d.name: d.parent for d in depts(doc).values() if d.parent} == {
        "仓储组": "物流部",
        "运输组": "物流部",
    }


KPI_HANDBOOK = """理货员岗位职责
1、负责区域商品的补货与陈列；
2、维护价签。
理货员考核指标：
指标名称　　权重　　目标

负责区域缺货率　　30%　　≤2%

价签准确率　　20%　　≥99%

收银主管岗位职责
1、负责收银台的排班。
收银主管的主要考核指标为：收银差错率、收银员培训合格率。考核数据以月度稽核报告为准。
"""


def test_a_kpi_table_cut_by_blanks_and_a_measure_that_ends_its_sentence() -> None:
    r = roles(extract_text(KPI_HANDBOOK))
    assert r["理货员"].kpis == ["负责区域缺货率", "价签准确率"]
    assert r["理货员"].duties == ["负责区域商品的补货与陈列", "维护价签"]
    assert r["收银主管"].kpis == ["收银差错率", "收银员培训合格率"]  # the note after is none


FLAT_MANUAL = (
    "云栖茶业市场部管理手册 二、组织架构2.1 部门定位市场部隶属于营销中心,是公司的品牌职能部门。"
    "2.2 岗位设置2.2.1 品牌组设品牌主管1人、品牌专员2人,品牌主管直接上级为市场部经理。"
    "2.2.2 推广组设推广主管1人、推广专员3人,推广主管、推广专员直接上级为市场部经理。\n"
    "三、各岗位职责3.1 品牌主管3.1.1 负责制定年度品牌传播计划并组织实施。"
    "3.1.2 维护公司视觉识别系统。3.1.3 指导品牌专员开展工作。"
    "3.2 推广主管\n3.2.1 组织新品上市推广活动。\n3.2.2 管理推广物料。\n"
    "3.3 推广专员\n3.3.1 执行终端陈列。\n"
    "六、绩效考核6.1 考核周期:按季度考核。6.2 各岗位KPI6.2.1 品牌主管:①品牌传播计划完成率;"
    "②新媒体粉丝增长量。6.2.2 推广主管:(1)推广计划执行率(2)活动投入产出比(3)推广物料损耗率。"
    "6.3 考核结果应用:考核结果与季度绩效奖金挂钩。\n"
)


def test_a_manual_flattened_with_decimal_sections() -> None:
    doc = extract_text(FLAT_MANUAL)
    r = roles(doc)
    # `3.1.1 …` under `3.1 品牌主管` are its items; the next section closes them.
    assert r["品牌主管"].duties == [
        "负责制定年度品牌传播计划并组织实施",
        "维护公司视觉识别系统",
        "指导品牌专员开展工作",
    ]
    assert r["推广主管"].duties == ["组织新品上市推广活动", "管理推广物料"]
    # A post's list of measures only, under a KPI heading, is its KPIs.
    assert r["品牌主管"].kpis == ["品牌传播计划完成率", "新媒体粉丝增长量"]
    # `6.3 考核结果应用` is a section of its own, not the label `考核`.
    assert r["推广主管"].kpis == ["推广计划执行率", "活动投入产出比", "推广物料损耗率"]
    # `X直接上级为Y`, said of one post or of several.
    assert r["品牌主管"].reports_to == ["市场部经理"]
    assert r["推广主管"].reports_to == r["推广专员"].reports_to == ["市场部经理"]
    # A section's title run into its first sentence is no part of the name.
    assert depts(doc)["市场部"].parent == "营销中心"


def test_a_kpi_table_whose_merged_post_cells_were_left_out() -> None:
    doc = extract_text(
        "销售部KPI考核表\n\n岗位\t考核指标\t权重\t考核周期\n"
        "销售经理\t整车销量目标完成率\t30%\t月度\n单车平均毛利\t20%\t月度\n"
        "销售顾问\t个人销量完成率\t60%\t月度\n试乘试驾率\t40%\t月度\n"
    )
    r = roles(doc)
    assert r["销售经理"].kpis == ["整车销量目标完成率", "单车平均毛利"]
    assert r["销售顾问"].kpis == ["个人销量完成率", "试乘试驾率"]


def test_work_areas_run_together_and_a_unit_head_above_its_duties() -> None:
    doc = extract_text(
        "营销中心主要职能如下:一、市场研究1. 负责板块市场调研;2. 建立竞品档案。"
        "二、营销策划1. 编制年度营销方案;2. 统筹推广资源。\n\n"
        "(一)策划部\n部门负责人:策划经理\n1、组织项目市场调研;\n2、制定营销策划方案。\n"
    )
    d = depts(doc)
    # `二、营销策划` goes on with the count `一、` began after the colon: no new section.
    assert d["营销中心"].duties == [
        "负责板块市场调研",
        "建立竞品档案",
        "编制年度营销方案",
        "统筹推广资源",
    ]
    # Who heads the unit is one line; the list after it is the unit's duties.
    assert d["策划部"].duties == ["组织项目市场调研", "制定营销策划方案"]


ARTICLE_WITH_COMMENTS = """店长岗位职责:
1、负责门店日常运营;
2、管理店员排班。
店员:
1、接待顾客;
2、整理货架。

写在最后:组织没有标准答案,门店少的企业可以合并岗位。有问题欢迎留言交流。

精选留言
写留言

江湖老刘   河南
我们店一个店长管十几个店员,根本看不过来。
👍 57
作者回复:先把排班理顺,再谈幅度。

小米粥:店员一天接待多少顾客合适?
👍 23
查看全部 12 条评论 >
"""


def test_an_articles_epilogue_and_its_readers_comments_are_no_posts() -> None:
    r = roles(extract_text(ARTICLE_WITH_COMMENTS))
    assert set(r) == {"店长", "店员"}
    assert r["店员"].duties == ["接待顾客", "整理货架"]


SCHOOL_MARKET = (
    "三:市场部各岗位职责 (一)市场主管 直接上级:校长 岗位职责: 1、主持市场部工作; 2、审核招生方案。"
    " (二)市场专员 在市场主管的领导下,负责地推工作,具体如下: 1.开展地面宣传; 2.开发渠道资源。"
    " (三)活动策划 受市场主管和分管副校长双重领导。 1、策划招生活动; 2、布置活动场地。\n"
    "四:渠道开发 进校合作流程: 第一步 前期接洽:由市场专员联系学校; 第二步 方案确认:商定合作形式。\n"
    "五:考核 各岗位指标及权重如下: "
    "市场主管的考核指标为:招生计划完成率,权重50%;费用预算执行率,权重50%。"
    " 市场专员主要考核:有效意向学员信息数,占60%;新开发渠道数,占40%。"
    " 活动策划考核:活动按时完成率、单场到场人数和活动费用控制率。\n"
)


def test_posts_led_by_someone_and_their_measures_in_a_kpi_section() -> None:
    r = roles(extract_text(SCHOOL_MARKET))
    assert set(r) == {"市场主管", "市场专员", "活动策划"}  # no step of the process
    assert r["市场专员"].reports_to == ["市场主管"]
    assert r["市场专员"].duties == ["开展地面宣传", "开发渠道资源"]
    assert r["活动策划"].reports_to == ["市场主管", "分管副校长"]
    # One measure a `;`, its weight with it; else one a `、` and `和`.
    assert r["市场主管"].kpis == ["招生计划完成率,权重50%", "费用预算执行率,权重50%"]
    assert r["市场专员"].kpis == ["有效意向学员信息数,占60%", "新开发渠道数,占40%"]
    assert r["活动策划"].kpis == ["活动按时完成率", "单场到场人数", "活动费用控制率"]


REGULATION = """瑞安汽车销售部管理制度

第一章  总则
第一条  本制度适用于集团本部销售部全体员工。

第二章  机构与岗位设置
第七条  汇报关系
（一）销售经理在营销总监领导下开展工作；
（二）展厅销售主管、大客户主管对销售经理负责；
（三）销售内勤服从销售经理的领导。

第三章  岗位职责
第八条  销售经理岗位职责
（一）制定月度销售计划；
（二）管理销售团队。
第九条  展厅销售主管岗位职责
（一）安排展厅接待；
（二）检查销售顾问工作。
第十条  销售内勤岗位职责：（一）录入销售数据；（二）管理合同档案。
第十一条  大客户主管岗位职责
（一）开发集团客户。

第四章  考核
第十二条  销售内勤考核指标：报表提交及时率；单证差错次数。
第十三条  展厅销售主管考核指标：本组销量完成率、客户投诉次数。
第十四条  大客户主管、销售经理按以下指标考核：（一）集团客户签约台数；（二）合同回款率。
"""


def test_a_regulation_in_chapters_and_articles() -> None:
    doc = extract_text(REGULATION)
    assert len(doc.units) == 1  # chapters are parts of the one document
    r = roles(doc)
    # An article stating the reporting lines of posts described in a later chapter.
    assert r["销售经理"].reports_to == ["营销总监"]
    assert r["展厅销售主管"].reports_to == r["大客户主管"].reports_to == ["销售经理"]
    assert r["销售内勤"].reports_to == ["销售经理"]
    # The next article closes a post's list; its measures are read from their own article.
    assert r["销售内勤"].duties == ["录入销售数据", "管理合同档案"]
    assert r["销售内勤"].kpis == ["报表提交及时率", "单证差错次数"]
    assert r["展厅销售主管"].kpis == ["本组销量完成率", "客户投诉次数"]
    assert r["大客户主管"].kpis == r["销售经理"].kpis == ["集团客户签约台数", "合同回款率"]
    assert not depts(doc)  # `集团本部` talks about the head office, names no unit here


QA_PAGE = """销售团队怎么分工?

一、销售经理
(1)制定团队销售计划;
(2)收集竞品价格和终端反馈,每月提交市场部。
追问:销售主管要不要单独设?
追答:人多就设。

补充两点:任职要求看经验;接单流程先录系统。

各岗位KPI:
销售经理:销售额达成率、回款率
客服专员:投诉处理及时率、客户满意度

注意几点:权重别低于40%;指标别超过5个。

为你推荐
销售内勤主要做什么工作?8,026浏览
销售团队如何管理?4,109浏览
"""


def test_a_qa_page_with_follow_ups_points_and_recommendations() -> None:
    doc = extract_text(QA_PAGE)
    r = roles(doc)
    assert set(r) == {"销售经理", "客服专员"}
    assert r["销售经理"].duties == ["制定团队销售计划", "收集竞品价格和终端反馈,每月提交市场部"]
    assert r["客服专员"].kpis == ["投诉处理及时率", "客户满意度"]  # `注意几点:` is no measure
    assert "每月提交市场部" not in depts(doc)


def test_a_pdf_s_text_layer_with_page_numbers_and_running_heads() -> None:
    head = "                      青川银行城南分行内部管理制度汇编\n\n"
    doc = extract_text(
        head + "    第二条 分行设综合管理部、个人金融部和公司金融部。\n"
        "    第三条 个人金融部主要职责：\n    （一）负责储蓄存款的营销组织；\n"
        "    （二）负责理财产品的销售管理。\n\n                                   - 17 -\n\f"
        + head
        + "    第四条 公司金融部主要职责：\n    （一）负责对公存款的营销拓展；\n"
        "    （二）负责授信业务的贷后管理。\n"
        "    第五条 个人金融部考核指标包括：储蓄存款增量、理财产品销售额、客户投诉率。\n\n"
        "                                   - 18 -\n\f" + head
    )
    d = depts(doc)
    assert set(d) == {"综合管理部", "个人金融部", "公司金融部"}  # `公司金融部`: no company's 金融部
    assert d["综合管理部"].parent == "青川银行城南分行"  # `分行设A、B和C`: the branch of
    # the page; the measures said of a unit a page after its duties are its own.
    assert d["个人金融部"].kpis == ["储蓄存款增量", "理财产品销售额", "客户投诉率"]
    assert len(doc.units) == 1  # the running head at each page opens no unit


def test_a_pdf_s_text_layer_with_line_numbers() -> None:
    lines = [
        "第二章　药剂科岗位职责",
        "2.1　药剂科主任",
        "2.1.1　在业务副院长领导下，全面负责全院药品供应、调配和临床药学",
        "工作。",
        "2.1.2　组织制订药品采购计划，每月审核药库库存并提出调整意见。",
        "2.1.3　负责本科室人员的排班、业务培训和绩效考核，定期检查处方调",
        "配质量。",
        "2.1.4　考核指标：处方合格率、药品报损率、处方点评覆盖率、临床用药咨",
        "询满意度。",
        "2.2　药库管理员",
        "2.2.1　在药剂科主任领导下，负责药品的入库验收、储存养护和出库",
        "发放。",
        "2.2.2　每月末盘点库存，账物不符时查明原因并书面报告科主任。",
        "2.2.3　按规定保管麻醉药品和精神药品，做到专柜加锁、专人管理。",
    ]
    numbered = "\n".join(f"{i} {line}" for i, line in enumerate(lines, 1))
    doc = extract_text(numbered + "\n")
    r = roles(doc)
    assert set(r) == {"药剂科主任", "药库管理员"}
    assert r["药剂科主任"].reports_to == ["业务副院长"]
    assert r["药剂科主任"].duties[0] == (
        "在业务副院长领导下,全面负责全院药品供应、调配和临床药学工作"
    )  # the page's width cut it, not the writer: one duty, without its line numbers
    assert r["药剂科主任"].kpis == [
        "处方合格率",
        "药品报损率",
        "处方点评覆盖率",
        "临床用药咨询满意度",
    ]
    assert r["药库管理员"].duties[0] == "在药剂科主任领导下,负责药品的入库验收、储存养护和出库发放"


def test_a_clause_opening_with_a_word_that_is_also_a_form_s_label() -> None:
    doc = extract_text(
        "4.3　门诊部主任\n"
        "4.3.1　在业务副院长领导下，负责门诊医疗和行政管理工作。\n"
        "4.3.2　审核各科室门诊排班，检查医师出诊情况。\n"
        "4.3.3　每月召开门诊工作例会，通报投诉处理结果。\n"
    )
    assert roles(doc)["门诊部主任"].duties[1:] == [  # `审核`, `每月`: no sign-off or period cells
        "审核各科室门诊排班,检查医师出诊情况",
        "每月召开门诊工作例会,通报投诉处理结果",
    ]


OFFICE_RULES = """第 一 條
  臨川縣政府社會處（以下簡稱本處）為處理處務，訂定本規程。
第 二 條
  處長綜理處務，並指揮監督所屬員工；副處長襄助處長處理處務。
第 三 條
  本處設下列科、室：一、社會救助科。二、長青福利科。三、人事室。
第 四 條
  社會救助科掌理下列事項：
  一、低收入戶之審核及生活扶助。
  二、急難救助及災害救助之辦理。
  三、其他有關社會救助事項。
第 五 條
  長青福利科掌理下列事項：一、老人福利服務之規劃。二、長青學苑之輔導。
第 六 條
  人事室依法辦理人事管理事項。
  各科得視業務需要分股辦事。股長承科長之命，辦理各該股業務。
上一筆：臨川縣政府組織自治條例　　　　　　　　　　下一筆：臨川縣政府社會處組織規程
"""


def test_a_taiwanese_body_s_office_rules() -> None:
    doc = extract_text(OFFICE_RULES)
    d, r = depts(doc), roles(doc)
    assert set(d) == {"社会救助科", "长青福利科", "人事室"}
    # `本處`, the name the first article gives the body
    assert {x.parent for x in d.values()} == {"临川县政府社会处"}
    assert d["社会救助科"].duties == [  # `X掌理下列事項:`, its catch-all item one too
        "低收入户之审核及生活扶助",
        "急难救助及灾害救助之办理",
        "其他有关社会救助事项",
    ]
    assert d["长青福利科"].duties == ["老人福利服务之规划", "长青学苑之辅导"]
    assert d["人事室"].duties == ["人事室依法办理人事管理事项"]
    assert set(r) == {"处长", "副处长", "股长"}  # 上一筆/下一筆: links to other rules
    assert r["股长"].reports_to == ["科长"]  # `承X之命`
    assert r["副处长"].reports_to == []  # `襄助X`: helps, answers to no one named


def test_a_prospectus_table_of_units_with_wrapped_cells() -> None:
    head = "青岚新材料股份有限公司\u3000\u3000\u3000\u3000\u3000\u3000招股说明书（申报稿）\n"
    doc = extract_text(
        head + "2、主要职能部门的职责\n"
        "序号\u3000部门名称\u3000主要职责\n"
        "1\u3000证券部\u3000负责信息披露及投资者关系管理；筹备股东大\n"
        "会和董事会会议；负责与交易所的日常联络\n"
        "2\u3000财务部\u3000组织会计核算，编制财务报表；负责资金管理\n"
        "及纳税申报\n"
        "1-1-62\n" + head + "（续）\n"
        "序号\u3000部门名称\u3000主要职责\n"
        "3\u3000采购部\u3000组织供应商开发与评审；编制物料采购计划\n"
        "五、发行人控股子公司情况\n"
        "1-1-63\n" + head
    )
    d = depts(doc)
    assert set(d) == {"证券部", "财务部", "采购部"}  # not 股 of 股份 or of 招股说明书
    assert d["证券部"].duties == [  # a cell's wraps go on with its row
        "负责信息披露及投资者关系管理",
        "筹备股东大会和董事会会议",
        "负责与交易所的日常联络",
    ]
    assert d["财务部"].duties == ["组织会计核算,编制财务报表", "负责资金管理及纳税申报"]
    assert d["采购部"].duties == ["组织供应商开发与评审", "编制物料采购计划"]
    assert {x.parent for x in d.values()} == {None}  # the running head names no unit


def test_a_student_union_handbook_in_markdown_with_comments() -> None:
    doc = extract_text(
        "## 组织架构\n\n主席团下设秘书处和宣传部两个部门。\n\n"
        "<!-- TODO: 补一张组织架构图 -->\n\n"
        "### 宣传部\n\n- 负责各项活动的宣传策划\n"
        "<!-- - 负责班级合唱比赛的组织（已移交，先注释掉） -->\n- 管理宣传栏\n\n"
        "### 秘书处\n\n- 负责会务安排和会议纪要\n"
    )
    d = depts(doc)
    assert set(d) == {"秘书处", "宣传部"}  # not `TODO`
    assert {x.parent for x in d.values()} == {"主席团"}
    assert d["宣传部"].duties == ["负责各项活动的宣传策划", "管理宣传栏"]  # no commented item


def test_collapsible_blocks_titled_by_their_unit() -> None:
    doc = extract_text(
        "## 部门职责\n\n<details>\n<summary><b>📣 宣传部</b></summary>\n\n<br>\n\n"
        "**部门职责**\n\n- 负责活动的宣传策划\n- 管理宣传栏\n\n</details>\n\n"
        "<details>\n<summary><b>🎭 文艺部</b></summary>\n\n<br>\n\n"
        "- 承办迎新晚会\n- 建立文艺骨干库\n\n</details>\n"
    )
    d = depts(doc)
    assert d["宣传部"].duties == ["负责活动的宣传策划", "管理宣传栏"]
    assert d["文艺部"].duties == ["承办迎新晚会", "建立文艺骨干库"]


ANNUAL_REPORT = """董事會之主要職責包括：
(i) 制定本集團之整體策略方向；
(ii) 審批年度預算及重大投資事項。

主席負責領導董事會，其主要職責為：
(a) 確保董事會有效運作；
(b) 確保本公司與股東保持有效聯繫。

行政總裁直接向董事會匯報，負責本集團業務之日常管理，其主要職責包括：
(a) 執行董事會批准之策略；
(b) 編製年度預算及業務計劃。

獨立非執行董事之職責包括：
(i) 參與董事會會議並提供獨立意見；
(ii) 在出現潛在利益衝突時發揮牽頭引導作用。

董事會會議及董事出席記錄
董事姓名　　　　董事會　　審核委員會
王志遠先生　　　5/5　　　1/1
陳偉倫先生　　　4/5　　　3/3

董事委員會
董事會轄下設有兩個董事委員會，即審核委員會（「審核委員會」）及薪酬委員會（「薪酬委員會」），以監察本公司特定範疇之事務。

審核委員會
審核委員會由三名獨立非執行董事組成。

根據其職權範圍，審核委員會之主要職責包括：
(i) 檢討本公司之財務監控及內部監控系統；
(ii) 監察外聘核數師是否獨立客觀。
"""


def test_a_listed_companys_corporate_governance_report() -> None:
    doc = extract_text(ANNUAL_REPORT)
    r, d = roles(doc), depts(doc)
    # `主席` alone and a `…董事` are posts; `X之職責` is `X的职责`
    assert r["主席"].duties == ["确保董事会有效运作", "确保本公司与股东保持有效联系"]
    assert r["独立非执行董事"].duties == [
        "参与董事会会议并提供独立意见",
        "在出现潜在利益冲突时发挥牵头引导作用",  # no attendance row `1/1` read as an item
    ]
    # two clauses between the post and its list's lead-in
    assert r["行政总裁"].duties == ["执行董事会批准之策略", "编制年度预算及业务计划"]
    # the lead-in after a comma (`根据其职权范围,`); the committees, `即` A and B
    assert d["审核委员会"].duties == [
        "检讨本公司之财务监控及内部监控系统",
        "监察外聘核数师是否独立客观",
    ]
    assert d["审核委员会"].parent == d["薪酬委员会"].parent == "董事会"


def test_a_list_lead_in_after_a_comma_only_with_its_colon() -> None:
    doc = extract_text(
        "学校这几年主要做了两件事:一是提高班主任津贴,让班主任工作有吸引力;二是建立结对制度。\n"
    )
    assert "让班主任" not in roles(doc)


def test_a_township_page_with_a_service_guide() -> None:
    doc = extract_text(
        "（一）党政综合办公室\n主要职责：\n1、负责镇党委、政府的文秘和机要工作；\n2、负责督查督办。\n\n"
        "（二）财政所\n主要职责：\n1、负责镇级财政预算编制和执行；\n2、负责惠农补贴资金的发放。\n\n"
        "办事指南\n事项名称：城乡居民最低生活保障申请\n办理流程：\n"
        "1、申请人提出书面申请；\n2、村委会初审。\n办理时限：20个工作日　　收费标准：不收费\n"
        "附注：本机构职能信息自发布之日起公开。\n"
    )
    d = depts(doc)
    # a county bureau's office in the township, named by its kind alone
    assert d["财政所"].duties == ["负责镇级财政预算编制和执行", "负责惠农补贴资金的发放"]
    assert set(roles(doc)) == set()  # not `事项名称`, `办理时限`, `附注`: a form's fields


def test_a_forum_posters_card_holds_no_post() -> None:
    doc = extract_text(
        "监理员岗位职责\n1、在专业监理工程师指导下开展现场监理工作；\n2、做好旁站记录。\n\n"
        "2#\n老王在工地\n级别：中级监理（LV5）　　\n注册：2019-06-30\n发表于 2024-03-12 13:05\n"
        "感谢楼主分享！\n签名档：国家注册监理工程师｜只聊技术不吵架\n"
    )
    assert set(roles(doc)) == {"监理员"}  # not `级别`, `注册`, `签名档`


def test_a_wiki_table_of_posts_with_their_core_duties(tmp_path: Path) -> None:
    path = tmp_path / "team.md"
    path.write_text(
        "## 程序组\n\n| 岗位 | 汇报给 | 人数 | 核心职责 |\n| --- | --- | --- | --- |\n"
        "| 服务端开发工程师（服务端组） | 主程 | 3 | 开发游戏服务端逻辑；负责服务器部署 |\n"
        "| 工具开发工程师 | 主程 | 1 | 开发打包工具<br>维护持续集成流水线 |\n",
        encoding="utf-8",
    )
    r = roles(extract_file(path))
    # the unit noted after a post's title is not part of its name
    assert set(r) == {"服务端开发工程师", "工具开发工程师"}
    assert r["服务端开发工程师"].duties == ["开发游戏服务端逻辑", "负责服务器部署"]
    assert r["工具开发工程师"].reports_to == ["主程"]
    assert r["工具开发工程师"].headcount == 1


def test_word_symbol_bullets_pasted_as_letters() -> None:
    doc = extract_text(
        "业务部门负责人履行下列职责：\nØ\t制订本部门年度业务计划；\nØ\t审核本部门重要法律文书。\n\n"
        "律师助理岗位职责：\nü\t协助律师整理案卷；\nü\t负责法律文书的校对。\n"
    )
    r = roles(doc)
    assert r["业务部门负责人"].duties == ["制订本部门年度业务计划", "审核本部门重要法律文书"]
    assert r["律师助理"].duties == ["协助律师整理案卷", "负责法律文书的校对"]


def test_a_chat_article_staffing_each_unit_with_its_posts_in_brackets() -> None:
    doc = extract_text(
        "全院目前在岗员工13人：\n▪️ 院长1人\n▪️ 膳食部7人（厨师长1人、厨师4人、营养配餐员2人）\n"
        "▪️ 后勤保障部5人（维修员2人、保洁员3人）\n\n"
        "志愿者招募\n活动内容：陪长者聊天、读报\n参观预约：每周六上午\n"
    )
    r = roles(doc)
    assert {n: r[n].headcount for n in ("厨师长", "厨师", "维修员", "保洁员")} == {
        "厨师长": 1,
        "厨师": 4,
        "维修员": 2,
        "保洁员": 3,
    }
    assert "活动内容" not in r and "参观预约" not in r  # a notice's fields


DECK = """--- 第9页 ---
岗位介绍 | 部门经理
• 汇报对象：公司分管运行副总经理
• 主要职责
    – 全面负责地面服务部的安全、服务和运行管理工作
    – 组织制定部门年度工作计划
地面服务部 | 9

--- 第10页 ---
岗位介绍 | 部门经理（续）
• 主要职责（续）
    – 组织处理重大旅客投诉和服务突发事件
地面服务部 | 10

--- 第11页 ---
岗位介绍 | 值机室主任
• 汇报对象：部门经理
• 主要职责
    – 负责值机室的日常运行管理
地面服务部 | 11
"""


def test_a_slide_deck_exported_as_an_outline() -> None:
    r = roles(extract_text(DECK))
    assert set(r) == {"部门经理", "值机室主任"}
    assert r["部门经理"].reports_to == ["公司分管运行副总经理"]
    # the post goes on over the next slide; the slides' feet (`地面服务部 | 9`) are no items
    assert r["部门经理"].duties == [
        "全面负责地面服务部的安全、服务和运行管理工作",
        "组织制定部门年度工作计划",
        "组织处理重大旅客投诉和服务突发事件",
    ]
    assert r["值机室主任"].reports_to == ["部门经理"]
    assert r["值机室主任"].duties == ["负责值机室的日常运行管理"]


def test_a_cooperatives_units_set_up_under_its_manager() -> None:
    doc = extract_text(
        "一、组织机构\n　　本社实行理事会领导下的经理负责制。"
        "本社经理下设生产技术部、市场销售部两个部门。\n\n"
        "（一）生产技术部\n　　1．制定统一生产技术规程；\n　　2．组织技术培训。\n\n"
        "（二）市场销售部\n　　1．开拓销售渠道；\n　　2．组织分级包装。\n"
    )
    d = depts(doc)
    assert d["生产技术部"].parent == d["市场销售部"].parent == "经理"  # `本社`: this co-op's


def test_a_reorganisation_notice_sent_by_mail() -> None:
    doc = extract_text(
        "一、新设运营中心\n\n公司新设运营中心，统一管理干线运输和仓储作业。运营中心下设干线运输部、仓储部。\n\n"
        "运营中心主要职能：\n1、统一调度干线运力；\n2、统一管理仓储作业。\n\n"
        "二、调度科撤销\n调度科现有调度员5人整体转入干线运输部，岗位名称改为线路调度员，"
        "向干线运输部经理汇报。\n\n"
        "经确认：仓储部下设收发组和库内组，两个组各设组长1名。\n"
    )
    d, r = depts(doc), roles(doc)
    assert "运营中心" in d and "新设运营中心" not in d  # the heading's verb is not the name
    assert "线路调度员" in r  # renamed to it (`改为`)
    assert "干线运输部经理汇报" not in r and "确认" not in r  # a clause; `经确认:`


def test_an_articles_tags_under_it() -> None:
    doc = extract_text(
        "前厅营业员岗位职责\n1、热情接待顾客，介绍新品；\n2、负责收银，做到日清日结。\n\n"
        "本文标签：岗位职责 烘焙 门店管理\n上一篇：奶茶店员工岗位职责\n"
    )
    r = roles(doc)
    assert set(r) == {"前厅营业员"}  # not `本文标签`
    assert r["前厅营业员"].duties == ["热情接待顾客,介绍新品", "负责收银,做到日清日结"]


def test_an_emergency_plans_working_groups() -> None:
    doc = extract_text(
        "3.4 专业应急小组及其职责\n3.4.1 抢险救援组\n组长：生产技术部经理\n副组长：设备动力部经理\n"
        "成员：生产技术部、设备动力部技术人员\n职责：\n①负责事故现场的工艺处置；\n②负责泄漏物料的堵漏。\n"
        "3.4.2 警戒疏散组\n组长：陈立群（行政保卫部经理）\n成员：行政保卫部全体人员、门卫\n职责：\n"
        "1. 负责事故现场警戒区域的划定；\n2. 负责厂区道路交通管制。\n"
    )
    d = depts(doc)
    assert d["抢险救援组"].duties == ["负责事故现场的工艺处置", "负责泄漏物料的堵漏"]
    assert d["警戒疏散组"].duties == ["负责事故现场警戒区域的划定", "负责厂区道路交通管制"]
    assert set(roles(doc)) == set()  # `组长:` a post held by another; `成员:` no post


def test_an_emergency_plans_office_and_clauses() -> None:
    doc = extract_text(
        "3.3 应急指挥部办公室\n应急指挥部办公室设在安全环保部，实行24小时应急值班。\n办公室职责：\n"
        "（1）负责应急指挥部的日常工作；\n（2）组织开展应急培训和演练。\n\n"
        "4.2 信息报告\n4.2.1 内部报告：事故发现人应立即向当班班长报告。\n"
        "7.4 经费保障：公司每年按规定提取安全生产费用。\n"
    )
    # the office's duties under its last word's heading; a plan's clauses are no posts
    assert depts(doc)["应急指挥部办公室"].duties == [
        "负责应急指挥部的日常工作",
        "组织开展应急培训和演练",
    ]
    assert set(roles(doc)) == set()  # not `内部报告`, nor `费保障`


def test_minutes_notices_and_fines_hold_no_posts() -> None:
    doc = extract_text(
        "快递员岗位职责\n1、负责片区快件的派送；\n2、负责上门揽收。\n"
        "奖罚：派件及时率低于95%的，每低1个百分点罚款50元。\n\n"
        "会议记录\n主持：王建国\n参加：村两委全体成员\n记录：李娟\n议题：讨论道路硬化工程\n\n"
        "健康讲座\n主讲人：刘医生\n乘车路线：乘12路公交至卫生院站\n"
        "签约流程\n第一步：居民提出申请\n第二步：签订协议\n"
    )
    assert set(roles(doc)) == {"快递员"}


def test_bilingual_post_headings_with_their_counts() -> None:
    doc = extract_text(
        "值班經理 Duty Manager（5人）\n匯報對象 Reporting to：客務部總監\n"
        "• 處理賓客投訴及突發事件\n• 接待重要貴賓抵店及離店\n\n"
        "前台主任 Front Desk Supervisor（4人）\n直屬上司：前台經理\n"
        "(1) 主持每更之簡報會；\n(2) 督導接待員辦理入住。\n"
    )
    r = roles(doc)
    assert r["值班经理"].headcount == 5 and r["值班经理"].reports_to == ["客务部总监"]
    assert r["值班经理"].duties == ["处理宾客投诉及突发事件", "接待重要贵宾抵店及离店"]
    assert r["前台主任"].headcount == 4 and r["前台主任"].reports_to == ["前台经理"]


def test_a_bilingual_team_wiki(tmp_path: Path) -> None:
    path = tmp_path / "team.md"
    path.write_text(
        "# 团队手册 Team Handbook\n\n"
        "## Growth 增长团队\n\n- 负责商户获客渠道的搭建\n- 负责增长实验的设计\n\n"
        "### Growth PM\n\n**Reports to**: @Lena Zhou (Head of Growth)\n**HC**: 2\n\n"
        "- 负责 A/B test 平台的需求\n- 跟进实验数据\n\n"
        "### 风控经理\n\n汇报给：@周岚（风控负责人）\n\n- 制定授信策略\n",
        encoding="utf-8",
    )
    doc = extract_file(path)
    r = roles(doc)
    # whom one answers to is the post the person mentioned holds
    assert r["Growth PM"].reports_to == ["Head of Growth"]
    assert r["风控经理"].reports_to == ["风控负责人"]
    assert r["Growth PM"].headcount == 2  # `HC`
    assert depts(doc)["增长团队"].duties == ["负责商户获客渠道的搭建", "负责增长实验的设计"]


def test_leaders_each_with_who_holds_the_post_and_their_rank() -> None:
    doc = extract_text(
        "二、中心领导\n中心主任：林嘉禾（主任医师）\n"
        "　　主持中心全面工作；负责党建、人事和财务管理工作。\n\n"
        "三、科室设置\n（一）预防保健科\n主要职责：\n1、负责辖区儿童预防接种工作；\n2、负责儿童健康管理。\n"
    )
    # the holder and their rank are no duty
    assert roles(doc)["中心主任"].duties == ["主持中心全面工作", "负责党建、人事和财务管理工作"]


def test_a_cell_pointing_elsewhere_and_a_tenders_pledge() -> None:
    doc = extract_text(
        "| 岗位 | 汇报给 | 核心职责 |\n| --- | --- | --- |\n| 技术美术 | 主美 | 见下方 |\n"
        "| 原画师 | 主美 | 角色和场景的概念设计 |\n\n"
        "项目经理承诺书\n我方保证：\n1、该项目经理一旦中标，将全职投入本工程；\n2、未经招标人同意，不更换项目经理。\n"
    )
    r = roles(doc)
    assert r["技术美术"].duties == []  # `见下方`: a pointer, no duty
    assert "我方保证" not in r


def test_a_unit_read_under_the_short_name_the_text_gives_it() -> None:
    doc = extract_text(
        "经局党组研究，决定成立桐川县市场监督管理局食品安全专项整治工作领导小组（以下简称领导小组）。\n\n"
        "二、领导小组职责\n1. 审定专项整治工作方案；\n2. 研究解决专项整治中的重大问题。\n\n"
        "三、领导小组下设办公室\n"
    )
    d = depts(doc)
    assert "领导小组" not in d  # the body's name before it is no part of the unit's
    assert d["食品安全专项整治工作领导小组"].duties == [
        "审定专项整治工作方案",
        "研究解决专项整治中的重大问题",
    ]


def test_a_village_committees_members_each_with_their_share_of_the_work() -> None:
    doc = extract_text(
        "二、村“两委”班子成员及分工\n\n2. 郑国强　村委会副主任\n"
        "分工：协助主任处理村委会日常事务；负责农业生产和水利设施管理。\n联系电话：137 5762 0418\n"
    )
    r = roles(doc)
    assert set(r) == {"村委会副主任"}  # the person before the title is no part of it
    assert r["村委会副主任"].duties == ["协助主任处理村委会日常事务", "负责农业生产和水利设施管理"]


def test_a_committee_by_its_short_name_sets_up_groups() -> None:
    doc = extract_text(
        "（二）工作机构\n组委会下设办公室和竞赛组、安保组，具体负责各项筹备工作。\n\n"
        "竞赛组\n主要职责：\n1. 制定竞赛规程；\n2. 负责裁判员的选调。\n"
    )
    assert depts(doc)["竞赛组"].parent == "组委会"  # `委会`: a committee's short name


def test_a_courier_outlets_rules_in_a_forum_post() -> None:
    doc = extract_text(
        "1. 本网点设网点负责人1人、客服2人、分拣组长1人（兼仓管）。\n"
        "2. 网点派件分为三个片区：城东片区、城西片区、新城片区。\n\n"
        "三、仓管/分拣组长（1人）\n岗位名称：分拣组长（兼仓管）\n工作职责：\n"
        "① 负责每天早晚两班车的到车卸货和分拣；\n② 负责分拣员的排班和考勤。\n\n"
        "认证：加盟网点负责人\n"
    )
    r, d = roles(doc), depts(doc)
    # a post held with another is named without the note
    assert r["分拣组长"].duties == ["负责每天早晚两班车的到车卸货和分拣", "负责分拣员的排班和考勤"]
    assert not any("分为" in name for name in d)  # a sentence of the structure is no unit
    assert "认证" not in r  # a forum poster's card


def test_a_table_row_with_a_dash_for_an_empty_cell() -> None:
    doc = extract_text(
        "表3 应急小组人员组成\n序号 小组名称 组长 副组长 成员部门 人数\n"
        "3 医疗救护组 人力资源部经理 — 医务室、各车间急救员 6\n"
        "4 后勤保障组 供应部经理 — 供应部、设备动力部 7\n"
        "院长 — 负责医院全面工作；主持院务会议。\n"
    )
    r = roles(doc)
    assert "人力资源部经理" not in r and "供应部经理" not in r
    assert r["院长"].duties == ["负责医院全面工作", "主持院务会议"]  # a post's dash still heads it


def test_a_committees_head_and_members_noted_after_its_name() -> None:
    doc = extract_text(
        "村民委员会下设人民调解委员会、治安保卫委员会。\n\n"
        "（一）人民调解委员会（主任：陈建军　委员：郑国强、吴秀兰）\n"
        "1、宣传法律法规，预防民间纠纷的发生；\n2、调解村民之间的民间纠纷。\n"
    )
    assert depts(doc)["人民调解委员会"].duties == [
        "宣传法律法规,预防民间纠纷的发生",
        "调解村民之间的民间纠纷",
    ]
    assert set(roles(doc)) == set()  # not `主任`, `委员`: who sit on it


def test_a_unit_set_up_in_a_year_then_where_it_belongs() -> None:
    doc = extract_text(
        "中心简介\n丽湾综合家庭服务中心于2005年由社会福利署资助成立，隶属本会家庭及社区服务部，"
        "服务丽湾一带居民。\n\n丽湾综合家庭服务中心职责：\n"
        "1. 提供家庭支援服务；\n2. 提供辅导服务。\n"
    )
    assert depts(doc)["丽湾综合家庭服务中心"].parent == "家庭及社区服务部"


def test_a_floor_guide_an_honour_roll_and_promotion_rules_hold_no_posts() -> None:
    doc = extract_text(
        "组经理岗位职责\n1、负责本组业务员的辅导和陪访；\n2、组织本组早会。\n"
        "考核指标：直辖组FYC、直辖组活动率。\n"
        "晋升条件：直辖组有效人力≥8人。\n维持条件：直辖组季度FYC≥3万元。\n\n"
        "窗口分布\n一楼：综合受理窗口\n二楼：市场监管窗口\n"
        "办理形式：窗口办理\n申请材料：身份证复印件\n\n"
        "荣誉榜\n优秀新人：王小明\n"
    )
    r = roles(doc)
    assert set(r) == {"组经理"}
    assert r["组经理"].kpis == ["直辖组FYC", "直辖组活动率"]  # no rule for moving up


def test_a_film_crews_posts_each_a_name_a_line_on_whom_it_answers_to_and_items() -> None:
    doc = extract_text(
        "> 【导演组】\n>\n> 导演\n> 对制片人汇报；艺术创作上对影片质量负责。\n"
        "> - 负责剧本的最终定稿；\n> - 主持现场拍摄。\n\n"
        "> 执行导演\n> 受导演领导，协助导演完成现场拍摄的组织工作。\n"
        "> 1) 组织现场走戏和试拍；\n> 2) 安排副导演和场记的日常工作。\n"
    )
    r = roles(doc)
    assert r["导演"].reports_to == ["制片人"]
    assert r["导演"].duties[-2:] == ["负责剧本的最终定稿", "主持现场拍摄"]
    assert r["执行导演"].reports_to == ["导演"]
    assert r["执行导演"].duties == ["组织现场走戏和试拍", "安排副导演和场记的日常工作"]


def test_a_mines_safety_responsibilities_post_by_post() -> None:
    doc = extract_text(
        "第二章　矿领导安全生产责任制\n\n三、总工程师安全生产责任制\n\n"
        "总工程师在矿长领导下，对全矿安全生产技术工作负全面技术责任。\n"
        "①组织编制矿井灾害治理计划；\n②审批采掘工作面作业规程。\n\n"
        "四、班组长安全责任制\n班组长在区队长领导下，对本班组的安全生产负直接责任。\n"
        "1、班前检查作业地点的安全状况；\n2、监督班组成员按章作业。\n"
    )
    r = roles(doc)
    assert r["总工程师"].reports_to == ["矿长"]
    assert r["总工程师"].duties == ["组织编制矿井灾害治理计划", "审批采掘工作面作业规程"]
    assert r["班组长"].duties == ["班前检查作业地点的安全状况", "监督班组成员按章作业"]


def test_a_community_pages_division_of_labour_hotlines_and_opening_hours() -> None:
    doc = extract_text(
        "居委会成员分工\n"
        "　　副主任　周建国（兼社区党委副书记）：在居委会主任领导下，协助主任处理日常工作。\n"
        "　　委员　吴　丽：负责卫生健康和公共卫生工作。\n\n"
        "便民电话\n　　供电服务：95598\n　　健康小屋：周二、周四 8:30-11:00\n\n"
        "（一）社区专职工作者\n直接上级：居委会主任\n1.做好居民基础信息的录入；\n"
        "2.完成居委会交办的其他工作。\n"
    )
    r = roles(doc)
    assert set(r) == {"副主任", "委员", "社区专职工作者"}  # no 周建国, 供电服务, 健康小屋
    assert r["副主任"].reports_to == ["居委会主任"]
    assert r["委员"].duties == ["负责卫生健康和公共卫生工作"]
    assert r["社区专职工作者"].reports_to == ["居委会主任"]


def test_a_ships_manual_ranks_with_english_titles_and_an_appendix_after_them() -> None:
    """`3.4 二副（Second Officer）职责`: the rank, its English title between it and its
    duties' word; a numbered appendix ends the last post's list."""
    doc = extract_text(
        "3.3 大副（Chief Officer）职责\n大副在船长领导下，主持甲板部日常工作。\n"
        "a) 负责货物的积载和装卸；\nb) 负责甲板部船员的工作安排。\n\n"
        "3.4 二副（Second Officer）职责\n（1）负责航海图书资料的管理；\n（2）负责制订航次计划。\n\n"
        "3.9 值班水手（AB）职责（3人）\n（1）按值班驾驶员的命令操舵；\n（2）参加甲板保养。\n\n"
        "附件3-1　开航前驾驶台检查项目\n1. 核对航次计划；\n2. 试验舵机和车钟。\n"
    )
    r = roles(doc)
    assert set(r) == {"大副", "二副", "值班水手"}
    assert r["大副"].reports_to == ["船长"]
    assert r["二副"].duties == ["负责航海图书资料的管理", "负责制订航次计划"]
    assert (r["值班水手"].headcount, r["值班水手"].duties) == (
        3,
        ["按值班驾驶员的命令操舵", "参加甲板保养"],
    )


def test_a_chat_app_articles_keycap_numbers_and_emoji_bullets() -> None:
    doc = extract_text(
        "👉 项目经理\n\n直接上级：公司保安服务部经理\n\n"
        "1️⃣ 全面负责项目部的安保管理工作；\n2️⃣ 负责与商场物业管理处对接。\n\n"
        "👉 保安队长\n\n主要职责：\n✅ 负责队员的日常勤务安排\n✅ 每天对各岗位进行查岗\n"
    )
    r = roles(doc)
    assert r["项目经理"].duties == ["全面负责项目部的安保管理工作", "负责与商场物业管理处对接"]
    assert r["保安队长"].duties == ["负责队员的日常勤务安排", "每天对各岗位进行查岗"]
    assert emoji_marks("1️⃣协助园长；2️⃣制定计划\n") == "1. 协助园长；2. 制定计划\n"


def test_taiwanese_rules_set_posts_up_with_置() -> None:
    doc = extract_text(
        "學生事務處下設生活輔導組及軍訓室，各組置組長一人，軍訓室置主任教官一人。\n\n"
        "三、總務處\n總務處置總務主任一人，承校長之命，綜理全校總務工作。事務組另置幹事二人。\n"
    )
    r = roles(doc)
    assert {n: r[n].headcount for n in ("组长", "主任教官", "总务主任", "干事")} == {
        "组长": 1,
        "主任教官": 1,
        "总务主任": 1,
        "干事": 2,
    }


def test_a_glossarys_terms_are_no_posts() -> None:
    doc = extract_text(
        "乘务长：负责本航班乘务组的客舱服务组织。\n\n# 八、术语\n"
        "重要旅客：指公司确认的省部级以上领导及其他经值班经理确认的旅客。\n"
        "号位：指乘务员在航班中按机型和舱位划分的工作位置及对应的服务与应急职责。\n"
        "# 九、附则\n1. 本说明书由客舱服务部负责解释。\n"
    )
    assert set(roles(doc)) == {"乘务长"}


def test_units_set_up_after_their_kind_named_in_any_words_and_a_colon() -> None:
    doc = extract_text(
        "县市场监督管理局关于成立食品安全专项整治工作领导小组的通知\n\n"
        "　　领导小组下设4个专项工作组：综合协调组、督查执法组、宣传引导组。\n\n"
        "　　（一）综合协调组\n　　负责整治工作的统筹协调。\n"
    )
    d = depts(doc)
    assert {n: d[n].parent for n in ("综合协调组", "督查执法组", "宣传引导组")} == dict.fromkeys(
        ("综合协调组", "督查执法组", "宣传引导组"), "领导小组"
    )


def test_a_laboratorys_authorised_signatory_is_a_post() -> None:
    doc = extract_text(
        "5.2.4　授权签字人\n上级主管：技术负责人\n职责：\n"
        "a) 对所签发检测报告的准确性负责；\nb) 不得签发超出授权领域的检测报告。\n"
    )
    r = roles(doc)["授权签字人"]
    assert (r.reports_to, len(r.duties)) == (["技术负责人"], 2)


def test_units_an_organisation_sets_up_are_its_own() -> None:
    """`松柏苑安老院下设A及B`: A and B, the home their parent; `公司下设A和B`: A and B, the
    company named nowhere; `各学院设有…`: each of several, no one parent."""
    doc = extract_text("本院由院长统筹院务。松柏苑安老院下设护理部及后勤部。\n")
    assert {n: d.parent for n, d in depts(doc).items()} == {
        "护理部": "松柏苑安老院",
        "后勤部": "松柏苑安老院",
    }
    doc = extract_text("公司下设采购部和仓储部，分别负责采购和仓储。\n")
    assert {n: d.parent for n, d in depts(doc).items()} == {"采购部": None, "仓储部": None}
    assert not depts(extract_text("各学院设有学院学生会，在业务上接受校学生会指导。\n"))


def test_a_repair_shops_trades_are_posts() -> None:
    doc = extract_text(
        "【机修工】\n● 按派工单做保养、维修和故障诊断\n● 修完先自检\n\n"
        "【钣金工】\n● 负责事故车的拆装和钣金整形\n● 配合服务顾问定损拍照\n"
    )
    r = roles(doc)
    assert r["机修工"].duties == ["按派工单做保养、维修和故障诊断", "修完先自检"]
    assert r["钣金工"].duties == ["负责事故车的拆装和钣金整形", "配合服务顾问定损拍照"]


def test_leaders_titles_spaced_out_over_who_holds_them_and_their_work() -> None:
    doc = extract_text(
        "二、处领导\n\n　　处　长：孟庆华\n"
        "　　在分管副校长领导下主持全面工作；负责科技发展规划；负责重大项目的统筹协调。\n\n"
        "　　副处长：邵文杰\n　　协助处长负责纵向项目的组织与管理；负责科研经费预算审核。\n"
    )
    r = roles(doc)
    assert set(r) == {"处长", "副处长"}
    assert r["处长"].reports_to == ["分管副校长"]
    assert r["副处长"].duties == ["协助处长负责纵向项目的组织与管理", "负责科研经费预算审核"]
