"""The audits on the sample corpus (data/sample) find the problems planted there
(listed in data/sample/README.md), and the chains follow its reporting lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_paths
from kb import audit, chains
from kb.audit import Finding
from kb.chains import HierarchyCache
from kb.graph import Graph

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
ORG = "澄远家电科技有限公司"


@pytest.fixture
def sample(graph: Graph) -> Graph:
    summary = load_paths(graph, [SAMPLE])
    assert not summary.failed, summary.failed
    return graph


@pytest.fixture
def findings(sample: Graph) -> list[Finding]:
    return audit.audit(sample, lang="en")


def of(found: list[Finding], kind: str) -> list[Finding]:
    return [f for f in found if f.type == kind]


def role_names(f: Finding) -> list[str]:
    return sorted(s.name for s in f.subjects if s.kind == "role")


def test_a_duty_held_twice(findings: list[Finding]) -> None:
    dup = [
        f for f in of(findings, "duplicate_duty") if role_names(f) == ["品牌专员", "市场策划专员"]
    ]
    assert len(dup) == 1 and "品牌宣传活动" in dup[0].message


def test_a_role_with_two_superiors(findings: list[Finding]) -> None:
    (f,) = of(findings, "multiple_superiors")
    assert [s.name for s in f.subjects] == ["区域销售主管", "渠道部经理", "销售部经理"]
    assert all(e.source.endswith("02_营销中心岗位说明书.txt") for e in f.evidence)


def test_a_report_outside_the_chain(findings: list[Finding]) -> None:
    (f,) = of(findings, "report_outside_chain")
    assert role_names(f) == ["市场调研专员", "渠道部经理"]
    assert [s.name for s in f.subjects if s.kind == "report"] == ["市场信息周报"]


def test_a_function_nobody_owns(findings: list[Finding]) -> None:
    missing = {s.key for f in of(findings, "uncovered_function") for s in f.subjects}
    assert "collections" in missing


def test_a_role_without_kpis(findings: list[Finding]) -> None:
    assert "销售内勤" in {role_names(f)[0] for f in of(findings, "role_without_kpis")}


def test_managers_without_authority(findings: list[Finding]) -> None:
    gaps = {role_names(f)[0]: f for f in of(findings, "authority_gap") if f.severity == "warning"}
    assert {"渠道部经理", "客服部经理", "客服主管"} <= set(gaps)
    assert gaps["渠道部经理"].details["subordinates"] == 4
    # the managers of 02 have 权限 lists over their people
    assert not {"市场部经理", "销售部经理", "营销总监"} & set(gaps)


def test_a_source_conflict(findings: list[Finding]) -> None:
    (f,) = of(findings, "source_conflict")
    assert f.subjects[0].name == "品牌专员" and f.details["fact"] == "superior"
    claims = {Path(src).name: sorted(v) for src, v in f.details["claims"].items()}
    assert claims == {
        "02_营销中心岗位说明书.txt": [f"{ORG}/市场部经理"],
        "05_营销中心人员编制.csv": [f"{ORG}/营销总监"],
    }


def test_nothing_that_is_not_there(findings: list[Finding]) -> None:
    assert of(findings, "reporting_cycle") == []
    assert of(findings, "orphan_role") == []  # 总经理 is the one top, only named


def test_chains_on_the_sample(sample: Graph) -> None:
    cache = HierarchyCache(max_age=0)
    up = chains.chain_up(sample, "市场调研专员", cache=cache)
    assert [[s.role.name for s in c.steps] for c in up.chains] == [
        ["市场调研专员", "市场部经理", "营销总监", "总经理"]
    ]
    assert up.chains[0].top.referenced_only
    two = chains.chain_up(sample, "区域销售主管", cache=cache)
    assert len(two.chains) == 2
    common = chains.common_superior(sample, "市场调研专员", "渠道拓展专员", cache=cache)
    assert [r.name for r in common.superiors] == ["营销总监"]
