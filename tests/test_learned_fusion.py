"""The experiments of eval/learned_fusion.py and eval/expansion.py start from the default hybrid: on a toy
bench set, their matrices must reproduce it exactly, and their switched-off forms must change nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from eval.expansion import expanded_bm25, expanded_query, hybrid
from eval.learned_fusion import FEATURES, Model, candidates, rescored
from eval.loco_scores import bm25_scores, coverage, hybrid_scores, load_set
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder
from tests.test_eval import CORPUS, QRELS, QUERIES

SETTINGS = DEFAULTS.with_model("keywords")


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench") / "toy"
    folder.mkdir()
    (folder / "corpus.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in CORPUS))
    (folder / "queries.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in QUERIES))
    (folder / "qrels.tsv").write_text(QRELS)
    return folder


def test_candidates_are_the_default_hybrids_top(toy: Path) -> None:
    settings = replace(SETTINGS, tokenizer=replace(SETTINGS.tokenizer, chars=True, bigrams=False))
    data = load_set("toy", settings, bench=toy.parent, encoder=KeywordEncoder())
    c = candidates(data, settings, 3, bench=toy.parent)
    expected = hybrid_scores(data, bm25_scores(data, settings.bm25), settings.fusion)
    np.testing.assert_array_equal(c.default, expected)
    assert c.features.shape == (len(QUERIES), 3, len(FEATURES))
    np.testing.assert_array_equal(c.top, np.argsort(-expected, axis=1, kind="stable")[:, :3])
    np.testing.assert_array_equal(
        c.features[:, :, FEATURES.index("fused")], np.take_along_axis(expected, c.top, 1)
    )
    # q1 asks only about d1, the default's first passage; d1's title 运城人才 holds part of q1 (运城).
    assert c.relevant[0].tolist() == [True, False, False]
    assert 0 < c.features[0, 0, FEATURES.index("title_share")] < 1
    # A model that weighs only the fused score keeps the default's order.
    only_fused = np.eye(len(FEATURES))[FEATURES.index("fused")]
    model = Model(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), only_fused)
    kept = rescored(c, model)
    np.testing.assert_array_equal(np.argsort(-kept, axis=1, kind="stable")[:, :3], c.top)


def test_expansion_with_no_weight_is_the_plain_bm25_leg(toy: Path) -> None:
    settings = replace(SETTINGS, tokenizer=replace(SETTINGS.tokenizer, chars=True, bigrams=False))
    data = load_set("toy", settings, bench=toy.parent, encoder=KeywordEncoder())
    bm25 = bm25_scores(data, settings.bm25)
    top = np.argsort(-bm25, axis=1, kind="stable")[:, :2]
    plain = expanded_bm25(data, settings.bm25, top, {"fields": "both", "terms": 5, "weight": 0.0})
    np.testing.assert_allclose(plain, bm25, rtol=1e-6)
    config = settings.fusion
    weights = config.weight_at(0.0) + (config.bm25_weight - config.uncovered_bm25_weight) * coverage(
        data, bm25
    )
    np.testing.assert_array_equal(hybrid(data, bm25, config, weights), hybrid_scores(data, bm25, config))
    # Expanding adds exactly `weight` × the question's own term mass, over at most `terms` terms.
    q = expanded_query(data.chars, top, 5, 0.5)
    own = np.asarray(data.chars.q.sum(axis=1)).ravel()
    np.testing.assert_allclose(np.asarray(q.sum(axis=1)).ravel(), own * 1.5)
    added = q - data.chars.q.astype(np.float64)
    assert max(np.diff(added.tocsr().indptr)) <= 5
