"""Request and response shapes of the HTTP API (SPEC §4); the CLI's --json prints these same bodies."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from indexer.decode import calendar_date
from indexer.dedupe import Outcome
from indexer.load import page_at
from indexer.region import check_region_filter
from indexer.retrieve import Mode
from indexer.searcher import Hit
from indexer.store import DocumentMeta
from server.jobs import JOB_ID_PATTERN, Job, JobStatus
from server.limits import (
    DOC_ID_PATTERN,
    HAS_CONTENT,
    MAX_ASK_K,
    MAX_DOCUMENT_CHARS,
    MAX_QUESTION_CHARS,
    MAX_SEARCH_K,
    MAX_TITLE_CHARS,
    NOT_BLANK,
    STORED_ID_PATTERN,
)

EXAMPLE_QUESTION = "哪些地区设立了人才编制周转池?"
# What each event of a text/event-stream response is (its data is a JSON document).
SSE_EVENT: dict[str, object] = {
    "type": "object",
    "description": "One Server-Sent Event; data is a JSON document",
    "properties": {"event": {"type": "string"}, "data": {"type": "string"}},
    "required": ["data"],
}


def _whole_number(value: object) -> object:
    """JSON Schema's integer: 5 and 5.0 are the same number; true, "5" and 5.5 are not integers."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# A count in a request: strict (no bool, no string), but 5.0 is 5 as JSON Schema says.
Count = Annotated[int, BeforeValidator(_whole_number)]
# a question or search query: not blank, at most MAX_QUESTION_CHARS
QuestionText = Annotated[str, Field(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=HAS_CONTENT)]
# Request bodies are strict: no bool→int, no "yes"→bool, no unknown fields (the boundary says what it takes).
STRICT = ConfigDict(extra="forbid", strict=True)

# The fields responses share, described once.
DocId = Annotated[
    str, Field(description="The document's id (stable across re-indexing)", examples=["001_23f8d249a03d504e"])
]
PassageId = Annotated[
    str, Field(description="The passage's id: doc_id:ordinal", examples=["001_23f8d249a03d504e:14"])
]
Title = Annotated[
    str | None,
    Field(
        description="The document's title; null when it has none", examples=["厚植人才沃土 赋能高质量发展"]
    ),
]
Region = Annotated[
    str | None,
    Field(
        description="Most specific administrative area the document is about; null when it names none",
        examples=["山西省运城市"],
    ),
]
Date = Annotated[
    str | None,
    Field(description="The document's date, YYYY-MM-DD; null when unknown", examples=["2023-02-06"]),
]
Source = Annotated[
    str | None, Field(description="Who published the document; null when unknown", examples=["大院网"])
]
Start = Annotated[
    int, Field(description="Character offset in the document's clean text (GET /documents/{doc_id})")
]
End = Annotated[int, Field(description="End offset in the clean text (exclusive)")]
PassageCount = Annotated[int, Field(description="How many passages the document is indexed as")]
TookMs = Annotated[float, Field(description="Server-side time in milliseconds")]


def _region_filter(value: str | None) -> str | None:
    if value is not None:
        check_region_filter(value)  # 「市」 had matched every city's documents
    return value


class SearchFilters(BaseModel):
    model_config = STRICT
    region: Annotated[str | None, AfterValidator(_region_filter)] = Field(
        None, description="Only documents whose region contains this (either script)", examples=["运城市"]
    )
    doc_id: str | None = Field(
        None,
        description="Only passages of this document",
        pattern=STORED_ID_PATTERN,
        examples=["001_23f8d249a03d504e"],
    )


class SearchRequest(BaseModel):
    model_config = ConfigDict(
        **STRICT, json_schema_extra={"examples": [{"query": EXAMPLE_QUESTION, "top_k": 5}]}
    )
    query: QuestionText = Field(..., description="The question or keywords, either script")
    top_k: Count = Field(5, ge=1, le=MAX_SEARCH_K, description="How many passages to return")
    mode: Mode = Field("hybrid", description="Which retriever to use")
    filters: SearchFilters | None = Field(None, description="Restrict results by document metadata")


class LegScores(BaseModel):
    bm25: float = Field(
        ..., description="BM25 score (0 when the passage shares no term with the query, and in dense mode)"
    )
    dense: float = Field(
        ..., description="Cosine similarity of query and passage embeddings (0 in bm25 mode, which runs none)"
    )


class SearchResult(BaseModel):
    rank: int = Field(..., description="1 for the best passage", examples=[1])
    passage_id: PassageId
    doc_id: DocId
    title: Title = None
    region: Region = None
    date: Date = None
    source: Source = None
    text: str = Field(..., description="The passage, exactly document.text[start:end]")
    score: float = Field(..., description="Score in the requested mode (higher is better)")
    scores: LegScores = Field(..., description="Each retriever's own score of the passage")
    start: Start
    end: End
    page: int | None = Field(
        None, description="PDF page (1-based) the passage starts on; null for other formats"
    )


