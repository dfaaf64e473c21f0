"""Documents whose structure is in their headings: Markdown, and the HTML and Word files
that reading writes with Markdown headings. Snippets of a fictional company."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract_file, extract_text
from ingest.rewrite import blank_markup
from tests.ingest.test_rules import depts, roles

HANDBOOK = """# 组织与岗位

## 数据中心

数据中心负责公司数据平台的建设与运营。

**部门职责**

- 建设数据仓库；
- 制定数据标准。

**部门考核指标**

- 数据可用率

### 数据运营

**汇报对象**：数据中心主任

**岗位职责**

- 需求对接：
  - 收集各部门取数需求
  - 维护需求台账
- 搭建核心报表，
  每周更新一次
- 性能治理：
  - 优化慢查询

**取数工作流程** (供参考)

1. 提交取数申请
2. 主任审批

*本章解释权归人力资源部所有。*
"""


def test_headings_name_departments_and_roles_without_a_suffix() -> None:
    doc = extract_text(HANDBOOK)
    assert set(depts(doc)) == {"数据中心"}
    assert set(roles(doc)) == {"数据运营"}  # no role suffix, but a sheet follows it
    assert roles(doc)["数据运营"].reports_to == ["数据中心主任"]


def test_a_summary_right_before_a_list_is_no_duty() -> None:
    d = depts(extract_text(HANDBOOK))["数据中心"]
    assert d.duties == ["建设数据仓库", "制定数据标准"]
    assert d.kpis == ["数据可用率"]


def test_nested_bullets_process_headings_and_closing_notes() -> None:
    """Label-only lead-ins (`需求对接:`) give way to their sub-items; `取数工作流程` ends the
    duties; the closing note is no measure."""
    r = roles(extract_text(HANDBOOK))["数据运营"]
    assert r.duties == [
        "收集各部门取数需求",
        "维护需求台账",
        "搭建核心报表,每周更新一次",
        "优化慢查询",
    ]
    assert r.kpis == []


def test_html_and_word_headings_are_headings_too(tmp_path: Path) -> None:
    import docx

    page = tmp_path / "jobs.html"
    page.write_text(
        "<html><body><h2>数据中心</h2><h3>数据运营</h3><p>汇报对象：数据中心主任</p>"
        "<p>岗位职责：</p><ol><li>收集取数需求</li><li>维护需求台账</li></ol></body></html>",
        encoding="utf-8",
    )
    document = docx.Document()
    document.add_heading("数据运营", level=2)
    document.add_paragraph("汇报对象：数据中心主任")
    document.add_paragraph("岗位职责：")
    document.add_paragraph("1、收集取数需求")
    document.add_paragraph("2、维护需求台账")
    word = tmp_path / "jobs.docx"
    document.save(str(word))
    for path in (page, word):
        r = roles(extract_file(path))["数据运营"]
        assert r.reports_to == ["数据中心主任"], path.name
        assert r.duties == ["收集取数需求", "维护需求台账"], path.name


POST = """📢 本期招聘岗位

【店长】
📍工作地点：梅溪湖店
招聘人数：3人
👉 直接向区域经理汇报，下辖前厅主管

岗位职责：
1.全面负责门店经营；
2.每周向区域经理提交经营周报。

📊 考核指标：营业额达成率、顾客好评率

▶ 厨师长（2名）
📍工作地点：新开门店
（向店长汇报，同时接受研发中心的出品指导）

岗位职责：
✅ 负责后厨的全面管理
✅ 按标准化菜谱出品

考核：出品合格率、后厨毛利率
💰 薪资：9-13K

