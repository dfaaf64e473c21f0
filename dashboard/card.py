"""The role card: everything the graph says about one role, each fact beside its sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.conn import cached
from dashboard.i18n import t
from dashboard.provenance import document_text, snippet

# Card sections in display order: fact kind and its heading.
SECTIONS = (
    ("superior", "superiors"),
    ("subordinate", "subordinates"),
    ("duty", "duties"),
    ("kpi", "kpis"),
    ("authority", "authorities"),
    ("report_out", "reports_out"),
    ("report_in", "reports_in"),
    ("coordinates", "coordinates"),
    ("holder", "holders"),
)
LINK_KINDS = ("superior", "subordinate")


def evidence(row: dict[str, Any], sources: dict[str, dict[str, Any]]) -> str:
    """The source sentence of a fact: the span with some context, or the row of a table."""
    src = sources.get(row.get("source") or "")
    if src is None:
        return ""
    if src.get("kind") == "table":
        return t("source_row", row=row.get("start"))
    text = document_text(src.get("path"))
    return snippet(text, row.get("start"), row.get("end")) if text else ""


def fact_table(rows: list[dict[str, Any]], sources: dict[str, dict[str, Any]]) -> pd.DataFrame:
    """One section of the card as a table: the fact, its details, its source and sentence."""
    out = []
    for r in rows:
        detail = r.get("cadence") or ""
        if detail == "solid":
            detail = ""
        elif detail == "dotted":
            detail = t("dotted")
        out.append(
            {
                "text": r.get("text") or "",
                "evidence": evidence(r, sources),
                "detail": detail,
                "source": Path(r.get("source") or "").name,
            }
        )
    return pd.DataFrame(out, columns=["text", "evidence", "detail", "source"])


def source_index() -> dict[str, dict[str, Any]]:
    df = cached(data.sources)
    return {row["key"]: row for row in df.to_dict("records")}


def open_role(key: str, state_key: str = "role") -> None:
    """What clicking a superior or subordinate in a card does: make it the current role."""
    st.session_state[state_key] = key


def render(key: str, *, state_key: str = "role") -> None:
    """Draw the card of role `key`; links to other roles set `st.session_state[state_key]`."""
    info = cached(data.role, key)
    if info is None:
        st.info(t("no_results"))
        return
    facts = cached(data.role_facts, key)
    sources = source_index()
    st.subheader(info["name"])
    meta = [f"{t('organization')}: {info['org_name']}"]
    if info.get("department"):
        meta.append(f"{t('department')}: {info['department']}")
    if info.get("headcount") is not None:
        meta.append(f"{t('headcount')}: {info['headcount']}")
    st.caption(" · ".join(meta))
    if info.get("referenced_only"):
        st.warning(t("referenced_only"))
    for kind, heading in SECTIONS:
        rows = facts.get(kind, [])
        if not rows and kind not in ("superior", "subordinate", "duty"):
            continue
        st.markdown(f"**{t(heading)}** ({len(rows)})")
        if not rows:
            st.caption(t("none"))
            continue
        if kind in LINK_KINDS:
            seen: list[str] = []
            for r in rows:
                if r["other"] and r["other"] not in seen:
                    seen.append(r["other"])
            cols = st.columns(min(len(seen), 4) or 1)
            for i, other in enumerate(seen):
                name = next(r["text"] for r in rows if r["other"] == other)
                cols[i % len(cols)].button(
                    name,
                    key=f"{state_key}_{kind}_{other}",
                    on_click=open_role,
                    args=(other, state_key),
                )
        table = fact_table(rows, sources)
        if not table["detail"].any():
            table = table.drop(columns="detail")
        st.dataframe(
            table,
            hide_index=True,
            width="stretch",
            column_config={
                "text": t(heading),
                "detail": "",
                "source": t("sources"),
                "evidence": t("source_text"),
            },
        )
