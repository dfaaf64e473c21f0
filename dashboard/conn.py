"""The dashboard's connection to the graph and its caches.

One driver per process (`st.cache_resource`), keyed by where the settings point so a
change of settings gets a new one. Query results are cached until the graph changes: a
constant-time query of its counts and latest load, asked at most once a second, tells
when it has (a load from this dashboard, from `kb ingest` or from anywhere else). Errors
from the library become a plain message on the page.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

import streamlit as st

from dashboard.i18n import t
from kb.errors import GraphUnavailable, OrgkbError
from kb.graph import Graph
from kb.settings import get_settings

P = ParamSpec("P")
T = TypeVar("T")
VERSION_CHECK_SECONDS = 1.0


@st.cache_resource(show_spinner=False)
def _graph(uri: str, user: str, database: str) -> Graph:
    return Graph.from_settings(get_settings())


def graph() -> Graph:
    """The shared Graph for the current settings (connects on first use)."""
    s = get_settings()
    return _graph(s.uri, s.neo4j_user, s.neo4j_database)


@st.cache_data(show_spinner=False, max_entries=2000)
def _cached_call(
    uri: str,
    database: str,
    module: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: tuple[tuple[str, Any], ...],
) -> Any:
    import importlib

    fn = getattr(importlib.import_module(module), name)
    return fn(graph(), *args, **dict(kwargs))


def cached(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(graph, *args, **kwargs)`, cached per settings and arguments until the graph
    changes."""
    s = get_settings()
    _check_version(s.uri, s.neo4j_database)
    return _cached_call(  # type: ignore[no-any-return]
        s.uri, s.neo4j_database, fn.__module__, fn.__name__, args, tuple(sorted(kwargs.items()))
    )


# (uri, database) → (when it was last asked, the graph's version then)
_VERSIONS: dict[tuple[str, str], tuple[float, dict[str, Any]]] = {}
_VERSIONS_LOCK = threading.Lock()


def _check_version(uri: str, database: str) -> None:
    """Forget cached results if the graph has changed since it was last asked."""
    now = time.monotonic()
    with _VERSIONS_LOCK:
        seen = _VERSIONS.get((uri, database))
        if seen is not None and now - seen[0] < VERSION_CHECK_SECONDS:
            return
        rows = graph().read("dash_graph_version")
        version = rows[0] if rows else {}
        _VERSIONS[(uri, database)] = (now, version)
    if seen is not None and seen[1] != version:
        _forget()
        from dashboard import warmup

        warmup.start()


def _forget() -> None:
    from dashboard import findings

    _cached_call.clear()
    findings.forget_ready()


def clear_cache() -> None:
    """Forget cached query results (after a load, the graph has changed)."""
    _forget()
    with _VERSIONS_LOCK:
        _VERSIONS.clear()


@contextmanager
def guard() -> Iterator[None]:
    """Show library errors as a plain message instead of a traceback, and stop the page."""
    try:
        yield
    except GraphUnavailable as e:
        st.error(t("neo4j_down", detail=str(e)))
        st.stop()
    except OrgkbError as e:
        st.error(str(e))
        st.stop()
