"""Documents whose structure is in their headings: Markdown, and the HTML and Word files
that reading writes with Markdown headings. Snippets of a fictional company."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract_file, extract_text
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
