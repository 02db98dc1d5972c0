"""What an indexing run does with other writers' commits: it holds no lock while it prepares and embeds (a
writer in another thread, with a short lock timeout, gets through), merges each batch into the latest commit
— keeping documents written meanwhile, the later merge winning a document both changed — and a rebuild
swaps in its fresh index keeping what others wrote during it. The other writer is injected by the run's
encoder, before its n-th embedding call — exactly while the run embeds a given batch, not timed."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from indexer.build import index_paths, index_records, prepare
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS, CommitPolicy
from indexer.store import read_index
from tests.conftest import KeywordEncoder
from tests.test_store import RECORDS

SETTINGS = DEFAULTS.with_model("keywords")
RUN_A1 = "运城市人才工作\n运城市拿出200个事业编制作为人才引进事业编制周转池。"
Writes = dict[int, list[tuple[str, str]]]


def _other_writer(index: Path, doc_id: str, text: str) -> None:
    """Another writer's upload, from another thread: it fails if the run holds the lock (5 s timeout)."""
    errors: list[BaseException] = []

    def write() -> None:
        try:
            retriever = Retriever(index, encoder=KeywordEncoder(), lock_timeout=5)
            retriever.add([prepare(text, doc_id, retriever.settings)])
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


class WritingEncoder(KeywordEncoder):
    """The keyword encoder; before its n-th passage batch, another writer commits ``writes[n]``."""

    def __init__(self, index: Path | None = None, writes: Writes | None = None) -> None:
        super().__init__()
        self.index, self.writes = index, writes or {}

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        for doc_id, text in self.writes.get(self.calls["passages"] + 1, []):
            assert self.index is not None
            _other_writer(self.index, doc_id, text)
        return super().encode_passages(texts)


class RenamedEncoder(WritingEncoder):
    name = "keywords-v2"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    index, folder = tmp_path / "idx", tmp_path / "docs"
    index_records(RECORDS, index, KeywordEncoder(), SETTINGS)
    folder.mkdir()
    (folder / "a1.txt").write_text(RUN_A1, encoding="utf-8")
    (folder / "d4.txt").write_text("天桥区人才公寓\n天桥区建成2112套人才公寓。", encoding="utf-8")
    (folder / "f6.txt").write_text("綦江区人才服务\n綦江区开通人才服务专线。", encoding="utf-8")
    return index, folder


def test_an_update_keeps_documents_written_meanwhile_and_the_later_merge_wins(
    setup: tuple[Path, Path],
) -> None:
    index, folder = setup
    encoder = WritingEncoder(
        index,
        {
            # while the run embeds a1 (one document per batch, batches never grow): its own a1 is merged later
            1: [
                ("e5", "盐湖区人才公寓\n盐湖区与高校共建人才公寓。"),
                ("a1", "运城市人才工作\n另一个写入者的版本。"),
            ],
            # while it embeds d4, after committing a1 (call 2 embedded a1's sentences): the other writer's a1
            # is the later merge
            3: [("a1", "运城市人才工作\n最后写入的版本。")],
        },
    )
    report = index_paths([folder], index, lambda _: encoder, SETTINGS, policy=CommitPolicy(1, spacing=0))
    assert report.added == ("d4", "f6") and report.updated == ("a1",)
    assert encoder.calls["passages"] == 6  # each document's passage, then its sentences
    data = read_index(index)
    assert sorted(d.doc_id for d in data.documents) == ["a1", "b2", "c3", "d4", "e5", "f6"]
    assert data.texts[data.doc_index["a1"]] == "运城市人才工作\n最后写入的版本。"
    retriever = Retriever(index, encoder=KeywordEncoder())
    assert retriever.search("盐湖 高校 公寓", 1, "dense")[0].doc_id == "e5"
    assert retriever.search("2112套人才公寓", 1, "bm25")[0].doc_id == "d4"


@pytest.mark.parametrize("kind", [WritingEncoder, RenamedEncoder])
def test_a_rebuild_swaps_in_keeping_what_others_wrote_during_it(
    setup: tuple[Path, Path], kind: type[WritingEncoder]
) -> None:
    index, folder = setup
    writes: Writes = {
        1: [
            ("e5", "盐湖区人才公寓\n盐湖区与高校共建人才公寓。"),  # new: kept
            ("b2", "盐湖区省校合作\n盐湖区与60所高校签约。"),  # changed meanwhile: kept
            ("a1", "运城市人才工作\n另一个写入者的版本。"),  # the rebuild merges later
        ]
    }
    encoder = kind(index, writes)
    report = index_paths([folder], index, lambda _: encoder, SETTINGS, model=kind.name, rebuild=True)
    assert report.added == ("a1", "d4", "f6")
    data = read_index(index)
    # c3 was in the index the rebuild replaced, a record of a collection, no file of the folder rebuilt from:
    # kept (a rebuild drops only its paths' files that are gone), as an upload is
    assert sorted(d.doc_id for d in data.documents) == ["a1", "b2", "c3", "d4", "e5", "f6"]
    assert data.settings["model"]["name"] == kind.name
    assert data.texts[data.doc_index["a1"]] == RUN_A1
    assert data.texts[data.doc_index["b2"]] == "盐湖区省校合作\n盐湖区与60所高校签约。"
    retriever = Retriever(index, encoder=kind())
    assert retriever.search("盐湖 高校 公寓", 1, "dense")[0].doc_id == "e5"
    assert retriever.search("60所高校", 1, "bm25")[0].doc_id == "b2"


def test_commit_policy_batches_grow_only_when_commits_cost_more_than_a_tenth_of_the_work() -> None:
    policy = CommitPolicy(documents=100, seconds=30)
    assert not policy.due(99, 29.9)
    assert policy.due(100, 0.0) and policy.due(1, 30.0)
    assert policy.due(200, 0.0, scale=2) and not policy.due(199, 59.0, scale=2)
    assert policy.next_scale(1, work=20.0, commit=1.0) == 1
    assert policy.next_scale(1, work=20.0, commit=3.0) == 2
    assert policy.next_scale(2, work=20.0, commit=3.0) == 4
    with pytest.raises(ValueError, match="commit every 0 documents: pass 1 or more"):
        CommitPolicy(documents=0)
