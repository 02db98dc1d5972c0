"""The text-pipeline version (indexer.chunk.PIPELINE_VERSION): every index records the version its passages
were cleaned and chunked by; `citeqa index --if-stale` (make run) rebuilds an index of another version with
this citeqa's passages, re-embedding only passages whose embedded text is new; a plain update refuses to mix
the two pipelines' passages; an index of an older version is still served as built.

"An older pipeline" is simulated as 986a367 found it: a table's numbered rows (1 | 运城市… | 12 | 18000) each
a passage of its own, and — a change of context, not of spans — no question as a letter's reply's context.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

import indexer.embed
import indexer.ingest
from indexer import chunk
from indexer.build import index_paths
from indexer.chunk import ChunkConfig, Span, chunk_text
from indexer.disk import digest_bytes
from indexer.manifest import canonical
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from indexer.store import IndexData, read_index
from server.api import create_app
from server.cli import main
from server.config import Settings
from tests.conftest import SEEDS, KeywordEncoder

ROWS = "\n".join(f"{n} | 运城市第{n}食品有限公司 | {n + 3} | {1500 * (n + 3)}" for n in range(1, 13))
TABLE = (
    "2024年运城市人才公寓补贴企业名单\n以下企业经审核符合人才公寓补贴条件，现予公示。\n"
    f"序号 | 企业名称 | 岗位数 | 补贴金额（元）\n{ROWS}\n"
)
LETTER = (
    "关于人才公寓申请的留言\n尊敬的领导："
    + "我是去年从外地引进到运城的高校毕业生，目前在盐湖区一家企业工作，" * 6
    + "请问申请人才公寓需要准备哪些材料？\n您好！"
    + "根据运城市人才公寓管理办法，引进的高校毕业生可以向所在县（市、区）人才服务中心提出申请，" * 6
    + "经审核后按顺序配租。\n"
)
_NUMBERED_ROW = re.compile(r"(?m)^\d{1,2} \| ")

V = chunk.PIPELINE_VERSION  # this citeqa's


class Recording(KeywordEncoder):
    """The tests' keyword encoder, keeping every passage text it embeds (passages and their sentences)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return super().encode_passages(texts)


def _old_chunk_text(text: str, config: ChunkConfig | None = None, title: str | None = None) -> list[Span]:
    """The chunker before 986a367 for a 名单: a numbered table row opens a passage of its own."""
    out = []
    for span in chunk_text(text, config or ChunkConfig(), title=title):
        piece = text[span.start : span.end]
        cuts = [span.start, *(span.start + m.start() for m in _NUMBERED_ROW.finditer(piece) if m.start())]
        for start, end in zip(cuts, [*cuts[1:], span.end], strict=True):
            out.append(Span(start, start + len(text[start:end].rstrip("\n")), span.heading))
    return out


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, docs / seed.name)
    (docs / "mingdan.txt").write_text(TABLE, encoding="utf-8")
    (docs / "letter.txt").write_text(LETTER, encoding="utf-8")
    return docs


def _record(index: Path, version: int | None) -> None:
    """Rewrite ``index``'s manifest as a citeqa of text pipeline ``version`` (None: one that recorded none)
    would have written it."""
    path = index / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.pop("pipeline_version", None)
    if version is not None:
        manifest["pipeline_version"] = version
    manifest["checksum"] = digest_bytes(canonical(manifest))
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")


def _old_index(folder: Path, index: Path, monkeypatch: pytest.MonkeyPatch) -> Recording:
    """``folder`` indexed by "an older pipeline"; its manifest records no version (as before there were)."""
    encoder = Recording()
    with monkeypatch.context() as patch:
        patch.setattr(indexer.ingest, "chunk_text", _old_chunk_text)
        patch.setattr(indexer.ingest, "asked_before", lambda text, spans, i: "")
        index_paths([folder], index, lambda model: encoder, DEFAULTS, workers=0)
    _record(index, None)
    return encoder


def _cli(monkeypatch: pytest.MonkeyPatch, encoder: KeywordEncoder) -> Callable[..., int]:
    """`citeqa` in this process, its encoder ``encoder``."""
    monkeypatch.setattr(indexer.embed, "load_encoder", lambda *args, **kwargs: encoder)
    return lambda *args: main([str(a) for a in args])


def _spans(data: IndexData) -> list[tuple[str, int, int]]:
    return sorted((data.passage_id(r), int(data.starts[r]), int(data.ends[r])) for r in range(data.passages))


def _vectors(data: IndexData) -> dict[str, np.ndarray]:
    return {data.passage_id(r): np.asarray(data.vectors[r]) for r in range(data.passages)}


