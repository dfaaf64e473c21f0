"""Responsibilities: duplicated duties, role × function coverage, findings with export."""

from __future__ import annotations

from functools import partial

import streamlit as st

from dashboard import findings, responsibility
from dashboard.common import organizations_or_stop, pick_org
from dashboard.conn import cached, guard
from dashboard.i18n import lang, t

# Tables show the first rows (the browser draws thousands slowly); exports hold every row.
MAX_ROWS = 100

st.title(t("page_responsibilities"))
orgs = organizations_or_stop()
org = pick_org(orgs)
info = orgs.set_index("org").loc[org]
if int(info["roles"]) == 0:
    st.info(t("no_roles", org=info["name"]))
    st.stop()
if not findings.available():
    st.info(t("audit_unavailable"))
    st.stop()
with guard():
    view = cached(responsibility.page_data, org, lang())
    matrix, described = cached(responsibility.heatmap_matrix, org, lang())

st.subheader(t("duplicates"))
dups = view["duplicates"]
if dups.empty:
    st.info(t("no_duplicates"))
else:
    if len(dups) > MAX_ROWS:
        st.caption(t("rows_shown", shown=MAX_ROWS, total=len(dups)))
    st.dataframe(
        dups.head(MAX_ROWS),
        hide_index=True,
        width="stretch",
        column_config={
            "role_a": t("roles") + " A",
            "duty_a": t("duties") + " A",
            "role_b": t("roles") + " B",
            "duty_b": t("duties") + " B",
            "similarity": st.column_config.ProgressColumn(
                t("similarity"), min_value=0.0, max_value=1.0, format="%.2f"
            ),
            "relation": t("relation"),
        },
    )

st.subheader(t("coverage"))
if matrix.empty:
    st.info(t("no_coverage"))
else:
    if described > responsibility.MAX_HEATMAP_ROWS:
        st.caption(t("coverage_by_department", n=described))
    st.echarts_chart(
        responsibility.heatmap_spec(matrix),
        height=max(300, 26 * len(matrix) + 150),
        key="coverage_heatmap",
        alt=t("coverage"),
    )
c1, c2 = st.columns(2)
for col, kind in ((c1, "uncovered"), (c2, "overlapping")):
    col.markdown(f"**{t(kind)}** ({len(view[kind])})")
    for message in view[kind]:
        col.markdown(f"- {message}")
    if not view[kind]:
        col.caption(t("none"))

st.subheader(t("findings"))
flat = view["flat"]
c1, c2 = st.columns(2)
types = c1.multiselect(
    t("type"), sorted(flat["type"].unique()), key="resp_types", placeholder=t("all")
)
sevs = c2.multiselect(
    t("severity"), sorted(flat["severity"].unique()), key="resp_sev", placeholder=t("all")
)
if types:
    flat = flat[flat["type"].isin(types)]
if sevs:
    flat = flat[flat["severity"].isin(sevs)]
if flat.empty:
    st.success(t("no_findings"))
else:
    if len(flat) > MAX_ROWS:
        st.caption(t("rows_shown", shown=MAX_ROWS, total=len(flat)))
    shown = responsibility.shortened(
        flat.head(MAX_ROWS)[["severity", "type", "message", "subjects", "evidence"]]
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={
            "severity": t("severity"),
            "type": t("type"),
            "message": st.column_config.TextColumn(t("message"), width="large"),
            "subjects": t("subjects"),
            "evidence": t("source_text"),
        },
    )
# the files are made only when a button is clicked (XLSX of thousands of rows takes a while)
EXPORTS = (
    ("csv", responsibility.to_csv, "text/csv"),
    (
        "xlsx",
        responsibility.to_xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
)
for col, (ext, make, mime) in zip(st.columns(len(EXPORTS)), EXPORTS, strict=True):
    col.download_button(
        t(f"export_{ext}"), partial(make, flat), f"findings-{org}.{ext}", mime, key=f"export_{ext}"
    )
