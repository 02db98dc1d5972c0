"""One home for the character and count limits of requests, and for the shape of ids, shared by the HTTP
API, the OpenAI-compatible API and MCP. Byte sizes and rates are settings (server/config.py)."""

from __future__ import annotations

from indexer.decode import MAX_TITLE_CHARS
from indexer.ingest import DOC_ID_PATTERN, STORED_ID_PATTERN
from indexer.query import MAX_K, MAX_QUERY_CHARS, NO_CONTENT_CHARS

# A query or question: the library's own limit (indexer/query.py checks it), so the API's schema, MCP, the
# OpenAI-compatible API and the answer path all refuse at the same length.
MAX_QUESTION_CHARS = MAX_QUERY_CHARS
MAX_SEARCH_K = MAX_K  # passages /search may return
MAX_ASK_K = 20  # passages an answer may draw on
MAX_DOCUMENT_CHARS = 2_000_000  # raw text of one JSON upload
# Messages in one chat completion request: front-ends send the whole conversation each turn, and only its
# last user messages are read; at 200 a long chat had stopped working (a probe). The byte limit
# (CITEQA_MAX_CHAT_BYTES) bounds the request; this bounds the list's validation.
MAX_MESSAGES = 10_000
# A passage id is DOC_ID:N with N in ASCII digits only (int() would also read "٣" as 3). Reads and deletes
# take any id an index may hold (STORED_ID_PATTERN); an upload names a new one by DOC_ID_PATTERN.
PASSAGE_ID_PATTERN = STORED_ID_PATTERN.removesuffix("$") + r":[0-9]{1,9}$"
# At least one character that is not white space: a blank query or question is not a question.
NOT_BLANK = r"\S"
# … and not control or invisible format characters alone (a NUL the command line would have dropped, a
# zero-width space): as indexer.query.check_text
HAS_CONTENT = rf"[^\s{NO_CONTENT_CHARS}]"

__all__ = [
    "DOC_ID_PATTERN",
    "MAX_ASK_K",
    "MAX_DOCUMENT_CHARS",
    "MAX_MESSAGES",
    "MAX_QUESTION_CHARS",
    "MAX_SEARCH_K",
    "MAX_TITLE_CHARS",
    "NOT_BLANK",
    "PASSAGE_ID_PATTERN",
    "STORED_ID_PATTERN",
]
