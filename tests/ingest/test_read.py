"""Reading: encodings detected (not assumed), each document format, unreadable input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.extract import extract_file, extract_paths, iter_document_paths
from ingest.read import NotADocument, decode_bytes, read_path
from kb.errors import InputError

SNIPPET = "出纳岗位职责:\n1、办理现金收付;\n2、登记日记账。\n"
TRADITIONAL = "出納崗位職責:\n1、辦理現金收付;\n2、登記日記賬。\n"
DUTIES = ["办理现金收付", "登记日记账"]


def _duties(path: Path) -> list[str]:
    doc = extract_file(path)
    return [d for u in doc.units for r in u.roles if r.name == "出纳" for d in r.duties]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gb18030", SNIPPET),
        ("gbk", SNIPPET),
        ("big5", TRADITIONAL),
        ("utf-16", SNIPPET),
        ("utf-16-le", SNIPPET),
        ("utf-8-sig", SNIPPET),
        ("utf-8", SNIPPET),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / f"doc_{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert _duties(path) == DUTIES


def test_big5_is_not_misread_as_gbk() -> None:
    data = ("市場營銷部職責:負責市場調研與品牌推廣,協調銷售部門的工作。" * 3).encode("big5")
    assert "市場營銷部" in decode_bytes(data)


def test_mixed_encodings_in_one_file_are_decoded_line_by_line() -> None:
    data = (
        "出纳岗位职责:\n".encode()
        + "1、办理现金收付;\n".encode("gbk")
        + "2、登记日记账。\n".encode()
    )
    text = decode_bytes(data)
    assert "办理现金收付" in text and "登记日记账" in text


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("出纳岗位职责:")
    d.add_paragraph("1、办理现金收付;")
    d.add_paragraph("2、登记日记账。")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "会计 (1人)"
    table.rows[0].cells[1].text = "出纳 (2人)"
    path = tmp_path / "doc.docx"
    d.save(str(path))
    assert _duties(path) == DUTIES
    assert "会计 (1人)\t出纳 (2人)" in read_path(path)  # one line, cells apart


def test_a_docx_job_sheet_of_label_and_value_cells_and_a_duties_table(tmp_path: Path) -> None:
    import docx

    from ingest.extract import extract_file

    d = docx.Document()
    d.add_paragraph("岗位说明书")
    grid = [["岗位名称", "仓储主管", "岗位定员", "1人"], ["直接上级", "物流经理", "", ""]]
    duties = [["序号", "职责描述"], ["1", "安排入库验收"], ["2", "组织月度盘点"]]
    for rows in (grid, duties):
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                table.cell(i, j).text = value
    path = tmp_path / "sheet.docx"
    d.save(str(path))
    (role,) = [r for u in extract_file(path).units for r in u.roles]
    assert (role.name, role.headcount, role.reports_to) == ("仓储主管", 1, ["物流经理"])
    assert role.duties == ["安排入库验收", "组织月度盘点"]


def test_a_docx_handbook_whose_lists_are_word_styles(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("研发中心管理手册", style="Title")
    d.add_paragraph("研发中心在技术副总裁的领导下开展工作，下设平台架构部。")
    d.add_paragraph("中心职责", style="Heading 2")
    d.add_paragraph("制定产品技术路线图", style="List Number")
    d.add_paragraph("统筹各产品线的需求评审", style="List Number")
    d.add_paragraph("平台架构部", style="Heading 2")
    d.add_paragraph("系统架构师", style="Heading 3")
    d.add_paragraph("汇报对象：研发中心总监")
    d.add_paragraph("岗位职责")
    d.add_paragraph("负责产品整体技术架构设计", style="List Bullet")
    d.add_paragraph("组织技术预研", style="List Bullet")
    path = tmp_path / "handbook.docx"
    d.save(str(path))
    doc = extract_file(path)
    r = {x.name: x for u in doc.units for x in u.roles}
    dd = {x.name: x for u in doc.units for x in u.departments}
    # Word numbers a styled list itself: its items carry no numbers in their text
    assert dd["研发中心"].duties == ["制定产品技术路线图", "统筹各产品线的需求评审"]  # `中心职责`
    assert r["系统架构师"].duties == ["负责产品整体技术架构设计", "组织技术预研"]
    assert r["系统架构师"].reports_to == ["研发中心总监"]


def test_a_docx_with_tracked_changes_is_read_with_them_accepted(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    p = d.add_paragraph("总经理下设生产中心、")
    p._p.append(
        parse_xml(
            f'<w:del {w} w:id="1" w:author="x"><w:r><w:delText>销售部</w:delText></w:r></w:del>'
        )
    )
    p._p.append(
        parse_xml(f'<w:ins {w} w:id="2" w:author="x"><w:r><w:t>营销中心</w:t></w:r></w:ins>')
    )
    p.add_run("和财务部。")
    table = d.add_table(rows=2, cols=2)
    for i, row in enumerate([("岗位", "编制"), ("质检员", "4")]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    gone = d.add_table(rows=1, cols=2)
    gone.cell(0, 0).text, gone.cell(0, 1).text = "装配工", "9"
    gone.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:del {w} w:id="3" w:author="x"/>'))
    path = tmp_path / "revised.docx"
    d.save(str(path))
    text = read_path(path)
    assert "总经理下设生产中心、营销中心和财务部。" in text  # inserted in, deleted out
    assert "销售部" not in text
    assert "质检员\t4" in text and "装配工" not in text  # a deleted row


def test_pdf_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "doc.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(SNIPPET.splitlines()):
        c.drawString(72, 800 - 20 * i, line)
    c.save()
    assert _duties(path) == DUTIES


def test_pdf_running_heads_and_hard_wraps(tmp_path: Path) -> None:
    """A PDF repeats its head on every page and breaks full lines anywhere: the head is
    read once, and a full line ending in a hanzi goes on with the next."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "manual.pdf"
    c = canvas.Canvas(str(path))
    pages = [
        [
            "南屿学院岗位职责汇编",
            "教务处负责全院的教学运行与质量管理。教务处下设教学运",
            "行科和考务科。主要职责：",
            "1. 组织教学检查。",
        ],
        ["南屿学院岗位职责汇编", "2. 负责考务工作。"],
    ]
    for lines in pages:
        c.setFont("STSong-Light", 12)
        for i, line in enumerate(lines):
            c.drawString(72, 800 - 20 * i, line)
        c.showPage()
    c.save()
    text = read_path(path)
    assert text.count("南屿学院岗位职责汇编") == 1
    assert "教学运行科" in text
    d = {x.name: x for u in extract_file(path).units for x in u.departments}
    assert d["教学运行科"].parent == d["考务科"].parent == "教务处"


