"""The Milvus backend's life beyond one retriever: a second process sees every write, a restarted
milvus-lite answers the same, a missing index is a clear error, `citeqa-milvus import` copies an embedded
index, indexing files adds only new or changed ones, and a failing request is BackendUnavailableError.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from eval.milvus_server import LiteServer, lite_available
from indexer import milvus_admin
from indexer.build import index_paths, prepare
from indexer.milvus_client import BackendUnavailableError
from indexer.milvus_collections import Collections
from indexer.milvus_index import index_paths_milvus
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from tests.conftest import ROOT, SEEDS, KeywordEncoder
from tests.milvus.conftest import PROBE_TEXT, QUERIES, SEED_IDS, assert_same_sentences, seed_docs

WORKER = """
import json, sys
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from tests.conftest import KeywordEncoder
r = MilvusRetriever(MilvusConfig(uri=sys.argv[1], collection=sys.argv[2]), encoder=KeywordEncoder())
for line in sys.stdin:
    query, doc_id = json.loads(line)
    out = {m: [[h.passage_id, round(h.score, 6)] for h in r.search(query, 10, m)] for m in ("bm25", "hybrid")}
    doc = r.document(doc_id)
    out["doc"] = None if doc is None else [doc[1], doc[2]]
    print(json.dumps(out, ensure_ascii=False), flush=True)
"""


def test_a_second_process_sees_every_write(milvus: MilvusRetriever, milvus_config: MilvusConfig) -> None:
    """Two citeqa processes on one Milvus: a write by one is visible to the other's next query."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, milvus_config.uri, milvus_config.collection],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None

    def other(query: str, doc_id: str) -> dict:
        proc.stdin.write(json.dumps([query, doc_id]) + "\n")  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]
        return json.loads(proc.stdout.readline())  # type: ignore[union-attr]

    def here(query: str, doc_id: str) -> dict:
        out: dict = {
            m: [[h.passage_id, round(h.score, 6)] for h in milvus.search(query, 10, m)]
            for m in ("bm25", "hybrid")
        }
        doc = milvus.document(doc_id)
        out["doc"] = None if doc is None else [doc[1], doc[2]]
        return out

    try:
        assert other("运城盐湖区高校", "003_dd92aab7b1df29c9") == here(
            "运城盐湖区高校", "003_dd92aab7b1df29c9"
        )
        milvus.add([prepare(PROBE_TEXT, "second-process", milvus.settings)])
        try:
            seen = other("紫微星专项资金", "second-process")
            assert seen["bm25"][0][0] == "second-process:0"
            assert seen == here("紫微星专项资金", "second-process")
        finally:
            milvus.delete(["second-process"])
        gone = other("紫微星专项资金", "second-process")
        assert gone["doc"] is None and all(not p.startswith("second-process") for p, _ in gone["hybrid"])
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()


@pytest.mark.skipif(
    bool(os.environ.get("MILVUS_URI")) or not lite_available(), reason="restarts its own milvus-lite"
)
def test_reopened_milvus_lite_answers_the_same(tmp_path: Path) -> None:
    """A restarted milvus-lite serves nothing until collections are loaded: a retriever opened afterwards
    loads them, and so does one that was open across the restart (a running server), on its next request."""
    server = LiteServer(tmp_path / "data")
    server.start()
    config = MilvusConfig(uri=server.uri, collection="reopen")
    try:
        first = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
        first.add(seed_docs()[:2])
        expected = [(h.passage_id, h.score) for h in first.search("人才编制周转池", 5)]
    finally:
        server.stop()
    server.start()
    try:
        again = MilvusRetriever(config, encoder=KeywordEncoder())
        assert [(h.passage_id, h.score) for h in again.search("人才编制周转池", 5)] == expected
        assert [d.doc_id for d in again.data.documents] == list(SEED_IDS[:2])
        again.cols.client.close()
        server.stop()
        server.start()
        assert [(h.passage_id, h.score) for h in first.search("人才编制周转池", 5)] == expected
        first.cols.client.close()
    finally:
        server.stop()


