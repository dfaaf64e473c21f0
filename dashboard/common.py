"""What several pages share: the organisation picker and the plain "nothing here" messages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.conn import cached, guard
from dashboard.i18n import t


def organizations_or_stop() -> pd.DataFrame:
    """All organisations; on an empty database say so and stop the page."""
    with guard():
        orgs = cached(data.organizations)
    if orgs.empty:
        st.info(t("empty_db"))
        st.stop()
    return orgs


def pick_org(orgs: pd.DataFrame, key: str = "org", *, allow_all: bool = False) -> str | None:
    """An organisation selectbox (shared across pages through its key)."""
    names = dict(zip(orgs["org"], orgs["name"], strict=True))
    options: list[str | None] = [*names]
    if allow_all:
        options = [None, *options]
    if st.session_state.get(key) not in options:
        st.session_state.pop(key, None)
    return st.selectbox(
        t("organization"),
        options,
        key=key,
        format_func=lambda k: t("all") if k is None else names.get(k, k),
    )
