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

Scale. `near_duplicate_pairs` does not compare all pairs once inputs are large (more than
`EXACT_UP_TO` texts; below that an exhaustive sparse product is cheaper and exact). It uses
MinHash LSH, vectorised with numpy: texts become a sparse document × bigram matrix
(`token_matrix`), each row gets k = rows × bands MinHash values (`minhash_signatures`,
random per-token hash tables, fixed seed), rows that agree on every value of a
band are candidates, candidates are screened with a 1-bit MinHash estimate (packed bits,
XOR and popcount) and the survivors are verified with the exact Jaccard, so no pair below
the threshold is ever reported. Recall is a probability: `lsh_params` picks bands and rows
so that it is above 0.95 at the default threshold (measured in bench/near_duplicates.py
against exhaustive all-pairs). Prefix filtering, which would be exact, was measured and
dropped: at 0.5 the prefix is half of a short text's bigrams, and on templated duty texts
its candidate pairs grow quadratically. Deterministic: a fixed seed and a fixed output
order.
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
EXACT_UP_TO = 3000  # below this many texts, comparing all pairs is cheaper than LSH
SEED = 20240601  # MinHash seed: results do not depend on the run
_NOT_WORD = re.compile(r"[\W_]+")
_VERIFY_PAIRS = 1_000_000  # candidate pairs verified per batch
# Below this size, pairs are verified on dense token bitsets (AND and popcount), several
# times faster than multiplying sparse rows; larger vocabularies use the sparse rows.
_BITSET_BYTES = 256 * 1024 * 1024
_BITSET_PAIRS = 65_536  # pairs per batch on bitsets (two gathered rows each)


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


def _sorted_unique(a: np.ndarray) -> np.ndarray:
    # np.unique may take a hash-based path that is several times slower on large arrays.
    a = np.sort(a)
    if len(a) < 2:
        return a
    keep = np.empty(len(a), dtype=bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


def _dense_ids(values: np.ndarray, size: int) -> tuple[np.ndarray, int]:
    """Values in [0, size) renumbered 0..k-1 in increasing order, through a lookup table."""
    present = np.zeros(size, dtype=bool)
    present[values] = True
    ids = np.cumsum(present, dtype=np.int64) - 1
    return ids[values], int(present.sum())


def token_matrix(texts: list[str]) -> sp.csr_matrix:
    """Binary document × token matrix of already cleaned texts (tokens: `shingles`).

    Built with numpy over the concatenated UTF-32 code points rather than per-text Python
    sets, since this is the part that must run on millions of texts. Column numbers are
    deterministic (increasing bigram code points); within a row they are sorted.
    """
    n = len(texts)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    if len(codes) == 0:
        return sp.csr_matrix((n, 0), dtype=np.float32)
    chars, nchar = _dense_ids(codes, 0x110000)
    nchar += 1  # id `nchar - 1` marks "no second character"
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    doc_of_char = np.repeat(np.arange(n, dtype=np.int64), lengths)
    # A bigram starts at every character whose successor is in the same text; a
    # one-character text is the token (char, none).
    pos = np.flatnonzero(doc_of_char[:-1] == doc_of_char[1:])
    single = np.flatnonzero(lengths == 1)
    first = np.concatenate([chars[pos], chars[starts[single]]])
    second = np.concatenate([chars[pos + 1], np.full(len(single), nchar - 1, dtype=np.int64)])
    docs = np.concatenate([doc_of_char[pos], single])
    if nchar * nchar <= 50_000_000:
        tok, ntok = _dense_ids(first * nchar + second, nchar * nchar)
    else:  # very many distinct characters: sort instead of a lookup table
        vocab, tok = np.unique(first * nchar + second, return_inverse=True)
        ntok = len(vocab)
    keys = _sorted_unique(docs * ntok + tok)  # sets: one entry per (document, token)
    docs, cols = keys // ntok, keys % ntok
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n), out=indptr[1:])
    data = np.ones(len(cols), dtype=np.float32)
    return sp.csr_matrix((data, cols.astype(np.int32), indptr), shape=(n, ntok))


# ---------------------------------------------------------------- exhaustive (small inputs)


