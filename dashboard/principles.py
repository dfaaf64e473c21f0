"""The state of the three principles per organisation, from the audit's findings."""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t

# Which principle each kind of finding (kb.audit.TYPES) speaks to; others count under none.
PRINCIPLE_OF_TYPE = {
    "multiple_superiors": "principle_unity",
    "reporting_cycle": "principle_unity",
    "orphan_role": "principle_unity",
    "authority_gap": "principle_parity",
    "role_without_kpis": "principle_parity",
    "duplicate_duty": "principle_coverage",
    "uncovered_function": "principle_coverage",
    "overlapping_function": "principle_coverage",
    "role_without_duties": "principle_coverage",
    "peer_gap": "principle_coverage",
}
PRINCIPLES = ("principle_unity", "principle_parity", "principle_coverage")


def by_org(orgs: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation, one column per principle: holds, or how many findings."""
    rows = []
    for org, name in orgs[["org", "name"]].itertuples(index=False):
        mine = found[found["organization"] == org] if not found.empty else found
        row = {t("organization"): name}
        for p in PRINCIPLES:
            n = int(sum(PRINCIPLE_OF_TYPE.get(x) == p for x in mine["type"])) if len(mine) else 0
            row[t(p)] = "✅ " + t("principle_ok") if n == 0 else "⚠️ " + t("principle_broken", n=n)
        rows.append(row)
    return pd.DataFrame(rows)
