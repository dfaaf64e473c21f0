"""Sources: each loaded document with its extracted spans highlighted, and its facts."""

from __future__ import annotations

import streamlit as st

from dashboard import data
from dashboard.conn import cached, guard
from dashboard.i18n import t
from dashboard.provenance import document_text, highlight_html

st.title(t("page_sources"))
with guard():
    srcs = cached(data.sources)
if srcs.empty:
    st.info(t("no_sources"))
    st.stop()
key = st.selectbox(t("pick_source"), list(srcs["key"]), key="source_key")
info = srcs.set_index("key").loc[key]
st.caption(f"{info['kind']} · {info['loaded_at']} · sha256 {str(info['hash'])[:12]}")
with guard():
    facts = cached(data.source_facts, key)
    mentions = cached(data.source_mentions, key)

text_tab, facts_tab = st.tabs([t("source_text"), f"{t('facts')} ({len(facts)})"])
with facts_tab:
    st.dataframe(facts, hide_index=True, width="stretch")
    st.dataframe(mentions, hide_index=True, width="stretch")
with text_tab:
    if info["kind"] == "table":
        st.info(t("table_source"))
        st.dataframe(facts, hide_index=True, width="stretch")
    else:
        text = document_text(info["path"])
        if text is None:
            st.warning(t("file_missing", path=info["path"]))
            st.dataframe(facts, hide_index=True, width="stretch")
        else:
            spans = [
                (a, b)
                for a, b in facts[["start", "end"]].itertuples(index=False)
                if a is not None and b is not None
            ]
            st.html(highlight_html(text, spans))
