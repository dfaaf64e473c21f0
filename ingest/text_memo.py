"""Results worked out from a whole text, kept for the few texts being read.

Several rules ask the same question of a text more than once (where its line breaks are,
which of its lines carry a PDF's line numbers): the answer is worked out once a text. It is
found again by the text's identity, not its value: a cache keyed by value (`lru_cache`)
compares a text read again (the same file, or a piece of the next one that repeats it)
with the old one, character by character, at every lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

_P = ParamSpec("_P")
_T = TypeVar("_T")
_KEPT = 4  # texts (with their other arguments) a function keeps results for


def per_text(fn: Callable[Concatenate[str, _P], _T]) -> Callable[Concatenate[str, _P], _T]:
    """fn(text, …), its result kept for the last few calls, found by the text's identity and
    the other arguments' values. The result is shared: callers do not change it."""
    kept: list[tuple[str, tuple[object, ...], _T]] = []  # newest last

    @wraps(fn)
    def cached(text: str, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        key = (*args, *sorted(kwargs.items()))
        for seen, seen_key, value in reversed(tuple(kept)):
            if seen is text and seen_key == key:
                return value
        value = fn(text, *args, **kwargs)
        kept.append((text, key, value))
        del kept[:-_KEPT]
        return value

    return cached
