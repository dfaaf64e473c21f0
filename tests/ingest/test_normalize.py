"""Normalising plain lines in large pieces gives exactly what the line-by-line path gives:
the same text and the same offsets back into the source."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ingest.normalize import OffsetMap, _emit_lines, normalize, to_simplified
from ingest.rewrite import _TIGHT_BAR, _grid_lines, blank_markup
from ingest.wraps import wrap_breaks

# Pieces that take every path: boilerplate words, pinyin glosses, characters NFKC expands
# (…, ㈠, ﬁ) or composes (e + U+0301, Hangul jamo, half-width ｶﾞ), the Ångström sign,
# circled numbers, and every kind of line end.
PIECES = [
    "销售部",
    "經理",
    "職責(zé)",
    "護理(hu4 li3)",
    "…",
    "①",
    "⑩",
    "e\u0301",
    "\u0301",
    "ｅ",
    "，",
    "\r\n",
    "\n",
    "\r",
    "\u2028",
    "\x0c",
    "当前位置",
    "首页 > ",
    "www.x",
    " 评论 ",
    "12/34",
    "XX网",
    "Document serial number【1】",
    "目录:",
    "\n\n",
    " ",
    "㈠",
    "ﬁ",
    "\u1100\u1161",
    "\u11a8",
    "ｶﾞ",
    "\u212b",
    "1、岗位职责:",
    "负责网站建设与文档管理,每月3/4次",
    "百度文库",
    " 精品 ",
    "资料库",
    "\u200b",  # marks that show as nothing, dropped
    "\ufeff",
    "\u00ad",
]


def _line_by_line(text: str) -> tuple[str, OffsetMap]:
    simplified = to_simplified(text)
    whole_ok = len(simplified) == len(text)
    out: list[str] = []
    omap = OffsetMap(orig_len=len(text))
    src = simplified if whole_ok else text
    _emit_lines(src, text, 0, len(text), whole_ok, out, omap, frozenset(wrap_breaks(src)))
    return "".join(out), omap


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
@example(["\u200b", "\n", "ﬁ", "\n"])  # a mark dropped, a ligature split: same length, shifted
@example(["销售部", " ", "www.x"])  # a site's address after a name is no English title
def test_pieces_and_lines_agree(parts: list[str]) -> None:
    text = "".join(parts)
    nt = normalize(text)
    expected_text, expected_map = _line_by_line(text)
    assert nt.text == expected_text
    assert nt.offsets == expected_map


def test_plain_text_is_one_piece_of_the_map() -> None:
    text = "销售经理岗位职责:\n1、负责销售。\n" * 50
    nt = normalize(text)
    assert nt.text == text
    assert len(nt.offsets.norm_starts) == 1


def test_a_boilerplate_line_is_dropped_among_plain_ones() -> None:
    text = "销售部职责\n当前位置:首页\n负责销售。\n"
    nt = normalize(text)
    assert nt.text == "销售部职责\n\n负责销售。\n"
    start = nt.text.index("负责")
    assert text[nt.offsets.to_orig(start) :].startswith("负责")


def test_a_running_head_beside_page_numbers_centred_by_full_width_blanks_is_dropped() -> None:
    head = "青川县人民医院\u3000药剂科工作手册\n\n"
    foot = "\n\n\u3000\u3000\u3000\u3000— {} —\n\n"
    pages = ["负责药品验收。", "负责库存盘点。", "负责处方调配。"]
    text = "".join(head + page + foot.format(n) for n, page in enumerate(pages, 12))
    assert normalize(text).text.count("工作手册") == 1  # the first page's has no count above it


def test_line_numbers_are_dropped_and_the_lines_the_page_cut_joined() -> None:
    items = [f"3.1.{i}　负责第{i}类药品的入库验收、储存养护和出库发" for i in range(1, 7)]
    lines = ["3.1　药库管理员"] + [part for item in items for part in (item, "放。")]
    text = "\n".join(f"{n} {line}" for n, line in enumerate(lines, 1)) + "\n"
    nt = normalize(text)
    assert " 3.1.2 负责第2类药品的入库验收、储存养护和出库发放。\n" in nt.text
    at = nt.text.index("放", nt.text.index("3.1.2"))
    assert text[nt.offsets.to_orig(at) - 3 : nt.offsets.to_orig(at) + 1] == "\n5 放"


def test_an_encyclopedia_s_citation_marks_are_dropped_and_offsets_kept() -> None:
    text = "综合办公室负责公文处理[3]；财务管理部负责资金管理[4-5]。\n[1] 参考资料\n"
    nt = normalize(text)
    assert nt.text == "综合办公室负责公文处理;财务管理部负责资金管理。\n[1] 参考资料\n"
    at = nt.text.index("财务")
    assert text[nt.offsets.to_orig(at) :].startswith("财务管理部")


def test_hard_wraps_are_joined_and_offsets_kept() -> None:
    full = "车辆管理部负责自有车辆的购置年审保险和维修"  # 20 characters a line
    text = "\n".join([full] * 6 + ["1. 保养管理。", "短行", full, "收尾。", ""])
    nt = normalize(text)
    # Not before an item, nor after a line short of full.
    assert nt.text == full * 6 + "\n1. 保养管理。\n短行\n" + full + "收尾。\n"
    at = nt.text.index("收尾")
    assert text[nt.offsets.to_orig(at) :].startswith("收尾")


def test_a_wrapped_passage_in_a_page_that_is_not_wrapped() -> None:
    # A Q&A answer pasted from a PDF: its lines cut at one width in columns (a digit takes
    # half a hanzi's room), between questions and comments of any length.
    full = "在护理部主任领导下负责全院护理质量的督查与考核工作并按月"  # 28 hanzi, 56 columns
    numbered = "2.每月组织护士长对各病区护理质量进行交叉检查汇总问题下发"  # 2 + 27 hanzi: 56
    page = [
        "提问者:请问县医院护理部的岗位职责一般怎么写,最好带考核的,谢谢各位同行!" * 2,
        *[full] * 4,
        "形成报告。",
        numbered,
        "整改通知。",
        *[full] * 3,
        "完成。",
        "网友甲:写得很全,收藏了。",
        "　　 表格 　　 见附件　　第 2 页",
    ]
    text = "\n".join(page) + "\n"
    breaks = wrap_breaks(text)
    assert [text[b - 2 : b + 3] for b in breaks][:2] == ["按月\n在护", "按月\n在护"]
    assert any(text[b + 1 :].startswith("整改通知") for b in breaks)
    assert not any(text[b + 1 :].startswith("网友甲") for b in breaks)


def test_a_passage_wrapped_by_count_of_characters_in_a_forum_post() -> None:
    # A manual pasted into a forum's post, cut every 28 characters whatever their width
    # (digits too, so no width in columns stands out), between a post's header and replies
    # longer than the passage's lines.
    lines = [
        "组织设备的日常点检定期保养和精度检测推进全员生产维护与保",
        "每月5日前提交月度设备运行报表给生产副总经理和财务部审核",
        "每月15日前提交设备故障统计分析表给设备动力部部长审核并",
        "对3万元以下的设备维修外委项目有审批权对违反12项规程的",
    ]
    page = [
        "UID 36018　主题 23　帖子 418　积分 1562　设备币 860　注册时间 2016-3-22",
        *[line for _ in range(3) for line in lines],
        "存档。",
        "回复:8个机修两班倒,一班才4个人,结构件厂剪板机、折弯机、焊接变位机一大堆,够用吗?" * 2,
        "回复:楼主辛苦了,收藏了,请问附件在哪里下载?我们厂也在推点检定修,想参考一下。" * 2,
    ]
    text = "\n".join(page) + "\n"
    breaks = wrap_breaks(text)
    assert len(breaks) == 12  # every line of the passage goes on with the next
    assert text[breaks[-1] + 1 :].startswith("存档")
    assert not any(text[b + 1 :].startswith("回复") for b in breaks)


def test_a_table_aligned_with_blanks_is_no_wrapped_passage() -> None:
    rows = [
        f"{i}    M-SC-0{i}   采购部门   管理岗位   集团总裁审批后生效的岗位编制"
        for i in range(1, 9)
    ]
    text = "岗位目录\n" + "\n".join(rows) + "\n"
    assert wrap_breaks(text) == []


def test_marks_that_show_as_nothing_are_dropped_and_offsets_kept() -> None:
    text = "前端\u200b组长\u200b\n赞同\u2060 421\n负责组件库\u00ad维护\u200d。\n"
    nt = normalize(text)
    assert nt.text == "前端组长\n赞同 421\n负责组件库维护。\n"
    at = nt.text.index("维护")
    assert text[nt.offsets.to_orig(at) :].startswith("维护")
    assert text[nt.offsets.to_orig(nt.text.index("赞同")) :].startswith("赞同")


def test_text_without_a_common_line_length_keeps_its_breaks() -> None:
    text = "\n".join("负责" + "销售" * n for n in range(8, 16)) + "\n"
    assert wrap_breaks(text) == []
    assert normalize(text).text == text


def test_markdown_marks_are_blanked_and_offsets_kept() -> None:
    text = "## 仓储经理\n**所属部门**:仓储部\n* 盘点库存\n编号#3 与 3*4 不变\n"
    out = blank_markup(text)
    assert len(out) == len(text)
    assert out.split("\n")[:3] == ["   仓储经理", "  所属部门  :仓储部", "- 盘点库存"]
    assert out.split("\n")[3] == "编号#3 与 3*4 不变"


_GRID_LINE = re.compile(r"^(?![ \t]*[|｜])[^\n|｜]*[|｜][^\n]*$", re.MULTILINE)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["岗位", "|", "｜", " ", "\t", "\n", "销售经理", "a|b", "|x|"])))
def test_bars_are_found_line_by_line_as_one_scan_would(parts: list[str]) -> None:
    # The lines that hold a bar, found from their bars, are those a whole-text scan finds.
    text = "".join(parts)
    expected = _GRID_LINE.sub(lambda m: _TIGHT_BAR.sub("\t", m.group(0)), text)
    assert _grid_lines(text) == expected


def test_glosses_with_tone_numbers_are_removed() -> None:
    assert normalize("全院護理(hu4 li3)業務與督導(du1dao3)").text == "全院护理业务与督导"
    assert normalize("型號(A1)版本(v2)職級(p3)").text == "型号(A1)版本(v2)职级(p3)"  # no pinyin


def test_every_layout_rewrite_keeps_the_text_s_length() -> None:
    """A rewrite that changed the length would make normalising drop every rewrite (its
    offsets no longer map): each is run on every layout document's text."""
    from pathlib import Path

    from ingest.normalize import _LAYOUT_REWRITES
    from ingest.read import read_path
    from ingest.rewrite import blank_markup, blank_page_furniture

    docs = sorted((Path(__file__).parent / "layouts" / "docs").iterdir())
    assert len(docs) > 200
    for doc in docs:
        text = read_path(doc)
        for rewrite in (blank_markup, blank_page_furniture, *_LAYOUT_REWRITES):
            assert len(rewrite(text)) == len(text), (doc.name, rewrite.__name__)


