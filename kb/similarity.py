"""Near-duplicate duties: character-bigram Jaccard similarity of short Chinese texts.

Measure. A text is normalised (`kb.names.norm_text`, then every character that is not a
letter or digit removed: punctuation carries no meaning here) and cut into its set of
character bigrams; a one-character text is its own single token. `similarity(a, b)` is the
Jaccard index |A ∩ B| / |A ∪ B| of the two sets: 1.0 for texts equal after normalisation,
0.0 when they share no bigram. Chinese has no spaces, and bigrams are the unit most
Chinese words are made of, so shared bigrams approximate shared words without a segmenter;
sets (not counts) because duties are short and rarely repeat a word.

Threshold. `DEFAULT_THRESHOLD = 0.5`. Measured on the five hand-annotated gold files
(docs/similarity.md): pairs at or above 0.5 are the same duty reworded, extended by a clause
or held by two roles ("协调销售部与其它部门之间的工作关系" vs "...其他部门...,维持良好的共事
氛围", 0.52); between 0.35 and 0.5 are duties about the same object with a different
action ("客户投诉的记录和分析" vs "处理客户投诉"), which an analyst should not be told are
duplicates; unrelated duties sit below 0.3.

Scale. `near_duplicate_pairs` does not compare all pairs. It uses prefix filtering
(Chaudhuri et al. 2006; Bayardo et al. 2007, "All-Pairs"), which is exact for Jaccard: order
the tokens by rarity; if J(A, B) >= t then the first |A| - ceil(t|A|) + 1 rarest tokens of A
and the first |B| - ceil(t|B|) + 1 of B share a token. Candidate pairs are therefore the
non-zeros of P Pᵀ, P the sparse document × prefix-token matrix, computed in row blocks
with scipy; pairs whose sizes alone rule out t are dropped (t <= |A|/|B| <= 1/t), and every
candidate is verified with the exact Jaccard. Rare tokens make P very sparse, so the
product is cheap, and no pair above the threshold is missed (unlike MinHash LSH, whose
recall is a probability). Everything is deterministic: no random seeds are involved, and
output order is fixed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from kb.errors import InputError
from kb.names import norm_text

DEFAULT_THRESHOLD = 0.5
_NOT_WORD = re.compile(r"[\W_]+")
_BLOCK_ROWS = 20_000  # rows of P per sparse product: bounds memory on large inputs
_VERIFY_PAIRS = 2_000_000  # candidate pairs verified per batch


class Pair(NamedTuple):
    """Two items whose texts are near-duplicates; `key_a` came first in the input."""

    key_a: str
    key_b: str
    similarity: float


def clean(text: str) -> str:
    """The form compared: `norm_text` without punctuation, symbols or spaces."""
    return _NOT_WORD.sub("", norm_text(text))


def shingles(text: str) -> frozenset[str]:
    """The set of character bigrams of the cleaned text (a one-character text: itself)."""
    s = clean(text)
    if len(s) < 2:
        return frozenset((s,)) if s else frozenset()
    return frozenset(s[i : i + 2] for i in range(len(s) - 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard index of two token sets; two empty sets are identical (1.0)."""
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def similarity(a: str, b: str) -> float:
    """Character-bigram Jaccard similarity of two texts, in [0, 1], symmetric."""
    ca, cb = clean(a), clean(b)
    if ca == cb:
        return 1.0
    return jaccard(shingles(ca), shingles(cb))


def _check_threshold(threshold: float) -> float:
    t = float(threshold)
    if not 0.0 < t <= 1.0 or math.isnan(t):
        raise InputError(f"similarity threshold must be in (0, 1], got {threshold!r}")
    return t


def token_matrix(texts: list[str]) -> sp.csr_matrix:
    """Binary document × bigram matrix of already cleaned texts.

    Columns are numbered by ascending document frequency (ties by code point), so each
    row's column indices, sorted, list its rarest tokens first. Built with numpy over the
    concatenated UTF-32 code points rather than per-text Python sets: this is the part
    that must run on millions of texts.
    """
    n = len(texts)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    doc_of_char = np.repeat(np.arange(n, dtype=np.int64), lengths)
    # A bigram starts at every character whose successor is in the same text.
    pos = (
        np.flatnonzero(doc_of_char[:-1] == doc_of_char[1:])
        if len(codes) > 1
        else np.array([], dtype=np.int64)
    )
    bigram = (codes[pos] << 21) | codes[pos + 1]
    bigram_doc = doc_of_char[pos]
    # One-character texts are their own token (tagged so it cannot equal a bigram).
    single = np.flatnonzero(lengths == 1)
    tokens = np.concatenate([bigram, (codes[starts[single]] << 21) | (1 << 42)])
    docs = np.concatenate([bigram_doc, single])
    if len(tokens) == 0:
        return sp.csr_matrix((n, 0), dtype=np.float32)
    vocab, tok = np.unique(tokens, return_inverse=True)
    ntok = len(vocab)
    pairs = np.unique(docs * ntok + tok)  # sets: one entry per (document, token)
    docs, tok = pairs // ntok, pairs % ntok
    df = np.bincount(tok, minlength=ntok)
    rank = np.empty(ntok, dtype=np.int64)
    rank[np.lexsort((np.arange(ntok), df))] = np.arange(ntok)
    keys = np.sort(docs * ntok + rank[tok])
    docs, cols = keys // ntok, keys % ntok
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n), out=indptr[1:])
    data = np.ones(len(cols), dtype=np.float32)
    return sp.csr_matrix((data, cols, indptr), shape=(n, ntok))


