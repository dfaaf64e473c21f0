"""Overview: organisations and their counts, the three principles, findings by type."""

from __future__ import annotations

import streamlit as st

from dashboard import findings, principles
from dashboard.common import organizations_or_stop
from dashboard.conn import guard
from dashboard.i18n import lang, t

st.title(t("page_overview"))
orgs = organizations_or_stop()

cols = st.columns(5)
for col, (label, column) in zip(
    cols,
    [
        ("organizations", None),
        ("roles", "roles"),
        ("departments", "departments"),
        ("duties", "duties"),
        ("kpis", "kpis"),
    ],
    strict=True,
):
    col.metric(t(label), len(orgs) if column is None else int(orgs[column].sum()))

st.dataframe(
    orgs.drop(columns=["org"]),
    hide_index=True,
    width="stretch",
    column_config={
        c: t(c) for c in ["departments", "roles", "referenced_roles", "duties", "kpis", "sources"]
    }
    | {"name": t("organization")},
)

st.subheader(t("principles"))
if not findings.available():
    st.info(t("audit_unavailable"))
    st.stop()
with guard():
    found = findings.audited(None, lang())
st.dataframe(principles.by_org(orgs, found), hide_index=True, width="stretch")

st.subheader(t("findings_by_type"))
if found.empty:
    st.success(t("no_findings"))
else:
    by = findings.counts(found)
    pivot = by.pivot_table(index="type", columns="severity", values="count", fill_value=0)
    st.bar_chart(pivot, horizontal=True, stack=True)
    st.dataframe(
        by.rename(columns={"type": t("type"), "severity": t("severity"), "count": t("count")}),
        hide_index=True,
    )
