"""Request and response shapes of the HTTP API (SPEC §4); the CLI's --json prints these same bodies. An
upload's and its job's are upload_schemas.py's."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from indexer.load import page_at
from indexer.region_input import check_region_filter
from indexer.retrieve import Mode
from indexer.searcher import Hit
from indexer.store import DocumentMeta
from server.limits import (
    HAS_CONTENT,
    MAX_ASK_K,
    MAX_QUESTION_CHARS,
    MAX_SEARCH_K,
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
