"""Load: upload documents or spreadsheets, preview what extraction finds, load with progress."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import uploads, warmup
from dashboard.conn import clear_cache, graph, guard
from dashboard.i18n import t

st.title(t("page_load"))
files = st.file_uploader(
    t("upload"),
    accept_multiple_files=True,
    key="load_files",
    type=["txt", "md", "html", "htm", "docx", "pdf", "csv", "tsv", "xlsx", "yaml", "yml", "json"],
)
org = st.text_input(t("organization_override"), key="load_org").strip() or None
if not files:
    st.info(t("nothing_uploaded"))
    st.stop()

paths = uploads.save(files)
with guard():
    planned = uploads.preview(paths, org)
st.subheader(t("preview"))
st.dataframe(pd.DataFrame(planned), hide_index=True, width="stretch")

if st.button(t("load"), type="primary", key="load_go"):
    bar = st.progress(0.0, text=t("loading"))

    def progress(done: int, total: int, result: object) -> None:
        bar.progress(done / max(total, 1), text=f"{t('loading')} {done}/{total}")

    with guard():
        done = uploads.load(graph(), paths, org, on_progress=progress)
    clear_cache()
    warmup.start()  # the other pages' audits, while the results are read
    st.success(t("loaded", n=len(done)))
    st.dataframe(pd.DataFrame(done), hide_index=True, width="stretch")
