"""Near-duplicate duties: the measure, the threshold, and LSH against exhaustive comparison."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.near_duplicates import duties
from kb import similarity as S
from kb.errors import InputError

SAME = (
    "协调销售部与其它部门之间的工作关系",
    "协调销售部与其他部门之间的工作关系,维持良好的共事氛围",
)


def test_similarity_of_known_texts() -> None:
    assert S.similarity("负责应收账款的催收。", "负责应收账款的催收") == 1.0
    assert S.similarity("负责 ＣＲＭ 系统维护", "负责crm系统维护") == 1.0  # normalised
    assert S.similarity(*SAME) >= S.DEFAULT_THRESHOLD
    assert S.similarity("负责应收账款的催收", "组织市场推广活动") == 0.0
    # 7 bigrams, all shared with the 8 of the longer text.
    assert S.similarity("制定年度销售计划", "制定年度销售计划书") == pytest.approx(7 / 8)
    assert S.similarity("", "") == 1.0
    assert S.similarity("", "销售") == 0.0
    assert S.shingles("销") == frozenset({"销"})


def test_known_pairs_found_unrelated_not() -> None:
    items = [
        ("a", SAME[0]),
        ("b", "负责应收账款的催收工作"),
        ("c", SAME[1]),
        ("d", "组织市场调研,分析竞争对手"),
        ("e", "负责应收账款的催收"),
        ("f", "完成领导交办的其他工作"),
    ]
    pairs = S.near_duplicate_pairs(items)
    assert [(p.key_a, p.key_b) for p in pairs] == [("b", "e"), ("a", "c")]
    assert pairs[0].similarity > pairs[1].similarity >= S.DEFAULT_THRESHOLD
    assert all(
        p.similarity == S.similarity(dict(items)[p.key_a], dict(items)[p.key_b]) for p in pairs
    )


def test_threshold_behaviour() -> None:
    items = [("a", SAME[0]), ("c", SAME[1]), ("x", "协调销售部的工作")]
    sims = {(p.key_a, p.key_b): p.similarity for p in S.near_duplicate_pairs(items, 0.01)}
    assert len(sims) == 3
    for t in (0.2, 0.5, 0.6, 0.9, 1.0):
        found = {(p.key_a, p.key_b) for p in S.near_duplicate_pairs(items, t)}
        assert found == {k for k, s in sims.items() if s >= t}
    assert S.near_duplicate_pairs([("a", "同一职责"), ("b", "同一职责。")], 1.0) == [
        S.Pair("a", "b", 1.0)
    ]
    for bad in (0, -0.1, 1.5, float("nan")):
        with pytest.raises(InputError):
            S.near_duplicate_pairs(items, bad)


def test_empty_one_item_and_bad_input() -> None:
    assert S.near_duplicate_pairs([]) == []
    assert S.near_duplicate_pairs([("a", "负责应收账款的催收")]) == []
    # Texts that clean to nothing pair with nothing.
    assert S.near_duplicate_pairs([("a", "。"), ("b", " ")]) == []
    with pytest.raises(InputError, match="duplicate key"):
        S.near_duplicate_pairs([("a", "x"), ("a", "y")])
    with pytest.raises(InputError, match="pairs"):
        S.near_duplicate_pairs([("a", "x", "extra")])  # type: ignore[list-item]
    with pytest.raises(InputError, match="method"):
        S.similar_index_pairs(["a", "b"], 0.5, method="magic")


def test_deterministic() -> None:
    texts = duties(4000, seed=3)
    first = S.similar_index_pairs(texts, 0.5, method="lsh")
    again = S.similar_index_pairs(list(texts), 0.5, method="lsh")
    for a, b in zip(first, again, strict=True):
        assert a.tolist() == b.tolist()
    assert (S.minhash_signatures(S.token_matrix(texts[:50]), 8)
            == S.minhash_signatures(S.token_matrix(texts[:50]), 8)).all()  # fmt: skip


def test_lsh_recall_against_exhaustive_pairs() -> None:
    texts = duties(6000, seed=11)
    ei, ej, es = S.similar_index_pairs(texts, 0.5, method="exact")
    li, lj, ls = S.similar_index_pairs(texts, 0.5, method="lsh")
    exact = dict(zip(zip(ei.tolist(), ej.tolist(), strict=True), es.tolist(), strict=True))
    found = dict(zip(zip(li.tolist(), lj.tolist(), strict=True), ls.tolist(), strict=True))
    assert len(exact) > 200  # the generator plants near-duplicates
    assert set(found) <= set(exact)  # verified: nothing below the threshold
    assert len(set(found) & set(exact)) / len(exact) >= 0.95
    for pair, s in found.items():
        assert s == pytest.approx(exact[pair])
        assert s == pytest.approx(S.similarity(texts[pair[0]], texts[pair[1]]))


def test_bitset_and_sparse_verification_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = duties(4000, seed=3)
    on_bits = S.similar_index_pairs(texts, 0.5, method="lsh")
    monkeypatch.setattr(S, "_BITSET_BYTES", 0)  # too small for any bitset: sparse rows
    on_rows = S.similar_index_pairs(texts, 0.5, method="lsh")
    assert len(on_bits[0]) > 200
    for a, b in zip(on_bits, on_rows, strict=True):
        assert a.tolist() == b.tolist()


def test_exact_method_matches_pairwise_similarity() -> None:
    texts = [*duties(300, seed=5), "销", "销", "", "销售"]
    i, j, _ = S.similar_index_pairs(texts, 0.3, method="exact")
    got = set(zip(i.tolist(), j.tolist(), strict=True))
    want = {
        (a, b)
        for a in range(len(texts))
        for b in range(a + 1, len(texts))
        if S.clean(texts[a]) and S.clean(texts[b]) and S.similarity(texts[a], texts[b]) >= 0.3
    }
    assert got == want


chinese = st.text(alphabet="销售市场客户计划管理负责的和、,。 ABab12", max_size=30)


@given(chinese, chinese)
@settings(max_examples=300, deadline=None)
def test_similarity_properties(a: str, b: str) -> None:
    s = S.similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert s == S.similarity(b, a)
    assert S.similarity(a, a) == 1.0
    if S.clean(a) == S.clean(b):
        assert s == 1.0
    if S.clean(a) and S.clean(b) and s > 0:
        # The pipeline agrees with the pairwise measure on every pair it reports.
        pairs = S.near_duplicate_pairs([("a", a), ("b", b)], s)
        assert pairs and pairs[0].similarity == pytest.approx(s)