def exact_index_pairs(
    x: sp.csr_matrix, threshold: float, block: int = 2000
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair (i < j) with Jaccard >= threshold, by computing the overlap of ALL pairs.

    X[block] @ Xᵀ for every row block: pairs without a common token have overlap 0 and
    Jaccard 0. Exhaustive, quadratic; used for small inputs and as the benchmark baseline.
    """
    x = sp.csr_matrix((np.ones(x.nnz, dtype=np.int32), x.indices, x.indptr), shape=x.shape)
    xt = x.T.tocsr()
    sizes = np.diff(x.indptr)
    out_i, out_j, out_s = [], [], []
    for lo in range(0, x.shape[0], block):
        inter = (x[lo : lo + block] @ xt).tocoo()
        i = inter.row.astype(np.int64) + lo
        j = inter.col.astype(np.int64)
        union = sizes[i] + sizes[j] - inter.data
        keep = (i < j) & (inter.data >= threshold * union - 1e-9)
        out_i.append(i[keep])
        out_j.append(j[keep])
        out_s.append(inter.data[keep] / union[keep])
    return _concat(out_i, out_j, out_s)


def _concat(
    ii: list[np.ndarray], jj: list[np.ndarray], ss: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not ii:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([], dtype=np.float64)
    return np.concatenate(ii), np.concatenate(jj), np.concatenate(ss).astype(np.float64)


# ---------------------------------------------------------------- MinHash LSH


class LSHParams(NamedTuple):
    """Banding of MinHash LSH: `bands` bands of `rows` hash values each."""

    rows: int
    bands: int


def lsh_params(threshold: float) -> LSHParams:
    """Bands and rows for a threshold: P(candidate | s) = 1 - (1 - s^rows)^bands.

    At 0.5 (rows 5, bands 40): 0.72 at s = 0.5, 0.96 at 0.6, 0.999 at 0.7, and 0.09 at
    0.3; over the similarity distribution of the near-duplicates in the benchmark that is
    a recall above 0.95 (bench/near_duplicates.py measures it against the exhaustive
    pairs). Higher thresholds need fewer bands; lower ones more rows and bands.
    """
    if threshold >= 0.7:
        return LSHParams(rows=5, bands=16)
    if threshold >= 0.6:
        return LSHParams(rows=5, bands=24)
    if threshold >= 0.45:
        return LSHParams(rows=5, bands=40)
    return LSHParams(rows=4, bands=60)


def minhash_signatures(x: sp.csr_matrix, k: int, seed: int = SEED) -> np.ndarray:
    """n × k uint32 MinHash signatures of the rows of a binary CSR matrix.

    Hash h gives every token an independent random 32-bit value (a table drawn from a
    seeded generator: the vocabulary of bigrams is small, and cheap arithmetic hashes such
    as affine maps mod 2³² are not min-wise independent: their minima move together and
    make giant buckets); the signature value is the minimum over the row's tokens. Rows
    without tokens get 2³² - 1 everywhere and take part in no pair. Same seed, same values.
    """
    return _signatures_by_hash(x, k, seed).T.copy()


def _signatures_by_hash(x: sp.csr_matrix, k: int, seed: int) -> np.ndarray:
    # k × n: one contiguous row per hash, so that filling and banding stream through memory.
    rng = np.random.default_rng(seed)
    ntok, n = x.shape[1], x.shape[0]
    nonempty = np.flatnonzero(np.diff(x.indptr) > 0)
    sig = np.full((k, n), np.iinfo(np.uint32).max, dtype=np.uint32)
    if len(nonempty) == 0:
        return sig
    starts = x.indptr[:-1][nonempty]
    gathered = np.empty(x.nnz, dtype=np.uint32)
    dense = len(nonempty) == n
    for h in range(k):
        table = rng.integers(0, 2**32 - 1, size=ntok, dtype=np.uint32)
        np.take(table, x.indices, out=gathered)
        if dense:
            np.minimum.reduceat(gathered, starts, out=sig[h])
        else:
            sig[h, nonempty] = np.minimum.reduceat(gathered, starts)
    return sig


def _band_pairs(
    keys: np.ndarray, valid: np.ndarray, chunk: int = 4_000_000
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Every pair (i < j) of valid rows with equal band keys, about `chunk` pairs at a time."""
    rows = np.flatnonzero(valid)
    order = rows[np.argsort(keys[rows], kind="stable")]
    k = keys[order]
    if len(k) < 2:
        return
    boundary = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1], [True])))
    run_start, run_len = boundary[:-1], np.diff(boundary)
    big = run_len >= 2
    run_start, run_len = run_start[big], run_len[big]
    if len(run_start) == 0:
        return
    per_run = run_len * (run_len - 1) // 2
    group = np.cumsum(per_run) // chunk
    cuts = np.flatnonzero(np.diff(group)) + 1
    for starts, lens in zip(np.split(run_start, cuts), np.split(run_len, cuts), strict=True):
        # For position p of a run [s, s + m): partners p+1 .. s+m-1.
        pos = _run_positions(starts, lens)
        partners = np.repeat(starts + lens, lens - 1) - pos - 1
        left = np.repeat(pos, partners)
        right = (
            left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(partners) - partners, partners)
        )
        a, b = order[left], order[right]
        yield np.minimum(a, b), np.maximum(a, b)


def _run_positions(run_start: np.ndarray, run_len: np.ndarray) -> np.ndarray:
    """Positions s, s+1, ..., s+m-2 of every run (every element but the last)."""
    counts = run_len - 1
    base = np.repeat(run_start, counts)
    return base + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)


