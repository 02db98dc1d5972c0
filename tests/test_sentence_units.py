"""The sentences answer composition reads, stored at build time (indexer/sentences.py `unit_texts`,
DenseConfig.sentence_units): an /ask of a real index encodes its question and nothing else; an index built
before holds and counts only the ranking stage's sentences, is served as built (composition encoding what it
lacks), stays consistent when updated, is not rebuilt by --if-stale, and a rebuild adds what it lacked,
embedding nothing else again."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import indexer.embed
from eval.seedqa import QUESTIONS
from indexer.build import index_paths
from indexer.disk import digest_bytes
from indexer.embed import Encoder, load_encoder
from indexer.manifest import canonical
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.sentences import (
    keys_of,
    sentence_key,
    sentence_texts,
    stored_texts,
    unit_keys_of,
    unit_texts,
)
from indexer.settings import DEFAULTS, holds_units
from indexer.store import read_index
from server.answer import VECTORS
from server.answer.units import UnitConfig
from server.cli import main
from server.config import Settings
from server.generate import answer_question
from tests.conftest import SEEDS, KeywordEncoder


class Counting:
    """An encoder as it is (the real one, or the tests' keyword one), keeping every text it is given."""

    def __init__(self, inner: Encoder) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.cosine_band = getattr(inner, "cosine_band", (0.0, 1.0))
        self.queries: list[list[str]] = []
        self.passages: list[list[str]] = []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.queries.append(list(texts))
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages.append(list(texts))
        return self.inner.encode_passages(texts)


def _ask(index: Path, encoder: Encoder, questions: Sequence[str]) -> Counting:
    counting = Counting(encoder)
    retriever = Retriever(index, encoder=counting)
    settings = Settings(index_dir=index, llm_base_url=None)
    VECTORS.clear()  # nothing encoded by an earlier test serves
    for question in questions:
        answer_question(retriever, question, 5, settings)
    return counting


def test_asking_the_seed_questions_encodes_only_the_questions(seed_index: Path) -> None:
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    assert len(questions) == 69
    asked = _ask(seed_index, load_encoder(), questions)
    assert asked.queries == [[normalize(q)] for q in questions]  # (encoded in the matching form)
    # before: 7 calls, 19 candidate sentences (a short one alone, or one stored joined to it) encoded
    assert asked.passages == []
    data = read_index(seed_index)
    assert holds_units(data.settings)
    store = data.sentences
    assert store is not None
    bodies = [data.passage_text(row) for row in range(data.passages)]
    ranked = {k for b in bodies for k in keys_of(b)}
    units = {k for b in bodies for k in unit_keys_of(b)}
    # 222 sentences ranked, 23 more read alone by composition
    assert (len(ranked), len(units), len(store)) == (222, 23, 245)
    assert set(store.keys.tolist()) == ranked | units


def test_composition_reads_alone_what_ranking_joins() -> None:
    assert UnitConfig().min_unit == 6  # (unit_texts' MIN_UNIT: shorter is never a candidate)
    body = "一、总则\n是的。運城市拿出150個事業編制；好。\n服务热线：\n0359-2688123\n二、附则"
    assert sentence_texts(body) == [
        "一、总则是的。运城市拿出150个事业编制;",
        "好。服务热线:0359-2688123二、附则",
    ]
    # the ranking's joins broken up as composition reads them: each sentence alone (its clause mark
    # dropped, as quotes drop it), a field's name with its value; never a heading, a sentence under six
    # characters or one without Chinese
    assert unit_texts(body) == ["运城市拿出150个事业编制", "服务热线:\n0359-2688123"]
    assert stored_texts(body, units=False) == sentence_texts(body)
    assert stored_texts(body, units=True) == sentence_texts(body) + unit_texts(body)
    # a sentence the ranking holds alone is not held twice
    assert unit_texts("全市共引进高素质人才1800余人。") == []


QUESTION = "2022年运城全市一共引进了多少高素质人才?"


def _as_built_before(index: Path) -> None:
    """Rewrite ``index``'s manifest as a citeqa before DenseConfig.sentence_units wrote it."""
    path = index / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["dense"].pop("sentence_units")
    manifest["checksum"] = digest_bytes(canonical(manifest))
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")


def _check(index: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["check", "--index", str(index)]) == 0
    return capsys.readouterr().out


def test_an_index_built_before_is_served_updated_and_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds[:2]:
        shutil.copy(seed, docs / seed.name)
    index = tmp_path / "index"
    before = DEFAULTS.with_model("keywords")
    before = replace(before, dense=replace(before.dense, sentence_units=False))
    index_paths([docs], index, lambda model: KeywordEncoder(), before, workers=0)
    _as_built_before(index)

    def held(index: Path) -> tuple[set[int], set[int], set[int]]:
        data = read_index(index)
        assert data.sentences is not None
        bodies = [data.passage_text(row) for row in range(data.passages)]
        ranked = {k for b in bodies for k in keys_of(b)}
        return set(data.sentences.keys.tolist()), ranked, {k for b in bodies for k in unit_keys_of(b)}

    store, ranked, units = held(index)
    assert not holds_units(read_index(index).settings)
    assert store == ranked and units and not units & ranked
    # served as built: composition encodes the sentences it reads that the store lacks
    asked = _ask(index, KeywordEncoder(), [QUESTION])
    assert asked.queries == [[normalize(QUESTION)]] and asked.passages
    assert {sentence_key(t) for call in asked.passages for t in call} <= units
    assert "OK" in _check(index, capsys)

    # updated (a document added, one deleted): it still counts the ranking's sentences alone
    monkeypatch.setattr(indexer.embed, "load_encoder", lambda *args, **kwargs: KeywordEncoder())
    shutil.copy(seeds[2], docs / seeds[2].name)
    assert main(["index", str(docs), "--index", str(index), "--if-stale"]) == 0
    assert "rebuilding" not in capsys.readouterr().err  # only other settings or chunking make it stale
    assert Retriever(index, encoder=KeywordEncoder()).delete([seeds[1].stem]) == 1
    (docs / seeds[1].name).unlink()
    store, ranked, units = held(index)
    assert store == ranked and not holds_units(read_index(index).settings)
    assert "OK" in _check(index, capsys)
    old = read_index(index).sentences
    assert old is not None

    # rebuilt: composition's sentences are added, and only they are embedded
    recording = Counting(KeywordEncoder())
    monkeypatch.setattr(indexer.embed, "load_encoder", lambda *args, **kwargs: recording)
    assert main(["index", str(docs), "--index", str(index), "--rebuild"]) == 0
    store, ranked, units = held(index)
    assert store == ranked | units and holds_units(read_index(index).settings)
    embedded = {t for call in recording.passages for t in call}
    assert {sentence_key(t) for t in embedded} == units
    new = read_index(index).sentences
    assert new is not None
    np.testing.assert_array_equal(new.vectors[new.find(old.keys)], old.vectors)  # copied, not embedded
    assert "OK" in _check(index, capsys)
    asked = _ask(index, KeywordEncoder(), [QUESTION])
    assert asked.queries == [[normalize(QUESTION)]] and asked.passages == []
