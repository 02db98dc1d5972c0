"""A rebuild with another model keeps the documents uploaded to the index, embedded again with the new model
— and embeds them before it takes the write lock, so uploads and deletes to a running server are refused only
while the rebuilt index is swapped in (a fault probe: they had been 503 for the minutes the embedding took).
Real index files, real lock; the encoder records whether the lock was free each time it embedded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from indexer.build import index_paths
from indexer.ingest import ingest_text
from indexer.lock import holds_lock
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder


class Watching(KeywordEncoder):
    """The keyword encoder under another model's name, noting for each passage it embeds whether the index's
    write lock could be taken at that moment."""

    name = "keywords-2"

    def __init__(self, index_dir: Path) -> None:
        super().__init__()
        self.index_dir = index_dir
        self.lock_free: dict[str, bool] = {}

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        free = not holds_lock(self.index_dir)  # (this process's writer holds it re-entrantly)
        for text in texts:
            self.lock_free[text] = free
        return super().encode_passages(texts)


def test_a_rebuild_with_another_model_embeds_the_kept_uploads_outside_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "yuncheng.txt").write_text("运城市设立人才编制周转池，拿出150个事业编制。", encoding="utf-8")
    index = tmp_path / "index"
    index_paths([folder], index, lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    upload = "网页上传的说明：綦江区人才公寓每月租金补贴800元。"
    Retriever(index, encoder=KeywordEncoder()).add([ingest_text(upload, "myupload", DEFAULTS)])

    watching = Watching(index)
    index_paths([folder], index, lambda _: watching, DEFAULTS, workers=0, rebuild=True, model="keywords-2")

    after = Retriever(index, encoder=watching)
    assert after.settings.model == "keywords-2"
    assert sorted(d.doc_id for d in after.data.documents) == ["myupload", "yuncheng"]
    kept = [text for text in watching.lock_free if "綦江区人才公寓" in text]
    assert kept, watching.lock_free  # the upload was embedded again, with the new model
    assert all(watching.lock_free[text] for text in kept)  # … while the lock was free
    found = after.document("myupload")
    assert found is not None and found[1] == upload
