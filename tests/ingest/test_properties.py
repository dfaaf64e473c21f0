"""Properties over random text: only InputError escapes, output fits the schema, and every
evidence span lies inside the source text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extract import extract_text
from ingest.records import Department, Document, Role

# Text drawn from the pieces documents are made of, so the rules get exercised.
PIECES = [
    "岗位职责:",
    "职位名称:",
    "直接上级:",
    "1、",
    "2、",
    "(1)",
    "①",
    "●",
    "- ",
    ";",
    "。",
    "\n",
    "\n\n",
    " ",
    "销售经理",
    "财务部",
    "在总经理领导下",
    "(1人)",
    "下设",
    "、",
    "負責",
    "職責(zé)",
    "部门职能",
    "考核指标:",
    "a)",
    "第一章",
    "一、",
    "负责",
    "客户",
    "2名",
    "——",
    ":",
    "XX",
]
pieces_text = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.text(max_size=300)


def _check(text: str) -> None:
    doc = extract_text(text, source="t.txt")
    d = doc.to_dict()
    assert Document.from_dict(d).to_dict() == d
    assert d["schema_version"] == 1 and d["source"] == "t.txt"
    for unit in doc.units:
        assert isinstance(unit.title, str)
        recs: list[Role | Department] = [*unit.roles, *unit.departments]
        for rec in recs:
            assert rec.name
            assert all(isinstance(x, str) and x for x in rec.duties)
            for a, b in [*rec.evidence, *rec.duty_spans]:
                assert 0 <= a <= b <= len(text)
        for role in unit.roles:
            assert role.headcount is None or role.headcount > 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces_text)
def test_document_like_text(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_arbitrary_unicode(text: str) -> None:
    _check(text)
