"""Explore: search names and duties, then grow a force-directed neighbourhood by clicking."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, explorer
from dashboard.common import organizations_or_stop
from dashboard.conn import cached, guard
from dashboard.i18n import t

st.title(t("page_explore"))
organizations_or_stop()

query = st.text_input(t("search_text"), key="explore_query")
hits = pd.DataFrame()
if query.strip():
    with guard():
        hits = cached(data.text_search, query)
    if hits.empty:
        st.info(t("no_results"))
    else:
        st.dataframe(
            hits[["label", "name", "org", "score"]],
            hide_index=True,
            width="stretch",
            height=min(300, 36 * len(hits) + 40),
        )


def _start(node_id: str) -> None:
    start = cached(data.node, node_id)
    if start:
        state = explorer.new(start)
        explorer.expand(state, node_id, cached(data.neighbourhood, node_id))
        st.session_state["explore_state"] = state
        st.session_state["explore_selected"] = node_id


def _on_click() -> None:
    event = st.session_state.get("explore_chart")
    state = st.session_state.get("explore_state")
    if not event or not state:
        return
    node_id = explorer.clicked(event.selection, state)
    if node_id:
        st.session_state["explore_selected"] = node_id
        if node_id not in state["expanded"]:
            explorer.expand(state, node_id, cached(data.neighbourhood, node_id))


if not hits.empty:
    options = list(hits["id"])
    names = dict(zip(hits["id"], hits["label"] + " · " + hits["name"].astype(str), strict=True))
    c1, c2 = st.columns([4, 1])
    pick = c1.selectbox(t("start_node"), options, format_func=names.__getitem__, key="explore_pick")
    c2.button(t("start_node"), key="explore_go", on_click=_start, args=(pick,))

state = st.session_state.get("explore_state")
if state is None:
    st.caption(t("explore_hint"))
    st.stop()
st.caption(t("explore_hint"))
if st.button(t("reset"), key="explore_reset"):
    st.session_state.pop("explore_state", None)
    st.rerun()
selected = st.session_state.get("explore_selected")
st.echarts_chart(
    explorer.spec(state),
    key="explore_chart",
    on_select=_on_click,
    height=600,
    alt=t("page_explore"),
)
if selected and selected in state["nodes"]:
    n = state["nodes"][selected]
    st.markdown(f"**{t('selected_node')}**: {n['label']} · {n['name']}")
    st.caption(f"{n.get('key') or ''} · {n.get('org') or ''}")
