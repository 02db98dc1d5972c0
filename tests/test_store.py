"""The on-disk index: manifest, atomic generations, version and count checks, incremental updates."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from indexer.build import index_records, prepare
from indexer.contents import library_versions
from indexer.disk import Disk, digest_bytes
from indexer.manifest import canonical
from indexer.retrieve import Retriever
from indexer.searcher import Filters
from indexer.settings import DEFAULTS
from indexer.store import FORMAT_VERSION, IndexDamagedError, IndexFormatError, read_index
from tests.conftest import CITEQA, SEEDS, KeywordEncoder

RECORDS = [
    (
        "a1",
        "运城市人才工作",
        "运城市拿出150个事业编制作为人才引进事业编制周转池。全市共引进高素质人才1800余人。",
    ),
    (
        "b2",
        "盐湖区省校合作",
        "盐湖区与53所高校签约或达成合作意向,签订合作协议96个,落地项目96个,引入资金12.8亿元。",
    ),
    ("c3", "綦江区人才服务", "推行綦江人才服务卡制度,在市民服务中心开辟34个服务窗口一厅办结就业创业事。"),
]


@pytest.fixture
def small_index(tmp_path: Path) -> Path:
    index_dir = tmp_path / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return index_dir


def test_manifest_records_settings_counts_and_versions(small_index: Path) -> None:
    manifest = json.loads((small_index / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["model"] == {"name": "keywords", "dim": KeywordEncoder.dim}
    assert manifest["counts"]["documents"] == 3
    assert manifest["counts"]["passages"] == 3
    assert manifest["dense"]["kind"] == "flat"
    assert manifest["tokenizer"] == DEFAULTS.tokenizer.to_dict()
    assert manifest["fusion"] == DEFAULTS.fusion.to_dict()
    assert {"numpy", "faiss-cpu", "jieba", "rank-bm25"} <= set(manifest["versions"])
    assert (small_index / manifest["generation"] / "vectors.npy").exists()
    # no pickle: every array loads with allow_pickle=False
    for npy in (small_index / manifest["generation"]).glob("*.npy"):
        np.load(npy, allow_pickle=False)


def test_wrong_format_version_is_refused_with_a_fix(small_index: Path) -> None:
    path = small_index / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["format_version"] = 99
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexFormatError, match=r"format version 99.*citeqa index YOUR_DOCUMENTS --rebuild"):
        read_index(small_index)


def test_edited_manifest_is_refused_as_damaged(small_index: Path) -> None:
    path = small_index / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["bm25"]["k1"] = 2.0  # a silent change of scores, were it accepted
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexDamagedError, match=r"damaged: manifest.json: checksum mismatch; rebuild it"):
        read_index(small_index)


def test_mismatched_counts_are_refused(small_index: Path) -> None:
    path = small_index / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["counts"]["passages"] = 4
    manifest["checksum"] = digest_bytes(canonical(manifest))  # a consistent manifest that lies about counts
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexDamagedError, match=r"g000001/keys.npy: shape \(3,\), expected \(4,\)"):
        read_index(small_index)


@pytest.mark.parametrize("checksummed", [True, False])
def test_a_setting_of_another_version_is_named_not_called_damage(
    small_index: Path, checksummed: bool
) -> None:
    """A fault probe: a manifest holding a fusion key this citeqa lacks was reported as damaged, with
    FusionConfig's TypeError for a reason. Named before the checksum is checked: a hand edit says the same."""
    path = small_index / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["fusion"]["future_knob"] = 1
    manifest["tokenizer"]["radicals"] = True
    if checksummed:
        manifest["checksum"] = digest_bytes(canonical(manifest))  # as that version's writer leaves it
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexFormatError) as refused:
        read_index(small_index)
    assert not isinstance(refused.value, IndexDamagedError)
    assert str(refused.value) == (
        f"index at {small_index} was written by another version of citeqa: manifest.json holds the settings "
        "tokenizer.radicals, fusion.future_knob, which this citeqa does not know; "
        f"rebuild it with: citeqa index YOUR_DOCUMENTS --rebuild --index {small_index}"
    )
    # the version that wrote it, when the manifest records another one
    manifest["versions"]["citeqa"] = "9.9.0"
    del manifest["tokenizer"]["radicals"]
    manifest["checksum"] = digest_bytes(canonical(manifest))
    path.write_text(json.dumps(manifest), encoding="utf-8")
    ours = library_versions()["citeqa"]
    with pytest.raises(IndexFormatError) as refused:
        read_index(small_index)
    assert str(refused.value) == (
        f"index at {small_index} was written by citeqa 9.9.0 (this is citeqa {ours}): manifest.json holds "
        "the setting fusion.future_knob, which this citeqa does not know; "
        f"rebuild it with: citeqa index YOUR_DOCUMENTS --rebuild --index {small_index}"
    )


