"""Posts and units read from lists of people (address books, HR system exports)."""

from __future__ import annotations

from ingest.extract import extract_text
from ingest.normalize import normalize
from ingest.people import people_data
from ingest.records import Department, Document, Role

EXPORT = (
    "通讯录导出 2024-06-12\n\n"
    "部门ID\t部门路径\t负责人\n"
    "1001\t部门路径：总部\t—\n"
    "1020\t部门路径：总部/运营中心\t孙立\n"
    "1021\t部门路径：总部/运营中心/仓储部\t周敏\n"
    "1022\t部门路径：总部/运营中心/仓储部/收货组\t—\n\n"
    "姓名 | 职务 | 部门 | 直属上级(姓名) | 工号\n"
    "孙立 | 运营总监 | 运营中心 | 马骏 | A01\n"
    "周敏 | 仓储经理 | 仓储部 | 孙立 | A02\n"
    "李强 | 收货员 | 收货组 | 周敏(A02) | A03\n"
    "李强 | 理货员 | 仓储部 | 周敏 | A04\n"
    "周敏 | 运输经理 | 运输部 | 孙立 | A05\n"
    "赵亮 | 司机 | 运输部 | 周敏(A05) | A06\n"
    "钱多 | 质检员 | 仓储部 | 李强 | A07\n"
    "吴桐 | 外包叉车工 | 仓储部 |  | W01\n\n"
    "备注：直属上级取自通讯录的汇报对象。\n"
)


def roles(doc: Document) -> dict[str, Role]:
    return {r.name: r for u in doc.units for r in u.roles}


def depts(doc: Document) -> dict[str, Department]:
    return {d.name: d for u in doc.units for d in u.departments}


def test_a_post_answers_to_the_title_of_its_holder_s_superior() -> None:
    r = roles(extract_text(EXPORT))
    assert r["仓储经理"].reports_to == ["运营总监"]
    assert r["运输经理"].department == "运输部"
    assert r["收货员"].reports_to == ["仓储经理"]  # `周敏(A02)`: the staff number tells


def test_a_superior_the_list_cannot_tell_is_left_out() -> None:
    r = roles(extract_text(EXPORT))
    assert "理货员" not in r  # two people are named 周敏, and no number says which
    assert "质检员" not in r  # and two 李强
    assert "外包叉车工" not in r  # no superior at all
    assert "运营总监" not in r  # its holder's superior is not on the list


def test_a_path_of_units_gives_each_its_parent() -> None:
    d = depts(extract_text(EXPORT))
    assert d["运营中心"].parent == "总部"
    assert d["仓储部"].parent == "运营中心"
    assert d["收货组"].parent == "仓储部"
    assert "总部" not in d  # the root of every path: the organisation itself


def test_spans_point_at_the_rows_in_the_decoded_text() -> None:
    text = "　" + EXPORT.replace("|", "｜")  # full-width bars and a leading blank: NFKC
    [posts] = [o for o in people_data(normalize(text)) if o.roles]
    clerk = next(r for r in posts.roles if r.name == "收货员")
    [(a, b)] = clerk.evidence
    assert text[a:b].startswith("李强 ｜ 收货员")


def test_a_table_of_people_with_no_superior_column_gives_no_posts() -> None:
    text = "姓名\t职务\t部门\n王芳\t会计\t财务部\n张伟\t出纳\t财务部\n"
    assert people_data(normalize(text)) == []
