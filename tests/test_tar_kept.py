"""A compressed tar archive is one stream: reaching a member inflates every member before it, so a read keeps
the members it meets (indexer/tararchive.py, archive.keep) and the next member is taken from memory. Each
read gives the bytes tarfile extracts for that member alone (the reference); a plain .tar, read by seeking,
keeps nothing; a stream damaged past a member still gives that member; an archive rewritten in place is read
afresh."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from typing import Literal

import pytest

from indexer import archive
from indexer.archive import read_member
from indexer.decode import DocumentError

ENTRIES = [(f"附件/{n:02d}.txt", f"第{n}份材料。".encode() * (40 * n + 1)) for n in range(5)]


Mode = Literal["w", "w:gz", "w:bz2", "w:xz"]


def tar_of(path: Path, entries: list[tuple[str, bytes]], mode: Mode) -> None:
    with tarfile.open(path, mode) as out:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))


def alone(path: Path, member: str) -> bytes:
    with tarfile.open(path) as opened:
        handle = opened.extractfile(member)
        assert handle is not None
        return handle.read()


@pytest.mark.parametrize(("suffix", "mode"), [(".tar.gz", "w:gz"), (".tar.bz2", "w:bz2"), (".txz", "w:xz")])
def test_a_compressed_tars_members_are_kept_and_read_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, mode: Mode
) -> None:
    monkeypatch.setattr(archive, "_kept", None)
    path = tmp_path / f"材料{suffix}"
    tar_of(path, ENTRIES, mode)
    assert {m: alone(path, m) for m, _ in ENTRIES} == dict(ENTRIES)
    assert read_member(path, "附件/02.txt", f"{path.name}/附件/02.txt") == dict(ENTRIES)["附件/02.txt"]
    assert archive._kept is not None and archive._kept[1] == dict(ENTRIES)
    for member, data in [*reversed(ENTRIES), *ENTRIES]:
        assert read_member(path, member, f"{path.name}/{member}") == data
    changed = [(name, data + "（修订）".encode()) for name, data in ENTRIES]
    tar_of(path, changed, mode)
    assert read_member(path, "附件/00.txt", "x") == "第0份材料。（修订）".encode()
    assert archive._kept[1] == dict(changed)


def test_a_plain_tar_keeps_nothing_and_a_bound_stops_what_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "_kept", None)
    plain = tmp_path / "材料.tar"
    tar_of(plain, ENTRIES, "w")
    assert [read_member(plain, m, "x") for m, _ in ENTRIES] == [d for _, d in ENTRIES]
    assert archive._kept is None
    sizes = [len(d) for _, d in ENTRIES]  # 18, 738, 1,458, 2,178, 2,898 bytes
    monkeypatch.setattr(archive, "BLOCK_BYTES", sum(sizes[:3]))
    packed = tmp_path / "材料.tar.gz"
    tar_of(packed, ENTRIES, "w:gz")
    assert read_member(packed, "附件/01.txt", "x") == ENTRIES[1][1]
    assert archive._kept is not None and archive._kept[1] == dict(ENTRIES[:3])
    assert read_member(packed, "附件/04.txt", "x") == ENTRIES[4][1]  # (past the bound: walked to again)
    assert archive._kept[1] == {**dict(ENTRIES[:3]), "附件/04.txt": ENTRIES[4][1]}


def test_a_stream_cut_past_a_member_still_gives_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "_kept", None)
    whole = tmp_path / "whole.tar.gz"
    tar_of(whole, ENTRIES, "w:gz")
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    assert read_member(cut, "附件/00.txt", "cut.tar.gz/附件/00.txt") == ENTRIES[0][1]
    assert archive._kept is None
    with pytest.raises(DocumentError, match=r"^cut.tar.gz/附件/04.txt: cannot be read from its archive"):
        read_member(cut, "附件/04.txt", "cut.tar.gz/附件/04.txt")
