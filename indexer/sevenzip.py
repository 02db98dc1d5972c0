"""A .7z archive kept beside the documents (附件.7z, as 7-Zip packs a notice's attachments), read as a .zip is
(archive.py): each file in it a document of its own, named ``archive.7z/member``, read with py7zr. Names are
Unicode in a 7z header; ../ and a leading / are no part of one, and folders, links, hidden files and
__MACOSX are passed over. Reading is bounded as a .zip's is: the header is checked before py7zr reads it (a
header, or the size a compressed one declares, over MAX_HEADER_BYTES is refused: py7zr would read 256 MiB of
it and keep a dict for each of millions of entries), then its entries, their declared total and, before one
is extracted, that member's declared size; one member is extracted alone (in a solid block the members
before it are inflated only to be checked), py7zr writes no more of it than its declared size, to memory
kept to MAX_MEMBER_BYTES. In a solid block every member must be inflated to reach the last, so the first
member read from a block inflates all of it once (up to archive.BLOCK_BYTES) and the rest are taken from
memory (archive.keep; 50 members were 50 inflations of the block before). An archive or member encrypted
with a password is refused in one line, as is anything py7zr raises on a damaged or truncated file. A name
py7zr will not extract (one with a ``..`` part or a drive letter, which 7-Zip never writes) is one line of
its own when it is read."""

from __future__ import annotations

import io
import struct
import tempfile
import zlib
from pathlib import Path
from typing import BinaryIO

import py7zr
from py7zr.archiveinfo import HeaderStreamsInfo
from py7zr.compressor import SupportedMethods
from py7zr.exceptions import CrcError, UnsupportedCompressionMethodError
from py7zr.helpers import get_sanitized_output_path
from py7zr.io import Py7zIO, WriterFactory
from py7zr.py7zr import ArchiveFile

from indexer import archive as archives
from indexer.archive import MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, Member, check_directory
from indexer.decode import DocumentError
from indexer.worddoc import DocumentTooLarge

MAX_HEADER_BYTES = 1024 * 1024  # a header as stored, and as a compressed one inflates (1,000 long names fit)
_MAGIC = b"7z\xbc\xaf\x27\x1c"
_ENCODED_HEADER = 0x17
_ENCRYPTED = "is encrypted; unpack it with its password and index its files"


def _check_header(handle: BinaryIO, name: str) -> None:
    """Refuse a header over MAX_HEADER_BYTES, as stored or as a compressed one declares it inflates, before
    py7zr reads it; a header that cannot be parsed is left for py7zr to name."""
    start = handle.read(32)
    if (
        len(start) < 32
        or not start.startswith(_MAGIC)
        or struct.unpack_from("<I", start, 8)[0] != zlib.crc32(start[12:])
    ):
        return  # (no 7z, or its start header damaged: py7zr says so)
    offset, size = struct.unpack_from("<QQ", start, 12)
    if size > MAX_HEADER_BYTES:
        raise DocumentTooLarge(
            name,
            f"has a header of {size:,} bytes (limit {MAX_HEADER_BYTES:,}); unpack it and index its files",
        )
    handle.seek(32 + offset)
    raw = handle.read(size)
    if raw[:1] != bytes([_ENCODED_HEADER]):
        return
    try:
        streams = HeaderStreamsInfo.retrieve(io.BytesIO(raw[1:]))
        declared = sum(folder.unpacksizes[-1] for folder in streams.unpackinfo.folders)
    except Exception:  # (damage py7zr reports in its own words when it opens the file)
        return
    if declared > MAX_HEADER_BYTES:
        raise DocumentTooLarge(
            name,
            f"has a header that expands to {declared:,} bytes (limit {MAX_HEADER_BYTES:,}); unpack it and "
            "index its files",
        )


