"""A .zip kept beside the documents — 附件.zip, as government sites offer a notice's attachments — is read as
the documents it holds: each file in it is a document of its own, named ``archive.zip/member`` in reports,
search results and citations, and filed under the archive's name as under a folder (its region may be in
it: 洛川县…相关附件.zip).

Names are read as Windows writes them: without the zip's UTF-8 flag an entry name is in the code page of the
machine that zipped it (GBK on Chinese Windows), not the CP437 zipfile assumes; UTF-8 written without the
flag is taken first. Reading is bounded as a .docx's is: the directory is checked before any entry is
inflated (entries, total size, each entry's size and ratio), an encrypted entry or a zip inside the zip is
refused in one line, and folders, macOS's __MACOSX copies and hidden files are passed over. A tar archive
(.tar, .tar.gz, .tgz …) is read the same way (tararchive.py), as is a .7z (sevenzip.py).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from indexer.decode import DocumentError
from indexer.filenames import TAR_SUFFIXES, name_suffix
from indexer.worddoc import DocumentTooLarge

ARCHIVE_SUFFIXES = (".zip", *TAR_SUFFIXES, ".7z")  # (a tar archive: tararchive.py; a .7z: sevenzip.py)
MAX_MEMBERS = 1000
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one entry inflated
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all entries inflated
BLOCK_BYTES = (
    64 * 1024 * 1024
)  # a compressed stream's members inflated in one pass and kept for the next reads
MAX_RATIO = 200  # an entry over 1 MiB that inflates more than this is a decompression bomb
UTF8_FLAG = 0x800
ENCRYPTED_FLAG = 0x1


@dataclass(frozen=True)
class Member:
    name: str  # as its user reads it (GBK names decoded), a relative POSIX path
    stored: str  # as zipfile lists it, to read it by
    size: int
    encrypted: bool

    @property
    def suffix(self) -> str:
        return name_suffix(self.name)


Identity = tuple[str, int, int, int]
# the members last inflated together in this process (a solid .7z block, a compressed tar's stream): the
# archive as it was stat'd, and each member's bytes by its stored name
_kept: tuple[Identity, dict[str, bytes]] | None = None


def identity(path: Path) -> Identity:
    st = path.stat()
    return (str(path.resolve()), st.st_ino, st.st_mtime_ns, st.st_size)


def kept_member(archive: Identity, member: str) -> bytes | None:
    """A member's bytes if they were kept when the archive, unchanged since, was last inflated."""
    held = _kept
    return held[1].get(member) if held is not None and held[0] == archive else None


def keep(archive: Identity, members: dict[str, bytes]) -> None:
    """Keep ``members`` (at most BLOCK_BYTES in all) for the next reads, in place of what was kept."""
    global _kept
    _kept = (archive, members)


def check_directory(name: str, entries: int, total: int) -> None:
    """Refuse an archive whose directory lists over MAX_MEMBERS ``entries`` or promises over MAX_TOTAL_BYTES
    inflated (``total``), before anything is inflated."""
    if entries > MAX_MEMBERS:
        raise DocumentTooLarge(name, f"holds {entries:,} entries (limit {MAX_MEMBERS:,}); unpack it")
    if total > MAX_TOTAL_BYTES:
        raise DocumentTooLarge(
            name, f"expands to {total:,} bytes (limit {MAX_TOTAL_BYTES:,}); unpack it and index its files"
        )


def member_name(info: zipfile.ZipInfo) -> str:
    """The entry's name as written: UTF-8 when flagged (zipfile read it so), else its raw bytes as UTF-8,
    then as GBK/GB18030 (Chinese Windows' 压缩 and WinRAR), else as zipfile read it."""
    if info.flag_bits & UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def members(path: Path, name: str) -> list[Member | DocumentError]:
    """The files an archive holds, in its order (a name met again: a DocumentError in its place); raises
    DocumentError for an archive that cannot be read, holds no file, or whose directory promises an
    unbounded read."""
    if name_suffix(path.name) in TAR_SUFFIXES:
        from indexer.tararchive import tar_members

        return tar_members(path, name)
    if name_suffix(path.name) == ".7z":
        from indexer.sevenzip import sevenzip_members

        return sevenzip_members(path, name)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as e:
        raise DocumentError(
            name, f"is not a readable .zip archive ({e}); unpack it and index its files"
        ) from e
    check_directory(name, len(infos), sum(i.file_size for i in infos))
    out: list[Member | DocumentError] = []
    seen: set[str] = set()
    for info in infos:
        # a name's parent steps and root (../x.txt, /x.txt) are no part of where it sits in the archive
        parts = [p for p in member_name(info).replace("\\", "/").split("/") if p not in ("", ".", "..")]
        if info.is_dir() or not parts or parts[0] == "__MACOSX" or any(p.startswith(".") for p in parts):
            continue
        if info.filename in seen:
            out.append(
                DocumentError(f"{name}/{'/'.join(parts)}", "is in its archive twice; the first is read")
            )
            continue
        seen.add(info.filename)
        encrypted = bool(info.flag_bits & ENCRYPTED_FLAG)
        out.append(Member("/".join(parts), info.filename, info.file_size, encrypted))
    if not out:
        raise DocumentError(name, "holds no files; nothing to index")
    return out


def read_member(path: Path, member: str, name: str) -> bytes:
    """One entry's bytes (``member``: its name as zipfile lists it), bounded; ``name`` is how reports name
    it."""
    if name_suffix(path.name) in TAR_SUFFIXES:
        from indexer.tararchive import read_tar_member

        return read_tar_member(path, member, name)
    if name_suffix(path.name) == ".7z":
        from indexer.sevenzip import read_7z_member

        return read_7z_member(path, member, name)
    try:
        with zipfile.ZipFile(path) as archive:
            # (the first entry of the name: getinfo gives the last, and a name may be written twice)
            info = next(i for i in archive.infolist() if i.filename == member)
            if info.flag_bits & ENCRYPTED_FLAG:
                raise DocumentError(
                    name, "is encrypted in its archive; unpack it with its password and index it"
                )
            if info.file_size > MAX_MEMBER_BYTES:
                raise DocumentTooLarge(
                    name, f"is {info.file_size:,} bytes (limit {MAX_MEMBER_BYTES:,}); unpack it and split it"
                )
            ratio = info.file_size // max(1, info.compress_size)
            if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
                raise DocumentTooLarge(
                    name, f"expands {ratio}-fold (limit {MAX_RATIO}), the mark of a decompression bomb"
                )
            with archive.open(info) as handle:
                data = handle.read(MAX_MEMBER_BYTES + 1)
    except DocumentError:
        raise
    except (
        zipfile.BadZipFile,
        StopIteration,
        OSError,
        ValueError,
        NotImplementedError,
        EOFError,
        zlib.error,
    ) as e:
        raise DocumentError(
            name, f"cannot be read from its archive ({e}); unpack it and index its files"
        ) from e
    if len(data) > MAX_MEMBER_BYTES:  # a directory that understated the size
        raise DocumentTooLarge(name, f"is over {MAX_MEMBER_BYTES:,} bytes; unpack it and split it")
    return data
