"""Each audit on hand-made graphs: one that must fire, one that must not."""

from __future__ import annotations

import pytest

from kb import audit
from kb.audit import Finding
from kb.errors import InputError
from kb.graph import Graph

from .build import load_org, role

# Duties that kb.functions classifies into one core function each.
RESEARCH = "开展市场调研,分析竞争对手动态"
PLANNING = "制定年度销售计划"
DEVELOP = "开发新客户"
CONTRACTS = "负责合同签订与管理"
ORDERS = "负责订单处理与发货"
COLLECT = "负责应收账款回收"
PRICING = "负责产品定价"
PROMOTION = "策划促销活动"


def run(graph: Graph, kind: str, org: str | None = None, lang: str = "en") -> list[Finding]:
    return audit.audit(graph, types=[kind], org=org, lang=lang)


def keys(f: Finding, kind: str = "role") -> list[str]:
    return [s.key for s in f.subjects if s.kind == kind]


def test_multiple_superiors(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [role("总经理"), role("副总"), role("销售经理", "总经理", "副总"), role("助理", "副总")],
    )
    (f,) = run(graph, "multiple_superiors")
    assert keys(f) == ["甲/销售经理", "甲/副总", "甲/总经理"]
    assert f.severity == "warning" and f.organization == "甲"
    assert len(f.evidence) == 2 and all(e.source == "甲.txt" for e in f.evidence)
    assert "2 direct superiors" in f.message
    zh = run(graph, "multiple_superiors", lang="zh")[0].message
    assert "一个上级原则" in zh and "销售经理" in zh


def test_two_sources_naming_different_superiors_is_a_conflict_not_two_superiors(
    graph: Graph,
) -> None:
    load_org(
        graph,
        "甲",
        [role("总经理"), role("副总", "总经理"), role("销售经理", "总经理")],
        source="jd.txt",
    )
    load_org(graph, "甲", [role("销售经理", "副总")], source="hr.xlsx")
    assert run(graph, "multiple_superiors") == []
    (f,) = run(graph, "source_conflict")
    assert f.severity == "error" and f.details["fact"] == "superior"
    assert f.details["claims"] == {"hr.xlsx": ["甲/副总"], "jd.txt": ["甲/总经理"]}
    assert {e.source for e in f.evidence} == {"hr.xlsx", "jd.txt"}


def test_sources_that_agree_or_add_are_no_conflict(graph: Graph) -> None:
    load_org(graph, "甲", [role("总经理"), role("销售经理", "总经理")], source="jd.txt")
    load_org(graph, "甲", [role("销售经理", "总经理")], source="hr.xlsx")
    load_org(
        graph,
        "乙",
        [role("总经理"), role("销售经理", "总经理", department="销售部")],
        source="b1.txt",
    )
    load_org(graph, "乙", [role("销售经理")], source="b2.txt")  # says less, not otherwise
    assert run(graph, "source_conflict") == []


def test_department_conflict(graph: Graph) -> None:
    load_org(graph, "甲", [role("销售经理", department="销售部")], source="a.txt")
    load_org(graph, "甲", [role("销售经理", department="市场部")], source="b.txt")
    (f,) = run(graph, "source_conflict")
    assert f.details["fact"] == "department"
    assert sorted(keys(f, "department")) == ["甲/市场部", "甲/销售部"]


def test_reporting_cycle(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [role("甲岗", "丙岗"), role("乙岗", "甲岗"), role("丙岗", "乙岗"), role("丁岗", "丙岗")],
    )
    (f,) = run(graph, "reporting_cycle")
    assert f.severity == "error"
    assert sorted(keys(f)) == ["甲/丙岗", "甲/乙岗", "甲/甲岗"]
    assert len(f.evidence) == 3
    assert f.message.count("→") == 3


def test_no_cycle_in_a_tree_or_through_a_dotted_line(graph: Graph) -> None:
    load_org(
        graph, "甲", [role("总经理"), role("销售经理", "总经理"), role("销售代表", "销售经理")]
    )
    assert run(graph, "reporting_cycle") == []


def test_orphan_role(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [
            role("总经理"),
            role("销售经理", "总经理"),
            role("销售代表", "销售经理"),
            role("培训专员"),
            role("主管"),
            role("助理", "主管"),
        ],
    )
    found = run(graph, "orphan_role")
    assert sorted(keys(f)[0] for f in found) == ["甲/主管", "甲/培训专员"]
    assert all(f.details["tops"] == ["甲/总经理"] for f in found)


def test_one_root_or_no_lines_means_no_orphans(graph: Graph) -> None:
    load_org(graph, "甲", [role("总经理"), role("销售经理", "总经理")])
    load_org(
        graph, "乙", [role("销售经理", headcount=2), role("业务员", headcount=5)]
    )  # a staffing table
    # a superior nobody describes is a root, but it is not reported (only described roles are)
    load_org(
        graph,
        "丙",
        [role("总经理"), role("销售经理", "总经理"), role("业务员", "销售经理", "区域总监")],
    )
    assert run(graph, "orphan_role") == []


