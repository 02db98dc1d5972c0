"""Faults of the machine, not of the documents, through the real `citeqa index` and `citeqa serve`: a disk
that refuses a write (full, read-only) costs nothing already indexed, and a folder that cannot be entered
skips its files, not the run. Each case failed before its fix."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import CITEQA, start_server, stop_server
from tests.test_messy import SENTENCE, _index


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
        (folder / ("报告".encode("gbk") + b"_\xff.key").decode("utf-8", "surrogateescape")).write_bytes(b"x")
        for p in (folder, folder / "ok.txt", folder / "locked" / "a.txt"):
            os.chmod(p, 0o755)
        os.chmod(folder / "locked", 0o744)
        (folder / "sealed").mkdir(mode=0o700)
        (folder / "sealed" / "b.txt").write_text(SENTENCE.format(i=3), encoding="utf-8")
        os.chmod(folder / "sealed", 0)
        script = (
            "from pathlib import Path; from indexer.sources import iter_sources\n"
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
        f"{folder}/\\xb1\\xa8\\xb8\\xe6_\\xff.key: unsupported file type '.key'; supported: "
        ".txt, .md, .html, .htm, .docx, .doc, .wps, .pdf, .xlsx, .xls, .csv, .mht, .mhtml, .rtf, .pptx, "
        ".ofd, .odt, .eml, .json, .ods, .tsv, .xml, .epub, .odp, .webarchive, .srt, .vtt, .et, .xps, .oxps, "
        ".shtml, .shtm, .xhtml, .aspx, .asp, .jsp, .php, .jhtml, .do, .action, .cfm, .nsf, .docm, .dotx, "
        ".dotm, .xlsm, .xltx, .xltm, .pptm, .ppsx, .ppsm, .potx, .potm, .msg, .ppt, .pps, .pot, .dps, .fodt, "
        ".fods, .fodp, .xlsb, .geojson, .svg, .uof, .uot, .uos, .uop, .vcf, .odg, .mbox, .ott, .ots, .otp, "
        ".otg, .rss, .atom, .ass, .ssa, .sxw, .stw, .sxc, .stc, .sxi, .sti, .sxd, .std, .ttml, .dfxp, .kml, "
        ".kmz, .lrc, .gpx, .xlf, .xliff, .sbv, .smi, .sami, .opml, .ipynb, .xmind, .mm, .vsdx, .yaml, .yml, "
        ".tmx, .enex, .warc, .warc.gz, .har, .po, .tex, .sql, .ics, .dbf, .db, .sqlite, .sqlite3, .rst, "
        ".jsonl, .ndjson, .emlx, .fb2, .gnumeric, .adoc, .asciidoc, .org, .wiki, .mediawiki, .toml, .gz, "
        ".ris, .bib, .drawio, .km, .properties, .plist, .dbk, .docbook, .bz2, .xz, .zip, .tar, "
        ".tgz, .tar.gz, .tbz2, .tar.bz2, .txz, .tar.xz, .7z",
        f"{folder}/sealed: cannot be read (Permission denied)",  # given itself: was "0 documents"
    ]
