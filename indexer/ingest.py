"""What goes into an index, one document at a time: the doc_ids of its sources (found by indexer/sources.py:
files, folders, collection records, archives' files) and the per-document work — read, extract, clean,
chunk, tokenise — a batch runs in a worker pool.

doc_id rule (stable across runs, URL-safe, never two documents on one id):
- a ``.txt`` file at the top of the folder given to ``citeqa index`` (or given itself) whose stem is plain
  ASCII (letters, digits, ``_ . -``): the stem — ``seeds/001_23f8d249a03d504e.txt`` is
  ``001_23f8d249a03d504e``;
- any other file: a readable slug of its path relative to that folder, ``~``, and 16 hex digits of the
  SHA-256 of that path — ``a/report.txt`` is ``a-report.txt~…``, ``b/report.txt`` another id. Plain stems
  never contain ``~``, so the two kinds cannot meet;
- a collection record: its ``id`` when plain ASCII, else the same slug~hash of the id; an upload: its
  explicit id, else the rule for its file name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from indexer.archive import read_member
from indexer.asking import asked_before
from indexer.chunk import Span, chunk_text
from indexer.clean import clean_document
from indexer.collection import Record
from indexer.decode import PARSER_ERRORS, check_line, clip_title
from indexer.docregion import detect_region
from indexer.filenames import name_suffix
from indexer.load import (
    TEXT_SUFFIXES,
    DocumentError,
    Extracted,
    check_text,
    check_text_size,
    extract,
    locate_pages,
)
from indexer.mbox import check_mbox_size
from indexer.normalize import normalize
from indexer.segment import tokenize
from indexer.settings import IndexSettings
from indexer.store import DocumentMeta

if TYPE_CHECKING:
    from indexer.sources import Source

DOC_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.~-]{0,127}$"
# Any id an index may hold: those of the rule above, and those given before a slug had to start with a
# letter or digit ('_notes.md~…', see `legacy_doc_ids`) — read, searched by and deleted like any other.
STORED_ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.~-]{0,127}$"
_STORED_ID = re.compile(STORED_ID_PATTERN)
_DOC_ID = re.compile(DOC_ID_PATTERN)
_PLAIN_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Prepared:
    """A cleaned, chunked document ready to be indexed."""

    meta: DocumentMeta
    text: str
    spans: tuple[Span, ...]


# ------------------------------------------------------------------------------------------------ ids


def _slug_hash(key: str) -> str:
    slug = _UNSAFE.sub("-", key).strip("-.")[:48].strip("-.")
    slug = slug.lstrip("_-.")  # a doc_id starts with a letter or digit: '_notes.md' must stay addressable
    # a file name that is not UTF-8 reaches us with surrogate escapes: hash its raw bytes
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{slug or 'doc'}~{digest}"


def file_doc_id(relative: str | PurePosixPath) -> str:
    """doc_id of a file from its path relative to the folder given (see the module docstring)."""
    rel = PurePosixPath(relative)
    if len(rel.parts) == 1 and rel.suffix.lower() == ".txt" and _PLAIN_STEM.match(rel.stem):
        return rel.stem
    return _slug_hash(rel.as_posix())


def record_doc_id(raw_id: str) -> str:
    """doc_id of a collection record: its id when plain ASCII, else slug~hash of it."""
    return raw_id if _PLAIN_STEM.match(raw_id) else _slug_hash(raw_id)


def legacy_doc_ids(indexed: Iterable[str]) -> dict[str, str]:
    """The indexed ids of the earlier rule, which kept a slug's leading '_' ('_notes.md~…'), by the id the
    rule now gives the same file or record (the hash is unchanged): such a document keeps its id — citations
    of it stay valid, and a changed file updates it rather than adding a second copy — until ``--rebuild``."""
    found = {}
    for doc_id in indexed:
        if doc_id.startswith("_") and "~" in doc_id:
            slug, _, digest = doc_id.rpartition("~")
            found[f"{slug.lstrip('_-.') or 'doc'}~{digest}"] = doc_id
    return found


def validate_doc_id(doc_id: str, stored: bool = False) -> str:
    """``doc_id`` when it is one a new document may take (``stored``: one an index may hold already)."""
    if not isinstance(doc_id, str) or not (_STORED_ID if stored else _DOC_ID).fullmatch(doc_id):
        raise ValueError(
            f"doc_id {doc_id!r} is not allowed: use 1 to 128 ASCII letters, digits, '_', '-', '.' or '~', "
            f"starting with a letter{', digit or _' if stored else ' or digit'}"
        )
    return doc_id


# ------------------------------------------------------------------------------------------ naming


def printable_path(path: Path) -> str:
    """A path as reports and the index store it: bytes of a name that is not UTF-8 (which Python holds as
    surrogate escapes no UTF-8 writer accepts) shown as ``\\xff``, and characters that do not print (a line
    break, a tab, a right-to-left override) as ``\\n``, ``\\t``, ``\\u202e``: a name holding a line break
    had split its report across two lines, where each file gets one."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _UNPRINTED else ch
        for ch in text
    )


