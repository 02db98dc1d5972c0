"""The manifest of an on-disk index (indexer/store.py): the one commit point. What it must name, how it is
checked when read (format version, its own xxh3 checksum, the fields a load relies on) and how a writer makes
one for a new generation."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from indexer.contents import IndexData, library_versions
from indexer.disk import FileRecord, digest_bytes
from indexer.settings import unknown_settings
from indexer.validate import IndexDamagedError, IndexFormatError, build_hint, check_manifest, rebuild_hint

FORMAT_VERSION = 2
MANIFEST = "manifest.json"
ARRAYS = ("keys", "doc_rows", "starts", "ends", "ordinals")
FILES = (
    "texts.bin",
    "text_offsets.npy",
    "documents.json",
    *(f"{name}.npy" for name in ARRAYS),
    "vectors.npy",
    "tf_data.npy",
    "tf_indices.npy",
    "tf_indptr.npy",
    "vocab.json",
)
IVF_FILE = "ivf.faiss"
SENTENCE_FILES = ("sentence_keys.npy", "sentence_counts.npy", "sentence_vectors.npy")


def canonical(manifest: dict[str, Any]) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "checksum"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def read_manifest(index_dir: Path) -> dict[str, Any]:
    """The committed manifest, checked: format version, its own checksum, the fields a load relies on."""
    path = index_dir / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IndexFormatError(f"no index at {index_dir} (no {MANIFEST}); {build_hint(index_dir)}") from None
    except OSError as exc:
        raise IndexFormatError(f"cannot read {path} ({exc.strerror})") from None
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise IndexDamagedError(index_dir, MANIFEST, "not valid JSON") from None
    if not isinstance(manifest, dict):
        raise IndexDamagedError(index_dir, MANIFEST, "not a JSON object")
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexFormatError(
            f"index at {index_dir} has format version {version} ({MANIFEST}), this citeqa reads version "
            f"{FORMAT_VERSION}; {rebuild_hint(index_dir)}"
        )
    # before the checksum: settings this citeqa does not know say more about the file than a mismatch would
    unknown = unknown_settings(manifest)
    if unknown:
        raise IndexFormatError(_written_elsewhere(index_dir, manifest, unknown))
    if manifest.get("checksum") != digest_bytes(canonical(manifest)):
        raise IndexDamagedError(index_dir, MANIFEST, "checksum mismatch")
    try:
        check_manifest(manifest, files_of)
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexDamagedError(index_dir, MANIFEST, f"malformed ({exc})") from None
    return manifest


def _written_elsewhere(index_dir: Path, manifest: dict[str, Any], unknown: list[str]) -> str:
    ours = library_versions().get("citeqa")
    recorded = manifest.get("versions")
    theirs = recorded.get("citeqa") if isinstance(recorded, dict) else None
    if isinstance(theirs, str) and ours and theirs != ours:
        writer = f"citeqa {theirs} (this is citeqa {ours})"
    else:
        writer = "another version of citeqa"
    what = "the setting" if len(unknown) == 1 else "the settings"
    return (
        f"index at {index_dir} was written by {writer}: {MANIFEST} holds {what} {', '.join(unknown)}, "
        f"which this citeqa does not know; {rebuild_hint(index_dir)}"
    )


def files_of(kind: str, sentences: bool) -> set[str]:
    ivf = {IVF_FILE} if kind == "ivf" else set()
    return set(FILES) | ivf | (set(SENTENCE_FILES) if sentences else set())


def committed_id(index_dir: Path) -> str | None:
    """The commit id in ``manifest.json`` without checking the rest (None when unreadable): a cheap
    "has anything been committed since?" for readers."""
    try:
        commit = json.loads((index_dir / MANIFEST).read_bytes()).get("commit")
    except (OSError, ValueError, AttributeError):
        return None
    return commit if isinstance(commit, str) else None


def build_manifest(data: IndexData, name: str, token: str, files: dict[str, FileRecord]) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "generation": name,
        "commit": token,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **data.settings,
        "counts": {
            "documents": len(data.documents),
            "passages": data.passages,
            "vocabulary": len(data.bm25.vocab),
        },
        "next_key": int(data.next_key),
        "files": {k: v.to_dict() for k, v in files.items()},
        "versions": library_versions(),
    }
    manifest["dense"] = {**manifest["dense"], "kind": "flat" if data.ivf is None else "ivf"}
    manifest["checksum"] = digest_bytes(canonical(manifest))
    return manifest