_MARKUP = st.sampled_from(
    ["\n", "\r\n", " ", "\t", "\u3000", "：", "、", "（", "）", "【", "】", "〔", "〕", "[[", "]]",
     "|", "{{", "}}", "'''", "==", "#", "*", ">", "[!NOTE]", "KR1：", "O1：", "Q/AB 12",
     "甲方：", "乙方：", "责任书（", "工作标准", "访谈", "Q：", "A：", "1.", "3.2.1", "第一，",
     "部门", "经理", "职责", "负责", "考核指标", "安全目标", "有限公司"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=4)), max_size=60).map("".join))
def test_layout_rewrites_keep_the_length_of_any_text(text: str) -> None:
    from ingest.normalize import _LAYOUT_REWRITES
    from ingest.rewrite import blank_page_furniture

    for rewrite in (blank_markup, blank_page_furniture, *_LAYOUT_REWRITES):
        assert len(rewrite(text)) == len(text), rewrite.__name__


def test_a_stations_own_duties_stay_and_the_sites_notices_go() -> None:
    text = (
        "3、负责本站人员的日常管理和排班；\n本站资料来自网络，如有侵权请联系删除\n"
        "（原文为繁体，本站保留港式用语）\n"
    )
    assert normalize(text).text == "3、负责本站人员的日常管理和排班;\n\n\n"


def test_a_page_printed_twice_keeps_its_first_lines() -> None:
    """The lines under a page's count that come back only where the same page is printed
    again are the page's text, not a running head."""
    page = (
        "质量手册　页码：第5页 共9页\n\n5.2.7　样品管理员\n直接上级：综合部部长\n"
        "职责：\n1、负责样品的接收和登记。\n\n"
    )
    text = normalize(
        "质量手册　页码：第4页 共9页\n\n5.2.6　检测员\n职责：\n1、按标准检测。\n\n" + page + page
    ).text
    assert text.count("样品管理员") == 2
    assert text.count("质量手册") == 0  # the running head, at pages 4 and 5
