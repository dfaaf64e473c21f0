"""The hand-labelled gold duties (labels.yaml) and the classifier's scores on them.

`python -m tests.functions.gold` prints the scores and every disagreement.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from kb.functions import classify

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[2] / "shared" / "gold"
LABELS = HERE / "labels.yaml"


@dataclass(frozen=True)
class Labelled:
    file: str
    unit: int
    owner: str
    index: int
    functions: frozenset[str]

    def where(self) -> str:
        return f"{self.file} unit {self.unit} {self.owner} #{self.index}"


def labels() -> list[Labelled]:
    doc = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    out = []
    for group in doc["labels"]:
        for index, functions in group["duties"].items():
            out.append(
                Labelled(
                    group["file"], group["unit"], group["owner"], int(index), frozenset(functions)
                )
            )
    return out


def duty_text(item: Labelled) -> str:
    """The text of a labelled duty, looked up in the gold file; KeyError if it is not there."""
    doc = json.loads((GOLD / item.file).read_text(encoding="utf-8"))
    unit = doc["units"][item.unit]
    owners = [o for o in unit["departments"] + unit["roles"] if o["name"] == item.owner]
    if not owners:
        raise KeyError(f"no owner {item.owner!r} in {item.file} unit {item.unit}")
    duties = owners[0]["duties"]
    if item.index >= len(duties):
        raise KeyError(f"{item.where()}: the owner has {len(duties)} duties")
    return str(duties[item.index])


@dataclass(frozen=True)
class Scores:
    n: int
    exact: float
    precision: float
    recall: float
    f1: float


def score(pairs: list[tuple[frozenset[str], frozenset[str]]]) -> Scores:
    """Exact-set accuracy and micro precision/recall/F1 of (expected, predicted) label sets."""
    tp = sum(len(e & p) for e, p in pairs)
    fp = sum(len(p - e) for e, p in pairs)
    fn = sum(len(e - p) for e, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(e == p for e, p in pairs) / len(pairs) if pairs else 0.0
    return Scores(len(pairs), exact, precision, recall, f1)


def evaluate() -> tuple[Scores, list[tuple[Labelled, str, frozenset[str]]]]:
    """Scores over every labelled duty, and the (item, text, predicted) disagreements."""
    pairs, wrong = [], []
    for item in labels():
        text = duty_text(item)
        predicted = frozenset(classify(text))
        pairs.append((item.functions, predicted))
        if predicted != item.functions:
            wrong.append((item, text, predicted))
    return score(pairs), wrong


if __name__ == "__main__":
    s, wrong = evaluate()
    for item, text, predicted in wrong:
        missing = sorted(item.functions - predicted)
        extra = sorted(predicted - item.functions)
        print(f"{item.where()}: -{missing} +{extra}\n    {text}")
    print(
        f"n={s.n} exact={s.exact:.3f} precision={s.precision:.3f} "
        f"recall={s.recall:.3f} f1={s.f1:.3f}"
    )
