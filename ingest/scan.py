"""Fast scanning for rules that may only start at the beginning of a line or after one of a
few characters (a blank, `。`, `;` ...).

Written as `(?:^|(?<=[S]))BODY`, such a rule starts with a look-behind, so the regex engine
tries the whole rule at every position of the text. `AfterChars` finds the same matches with
`[S](?P<_at>BODY)`, which opens with a character class: the engine then jumps from one
character of S to the next and tries BODY only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


class Found:
    """A match of BODY: `start()`, `end()`, `span()` and `group()` without a group name
    mean the match of the rule, without the character before it."""

    __slots__ = ("m",)

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def start(self, group: str = "_at") -> int:
        return self.m.start(group)

    def end(self, group: str = "_at") -> int:
        return self.m.end(group)

    def span(self, group: str = "_at") -> tuple[int, int]:
        return self.m.span(group)

    def group(self, group: str = "_at") -> str:
        return self.m.group(group)


class AfterChars:
    """The rule `(?:^|(?<=[chars]))body`; `chars` must include `\\n` (a class with `\\s` does)
    and `body` must not match the empty string.

    `finditer` returns the matches `re.finditer` of that rule would, in the same order.
    """

    def __init__(self, chars: str, body: str, flags: int = 0) -> None:
        if not re.fullmatch(f"[{chars}]", "\n"):
            raise ValueError("the characters before a rule must include a line break")
        self.pattern = re.compile(rf"(?:^|(?<=[{chars}])){body}", flags)
        self._first = re.compile(rf"(?P<_at>{body})", flags)
        self._after = re.compile(rf"[{chars}](?P<_at>{body})", flags)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Found]:
        end = len(text) if end is None else end
        pos = start
        if start == 0:  # `^` at the very start of the text, with no character before it
            m = self._first.match(text, 0, end)
            if m:
                yield Found(m)
                pos = m.end()
        while True:
            # The character before the rule may be the last one of the previous match.
            m = self._after.search(text, max(pos - 1, 0), end)
            if m is None:
                return
            yield Found(m)
            pos = m.end()


class NearKey:
    """A rule (an `AfterChars` or a plain pattern) each of whose matches contains a key word
    (found by `key`, a fast scan for a few literals), searched only in windows around the
    key words.

    Before its key a match holds at most `before` characters, not counting one optional
    numbering (at most `_NUMBERING` characters) and the blanks after it, which may run over
    line breaks; after its key, any of the characters in `tail`, then blanks and at most
    `after` more characters (a colon, the `1、` a look-ahead reads). `finditer` returns the
    matches the rule's own `finditer` would, in the same order: every match starts in a
    window, and no window cuts a match short.
    """

    def __init__(
        self,
        rule: AfterChars | re.Pattern[str],
        key: re.Pattern[str],
        before: int,
        tail: str = "",
        after: int = 1,
    ) -> None:
        self.rule = rule
        self.key = key
        self.before = before
        self.tail = tail
        self.after = after

    def _windows(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for k in self.key.finditer(text, start, end):
            a = max(start, k.start() - self.before)
            # The window's edge may fall in the blanks after a numbering: take them, and
            # the numbering and the character before it.
            while a > start and text[a - 1].isspace():
                a -= 1
            a = max(start, a - _NUMBERING - 1)
            b = k.end()
            while b < end and text[b] in self.tail:
                b += 1
            while b < end and text[b].isspace():
                b += 1
            b = min(end, b + self.after)
            if out and a <= out[-1][1] + 1:
                out[-1] = (min(a, out[-1][0]), max(b, out[-1][1]))
            else:
                out.append((a, b))
        return out

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[Found | re.Match[str]]:
        end = len(text) if end is None else end
        for a, b in self._windows(text, start, end):
            yield from self.rule.finditer(text, a, b)


# The longest numbering a rule opens with (`(十二)、`, `第十二章`), with room to spare.
_NUMBERING = 8


def trie_alt(words: Iterable[str]) -> str:
    """A regex for "one of words" written as a trie: `岗位(?:职责(?:说明)?|名称)` rather than
    `岗位职责说明|岗位职责|岗位名称`. The regex engine tries each branch of an alternation in
    turn, so a flat list costs one test per word at every candidate; the trie, one per
    character. Longer words are tried before their prefixes, as in a longest-first list,
    so both match the same text, also when the engine backtracks into them."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    end = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body
