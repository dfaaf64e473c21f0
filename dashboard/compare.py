"""The same title across organisations: which business functions each holder serves."""

from __future__ import annotations

import pandas as pd

from dashboard import data
from kb import functions
from kb.graph import Graph


def titles(g: Graph) -> pd.DataFrame:
    return data.same_titles(g)


def functions_by_holder(g: Graph, title: str, lang: str = "zh") -> pd.DataFrame:
    """One row per organisation holding `title`; a column per function any holder serves
    (the number of its duties serving it), then its duty count."""
    holders = data.same_titles(g)
    holders = holders[holders["title"] == title]
    duties = data.role_duties(g, list(holders["key"]))
    names = functions.names(lang)
    rows = []
    for key, name, org_name in holders[["key", "name", "org_name"]].itertuples(index=False):
        row: dict[str, object] = {"organization": org_name, "role": name}
        texts = duties.get(key, [])
        for text in texts:
            for fid in functions.classify(text):
                row[names[fid]] = int(row.get(names[fid], 0)) + 1  # type: ignore[call-overload]
        row["duties"] = len(texts)
        rows.append(row)
    frame = pd.DataFrame(rows)
    fixed = ["organization", "role", "duties"]
    funcs = [c for c in frame.columns if c not in fixed]
    return frame[fixed + funcs].fillna(0).astype({c: int for c in funcs})
