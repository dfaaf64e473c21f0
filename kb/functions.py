"""Business functions of sales, marketing and service organisations, and which duty serves which.

The taxonomy is data (`data/functions.yaml`, installed as `kb.data`): each function has an id,
Chinese and English names, keywords, regular expressions and a `core` flag (functions every
sales/marketing organisation is expected to own; see the file's header for the choice).

`classify(text)` is rule-based so that every label can be explained (`explain(text)`): the
text is normalised (`norm_text`, then the taxonomy's `synonyms` replaced and its `ignore`
phrases blanked), and a function applies when one of its keywords or patterns occurs in it,
after blanking that function's own `exclude` patterns. A duty can serve several functions,
or none ("完成领导交办的其他工作"). Ids come back in taxonomy order, so results are deterministic.

`coverage(rows)` turns (owner, duty text) rows into an owner × function matrix of duty counts;
`coverage_matrix(graph, org)` does the same for the roles (and, if asked, departments) of one
organisation in the graph, through the named query `get_org_duties`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import pandas as pd
import yaml

from kb.errors import InputError
from kb.names import norm_text

if TYPE_CHECKING:
    from kb.graph import Graph

TAXONOMY_FILE = "functions.yaml"
_BLANK = "\u25a1"  # what excluded spans become: a character no keyword contains


@dataclass(frozen=True)
class Rules:
    """What happens to a duty text before any function is matched."""

    synonyms: tuple[tuple[str, str], ...]
    ignore: tuple[re.Pattern[str], ...]

    def prepare(self, text: str) -> str:
        """norm_text, synonyms replaced, ignored spans blanked."""
        norm = norm_text(text)
        for old, new in self.synonyms:
            norm = norm.replace(old, new)
        for ig in self.ignore:
            norm = ig.sub(_blank, norm)
        return norm


def _blank(m: re.Match[str]) -> str:
    return _BLANK * len(m.group(0))


@dataclass(frozen=True)
class Function:
    """One business function of the taxonomy."""

    id: str
    zh: str
    en: str
    core: bool
    keywords: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]

    def matches(self, norm: str) -> bool:
        """Whether this function applies to an already normalised duty text."""
        return self._any.search(self._visible(norm)) is not None

    def evidence(self, norm: str) -> list[str]:
        """The keywords and pattern matches that make this function apply (empty: it does not)."""
        norm = self._visible(norm)
        found = [k for k in self.keywords if k in norm]
        for p in self.patterns:
            m = p.search(norm)
            if m:
                found.append(m.group(0))
        return found

    @cached_property
    def _any(self) -> re.Pattern[str]:
        """One alternation of every keyword and pattern: one scan instead of one each."""
        parts = [re.escape(k) for k in self.keywords] + [f"(?:{p.pattern})" for p in self.patterns]
        return re.compile("|".join(parts))

    def _visible(self, norm: str) -> str:
        """The text with this function's excluded phrases blanked out."""
        for ex in self.exclude:
            norm = ex.sub(_blank, norm)
        return norm


_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def _norm_keyword(k: str) -> str:
    # Keywords are compared with norm_text output: NFKC and case-folded, no whitespace.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", k).casefold())


def _compile(patterns: Any, where: str) -> tuple[re.Pattern[str], ...]:
    if patterns is None:
        return ()
    if not isinstance(patterns, list):
        raise InputError(f"{where}: expected a list of regular expressions")
    try:
        return tuple(re.compile(str(p)) for p in patterns)
    except re.error as e:
        raise InputError(f"{where}: bad regular expression: {e}") from e


def parse_rules(doc: Any, origin: str = TAXONOMY_FILE) -> Rules:
    """The taxonomy-wide `synonyms` and `ignore` of a loaded taxonomy document."""
    if not isinstance(doc, dict):
        raise InputError(f"{origin}: expected a mapping")
    synonyms = doc.get("synonyms") or {}
    if not isinstance(synonyms, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k for k, v in synonyms.items()
    ):
        raise InputError(f"{origin}: `synonyms` must map words to words")
    pairs = tuple((_norm_keyword(k), _norm_keyword(v)) for k, v in synonyms.items())
    return Rules(pairs, _compile(doc.get("ignore"), f"{origin}: ignore"))


def parse_taxonomy(doc: Any, origin: str = TAXONOMY_FILE) -> tuple[Function, ...]:
    """Validate a loaded taxonomy document and build its functions; InputError if it is wrong."""
    if not isinstance(doc, dict) or not isinstance(doc.get("functions"), list):
        raise InputError(f"{origin}: expected a mapping with a list `functions`")
    parse_rules(doc, origin)
    out: list[Function] = []
    seen: set[str] = set()
    for i, f in enumerate(doc["functions"]):
        where = f"{origin}: function #{i + 1}"
        if not isinstance(f, dict):
            raise InputError(f"{where}: expected a mapping")
        fid = f.get("id")
        if not isinstance(fid, str) or not _ID.match(fid):
            raise InputError(f"{where}: id {fid!r} is not snake_case")
        if fid in seen:
            raise InputError(f"{where}: duplicate id {fid!r}")
        seen.add(fid)
        for name in ("zh", "en"):
            if not isinstance(f.get(name), str) or not f[name].strip():
                raise InputError(f"{where} ({fid}): missing name `{name}`")
        if not isinstance(f.get("core", False), bool):
            raise InputError(f"{where} ({fid}): `core` must be true or false")
        keywords = tuple(dict.fromkeys(_norm_keyword(str(k)) for k in f.get("keywords") or []))
        if any(not k for k in keywords):
            raise InputError(f"{where} ({fid}): empty keyword")
        compiled = {
            field: _compile(f.get(field), f"{where} ({fid}) {field}")
            for field in ("patterns", "exclude")
        }
        if not keywords and not compiled["patterns"]:
            raise InputError(f"{where} ({fid}): no keywords and no patterns")
        out.append(
            Function(
                id=fid,
                zh=f["zh"].strip(),
                en=f["en"].strip(),
                core=bool(f.get("core", False)),
                keywords=keywords,
                patterns=compiled["patterns"],
                exclude=compiled["exclude"],
            )
        )
    if not out:
        raise InputError(f"{origin}: no functions")
    return tuple(out)