def test_html_drops_navigation(tmp_path: Path) -> None:
    html = (
        "<html><head><script>var x=1;</script></head><body><nav>首页 &gt; 文库</nav>"
        "<h2>出纳岗位职责:</h2><ol><li>1、办理现金收付;</li><li>2、登记日记账。</li></ol></body></html>"
    )
    path = tmp_path / "doc.html"
    path.write_text(html, encoding="utf-8")
    text = read_path(path)
    assert "var x" not in text and "文库" not in text
    assert _duties(path) == DUTIES


def test_markdown_headings_and_bullets(tmp_path: Path) -> None:
    md = "# 财务部组织架构\n\n## 出纳岗位职责\n\n- 办理现金收付\n- 登记日记账\n"
    path = tmp_path / "doc.md"
    path.write_text(md, encoding="utf-8")
    assert _duties(path) == DUTIES


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", None),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("random.txt", os.urandom(20000), None),
        ("fake.docx", b"not a zip file at all", "docx"),
        ("fake.pdf", b"%PDF-1.4 garbage", "PDF"),
    ],
)
def test_bad_input_is_an_input_error_naming_the_file_or_empty(
    tmp_path: Path, name: str, data: bytes, reason: str | None
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        doc = extract_file(path)
    except InputError as e:
        assert name in str(e)
        if reason:
            assert reason in str(e)
    else:
        assert reason is None, "expected an InputError"
        assert doc.source == name


def test_one_long_line_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("负责销售计划的制定与执行," * 400_000, encoding="utf-8")  # about 14 MB
    doc = extract_file(path)
    assert doc.source == "long.txt"


def test_an_extremely_long_list(tmp_path: Path) -> None:
    items = "".join(f"{i}、负责第{i}项工作;\n" for i in range(1, 30_000))
    path = tmp_path / "list.txt"
    path.write_text("事务专员岗位职责:\n" + items, encoding="utf-8")
    doc = extract_file(path)
    role = next(r for u in doc.units for r in u.roles if r.name == "事务专员")
    assert len(role.duties) > 500


def test_structured_files_are_skipped_by_name(tmp_path: Path) -> None:
    (tmp_path / "roles.csv").write_text("name\n出纳\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(SNIPPET, encoding="utf-8")
    results = dict(extract_paths([tmp_path]))
    assert isinstance(results[tmp_path / "roles.csv"], NotADocument)
    assert "roles.csv" in str(results[tmp_path / "roles.csv"])
    assert not isinstance(results[tmp_path / "a.txt"], InputError)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nothing\.txt"):
        extract_file(tmp_path / "nothing.txt")


def test_extract_file_leaves_the_cycle_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    from ingest.extract import extract_file

    f = tmp_path / "a.txt"
    f.write_text("销售经理岗位职责:\n1、负责销售。\n2、管理客户。\n", encoding="utf-8")
    assert gc.isenabled()
    assert extract_file(f).units
    assert gc.isenabled()
    gc.disable()
    try:
        extract_file(f)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_html_tables_keep_their_rows(tmp_path: Path) -> None:
    from ingest.extract import extract_file

    page = (
        "<html><body><div>首页 &gt; 文库</div><h2>岗位说明书</h2><table>"
        "<tr><td>岗位名称</td><td>出纳</td><td>所属部门</td><td>财务部</td></tr>"
        "<tr><td>直接上级</td><td>财务经理</td><td>岗位定员</td><td>1人</td></tr></table>"
        "<p>岗位职责</p><table><tr><th>序号</th><th>职责描述</th></tr>"
        "<tr><td>1</td><td>办理现金收付</td></tr><tr><td>2</td><td>登记现金日记账</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "sheet.html"
    path.write_text(page, encoding="utf-8")
    assert "岗位名称\t出纳\t所属部门\t财务部" in read_path(path)
    (role,) = [r for u in extract_file(path).units for r in u.roles]
    assert (role.name, role.department, role.reports_to) == ("出纳", "财务部", ["财务经理"])
    assert role.duties == ["办理现金收付", "登记现金日记账"]


def test_an_hr_system_export_with_columns_of_its_own_books(tmp_path: Path) -> None:
    row = "<tr><td><input type='checkbox'></td>" + "<td>{}</td>" * 8 + "</tr>"
    page = (
        "<html><body><div>首页 &gt; 岗位信息管理</div><table><tr><th></th><th>序号</th>"
        "<th>岗位编码</th><th>岗位名称</th><th>所属部门</th><th>上级岗位</th><th>编制人数</th>"
        "<th>岗位职责</th><th>状态</th></tr>"
        + row.format(
            1,
            "C-01",
            "仓储经理",
            "仓储部",
            "运营总监",
            1,
            "1.负责仓储管理；<br>2.组织盘点。",
            "启用",
        )
        + row.format(
            2,
            "C-02",
            "库管员",
            "仓储部",
            "",
            12,
            "1.负责收货；<br>2.负责发货。<br>任职要求：<br>1.服从班次安排。",
            "启用",
        )
        + "</table><h3>部门信息</h3><table><tr><th>部门编码</th><th>部门名称</th><th>上级部门</th>"
        "<th>部门职责</th></tr><tr><td>D02</td><td>仓储部</td><td>运营中心</td>"
        "<td>（1）负责仓库作业管理；<br>（2）负责库存准确性。</td></tr></table></body></html>"
    )
    path = tmp_path / "export.html"
    path.write_text(page, encoding="utf-8")
    units = extract_file(path).units
    roles = {r.name: r for u in units for r in u.roles}
    assert (roles["仓储经理"].reports_to, roles["仓储经理"].headcount) == (["运营总监"], 1)
    assert roles["库管员"].duties == ["负责收货", "负责发货"]  # requirements end the cell's duties
    assert roles["库管员"].reports_to == []
    (dept,) = [d for u in units for d in u.departments if d.duties]
    assert (dept.name, dept.parent) == ("仓储部", "运营中心")
    assert dept.duties == ["负责仓库作业管理", "负责库存准确性"]


def test_a_handbook_in_markdown_with_links_callouts_and_measures(tmp_path: Path) -> None:
    page = (
        "# 团队手册\n\n- [岗位：实施顾问](#shi-shi-gu-wen)\n\n"
        "### 岗位：实施顾问\n\n**汇报对象**：客户成功负责人\n**所在团队**：实施交付组\n\n"
        "#### 职责\n\n- 按照[实施方法论](/handbook/cs/method/)编制客户上线计划\n"
        "- 组织门店的上线培训\n  - 培训结束后组织考核，考核结果录入 CRM\n"
        "- 上线后 30 天内进行回访\n\n"
        "> 注意：顾问不得私下收取客户费用，违者按[《奖惩制度》](https://x.example/jc)处理。\n\n"
        "#### 衡量指标\n\n- 实施周期\n- 上线 30 天活跃门店比例\n\n"
        "## 常见问题\n\n答：先和组长沟通意向。一般需要：\n\n- 在当前岗位任职满一年\n"
    )
    path = tmp_path / "handbook.md"
    path.write_text(page, encoding="utf-8")
    units = extract_file(path).units
    roles = {r.name: r for u in units for r in u.roles}
    assert set(roles) == {"实施顾问"}  # neither `CRM` ending a line nor `一般需要:`
    consultant = roles["实施顾问"]
    assert (consultant.department, consultant.reports_to) == ("实施交付组", ["客户成功负责人"])
    assert consultant.duties[0] == "按照实施方法论编制客户上线计划"  # a link's words
    assert "上线后 30 天内进行回访" in consultant.duties
    assert not any("顾问不得" in d for d in consultant.duties)  # a callout's note
    assert consultant.kpis == ["实施周期", "上线 30 天活跃门店比例"]


def test_a_wiki_page_s_table_of_posts_with_team_rows_and_mentions(tmp_path: Path) -> None:
    from ingest.extract import extract_file

    page = """<html><body>
<h2>2.2 客户成功部 <span class="status-macro aui-lozenge">Q2 已调整</span></h2>
<ul><li>负责续费和增购，降低客户流失</li></ul>
<table class="confluenceTable"><tbody>
<tr><th>岗位</th><th>汇报对象</th><th>编制</th><th>岗位职责</th><th>考核指标（KPI）</th></tr>
<tr><td colspan="5">客户成功部</td></tr>
<tr><td>客户成功部经理 <a class="confluence-userlink">@陈思远</a></td><td>客户成功总监</td>
<td>1</td><td><ul><li>审核续费报价和折扣申请</li></ul></td><td><ul><li>部门续费率</li></ul></td></tr>
<tr><td colspan="5">客户运营部</td></tr>
<tr><td>培训讲师</td><td>客户运营部经理</td><td>2</td>
<td><ul><li>开发产品认证课程</li></ul></td><td><ul><li>认证通过率</li></ul></td></tr>
</tbody></table>
<p>王磊、陈思远和其他 4 人赞了这个页面</p>
</body></html>"""
    path = tmp_path / "wiki.html"
    path.write_text(page, encoding="utf-8")
    doc = extract_file(path)
    r = {x.name: x for u in doc.units for x in u.roles}
    d = {x.name: x for u in doc.units for x in u.departments}
    assert set(r) == {"客户成功部经理", "培训讲师"}  # a team's row is no post; `@X` no part
    assert (r["培训讲师"].reports_to, r["培训讲师"].headcount) == (["客户运营部经理"], 2)
    assert r["培训讲师"].kpis == ["认证通过率"]  # `考核指标(KPI)` is the measures' column
    assert d["客户成功部"].duties == ["负责续费和增购,降低客户流失"]  # its badge aside


def test_html_accordion_titles_head_what_they_fold(tmp_path: Path) -> None:
    from ingest.extract import extract_file

    page = (
        "<html><body><h3>四、内设机构</h3><p>县农业农村局下设2个内设机构：办公室、种植业股。</p>"
        "<details open><summary>办公室</summary><p>承担机关日常运转。具体职责：</p>"
        "<p>（一）负责机关文电、会务工作；</p><p>（二）负责机关财务工作。</p></details>"
        "<details><summary>种植业股</summary><p>（一）负责粮食生产指导；</p>"
        "<p>（二）负责耕地质量监测。</p></details>"
        "<details><summary>展开查看：联系方式（2 条）</summary><p>联系电话</p></details>"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = read_path(path)
    assert "#### 办公室" in text and "#### 种植业股" in text  # one level below `<h3>`
    assert "#### 展开" not in text  # a title that is no name alone stays a line
    depts = {d.name: d for u in extract_file(path).units for d in u.departments}
    assert depts["办公室"].duties == ["负责机关文电、会务工作", "负责机关财务工作"]
    assert depts["种植业股"].duties == ["负责粮食生产指导", "负责耕地质量监测"]
    assert depts["种植业股"].parent == "县农业农村局"  # `下设2个内设机构:`


def _rtf(text: str) -> bytes:
    """`text` as Word saves it in RTF: each hanzi a pair of `\\'hh` GBK escapes, a table
    row's cells closed by `\\cell`, paragraphs by `\\par`."""
    body = "".join(
        "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) if ord(ch) > 127 else ch for ch in text
    )
    body = body.replace("\n", "\\par\n").replace("|", "\\cell ").replace("#", "\\row\n")
    head = r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}"
    return (head + r"{\v hidden note}" + "\n" + body + "}").encode("ascii")


def test_rtf_files_are_read_in_their_code_page(tmp_path: Path) -> None:
    path = tmp_path / "说明书.rtf"
    path.write_bytes(
        _rtf(
            "质量检测中心下设检验室。\n"
            "\\trowd 岗位名称|检验员|#\\trowd 直接上级|质量检测中心主任|#"
            "\\trowd 岗位职责|1．按国家标准进行扦样和样品登记。\\line 2．如实填写原始记录。|#"
            "\\trowd 考核指标|检验差错率；检验及时率|#"
        )
    )
    text = read_path(path)
    assert "岗位名称|检验员" in text and not text.rstrip().endswith("|")
    (role,) = [r for u in extract_file(path).units for r in u.roles]
    assert (role.name, role.reports_to) == ("检验员", ["质量检测中心主任"])
    assert role.duties == ["按国家标准进行扦样和样品登记", "如实填写原始记录"]
    assert role.kpis == ["检验差错率", "检验及时率"]
    assert [p.name for p in iter_document_paths([tmp_path])] == ["说明书.rtf"]  # a document


def test_a_file_that_claims_rtf_but_is_not_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.rtf"
    path.write_bytes("岗位职责".encode("gbk"))
    with pytest.raises(InputError, match=r"broken\.rtf: not an RTF file"):
        read_path(path)


def test_subtitles_are_read_as_what_was_said(tmp_path: Path) -> None:
    cues = [
        ("♪ 片头音乐 ♪",),
        ("[陆海峰] 这次调整以后，客户服务中心下设三个部：", "营业服务部、热线调度部和入户安检部"),
        ("[掌声]",),
        ("调度主管的职责：第一，负责热线的运营管理",),
        ("第二，负责抢修工单的派发",),
        ("和跟踪督办",),
    ]
    srt = "".join(
        f"{i}\r\n00:00:{i:02d},000 --> 00:00:{i + 1:02d},500\r\n" + "\r\n".join(lines) + "\r\n\r\n"
        for i, lines in enumerate(cues, 1)
    )
    path = tmp_path / "宣贯会.srt"
    path.write_bytes(b"\xef\xbb\xbf" + srt.encode("utf-8"))
    text = read_path(path)
    assert "-->" not in text and "掌声" not in text and "陆海峰" not in text
    assert "下设三个部：营业服务部、热线调度部和入户安检部\n" in text  # a line that leads on
    assert "第二，负责抢修工单的派发和跟踪督办\n" in text  # a line that goes on
    depts = {d.name: d for u in extract_file(path).units for d in u.departments}
    assert depts["热线调度部"].parent == "客户服务中心"  # `下设三个部:`
    assert [p.name for p in iter_document_paths([tmp_path])] == ["宣贯会.srt"]


def test_latex_source_is_read_as_the_text_it_typesets(tmp_path: Path) -> None:
    tex = r"""\documentclass{ctexart}
\newcommand{\post}[1]{\subsection*{#1}}
\newcommand{\field}[2]{\noindent\textbf{#1：}#2\par}
\newcommand{\kpi}[1]{\noindent\textbf{考核指标：}#1\par}
\begin{document}
\section{岗位职责}
\post{研究员}
\field{直接上级}{材料合成研究所所长}
\field{分管机构}{电镜室、谱学室}
\begin{enumerate}
  \item 承担课题研究，制定实验方案
        并组织实施；
  % \item 负责研究院车辆的调度；
  \item 撰写研究报告\footnote{报告格式见附件。}。
\end{enumerate}
\kpi{课题按期完成率；仪器完好率$\geq$95\%}
\iffalse
\post{项目秘书}
\field{直接上级}{综合办公室主任}
\fi
\begin{longtable}{llc}
机构 & 岗位 & 编制 \\ \midrule
\multirow{2}{*}{材料合成研究所} & 研究员 & 6 \\
 & 助理研究员 & 8 \\ \bottomrule
\end{longtable}
\end{document}
"""
    path = tmp_path / "岗位职责.tex"
    path.write_text(tex, encoding="utf-8")
    text = read_path(path)
    assert "### 研究员" in text and "直接上级：材料合成研究所所长" in text  # macros expanded
    assert "车辆" not in text and "项目秘书" not in text and "附件" not in text
    assert "材料合成研究所\t研究员\t6\n\t助理研究员\t8" in text.replace(" ", "")
    roles = {r.name: r for u in extract_file(path).units for r in u.roles}
    assert set(roles) == {"研究员", "助理研究员"}  # 分管机构 names units, no post
    assert roles["研究员"].reports_to == ["材料合成研究所所长"]
    assert roles["研究员"].duties == ["承担课题研究,制定实验方案并组织实施", "撰写研究报告"]
    assert roles["研究员"].kpis == ["课题按期完成率", "仪器完好率≥95%"]
    assert roles["助理研究员"].headcount == 8


def test_html_inline_elements_run_together_as_a_browser_lays_them_out(tmp_path: Path) -> None:
    page = (
        "<html><body><h2>生产部</h2>\r\n"
        "<p class=MsoNormal><b><span style='font-family:宋体'>部门</span></b><b><span\r\n"
        "lang=EN-US>职</span></b><b><span>责：</span></b></p>\r\n"
        "<p class=MsoListParagraph><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>"
        "<span>组织开展<span lang=EN-US>5S</span>现场管理和定置\r\n管理；</span></p>\r\n"
        "<p class=MsoListParagraph><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>"
        "<span>负责生产设备的日常点检。</span></p>\r\n"
        '<div class="tags"><span class="tag">生产部</span><span class="tag">常州</span></div>'
        '<details><summary>设备管理员<span class="chevron">⌄</span></summary></details>'
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    lines = [ln.strip() for ln in read_path(path).splitlines() if ln.strip()]
    assert "部门职责：" in lines  # a word's spans run together, the source's break gone
    assert any(ln.endswith("组织开展5S现场管理和定置管理；") for ln in lines)  # none between hanzi
    assert "生产部" in lines and "常州" in lines  # a row of chips: one a line
    assert not any("⌄" in ln for ln in lines)  # an icon drawn with a character
    (dept,) = [d for u in extract_file(path).units for d in u.departments]
    assert dept.duties == ["组织开展5S现场管理和定置管理", "负责生产设备的日常点检"]


def test_docx_content_controls_are_read_but_placeholders_are_not(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def control(text: str, placeholder: bool = False) -> str:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return (
            f"<w:sdt {w}><w:sdtPr>{shown}</w:sdtPr><w:sdtContent>"
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )

    document = docx.Document()
    document.add_paragraph("岗位名称：客服主管")
    document.add_paragraph("直接上级：项目经理")
    document.add_paragraph("岗位职责：")
    body = document.element.body
    fields = [
        control("1．受理业主报修和投诉，跟踪处理结果；"),
        control("2．组织客服管家每月走访业主。"),
        control("单击或点击此处输入文字。", placeholder=True),
        control("考核指标：投诉处理及时率"),
    ]
    for field in fields:  # before the section's properties, which close the body
        body.insert(len(body) - 1, parse_xml(field))
    path = tmp_path / "form.docx"
    document.save(str(path))
    text = read_path(path)
    assert "受理业主报修" in text and "单击或点击" not in text
    (role,) = [r for u in extract_file(path).units for r in u.roles]
    assert role.duties == ["受理业主报修和投诉,跟踪处理结果", "组织客服管家每月走访业主"]
    assert role.kpis == ["投诉处理及时率"]