def test_missing_index_is_a_clear_error(milvus_uri: str) -> None:
    with pytest.raises(ValueError, match="no citeqa index in Milvus"):
        MilvusRetriever(MilvusConfig(uri=milvus_uri, collection="never_created"), encoder=KeywordEncoder())
    with pytest.raises(ValueError, match="collection name"):
        MilvusConfig(uri=milvus_uri, collection="bad-name")
    with pytest.raises(ValueError, match="consistency"):
        MilvusConfig(uri=milvus_uri, consistency="Sometimes")
    assert not Collections(MilvusConfig(uri=milvus_uri, collection="never_created")).exists()


def test_admin_import_copies_an_embedded_index(
    embedded: Retriever,
    milvus_uri: str,
    collection_name: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = collection_name("admin")
    args = ["--uri", milvus_uri, "--collection", name]
    assert milvus_admin.main(["import", "--index", str(embedded.index_dir), *args]) == 0
    assert capsys.readouterr().out.strip() == f"imported 5 documents, 54 passages into {name!r}"
    copy = MilvusRetriever(MilvusConfig(uri=milvus_uri, collection=name), encoder=KeywordEncoder())
    assert_same_sentences(embedded.snapshot.data.sentences, copy.cols)  # copied, nothing embedded
    for query in QUERIES:
        assert [h.passage_id for h in copy.search(query, 10)] == [
            h.passage_id for h in embedded.search(query, 10)
        ]
    assert milvus_admin.main(["import", "--index", str(embedded.index_dir), *args]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert milvus_admin.main(["drop", *args]) == 0
    assert milvus_admin.main(["rebuild-stats", *args]) == 2
    assert "no citeqa index" in capsys.readouterr().err


def test_index_files_adds_only_new_or_changed(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("files"))
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    encoders: list[KeywordEncoder] = []

    def encoder(_model: str) -> KeywordEncoder:
        encoders.append(KeywordEncoder())
        return encoders[-1]

    first = index_paths_milvus(config, [folder], encoder, DEFAULTS)
    assert (len(first.added), first.updated, first.unchanged) == (5, (), ())
    assert (first.documents, first.passages) == (5, 54)
    (folder / "000_b2aa1ed1528afdcc.txt").write_text(PROBE_TEXT, encoding="utf-8")
    second = index_paths_milvus(config, [folder], encoder, DEFAULTS)
    assert (second.added, second.updated, len(second.unchanged)) == ((), ("000_b2aa1ed1528afdcc",), 4)
    assert (second.documents, second.passages) == (5, 48)
    assert encoders[-1].texts["passages"] == 1 + 1  # the new passage and its one sentence, nothing else
    copy = MilvusRetriever(config, encoder=KeywordEncoder())
    assert copy.search("紫微星专项资金", 1, "bm25")[0].doc_id == "000_b2aa1ed1528afdcc"
    # the reference is an embedded index of the same (changed) folder: same statistics, same ranking
    reference_dir = tmp_path / "reference"
    index_paths([folder], reference_dir, lambda _model: KeywordEncoder(), DEFAULTS)
    reference = Retriever(reference_dir, encoder=KeywordEncoder())
    assert [h.passage_id for h in copy.search("运城盐湖区高校", 5)] == [
        h.passage_id for h in reference.search("运城盐湖区高校", 5)
    ]
    assert_same_sentences(reference.snapshot.data.sentences, copy.cols)  # the replaced one's are gone


def test_a_failing_milvus_request_is_backend_unavailable(milvus_uri: str) -> None:
    """pymilvus errors surface as BackendUnavailableError (a ConnectionError the HTTP layer answers 503)."""
    cols = Collections(MilvusConfig(uri=milvus_uri, collection="never_created"))
    with pytest.raises(BackendUnavailableError, match="Milvus failed a query request"):
        cols.client.query("never_created_passages", filter="pk >= 0", output_fields=["pk"])
