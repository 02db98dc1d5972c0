"""Documents and passages: list, read, delete (uploads: routes/uploads.py). Reads of ids check their shape
first, so an id is either well-formed or 422."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi import Path as PathParam

from indexer.retrieve import Retriever
from server.deps import RetrieverDep, by_id_errors, errors
from server.errors import not_found
from server.limits import PASSAGE_ID_PATTERN, STORED_ID_PATTERN
from server.schemas import (
    DeleteResult,
    DocumentDetail,
    DocumentList,
    PassageDetail,
    document_detail,
    document_summary,
)
from server.security import read_access, write_access

reads = APIRouter(tags=["documents"], dependencies=[Depends(read_access)])
writes = APIRouter(tags=["documents"], dependencies=[Depends(write_access)])

DocId = Annotated[str, PathParam(pattern=STORED_ID_PATTERN, examples=["001_23f8d249a03d504e"])]
_LISTED = "GET /documents lists them"
PassageId = Annotated[str, PathParam(pattern=PASSAGE_ID_PATTERN, examples=["001_23f8d249a03d504e:14"])]


def detail_or_404(retriever: Retriever, doc_id: str) -> DocumentDetail:
    """The document's body for GET /documents/{doc_id}, or 404."""
    found = retriever.document(doc_id)
    if found is None:
        raise not_found("document", doc_id, _LISTED)
    return document_detail(*found)


@reads.get("/documents", response_model=DocumentList, responses=errors(401), summary="All documents")
def list_documents(retriever: RetrieverDep) -> DocumentList:
    data = retriever.data
    counts = data.passage_counts()
    return DocumentList(documents=[document_summary(d, int(counts[i])) for i, d in enumerate(data.documents)])


@reads.get(
    "/documents/{doc_id}",
    response_model=DocumentDetail,
    responses=by_id_errors(),
    summary="One document with its clean text",
)
def get_document(doc_id: DocId, retriever: RetrieverDep) -> DocumentDetail:
    return detail_or_404(retriever, doc_id)


@reads.get(
    "/passages/{passage_id}",
    response_model=PassageDetail,
    responses=by_id_errors(),
    summary="One passage",
)
def get_passage(passage_id: PassageId, retriever: RetrieverDep) -> PassageDetail:
    data = retriever.data
    row = data.row_of(passage_id)
    if row is None:
        raise not_found("passage", passage_id, "passage ids look like DOC_ID:N")
    doc = data.documents[int(data.doc_rows[row])]
    return PassageDetail(
        passage_id=passage_id,
        doc_id=doc.doc_id,
        title=doc.title,
        region=doc.region,
        date=doc.date,
        source=doc.source,
        text=data.passage_text(row),
        start=int(data.starts[row]),
        end=int(data.ends[row]),
    )


@writes.delete(
    "/documents/{doc_id}",
    response_model=DeleteResult,
    responses=errors(401, 403, 404, 422),
    summary="Remove a document",
)
def delete_document(doc_id: DocId, retriever: RetrieverDep) -> DeleteResult:
    if retriever.delete([doc_id]) == 0:
        raise not_found("document", doc_id, _LISTED)
    return DeleteResult(
        deleted=doc_id, documents=len(retriever.data.documents), passages=retriever.data.passages
    )
