"""A tar archive kept beside the documents (村志编纂资料.tar.gz: eval/policy30, written blind), read as a .zip
is (archive.py): each regular file in it a document of its own, named ``archive.tar.gz/member``. Names are
read as written (UTF-8, else GBK as a Chinese Windows tar writes them); links, devices and folders are passed
over, as are hidden files. Reading is bounded as a .zip's is: the members are listed by walking the headers,
stopped at MAX_MEMBERS entries or MAX_TOTAL_BYTES of data (a compressed stream is inflated as it is walked,
so a bomb is cut there), and one member is read to MAX_MEMBER_BYTES. An extended header (a pax header, a GNU
long name), which tarfile reads whole into memory, is refused over MAX_HEADER_BYTES (a 3 GB one of zeros,
3 MB gzipped, had taken 3 GB), as is a chain of them too long for tarfile to follow (it recurses). A name
that reads as UTF-8 only by chance (GBK's 通知, CD A8 D6 AA, is UTF-8 for ֪ͨ: letters of no Chinese name)
is read as GBK, and two names that are one path (a.txt, ./a.txt) are one member."""

from __future__ import annotations

import re
import tarfile
import zlib
from pathlib import Path

from indexer import archive as archives
from indexer.archive import MAX_MEMBER_BYTES, MAX_MEMBERS, MAX_TOTAL_BYTES, Member
from indexer.decode import DocumentError
from indexer.filenames import name_suffix
from indexer.worddoc import DocumentTooLarge

_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, ValueError)
MAX_HEADER_BYTES = 1024 * 1024  # an extended header (a path is at most 4,096 bytes)
_EXTENDED = (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE, *tarfile.GNU_TYPES)
_NOT_CHINESE = re.compile(r"[\u0080-\u07ff]")  # (two-byte UTF-8: Latin, Greek, Cyrillic, Hebrew, Arabic …)
_CHINESE = re.compile(r"[\x00-\x7f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*")


class _HeaderTooLarge(Exception):
    pass


class _Info(tarfile.TarInfo):
    """A header as tarfile reads it, an extended one over MAX_HEADER_BYTES refused before it is read."""

    def _proc_member(self, tarfile: tarfile.TarFile) -> tarfile.TarInfo:
        if self.type in _EXTENDED and self.size > MAX_HEADER_BYTES:
            raise _HeaderTooLarge(
                f"has an extended header of {self.size:,} bytes; unpack it and index its files"
            )
        return super()._proc_member(tarfile)  # type: ignore[misc]


def _open(path: Path) -> tarfile.TarFile:
    return tarfile.open(path, mode="r:*", encoding="utf-8", errors="surrogateescape", tarinfo=_Info)


def _name(info: tarfile.TarInfo) -> str:
    raw = info.name.encode("utf-8", "surrogateescape")
    for encoding in ("utf-8", "gb18030"):
        try:
            read = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" and _NOT_CHINESE.search(read):
            try:
                chinese = raw.decode("gb18030")
                if _CHINESE.fullmatch(chinese):
                    return chinese
            except UnicodeDecodeError:
                pass
        return read
    return info.name


def _unreadable(name: str, e: BaseException) -> DocumentError:
    if isinstance(e, tarfile.ReadError) and "could not be opened" in str(e):  # (a line a method that failed)
        why = "it is no tar archive, nor one gzip, bzip2 or xz compressed"
    else:
        why = " ".join(str(e).split()) or type(e).__name__
    return DocumentError(name, f"is not a readable tar archive ({why}); unpack it and index its files")