def test_report_outside_chain(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [
            role("总经理"),
            role("销售总监", "总经理"),
            role("财务经理", "总经理"),
            role(
                "销售经理",
                "销售总监",
                reports=[
                    {"name": "销售周报", "to": "财务经理", "cadence": "每周"},
                    {"name": "月度总结", "to": "总经理", "cadence": "每月"},
                    {"name": "日报", "to": "销售总监", "cadence": "每日"},
                    {"name": "客户分析", "to": "上级"},  # the superior, untitled
                ],
            ),
            role("独立顾问", reports=[{"name": "月报", "to": "财务经理"}]),
        ],
    )
    (f,) = run(graph, "report_outside_chain")
    assert keys(f) == ["甲/销售经理", "甲/财务经理"]
    assert keys(f, "report") == ["甲/销售经理#销售周报"]
    assert f.details["cadence"] == "每周" and "每周" in f.message


def test_duplicate_duty_between_peers_and_between_levels(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [
            role("总经理"),
            role("销售总监", "总经理", duties=["负责组织制定公司年度销售计划并监督执行"]),
            role(
                "区域经理",
                "销售总监",
                duties=["负责组织制定公司年度销售计划并监督实施", "开发新客户"],
            ),
            role("大客户经理", "销售总监", duties=["开发新客户,维护大客户关系"]),
            role("客服经理", "总经理", duties=["完成领导交办的其他工作"]),
            role("财务经理", "总经理", duties=["完成领导交办的其他工作"]),
        ],
    )
    found = {tuple(f.details["relation"]): f for f in run(graph, "duplicate_duty")}
    assert set(found) == {("delegation",)}, found
    f = found[("delegation",)]
    assert f.severity == "info" and keys(f) == ["甲/区域经理", "甲/销售总监"]
    assert all(e.text for e in f.evidence) and len(keys(f, "duty")) == 2


def test_duplicate_duty_peers_and_departments(graph: Graph) -> None:
    same = "负责华东区域市场的客户开发与关系维护工作"
    load_org(
        graph,
        "甲",
        [
            role("总经理"),
            role("一区经理", "总经理", duties=[same]),
            role("二区经理", "总经理", duties=[same + "。"]),
            role("商务专员", department="商务部", duties=["负责销售合同的审核、登记与归档管理"]),
            role(
                "法务专员", department="法务部", duties=["负责销售合同的审核、登记与归档管理工作"]
            ),
        ],
    )
    found = {tuple(f.details["relation"]): f for f in run(graph, "duplicate_duty", lang="zh")}
    assert set(found) == {("peers",), ("different_departments",)}
    assert all(f.severity == "warning" for f in found.values())
    assert "同级岗位" in found[("peers",)].message
    assert keys(found[("different_departments",)]) == ["甲/商务专员", "甲/法务专员"]


CORE_SIX = [RESEARCH, PLANNING, DEVELOP, CONTRACTS, ORDERS, PROMOTION]


def test_uncovered_function(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [role("总经理")] + [role(f"岗位{i}", "总经理", duties=[d]) for i, d in enumerate(CORE_SIX)],
    )
    found = run(graph, "uncovered_function")
    missing = {keys(f, "function")[0] for f in found}
    assert "collections" in missing and "pricing" in missing
    assert "contracts" not in missing and "market_research" not in missing
    assert all(f.severity == "warning" for f in found)


def test_uncovered_function_needs_enough_roles_and_a_sales_organisation(graph: Graph) -> None:
    load_org(
        graph, "小", [role("总经理"), role("销售", "总经理", duties=[DEVELOP])]
    )  # too few roles
    load_org(
        graph, "财", [role(f"会计{i}", duties=["负责凭证录入"]) for i in range(6)]
    )  # not sales
    # a department's duties count as owned
    load_org(
        graph,
        "全",
        [role("总经理")] + [role(f"岗位{i}", "总经理", duties=[d]) for i, d in enumerate(CORE_SIX)],
        departments=[{"name": "财务部", "duties": [COLLECT]}],
    )
    found = run(graph, "uncovered_function")
    assert {f.organization for f in found} == {"全"}
    assert "collections" not in {keys(f, "function")[0] for f in found}


def test_overlapping_function(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [
            role("总经理", duties=[PRICING]),
            role("销售总监", "总经理", duties=[PRICING]),
            role("市场总监", "总经理", duties=["负责公司产品定价策略的制定"]),
            role("一区经理", "销售总监", duties=["负责团队建设与人员管理"]),
            role("二区经理", "销售总监", duties=["负责团队建设与人员管理"]),
        ],
    )
    (f,) = run(graph, "overlapping_function")
    assert keys(f, "function") == ["pricing"]
    assert keys(f) == ["甲/市场总监", "甲/销售总监"] and f.details["level"] == 2
    assert len(f.evidence) == 2


