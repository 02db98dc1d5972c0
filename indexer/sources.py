"""Where documents come from: the files under the folders and files given to `citeqa index`, the records
of their collections, and the files inside their archives, each a ``Source`` a worker reads
(ingest.stage_source) or a DocumentError in its place — in a stable order, each file once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer.archive import ARCHIVE_SUFFIXES
from indexer.archive import members as archive_members
from indexer.collection import COLLECTION_SUFFIXES, Record, is_collection, read_collection
from indexer.decode import SUPPORTED_SUFFIXES, DocumentError
from indexer.filenames import name_suffix
from indexer.ingest import file_doc_id, printable_path, record_doc_id


@dataclass(frozen=True)
class Source:
    """One document to index: a file (``path``) or a collection record (``record``)."""

    name: str  # how reports name it: the path, or file:line for a record
    doc_id: str
    path: Path | None = None
    record: Record | None = None
    known_sha: str | None = None  # the indexed version's hash: a worker skips an unchanged document early
    # The folders a file was found in, from the indexed folder's own name down (江苏, 苏州工业园区): where a
    # user filed it says which region it is about when its text does not (docregion.detect_region).
    folders: tuple[str, ...] = ()
    # A file inside the archive at ``path`` (indexer/archive.py): its name as zipfile lists it
    member: str | None = None


def iter_sources(paths: Iterable[Path]) -> Iterator[Source | DocumentError]:
    """Documents under the given files, folders and collections, in a stable order; what cannot be a
    document (a missing path, an unsupported file, a bad record) comes as a DocumentError in its place. A
    file reached twice — named twice, or under two folders given that hold one another (a shell glob's
    overlap) — is read once, where first met (a fault probe: it had been skipped as clashing with its own
    doc_id)."""
    met: set[str] = set()

    def first(file: Path) -> bool:
        key = os.path.abspath(file)
        if key in met:
            return False
        met.add(key)
        return True

    for path in paths:
        path = Path(path)
        if path.is_dir():
            if (refused := _unlistable(path)) is not None:
                yield refused
                continue
            for file in sorted(path.rglob("*"), key=lambda f: (_looks_copied(f.relative_to(path)), f)):
                rel = file.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue  # hidden files and folders (.git, .DS_Store) are no documents
                if _page_resources(path, rel):
                    continue  # a saved page's styles, scripts, images and frames (page_files/)
                try:
                    is_file = file.is_file()
                    is_dir = not is_file and file.is_dir() and not file.is_symlink()
                    odd = not is_file and not is_dir
                except OSError as exc:  # in a folder that may be listed, not entered (mode r without x)
                    yield DocumentError(printable_path(file), f"cannot be read ({exc.strerror or exc})")
                    continue
                if is_dir and (refused := _unlistable(file)) is not None:
                    yield refused  # rglob passes over a folder it cannot list without a word
                elif is_file and first(file):
                    folders = tuple(_readable(part) for part in (path.name, *rel.parent.parts) if part)
                    yield from _file_sources(file, rel.as_posix(), folders)
                elif odd:
                    # said, not silently passed over: the user expects every file under the folder
                    yield DocumentError(printable_path(file), _not_a_file(file))
        elif path.is_file():
            if not first(path):
                continue
            yield from _file_sources(path, path.name, (path.parent.name,) if path.parent.name else ())
        elif path.is_symlink() or path.exists():
            yield DocumentError(printable_path(path), _not_a_file(path))
        else:
            yield DocumentError(printable_path(path), "no such file or folder")


# Where a folder keeps second copies (下载/x(1).html, 备份/, x - 副本.docx): of two files with the same
# content, the one indexed is the one met first (the other is a duplicate of it), and the original is the
# one to cite — it is where the user filed it (浙江/吴兴区/, which names its region), under the name it was
# published with.
_COPY_FOLDERS = frozenset({"下载", "download", "downloads", "备份", "backup", "副本", "copy", "copies"})
_COPY_NAME = re.compile(r"(?:[ _]?[(（]\d{1,3}[)）]|[ _-]*(?:副本|copy)(?:[ _]?[(（]?\d{1,3}[)）]?)?)$", re.I)


# The folder a browser saves a page's resources in beside it ("Web page, complete": 通知_files/, Word's
# "Save as Web Page" in Chinese: 通知.files/): what the page shows, not documents of their own (its frames'
# saved_resource.html are a consultation widget's or an advertisement's).
_RESOURCE_FOLDER = re.compile(r"(.+)(?:_files|\.files|_archivos|-Dateien|_fichiers)$", re.IGNORECASE)
_PAGES = tuple(
    e for ext in (".html", ".htm", ".shtml") for e in (ext, ext.upper())
)  # (a single-file .mht has none)


def _page_resources(root: Path, rel: Path) -> bool:
    """``rel`` (a path under the indexed folder ``root``) lies in a page's resource folder (see above) that
    stands beside that page, within the folder."""
    for folder in rel.parents[:-1]:  # (not the indexed folder itself, nor what holds it)
        found = _RESOURCE_FOLDER.fullmatch(folder.name)
        if found and any((root / folder.parent / f"{found.group(1)}{ext}").is_file() for ext in _PAGES):
            return True
    return False


def _looks_copied(rel: Path) -> bool:
    """Whether a path under the indexed folder looks like a second copy of a file (see above)."""
    folders = {part.casefold() for part in rel.parts[:-1]}
    return bool(folders & _COPY_FOLDERS) or bool(_COPY_NAME.search(rel.stem))


def _readable(name: str) -> str:
    """A folder's name as text: a name in GBK bytes (a Windows archive's 江苏) decoded as such, one that is
    neither UTF-8 nor GB18030 as its printable form."""
    raw = name.encode("utf-8", "surrogateescape")
    for codec in ("utf-8", "gb18030"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "backslashreplace")


def _unlistable(folder: Path) -> DocumentError | None:
    try:
        with os.scandir(folder):
            return None
    except OSError as exc:
        return DocumentError(printable_path(folder), f"cannot be read ({exc.strerror or exc})")


def _not_a_file(path: Path) -> str:
    if path.is_symlink():
        if path.is_dir():
            return "is a link to a folder, which is not followed (links can loop); index that folder itself"
        return "is a broken symbolic link (or a loop of links); nothing to read"
    return "is not a regular file (a pipe, socket or device); nothing to read"


def _file_sources(file: Path, rel: str, folders: tuple[str, ...] = ()) -> Iterator[Source | DocumentError]:
    suffix = name_suffix(file.name)  # (showinfo.jsp?infoid=21573 is a .jsp, 资料.tar.gz a .tar.gz)
    if suffix in COLLECTION_SUFFIXES and is_collection(file):
        try:
            for item in read_collection(file):
                if isinstance(item, DocumentError):
                    yield item
                else:
                    yield Source(name=item.name, doc_id=record_doc_id(item.id), record=item)
        except DocumentError as e:
            yield e
    elif suffix in SUPPORTED_SUFFIXES or not suffix:
        # (a .csv that is no collection is a table; a file of no suffix is read by its bytes: load.extract)
        yield Source(name=printable_path(file), doc_id=file_doc_id(rel), path=file, folders=folders)
    elif suffix in ARCHIVE_SUFFIXES:
        yield from _archive_sources(file, rel, folders)
    else:
        yield DocumentError(printable_path(file), _unsupported(suffix))


def _unsupported(suffix: str) -> str:
    supported = ", ".join(dict.fromkeys(SUPPORTED_SUFFIXES + COLLECTION_SUFFIXES + ARCHIVE_SUFFIXES))
    return f"unsupported file type {suffix or '(no suffix)'!r}; supported: {supported}"


def _archive_sources(file: Path, rel: str, folders: tuple[str, ...]) -> Iterator[Source | DocumentError]:
    """The documents an archive holds, each named archive.zip/member and filed under the archive's name."""
    name = printable_path(file)
    try:
        listed = archive_members(file, name)
    except DocumentError as e:
        yield e
        return
    inside = (*folders, _readable(file.stem))
    for member in listed:
        if isinstance(member, DocumentError):
            yield member
            continue
        member_name = f"{name}/{member.name}"
        if member.suffix in ARCHIVE_SUFFIXES:
            yield DocumentError(member_name, "is an archive inside an archive; unpack it and index its files")
        # (a .jsonl in an archive is read as JSON Lines, a document: a collection is indexed unpacked)
        elif member.suffix not in SUPPORTED_SUFFIXES and member.suffix:
            yield DocumentError(member_name, _unsupported(member.suffix))
        else:
            doc_id = file_doc_id(f"{rel}/{member.name}")
            yield Source(member_name, doc_id, path=file, folders=inside, member=member.stored)
