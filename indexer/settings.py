"""The default build-time configuration, in one place. Every index records the values it was built with in
its manifest, and queries read them from there, so query time can never drift from index time."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypedDict

from indexer.chunk import PIPELINE_VERSION, ChunkConfig
from indexer.dense import DenseConfig
from indexer.embed import DEFAULT_MODEL, USE_MODEL
from indexer.fuse import FusionConfig
from indexer.segment import TokenizerConfig
from indexer.sparse import BM25Params


@dataclass(frozen=True)
class IndexSettings:
    model: str = DEFAULT_MODEL
    # jieba words and, as a BM25 field of its own, every character unigram and bigram: the n-grams bridge
    # segmentation differences, the words weigh whole terms (chosen: eval/results/loco.md)
    tokenizer: TokenizerConfig = field(default_factory=lambda: TokenizerConfig(chars=True))
    chunking: ChunkConfig = field(default_factory=ChunkConfig)
    bm25: BM25Params = field(
        default_factory=lambda: BM25Params(k1=1.2, b=0.75, chars_k1=0.6, chars_b=0.5, chars_weight=1.0)
    )
    dense: DenseConfig = field(default_factory=DenseConfig)
    fusion: FusionConfig = field(default_factory=FusionConfig)
    # what is prepended to a passage before it is tokenised and embedded: the document title, the heading
    # above it, and the question it answers when the passage before it asks (asking.asked_before)
    context: str = "title+heading+question"
    # the text pipeline (cleaning, chunking) the passages were made by: indexer.chunk.PIPELINE_VERSION, 0 for
    # an index built before citeqa recorded one
    pipeline: int = PIPELINE_VERSION

    def to_manifest(self, dim: int) -> dict[str, Any]:
        return {
            "model": {"name": self.model, "dim": dim},
            "tokenizer": self.tokenizer.to_dict(),
            "chunking": {**self.chunking.to_dict(), "context": self.context},
            "bm25": self.bm25.to_dict(),
            "dense": self.dense.to_dict(),
            "fusion": self.fusion.to_dict(),
            "pipeline_version": self.pipeline,
        }

    @classmethod
    def from_manifest(cls, settings: dict[str, Any]) -> IndexSettings:
        unknown = unknown_settings(settings)
        if unknown:
            raise UnknownSettingError(unknown)
        chunking = dict(settings["chunking"])
        context = str(chunking.pop("context", "title+heading"))
        chunking.setdefault("heading_in_passage", False)  # built when a heading was context only
        chunking.setdefault("keep_units", False)  # built when short paragraphs were packed 60 at a time
        chunking.setdefault("tail_chars", chunking.get("min_chars", 60))  # built when the two were one
        dense = {k: v for k, v in settings["dense"].items() if k != "kind"}
        dense.setdefault("normalised", False)  # built before passages were embedded in the matching form
        dense.setdefault("sentence_units", False)  # built before the sentence store held composition's
        return cls(
            model=str(settings["model"]["name"]),
            tokenizer=TokenizerConfig.from_dict(settings["tokenizer"]),
            chunking=ChunkConfig(**chunking),
            bm25=BM25Params(**settings["bm25"]),
            dense=DenseConfig(**dense),
            fusion=FusionConfig.from_dict(_fusion_as_built(settings["fusion"])),
            context=context,
            pipeline=recorded_pipeline(settings),
        )

    def with_model(self, model: str) -> IndexSettings:
        fusion = self.fusion
        if model == USE_MODEL:
            # The sentence stage was chosen with e5 and costs as much embedding again; USE is the option for
            # indexing a lot on a small machine, so it stays as fast as it was.
            fusion = replace(fusion, sentence_dense_weight=0.0)
        return replace(self, model=model, fusion=fusion)


def holds_units(settings: dict[str, Any]) -> bool:
    """Whether an index (its manifest's, or a Milvus index's statistics', settings) stores and counts the
    sentences answer composition reads alone (DenseConfig.sentence_units; indexer/sentences.py)."""
    return IndexSettings.from_manifest(settings).dense.sentence_units


def recorded_pipeline(settings: dict[str, Any]) -> int:
    """The text-pipeline version a manifest (or a Milvus index's statistics) records; 0 when it records none
    (built before citeqa recorded one)."""
    version = settings.get("pipeline_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ValueError(f"pipeline_version {version!r} is no version number")
    return version


def pipeline_behind(settings: IndexSettings) -> str | None:
    """How an index's text pipeline differs from this citeqa's, in words (None: it is this citeqa's)."""
    if settings.pipeline == PIPELINE_VERSION:
        return None
    if settings.pipeline == 0:
        return (
            f"records no text-pipeline version (built before citeqa recorded one; this citeqa's is "
            f"{PIPELINE_VERSION})"
        )
    return (
        f"was cleaned and chunked by text pipeline {settings.pipeline}, this citeqa's is {PIPELINE_VERSION}"
    )


def mixing_refused(index: str, behind: str, paths: Sequence[Path] | None) -> str:
    """Why an update of an index of another text pipeline is refused (``behind``: `pipeline_behind`)."""
    given = " ".join(str(p) for p in paths) if paths else "PATHS"
    return (
        f"{index} {behind}: adding documents to it would mix passages of two text pipelines; run citeqa "
        f"index {given} --if-stale (with the same index flags), which re-chunks every document it holds"
    )


class UnknownSettingError(ValueError):
    """A manifest holds build settings this citeqa does not have: another version of citeqa wrote it."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        super().__init__(
            f"unknown build setting {', '.join(names)}: the index was written by another version of citeqa; "
            "rebuild it with: citeqa index YOUR_DOCUMENTS --rebuild"
        )


def unknown_settings(settings: dict[str, Any]) -> list[str]:
    """The build settings of a manifest this citeqa does not know, as ``section.key`` (a section that is no
    object is left to the reader, which finds it malformed)."""
    known = {
        "tokenizer": _names(TokenizerConfig),
        "chunking": _names(ChunkConfig) | {"context"},
        "bm25": _names(BM25Params),
        "dense": _names(DenseConfig) | {"kind"},
        "fusion": _names(FusionConfig),
    }
    return [
        f"{section}.{key}"
        for section, names in known.items()
        if isinstance(settings.get(section), dict)
        for key in settings[section]
        if key not in names
    ]


def _names(config: type) -> set[str]:
    return {f.name for f in fields(config)}


def _fusion_as_built(stored: dict[str, Any]) -> dict[str, Any]:
    """A manifest written before coverage weighting and feedback existed keeps the fusion it was built with:
    one fixed BM25 weight, no feedback (rebuild the index to take the newer defaults)."""
    fusion = dict(stored)
    if "bm25_weight" in fusion:
        fusion.setdefault("uncovered_bm25_weight", fusion["bm25_weight"])
    fusion.setdefault("feedback_depth", 0)
    fusion.setdefault("sentence_dense_weight", 0.0)  # no sentence vectors were embedded
    fusion.setdefault("answer_type_weight", 0.0)  # ranked without the answer-type stage
    fusion.setdefault("scope_weight", 0.0)  # … or the scope stage
    fusion.setdefault("superseded_drafts", False)  # … or the draft stage
    fusion.setdefault("replies", False)  # … or the reply stage
    return fusion


DEFAULTS = IndexSettings()
PROJECT_ROOT = Path(__file__).resolve().parents[1]


def default_index_dir() -> Path:
    """The index of ``seeds/``: $CITEQA_INDEX, else ``index/`` at the project root."""
    env = os.environ.get("CITEQA_INDEX")
    return Path(env).expanduser() if env else PROJECT_ROOT / "index"


def default_seeds_dir() -> Path:
    return PROJECT_ROOT / "seeds"


@dataclass(frozen=True)
class CommitPolicy:
    """When an indexing run commits what it has embedded so far: after ``documents`` new or changed documents
    or ``seconds``, whichever comes first — so a crash loses at most one batch and the write lock is held only
    for each merge and commit, never while embedding. A commit rewrites the whole index (generations are
    immutable), so on a large index batches grow: both limits double whenever a commit took longer than
    1/``spacing`` of the time its batch took to prepare and embed."""

    documents: int = 1000
    seconds: float = 60.0
    spacing: float = 10.0

    def __post_init__(self) -> None:
        if self.documents < 1:
            raise ValueError(f"commit every {self.documents} documents: pass 1 or more")

    def due(self, documents: int, waited: float, scale: int = 1) -> bool:
        return documents >= self.documents * scale or waited >= self.seconds * scale

    def next_scale(self, scale: int, work: float, commit: float) -> int:
        return scale * 2 if commit * self.spacing > work else scale


DEFAULT_POLICY = CommitPolicy()


class RunOptions(TypedDict, total=False):
    """How a `citeqa index` run goes, on either backend (indexer.build.index_paths,
    indexer.milvus_index.index_paths_milvus, through indexer.backend.index_into); each may be left out.

    model: the encoder; left out or None keeps an existing index's model (the default for a new one) —
        another one needs ``rebuild``.
    rebuild: build afresh (re-embedding only passages whose text is new, when the model is the same); an
        index of another text pipeline (indexer.chunk.PIPELINE_VERSION) needs it: an update refuses to mix.
    progress: a progress bar on stderr.
    workers: text worker processes beside the encoder (None: the cores it leaves over; 0: this process).
    dedupe: True (default) stores each content once; False keeps identical texts under each of their ids
        (benchmark corpora, whose qrels name both).
    policy: when a batch is committed (`CommitPolicy`; on Milvus at most 256 documents a batch).
    """

    model: str | None
    rebuild: bool
    progress: bool
    workers: int | None
    dedupe: bool
    policy: CommitPolicy