def test_role_without_duties_only_for_described_roles(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [
            role("总经理", duties=["全面负责公司经营"]),
            role("销售经理", "总经理"),
            role("业务员", "区域经理", duties=[DEVELOP]),
        ],
    )
    found = run(graph, "role_without_duties")
    assert [keys(f)[0] for f in found] == ["甲/销售经理"]  # 区域经理 is only named


def test_role_without_kpis_only_where_kpis_are_stated(graph: Graph) -> None:
    load_org(graph, "甲", [role("总经理", kpis=["利润率"]), role("销售经理", "总经理")])
    load_org(graph, "乙", [role("总经理"), role("销售经理", "总经理")])
    found = run(graph, "role_without_kpis")
    assert [keys(f)[0] for f in found] == ["甲/销售经理"]
    assert found[0].severity == "info"


def test_authority_gap(graph: Graph) -> None:
    load_org(
        graph,
        "甲",
        [
            role("总经理", authorities=["对下属的考核权与奖惩权"]),
            role("销售总监", "总经理", authorities=["费用报销审核权"]),  # no power over people
            role("市场总监", "总经理", authorities=["对区域经理的工作指挥权"]),
            role("区域经理", "市场总监"),
            role("销售经理", "销售总监"),
            role("业务员", "销售经理", kpis=["回款率"]),
            role("助理", "总经理"),  # neither manages nor measured
        ],
    )
    found = {keys(f)[0]: f for f in run(graph, "authority_gap")}
    assert set(found) == {"甲/销售总监", "甲/销售经理", "甲/业务员"}
    assert "no authority at all" in found["甲/销售经理"].message
    assert "over people" in found["甲/销售总监"].message
    assert found["甲/业务员"].details["kpis"] == 1
    assert found["甲/业务员"].severity == "info" and found["甲/销售经理"].severity == "warning"


def test_authority_gap_people_authority(graph: Graph) -> None:
    load_org(
        graph, "甲", [role("总经理", authorities=["公司印章使用权"]), role("销售经理", "总经理")]
    )
    (f,) = run(graph, "authority_gap")
    assert keys(f) == ["甲/总经理"] and "over people" in f.message


def test_no_authority_gap_where_no_source_states_authorities(graph: Graph) -> None:
    load_org(graph, "甲", [role("总经理"), role("销售经理", "总经理", kpis=["销售额"])])
    assert run(graph, "authority_gap") == []


def test_peer_gap(graph: Graph) -> None:
    for org in ("乙", "丙", "丁"):
        load_org(graph, org, [role("销售经理", duties=[DEVELOP, COLLECT])])
    load_org(graph, "甲", [role("销售经理", duties=[DEVELOP])])
    for org in (None, "甲"):  # whole graph, and one organisation against the rest
        found = [f for f in run(graph, "peer_gap", org=org) if f.organization == "甲"]
        assert [keys(f, "function") for f in found] == [["collections"]]
        assert found[0].details["holding"] == 3 and found[0].details["peers"] == 3


def test_no_peer_gap_with_too_few_peers(graph: Graph) -> None:
    for org in ("乙", "丙"):
        load_org(graph, org, [role("销售经理", duties=[DEVELOP, COLLECT])])
    load_org(graph, "甲", [role("销售经理", duties=[DEVELOP])])
    assert run(graph, "peer_gap") == []


def test_org_filter_and_bad_input(graph: Graph) -> None:
    load_org(graph, "甲", [role("总经理"), role("副总"), role("销售经理", "总经理", "副总")])
    load_org(graph, "乙", [role("总经理"), role("副总"), role("销售经理", "总经理", "副总")])
    assert {f.organization for f in audit.audit(graph, types=["multiple_superiors"])} == {
        "甲",
        "乙",
    }
    assert {f.organization for f in audit.audit(graph, org="乙")} == {"乙"}
    with pytest.raises(InputError, match="unknown audit type"):
        audit.audit(graph, types=["nonsense"])
    with pytest.raises(InputError, match="zh or en"):
        audit.audit(graph, lang="fr")
    everything = audit.audit(graph)
    order = [audit.SEVERITIES.index(f.severity) for f in everything]
    assert order == sorted(order)
    assert audit.to_csv(everything).splitlines()[0].split(",") == audit.CSV_COLUMNS


def test_a_duty_repeated_word_for_word_by_many_roles_is_one_finding(graph: Graph) -> None:
    stores = [
        role(f"{i:02d}号店店长", "区域经理", duties=["负责门店日常销售与陈列管理"])
        for i in range(30)
    ]
    load_org(graph, "连锁", [role("区域经理"), *stores])
    (f,) = run(graph, "duplicate_duty")
    assert len(keys(f)) == 30 and f.details["similarity"] == 1.0
    assert f.details["relation"] == ["peers"] and len(f.details["pairs"]) == 190  # 20 roles judged
    assert "and 22 more" in f.message


def test_every_audit_type_has_its_message_in_the_listed_order() -> None:
    from kb import audit_messages

    assert audit.TYPES == audit_messages.TYPES  # `kb audit --help` lists the latter
