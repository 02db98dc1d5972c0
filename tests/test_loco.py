"""The leave-one-corpus-out tuner scores settings with matrices: they must agree with the index itself."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from eval.loco import gain, rotations, rotations_vs_default
from eval.loco_scores import bm25_scores, coverage, hybrid_scores, load_set
from indexer.build import index_records
from indexer.fuse import FusionConfig
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from indexer.sparse import BM25Params
from tests.conftest import KeywordEncoder
from tests.test_eval import CORPUS, QRELS, QUERIES

PARAMS = BM25Params(k1=1.2, b=0.75, chars_k1=0.8, chars_b=0.5, chars_weight=1.0)
SETTINGS = DEFAULTS.with_model("keywords")


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench") / "toy"
    folder.mkdir()
    (folder / "corpus.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in CORPUS))
    (folder / "queries.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in QUERIES))
    (folder / "qrels.tsv").write_text(QRELS)
    return folder


@pytest.mark.parametrize(
    "fusion_setting",
    [
        {"normalization": "minmax", "bm25_weight": 0.6, "uncovered_bm25_weight": 0.6, "feedback_depth": 0},
        {"normalization": "max", "bm25_weight": 0.6, "uncovered_bm25_weight": 0.6, "feedback_depth": 0},
        {"normalization": "zscore", "bm25_weight": 0.8, "uncovered_bm25_weight": 0.3, "feedback_depth": 0},
        {"normalization": "zscore", "bm25_weight": 0.8, "uncovered_bm25_weight": 0.4, "feedback_depth": 2},
        {"normalization": "minmax", "bm25_weight": 0.5, "uncovered_bm25_weight": 0.5, "feedback_depth": 3},
    ],
)
def test_matrices_rank_as_the_index_does(toy: Path, tmp_path: Path, fusion_setting: dict[str, Any]) -> None:
    tokenizer = replace(SETTINGS.tokenizer, chars=True, bigrams=False)
    settings = replace(SETTINGS, bm25=PARAMS, tokenizer=tokenizer)
    data = load_set("toy", settings, bench=toy.parent, encoder=KeywordEncoder())
    index_dir = tmp_path / "idx"
    index_records([(r["id"], r["title"], r["text"]) for r in CORPUS], index_dir, KeywordEncoder(), settings)
    retriever = Retriever(index_dir, encoder=KeywordEncoder())
    bm25 = bm25_scores(data, PARAMS)
    # the matrices model fusion and feedback; the sentence stage on top of them is eval/sentence_dense.py's
    fusion = FusionConfig.from_dict(
        {
            **fusion_setting,
            "feedback_weight": 0.5,
            "sentence_weight": 0.0,
            "sentence_dense_weight": 0.0,
            "answer_type_weight": 0.0,  # nor the answer-type stage (indexer/rerank.py): it reads passages
            "scope_weight": 0.0,  # … nor the scope stage: it reads documents' regions
        }
    )
    fused = hybrid_scores(data, bm25, fusion)
    covered = coverage(data, bm25)
    for i, query in enumerate(QUERIES):
        hits = retriever.search(query["text"], 5, "bm25")
        expected = np.array([h.score for h in hits])
        np.testing.assert_allclose(np.sort(bm25[i][np.isfinite(bm25[i])])[::-1], expected, rtol=1e-5)
        tokens = retriever.analyse(query["text"], "bm25").tokens
        assert retriever.data.bm25.coverage(tokens, hits[0].row) == pytest.approx(covered[i])
        hybrid = retriever.search(query["text"], 5, "hybrid", fusion=fusion)
        np.testing.assert_allclose(
            [h.score for h in hybrid], np.sort(fused[i][np.isfinite(fused[i])])[::-1], rtol=1e-5, atol=1e-8
        )
        # the reported dense score stays the question's own cosine, also after feedback
        np.testing.assert_allclose(
            [h.dense for h in hybrid], data.dense[i][[h.row for h in hybrid]], rtol=1e-6
        )


def test_rotations_choose_on_two_sets_and_report_the_third() -> None:
    ref = {"success@1": 0.5, "mrr@10": 0.5}
    table = {
        "a": {"x": {"success@1": 0.9, "mrr@10": 0.9}, "y": {"success@1": 0.6, "mrr@10": 0.6}, "z": ref},
        "b": {"x": {"success@1": 0.6, "mrr@10": 0.6}, "y": {"success@1": 0.6, "mrr@10": 0.6}, "z": ref},
    }
    refs = {"x": ref, "y": ref, "z": ref}
    assert gain(table["a"]["x"], ref) == pytest.approx(0.8)
    out = rotations(table, refs, ["x", "y", "z"])
    assert [(r["held_out"], r["chosen"], r["beats_reference"]) for r in out] == [
        ("x", "a", True),  # tuned on y + z: a and b tie, the first wins
        ("y", "a", True),  # tuned on x + z: both gain 0 on z (maximin), a is first
        ("z", "a", False),  # tuned on x + y: a and b have the same worst gain (0.2 on y); on z no gain
    ]


def test_rotations_against_the_default_count_paired_changes() -> None:
    def m(v: float) -> dict[str, float]:
        return {"success@1": v, "mrr@10": v}

    table = {
        "default": {"x": m(0.5), "y": m(0.5)},
        '{"w": 1}': {"x": m(0.6), "y": m(0.4)},  # helps x, hurts y
        '{"w": 2}': {"x": m(0.55), "y": m(0.45)},  # the milder of the two
    }
    recip = {
        "default": {"x": np.array([1.0, 0.5, 0.0]), "y": np.array([1.0, 1.0])},
        '{"w": 1}': {"x": np.array([1.0, 1.0, 0.5]), "y": np.array([0.5, 1.0])},
        '{"w": 2}': {"x": np.array([0.5, 1.0, 0.0]), "y": np.array([1.0, 0.5])},
    }
    out = rotations_vs_default(table, recip, ["x", "y"], {"x": m(0.3), "y": m(0.2)})
    # held out x: tuned on y, where {"w": 2} loses less (-0.1 vs -0.2); its paired changes on x: 1 up, 1 down
    assert out[0] == {
        "held_out": "x",
        "tuned_on": ["y"],
        "chosen": {"w": 2},
        "train_gains": {"y": -0.1},
        "result": m(0.55),
        "default": m(0.5),
        "reference": m(0.3),
        "paired_vs_default": {"wins": 1, "losses": 1},
    }
    # held out y: tuned on x, where {"w": 1} gains most; on y it lowers one question
    assert (out[1]["chosen"], out[1]["train_gains"], out[1]["paired_vs_default"]) == (
        {"w": 1},
        {"x": 0.2},
        {"wins": 0, "losses": 1},
    )
    assert "reference" not in rotations_vs_default(table, recip, ["x", "y"])[0]
