"""A synthetic organisation, generated as a stream of role records.

    from bench.synthetic import Spec, roles, document
    for role in roles(Spec(roles=100_000, depth=10, duties=10, kpis=2, seed=1)): ...
    doc = document(Spec(roles=2_000))          # a whole Document, for small organisations

The tree has exactly `depth` levels (or as many as `span` needs when `depth` is None);
level sizes grow geometrically, so the span of control is about the same at every level.
Roles come level by level, superiors first; each role reports to one superior of the
level above and sits in the department of its level-1 ancestor. Same spec, same output.

    python -m bench.synthetic --roles 20 --depth 3 --duties 2     # prints JSON records
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.records import Department, Document, Role, Unit

TITLES = ("总经理", "副总经理", "总监", "经理", "主管", "组长", "专员", "助理", "文员", "实习生",
          "见习生", "学员")  # fmt: skip
VERBS = ("制定", "组织实施", "监督检查", "统计分析", "协调推进", "审核", "汇总上报", "优化完善")
OBJECTS = (
    "年度销售计划", "市场推广方案", "客户回访工作", "渠道开发计划", "费用预算", "合同评审",
    "培训计划", "库存盘点", "应收账款回款", "售后投诉处理", "品牌宣传活动", "招聘计划",
)  # fmt: skip
KPIS = ("销售额完成率", "回款率", "客户满意度", "费用控制率", "计划达成率", "投诉处理及时率")


@dataclass(frozen=True)
class Spec:
    """What to generate. `span` is used only when `depth` is None."""

    roles: int = 1000
    depth: int | None = 6
    span: int = 4
    duties: int = 5
    kpis: int = 2
    seed: int = 0
    org: str = "合成集团"


def level_sizes(spec: Spec) -> list[int]:
    """How many roles each level holds (level 0 is the single top role)."""
    n = max(1, spec.roles)
    depth = spec.depth or max(1, math.ceil(math.log(n * (spec.span - 1) + 1, spec.span)))
    depth = min(depth, n)
    if depth == 1:
        return [n]
    lo, hi = 1.0, float(n)  # ratio r with 1 + r + … + r^(depth-1) ≈ n
    for _ in range(100):
        r = (lo + hi) / 2
        lo, hi = (r, hi) if sum(r**k for k in range(depth)) < n else (lo, r)
    sizes = [max(1, round(r**k)) for k in range(depth)]
    sizes[0] = 1
    for k in range(1, depth):
        sizes[k] = max(sizes[k], sizes[k - 1] if r >= 1 else 1, 1)
    sizes[-1] += n - sum(sizes)
    while sizes[-1] < 1:  # rounding overshoot: take from the widest levels
        k = max(range(1, depth - 1), key=lambda i: sizes[i])
        sizes[k] -= 1
        sizes[-1] += 1
    return sizes


def role_name(level: int, index: int) -> str:
    return f"{TITLES[min(level, len(TITLES) - 1)]}{level:02d}-{index:06d}"


def department_name(branch: int) -> str:
    return f"第{branch + 1}事业部"


def roles(spec: Spec) -> Iterator[Role]:
    """The roles of the organisation, superiors first, generated lazily."""
    rng = random.Random(spec.seed)
    sizes = level_sizes(spec)
    offset = 0
    # branch[k] of the previous level: which level-1 ancestor (department) each role has.
    prev_branch: list[int] = [0]
    for level, size in enumerate(sizes):
        branch: list[int] = []
        for i in range(size):
            parent = i * sizes[level - 1] // size if level else None
            b = i if level == 1 else (prev_branch[parent] if parent is not None else 0)
            branch.append(b)
            name = role_name(level, i)
            duties = [f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}（{name}·{d + 1}）"
                      for d in range(spec.duties)]  # fmt: skip
            start = offset
            offset += 20 + 30 * spec.duties
            yield Role(
                name=name,
                department=department_name(b) if level else "总经理办公室",
                headcount=1 + rng.randrange(3),
                reports_to=[role_name(level - 1, parent)] if parent is not None else [],
                duties=duties,
                duty_spans=[(start + 20 + 30 * d, start + 48 + 30 * d) for d in range(len(duties))],
                kpis=[f"{KPIS[(i + k) % len(KPIS)]}{k + 1}" for k in range(spec.kpis)],
                evidence=[(start, offset)],
            )
        prev_branch = branch if level else [0]


def departments(spec: Spec) -> list[Department]:
    """One department per level-1 role, under the top office."""
    sizes = level_sizes(spec)
    top = Department(name="总经理办公室", evidence=[(0, 0)])
    n = sizes[1] if len(sizes) > 1 else 0
    return [top] + [Department(name=department_name(b), parent="总经理办公室", evidence=[(0, 0)])
                    for b in range(n)]  # fmt: skip


def document(spec: Spec) -> Document:
    """The whole organisation as one Document (for small specs: it is held in memory)."""
    unit = Unit(title=spec.org, organization=spec.org, departments=departments(spec),
                roles=list(roles(spec)))  # fmt: skip
    return Document(source=f"synthetic-{spec.seed}", units=[unit])


def main() -> None:
    p = argparse.ArgumentParser(description="Print a synthetic organisation as extraction JSON.")
    p.add_argument("--roles", type=int, default=20)
    p.add_argument("--depth", type=int, default=None)
    p.add_argument("--span", type=int, default=4)
    p.add_argument("--duties", type=int, default=3)
    p.add_argument("--kpis", type=int, default=1)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--sizes", action="store_true", help="print only the level sizes")
    a = p.parse_args()
    spec = Spec(roles=a.roles, depth=a.depth, span=a.span, duties=a.duties, kpis=a.kpis,
                seed=a.seed)  # fmt: skip
    if a.sizes:
        print(level_sizes(spec))
        return
    print(json.dumps(document(spec).to_dict(), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
