"""Two `citeqa index --backend milvus` runs over overlapping folders, both having read the index before
either writes (the test holds the writer lease until both wait for it; the embedded twin is in
tests/test_race.py): each shared document is added by one
run, and the other counts it unchanged — or, for the same content under another name, a duplicate."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from indexer.milvus_collections import Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_store import STATS_ROW
from tests.conftest import milvus_copy, store_flags
from tests.test_race import (
    assert_shared_documents_added_once,
    finished_counts,
    overlapping_folders,
    start_index_runs,
)


def _waiting(cols: Collections) -> int:
    rows = cols.client.query(
        cols.config.stats, filter=f"pk < {STATS_ROW}", output_fields=["info"], consistency_level="Strong"
    )
    return sum(json.loads(r["info"])["state"] == "waiting" for r in rows)


def test_overlapping_milvus_runs_add_shared_documents_once(
    seed_index: Path, milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    config = milvus_copy(seed_index, milvus_uri, collection_name("overlap"))
    cols = Collections(config)
    seeds = {r["doc_id"] for r in cols.document_rows(None, ["doc_id"])}
    folders = overlapping_folders(tmp_path)
    with writer_lease(cols):
        runs = start_index_runs(folders, store_flags(config))
        deadline = time.monotonic() + 600  # both have read the index and embedded: they wait to write
        while _waiting(cols) < 2:
            assert time.monotonic() < deadline and all(run.poll() is None for run in runs)
            time.sleep(0.1)
    counts = finished_counts(runs)
    held = {r["doc_id"] for r in cols.document_rows(None, ["doc_id"])} - seeds
    assert_shared_documents_added_once(held, counts)
