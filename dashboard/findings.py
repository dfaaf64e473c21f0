"""Audit findings as the dashboard shows them: a table, counts, badges per role, and the
duplicated duties side by side. The findings come from `kb.audit`; this module only
reshapes them."""

from __future__ import annotations

from collections import defaultdict

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

    rows = [f.to_dict() for f in audit.audit(g, org=org, lang=lang)]
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
        # each duty beside the cluster's first duty of another holder: linear in the
        # cluster's size (all pairs of a large cluster would swamp the table)
        for (owner_a, text_a), (owner_b, text_b) in _star(duties):
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


def _star(duties: list[tuple[str, str]]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs (first, other) over a cluster of (owner, text), never two of one owner."""
    if not duties:
        return []
    first = duties[0]
    pairs = [(first, d) for d in duties[1:] if d[0] != first[0]]
    other = next((d for d in duties if d[0] != first[0]), None)
    if other is not None:  # the first holder's other duties, beside another holder's
        pairs += [(d, other) for d in duties[1:] if d[0] == first[0]]
    return pairs


def audited(org: str | None, lang: str) -> pd.DataFrame:
    """`table(org, lang)` through the cache. While the graph holds one organisation, its
    findings are all the findings: one audit serves the overview and the other pages."""
    from dashboard import data
    from dashboard.conn import cached

    if org is not None and len(cached(data.organizations)) == 1:
        org = None
    return cached(table, org, lang)


def badges(org: str | None, lang: str) -> dict[str, list[str]]:
    """Role badges of one organisation, cached (used by the org chart)."""
    if not available():
        return {}
    badges = role_badges(audited(org, lang))
    _READY.add(_ready_key(org, lang))
    return badges


# The (server, organisation, language) whose badges are in the cache: the org chart waits
# for those; for others it draws first and adds them when the audit has run.
_READY: set[tuple[str, str, str | None, str]] = set()


def _ready_key(org: str | None, lang: str) -> tuple[str, str, str | None, str]:
    from kb.settings import get_settings

    s = get_settings()
    return (s.uri, s.neo4j_database, org, lang)


def badges_if_ready(org: str | None, lang: str) -> dict[str, list[str]] | None:
    """The badges if they are cached, else None (then call `badges` after drawing)."""
    if not available():
        return {}
    if _ready_key(org, lang) not in _READY:
        return None
    return badges(org, lang)


def forget_ready() -> None:
    _READY.clear()