📞 联系人：陈小姐
长按识别二维码，关注我们
"""


def test_a_recruiting_post() -> None:
    """`【店长】` and `▶ 厨师长(2名)` head the positions; one-line notes (工作地点, 薪资) end at
    their line; `直接向X汇报`, `(向X汇报,…)` name superiors; ✅ bullets; how to apply and
    the QR notice are no duties."""
    rs = roles(extract_text(POST))
    assert set(rs) == {"店长", "厨师长"}
    assert (rs["店长"].headcount, rs["厨师长"].headcount) == (3, 2)
    assert rs["店长"].reports_to == ["区域经理"]
    assert rs["厨师长"].reports_to == ["店长"]
    assert rs["店长"].kpis == ["营业额达成率", "顾客好评率"]
    assert rs["厨师长"].kpis == ["出品合格率", "后厨毛利率"]
    assert rs["厨师长"].duties == ["负责后厨的全面管理", "按标准化菜谱出品"]


WIKI_TABLE = """## 岗位一览

| 岗位 | 汇报对象 | 人数 | 主要职责 | 考核指标 |
|---|---|---|---|---|
| 售后客服专员 | 客服主管 | 6 | 1. 处理退货申请<br>2. 跟进物流异常 | 工单一次解决率<br>纠纷退款率 |

## 补充说明

**质检专员**（2人）
质检专员向客服主管汇报，负责每日抽检在线会话并打分。

标签：`客服` `岗位说明`
"""


def test_wiki_table_cells_cut_by_br_and_a_position_described_in_prose() -> None:
    rs = roles(extract_text(WIKI_TABLE))
    r = rs["售后客服专员"]
    assert (r.reports_to, r.headcount) == (["客服主管"], 6)
    assert r.duties == ["处理退货申请", "跟进物流异常"]
    assert r.kpis == ["工单一次解决率", "纠纷退款率"]
    q = rs["质检专员"]
    assert q.reports_to == ["客服主管"]
    assert q.duties == ["质检专员向客服主管汇报,负责每日抽检在线会话并打分"]
    assert set(rs) == {"售后客服专员", "质检专员"}


def test_a_title_without_a_suffix_in_a_numbered_list_of_posts() -> None:
    doc = extract_text(
        "1、运营总监:负责整体运营;协调供应链。2、店铺运营:负责单店日常运营;跟进竞品动态。"
        "3、推广专员:负责直通车投放。4.活动策划:策划大促节奏;撰写活动方案。"
        "5、视觉设计（美工）:主图设计;海报制作。6、数据分析专员:搭建报表体系。\n\n"
        "（二）营销部副经理:\n1.协助经理制定培训计划;\n（三）组训:\n直接上级:营销部副经理\n"
        "1.负责新人岗前培训;\n（四）营销内勤:\n1、负责数据统计;\n\n"
        "（一）店长\n(1) 负责门店经营;\n(2) 商品管理:\n① 督导理货;\n"
    )
    r = roles(doc)
    assert r["店铺运营"].duties == ["负责单店日常运营", "跟进竞品动态"]
    assert r["活动策划"].duties == ["策划大促节奏", "撰写活动方案"]  # `3、` then `4.`: one list
    assert r["视觉设计(美工)"].duties == ["主图设计", "海报制作"]
    assert r["组训"].reports_to == ["营销部副经理"]
    assert r["组训"].duties == ["负责新人岗前培训"]
    # `(2)` is not `(二)`: a work area in a post's list, not the next post.
    assert "商品管理" not in r


WIKI_EXPORT = """<a name="Lr8Yt"></a>
### 客服主管

在客服中心经理的领导下，负责班组日常管理。具体包括：

- 排班与考勤
   - 审核班组员工考勤，每月 25 日前提交至客服中心经理
- 工单管理
   - 每日检查工单系统，抽查比例不低于 20%
