"""Extraction time on texts of one shape each (a page flattened into one long line, runs of
blanks left by markup, long runs of digits, ...) at a size and at four times that size.

A rule that backs into a long run, or looks back to the line start from every match on a
long line, takes time quadratic in the run or the line: 4x the text then costs 16x. Each
row prints the ratio of the two times; 4.0 is linear. The baseline is the shape's own
smaller text, timed in the same process.

    python bench/long_lines.py [--size 80000] [SHAPE ...]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.extract import extract_text  # noqa: E402

_HANZI = "负责部门经理销售计划市场管理工作的组织协调制度建设考核"


def _random(n: int) -> str:
    r = random.Random(7)
    return "".join(r.choice(_HANZI + " \t\n,:：、；1.（）()-●") for _ in range(n))


# Each shape: characters -> a text of about that many characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "blank runs after a title": lambda n: ("店长\n" + " " * 2000 + "\n") * (n // 2003),
    "tab runs": lambda n: ("经理\t" + "\t" * 500 + "x\n") * (n // 504),
    "one line of English": lambda n: "abc def ghi, jkl " * (n // 17),
    "one line of digits": lambda n: "1234567890" * (n // 10),
    "one line of hanzi": lambda n: "".join(_HANZI[i * 7 % len(_HANZI)] for i in range(n)),
    "markup as text": lambda n: "<div>" * (n // 10) + "经理" + "</div>" * (n // 10),
    "tags around posts": lambda n: "<p><b>店长</b>：负责销售</p>" * (n // 25),
    "ideographic blanks": lambda n: "\u3000" * (n // 2) + "经理\n" + "\u3000" * (n // 2),
    "one line of fields": lambda n: "岗位名称：店长 所属部门：门店 直接上级：区域经理 " * (n // 30),
    "one line of labels": lambda n: "直接上级：" * (n // 5),
    "one line of structure": lambda n: "销售部下设市场组、客服组。" * (n // 13),
    "one line of led posts": lambda n: "店长在区域经理领导下，负责门店工作。" * (n // 18),
    "one line of headings": lambda n: "销售经理岗位职责：" * (n // 9),
    "one line of bullets": lambda n: "● 负责销售 " * (n // 7),
    "one line of measures": lambda n: "考核指标：销售额、回款率；" * (n // 13),
    "one line of counts": lambda n: "店长（1人）" * (n // 6),
    "Markdown": lambda n: "**经理** " * (n // 14) + "\n" + "# 部门\n- 负责\n" * (n // 20),
    "pipe rows": lambda n: "| 经理 | 负责 " * (n // 10) + "\n",
    "random characters": _random,
}


def seconds(text: str) -> float:
    t = time.perf_counter()
    extract_text(text, "shape.txt")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=80_000, help="characters of the smaller text")
    ap.add_argument("shapes", nargs="*", help="shapes to run (default: all)")
    a = ap.parse_args()
    names = a.shapes or list(SHAPES)
    print(f"{'shape':<28} {'1x s':>7} {'4x s':>7} {'ratio':>6}  (4.0 is linear)")
    worst = 0.0
    for name in names:
        make = SHAPES[name]
        small, large = make(a.size), make(4 * a.size)
        t1 = min(seconds(small), seconds(small))  # the better of two: a noisy machine
        t4 = seconds(large)
        worst = max(worst, t4 / t1)
        print(f"{name:<28} {t1:>7.3f} {t4:>7.3f} {t4 / t1:>6.1f}")
    print(f"worst ratio: {worst:.1f}")


if __name__ == "__main__":
    main()