def _why(e: BaseException) -> str:
    # (these two's messages are the tuples of their arguments)
    if isinstance(e, CrcError):
        return "CRC mismatch: its data is damaged"
    if isinstance(e, UnsupportedCompressionMethodError):  # BCJ2, as 7-Zip packs programs; its first sentence
        return str(e.message).split(". ")[0]
    return " ".join(str(e).split()) or type(e).__name__


def _unreadable(name: str, e: BaseException) -> DocumentError:
    return DocumentError(name, f"is not a readable .7z archive ({_why(e)}); unpack it and index its files")


def _encrypted(file: ArchiveFile) -> bool:
    folder = file.folder  # (None for an empty file: nothing to decrypt)
    return folder is not None and SupportedMethods.needs_password(folder.coders)


def _listed(path: Path, name: str) -> list[tuple[str, int, bool]]:
    """Each file's name as py7zr lists it, its declared size and whether it is encrypted, in the archive's
    order, the header and the declared sizes checked first."""
    with path.open("rb") as handle:
        _check_header(handle, name)
        handle.seek(0)
        with py7zr.SevenZipFile(handle) as archive:  # (a file object: py7zr reads it in this thread)
            files = list(archive.files)
    check_directory(name, len(files), sum(f.uncompressed for f in files))
    # (is_file: not a folder, link, junction or socket)
    return [(f.filename, f.uncompressed, _encrypted(f)) for f in files if f.is_file and not f.is_directory]


def sevenzip_members(path: Path, name: str) -> list[Member | DocumentError]:
    """The files a .7z archive holds, in its order (a name met again: a DocumentError in its place); raises
    DocumentError for an archive that cannot be read, is encrypted, holds no file, or is over the bounds."""
    try:
        listed = _listed(path, name)
    except DocumentError:
        raise
    except py7zr.PasswordRequired:  # (its names encrypted too: 7-Zip's "encrypt file names")
        raise DocumentError(name, _ENCRYPTED) from None
    except Exception as e:  # py7zr raises Bad7zFile, its own errors, and the decoders' on a damaged file
        raise _unreadable(name, e) from e
    out: list[Member | DocumentError] = []
    seen: set[str] = set()
    for stored, size, encrypted in listed:
        # a name's parent steps and root (../x.txt, /x.txt) are no part of where it sits in the archive
        parts = [p for p in stored.replace("\\", "/").split("/") if p not in ("", ".", "..")]
        if not parts or parts[0] == "__MACOSX" or any(p.startswith(".") for p in parts):
            continue
        shown = "/".join(parts)
        if shown in seen:  # (/a.txt after a.txt: one document, one id)
            out.append(DocumentError(f"{name}/{shown}", "is in its archive twice; the first is read"))
            continue
        seen.add(shown)
        out.append(Member(shown, stored, size, encrypted))
    if not out:
        raise DocumentError(name, "holds no files; nothing to index")
    if all(m.encrypted for m in out if isinstance(m, Member)):  # (7-Zip's password is the whole archive's)
        raise DocumentError(name, _ENCRYPTED)
    return out