"""


def test_a_wiki_export_spaced_around_its_numbers_with_html_anchors() -> None:
    r = roles(extract_text(WIKI_EXPORT))
    assert set(r) == {"客服主管"}  # neither `具体包括` nor `日前提交至客服中心经理`
    assert r["客服主管"].reports_to == ["客服中心经理"]
    assert r["客服主管"].duties == [
        "审核班组员工考勤,每月 25 日前提交至客服中心经理",
        "每日检查工单系统,抽查比例不低于 20%",
    ]


def test_titles_ending_in_jia_are_posts() -> None:
    text = (
        "### 楼栋管家\n\n- 每日巡查所辖楼栋\n- 维护业主微信群\n\n"
        "### 技术专家\n\n- 攻关核心技术难题\n"
    )
    r = roles(extract_text(text))
    assert r["楼栋管家"].duties == ["每日巡查所辖楼栋", "维护业主微信群"]
    assert r["技术专家"].duties == ["攻关核心技术难题"]


FRONT_MATTER_PAGE = """---
title: 客服中心岗位职责
space: 物业 / 品质运营部 / 制度库
---

## 客服中心

客服中心下设前台接待组、400热线组。

| 岗位 | 编制 | 备注 |
| --- | --- | --- |
| 楼栋管家 | 6 | 按每 400 户配 1 人 |

### 热线坐席

