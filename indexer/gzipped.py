"""A single gzipped file (NAME.csv.gz, NAME.txt.gz, NAME.json.gz …: what an open-data portal hands over, a
log rotated by its server): unpacked and read exactly as a file of its inner suffix is (load.extract: a
.csv.gz is a .csv document, its GBK decoded as the .csv reader decodes it), named as a member of it, as an
archive's files are (明细.csv.gz/明细.csv: a table's caption is 明细, as the .csv's is). The inner name is the
file's without its .gz, else, for a name that does not say what it holds (数据.gz), the name gzip stored in
its header.

A .csv.gz is read as a document even when its header names a collection's id and text columns (a collection
is a .jsonl or a .csv kept unpacked: collection.py); a .tar.gz and a .tgz stay archives (tararchive.py), a
.warc.gz a web archive (warc.py) — their names say so before this module is reached (filenames.name_suffix).

Unpacked within MAX_GUNZIPPED_BYTES, the bound a .docx's or a zip member's contents are read to
(wordx.MAX_DOCX_UNCOMPRESSED): a few kB of gzip can promise gigabytes, and such a file is refused as a
decompression bomb, unpacked no further. Several gzip members one after another (as ``cat a.gz b.gz`` leaves
them) are read as one file, as gzip reads them. Refused in one line each: a .gz of a .gz, a .gz of a kind
citeqa does not read or of a name that says none, bytes that are no gzip, a corrupt or a cut gzip, and a
gzip that holds nothing (a 0-byte .gz is empty, as any 0-byte document is: load.extract).
"""

from __future__ import annotations

import zlib
from pathlib import PurePosixPath

from indexer.decode import SUPPORTED_SUFFIXES, DocumentError
from indexer.filenames import name_suffix
from indexer.worddoc import DocumentTooLarge
from indexer.wordx import MAX_DOCX_UNCOMPRESSED

MAX_GUNZIPPED_BYTES = MAX_DOCX_UNCOMPRESSED
_GZIP = b"\x1f\x8b"
_FEXTRA, _FNAME = 4, 8  # header flags (RFC 1952)


def gunzipped(data: bytes, name: str) -> tuple[bytes, str, str]:
    """(the bytes a .gz file holds, the name of the file they are, its suffix); DocumentError for what
    cannot be read."""
    if not data.startswith(_GZIP):
        raise DocumentError(name, "is not a gzip file (it does not start as one); download it again")
    inner = _inner_name(name, data)
    suffix = name_suffix(inner) if PurePosixPath(inner).suffix else ""
    if suffix.endswith((".gz", ".tgz")):
        raise DocumentError(name, "is a gzip of a gzipped file; unpack it once and index what it holds")
    if suffix not in SUPPORTED_SUFFIXES:
        said = (
            f"holds a {suffix} file, a kind citeqa does not read" if suffix else "does not say what it holds"
        )
        raise DocumentError(
            name, f"{said}; a .gz is read as the document it holds, named after it (明细.csv.gz, 公告.txt.gz)"
        )
    unpacked = _unpacked(data, name)
    if not unpacked:
        raise DocumentError(name, "unpacks to an empty file; nothing to index")
    return unpacked, inner, suffix


def _inner_name(name: str, data: bytes) -> str:
    """The name of the file a .gz holds: its own without .gz, else (a name that does not say what it holds:
    数据.gz) the name gzip stored in its header."""
    base = PurePosixPath(name.replace("\\", "/")).name.rstrip(" .")
    inner = base[:-3] if base.lower().endswith(".gz") else ""
    if PurePosixPath(inner).suffix and name_suffix(inner) in SUPPORTED_SUFFIXES:
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


def _unpacked(data: bytes, name: str) -> bytes:
    """Every gzip member's bytes, within MAX_GUNZIPPED_BYTES (trailing bytes that are no member: ignored, as
    gzip ignores them)."""
    out = bytearray()
    rest = data
    while rest.startswith(_GZIP):
        unpacker = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            out += unpacker.decompress(rest, MAX_GUNZIPPED_BYTES - len(out) + 1)
        except zlib.error as e:
            raise DocumentError(name, f"is not a readable gzip file ({e}); download it again") from None
        if len(out) > MAX_GUNZIPPED_BYTES or unpacker.unconsumed_tail:
            raise DocumentTooLarge(
                name,
                f"is refused: it unpacks to over {MAX_GUNZIPPED_BYTES:,} bytes (what a .docx or a zip member "
                "may hold unpacked), the mark of a decompression bomb; unpack it and split it",
            )
        if not unpacker.eof:
            raise DocumentError(name, "is a gzip file cut short; download it again")
        rest = unpacker.unused_data
    return bytes(out)
