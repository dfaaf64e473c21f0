"""Org chart: a top-down tree per organisation; a click opens the role's card."""

from __future__ import annotations

from functools import partial

import streamlit as st

from dashboard import card, data, findings, orgchart
from dashboard.common import organizations_or_stop, pick_org
from dashboard.conn import cached, guard
from dashboard.i18n import lang, t

st.title(t("page_org_chart"))
orgs = organizations_or_stop()
org = pick_org(orgs)
org_name = str(orgs.set_index("org").loc[org, "name"]) if org else ""

with guard():
    roles = cached(data.org_roles, org)
    lines = cached(data.org_lines, org)
    badges = findings.badges_if_ready(org, lang())  # None: the audit has yet to run
if roles.empty:
    st.info(t("no_roles", org=org_name))
    st.stop()

names = dict(zip(roles["key"], roles["name"], strict=True))
if st.session_state.get("role") not in names:
    st.session_state["role"] = None


def _on_chart_select(chart_key: str, order: list[str | None]) -> None:
    """A click on the chart: open the card of the role clicked (`order` is the drawn tree's)."""
    state = st.session_state.get(chart_key)
    picked = orgchart.selected_role(state.selection if state else None, order)
    if picked:
        st.session_state["role"] = picked


c1, c2, c3 = st.columns([3, 2, 1])
c1.selectbox(
    t("search_role"),
    list(names),
    key="role",
    placeholder="…",
    format_func=names.__getitem__,
)
focus = c2.toggle(t("focus"), key="orgchart_focus", disabled=st.session_state["role"] is None)
depth = c3.number_input(
    t("depth"),
    min_value=1,
    max_value=30,
    key="orgchart_depth",
    value=2 if len(roles) > orgchart.EXPAND_ALL_BELOW else 30,
)

tree = orgchart.build(
    org_name,
    roles,
    lines,
    badges or {},
    focus=st.session_state["role"] if focus else None,
    depth=int(depth),
)
st.session_state["orgchart_order"] = tree.order
# One chart identity per drawn tree: a selection made in another tree (other organisation,
# focus or depth) numbers other nodes and must not carry over.
chart_key = "orgchart_" + orgchart.tree_id(org or "", tree)
st.caption(t("chart_hint") + "  " + t("badge_help"))
chart_col, card_col = st.columns([3, 2]) if st.session_state["role"] else (st.container(), None)
with chart_col:
    st.echarts_chart(
        tree.spec,
        key=chart_key,
        on_select=partial(_on_chart_select, chart_key, tree.order),
        height=orgchart.chart_height(tree),
        renderer="svg",  # names stay text: searchable, crisp, testable
        alt=f"{t('page_org_chart')}: {org_name}",
    )
    legend = " ".join(f'<span style="color:{c}">■</span> {d}' for d, c in tree.colours.items())
    if legend:
        st.markdown(f"{t('legend')}: {legend}", unsafe_allow_html=True)
if card_col is not None:
    with card_col, guard():
        card.render(st.session_state["role"])
        marks = (badges or {}).get(st.session_state["role"])
        if marks:
            st.markdown(f"**{t('findings')}**")
            for m in marks:
                st.warning(m)

if badges is None:
    # the chart is on screen; now run the audit for its badges and draw them
    with st.spinner(t("auditing")), guard():
        findings.badges(org, lang())
    st.rerun()
