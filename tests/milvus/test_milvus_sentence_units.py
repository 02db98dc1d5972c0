"""The sentences answer composition reads alone (indexer/sentences.py `unit_texts`) are stored on Milvus as in
the embedded store: an /ask of the Milvus index encodes its question and nothing else."""

from __future__ import annotations

import json
from typing import cast

from eval.seedqa import QUESTIONS
from indexer.milvus_retrieve import MilvusRetriever
from indexer.retrieve import Retriever
from indexer.sentences import keys_of, unit_keys_of
from indexer.settings import holds_units
from server.answer import VECTORS
from server.config import Settings
from server.generate import answer_question
from tests.conftest import KeywordEncoder
from tests.milvus.conftest import assert_same_sentences, sentence_rows


def test_composition_reads_only_stored_sentences_on_milvus(
    embedded: Retriever, milvus: MilvusRetriever
) -> None:
    assert holds_units(milvus.stats().settings)
    bodies = [embedded.data.passage_text(row) for row in range(embedded.data.passages)]
    units = {k for b in bodies for k in unit_keys_of(b)}
    assert units and set(sentence_rows(milvus.cols)) == {k for b in bodies for k in keys_of(b)} | units
    assert_same_sentences(embedded.data.sentences, milvus.cols)
    encoder = milvus.encoder
    assert isinstance(encoder, KeywordEncoder)
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    VECTORS.clear()
    before = dict(encoder.calls)
    for question in questions[:20]:
        answer_question(cast(Retriever, milvus), question, 5, Settings(llm_base_url=None))
    assert encoder.calls == {"queries": before["queries"] + 20, "passages": before["passages"]}
