"""Collections under an index's names that citeqa did not make — another application's, in a shared Milvus —
are refused in one line and never loaded, indexed or written to (a probe: `citeqa serve` logged a traceback
and exited 3, the CLI printed pymilvus' parse error, and citeqa created indexes on those collections and
inserted into one whose schema happened to accept it)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from indexer.backend import StoreConfig, check_store
from indexer.milvus_collections import Collections
from indexer.milvus_index import index_paths_milvus
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.settings import DEFAULTS
from indexer.validate import IndexFormatError
from tests.conftest import CITEQA, KeywordEncoder


def _foreign(client: object, name: str) -> None:
    """Another application's collection: an INT64 id and a 16-d vector, one row."""
    from pymilvus import DataType, MilvusClient

    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("vec", DataType.FLOAT_VECTOR, dim=16)
    params = client.prepare_index_params()  # type: ignore[attr-defined]
    params.add_index("vec", index_type="FLAT", metric_type="IP")
    client.create_collection(name, schema=schema, index_params=params)  # type: ignore[attr-defined]
    client.insert(name, [{"id": 1, "vec": [0.25] * 16}])  # type: ignore[attr-defined]


def test_collections_citeqa_did_not_make_are_refused(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("alien"))
    cols = Collections(config)
    for name in (config.passages, config.documents, config.stats):
        _foreign(cols.client.inner, name)
    says = f"Milvus collection {config.stats!r} exists but is not part of a citeqa index"
    with pytest.raises(IndexFormatError, match=says):
        MilvusRetriever(config, encoder=KeywordEncoder())
    with pytest.raises(IndexFormatError, match=says):
        check_store(StoreConfig(backend="milvus", milvus=config))
    assert cols.client.list_indexes(config.passages) == ["vec"]  # no index of citeqa's made on it
    # only a passages collection of another application's: index refuses to write into it
    other = MilvusConfig(uri=milvus_uri, collection=collection_name("alien2"))
    _foreign(cols.client.inner, other.passages)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("天枢星人才驿站管理办法：为来访人才提供短期免费住宿。", encoding="utf-8")
    with pytest.raises(IndexFormatError, match=f"collection {other.passages!r} exists but is not part"):
        index_paths_milvus(other, [folder], lambda _m: KeywordEncoder(), DEFAULTS)
    assert cols.client.query(other.passages, filter="id >= 0", output_fields=["id"]) == [{"id": 1}]
    assert not cols.client.has_collection(other.stats)
    # the command line: one line, exit 2
    flags = ["--backend", "milvus", "--milvus-uri", config.uri, "--milvus-collection", config.collection]
    out = subprocess.run([CITEQA, "search", "人才", *flags], capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        f"citeqa search: {says}; choose another collection name "
        "(--milvus-collection / CITEQA_MILVUS_COLLECTION)"
    ]
