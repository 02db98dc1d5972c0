"""The index on disk: one directory, a manifest that is the one commit point, data in plainly named files.

Lucene's commit discipline is the model (SegmentInfos.prepareCommit/finishCommit, IndexFileDeleter,
NativeFSLockFactory's write.lock):
- Generation directories (``g000007/``) are written once and never changed. A write builds the next one under
  a unique temporary name (``.tmp-g000008-1a2b3c4d/``), fsyncs every file and the directory, renames it into
  place and fsyncs the index directory; then it writes the manifest to a temporary file, fsyncs it and
  ``os.replace``-s it over ``manifest.json`` — the commit point — and fsyncs the directory again.
- Like IndexFileDeleter, every writer (and every reader that finds the lock free when it opens the index)
  removes what the committed manifest does not reference: older generations, ``.tmp-*`` leftovers of a killed
  writer. Like IndexFileDeleter inflating its segment counter past every name on disk, the next generation
  number is above every name found, so a leftover can never block a write.
- One writer at a time across processes (`indexer.lock`); a reader that loses a race with a writer's cleanup
  re-reads the manifest and retries, as Lucene's FindSegmentsFile does.
- Like Lucene's codec footers, the manifest records each file's size and checksum (xxh3-64, `indexer.disk`),
  and its own checksum. Sizes are verified at every load; checksums at load when the index is small
  (≤ CHECKSUM_AT_LOAD_BYTES) and always by ``citeqa check``; then `indexer.validate` checks the contents.
No pickle anywhere: .npy files are parsed with ``allow_pickle=False`` after their headers are checked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import uuid
from pathlib import Path
from typing import Any, Literal

import faiss
import numpy as np
import scipy.sparse as sp

from indexer.contents import DocumentMeta, IndexData, library_versions
from indexer.disk import (
    CHUNK,
    Disk,
    FileRecord,
    digest_bytes,
    map_npy,
    parse_json,
    parse_npy,
    read_checked,
    write_array,
    write_chunks,
)
from indexer.lock import IndexBusyError, IndexWriteError, write_lock
from indexer.manifest import (
    ARRAYS,
    FILES,
    FORMAT_VERSION,
    IVF_FILE,
    MANIFEST,
    SENTENCE_FILES,
    build_manifest,
    committed_id,
    read_manifest,
)
from indexer.sentences import DTYPE, SentenceVectors
from indexer.sparse import BM25, BM25Params
from indexer.validate import (
    IndexDamagedError,
    IndexFormatError,
    Problem,
    check_array,
    check_documents,
    check_ivf,
    check_passages,
    check_sentences,
    check_terms,
    check_texts,
    check_vectors,
)

__all__ = [
    "FILES",
    "FORMAT_VERSION",
    "MANIFEST",
    "SENTENCE_FILES",
    "DocumentMeta",
    "IndexBusyError",
    "IndexDamagedError",
    "IndexData",
    "IndexFormatError",
    "IndexWriteError",
    "committed_id",
    "library_versions",
    "read_manifest",
    "write_lock",
]

logger = logging.getLogger(__name__)

TMP = ".tmp-"
GENERATION = re.compile(r"g(\d{6,})")
_LEFTOVER_GENERATION = re.compile(r"\.tmp-g(\d{6,})-")
_DTYPES = {"keys": np.int64, "doc_rows": np.int32, "starts": np.int32, "ends": np.int32, "ordinals": np.int32}
CHECKSUM_AT_LOAD_BYTES = 64 << 20  # verify every checksum at load below this (xxh3: ~10 ms per 64 MiB)
READ_ATTEMPTS = 10
Verify = Literal["auto", "sizes", "full"]


# ---------- reading ----------
def read_index(index_dir: Path, verify: Verify = "auto") -> IndexData:
    """Load the committed index in ``index_dir``; a damaged or inconsistent one is refused with a fix.

    ``verify``: "auto" checks sizes always and checksums when the index is small; "full" checks every
    checksum (``citeqa check``); "sizes" skips checksums except for the faiss file.
    """
    for attempt in range(READ_ATTEMPTS):
        manifest = read_manifest(index_dir)
        try:
            return _read_generation(index_dir, manifest, verify)
        except IndexDamagedError:
            # A writer may have committed and removed the generation while we read it: then retry.
            if attempt + 1 < READ_ATTEMPTS and committed_id(index_dir) != manifest["commit"]:
                continue
            raise
    raise AssertionError("unreachable")


def _read_generation(index_dir: Path, manifest: dict[str, Any], verify: Verify) -> IndexData:
    gen_dir = index_dir / manifest["generation"]
    files: dict[str, dict[str, Any]] = manifest["files"]
    total = sum(int(r["size"]) for r in files.values())
    checksums = verify == "full" or (verify == "auto" and total <= CHECKSUM_AT_LOAD_BYTES)
    counts = manifest["counts"]
    n_docs, n_passages, n_terms = counts["documents"], counts["passages"], counts["vocabulary"]
    dim = manifest["model"]["dim"]
    try:
        raw = {
            name: read_checked(gen_dir / name, files[name], checksums)
            for name in files
            if name not in ("vectors.npy", "sentence_vectors.npy")
        }
        vectors = map_npy(gen_dir / "vectors.npy", files["vectors.npy"], checksums)
        sentences = _read_sentences(gen_dir, files, raw, checksums, dim)
        docs = check_documents(parse_json("documents.json", raw["documents.json"]), n_docs)
        texts = check_texts(
            bytes(raw["texts.bin"]), parse_npy("text_offsets.npy", raw["text_offsets.npy"]), n_docs
        )
        arrays = {name: parse_npy(f"{name}.npy", raw[f"{name}.npy"]) for name in ARRAYS}
        check_array("keys.npy", arrays["keys"], np.int64, (n_passages,))
        check_passages(arrays, texts, manifest["next_key"])
        check_vectors(vectors, n_passages, dim)
        tf_data, tf_indices, tf_indptr = (
            parse_npy(f"tf_{n}.npy", raw[f"tf_{n}.npy"]) for n in ("data", "indices", "indptr")
        )
        vocab = parse_json("vocab.json", raw["vocab.json"])
        check_terms(tf_data, tf_indices, tf_indptr, vocab, n_passages, n_terms)
        ivf = None
        if IVF_FILE in raw:
            if not checksums and digest_bytes(raw[IVF_FILE]) != files[IVF_FILE]["xxh3"]:
                raise Problem(IVF_FILE, "checksum mismatch")  # faiss parses it: never hand it damaged bytes
            try:
                ivf = faiss.deserialize_index(np.frombuffer(raw[IVF_FILE], dtype=np.uint8))
            except RuntimeError as exc:
                raise Problem(IVF_FILE, f"unreadable ({str(exc).splitlines()[0]})") from None
            check_ivf(ivf, n_passages, dim)
    except Problem as problem:
        raise IndexDamagedError(
            index_dir, f"{manifest['generation']}/{problem.file}", problem.reason
        ) from None
    tf = sp.csc_matrix((tf_data, tf_indices, tf_indptr), shape=(n_passages, n_terms))
    settings = {k: manifest[k] for k in ("model", "tokenizer", "chunking", "bm25", "dense", "fusion")}
    if "pipeline_version" in manifest:  # absent: built before citeqa recorded it (kept so on updates)
        settings["pipeline_version"] = manifest["pipeline_version"]
    return IndexData(
        settings=settings,
        documents=[DocumentMeta(**{**d, "pages": d["pages"] and tuple(d["pages"])}) for d in docs],
        texts=texts,
        vectors=vectors,
        bm25=BM25(tf, vocab, BM25Params(**manifest["bm25"])),
        ivf=ivf,
        next_key=int(manifest["next_key"]),
        generation=int(manifest["generation"][1:]),
        commit=manifest["commit"],
        keys=arrays["keys"],
        doc_rows=arrays["doc_rows"],
        starts=arrays["starts"],
        ends=arrays["ends"],
        ordinals=arrays["ordinals"],
        sentences=sentences,
    )


def _read_sentences(
    gen_dir: Path, files: dict[str, dict[str, Any]], raw: dict[str, Any], checksums: bool, dim: int
) -> SentenceVectors | None:
    if "sentence_keys.npy" not in files:
        return None
    keys = parse_npy("sentence_keys.npy", raw["sentence_keys.npy"])
    counts = parse_npy("sentence_counts.npy", raw["sentence_counts.npy"])
    vectors = map_npy(gen_dir / "sentence_vectors.npy", files["sentence_vectors.npy"], checksums)
    check_sentences(keys, counts, vectors, dim)
    return SentenceVectors(keys, counts, vectors)


# ---------- writing ----------
def write_index(index_dir: Path, data: IndexData, disk: Disk | None = None) -> IndexData:
    """Commit ``data`` as the next generation of ``index_dir``; returns it with its generation and commit set.

    Takes the write lock unless the calling thread holds it already (a read-modify-write holds it throughout).
    A failure before the commit point leaves the previous commit in place; after it, the new one.
    """
    disk = disk or Disk()
    with write_lock(index_dir):
        remove_unreferenced(index_dir, disk, logging.WARNING)
        name = _next_generation(index_dir, data.generation)
        token = uuid.uuid4().hex
        tmp = index_dir / f"{TMP}{name}-{token[:8]}"
        tmp_manifest = index_dir / f"{TMP}manifest-{token[:8]}.json"
        done: list[Path] = []
        committed = False
        try:
            disk.mkdir(tmp)
            done.append(tmp)
            files = _write_files(disk, tmp, data)
            disk.fsync_dir(tmp)
            disk.rename(tmp, index_dir / name)
            done.append(index_dir / name)
            disk.fsync_dir(index_dir)
            manifest = build_manifest(data, name, token, files)
            done.append(tmp_manifest)
            write_chunks(
                disk, tmp_manifest, [json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")]
            )
            disk.replace(tmp_manifest, index_dir / MANIFEST)  # the commit point
            committed = True
            disk.fsync_dir(index_dir)
        except BaseException as exc:
            if not committed:
                _discard(disk, done)
                if isinstance(exc, OSError):  # callers map this one error (HTTP 503, one CLI line)
                    raise IndexWriteError(index_dir, exc) from exc
            raise
        remove_unreferenced(index_dir, disk, logging.DEBUG)
    data.generation = int(name[1:])
    data.commit = token
    data.settings = {**data.settings, "dense": manifest["dense"]}
    return data


def _write_files(disk: Disk, tmp: Path, data: IndexData) -> dict[str, FileRecord]:
    encoded = [t.encode("utf-8") for t in data.texts]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    tf = data.bm25.tf
    files = {
        "texts.bin": write_chunks(disk, tmp / "texts.bin", encoded),
        "text_offsets.npy": write_array(disk, tmp / "text_offsets.npy", offsets),
        "documents.json": write_chunks(
            disk,
            tmp / "documents.json",
            [json.dumps([d.to_dict() for d in data.documents], ensure_ascii=False).encode("utf-8")],
        ),
    }
    for name in ARRAYS:
        array = np.asarray(getattr(data, name), dtype=_DTYPES[name])
        files[f"{name}.npy"] = write_array(disk, tmp / f"{name}.npy", array)
    files["vectors.npy"] = write_array(disk, tmp / "vectors.npy", np.asarray(data.vectors, dtype=np.float32))
    if data.sentences is not None:
        s = data.sentences
        for name, array in (
            ("sentence_keys.npy", s.keys.astype(np.int64)),
            ("sentence_counts.npy", s.counts.astype(np.int32)),
            ("sentence_vectors.npy", np.asarray(s.vectors, dtype=DTYPE)),
        ):
            files[name] = write_array(disk, tmp / name, array)
    for name, dtype in (("data", np.float32), ("indices", np.int32), ("indptr", np.int64)):
        # as they are when of the stored type already (a copy of the postings is GBs at 1M passages)
        array = np.asarray(getattr(tf, name), dtype)
        files[f"tf_{name}.npy"] = write_array(disk, tmp / f"tf_{name}.npy", array)
    vocab = json.dumps(data.bm25.vocab, ensure_ascii=False).encode("utf-8")
    files["vocab.json"] = write_chunks(disk, tmp / "vocab.json", [vocab])
    if data.ivf is not None:
        blob = faiss.serialize_index(data.ivf)  # uint8 array; written in slices, not copied whole
        slices = (blob[lo : lo + CHUNK].tobytes() for lo in range(0, len(blob), CHUNK))
        files[IVF_FILE] = write_chunks(disk, tmp / IVF_FILE, slices)
    return files


def _next_generation(index_dir: Path, at_least: int) -> str:
    """One above every generation number on disk — committed, orphaned or half-written — so it is free."""
    numbers = [at_least]
    for entry in index_dir.iterdir():
        found = GENERATION.fullmatch(entry.name) or _LEFTOVER_GENERATION.match(entry.name)
        if found:
            numbers.append(int(found.group(1)))
    with contextlib.suppress(IndexFormatError):
        numbers.append(int(read_manifest(index_dir)["generation"][1:]))
    return f"g{max(numbers) + 1:06d}"


def _discard(disk: Disk, paths: list[Path]) -> None:
    """Best-effort rollback of an interrupted write; whatever stays is removed by the next writer."""
    for path in reversed(paths):
        try:
            if path.exists():
                disk.remove(path)
        except OSError as exc:
            logger.warning(
                "could not remove %s after a failed write (%s); the next write removes it", path, exc
            )


def remove_unreferenced(index_dir: Path, disk: Disk | None = None, level: int = logging.WARNING) -> list[str]:
    """Remove what the committed manifest does not reference (caller holds the write lock); returns the names.

    ``.tmp-*`` entries are always leftovers; generation directories other than the committed one are removed
    only when the manifest is intact (with a damaged manifest nothing tells which one is committed).
    """
    disk = disk or Disk()
    try:
        keep: str | None = read_manifest(index_dir)["generation"]
    except IndexFormatError:
        keep = None
    removed = []
    for entry in sorted(index_dir.iterdir()):
        stale = entry.name.startswith(TMP) or (
            keep is not None and GENERATION.fullmatch(entry.name) is not None and entry.name != keep
        )
        if not stale:
            continue
        try:
            disk.remove(entry)
            removed.append(entry.name)
        except OSError as exc:
            logger.warning("could not remove %s (%s); the next write tries again", entry, exc)
    if removed:
        logger.log(
            level,
            "index at %s: removed %s (not referenced by the committed manifest)",
            index_dir,
            ", ".join(removed),
        )
    return removed


def clean_if_idle(index_dir: Path, disk: Disk | None = None) -> list[str]:
    """On open: remove leftovers of killed writers unless a writer is active (it cleans up itself) or the
    directory is read-only (then nothing can have been left there by this machine's writers)."""
    try:
        with write_lock(index_dir, timeout=0, create=False):  # moved away since it was read: leave no folder
            return remove_unreferenced(index_dir, disk, logging.WARNING)
    except (IndexBusyError, OSError):
        return []
