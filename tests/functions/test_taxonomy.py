"""The function taxonomy file validates, and the classifier's rules work on written snippets."""

from __future__ import annotations

import re

import pytest

from kb import functions
from kb.errors import InputError


def test_taxonomy_file_validates() -> None:
    tax = functions.taxonomy()
    ids = [f.id for f in tax]
    assert len(ids) == len(set(ids)) >= 18
    for f in tax:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", f.id)
        assert f.zh and f.en
        assert f.keywords or f.patterns
    # The functions every sales organisation's documents name are all there.
    for fid in (
        "market_research",
        "marketing_planning",
        "sales_planning",
        "customer_development",
        "customer_relations",
        "contracts",
        "orders_delivery",
        "collections",
        "after_sales",
        "brand_advertising",
        "promotion",
        "channels",
        "pricing",
        "team_management",
        "training",
        "budget_expenses",
        "reporting",
        "information_systems",
        "tendering",
        "exhibitions",
        "policy_rules",
        "archives",
        "logistics",
        "credit_control",
    ):
        assert fid in ids, fid  # fmt: skip
    assert set(functions.core_functions()) <= set(ids)
    assert "sales_planning" in functions.core_functions()
    assert "archives" not in functions.core_functions()
    assert functions.names("en")["pricing"] == "Pricing"


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"functions": []}, "no functions"),
        ({"nope": 1}, "list `functions`"),
        ({"functions": [{"id": "Bad Id", "zh": "x", "en": "x", "keywords": ["a"]}]}, "snake_case"),
        ({"functions": [{"id": "a", "zh": "x", "en": "x", "keywords": ["k"]},
                        {"id": "a", "zh": "y", "en": "y", "keywords": ["k"]}]}, "duplicate id"),
        ({"functions": [{"id": "a", "en": "x", "keywords": ["k"]}]}, "missing name `zh`"),
        ({"functions": [{"id": "a", "zh": "x", "en": "x", "patterns": ["(unclosed"]}]},
         "bad regular expression"),
        ({"functions": [{"id": "a", "zh": "x", "en": "x"}]}, "no keywords and no patterns"),
        ({"synonyms": {"a": 1},
          "functions": [{"id": "a", "zh": "x", "en": "x", "keywords": ["k"]}]}, "synonyms"),
    ],
)  # fmt: skip
def test_bad_taxonomy_is_refused(doc: object, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        functions.parse_taxonomy(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("制定年度销售计划并分解销售目标", ["sales_planning"]),
        ("定期组织市场调研,收集竞争对手信息", ["market_research"]),
        ("负责应收账款的催收", ["collections"]),
        ("处理客户投诉,跟踪处理结果", ["after_sales"]),
        ("负责销售合同的评审与签订", ["contracts"]),
        ("审核客户订单,安排发货", ["orders_delivery"]),
        ("管理全国的经销商和代理商", ["channels"]),
        ("参与制定产品价格", ["pricing"]),
        ("负责投标文件和标书的编写", ["tendering"]),
        ("对业务人员进行培训", ["training"]),
        ("负责仓库库存的盘点与调配", ["logistics", "finance_accounting"]),
        ("负责行业展会的统筹安排", ["exhibitions", "department_management"]),
        # Several functions in one duty, in taxonomy order.
        ("组织市场推广和产品宣传工作,扩大公司及产品知名度", ["brand_advertising", "promotion"]),
        # Nothing: assigned tasks are no business function.
        ("完成领导交办的其他工作", []),
        ("", []),
    ],
)
def test_classify_snippets(text: str, expected: list[str]) -> None:
    assert functions.classify(text) == expected


def test_classify_normalises_text() -> None:
    # Full-width forms and spaces do not change the answer; garbled 治理 reads as 管理.
    assert functions.classify("负责 ＣＲＭ 系统的维护") == functions.classify("负责crm系统的维护")
    assert "customer_relations" in functions.classify("负责客户关系治理")


def test_exclusions_and_context_clauses() -> None:
    # 劳动合同 is HR, not a sales contract; 完成本部门 holds 成本 but is no cost control.
    assert "contracts" not in functions.classify("负责劳动合同的签订")
    assert "budget_expenses" not in functions.classify("完成本部门的工作计划")
    # "根据市场情况" says why, not what: the duty is pricing, not market research.
    assert functions.classify("根据市场情况向公司进行调价申请") == ["pricing"]


def test_explain_gives_the_evidence() -> None:
    why = functions.explain("负责应收账款的催收")
    assert set(why) == {"collections"}
    assert "催收" in why["collections"]


def test_unknown_function_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no business function"):
        functions.get("astrology")
    with pytest.raises(InputError):
        functions.names("fr")


def test_coverage_matrix_from_rows() -> None:
    frame = functions.coverage(
        [
            ("经理", "制定年度销售计划"),
            ("经理", "负责应收账款的催收"),
            ("专员", "负责应收账款的催收,处理客户投诉"),
            ("助理", "完成领导交办的其他工作"),
        ]
    )
    assert list(frame.index) == ["经理", "专员", "助理"]
    assert list(frame.columns) == functions.function_ids()
    assert frame.loc["经理", "sales_planning"] == 1
    assert frame.loc["经理", "collections"] == 1
    assert frame.loc["专员", "collections"] == 1
    assert frame.loc["专员", "after_sales"] == 1
    assert frame.loc["助理"].sum() == 0
    assert int(frame.to_numpy().sum()) == 4
    empty = functions.coverage([])
    assert empty.empty and list(empty.columns) == functions.function_ids()
    with pytest.raises(InputError):
        functions.coverage([("only-owner",)])