def _prefix_matrix(x: sp.csr_matrix, t: float) -> sp.csr_matrix:
    """Each row's first |A| - ceil(t|A|) + 1 columns (its rarest tokens)."""
    sizes = np.diff(x.indptr)
    keep = sizes - np.ceil(t * sizes - 1e-9).astype(np.int64) + 1
    keep = np.minimum(keep, sizes)
    row_of = np.repeat(np.arange(x.shape[0]), sizes)
    pos = np.arange(x.nnz) - x.indptr[row_of]
    mask = pos < keep[row_of]
    indptr = np.zeros(x.shape[0] + 1, dtype=np.int64)
    np.cumsum(keep, out=indptr[1:])
    return sp.csr_matrix((x.data[mask], x.indices[mask], indptr), shape=x.shape)


def _candidates(x: sp.csr_matrix, t: float) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Pairs (i < j) whose prefixes share a token and whose sizes allow J >= t."""
    sizes = np.diff(x.indptr)
    p = _prefix_matrix(x, t)
    pt = p.T.tocsr()
    for lo in range(0, x.shape[0], _BLOCK_ROWS):
        hi = min(lo + _BLOCK_ROWS, x.shape[0])
        block = (p[lo:hi] @ pt).tocoo()
        i = block.row.astype(np.int64) + lo
        j = block.col.astype(np.int64)
        keep = i < j
        i, j = i[keep], j[keep]
        si, sj = sizes[i], sizes[j]
        keep = np.minimum(si, sj) >= t * np.maximum(si, sj) - 1e-9
        yield i[keep], j[keep]


def _verify(
    x: sp.csr_matrix, i: np.ndarray, j: np.ndarray, t: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Exact Jaccard of candidate pairs; those at or above t."""
    sizes = np.diff(x.indptr)
    out_i, out_j, out_s = [], [], []
    for lo in range(0, len(i), _VERIFY_PAIRS):
        ci, cj = i[lo : lo + _VERIFY_PAIRS], j[lo : lo + _VERIFY_PAIRS]
        inter = np.asarray(x[ci].multiply(x[cj]).sum(axis=1)).ravel()
        union = sizes[ci] + sizes[cj] - inter
        sim = inter / union
        keep = sim >= t - 1e-12
        out_i.append(ci[keep])
        out_j.append(cj[keep])
        out_s.append(sim[keep])
    if not out_i:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([], dtype=np.float64)
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)


def similar_index_pairs(
    texts: list[str], threshold: float = DEFAULT_THRESHOLD
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Index pairs (i < j) of texts with similarity >= threshold, and their similarities.

    The array form of `near_duplicate_pairs`, for large inputs and benchmarks. Texts that
    are empty after cleaning take part in no pair. Sorted by (i, j).
    """
    t = _check_threshold(threshold)
    cleaned = [clean(s) for s in texts]
    x = token_matrix(cleaned)
    ii, jj = [], []
    for i, j in _candidates(x, t):
        ii.append(i)
        jj.append(j)
    if not ii:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([], dtype=np.float64)
    i, j, s = _verify(x, np.concatenate(ii), np.concatenate(jj), t)
    order = np.lexsort((j, i))
    return i[order], j[order], s[order]


def near_duplicate_pairs(
    items: Iterable[tuple[str, str]], threshold: float = DEFAULT_THRESHOLD
) -> list[Pair]:
    """Pairs of items whose texts have similarity >= threshold (default `DEFAULT_THRESHOLD`).

    `items` are (key, text), keys unique. Every pair above the threshold is found (prefix
    filtering is exact) and its similarity is the exact Jaccard. Output: sorted by
    similarity descending, then by input order of key_a and key_b; key_a precedes key_b
    in the input. Fewer than two items give no pairs.
    """
    keys: list[str] = []
    texts: list[str] = []
    seen: set[str] = set()
    for item in items:
        try:
            key, text = item
        except (TypeError, ValueError) as e:
            raise InputError(f"near-duplicate items are (key, text) pairs, got {item!r}") from e
        if key in seen:
            raise InputError(f"duplicate key {key!r} in near-duplicate input")
        seen.add(key)
        keys.append(key)
        texts.append(text if isinstance(text, str) else "")
    _check_threshold(threshold)
    if len(keys) < 2:
        return []
    i, j, s = similar_index_pairs(texts, threshold)
    order = np.lexsort((j, i, -s))
    return [Pair(keys[i[k]], keys[j[k]], float(s[k])) for k in order]
