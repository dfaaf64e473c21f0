"""A small organisation corpus for the dashboard tests, loaded with the real loader.

Three organisations: one with a hierarchy (a role with two superiors, a duplicated duty,
a report flow), one sharing a title with the first, and one with a department but no role.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest.load import load_document
from ingest.records import Document
from kb.graph import Graph

TEXT = """华东制造有限公司 岗位说明书

总经理
1、全面负责公司经营管理工作
2、对公司重大事项有决策权

销售总监（销售部）
直接上级：总经理
1、制定年度销售计划
2、负责客户投诉的处理和回访
考核指标：销售额完成率
每周一向总经理提交销售周报

销售经理（销售部）
直接上级：销售总监、运营总监
1、负责客户投诉的处理与回访
2、执行年度销售计划

运营总监（运营部）
直接上级：总经理
1、制定年度生产计划

财务经理（财务部）
直接上级：总经理
1、编制年度财务预算

华南贸易公司
销售总监
1、制定年度销售计划并组织实施
2、管理销售团队

空壳集团
行政部 部门职责：负责日常行政事务
"""


def span(text: str) -> list[int]:
    start = TEXT.index(text)
    return [start, start + len(text)]


def role(name: str, **kw: Any) -> dict[str, Any]:
    duties = kw.pop("duties", [])
    return {"name": name, "duties": duties, "duty_spans": [span(d) for d in duties],
            "evidence": [span(name)], **kw}  # fmt: skip


DOC = {
    "schema_version": 1,
    "source": "sample.txt",
    "units": [
        {
            "title": "华东制造有限公司 岗位说明书",
            "organization": "华东制造有限公司",
            "departments": [],
            "roles": [
                role("总经理", duties=["全面负责公司经营管理工作"],
                     authorities=["对公司重大事项有决策权"]),
                role("销售总监", department="销售部", reports_to=["总经理"],
                     duties=["制定年度销售计划", "负责客户投诉的处理和回访"],
                     kpis=["销售额完成率"],
                     reports=[{"name": "销售周报", "to": "总经理", "cadence": "每周一"}]),
                role("销售经理", department="销售部", reports_to=["销售总监", "运营总监"],
                     duties=["负责客户投诉的处理与回访", "执行年度销售计划"]),
                role("运营总监", department="运营部", reports_to=["总经理"],
                     duties=["制定年度生产计划"]),
                role("财务经理", department="财务部", reports_to=["总经理"],
                     duties=["编制年度财务预算"]),
            ],
        },
        {
            "title": "华南贸易公司",
            "organization": "华南贸易公司",
            "departments": [],
            "roles": [
                {**role("销售总监", duties=["制定年度销售计划并组织实施", "管理销售团队"]),
                 "evidence": [[TEXT.index("华南贸易公司"), len(TEXT)]]},
            ],
        },
        {
            "title": "空壳集团",
            "organization": "空壳集团",
            "departments": [{"name": "行政部", "duties": ["负责日常行政事务"],
                             "duty_spans": [span("负责日常行政事务")],
                             "evidence": [span("行政部")]}],
            "roles": [],
        },
    ],
}  # fmt: skip

ORG = "华东制造有限公司"  # its key is its normalised name
OTHER_ORG = "华南贸易公司"
EMPTY_ORG = "空壳集团"


def load_sample(graph: Graph, folder: Path) -> Path:
    """Write the sample text to `folder` and load its records as that file's source."""
    path = folder / "sample.txt"
    path.write_text(TEXT, encoding="utf-8")
    load_document(graph, Document.from_dict(DOC), source=str(path))
    return path
