"""Fast scanning for rules that may only start at the beginning of a line or after one of a
few characters (a blank, `。`, `;` ...).

Written as `(?:^|(?<=[S]))BODY`, such a rule starts with a look-behind, so the regex engine
tries the whole rule at every position of the text. `AfterChars` finds the same matches with
`[S](?P<_at>BODY)`, which opens with a character class: the engine then jumps from one
character of S to the next and tries BODY only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


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
