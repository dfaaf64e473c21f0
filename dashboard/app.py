"""The orgkb dashboard: `kb dashboard` serves this file (`python -m dashboard run`)."""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import DEFAULT_LANG, LANGS, t

PAGES = (
    ("views/overview.py", "page_overview", ":material/dashboard:"),
    ("views/org_chart.py", "page_org_chart", ":material/account_tree:"),
    ("views/chain.py", "page_chain", ":material/link:"),
    ("views/responsibilities.py", "page_responsibilities", ":material/rule:"),
    ("views/compare.py", "page_compare", ":material/compare_arrows:"),
    ("views/explore.py", "page_explore", ":material/hub:"),
    ("views/sources.py", "page_sources", ":material/description:"),
    ("views/load.py", "page_load", ":material/upload_file:"),
)

st.set_page_config(page_title="orgkb", page_icon=":material/account_tree:", layout="wide")
st.session_state.setdefault("lang", DEFAULT_LANG)
with st.sidebar:
    st.radio(t("language"), list(LANGS), format_func=LANGS.__getitem__, key="lang", horizontal=True)
pages = [
    st.Page(
        path,
        title=t(title),
        icon=icon,
        url_path=path.removeprefix("views/").removesuffix(".py"),
        default=i == 0,
    )
    for i, (path, title, icon) in enumerate(PAGES)
]
st.navigation(pages).run()