def test_missing_index_says_which_command_builds_it(tmp_path: Path) -> None:
    with pytest.raises(IndexFormatError) as refused:
        read_index(tmp_path / "nothing")
    assert str(refused.value) == (
        f"no index at {tmp_path / 'nothing'} (no manifest.json); build one with: citeqa index YOUR_DOCUMENTS "
        f"--index {tmp_path / 'nothing'}"
    )


def test_deleted_document_never_returns_from_either_leg(small_index: Path) -> None:
    retriever = Retriever(small_index, encoder=KeywordEncoder())
    for mode in ("bm25", "dense", "hybrid"):
        assert "a1" in [h.doc_id for h in retriever.search("运城市 事业编制 周转池", 3, mode)]
    assert retriever.delete(["a1"]) == 1
    for reopened in (retriever, Retriever(small_index, encoder=KeywordEncoder())):
        for mode in ("bm25", "dense", "hybrid"):
            hits = reopened.search("运城市 事业编制 周转池", 3, mode)
            assert "a1" not in [h.doc_id for h in hits], mode
        assert reopened.document("a1") is None
        assert reopened.data.passages == 2
    assert retriever.delete(["a1"]) == 0


def test_added_document_is_visible_to_both_legs_and_survives_reload(small_index: Path) -> None:
    retriever = Retriever(small_index, encoder=KeywordEncoder())
    settings = retriever.settings
    doc = prepare("天桥区人才公寓\n天桥区建成2112套人才公寓,打造人才社区,提升人才获得感。", "d4", settings)
    retriever.add([doc])
    for reopened in (retriever, Retriever(small_index, encoder=KeywordEncoder())):
        assert reopened.search("2112套人才公寓", 1, "bm25")[0].doc_id == "d4"
        assert reopened.search("天桥 公寓", 1, "dense")[0].doc_id == "d4"
        assert reopened.data.passages == 4
    # replacing a document keeps one copy
    retriever.add([prepare("天桥区人才公寓\n天桥区新建人才公寓500套,服务青年人才。", "d4", settings)])
    assert [d.doc_id for d in retriever.data.documents].count("d4") == 1
    assert retriever.search("2112套人才公寓", 3, "bm25") == [] or all(
        "2112" not in h.text for h in retriever.search("2112套人才公寓", 3, "bm25")
    )


def test_every_passage_is_an_exact_slice_of_the_clean_text(seed_index: Path) -> None:
    data = read_index(seed_index)
    assert len(data.documents) == 5
    for row in range(data.passages):
        text = data.texts[int(data.doc_rows[row])]
        passage = data.passage_text(row)
        assert passage == text[int(data.starts[row]) : int(data.ends[row])]
        assert passage and passage == passage.strip()


