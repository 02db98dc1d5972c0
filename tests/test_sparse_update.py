"""The BM25 matrix's append and delete (one pass over the postings) against their references, which rebuild
the matrix through coordinates and scipy slicing: the same arrays, vocabulary and statistics, bit for bit."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from indexer.segment import tokenize
from indexer.sparse import BM25, BM25Params, appended_by_rebuild, field_lengths, rows_kept_by_slicing
from tests.test_sparse import _seed_passages

FIELDS = BM25Params(k1=1.2, b=0.75, chars_k1=0.6, chars_b=0.5, chars_weight=1.0)
ONE_FIELD = BM25Params()


def _same(a: BM25, b: BM25) -> None:
    assert a.vocab == b.vocab
    assert a.column == b.column
    assert a.tf.shape == b.tf.shape
    for name in ("indptr", "indices", "data"):
        np.testing.assert_array_equal(getattr(a.tf, name), getattr(b.tf, name))
    for name in ("chars", "field", "lengths", "doc_len", "idf", "norm", "least_norm", "k1", "weight"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    assert a.avgdl == b.avgdl


def _random_docs(rng: np.random.Generator, n: int, vocab: int) -> list[list[str]]:
    words = [f"w{i}" for i in range(vocab)] + [f"#c{i}" for i in range(vocab)]
    return [list(rng.choice(words, size=int(rng.integers(1, 30)))) for _ in range(n)]


@pytest.mark.parametrize("params", [FIELDS, ONE_FIELD], ids=["two fields", "one field"])
def test_append_equals_the_rebuild_on_the_seed_passages(params: BM25Params) -> None:
    docs = _seed_passages()
    for cut in (1, 10, len(docs) - 1):
        base = BM25.from_tokens(docs[:cut], params)
        extra = BM25.from_tokens(docs[cut:], params)
        _same(base.appended(extra), appended_by_rebuild(base, extra))
        # the scores of an index grown so equal a fresh build's
        q = tokenize("哪些地区设立了人才编制周转池? 省校合作")
        np.testing.assert_allclose(
            base.appended(extra).scores(q), BM25.from_tokens(docs, params).scores(q), rtol=1e-12
        )


@pytest.mark.parametrize("params", [FIELDS, ONE_FIELD], ids=["two fields", "one field"])
def test_append_and_delete_equal_their_references_on_random_postings(params: BM25Params) -> None:
    rng = np.random.default_rng(7)
    index = BM25.from_tokens(_random_docs(rng, 300, 80), params)
    for step in range(12):
        extra = BM25.from_tokens(_random_docs(rng, int(rng.integers(1, 20)), 120), params)
        grown = index.appended(extra)
        _same(grown, appended_by_rebuild(index, extra))
        keep = rng.random(grown.size) > 0.2
        if step % 4 == 0:
            keep[:] = True
        index = grown.with_rows_kept(keep)
        _same(index, rows_kept_by_slicing(grown, keep))
    assert index.size > 0


def test_delete_drops_terms_no_passage_holds_and_can_empty_the_index() -> None:
    index = BM25.from_tokens([["a", "#x"], ["b", "#x"], ["c"]], FIELDS)
    kept = index.with_rows_kept(np.array([True, False, True]))
    _same(kept, rows_kept_by_slicing(index, np.array([True, False, True])))
    assert kept.vocab == ["a", "#x", "c"]
    assert kept.lengths.tolist() == [[1.0, 1.0], [1.0, 0.0]]
    empty = index.with_rows_kept(np.zeros(3, dtype=bool))
    _same(empty, rows_kept_by_slicing(index, np.zeros(3, dtype=bool)))
    assert (empty.size, empty.vocab) == (0, [])
    # an emptied index takes new rows again
    again = empty.appended(BM25.from_tokens([["d", "#y", "#y"]], FIELDS))
    assert again.vocab == ["d", "#y"]
    assert again.lengths.tolist() == [[1.0], [2.0]]


def test_field_lengths_count_each_field_of_each_row() -> None:
    index = BM25.from_tokens([["a", "a", "#x"], ["#x", "#y", "#y"], []], FIELDS)
    assert field_lengths(index.tf, index.chars).tolist() == [[2.0, 0.0, 0.0], [1.0, 3.0, 0.0]]
    assert index.doc_len.tolist() == [3.0, 3.0, 0.0]


def test_the_update_benchmark_runs_both_ways_on_the_seed_index(seed_index: Path, tmp_path: Path) -> None:
    # a smoke run of `python -m eval.bm25_update` (no timing assertions): both ways agree bit for bit
    from eval.bm25_update import main

    assert main([f"seeds={seed_index}", "--repeats", "1", "--out", str(tmp_path)]) == 0
    result = json.loads((tmp_path / "bm25-update.json").read_text(encoding="utf-8"))["sets"]["seeds"]
    assert result["reference_run"] is True
    assert [result[part]["identical"] for part in ("append", "delete", "lengths")] == [True, True, True]
    assert "| seeds |" in (tmp_path / "bm25-update.md").read_text(encoding="utf-8")
