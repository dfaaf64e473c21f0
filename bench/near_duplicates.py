"""Near-duplicate duties at scale: kb.similarity against an exhaustive all-pairs baseline.

    python -m bench.near_duplicates                     # 1M duties, 50k-sample baseline
    python -m bench.near_duplicates --n 200000 --sample 20000

Prints, with wall and CPU time (on a shared machine CPU time is the steadier figure): the
time to find every pair at the default threshold among N synthetic duties; on a sample, the
time of the exhaustive all-pairs comparison (sparse products over every row block: each
pair's bigram overlap is computed) and of kb.similarity on the same texts, the speed-up
ratio, and the recall of kb.similarity against the exhaustive pairs; peak memory.

The synthetic duties (`duties()`) are built from templates and a sales-organisation
vocabulary like real 岗位职责 lines, with planted near-duplicates: a share of the texts are
an earlier text reworded (a synonym swapped, a clause dropped or added, another scope or
cadence), a smaller share are exact copies. The vocabulary is wide enough that unrelated
texts are about as alike as the gold duties (2.6e-4 of random pairs at 0.3-0.5 against
2.4e-4). Same seed, same texts. Results: docs/similarity.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterator

from kb.similarity import (
    DEFAULT_THRESHOLD,
    clean,
    exact_index_pairs,
    similar_index_pairs,
    token_matrix,
)

LEADS = ("负责", "协助", "组织", "参与", "牵头", "配合", "督促", "指导", "主持", "")
CADENCES = ("", "", "定期", "每周", "每月", "每季度", "年度", "及时", "按时")
SCOPES = ("", "", "本部门", "公司", "所辖区域", "{region}", "{region}大区", "各分公司",
          "各办事处", "集团", "{product}产品线", "{region}市场")  # fmt: skip
VERBS = ("制定", "编制", "组织实施", "监督检查", "统计分析", "协调推进", "审核", "汇总上报",
         "优化完善", "跟进落实", "建立健全", "收集整理", "评估", "策划", "执行", "管理", "维护",
         "拓展", "开发", "处理", "核算", "控制", "督导", "培训", "考核", "调研", "分析", "反馈",
         "审批", "签订", "催收", "回访", "规划", "推广", "宣传", "布置", "跟踪", "更新", "归档",
         "修订")  # fmt: skip
DOMAINS = ("销售", "市场", "客户", "渠道", "经销商", "代理商", "品牌", "广告", "促销", "价格",
           "合同", "订单", "发货", "回款", "应收账款", "售后服务", "客户投诉", "销售费用", "预算",
           "库存", "物流", "投标", "展会", "培训", "绩效", "团队", "信息系统", "销售数据", "报表",
           "档案", "管理制度", "业务流程", "新产品", "竞争对手", "大客户", "会员", "网络营销",
           "新媒体", "终端门店", "样品", "客户信用", "退换货", "客户满意度", "区域市场", "行业",
           "公关", "媒体", "招商", "加盟商", "直营店", "电商平台", "呼叫中心", "质量信息",
           "营销活动", "销售人员", "市场调研", "产品定价", "货款", "出货", "仓储")  # fmt: skip
THINGS = ("计划", "方案", "工作", "目标", "政策", "台账", "报告", "数据", "信息", "活动",
          "制度", "流程", "体系", "标准", "进度", "情况", "问题", "资料", "关系", "网络", "策略",
          "费用", "指标", "质量", "效果", "需求", "申请", "记录", "分析", "会议", "队伍", "预测",
          "档案", "规划", "考核", "结算", "评审", "管理", "建设", "执行")  # fmt: skip
PURPOSES = ("", "", "确保{domain}{thing}的{result}", "提高{domain}{thing}的{result}",
            "并及时向{boss}汇报", "并监督{domain}{thing}的执行", "为{domain}决策提供依据",
            "降低{domain}风险", "扩大{region}市场占有率", "实现{region}市场的销售增长",
            "形成书面报告报{boss}审批", "确保{product}的供应", "做好{domain}记录并存档",
            "维护{domain}形象", "控制{domain}成本")  # fmt: skip
RESULTS = ("质量", "效率", "完成", "落实", "准确性", "及时性", "满意度", "达成率", "规范性",
           "有效性", "稳定", "增长")  # fmt: skip
BOSSES = ("总经理", "营销总监", "销售总监", "部门经理", "大区经理", "副总经理", "董事长")
REGIONS = ("华东", "华南", "华北", "华中", "西南", "西北", "东北", "北京", "上海", "广州", "深圳",
           "天津", "重庆", "成都", "武汉", "杭州", "南京", "郑州", "西安", "长沙", "沈阳", "济南",
           "青岛", "苏州", "厦门", "福州", "合肥", "昆明", "南宁", "贵阳", "太原", "石家庄",
           "哈尔滨", "长春", "兰州", "乌鲁木齐", "海口", "南昌", "宁波", "大连")  # fmt: skip
_BRAND = "金银华天海泰康宏达鑫盛隆安瑞丰恒源新美佳嘉和博远景润星辰光明正信诚亿卓越中联创"
SYNONYMS = (("其他", "其它"), ("以及", "及"), ("负责", "主要负责"), ("定期", "按时"),
            ("和", "与"), ("工作", "事务"), ("管理", "治理"), ("制定", "制订"),
            ("组织", "组织开展"), ("并", "同时"))  # fmt: skip


def _fill(template: str, rng: random.Random, products: list[str]) -> str:
    return template.format(
        region=rng.choice(REGIONS),
        product=rng.choice(products),
        domain=rng.choice(DOMAINS),
        thing=rng.choice(THINGS),
        result=rng.choice(RESULTS),
        boss=rng.choice(BOSSES),
    )


def _duty(rng: random.Random, products: list[str]) -> list[str]:
    """A duty as its parts: lead, cadence, scope, verb phrase, object, purpose."""
    verb = rng.choice(VERBS)
    if rng.random() < 0.4:
        verb = f"{verb}{rng.choice(('和', '及', '、', '并'))}{rng.choice(VERBS)}"
    obj = rng.choice(DOMAINS) + rng.choice(THINGS)
    if rng.random() < 0.5:
        obj = f"{obj}{rng.choice(('、', '和', '及'))}{rng.choice(DOMAINS)}{rng.choice(THINGS)}"
    purpose = _fill(rng.choice(PURPOSES), rng, products)
    return [
        rng.choice(LEADS),
        rng.choice(CADENCES),
        _fill(rng.choice(SCOPES), rng, products),
        verb,
        obj,
        f",{purpose}" if purpose else "",
    ]


def _reword(parts: list[str], rng: random.Random, products: list[str]) -> list[str]:
    """A near-duplicate: one or two small edits of the parts of a duty."""
    parts = list(parts)
    for _ in range(rng.choice((1, 1, 2))):
        op = rng.randrange(5)
        if op == 0:
            old, new = rng.choice(SYNONYMS)
            i = rng.randrange(len(parts))
            parts[i] = parts[i].replace(old, new) if old in parts[i] else parts[i] + new
        elif op == 1:
            parts[5] = "" if parts[5] else "," + _fill(rng.choice(PURPOSES[2:]), rng, products)
        elif op == 2:
            parts[1] = rng.choice(CADENCES)
        elif op == 3:
            parts[2] = _fill(rng.choice(SCOPES), rng, products)
        else:
            parts[0] = rng.choice(LEADS)
    return parts


def duties(n: int, seed: int = 0, near: float = 0.08, copies: float = 0.01) -> list[str]:
    """`n` synthetic duty texts; about `near` of them reword, `copies` repeat, an earlier one."""
    rng = random.Random(seed)
    products = [rng.choice(_BRAND) + rng.choice(_BRAND) for _ in range(400)]
    parts_of: list[list[str]] = []
    out: list[str] = []
    for _ in range(n):
        r = rng.random()
        if out and r < copies:
            parts = parts_of[rng.randrange(len(parts_of))]
        elif out and r < copies + near:
            parts = _reword(parts_of[rng.randrange(len(parts_of))], rng, products)
        else:
            parts = _duty(rng, products)
        parts_of.append(parts)
        out.append("".join(parts))
    return out


def exhaustive_pairs(texts: list[str], threshold: float) -> set[tuple[int, int]]:
    """Every pair (i < j) with bigram Jaccard >= threshold, from the overlap of ALL pairs."""
    i, j, _ = exact_index_pairs(token_matrix([clean(t) for t in texts]), threshold)
    return set(zip(i.tolist(), j.tolist(), strict=True))


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def iter_report(n: int, sample: int, threshold: float, seed: int) -> Iterator[str]:
    t0 = time.perf_counter()
    texts = duties(n, seed)
    yield f"generated {n:,} synthetic duties in {time.perf_counter() - t0:.1f} s"

    t0, c0 = time.perf_counter(), time.process_time()
    i, _j, _s = similar_index_pairs(texts, threshold, method="lsh")
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    yield (
        f"kb.similarity on {n:,} duties at threshold {threshold}: {full:.1f} s "
        f"({full_cpu:.1f} s CPU), {len(i):,} pairs; peak RSS so far {peak_rss_mb():,.0f} MB"
    )

    sub = texts[:sample]
    t0, c0 = time.perf_counter(), time.process_time()
    si, sj, _ = similar_index_pairs(sub, threshold, method="lsh")
    fast, fast_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    exact = exhaustive_pairs(sub, threshold)
    slow, slow_cpu = time.perf_counter() - t0, time.process_time() - c0
    got = set(zip(si.tolist(), sj.tolist(), strict=True))
    recall = len(got & exact) / len(exact) if exact else 1.0
    precision = len(got & exact) / len(got) if got else 1.0
    yield (
        f"sample of {sample:,}: exhaustive all-pairs {slow:.1f} s ({slow_cpu:.1f} s CPU), "
        f"kb.similarity {fast:.2f} s ({fast_cpu:.2f} s CPU), speed-up {slow / fast:.0f}x "
        f"(CPU {slow_cpu / fast_cpu:.0f}x); {len(exact):,} pairs >= {threshold}, "
        f"recall {recall:.4f}, precision {precision:.4f}"
    )
    yield f"peak RSS {peak_rss_mb():,.0f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="duties in the large run")
    ap.add_argument("--sample", type=int, default=50_000, help="duties in the baseline sample")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="Jaccard threshold")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic duties")
    args = ap.parse_args(argv)
    for line in iter_report(args.n, args.sample, args.threshold, args.seed):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