@cache
def _document() -> Any:
    path = resources.files("kb.data") / TAXONOMY_FILE
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(f"cannot read the function taxonomy {TAXONOMY_FILE}: {e}") from e


@cache
def taxonomy() -> tuple[Function, ...]:
    """Every function, in taxonomy order (loaded once from `kb.data/functions.yaml`)."""
    return parse_taxonomy(_document())


@cache
def rules() -> Rules:
    """The taxonomy-wide synonyms and ignored phrases."""
    return parse_rules(_document())


def function_ids() -> list[str]:
    """Every function id, in taxonomy order."""
    return [f.id for f in taxonomy()]


def core_functions() -> list[str]:
    """Ids of the functions every sales/marketing organisation is expected to own."""
    return [f.id for f in taxonomy() if f.core]


def get(function_id: str) -> Function:
    """One function by id; InputError if there is none."""
    for f in taxonomy():
        if f.id == function_id:
            return f
    raise InputError(f"no business function {function_id!r}; known: {', '.join(function_ids())}")


def names(lang: str = "zh") -> dict[str, str]:
    """Display name of every function id, in Chinese (`zh`) or English (`en`)."""
    if lang not in ("zh", "en"):
        raise InputError(f"unknown language {lang!r}: use zh or en")
    return {f.id: (f.zh if lang == "zh" else f.en) for f in taxonomy()}


def classify(text: str) -> list[str]:
    """Ids of the functions a duty serves, in taxonomy order; possibly several, possibly none."""
    return list(_classify(text))


# The taxonomy is loaded once per process, so a text's functions never change: the audit,
# the coverage matrix and the dashboard classify the same duties again and again.
@lru_cache(maxsize=200_000)
def _classify(text: str) -> tuple[str, ...]:
    norm = rules().prepare(text)
    if not norm:
        return ()
    return tuple(f.id for f in taxonomy() if f.matches(norm))


def explain(text: str) -> dict[str, list[str]]:
    """For each function `classify` returns, the keywords and pattern matches behind it."""
    norm = rules().prepare(text)
    out: dict[str, list[str]] = {}
    for f in taxonomy():
        ev = f.evidence(norm) if norm else []
        if ev:
            out[f.id] = ev
    return out


def coverage(rows: Iterable[Sequence[str]]) -> pd.DataFrame:
    """Owner × function matrix of duty counts from (owner, duty text) rows.

    `owner` is whatever labels the rows (a role key, a name). Owners appear in first-seen
    order; columns are every function id in taxonomy order, so matrices of different
    organisations line up. A duty that serves two functions counts once in each column;
    an owner whose duties serve no function keeps an all-zero row.
    """
    ids = function_ids()
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        if len(row) < 2:
            raise InputError(f"coverage rows are (owner, duty text) pairs, got {row!r}")
        owner, text = row[0], row[1]
        per = counts.setdefault(owner, dict.fromkeys(ids, 0))
        for fid in classify(text or ""):
            per[fid] += 1
    frame = pd.DataFrame.from_dict(counts, orient="index", columns=ids, dtype="int64")
    if frame.empty:
        frame = pd.DataFrame(columns=ids, dtype="int64")
    frame.index.name = "owner"
    frame.columns.name = "function"
    return frame


def org_duties(graph: Graph, org: str, *, departments: bool = False) -> pd.DataFrame:
    """Every duty of an organisation's roles (and departments if asked), with its functions.

    Columns: owner (key), name, kind (`Role` or `Department`), duty (key), text, functions
    (list of ids). One row per duty; the audits and the dashboard read this long form.
    """
    rows = graph.read("get_org_duties", org=org, departments=departments)
    frame = pd.DataFrame(rows, columns=["owner", "name", "kind", "duty", "text"])
    frame["functions"] = [classify(t or "") for t in frame["text"]]
    return frame


def coverage_matrix(graph: Graph, org: str, *, departments: bool = False) -> pd.DataFrame:
    """Role × function matrix of duty counts for one organisation (key `org`) in the graph.

    Index: owner keys (named `owner`); `frame.attrs["names"]` maps each key to its display
    name. With `departments=True` departments are rows too. An organisation with no duties
    gives an empty frame with every function column.
    """
    duties = org_duties(graph, org, departments=departments)
    frame = coverage(zip(duties["owner"], duties["text"], strict=True))
    frame.attrs["names"] = dict(zip(duties["owner"], duties["name"], strict=True))
    return frame
