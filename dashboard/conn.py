"""The dashboard's connection to the graph and its caches.

One driver per process (`st.cache_resource`), keyed by where the settings point so a
change of settings gets a new one. Query results are cached with a TTL and cleared after a
load. Errors from the library become a plain message on the page.
"""

from __future__ import annotations

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
TTL_SECONDS = 300


@st.cache_resource(show_spinner=False)
def _graph(uri: str, user: str, database: str) -> Graph:
    return Graph.from_settings(get_settings())


def graph() -> Graph:
    """The shared Graph for the current settings (connects on first use)."""
    s = get_settings()
    return _graph(s.uri, s.neo4j_user, s.neo4j_database)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False, max_entries=2000)
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
    """`fn(graph, *args, **kwargs)`, cached per settings and arguments for TTL_SECONDS."""
    s = get_settings()
    return _cached_call(  # type: ignore[no-any-return]
        s.uri, s.neo4j_database, fn.__module__, fn.__name__, args, tuple(sorted(kwargs.items()))
    )


def clear_cache() -> None:
    """Forget cached query results (after a load, the graph has changed)."""
    from dashboard import findings

    _cached_call.clear()
    findings.forget_ready()


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
