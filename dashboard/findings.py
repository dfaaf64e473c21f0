"""Audit findings as the dashboard shows them: a table, counts, badges per role, and the
duplicated duties side by side. The findings come from `kb.audit`; this module only
reshapes them."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pandas as pd

from kb.graph import Graph

COLUMNS = ["type", "severity", "organization", "subjects", "message", "evidence", "details"]
DUP_COLUMNS = ["role_a", "duty_a", "role_b", "duty_b", "similarity", "relation"]


def available() -> bool:
    try:
        import kb.audit  # noqa: F401
    except ImportError:
        return False
    return True


def table(g: Graph, org: str | None = None, lang: str = "zh") -> pd.DataFrame:
    """Every finding (of organisation key `org`, or of all) as rows of COLUMNS; subjects
    and evidence as lists of dicts."""
    from kb import audit

    rows = [
        {
            "type": f.type,
            "severity": f.severity,
            "organization": f.organization,
            "subjects": [s.to_dict() for s in f.subjects],
            "message": f.message,
            "evidence": [e.to_dict() for e in f.evidence],
            "details": dict(f.details),
        }
        for f in audit.audit(g, org=org, lang=lang)
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def role_badges(df: pd.DataFrame) -> dict[str, list[str]]:
    """Role key → the messages of the findings that name it."""
    out: dict[str, list[str]] = defaultdict(list)
    for subjects, msg in df[["subjects", "message"]].itertuples(index=False):
        for s in subjects:
            if s.get("kind") == "role":
                out[s["key"]].append(msg)
    return dict(out)


def counts(df: pd.DataFrame) -> pd.DataFrame:
    """Findings per type and severity."""
    if df.empty:
        return pd.DataFrame(columns=["type", "severity", "count"])
    return df.groupby(["type", "severity"]).size().reset_index(name="count")


def duplicates(df: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """The `duplicate_duty` findings as pairs side by side: each duty with its holder, the
    pair's similarity and how the two holders stand (the relation the audit found)."""
    from kb import audit_messages, similarity

    rows = []
    for subjects, details in df.loc[
        df["type"] == "duplicate_duty", ["subjects", "details"]
    ].itertuples(index=False):
        names = {s["key"]: s["name"] for s in subjects if s["kind"] != "duty"}
        duties = [(s["key"].rsplit("#", 1)[0], s["name"]) for s in subjects if s["kind"] == "duty"]
        relations = details.get("pairs", {})
        for (owner_a, text_a), (owner_b, text_b) in combinations(duties, 2):
            if owner_a == owner_b:
                continue
            kind = relations.get(f"{owner_a}|{owner_b}") or relations.get(f"{owner_b}|{owner_a}")
            rows.append(
                {
                    "role_a": names.get(owner_a, owner_a),
                    "duty_a": text_a,
                    "role_b": names.get(owner_b, owner_b),
                    "duty_b": text_b,
                    "similarity": round(similarity.similarity(text_a, text_b), 3),
                    "relation": audit_messages.phrase(lang, kind) if kind else "",
                }
            )
    out = pd.DataFrame(rows, columns=DUP_COLUMNS)
    return out.sort_values("similarity", ascending=False, kind="stable").reset_index(drop=True)


def badges(org: str | None) -> dict[str, list[str]]:
    """Role badges of one organisation, cached (used by the org chart)."""
    from dashboard.conn import cached
    from dashboard.i18n import lang

    if not available():
        return {}
    return role_badges(cached(table, org, lang()))
