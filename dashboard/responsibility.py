"""Responsibility views: the role × function coverage heatmap and findings exports."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd

from kb import functions
from kb.graph import Graph


def page_data(g: Graph, org: str, lang: str = "zh") -> dict[str, Any]:
    """What the Responsibilities page shows of the audit, computed once and cached as
    plain strings: the findings flattened for display and export, the duplicated duties
    side by side, and the messages of uncovered and overlapping functions."""
    from dashboard import findings
    from dashboard.conn import graph

    # The org chart's badges run the same audit through the cache: share its result.
    found = findings.audited(org, lang) if g is graph() else findings.table(g, org, lang)
    of_type = lambda kind: list(found.loc[found["type"] == kind, "message"])  # noqa: E731
    return {
        "flat": export_frame(found),
        "duplicates": findings.duplicates(found, lang),
        "uncovered": of_type("uncovered_function"),
        "overlapping": of_type("overlapping_function"),
    }


MAX_HEATMAP_ROWS = 60  # beyond this many roles the heatmap shows departments


def heatmap_matrix(g: Graph, org: str, lang: str = "zh") -> tuple[pd.DataFrame, int]:
    """What the coverage heatmap shows, and the organisation's number of roles with duties:
    role × function counts, or for organisations of more than MAX_HEATMAP_ROWS such roles
    department × function counts (the duties of each department's roles)."""
    from dashboard import data

    m = functions.coverage_matrix(g, org)
    names = functions.names(lang)
    if len(m) <= MAX_HEATMAP_ROWS:
        out = m.rename(index=m.attrs.get("names", {}), columns=names)
        out.attrs = {}
        return out, len(m)
    roles = data.org_roles(g, org)
    dept = {k: d for k, d in zip(roles["key"], roles["department"], strict=True) if d}
    return m.groupby(lambda k: dept.get(k, "—")).sum().rename(columns=names), len(m)


def heatmap_spec(matrix: pd.DataFrame) -> dict[str, Any]:
    """An ECharts heatmap of a role × function matrix (functions across, roles down)."""
    matrix = matrix.loc[:, (matrix > 0).any(axis=0)] if not matrix.empty else matrix
    roles = [str(r) for r in matrix.index]
    funcs = [str(c) for c in matrix.columns]
    cells = [
        [j, i, int(matrix.iat[i, j])]
        for i in range(len(roles))
        for j in range(len(funcs))
        if matrix.iat[i, j]
    ]
    top = max((c[2] for c in cells), default=1)
    return {
        "tooltip": {"position": "top"},
        "grid": {"left": 140, "right": 20, "top": 10, "bottom": 110},
        "xAxis": {"type": "category", "data": funcs, "axisLabel": {"rotate": 45, "interval": 0}},
        "yAxis": {"type": "category", "data": roles, "axisLabel": {"interval": 0}},
        "visualMap": {
            "min": 0,
            "max": top,
            "show": False,
            "inRange": {"color": ["#dbe7f7", "#1f4e9c"]},
        },
        "series": [{"type": "heatmap", "data": cells, "label": {"show": True, "color": "#ffffff"}}],
    }


def export_frame(found: pd.DataFrame) -> pd.DataFrame:
    """Findings flattened for a spreadsheet, one row each, as `kb audit --csv` writes them."""
    from kb import audit

    rows = [audit.flat(f) for f in found.to_dict("records")]
    return pd.DataFrame(rows, columns=audit.CSV_COLUMNS)


MAX_CELL_CHARS = 400  # a table cell shows this much; the exports keep every character


def shortened(df: pd.DataFrame, limit: int = MAX_CELL_CHARS) -> pd.DataFrame:
    """The frame with long text cells cut to `limit` characters and an ellipsis: a finding
    about a cluster of thousands of duties would otherwise send them all to the browser."""
    out = df.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]):
            out[col] = [
                v[:limit] + "…" if isinstance(v, str) and len(v) > limit else v for v in out[col]
            ]
    return out


def to_csv(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False).encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def to_xlsx(df: pd.DataFrame, sheet: str = "findings") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        df.to_excel(xw, index=False, sheet_name=sheet)
    return buf.getvalue()
