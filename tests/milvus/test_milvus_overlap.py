"""Two `citeqa index --backend milvus` runs over overlapping folders, both having read the index before
either writes (the test holds the writer lease until both wait for it; the embedded twin is in
tests/test_race.py): each shared document is added by one
run, and the other counts it unchanged — or, for the same content under another name, a duplicate."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from indexer.milvus_collections import Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_store import STATS_ROW
from tests.conftest import CITEQA, milvus_copy, store_flags
from tests.test_race import overlapping_folders, summary_counts


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
        runs = [
            subprocess.Popen(
                [CITEQA, "index", str(folder), *store_flags(config)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for folder in folders
        ]
        deadline = time.monotonic() + 600  # both have read the index and embedded: they wait to write
        while _waiting(cols) < 2:
            assert time.monotonic() < deadline and all(run.poll() is None for run in runs)
            time.sleep(0.1)
    counts = []
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        counts.append(summary_counts(err))
    held = {r["doc_id"] for r in cols.document_rows(None, ["doc_id"])} - seeds
    assert held in (
        {"shared_0", "shared_1", "x_only", "y_only"},
        {"shared_0", "shared_1", "y_copy", "y_only"},
    )
    assert sum(c["added"] for c in counts) == len(held) == 4
    assert sum(c["unchanged"] for c in counts) == 2
    assert sum(c["duplicates"] for c in counts) == 1
    assert [c["updated"] for c in counts] == [0, 0]
