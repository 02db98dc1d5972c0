"""A tar archive kept beside the documents (村志编纂资料.tar.gz: eval/policy30, written blind), read as a .zip
is (archive.py): each regular file in it a document of its own, named ``archive.tar.gz/member``. Names are
read as written (UTF-8, else GBK as a Chinese Windows tar writes them); links, devices and folders are passed
over, as are hidden files. Reading is bounded as a .zip's is: the members are listed by walking the headers,
stopped at MAX_MEMBERS entries or MAX_TOTAL_BYTES of data (a compressed stream is inflated as it is walked,
so a bomb is cut there), and one member is read to MAX_MEMBER_BYTES."""

from __future__ import annotations

import tarfile
import zlib
from pathlib import Path

from indexer.archive import MAX_MEMBER_BYTES, MAX_MEMBERS, MAX_TOTAL_BYTES, Member
from indexer.decode import DocumentError
from indexer.worddoc import DocumentTooLarge

_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, ValueError)


def _name(info: tarfile.TarInfo) -> str:
    raw = info.name.encode("utf-8", "surrogateescape")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.name


def _unreadable(name: str, e: BaseException) -> DocumentError:
    return DocumentError(name, f"is not a readable tar archive ({e}); unpack it and index its files")


def tar_members(path: Path, name: str) -> list[Member | DocumentError]:
    """The regular files a tar archive holds, in its order (a name met again: a DocumentError in its place);
    raises DocumentError for an archive that cannot be read, holds no file, or is over the bounds."""
    out: list[Member | DocumentError] = []
    seen: set[str] = set()
    total = 0
    count = 0
    try:
        with tarfile.open(path, mode="r:*", encoding="utf-8", errors="surrogateescape") as archive:
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
                if info.name in seen:
                    out.append(DocumentError(f"{name}/{shown}", "is in its archive twice; the first is read"))
                    continue
                seen.add(info.name)
                out.append(Member(shown, info.name, info.size, False))
    except DocumentError:
        raise
    except _ERRORS as e:
        raise _unreadable(name, e) from e
    if not out:
        raise DocumentError(name, "holds no files; nothing to index")
    return out


def read_tar_member(path: Path, member: str, name: str) -> bytes:
    """One member's bytes (``member``: its name as tarfile lists it; the first of the name), bounded."""
    try:
        with tarfile.open(path, mode="r:*", encoding="utf-8", errors="surrogateescape") as archive:
            count = 0
            while (info := archive.next()) is not None:
                count += 1
                if count > MAX_MEMBERS:
                    break
                if info.name != member or not info.isreg():
                    continue
                if info.size > MAX_MEMBER_BYTES:
                    raise DocumentTooLarge(
                        name, f"is {info.size:,} bytes (limit {MAX_MEMBER_BYTES:,}); unpack it and split it"
                    )
                handle = archive.extractfile(info)
                if handle is None:
                    break
                return handle.read(MAX_MEMBER_BYTES + 1)
    except DocumentError:
        raise
    except _ERRORS as e:
        raise DocumentError(
            name, f"cannot be read from its archive ({e}); unpack it and index its files"
        ) from e
    raise DocumentError(name, "is no longer in its archive; index the folder again")
