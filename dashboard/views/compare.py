"""Compare: the same title across organisations, and the functions each holder serves."""

from __future__ import annotations

import streamlit as st

from dashboard import compare
from dashboard.common import organizations_or_stop
from dashboard.conn import cached, guard
from dashboard.i18n import lang, t

st.title(t("page_compare"))
organizations_or_stop()
with guard():
    titles = cached(compare.titles)
if titles.empty:
    st.info(t("no_same_titles"))
    st.stop()
counts = titles.groupby("title", sort=False)["key"].count()
title = st.selectbox(
    t("same_titles"),
    list(counts.index),
    key="compare_title",
    format_func=lambda x: f"{x} ({counts[x]})",
)
with guard():
    table = cached(compare.functions_by_holder, title, lang())
st.dataframe(table, hide_index=True, width="stretch")
