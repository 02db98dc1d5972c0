"""An updated document re-embeds only the passages whose embedded text changed — on a `citeqa index` re-run
and on an HTTP replace — with the real default encoder, counted by a wrapper that records what it is given."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from indexer.build import index_paths, prepare
from indexer.embed import Encoder, load_encoder
from indexer.ingest import stage
from indexer.retrieve import Retriever
from indexer.searcher import Hit
from indexer.settings import DEFAULTS
from indexer.store import read_index
from server.api import create_app
from server.config import Settings
from tests.conftest import SEEDS

DOC = "001_23f8d249a03d504e"
OLD, NEW = "水积而鱼聚,木茂而鸟集。", "水积而鱼聚,木茂而鸟集,人才汇聚。"  # one paragraph changed
# an unchanged passage of the changed document, and a question it answers
UNCHANGED = "在服务层面,我市投资16.18亿元"
QUERY = "运城市投资多少亿元建设人才公寓"


class CountingEncoder:
    """A real encoder that records every passage text it is asked to embed."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name, self.dim, self.cosine_band = inner.name, inner.dim, inner.cosine_band
        self.passages: list[str] = []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages.extend(texts)
        return self.inner.encode_passages(texts)


@pytest.fixture(scope="module")
def e5() -> Encoder:
    return load_encoder(DEFAULTS.model, threads=1)


def _changed_passages() -> tuple[str, list[str]]:
    """The new raw text, and the embedded texts of its passages the old version does not have."""
    raw = (SEEDS / f"{DOC}.txt").read_text(encoding="utf-8")
    new = raw.replace(OLD, NEW, 1)
    assert new != raw
    old_texts = set(stage(prepare(raw, DOC, DEFAULTS), DEFAULTS, DOC).texts)
    new_texts = stage(prepare(new, DOC, DEFAULTS), DEFAULTS, DOC).texts
    changed = [t for t in new_texts if t not in old_texts]
    assert len(changed) == 1 and len(new_texts) == 15  # the rest of the document is as it was
    return new, changed


def _dense(retriever: Retriever) -> list[tuple[str, float]]:
    """The dense ranking of the passages the change leaves as they were (the changed one, embedded anew,
    may move: it shares its passage with the paragraphs around it)."""
    hits: list[Hit] = retriever.search(QUERY, 11, "dense")
    return [(h.passage_id, h.dense) for h in hits if "水积而鱼聚" not in h.text][:10]


def _unchanged_row(retriever: Retriever) -> int:
    data = retriever.data
    rows = [r for r in range(data.passages) if data.passage_text(r).startswith(UNCHANGED)]
    assert len(rows) == 1
    return rows[0]


def test_reindexing_a_changed_file_embeds_only_its_changed_passages(
    seed_index: Path, tmp_path: Path, e5: Encoder
) -> None:
    index, folder = tmp_path / "index", tmp_path / "seeds"
    shutil.copytree(seed_index, index)
    shutil.copytree(SEEDS, folder)
    new, changed = _changed_passages()
    (folder / f"{DOC}.txt").write_text(new, encoding="utf-8")
    before = Retriever(index, encoder=e5)
    vector = np.array(before.data.vectors[_unchanged_row(before)])
    dense_before = _dense(before)

    counting = CountingEncoder(e5)
    report = index_paths([folder], index, lambda model: counting, DEFAULTS)

    assert report.updated == (DOC,) and len(report.unchanged) == 4
    assert counting.passages == [*changed, NEW]  # and the one sentence never seen (indexer/sentences.py)
    after = Retriever(index, encoder=e5)
    np.testing.assert_array_equal(after.data.vectors[_unchanged_row(after)], vector)
    assert after.search(QUERY, 1, "dense")[0].text.startswith(UNCHANGED)
    assert _dense(after) == dense_before


def test_replacing_a_document_over_http_embeds_only_its_changed_passages(
    seed_index: Path, tmp_path: Path, e5: Encoder
) -> None:
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    new, changed = _changed_passages()
    counting = CountingEncoder(e5)
    retriever = Retriever(index, encoder=counting)
    vector = np.array(retriever.data.vectors[_unchanged_row(retriever)])
    dense_before = _dense(retriever)

    app = create_app(Settings(index_dir=index, warm_up=False), retriever)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:  # a trusted Host
        response = client.post("/documents", json={"text": new, "doc_id": DOC})
        assert response.status_code == 201, response.text

    assert counting.passages == [*changed, NEW]  # and the one sentence never seen (indexer/sentences.py)
    reopened = Retriever(index, encoder=e5)
    np.testing.assert_array_equal(reopened.data.vectors[_unchanged_row(reopened)], vector)
    assert _dense(reopened) == dense_before
    assert len(read_index(index).documents) == 5
