"""The Milvus backend's own tests use the session's Milvus from tests/conftest.py (`milvus_uri`,
`collection_name`): one milvus-lite server for the whole run, or $MILVUS_URI.

The seed corpus on both backends, for the modules here that compare them: embedded files indexed with the
keyword encoder (fast and deterministic), and a Milvus index built through MilvusRetriever.add, the write path
a server upload takes. Module-scoped, so each module gets its own (a module may write to them);
test_milvus_answers.py defines its own `embedded` and `milvus`."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from indexer.build import index_paths, make_doc_id, prepare
from indexer.load import read_document
from indexer.milvus_collections import Collections
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_sentences import ALL
from indexer.milvus_store import MilvusConfig
from indexer.retrieve import Retriever
from indexer.sentences import SentenceVectors
from indexer.settings import DEFAULTS
from tests.conftest import SEEDS, KeywordEncoder

QUERIES = ("人才编制周转池", "运城盐湖区高校", "产业服务公寓")
SEED_IDS = (
    "000_b2aa1ed1528afdcc",
    "001_23f8d249a03d504e",
    "002_dccd3dd537eeacaf",
    "003_dd92aab7b1df29c9",
    "004_9f4021d1b6bf3f3e",
)
PROBE_TEXT = "紫微星计划试点办法\n\n本市设立紫微星专项资金，用于支持青年科研人员开展基础研究。"
PROBE_TEXT_2 = "北斗星计划实施细则\n\n本市设立北斗星人才公寓，为引进的高校毕业生提供住房保障。"


def seed_docs() -> list:
    files = sorted(SEEDS.glob("*.txt"))
    return [prepare(read_document(f), make_doc_id(f.name), DEFAULTS, path=str(f)) for f in files]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("embedded")
    encoder = KeywordEncoder()
    index_paths([SEEDS], index_dir, lambda _model: encoder, DEFAULTS)
    return Retriever(index_dir, encoder=encoder)


@pytest.fixture(scope="module")
def milvus_config(milvus_uri: str, collection_name: Callable[[str], str]) -> MilvusConfig:
    return MilvusConfig(uri=milvus_uri, collection=collection_name("seeds"))


@pytest.fixture(scope="module")
def milvus(milvus_config: MilvusConfig) -> MilvusRetriever:
    retriever = MilvusRetriever.create(milvus_config, DEFAULTS, KeywordEncoder())
    retriever.add(seed_docs())
    return retriever


def sentence_rows(cols: Collections) -> dict[int, tuple[int, np.ndarray]]:
    """Every row of the index's sentence collection: key -> (count, vector)."""
    found = cols.query_all(cols.config.sentences, ALL, ["pk", "count", "vector"])
    return {int(r["pk"]): (int(r["count"]), np.asarray(r["vector"], np.float32)) for r in found}


def assert_same_sentences(store: SentenceVectors | None, cols: Collections) -> None:
    """The Milvus index holds the embedded store's sentences: keys, counts and (float16) vectors."""
    assert store is not None
    held = sentence_rows(cols)
    assert sorted(held) == store.keys.tolist()
    assert [held[k][0] for k in store.keys.tolist()] == store.counts.tolist()
    vectors = np.stack([held[k][1] for k in store.keys.tolist()])
    assert np.array_equal(vectors, store.vectors.astype(np.float32))
    assert cols.stats().sentences == len(store)