def _packed_bits(sig_by_hash: np.ndarray) -> np.ndarray:
    """The lowest bit of every signature value, packed: n × ceil(k/64) uint64."""
    bits = np.packbits((sig_by_hash & 1).astype(np.uint8), axis=0).T
    pad = (-bits.shape[1]) % 8
    if pad:
        bits = np.pad(bits, ((0, 0), (0, pad)))
    return np.ascontiguousarray(bits).view(np.uint64)


def _estimate(bits: np.ndarray, k: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Jaccard estimated from 1-bit MinHash: P(bits agree) = (1 + s) / 2."""
    differ = np.bitwise_count(bits[i] ^ bits[j]).sum(axis=1, dtype=np.int64)
    return 1.0 - 2.0 * differ / k


def _token_bits(x: sp.csr_matrix) -> np.ndarray | None:
    """Each row's tokens as a dense bitset (n × ceil(V/64) uint64), or None if too large."""
    n, v = x.shape
    words = -(-v // 64)
    if n * words * 8 > _BITSET_BYTES:
        return None
    bits = np.zeros((n, words), dtype=np.uint64)
    rows = np.repeat(np.arange(n), np.diff(x.indptr))
    cols = x.indices.astype(np.uint64)
    np.bitwise_or.at(bits, (rows, cols // 64), np.left_shift(np.uint64(1), cols % 64))
    return bits


def _verify(
    x: sp.csr_matrix, i: np.ndarray, j: np.ndarray, t: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Exact Jaccard of candidate pairs; those at or above t."""
    sizes = np.diff(x.indptr)
    bits = _token_bits(x)
    step = _VERIFY_PAIRS if bits is None else _BITSET_PAIRS
    out_i, out_j, out_s = [], [], []
    for lo in range(0, len(i), step):
        ci, cj = i[lo : lo + step], j[lo : lo + step]
        if bits is None:
            inter = np.asarray(x[ci].multiply(x[cj]).sum(axis=1)).ravel()
        else:
            inter = np.bitwise_count(bits[ci] & bits[cj]).sum(axis=1, dtype=np.int64)
        union = sizes[ci] + sizes[cj] - inter
        sim = inter / union
        keep = sim >= t - 1e-12
        out_i.append(ci[keep])
        out_j.append(cj[keep])
        out_s.append(sim[keep])
    return _concat(out_i, out_j, out_s)


def lsh_index_pairs(
    x: sp.csr_matrix, threshold: float, params: LSHParams | None = None, seed: int = SEED
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) with Jaccard >= threshold, found by MinHash LSH and verified exactly.

    Candidates share all `rows` signature values of some band. Before the exact check, a
    band's candidates are screened with the 1-bit estimate over all k = rows × bands
    signature values (XOR and popcount of packed bits): with k = 200 its standard error is
    about 0.06 at s = 0.5, and the screen keeps pairs estimated above threshold - 0.2
    (3.3 standard errors), so it drops unrelated pairs and practically no true one.
    """
    params = params or lsh_params(threshold)
    k = params.rows * params.bands
    sig = _signatures_by_hash(x, k, seed)
    bits = _packed_bits(sig)
    n = x.shape[0]
    valid = np.diff(x.indptr) > 0
    sizes = np.diff(x.indptr)
    floor = threshold - 0.2
    found: list[np.ndarray] = []
    for band in range(params.bands):
        keys = np.zeros(n, dtype=np.uint64)
        for row in sig[band * params.rows : (band + 1) * params.rows]:
            keys *= np.uint64(1_000_003)
            keys += row
        for i, j in _band_pairs(keys, valid):
            # Size filter (J <= min/max) and the 1-bit estimate, before anything exact.
            si, sj = sizes[i], sizes[j]
            keep = np.minimum(si, sj) >= threshold * np.maximum(si, sj) - 1e-9
            i, j = i[keep], j[keep]
            keep = _estimate(bits, k, i, j) >= floor
            found.append(i[keep] * n + j[keep])
    if not found:
        return _concat([], [], [])
    pairs = _sorted_unique(np.concatenate(found))
    return _verify(x, pairs // n, pairs % n, threshold)


def similar_index_pairs(
    texts: list[str], threshold: float = DEFAULT_THRESHOLD, method: str = "auto"
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Index pairs (i < j) of texts with similarity >= threshold, and their similarities.

    The array form of `near_duplicate_pairs`, for large inputs and benchmarks. `method`:
    `exact` compares all pairs (quadratic), `lsh` uses MinHash LSH, `auto` picks exact up
    to `EXACT_UP_TO` texts. Texts that are empty after cleaning take part in no pair.
    Sorted by (i, j).
    """
    t = _check_threshold(threshold)
    if method not in ("auto", "exact", "lsh"):
        raise InputError(f"unknown near-duplicate method {method!r}: use auto, exact or lsh")
    x = token_matrix([clean(s) for s in texts])
    if method == "exact" or (method == "auto" and len(texts) <= EXACT_UP_TO):
        i, j, s = exact_index_pairs(x, t)
    else:
        i, j, s = lsh_index_pairs(x, t)
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