class SearchResponse(BaseModel):
    query: str = Field(..., description="The query as received")
    mode: str = Field(..., description="The retriever used: hybrid, bm25 or dense")
    took_ms: TookMs
    results: list[SearchResult] = Field(..., description="Passages, best first (at most top_k)")


def search_response(query: str, mode: str, hits: list[Hit], took_ms: float) -> SearchResponse:
    return SearchResponse(
        query=query,
        mode=mode,
        took_ms=round(took_ms, 2),
        results=[
            SearchResult(
                rank=i + 1,
                passage_id=h.passage_id,
                doc_id=h.doc_id,
                title=h.document.title,
                region=h.document.region,
                date=h.document.date,
                source=h.document.source,
                text=h.text,
                score=round(h.score, 6),
                # (the contract's numbers: a leg the mode never ran scores 0; `citeqa search` shows it as —)
                scores=LegScores(bm25=round(h.bm25, 6), dense=round(h.dense, 6)),
                start=h.start,
                end=h.end,
                page=page_at(h.document.pages, h.start),
            )
            for i, h in enumerate(hits)
        ],
    )


class AskRequest(BaseModel):
    model_config = ConfigDict(**STRICT, json_schema_extra={"examples": [{"question": EXAMPLE_QUESTION}]})
    question: QuestionText = Field(..., description="A question in Chinese, either script")
    top_k: Count = Field(5, ge=1, le=MAX_ASK_K, description="How many passages the answer may draw on")
    stream: bool = Field(False, description="Stream the answer as Server-Sent Events")
    filters: SearchFilters | None = Field(
        None, description="Answer from these documents only: a region's, or one document"
    )


class Citation(BaseModel):
    n: int = Field(..., description="The number used as [n] in the answer", examples=[1])
    passage_id: PassageId
    doc_id: DocId
    title: Title = None
    region: Region = None
    date: Date = None
    quote: str = Field(
        ...,
        description="Verbatim: document.text[start:end]",
        examples=["拿出150个事业编制作为 人才引进事业编制周转池"],
    )
    start: Start
    end: End
    page: int | None = Field(
        default=None,
        description="PDF page (1-based) the quote starts on; null for other formats",
        examples=[2],
    )


class Group(BaseModel):
    region: str | None = Field(..., description="Region name; null when the document names none")
    citations: list[int] = Field(..., description="Citation numbers about this region")


class AskResponse(BaseModel):
    question: str = Field(..., description="The question as received")
    answerable: bool = Field(..., description="False when the documents do not cover the question")
    answer: str = Field(..., description="Chinese answer; each claim is followed by [n]")
    citations: list[Citation] = Field(..., description="What each [n] of the answer cites, in order")
    groups: list[Group] = Field(..., description="One entry per region for 'which regions/places' questions")
    took_ms: TookMs


class ErrorBody(BaseModel):
    code: str = Field(..., description="Machine-readable reason, e.g. too_large, invalid_request")
    message: str = Field(..., description="What went wrong and how to fix it")


class ErrorResponse(BaseModel):
    error: ErrorBody = Field(..., description="Every error answer has this one shape")


class DocumentSummary(BaseModel):
    doc_id: DocId
    title: Title
    region: Region
    date: Date
    source: Source
    passages: PassageCount


class DocumentList(BaseModel):
    documents: list[DocumentSummary] = Field(..., description="Every indexed document")


class DocumentDetail(DocumentSummary):
    text: str = Field(..., description="The clean text that all offsets index")


def document_summary(meta: DocumentMeta, passages: int) -> DocumentSummary:
    """A document as GET /documents lists it (and as an upload's result names it)."""
    return DocumentSummary(
        doc_id=meta.doc_id,
        title=meta.title,
        region=meta.region,
        date=meta.date,
        source=meta.source,
        passages=passages,
    )


def document_detail(meta: DocumentMeta, text: str, passages: int) -> DocumentDetail:
    """The GET /documents/{doc_id} body (also what MCP's get_document returns)."""
    return DocumentDetail(**document_summary(meta, passages).model_dump(), text=text)


def _calendar_date(value: str | None) -> str | None:
    return None if value is None or not value.strip() else calendar_date(value)


class DocumentUpload(BaseModel):
    model_config = ConfigDict(
        **STRICT, json_schema_extra={"examples": [{"text": "某市设立人才编制周转池……", "title": "示例"}]}
    )
    text: str = Field(
        ..., min_length=1, max_length=MAX_DOCUMENT_CHARS, pattern=NOT_BLANK, description="Raw document text"
    )
    doc_id: str | None = Field(
        None, pattern=DOC_ID_PATTERN, description="Stable id; default: derived from the content"
    )
    title: str | None = Field(
        None, max_length=MAX_TITLE_CHARS, description="Title; default: the first heading line"
    )
    region: str | None = Field(
        None,
        max_length=MAX_TITLE_CHARS,
        description="Region, as `filters.region` matches it (山西省运城市); default: read from the text",
    )
    date: Annotated[str | None, AfterValidator(_calendar_date)] = Field(
        None,
        description="Publication date: YYYY-MM-DD, 2023/2/6 or 2023年2月6日, stored as YYYY-MM-DD; "
        "default: read from the text",
    )
    source: str | None = Field(
        None,
        max_length=MAX_TITLE_CHARS,
        description="Publisher or URL, shown with citations; default: read from the text",
    )