class _Kept(Py7zIO):
    """A member's bytes as py7zr writes them, kept to one byte over MAX_MEMBER_BYTES (the rest counted)."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.written = 0

    def write(self, s: bytes | bytearray) -> int:
        room = MAX_MEMBER_BYTES + 1 - len(self.data)
        if room > 0:
            self.data += s[:room]
        self.written += len(s)
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        pass

    def size(self) -> int:
        return self.written

    def close(self) -> None:
        pass


class _Factory(WriterFactory):
    """Where py7zr writes the members it extracts: each to memory, by the name it would write it to."""

    def __init__(self) -> None:
        self.made: dict[str, _Kept] = {}

    def create(self, filename: str) -> Py7zIO:
        self.made[filename] = _Kept()
        return self.made[filename]


def _whole_block(archive: py7zr.SevenZipFile, first: ArchiveFile) -> list[ArchiveFile]:
    """The files of ``first``'s solid block when they are worth inflating together: more than one, none
    encrypted, each within MAX_MEMBER_BYTES, all within archive.BLOCK_BYTES, no name twice; else none."""
    if first.folder is None:
        return []
    block = [f for f in archive.files if f.folder is first.folder and f.is_file and not f.is_directory]
    if (
        len(block) < 2
        or any(_encrypted(f) or f.uncompressed > MAX_MEMBER_BYTES for f in block)
        or sum(f.uncompressed for f in block) > archives.BLOCK_BYTES
        or len({f.filename for f in block}) < len(block)
    ):
        return []
    return block


def _inflate(path: Path, targets: list[str]) -> dict[str, _Kept]:
    """What py7zr writes of the ``targets``, in one pass, by the path it would write each to."""
    factory = _Factory()
    with path.open("rb") as handle, py7zr.SevenZipFile(handle, max_extract_size=MAX_TOTAL_BYTES) as archive:
        # py7zr checks a name against the folder it would write to: an empty one (nothing is written there),
        # not the working directory, whose links it would follow
        with tempfile.TemporaryDirectory() as empty:
            archive.extract(path=Path(empty), targets=targets, factory=factory)
    return {Path(k).relative_to(empty).as_posix(): v for k, v in factory.made.items()}


def _block_read(path: Path, block: list[ArchiveFile]) -> dict[str, bytes]:
    """Each file of a solid block by its name, inflated together (none when one cannot be: each read alone
    then says which)."""
    try:
        made = _inflate(path, [f.filename for f in block])
        return {
            f.filename: bytes(made[get_sanitized_output_path(f.filename, None).as_posix()].data)
            for f in block
        }
    except Exception:  # (a damaged member, or a name py7zr will not write)
        return {}


def _extract(path: Path, member: str, name: str) -> bytes:
    """The first file of the name, extracted alone or with the rest of its solid block: its declared size
    checked first, no more inflated in all than the archives' bound."""
    identity = archives.identity(path)
    held = archives.kept_member(identity, member)
    if held is not None:
        return held
    with path.open("rb") as handle:
        _check_header(handle, name)
        handle.seek(0)
        with py7zr.SevenZipFile(handle, max_extract_size=MAX_TOTAL_BYTES) as archive:
            first = next((f for f in archive.files if f.filename == member and f.is_file), None)
            if first is None:
                raise DocumentError(name, "is no longer in its archive; index the folder again")
            if _encrypted(first):
                raise DocumentError(
                    name, "is encrypted in its archive; unpack it with its password and index it"
                )
            if first.uncompressed > MAX_MEMBER_BYTES:
                raise DocumentTooLarge(
                    name,
                    f"is {first.uncompressed:,} bytes (limit {MAX_MEMBER_BYTES:,}); unpack it and split it",
                )
            block = _whole_block(archive, first)
    read = _block_read(path, block) if block else {}
    if member in read:
        archives.keep(identity, read)
        return read[member]
    made = _inflate(path, [member])
    if not made:
        raise DocumentError(name, "is no longer in its archive; index the folder again")
    # (a name written twice is extracted as name, name_0 …: the first is the shortest)
    return bytes(made[min(made, key=len)].data)


def read_7z_member(path: Path, member: str, name: str) -> bytes:
    """One member's bytes (``member``: its name as py7zr lists it; the first of the name), bounded;
    ``name`` is how reports name it."""
    try:
        data = _extract(path, member, name)
    except DocumentError:
        raise
    except py7zr.PasswordRequired:
        raise DocumentError(
            name, "is encrypted in its archive; unpack it with its password and index it"
        ) from None
    except Exception as e:  # py7zr raises Bad7zFile, CrcError, its own errors and the decoders'
        raise DocumentError(
            name, f"cannot be read from its archive ({_why(e)}); unpack it and index its files"
        ) from e
    if len(data) > MAX_MEMBER_BYTES:  # (py7zr writes no more than the declared size: a safeguard)
        raise DocumentTooLarge(name, f"is over {MAX_MEMBER_BYTES:,} bytes; unpack it and split it")
    return data
