"""Org chart: a top-down tree per organisation; a click opens the role's card."""

from __future__ import annotations

import streamlit as st

from dashboard import card, data, findings, orgchart
from dashboard.common import organizations_or_stop, pick_org
from dashboard.conn import cached, guard
from dashboard.i18n import t

st.title(t("page_org_chart"))
orgs = organizations_or_stop()
org = pick_org(orgs)
org_name = str(orgs.set_index("org").loc[org, "name"]) if org else ""

with guard():
    roles = cached(data.org_roles, org)
    lines = cached(data.org_lines, org)
    badges = findings.badges(org)
if roles.empty:
    st.info(t("no_roles", org=org_name))
    st.stop()

names = dict(zip(roles["key"], roles["name"], strict=True))
if st.session_state.get("role") not in names:
    st.session_state["role"] = None


def _on_chart_select() -> None:
    state = st.session_state.get("orgchart_event")
    picked = orgchart.selected_role(
        state.selection if state else None, st.session_state.get("orgchart_order", [])
    )
    if picked:
        st.session_state["role"] = picked


c1, c2, c3 = st.columns([3, 2, 1])
c1.selectbox(
    t("search_role"),
    list(names),
    key="role",
    index=None,
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
    badges,
    focus=st.session_state["role"] if focus else None,
    depth=int(depth),
)
st.session_state["orgchart_order"] = tree.order
st.caption(t("chart_hint") + ("  " + t("badge_help") if badges else ""))
chart_col, card_col = st.columns([3, 2])
with chart_col:
    st.echarts_chart(
        tree.spec,
        key="orgchart_event",
        on_select=_on_chart_select,
        height=orgchart.chart_height(tree),
        renderer="svg",  # names stay text: searchable, crisp, testable
        alt=f"{t('page_org_chart')}: {org_name}",
    )
    legend = " ".join(f'<span style="color:{c}">■</span> {d}' for d, c in tree.colours.items())
    if legend:
        st.markdown(f"{t('legend')}: {legend}", unsafe_allow_html=True)
with card_col:
    if st.session_state["role"]:
        with guard():
            card.render(st.session_state["role"])
            marks = badges.get(st.session_state["role"])
            if marks:
                st.markdown(f"**{t('findings')}**")
                for m in marks:
                    st.warning(m)