_UNPRINTED = frozenset({"Cc", "Cf", "Zl", "Zp"})  # controls, format characters, line and paragraph breaks


# ---------------------------------------------------------------------------------------- preparing


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare_extracted(
    extracted: Extracted,
    doc_id: str,
    settings: IndexSettings,
    name: str,
    path: str | None = None,
    title: str | None = None,
    folders: Sequence[str] = (),
) -> Prepared:
    """Clean, describe and chunk one document's extracted text; DocumentError when nothing is left."""
    cleaned = clean_document(extracted.text, navigation=extracted.navigation, header=extracted.header)
    text = cleaned.text
    if not text.strip():
        what = (
            "is empty"
            if not extracted.text.strip()
            else "has no text left after cleaning (only site furniture)"
        )
        raise DocumentError(name, f"{what}; nothing to index")
    if not any(ch.isalnum() for ch in text):  # 「。。。，，，」: no passage could ever match or answer
        raise DocumentError(name, "holds no words (only punctuation or symbols); nothing to index")
    doc_title = check_line(title, "title", name) or clip_title(extracted.title or cleaned.title)
    pages = locate_pages(text, extracted.pages) if extracted.pages else None
    meta = DocumentMeta(
        doc_id=doc_id,
        title=doc_title,
        region=detect_region(doc_title, text, folders),
        date=cleaned.date or extracted.date,
        source=cleaned.source or extracted.source,
        path=path,
        sha256=sha256_text(extracted.text),
        pages=pages,
    )
    spans = tuple(chunk_text(text, settings.chunking, title=doc_title))
    return Prepared(meta=meta, text=text, spans=spans)


def prepare_record(record: Record, doc_id: str, settings: IndexSettings) -> Prepared:
    extracted = Extracted(text=check_text(record.text, record.name))
    prepared = prepare_extracted(extracted, doc_id, settings, record.name, title=record.title)
    meta = replace(
        prepared.meta,
        date=record.date or prepared.meta.date,
        region=record.region or prepared.meta.region,
        source=record.source or prepared.meta.source,
        path=record.url or record.name,
    )
    return replace(prepared, meta=meta)


def with_metadata(prepared: Prepared, name: str, given: dict[str, str | None]) -> Prepared:
    """``prepared`` with the metadata its sender gave (a JSON upload's ``title``, already applied, and its
    ``region``, ``date`` — YYYY-MM-DD — and ``source``; None: as read from the text), each one line
    (DocumentError for a control character). When any was given, the content hash covers them too, so the
    same text sent again with other metadata is an update, not "unchanged" with the old metadata kept."""
    if not any(given.values()):
        return prepared
    old = prepared.meta
    meta = replace(
        old,
        region=check_line(given.get("region"), "region", name) or old.region,
        date=given.get("date") or old.date,
        source=check_line(given.get("source"), "source", name) or old.source,
    )
    stated = "\n".join(f"{key}={value}" for key, value in sorted(given.items()) if value)
    meta = replace(meta, sha256=sha256_text(f"{old.sha256}\n{stated}"))
    return replace(prepared, meta=meta)


def ingest_bytes(
    name: str, data: bytes, settings: IndexSettings, doc_id: str | None = None, title: str | None = None
) -> Prepared:
    """One uploaded file, ready for ``Retriever.add``: extracted (bounded), cleaned and chunked.

    ``name`` is the file name (its suffix picks the format); ``doc_id`` None derives the id from the name
    by the module's rule. Raises DocumentError(name, reason) for anything wrong with the document —
    unsupported type, binary or undecodable, a .docx bomb, a PDF over the limits, nothing left after
    cleaning — and ValueError for a malformed ``doc_id``.
    """
    doc_id = validate_doc_id(doc_id) if doc_id is not None else file_doc_id(PurePosixPath(name).name)
    extracted = extract(data, name_suffix(name), name=name)
    return prepare_extracted(extracted, doc_id, settings, name, path=name, title=title)


