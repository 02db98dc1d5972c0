"""The sparse-leg study's cache never loses or re-encodes a text; its fusion reorders only the candidates."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from eval.sparse_leg import Leg, covered_depth, fuse, priority
from eval.sparsecache import SparseFile, encode_missing


def fake(text: str) -> tuple[np.ndarray, np.ndarray]:
    return np.array([len(text), 7], dtype=np.int32), np.array([1.5, 0.25], dtype=np.float32)


def test_cache_keeps_records_and_skips_a_cut_tail(tmp_path: Path) -> None:
    path = tmp_path / "s.bin"
    store = SparseFile(path)
    calls: list[str] = []

    def counted(text: str) -> tuple[np.ndarray, np.ndarray]:
        calls.append(text)
        return fake(text)

    assert encode_missing(store, ["ab", "abc", "ab"], counted) == 2
    assert calls == ["ab", "abc"]
    with open(path, "ab") as f:  # a writer killed in the middle of a record
        f.write(b"\x01" * 30)
    again = SparseFile(path)
    assert encode_missing(again, ["abc", "abcd"], counted) == 1
    assert calls == ["ab", "abc", "abcd"]
    m, found = SparseFile(path).matrix(["abc", "zz", "ab"], dim=8)
    assert found.tolist() == [True, False, True]
    assert m.toarray()[0].tolist() == [0, 0, 0, 1.5, 0, 0, 0, 0.25]
    assert m.toarray()[1].tolist() == [0.0] * 8
    assert m.toarray()[2, 2] == 1.5


def test_priority_lists_each_passage_at_its_best_rank() -> None:
    scores = np.array([[3.0, 2.0, 1.0, -np.inf], [1.0, 5.0, 4.0, -np.inf]])
    assert priority(scores, 2) == [0, 1, 2]
    assert priority(scores, 10) == [0, 1, 2]


def test_fuse_reorders_only_the_top_candidates() -> None:
    hybrid = np.array([[4.0, 3.0, 2.0, 1.0]])
    sparse = np.array([[0.0, 1.0, 9.0, 100.0]])
    assert np.argsort(-fuse(hybrid, sparse, 3, 0.0)[0]).tolist() == [0, 1, 2, 3]
    # Passage 3 is below the candidates: however high its sparse score, it stays last.
    assert np.argsort(-fuse(hybrid, sparse, 3, 1.0)[0]).tolist() == [2, 1, 0, 3]
    # A candidate the sparse leg never encoded gets the candidates' lowest sparse score.
    missing = np.array([[-np.inf, 1.0, 9.0, 0.0]])
    alone = fuse(hybrid, missing, 3, 1.0)[0]
    assert alone[0] == alone[1] < alone[2]
    # Half and half: hybrid z (1.22, 0, -1.22) + sparse z (-0.71, -0.71, 1.41).
    assert np.argsort(-fuse(hybrid, missing, 3, 0.5)[0]).tolist() == [0, 2, 1, 3]


def test_covered_depth_is_the_deepest_fully_encoded_rank() -> None:
    hybrid = np.array([[4.0, 3.0, 2.0, 1.0], [1.0, 2.0, 3.0, 4.0]])
    encoded = np.array([[1.0, 1.0, -np.inf, 1.0]] * 2)
    leg = Leg(encoded, 3, 2)
    # Question 1's top 2 are passages 3, 2: passage 2 is missing at rank 2, so only rank 1 is covered.
    assert covered_depth(hybrid, leg, 4) == 1
    assert covered_depth(hybrid, Leg(np.ones((2, 4)), 4, 2), 4) == 4
