"""A browser's HTTP archive (.har: HAR 1.2, as Chrome's and Firefox's devtools, Charles and Fiddler save one —
a 豫事办 page's 政策问答 API calls with their answers: eval/policy39, written blind) as one document: the
responses it holds, in its order (``log.entries[].response.content.text``; base64-decoded when its
``encoding`` says so, in the charset its MIME type names).

A response is read when it succeeded (HTTP 2xx or 304, a body served from the cache) and holds text: HTML
(text/html, XHTML) as a saved page is (webpage.read_page, which the caller hands in: its title a heading
line, then its text), JSON (application/json, text/json, a +json type) as a .json file is (jsondoc.py: its
string values in order, HTML in them read as a page's text, an API envelope's code and msg left out —
\\u escapes, Gson's HTML-safe \\u003c included, are decoded by the JSON parser, so an answer's
<strong>-cut 每立方米25 | 元 reads whole), and plain text as it is. Images, fonts, scripts, styles, a 204
beacon and an empty body are not read, nor the requests, headers, cookies and timings. A body that is not
the JSON its type says (JSONP, one cut short) is left out; base64 that does not decode is refused. The same
body fetched twice is read once. The title is the log's page title when that is no URL (Chrome writes the
URL), else the one HTML page's title.

Bounded as an e-mail with its attachments is (the archive holds its images base64).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError
from indexer.jsondoc import json_document, read_json
from indexer.warc import body_text

_HTML = ("text/html", "application/xhtml+xml")
_JSON = ("application/json", "text/json", "application/x-json")


def read_har(
    data: bytes,
    name: str,
    read_html: Callable[[str], tuple[str, str | None]],
    html_text: Callable[[str], str],
) -> tuple[str, str | None]:
    """(text, title) of a .har file's bytes: its readable responses' text in order; ``read_html`` gives an
    HTML page's (text, title), ``html_text`` the text of HTML in a JSON value."""
    archive = json_document(data, name, "it is no HTTP archive")
    log = archive.get("log") if isinstance(archive, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(log, dict) or not isinstance(entries, list):
        raise DocumentError(name, "is JSON but no HTTP archive (it has no log.entries)")
    blocks: list[str] = []
    titles: list[str] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        read = _response(entry, name, number)
        if read is None:
            continue
        body, media = read
        title = ""
        if media in _HTML:
            text, heading = read_html(body)
            title = " ".join((heading or "").split())
            titles.append(title)
        elif _is_json(media):
            try:
                text, _, _ = read_json(body.encode("utf-8", "surrogatepass"), name, html_text)
            except DocumentError:
                continue  # (JSONP, or a body the browser cut short: no JSON to read)
        else:
            text = "\n".join(" ".join(line.split()) for line in body.splitlines())
        lines = [line for line in text.split("\n") if line.strip()]
        if not lines or text in seen:
            continue
        seen.add(text)
        head = [title] if title and lines[0].strip() != title else []
        blocks.append("\n".join([*head, *lines]))
    if not blocks:
        raise DocumentError(name, "holds no responses with HTML, JSON or text; nothing to index")
    return "\n\n".join(blocks), _title(log, titles)


def _response(entry: Any, name: str, number: int) -> tuple[str, str] | None:
    """An entry's response body as text and its media type, when it succeeded and is HTML, JSON or text."""
    response = entry.get("response") if isinstance(entry, dict) else None
    if not isinstance(response, dict):
        return None
    status = response.get("status")
    if not isinstance(status, int) or not (200 <= status < 300 or status == 304) or status == 204:
        return None
    content = response.get("content")
    if not isinstance(content, dict) or not isinstance(content.get("text"), str):
        return None
    mime = content.get("mimeType") if isinstance(content.get("mimeType"), str) else ""
    media = str(mime).split(";")[0].strip().lower()
    if media not in (*_HTML, "text/plain") and not _is_json(media):
        return None
    text = content["text"]
    if str(content.get("encoding") or "").lower() == "base64":
        try:
            raw = base64.b64decode("".join(text.split()), validate=True)
        except (binascii.Error, ValueError):
            raise DocumentError(
                name, f"holds a response (entry {number:,}) whose base64 content does not decode"
            ) from None
        text = body_text(raw, str(mime), name, html=media in _HTML)
    return (text, media) if text.strip() else None


def _is_json(media: str) -> bool:
    return media in _JSON or media.endswith("+json")


def _title(log: dict[str, Any], titles: list[str]) -> str | None:
    pages = log.get("pages")
    first = pages[0] if isinstance(pages, list) and pages and isinstance(pages[0], dict) else {}
    stated = first.get("title")
    if isinstance(stated, str) and stated.strip() and "://" not in stated:
        return " ".join(stated.split())
    kept = [title for title in titles if title]
    return kept[0] if len(kept) == 1 else None