def ingest_text(text: str, doc_id: str, settings: IndexSettings, title: str | None = None) -> Prepared:
    """A JSON upload's text, ready for ``Retriever.add`` (DocumentError when cleaning leaves nothing)."""
    extracted = Extracted(text=check_text(text, doc_id))
    return prepare_extracted(extracted, validate_doc_id(doc_id), settings, doc_id, title=title)


# ------------------------------------------------------------------------------------- worker output


@dataclass(frozen=True)
class Staged:
    """A prepared document with what the encoder and BM25 need: its passages as embedded, and their terms."""

    name: str
    prepared: Prepared
    texts: tuple[str, ...]  # per passage: title/heading context + passage, as embedded (embedding_text)
    terms: tuple[dict[str, int], ...]  # per passage: term counts


@dataclass(frozen=True)
class Unchanged:
    name: str
    doc_id: str


def context_text(
    settings: IndexSettings, title: str | None, span: Span, passage: str, asked: str = ""
) -> str:
    """What a passage is tokenised and embedded as: its text, with the document title, heading and the
    question it answers (``asked``: asking.asked_before) first."""
    parts = []
    if "title" in settings.context and title:
        parts.append(title)
    if "heading" in settings.context and span.heading and span.heading != title:
        if not passage.startswith(span.heading):  # a passage opening its section holds its heading
            parts.append(span.heading)
    if "question" in settings.context and asked:
        parts.append(asked)
    parts.append(passage)
    return "\n".join(parts)


def passage_contexts(
    settings: IndexSettings, title: str | None, text: str, spans: Sequence[Span]
) -> list[str]:
    """``context_text`` of each passage of a document (``spans`` as chunked, in order)."""
    return [
        context_text(settings, title, span, text[span.start : span.end], asked_before(text, spans, i))
        for i, span in enumerate(spans)
    ]


def embedding_text(settings: IndexSettings, context: str) -> str:
    """What the encoder sees of a passage's ``context_text``: its matching form, the form questions are
    encoded in (DenseConfig.normalised; an index built before embedded it as written). The tokenizer
    normalises by itself, so BM25 reads the context text as before."""
    return normalize(context) if settings.dense.normalised else context


def stage(prepared: Prepared, settings: IndexSettings, name: str) -> Staged:
    contexts = passage_contexts(settings, prepared.meta.title, prepared.text, prepared.spans)
    terms = tuple(dict(Counter(tokenize(t, settings.tokenizer))) for t in contexts)
    texts = tuple(embedding_text(settings, t) for t in contexts)
    return Staged(name=name, prepared=prepared, texts=texts, terms=terms)


def stage_source(source: Source, settings: IndexSettings) -> Staged | Unchanged | DocumentError:
    """The whole per-document job (runs in a worker): never raises for a bad document, returns its error."""
    try:
        if source.record is not None:
            if source.known_sha is not None and sha256_text(source.record.text) == source.known_sha:
                return Unchanged(source.name, source.doc_id)
            return stage(prepare_record(source.record, source.doc_id, settings), settings, source.name)
        if source.path is None:
            return DocumentError(source.name, "has neither a file nor a record to read")
        suffix = name_suffix(source.name if source.member is not None else source.path.name)
        try:
            if source.member is not None:
                data = read_member(source.path, source.member, source.name)
            else:
                if suffix.lower() in TEXT_SUFFIXES:  # a 200 MB .txt is refused unread
                    check_text_size(source.name, source.path.stat().st_size)
                elif suffix.lower() == ".mbox":  # … as is a mail folder over its bound
                    check_mbox_size(source.name, source.path.stat().st_size)
                data = source.path.read_bytes()
        except OSError as e:
            return DocumentError(source.name, f"cannot be read ({e.strerror or e})")
        extracted = extract(data, suffix, name=source.name)
        if source.known_sha is not None and sha256_text(extracted.text) == source.known_sha:
            return Unchanged(source.name, source.doc_id)
        prepared = prepare_extracted(
            extracted,
            source.doc_id,
            settings,
            source.name,
            path=source.name if source.member is not None else printable_path(source.path),
            folders=source.folders,
        )
        return stage(prepared, settings, source.name)
    except DocumentError as e:
        return e
    except PARSER_ERRORS as e:  # a parser's own failure on a hostile file
        return DocumentError(source.name, f"could not be read ({type(e).__name__}: {e})")


def stage_all(sources: Sequence[Source], settings: IndexSettings) -> list[Staged | Unchanged | DocumentError]:
    return [stage_source(s, settings) for s in sources]
