"""A single compressed file — gzipped (NAME.csv.gz, NAME.txt.gz, NAME.json.gz …: what an open-data portal
hands over, a log rotated by its server), bzip2-compressed (NAME.csv.bz2) or xz-compressed (NAME.txt.xz):
what a data portal or a Linux tool leaves. Unpacked and read exactly as a file of its inner suffix is
(load.extract: a .csv.gz or a .csv.bz2 is a .csv document, its GBK decoded as the .csv reader decodes it),
named as a member of it, as an archive's files are (明细.csv.gz/明细.csv: a table's caption is 明细, as the
.csv's is). The inner name is the file's without its .gz, .bz2 or .xz, else, for a .gz whose name does not
say what it holds (数据.gz), the name gzip stored in its header (bzip2 and xz store none).

A .csv.gz is read as a document even when its header names a collection's id and text columns (a collection
is a .jsonl or a .csv kept unpacked: collection.py); a .tar.gz, .tgz, .tar.bz2, .tbz2, .tar.xz and .txz stay
archives (tararchive.py), a .warc.gz a web archive (warc.py) — their names say so before this module is
reached (filenames.name_suffix).

Unpacked within MAX_GUNZIPPED_BYTES, the bound a .docx's or a zip member's contents are read to
(wordx.MAX_DOCX_UNCOMPRESSED): a few kB of gzip (bzip2, xz) can promise gigabytes, and such a file is refused
as a decompression bomb, unpacked no further. Several members or streams one after another (as ``cat a.gz
b.gz`` or ``pbzip2`` leave them) are read as one file, as gzip, bzip2 and xz read them. Refused in one line
each: a compressed file of a compressed file (a .gz of a .gz, a .bz2 of a .gz …), of a kind citeqa does not
read or of a name that says none, bytes that are not what the suffix says, a corrupt or a cut stream, and a
stream that holds nothing (a 0-byte .gz is empty, as any 0-byte document is: load.extract).
"""

from __future__ import annotations

import bz2
import lzma
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from indexer.decode import SUPPORTED_SUFFIXES, DocumentError
from indexer.filenames import name_suffix
from indexer.worddoc import DocumentTooLarge
from indexer.wordx import MAX_DOCX_UNCOMPRESSED

MAX_GUNZIPPED_BYTES = MAX_DOCX_UNCOMPRESSED
_FEXTRA, _FNAME = 4, 8  # gzip header flags (RFC 1952)


@dataclass(frozen=True)
class _Packing:
    kind: str  # as a message names the format, its article with it: "a gzip file", "an xz file"
    packed: str  # … and what it does to a file: "a gzipped file"
    magic: bytes
    unpacker: Callable[[], Any]  # a decompressor object: decompress(data, max_length), eof, unused_data
    errors: tuple[type[BaseException], ...]


COMPRESSED: dict[str, _Packing] = {
    ".gz": _Packing(
        "a gzip", "a gzipped", b"\x1f\x8b", lambda: zlib.decompressobj(zlib.MAX_WBITS | 16), (zlib.error,)
    ),
    ".bz2": _Packing("a bzip2", "a bzip2-compressed", b"BZh", bz2.BZ2Decompressor, (OSError, EOFError)),
    ".xz": _Packing(
        "an xz",
        "an xz-compressed",
        b"\xfd7zXZ\x00",
        lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ),
        (lzma.LZMAError, EOFError),
    ),
}
# what a compressed file must not hold: another compressed file (a compressed tar archive too: 资料.tgz.gz)
_SHORT = {".tgz": ".gz", ".tbz2": ".bz2", ".txz": ".xz"}


def unpacked(data: bytes, name: str, suffix: str) -> tuple[bytes, str, str]:
    """(the bytes a .gz, .bz2 or .xz file (``suffix``) holds, the name of the file they are, its suffix);
    DocumentError for what cannot be read."""
    packing = COMPRESSED[suffix]
    if not data.startswith(packing.magic):
        raise DocumentError(name, f"is not {packing.kind} file (it does not start as one); download it again")
    inner = _inner_name(name, data, suffix)
    inner_suffix = name_suffix(inner) if PurePosixPath(inner).suffix else ""
    within = COMPRESSED.get(_SHORT.get(inner_suffix) or inner_suffix[inner_suffix.rfind(".") :])
    if within is not None:
        raise DocumentError(
            name, f"is {packing.kind} of {within.packed} file; unpack it once and index what it holds"
        )
    if inner_suffix not in SUPPORTED_SUFFIXES:
        said = (
            f"holds a {inner_suffix} file, a kind citeqa does not read"
            if inner_suffix
            else "does not say what it holds"
        )
        raise DocumentError(
            name,
            f"{said}; a {suffix} is read as the document it holds, named after it (明细.csv{suffix}, "
            f"公告.txt{suffix})",
        )
    held = _unpacked(data, name, packing)
    if not held:
        raise DocumentError(name, "unpacks to an empty file; nothing to index")
    return held, inner, inner_suffix


def _inner_name(name: str, data: bytes, suffix: str) -> str:
    """The name of the file a compressed file holds: its own without the suffix, else (a .gz whose name does
    not say what it holds: 数据.gz) the name gzip stored in its header."""
    base = PurePosixPath(name.replace("\\", "/")).name.rstrip(" .")
    inner = base[: -len(suffix)] if base.lower().endswith(suffix) else ""
    if suffix != ".gz" or (PurePosixPath(inner).suffix and name_suffix(inner) in SUPPORTED_SUFFIXES):
        return inner
    stored = PurePosixPath(_stored_name(data).replace("\\", "/")).name
    return stored if PurePosixPath(stored).suffix else inner


def _stored_name(data: bytes) -> str:
    """The file name gzip stored in the header (FNAME), "" for none."""
    if len(data) < 10 or not data[3] & _FNAME:
        return ""
    at = 10
    if data[3] & _FEXTRA:
        at += 2 + int.from_bytes(data[10:12], "little")
    end = data.find(b"\x00", at, at + 1024)
    return data[at:end].decode("latin-1") if end > at else ""


def _unpacked(data: bytes, name: str, packing: _Packing) -> bytes:
    """Every member's (stream's) bytes, within MAX_GUNZIPPED_BYTES (trailing bytes that are no member:
    ignored, as gzip ignores them)."""
    out = bytearray()
    rest = data
    while rest.startswith(packing.magic):
        unpacker = packing.unpacker()
        try:
            out += unpacker.decompress(rest, MAX_GUNZIPPED_BYTES - len(out) + 1)
        except packing.errors as e:
            raise DocumentError(
                name, f"is not a readable {packing.kind.split()[-1]} file ({e}); download it again"
            ) from None
        left: bytes = getattr(unpacker, "unconsumed_tail", b"")  # (zlib's: input held back at the bound)
        if len(out) > MAX_GUNZIPPED_BYTES or left:
            raise DocumentTooLarge(
                name,
                f"is refused: it unpacks to over {MAX_GUNZIPPED_BYTES:,} bytes (what a .docx or a zip member "
                "may hold unpacked), the mark of a decompression bomb; unpack it and split it",
            )
        if not unpacker.eof:
            raise DocumentError(name, f"is {packing.kind} file cut short; download it again")
        rest = unpacker.unused_data
    return bytes(out)
