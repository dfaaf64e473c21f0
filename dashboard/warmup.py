"""Compute what the first pages show before anyone asks for it.

The server process (`python -m dashboard`, which `kb dashboard` runs) starts this in a
background thread: it imports what the pages import, waits for Streamlit's runtime, then
fills the shared cache with the overview's audit and, largest organisation first, the
org chart's data and badges and the responsibilities page's findings and heatmap. A page
that asks for a value still being computed waits for it instead of computing it twice
(Streamlit holds a lock per cached value). The same runs again when the graph changes.

Organisations are warmed until WARM_ROLES roles have been: beyond that, pages compute on
their first visit as before.
"""

from __future__ import annotations

import logging
import threading
import time

log = logging.getLogger("orgkb.dashboard")

WARM_ROLES = 20_000
_enabled = False
_running = threading.Lock()


def enable() -> None:
    """Let `start` run (the server process calls this; tests and AppTest do not)."""
    global _enabled
    _enabled = True


def start() -> None:
    """Warm the cache in a background thread, unless one is already at it."""
    if _enabled and not _running.locked():
        threading.Thread(target=_run, name="orgkb-warmup", daemon=True).start()


def _run() -> None:
    if not _running.acquire(blocking=False):
        return
    try:
        _wait_for_runtime()
        t = time.perf_counter()
        n = warm()
        took = time.perf_counter() - t
        log.warning("orgkb: cache warmed for %d organisation(s) in %.1f s", n, took)
    except Exception as e:  # a failed warm-up only means slower first visits
        log.warning("orgkb: cache warm-up stopped: %s", e)
    finally:
        _running.release()


def _wait_for_runtime(timeout: float = 60.0) -> None:
    """Until Streamlit's runtime exists: only then do cached values land in its cache."""
    from streamlit.runtime import Runtime

    deadline = time.monotonic() + timeout
    while not Runtime.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def warm(lang: str | None = None) -> int:
    """Fill the cache as the default pages would; the number of organisations warmed."""
    from dashboard import data, findings, responsibility
    from dashboard.conn import cached
    from dashboard.i18n import DEFAULT_LANG

    lang = lang or DEFAULT_LANG
    orgs = cached(data.organizations)
    if orgs.empty:
        return 0
    orgs = orgs.sort_values("roles", ascending=False, kind="stable")
    budget = WARM_ROLES
    chosen = []
    for org, roles in orgs[["org", "roles"]].itertuples(index=False):
        if roles > budget:
            break
        budget -= int(roles)
        chosen.append(org)
    for org in chosen:  # what draws the org chart first: it is the cheapest
        cached(data.org_roles, org)
        cached(data.org_lines, org)
    if not findings.available():
        return len(chosen)
    if int(orgs["roles"].sum()) <= WARM_ROLES:
        findings.audited(None, lang)  # the overview's
    for org in chosen:
        findings.badges(org, lang)
        cached(responsibility.page_data, org, lang)
        cached(responsibility.heatmap_matrix, org, lang)
    return len(chosen)
