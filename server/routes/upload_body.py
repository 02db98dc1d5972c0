"""What a POST /documents request carries, read into the items routes/uploads.py indexes: a JSON body as one
upload, or each file of a multipart body (refused on arrival when of an unsupported type or too large, or
when the body was cut short), and about how much text an upload holds — what decides whether it is indexed
while the client waits or by a job.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

from fastapi import Request
from pydantic import ValidationError
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from indexer.archive import ARCHIVE_SUFFIXES
from indexer.filenames import name_suffix
from indexer.load import SUPPORTED_SUFFIXES
from server.config import Settings
from server.errors import ApiError, validation_message
from server.ingest import ParseError, Upload, stated_region
from server.schemas import ErrorBody
from server.upload_schemas import DocumentUpload, FileResult

# A file to parse, or one refused on arrival (unsupported type, too large).
Item = Upload | FileResult


def refused(name: str, status: int, code: str, message: str) -> FileResult:
    error = ErrorBody(code=code, message=message)
    return FileResult(file=name, status=status, document=None, error=error, outcome=None, duplicate_of=None)


# A PDF's text streams are compressed: its bytes hold about this many times as much text (a guess on the high
# side: a page of a notice is ~2 KB of text in ~1 KB of stream).
_PDF_EXPANSION = 4


# The parts of a .docx (a .xlsx) that hold its text (its styles, theme and fonts are much the same in every
# file): a sheet's XML is several times its text (each cell's reference and style), so a .xlsx weighs more.
_TEXT_PARTS = {
    ".docx": re.compile(r"word/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml"),
    ".xlsx": re.compile(r"xl/(?:worksheets/sheet\d+|sharedStrings)\.xml"),
}


def text_weight(item: Upload) -> int:
    """About how many bytes of text an upload holds — what indexing it costs: a .docx or .xlsx (a zip) by
    the uncompressed size of the parts holding its text, a PDF by a multiple of its bytes, anything else by
    its bytes. (A 141 KB .docx of 20,000 short paragraphs had gone the synchronous way, 17 minutes in one
    request, a fault probe.)"""
    parts = _TEXT_PARTS.get(item.suffix or "")
    if parts is not None:
        try:
            with zipfile.ZipFile(io.BytesIO(item.data)) as archive:
                inside = sum(i.file_size for i in archive.infolist() if parts.fullmatch(i.filename))
            return max(len(item.data), inside)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            return len(item.data)  # not a zip: parsing refuses it
    if item.suffix == ".pdf":
        return len(item.data) * _PDF_EXPANSION
    return len(item.data)


async def read_json(request: Request) -> Upload:
    try:
        body = DocumentUpload.model_validate_json(await request.body())
    except ValidationError as exc:
        code, message, _ = validation_message(exc)
        raise ApiError(400 if code == "malformed_json" else 422, code, message) from exc
    doc_id = body.doc_id or ("u" + hashlib.sha1(body.text.encode("utf-8")).hexdigest()[:15])
    try:
        region = stated_region(body.region, doc_id)
    except ParseError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from exc
    given = {"region": region, "date": body.date, "source": body.source}
    return Upload(doc_id, body.text.encode("utf-8"), None, doc_id=doc_id, title=body.title, given=given)


class _WholeForm(MultiPartParser):
    """Starlette's form parser, refusing a body that ends before its closing boundary (--BOUNDARY--).

    Starlette returns what it read of such a body: a part cut short is dropped (a probe was told "send each
    document as a multipart field named 'file'" of a body that had one) and the temporary file it had opened
    for it is left open; a client cut off mid-upload may have meant more files than arrived.
    """

    ended = False

    def on_end(self) -> None:
        self.ended = True

    async def parse(self) -> FormData:
        form = await super().parse()
        if not self.ended:
            await form.close()
            for file in self._files_to_close_on_error:  # the part cut short is in no form item
                file.close()
            raise MultiPartException(
                "the body ends before its closing boundary (--BOUNDARY--): it was cut short; send it again"
            )
        return form


async def read_files(request: Request, settings: Settings) -> list[Item]:
    """Each file's bytes (up to the per-file limit), or its refusal; 400 for a form that is not files."""
    limit = settings.max_upload_files
    parser = _WholeForm(request.headers, request.stream(), max_files=limit, max_fields=limit)
    try:
        form = await parser.parse()
    except Exception as exc:  # python-multipart / Starlette raise several types for a broken form
        why = str(getattr(exc, "detail", exc))
        if why.startswith("Too many files"):  # the README's "files per request": too much, not malformed
            raise ApiError(
                413,
                "too_many_files",
                f"one request takes at most {settings.max_upload_files} files (CITEQA_MAX_UPLOAD_FILES); "
                "send the others in further requests",
            ) from exc
        raise ApiError(400, "bad_multipart", f"the multipart body could not be read: {why}") from exc
    try:
        fields = form.multi_items()
        unknown = sorted({key for key, _ in fields if key != "file"})
        if unknown:
            raise ApiError(
                400, "unknown_field", f"unexpected form fields {unknown}; send only files, each named 'file'"
            )
        if any(not isinstance(value, UploadFile) for _, value in fields):
            # a part without filename= is a form value; it had been told "unexpected form fields ['file']"
            raise ApiError(
                400,
                "not_a_file",
                "a part named 'file' has no filename, so it is a form value, not a file; send it with "
                'filename="NAME.txt" in its Content-Disposition (filename* alone is not read), or POST '
                'the text as JSON {"text": "…"}',
            )
        files = [value for _, value in fields if isinstance(value, UploadFile)]
        if not files:
            raise ApiError(400, "missing_file", "send each document as a multipart field named 'file'")
        return [await _read_file(upload, settings) for upload in files]
    finally:
        await form.close()


async def _read_file(upload: UploadFile, settings: Settings) -> Item:
    # the file's own name, also when a client sends a Windows path (C:\\Users\\x\\a.txt: old browsers do)
    name = Path((upload.filename or "").replace("\\", "/")).name
    # a name of dots and spaces only ("...", "   ") names nothing, as "." and ".." do (Windows drops trailing
    # dots and spaces: such a name is empty there); it had been refused as "   : unsupported file type"
    nameless = not name.replace(".", "").strip()
    if nameless:
        name = "upload.txt"  # (named by its content below, once read)
    suffix = name_suffix(name)
    if suffix in ARCHIVE_SUFFIXES:  # (the folder indexer reads one; an upload is one document)
        return refused(
            name,
            415,
            "unsupported_type",
            f"{name}: an archive is not uploaded whole; upload the files in it, or index its folder "
            "with citeqa index",
        )
    if suffix not in SUPPORTED_SUFFIXES:
        return refused(
            name,
            415,
            "unsupported_type",
            f"{name}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}",
        )
    data = await upload.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        return refused(name, 413, "too_large", f"{name} exceeds {settings.max_upload_bytes} bytes")
    if nameless:
        # a file sent without a name is named by its content: two of them never take one doc_id, where the
        # second replaced the first (a fault probe's filename="" and filename=".")
        name = f"upload-{hashlib.sha256(data).hexdigest()[:12]}.txt"
    return Upload(name, data, suffix)