def _manifest(index: Path) -> dict[str, object]:
    return dict(json.loads((index / "manifest.json").read_text(encoding="utf-8")))


def test_every_index_written_records_the_pipeline_version(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build, an update and an upload record the version; an upload into an index of an older version
    leaves it recorded as older (the upload's passages are this citeqa's: --if-stale still rebuilds it)."""
    index = tmp_path / "index"
    citeqa = _cli(monkeypatch, KeywordEncoder())
    assert citeqa("index", folder, "--index", index) == 0
    assert _manifest(index)["pipeline_version"] == V
    (folder / "new.txt").write_text("运城市人才公寓新增房源二百套，面向引进人才配租。", encoding="utf-8")
    assert citeqa("index", folder, "--index", index) == 0  # an update of an index of this version
    assert _manifest(index)["pipeline_version"] == V
    retriever = Retriever(index, encoder=KeywordEncoder())
    retriever.add([indexer.ingest.ingest_text("网页上传：人才公寓租金减半。", "upload", retriever.settings)])
    assert _manifest(index)["pipeline_version"] == V
    assert retriever.settings.pipeline == V

    _record(index, None)
    older = Retriever(index, encoder=KeywordEncoder())
    older.add([indexer.ingest.ingest_text("网页上传：人才公寓押金全免。", "upload2", older.settings)])
    assert "pipeline_version" not in _manifest(index)
    assert Retriever(index, encoder=KeywordEncoder()).settings.pipeline == 0


def test_if_stale_rebuilds_an_older_pipelines_index_with_this_chunking_and_says_so(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, cold = tmp_path / "old", tmp_path / "cold"
    _old_index(folder, old, monkeypatch)
    index_paths([folder], cold, lambda model: KeywordEncoder(), DEFAULTS, workers=0)
    before, reference = read_index(old), read_index(cold)
    assert (before.passages, reference.passages) == (37, 25)  # the 名单: 13 passages, then 1
    capsys.readouterr()

    assert _cli(monkeypatch, KeywordEncoder())("index", folder, "--index", old, "--if-stale") == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == (
        f"citeqa index: {old} records no text-pipeline version (built before citeqa recorded one; this "
        f"citeqa's is {V}); rebuilding it"
    )
    assert lines[1].startswith(f"{old}: 4 documents, 25 passages (added 4, ")
    after = read_index(old)
    assert _spans(after) == _spans(reference) != _spans(before)
    assert _manifest(old)["pipeline_version"] == V
    # run again: current now, nothing to rebuild
    assert _cli(monkeypatch, KeywordEncoder())("index", folder, "--index", old, "--if-stale") == 0
    assert "rebuilding" not in capsys.readouterr().err


def test_the_rebuild_embeds_only_passages_whose_embedded_text_is_new(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reply's passage keeps its span but is embedded with the letter's question as its context now:
    its stored vector (embedded without it) is not taken for the new text, which a content key derived by
    this chunker alone would have done. The rebuilt index equals a cold build, vector for vector."""
    old, cold = tmp_path / "old", tmp_path / "cold"
    built_old = _old_index(folder, old, monkeypatch)
    built_cold = Recording()
    index_paths([folder], cold, lambda model: built_cold, DEFAULTS, workers=0)
    new = [t for t in built_cold.seen if t not in set(built_old.seen)]
    # (embedded in their matching form: normalised, half-width punctuation)
    assert [(t.splitlines()[0], len(t.splitlines())) for t in new] == [
        ("关于人才公寓申请的留言", 3),  # title, the question asked, the reply
        ("2024年运城市人才公寓补贴企业名单", 15),  # the 名单 whole: title, caption, header, 12 rows
    ]
    assert new[0].splitlines()[1].endswith("请问申请人才公寓需要准备哪些材料?")
    assert new[0].splitlines()[2].startswith("您好!")

    rebuilding = Recording()
    assert _cli(monkeypatch, rebuilding)("index", folder, "--index", old, "--if-stale") == 0
    # 2 texts embedded, of the cold build's 154 (passages, sentences, 6 of them read alone by composition)
    assert rebuilding.seen == new
    assert (len(built_cold.seen), rebuilding.calls["passages"]) == (154, 1)
    after, reference = _vectors(read_index(old)), _vectors(read_index(cold))
    assert after.keys() == reference.keys()
    for passage_id, vector in reference.items():
        np.testing.assert_array_equal(after[passage_id], vector, err_msg=passage_id)


def test_a_plain_update_of_an_older_pipelines_index_refuses_to_mix(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`citeqa index FOLDER` would add this citeqa's passages beside the older pipeline's, so it changes
    nothing and says, in one line, what to run; that command then brings the new file in too."""
    old = tmp_path / "old"
    _old_index(folder, old, monkeypatch)
    commit = _manifest(old)["commit"]
    (folder / "new.txt").write_text("运城市人才公寓新增房源二百套，面向引进人才配租。", encoding="utf-8")
    encoder = KeywordEncoder()
    citeqa = _cli(monkeypatch, encoder)
    capsys.readouterr()

    assert citeqa("index", folder, "--index", old) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"citeqa index: index at {old} records no text-pipeline version (built before citeqa recorded one; "
        f"this citeqa's is {V}): adding documents to it would mix passages of two text pipelines; run citeqa "
        f"index {folder} --if-stale (with the same index flags), which re-chunks every document it holds"
    ]
    assert _manifest(old)["commit"] == commit and encoder.calls["passages"] == 0

    _record(old, V + 1)  # written by a later citeqa: not mixed either
    assert citeqa("index", folder, "--index", old) == 2
    assert capsys.readouterr().err.startswith(
        f"citeqa index: index at {old} was cleaned and chunked by text pipeline {V + 1}, "
        f"this citeqa's is {V}: "
    )
    assert citeqa("index", folder, "--index", old, "--if-stale") == 0
    assert len(read_index(old).documents) == 5 and _manifest(old)["pipeline_version"] == V


def test_an_older_pipelines_index_is_still_served_and_says_it_is_behind(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexer.backend import StoreConfig
    from server.cli_index import pipeline_note

    old = tmp_path / "old"
    _old_index(folder, old, monkeypatch)
    retriever = Retriever(old, encoder=KeywordEncoder())
    app = create_app(Settings(index_dir=old, warm_up=False), retriever)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        health = client.get("/healthz").json()
        assert (health["passages"], health["pipeline_version"], health["pipeline_current"]) == (37, 0, False)
        asked = client.post("/ask", json={"question": "运城市第3食品有限公司的补贴金额是多少？"})
        assert asked.status_code == 200, asked.text
        assert [c["passage_id"] for c in asked.json()["citations"]] == ["mingdan:0", "mingdan:3"]
        assert "运城市第3食品有限公司 | 6 | 9000" in asked.json()["answer"]
    assert pipeline_note(StoreConfig(index_dir=old)) == (
        f"{old} records no text-pipeline version (built before citeqa recorded one; this citeqa's is "
        f"{V}): it is served as built; rebuild it with citeqa index PATHS --if-stale (make run does) for "
        "this citeqa's passages"
    )

    current = tmp_path / "current"
    index_paths([folder], current, lambda model: KeywordEncoder(), DEFAULTS, workers=0)
    app = create_app(Settings(index_dir=current, warm_up=False), Retriever(current, encoder=KeywordEncoder()))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        health = client.get("/healthz").json()
        assert (health["passages"], health["pipeline_version"], health["pipeline_current"]) == (25, V, True)
    assert pipeline_note(StoreConfig(index_dir=current)) is None


def test_a_milvus_index_records_the_version_and_an_older_one_is_rebuilt_not_mixed(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    milvus_uri: str,
    collection_name: Callable[[str], str],
) -> None:
    """On Milvus the version goes with the other build settings into the statistics row."""
    from dataclasses import replace

    from indexer.milvus_collections import Collections
    from indexer.milvus_store import MilvusConfig
    from tests.conftest import store_flags

    config = MilvusConfig(uri=milvus_uri, collection=collection_name("pipeline"))
    flags = store_flags(config)
    citeqa = _cli(monkeypatch, KeywordEncoder())
    assert citeqa("index", folder, *flags) == 0
    cols = Collections(config)
    stats = cols.stats()
    assert stats.settings["pipeline_version"] == V
    older = {k: v for k, v in stats.settings.items() if k != "pipeline_version"}
    cols.commit_stats(replace(stats, settings=older, version=stats.version + 1), {})
    (folder / "new.txt").write_text("运城市人才公寓新增房源二百套，面向引进人才配租。", encoding="utf-8")
    capsys.readouterr()

    assert citeqa("index", folder, *flags) == 2
    behind = f"records no text-pipeline version (built before citeqa recorded one; this citeqa's is {V})"
    assert capsys.readouterr().err.startswith(
        f"citeqa index: the Milvus index {config.collection!r} {behind}: adding documents to it would mix "
    )
    assert cols.stats().documents == 4
    assert citeqa("index", folder, *flags, "--if-stale") == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"citeqa index: {milvus_uri} collection {config.collection!r} {behind}; rebuilding it"
    after = Collections(config).stats()
    assert (after.settings["pipeline_version"], after.documents, after.passages) == (V, 5, 26)