def tar_members(path: Path, name: str) -> list[Member | DocumentError]:
    """The regular files a tar archive holds, in its order (a name met again: a DocumentError in its place);
    raises DocumentError for an archive that cannot be read, holds no file, or is over the bounds."""
    out: list[Member | DocumentError] = []
    seen: set[str] = set()
    total = 0
    count = 0
    try:
        with _open(path) as archive:
            while (info := archive.next()) is not None:
                count += 1
                total += info.size
                if count > MAX_MEMBERS:
                    raise DocumentTooLarge(name, f"holds over {MAX_MEMBERS:,} entries; unpack it")
                if total > MAX_TOTAL_BYTES:
                    raise DocumentTooLarge(
                        name, f"expands to over {MAX_TOTAL_BYTES:,} bytes; unpack it and index its files"
                    )
                parts = [p for p in _name(info).replace("\\", "/").split("/") if p not in ("", ".", "..")]
                if not info.isreg() or not parts or any(p.startswith(".") for p in parts):
                    continue
                shown = "/".join(parts)
                if shown in seen:  # (./a.txt after a.txt: one document, one id)
                    out.append(DocumentError(f"{name}/{shown}", "is in its archive twice; the first is read"))
                    continue
                seen.add(shown)
                out.append(Member(shown, info.name, info.size, False))
    except DocumentError:
        raise
    except _HeaderTooLarge as e:
        raise DocumentTooLarge(name, str(e)) from None
    except RecursionError:
        raise DocumentError(
            name, "chains too many extended headers to read; unpack it and index its files"
        ) from None
    except _ERRORS as e:
        raise _unreadable(name, e) from e
    if not out:
        raise DocumentError(name, "holds no files; nothing to index")
    return out


def _walked(path: Path, member: str, name: str) -> tuple[bytes | None, dict[str, bytes]]:
    """The member's bytes (None: not in the archive) and, from a compressed stream, which must be inflated
    from its start to reach any member, the other regular files met on the way, read in the same pass and
    kept up to BLOCK_BYTES (the first of each name). A failure past the member ends the walk, not the read."""
    whole = name_suffix(path.name) != ".tar"
    found: bytes | None = None
    read: dict[str, bytes] = {}
    total = count = 0
    try:
        with _open(path) as archive:
            while (info := archive.next()) is not None and (count := count + 1) <= MAX_MEMBERS:
                if not info.isreg() or info.name in read:
                    continue
                if info.name == member and found is None:
                    if info.size > MAX_MEMBER_BYTES:
                        raise DocumentTooLarge(
                            name,
                            f"is {info.size:,} bytes (limit {MAX_MEMBER_BYTES:,}); unpack it and split it",
                        )
                    handle = archive.extractfile(info)
                    if handle is None:
                        break
                    found = handle.read(MAX_MEMBER_BYTES + 1)
                    if not whole:
                        break
                elif whole and info.size <= MAX_MEMBER_BYTES and total + info.size <= archives.BLOCK_BYTES:
                    if (handle := archive.extractfile(info)) is not None:
                        read[info.name] = handle.read(info.size)
                elif found is not None:
                    break  # (the bound reached: what is kept so far is kept)
                else:
                    continue
                total += info.size
    except (_HeaderTooLarge, RecursionError, *_ERRORS):
        if found is None:
            raise
        return found, {}  # (damaged past the member: the member is read, nothing kept)
    if found is not None:
        read[member] = found
    return found, read


def read_tar_member(path: Path, member: str, name: str) -> bytes:
    """One member's bytes (``member``: its name as tarfile lists it; the first of the name), bounded; from a
    compressed stream the members met on the way are kept for the next reads (archive.keep)."""
    identity = archives.identity(path)
    held = archives.kept_member(identity, member)
    if held is not None:
        return held
    try:
        found, read = _walked(path, member, name)
    except DocumentError:
        raise
    except (_HeaderTooLarge, RecursionError, *_ERRORS) as e:
        why = " ".join(str(e).split()) or type(e).__name__
        raise DocumentError(
            name, f"cannot be read from its archive ({why}); unpack it and index its files"
        ) from e
    if found is None:
        raise DocumentError(name, "is no longer in its archive; index the folder again")
    if len(read) > 1:
        archives.keep(identity, read)
    return found