def test_leftovers_of_a_killed_writer_never_block_the_next_write(
    small_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The state issue 10 found after a kill between the rename and the manifest: an orphan generation with
    the next name, plus temporary copies. The next write takes a free name and removes them, logging it."""
    (small_index / "g000002").mkdir()
    (small_index / "g000002" / "keys.npy").write_bytes(b"orphan")
    (small_index / ".tmp-g000003-deadbeef").mkdir()
    (small_index / ".tmp-manifest-deadbeef.json").write_text("{", encoding="utf-8")
    retriever = Retriever(small_index, encoder=KeywordEncoder())  # on open: removed (the lock was free)
    assert sorted(p.name for p in small_index.iterdir()) == ["g000001", "manifest.json", "write.lock"]
    assert "removed .tmp-g000003-deadbeef, .tmp-manifest-deadbeef.json, g000002" in caplog.text
    # a leftover that cannot be removed (say, permissions) is skipped over, never reused
    (small_index / "g000005").mkdir()
    stuck = Retriever(small_index, encoder=KeywordEncoder(), disk=UndeletableDisk())
    stuck.add([prepare("天桥区人才公寓\n天桥区建成2112套人才公寓。", "d4", stuck.settings)])
    assert stuck.data.generation == 6
    assert "could not remove" in caplog.text
    retriever.delete(["b2"])  # the default disk removes everything no longer referenced
    assert retriever.data.generation == 7
    assert sorted(p.name for p in small_index.iterdir()) == ["g000007", "manifest.json", "write.lock"]
    assert [d.doc_id for d in read_index(small_index).documents] == ["a1", "c3", "d4"]


class UndeletableDisk(Disk):
    def remove(self, path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))


def test_unchanged_files_are_not_reindexed(seed_index_copy: Path) -> None:
    out = subprocess.run(
        [CITEQA, "index", str(SEEDS), "--index", str(seed_index_copy)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "added 0, updated 0, unchanged 5" in out.stderr


def test_ivf_index_past_the_threshold_supports_add_and_delete(tmp_path: Path) -> None:
    from dataclasses import replace

    from indexer.dense import DenseConfig

    settings = replace(DEFAULTS.with_model("keywords"), dense=DenseConfig(ivf_threshold=2, nprobe=4))
    index_dir = tmp_path / "ivf"
    index_records(RECORDS, index_dir, KeywordEncoder(), settings)
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["dense"]["kind"] == "ivf"
    retriever = Retriever(index_dir, encoder=KeywordEncoder())
    assert retriever.snapshot.dense.kind == "ivf"
    assert retriever.search("盐湖 高校", 1, "dense")[0].doc_id == "b2"
    assert retriever.search("盐湖 高校", 1, "dense", Filters(doc_id="c3"))[0].doc_id == "c3"
    retriever.delete(["b2"])
    reopened = Retriever(index_dir, encoder=KeywordEncoder())
    assert reopened.data.ivf is not None and reopened.data.ivf.ntotal == 2
    assert "b2" not in [h.doc_id for h in reopened.search("盐湖 高校", 3, "dense")]
    text = "盐湖区人才公寓\n盐湖区与高校共建人才公寓,服务高校毕业生。"
    reopened.add([prepare(text, "e5", reopened.settings)])
    again = Retriever(index_dir, encoder=KeywordEncoder())
    assert again.search("盐湖 高校 公寓", 1, "dense")[0].doc_id == "e5"


def test_regions_of_the_collection_follow_each_write(small_index: Path) -> None:
    # read once per snapshot by question analysis (a county by its short name), renewed by every commit
    retriever = Retriever(small_index, encoder=KeywordEncoder())
    before = retriever.data.regions
    assert before == ("山西省运城市", "山西省运城市盐湖区", "重庆市綦江区")
    retriever.add([prepare("天桥区人才公寓\n天桥区建成2112套人才公寓。", "d4", retriever.settings)])
    assert retriever.data.regions == (*before, "山东省济南市天桥区")
    retriever.delete(["c3"])
    assert retriever.data.regions == ("山西省运城市", "山西省运城市盐湖区", "山东省济南市天桥区")


def test_a_dense_search_runs_faiss_at_one_thread_in_its_own_thread_only() -> None:
    import threading

    import faiss

    from indexer.dense import DenseConfig, DenseIndex, one_omp_thread

    faiss.omp_set_num_threads(2)
    seen: dict[str, int] = {}
    inside, done = threading.Event(), threading.Event()

    def other_thread() -> None:
        inside.wait(5)
        seen["other"] = faiss.omp_get_max_threads()
        done.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    with one_omp_thread():
        seen["inside"] = faiss.omp_get_max_threads()
        inside.set()
        done.wait(5)
    worker.join()
    assert seen == {"inside": 1, "other": 2}
    assert faiss.omp_get_max_threads() == 2  # restored
    vectors = np.eye(4, dtype=np.float32)
    dense = DenseIndex(vectors, np.arange(4, dtype=np.int64), DenseConfig())
    rows, scores = dense.top(np.array([0.0, 0.6, 0.8, 0.0], dtype=np.float32), 2)
    assert rows.tolist() == [2, 1] and np.allclose(scores, [0.8, 0.6])
    assert faiss.omp_get_max_threads() == 2
