"""Chain of command: a role's chain up, tree down and span; two roles' common superior."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import chainview, data
from dashboard.common import organizations_or_stop
from dashboard.conn import cached, guard
from dashboard.i18n import t

st.title(t("page_chain"))
organizations_or_stop()
with guard():
    roles = cached(data.roles)
if roles.empty:
    st.info(t("empty_db"))
    st.stop()
label = {k: f"{n} · {o}" for k, n, o in roles[["key", "name", "org_name"]].itertuples(index=False)}
for k in ("chain_role", "chain_other"):
    if st.session_state.get(k) not in label:
        st.session_state[k] = None

c1, c2 = st.columns(2)
role = c1.selectbox(
    t("pick_role"), list(label), key="chain_role", format_func=label.__getitem__, placeholder="…"
)
other = c2.selectbox(
    t("pick_second_role"),
    list(label),
    key="chain_other",
    format_func=label.__getitem__,
    placeholder="…",
)
if not role:
    st.stop()

with guard():
    up = cached(chainview.chain_up, role)
    span = cached(chainview.span, role)
m1, m2, m3 = st.columns(3)
m1.metric(t("direct_reports"), span.direct)
m2.metric(t("all_reports"), span.below)
m3.metric(t("chain_up"), max((len(c.steps) - 1 for c in up.chains), default=0))

left, right = st.columns(2)
with left:
    st.subheader(t("chain_up"))
    if not any(len(c.steps) > 1 for c in up.chains):
        st.info(t("top_of_chain"))
    else:
        for chain in up.chains:
            st.markdown(" → ".join(s.role.name for s in chain.steps))
        st.graphviz_chart(chainview.up_dot(up))
with right:
    st.subheader(t("chain_down"))
    depth = st.slider(t("depth_below"), 1, 10, 3, key="chain_depth")
    with guard():
        down = cached(chainview.chain_down, role, depth)
    if not down.rows:
        st.info(t("no_subordinates"))
    else:
        st.graphviz_chart(chainview.down_dot(down))
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "depth": r.depth,
                        t("roles"): r.role.name,
                        t("superiors"): label.get(r.superior or "", ""),
                    }
                    for r in down.rows
                ]
            ),
            hide_index=True,
        )

if other and other != role:
    st.subheader(t("lowest_common_superior"))
    with guard():
        cs = cached(chainview.common, role, other)
    if not cs.superiors:
        st.info(t("no_common_superior"))
    else:
        st.markdown("**" + " / ".join(s.name for s in cs.superiors) + "**")
        st.markdown(f"{t('path')}: " + " → ".join(r.name for r in cs.path))
        st.graphviz_chart(chainview.path_dot(cs))