- 接听服务热线
- 受理线上工单
"""


def test_a_wiki_page_with_front_matter_a_hotline_team_and_a_ratio() -> None:
    assert "space:" not in blank_markup(FRONT_MATTER_PAGE)  # the metadata is no text
    doc = extract_text(FRONT_MATTER_PAGE)
    d = depts(doc)
    assert d["400热线组"].parent == "客服中心"  # a hotline's number opens the name
    r = roles(doc)
    assert r["热线坐席"].duties == ["接听服务热线", "受理线上工单"]
    assert "户配" not in r  # `每 400 户配 1 人` is a ratio


def test_html_list_items_are_items_and_a_menu_of_links_is_none(tmp_path: Path) -> None:
    page = tmp_path / "org.html"
    page.write_text(
        "<html><body><div class='side'><ul><li><a href='/a'>公司简介</a></li>"
        "<li><a href='/b'>组织架构</a></li></ul></div>"
        "<h3>4. 网点督导</h3>"
        "<p>网点督导在网点管理部经理的领导下，负责片区网点的巡检。具体职责如下：</p>"
        "<ol><li>每月对分管网点进行实地巡检；</li><li>跟踪网点派件及时率</li></ol>"
        "<p>考核指标：网点巡检覆盖率；网点有效投诉率。</p></body></html>",
        encoding="utf-8",
    )
    r = roles(extract_file(page))
    assert r["网点督导"].reports_to == ["网点管理部经理"]
    # The sentence leading into the list is no duty; the measures after it are the post's.
    assert r["网点督导"].duties == ["每月对分管网点进行实地巡检", "跟踪网点派件及时率"]
    assert r["网点督导"].kpis == ["网点巡检覆盖率", "网点有效投诉率"]


def test_a_government_page_on_a_centre_s_functions_and_offices() -> None:
    doc = extract_text(
        "当前位置:首页 > 信息公开 > 机构职能\n机构概况 | 机构职能 | 领导信息 | 政策文件\n"
        "主题分类:机构职能\n\n"
        "青山县便民服务中心机构职能\n\n"
        "一、主要职责\n（一）负责县便民服务大厅的运行管理。\n（二）负责政务服务事项清单的编制。\n\n"
        "二、内设机构\n中心设下列内设机构：\n"
        "（一）办公室。负责文电、会务和档案工作；负责人事管理工作。\n"
        "（二）窗口管理股。在中心主任领导下，负责综合受理窗口的运行管理；负责窗口人员考核。\n"
        "（三）网办服务股。由分管副主任直接领导，负责网上办件的监测；负责自助终端的管理。\n\n"
        "机构名称：青山县便民服务中心\n办公地址：青山县人民路1号\n办公时间：工作日8:30-17:30\n"
    )
    d = depts(doc)
    assert d["青山县便民服务中心"].duties == [
        "负责县便民服务大厅的运行管理",
        "负责政务服务事项清单的编制",
    ]  # the page's title names the centre its duties are of
    assert d["办公室"].parent == "青山县便民服务中心"  # `中心设…`: the centre of the page
    assert d["窗口管理股"].duties[1:] == ["负责窗口人员考核"]  # its own paragraph, after a
    assert d["网办服务股"].duties[1:] == ["负责自助终端的管理"]  # sentence on who leads it
    assert roles(doc) == {}  # no post `机构` of the menu, nor `办公地址`


def test_a_handbook_s_post_with_its_measures_and_a_folded_interview() -> None:
    doc = extract_text(
        "### 用户运营专员\n\n| 项目 | 内容 |\n| --- | --- |\n| 汇报对象 | 增长负责人 |\n\n"
        "**你要做的事**\n\n- 运营用户社群\n- 策划线上活动\n\n**我们怎么衡量**\n\n"
        "- 新用户7日留存率\n- 用户投诉响应时长（目标：工作时间 30 分钟内）\n"
        "- 社群周活跃人数占比\n\n"
        "<details>\n<summary>面试流程</summary>\n\n1. 简历筛选\n2. 一面：运营负责人\n</details>\n"
    )
    r = roles(doc)["用户运营专员"]
    assert r.duties == ["运营用户社群", "策划线上活动"]  # no steps of the interview
    assert r.kpis == [
        "新用户7日留存率",
        "用户投诉响应时长(目标:工作时间 30 分钟内)",  # a note's labels are only words
        "社群周活跃人数占比",
    ]


def test_titles_set_off_by_marks_head_their_posts() -> None:
    doc = extract_text(
        "华岭建设项目部岗位职责\n\n"
        "★施工员★（土建、水电各1人）\n"
        "施工员对技术负责人负责，具体组织现场施工。\n"
        "1、编制周施工作业计划；\n2、每天记录施工日志。\n\n"
        "◎安全员岗位责任制\n"
        "一、组织班前安全活动；\n二、每日巡查施工现场。\n\n"
        "——资料员——\n"
        "　　资料员负责项目部的工程资料管理。\n"
        "1）负责工程资料的归档；\n2）负责图纸的借阅登记。\n"
    )
    r = roles(doc)
    assert r["施工员"].duties == ["编制周施工作业计划", "每天记录施工日志"]  # `★X★(note)`
    assert r["安全员"].duties == ["组织班前安全活动", "每日巡查施工现场"]  # `◎X岗位责任制`
    # `——X——` over a sentence about the post and its list: the sentence a summary
    assert r["资料员"].duties == ["负责工程资料的归档", "负责图纸的借阅登记"]


def test_a_short_heading_over_an_indented_paragraph_is_no_wrapped_line() -> None:
    body = "".join(
        f"{i}、负责项目部第{i}项日常管理工作并按月报告执行情况，\n　　做好台账的登记与归档。\n"
        for i in range(1, 4)
    )  # items that wrap onto lines set in by two full-width blanks (hanging indents)
    doc = extract_text(
        f"林川物业工程部岗位职责\n\n——领班——\n　　领班在工程部经理的领导下工作。\n{body}"
    )
    r = roles(doc)["领班"]
    assert r.reports_to == ["工程部经理"]  # the heading is not run into its paragraph
    assert r.duties[0] == "负责项目部第1项日常管理工作并按月报告执行情况,做好台账的登记与归档"


def test_a_numbered_post_with_its_english_title_in_brackets() -> None:
    doc = extract_text(
        "金濠灣酒店餐飲部職位說明書\n\n"
        "二、餐飲總監 (Director of Food & Beverage)\n"
        "編制：1人\n匯報對象：營運總監 (Director of Operations)\n主要職責：\n"
        "1. 主持每週餐飲部例會；\n2. 處理重大賓客投訴。\n\n"
        "三、餐廳經理 (Restaurant Manager)\n匯報對象：餐飲總監\n主要職責：\n"
        "1. 負責餐廳訂座及包廂安排；\n2. 培訓及評核樓面員工。\n"
    )
    r = roles(doc)
    assert r["餐饮总监"].duties == ["主持每周餐饮部例会", "处理重大宾客投诉"]
    assert r["餐饮总监"].reports_to == ["营运总监"]
    assert r["餐厅经理"].reports_to == ["餐饮总监"]


def test_a_chat_article_s_bracketed_posts_after_a_mark_with_their_counts() -> None:
    doc = extract_text(
        "某幼儿园园务管理\n\n"
        "🔹【园长】1人\n直接上级：集团教育总监\n岗位职责：\n"
        "1️⃣ 全面主持幼儿园保教工作；\n2️⃣ 制定学年园务工作计划。\n\n"
        "🔹【年级组长】3人（大、中、小班各1人）\n直接上级：副园长\n岗位职责：\n"
        "制定本年级学期工作计划和主题活动安排\n组织年级亲子活动和家长开放日\n"
        "协调本年级各班户外场地的使用\n\n"
        "💬 周园长说：\n“岗位职责是每天做出来的。”\n"
    )
    assert len(doc.units) == 1  # `组织年级亲子活动…`: an item that opens with a verb, no title
    r = roles(doc)
    assert set(r) == {"园长", "年级组长"}  # not `周园长说`, who speaks
    assert r["园长"].duties == ["全面主持幼儿园保教工作", "制定学年园务工作计划"]
    assert r["年级组长"].duties[:3] == [
        "制定本年级学期工作计划和主题活动安排",
        "组织年级亲子活动和家长开放日",
        "协调本年级各班户外场地的使用",
    ]


WIKI_TEAM = """## 内容中心