OUTCOME_DESCRIPTION = (
    "added, updated (the id held other content), unchanged (the id already held this content: nothing "
    "written) or duplicate (another document already holds this content: nothing written; duplicate_of "
    "names it, as citeqa index does)"
)
DUPLICATE_OF_DESCRIPTION = "For a duplicate: the doc_id of the document already holding this content"


class UploadedDocument(DocumentDetail):
    """A JSON upload's answer: the document that holds the text (for a duplicate, the one already indexed)."""

    outcome: Outcome = Field(..., description=OUTCOME_DESCRIPTION)
    duplicate_of: str | None = Field(None, description=DUPLICATE_OF_DESCRIPTION)


class FileResult(BaseModel):
    """What became of one file of a multipart upload."""

    file: str = Field(..., description="The file name as sent")
    status: int = Field(
        ...,
        description="201 added or updated, 200 unchanged or a duplicate (nothing written); otherwise the "
        "HTTP status of its error",
    )
    document: DocumentSummary | None = Field(
        None, description="The document holding the file's content (status 201 or 200)"
    )
    error: ErrorBody | None = Field(None, description="Why the file was refused (status 4xx)")
    outcome: Outcome | None = Field(None, description=OUTCOME_DESCRIPTION + "; null when refused")
    duplicate_of: str | None = Field(None, description=DUPLICATE_OF_DESCRIPTION)


class UploadResults(BaseModel):
    """Per-file results: HTTP 207 when any file was refused; else 201 when any was written, 200 when every
    one was already indexed (unchanged or a duplicate)."""

    results: list[FileResult] = Field(..., description="One per file, in the order sent")


class DeleteResult(BaseModel):
    deleted: DocId
    documents: int = Field(..., description="Documents left in the index")
    passages: int = Field(..., description="Passages left in the index")


class PassageDetail(BaseModel):
    passage_id: PassageId
    doc_id: DocId
    title: Title
    region: Region
    date: Date = None
    source: Source = None
    text: str = Field(..., description="The passage, exactly document.text[start:end]")
    start: Start
    end: End


JOB_EXAMPLE = "j0123456789abcdef0123"
STATUS_URL_PATTERN = "^/jobs/" + JOB_ID_PATTERN.removeprefix("^")


class JobAccepted(BaseModel):
    """HTTP 202: the upload is queued as a job; follow ``status_url`` (also the Location header)."""

    job_id: str = Field(..., pattern=JOB_ID_PATTERN, description="The job's id", examples=[JOB_EXAMPLE])
    status: Literal["queued"] = Field(default="queued", description="Always queued when accepted")
    status_url: str = Field(
        ...,
        pattern=STATUS_URL_PATTERN,
        description="Where the job's state is read (GET)",
        examples=[f"/jobs/{JOB_EXAMPLE}"],
    )


class JobState(BaseModel):
    """An upload job: queued → running → done (every file has its result) or failed (see error)."""

    job_id: str = Field(..., pattern=JOB_ID_PATTERN, description="The job's id", examples=[JOB_EXAMPLE])
    status: JobStatus = Field(
        ...,
        description="queued, running, done (at least one file indexed), failed (nothing indexed, or the "
        "server stopped before the job finished)",
    )
    status_url: str = Field(..., pattern=STATUS_URL_PATTERN, description="This state's own URL")
    files: list[str] = Field(..., description="The files of the upload (a JSON upload: its doc_id)")
    created_at: datetime = Field(..., description="When the upload was accepted (UTC)")
    started_at: datetime | None = Field(None, description="When the job started running; null while queued")
    finished_at: datetime | None = Field(None, description="When it finished; null until then")
    results: list[FileResult] | None = Field(
        None, description="One per file, as the synchronous 201/207 answer gives them (when finished)"
    )
    error: ErrorBody | None = Field(None, description="Why the job failed (status failed)")


def _when(at: float | None) -> datetime | None:
    return None if at is None else datetime.fromtimestamp(at, UTC)


def job_state(job: Job) -> JobState:
    return JobState(
        job_id=job.job_id,
        status=job.status,
        status_url=f"/jobs/{job.job_id}",
        files=list(job.files),
        created_at=datetime.fromtimestamp(job.created_at, UTC),
        started_at=_when(job.started_at),
        finished_at=_when(job.finished_at),
        results=None if job.results is None else [FileResult.model_validate(r) for r in job.results],
        error=None if job.error is None else ErrorBody.model_validate(job.error),
    )