### 中心职责

- 统筹内容运营和内容审核两条线

## 内容运营部

**所属中心**：内容中心　**部门负责人**：@许知遥（内容运营经理）

### 内容运营专员

- **人数**：4
- **汇报对象**：内容运营经理
- **岗位职责**：
  - 负责 1～2 个垂类的内容策划
  - 每日 18:00 前提交内容运营日报给内容运营经理
- **协作方**：设计中心

**汇报机制**：每周一 12:00 前提交内容运营周报给内容中心负责人。

### 审核组长

**KPI**：审核准确率 ≥ 99.5%｜班次漏审事故数 = 0｜组员平均审核时长 ≤ 3 分钟
"""


def test_a_team_wiki_s_fields_a_time_in_an_item_and_measures_cut_by_bars() -> None:
    doc = extract_text(WIKI_TEAM)
    d, r = depts(doc), roles(doc)
    assert d["内容中心"].duties == ["统筹内容运营和内容审核两条线"]  # `中心职责`
    assert d["内容运营部"].parent == "内容中心"  # `所属中心`
    assert set(r) == {"内容运营专员", "审核组长"}  # no `协作方`, `汇报机制` or a time's tail
    assert r["内容运营专员"].duties == [
        "负责 1~2 个垂类的内容策划",
        "每日 18:00 前提交内容运营日报给内容运营经理",
    ]
    assert r["审核组长"].kpis == [
        "审核准确率≥ 99.5%",
        "班次漏审事故数 = 0",
        "组员平均审核时长≤ 3 分钟",
    ]


def test_a_portal_s_contact_box_is_no_post() -> None:
    doc = extract_text(
        "#### 联系我们\n\n部门负责人：人力资源总监 陈嘉怡\n\n招聘热线：0571-8766 3021\n\n"
        "# 人力资源部\n\n## 部门职责\n\n- 拟订人力资源管理制度；\n- 编制人工成本预算。\n"
    )
    assert "联系我们" not in roles(doc)
    menu = depts(
        extract_text(
            "#### 集团总部\n\n总裁办公室\n\n财务部\n\n人力资源部\n\n运营管理部\n\n"
            "# 人力资源部\n\n## 部门职责\n\n- 拟订人力资源管理制度；\n"
        )
    )
    assert "集团总部" not in menu or not menu["集团总部"].duties  # a portal's menu
    assert depts(doc)["人力资源部"].duties == ["拟订人力资源管理制度", "编制人工成本预算"]
