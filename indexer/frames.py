"""Pages whose text is in a frame: a frameset page (its article in the pages it frames, or in its <noframes>
text) and a page whose article is an <iframe srcdoc> — markup held, HTML-escaped, in an attribute
(「<iframe title="政策解读正文" srcdoc="&lt;p&gt;问：…">」), which a browser shows as the page's body and a
reader of the page's elements never sees: the 政策解读 of eval/policy26 had been indexed as its page chrome
(发布日期, 打印本页, 关闭窗口) alone."""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Callable, Iterator

_FRAMESET = re.compile(r"<frameset\b", re.I)
_FRAME_OPEN = re.compile(r"<i?frame\b", re.I)
_FRAME_SRC = re.compile(r"\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_NOFRAMES_TAG = re.compile(r"</?noframes\b[^>]*>", re.I)
# The rest of a tag after its name, to its ">" outside quoted values (else to the page's end, as a browser
# reads it): consumed once, so that a page is scanned in linear time. Patterns that looked past a tag's name
# up to a ">" had scanned the page again from each unclosed <iframe, <frame or <head: a 1 MB page of them
# took minutes (a fault probe).
_TAG_REST = re.compile(r"""(?:[^"'>]++|"[^"]*+"?+|'[^']*+'?+)*+>?+""")
# what a frameset page tells a browser without frames, when it gives no text of its own
APOLOGY = re.compile(r"^.{0,40}(?:浏览器|框架|frames?\b).{0,40}$", re.I)


def frameset(html: str) -> tuple[str, list[str]] | None:
    """A frameset page with its <noframes> text as markup (libxml2 reads it as raw text: <body>…</body>),
    and the pages it frames (main_content.htm); None for a page that is no frameset. A policy collection's
    article had been indexed as its <noframes> apology, 您的浏览器不支持框架 (eval/policy23)."""
    if not _FRAMESET.search(html):
        return None
    found = (_FRAME_SRC.search(tag) for _, tag in _tags(html, _FRAME_OPEN))
    frames = [
        src for f in found if f and not (src := f.group(1)).lower().startswith(("about:", "javascript:"))
    ]
    return _before_last(html, ">", lambda part: _NOFRAMES_TAG.sub("", part)), frames


def _tags(html: str, opening: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """Where each tag ``opening`` opens starts and the tag whole (name, attributes, closing ">"), in order."""
    at = 0
    for found in opening.finditer(html):
        if found.start() >= at:
            at = _TAG_REST.match(html, found.end()).end()  # type: ignore[union-attr]  # (it always matches)
            yield found.start(), html[found.start() : at]


def _before_last(text: str, mark: str, change: Callable[[str], str]) -> str:
    """``change`` applied to ``text`` up to its last ``mark`` (included) only: past it, a pattern that must
    reach a ``mark`` cannot match, and would have scanned to the end from each place it was tried."""
    cut = text.rfind(mark) + len(mark) if mark in text else 0
    return change(text[:cut]) + text[cut:]


_IFRAME_OPEN = re.compile(r"<iframe\b", re.I)
_SRCDOC = re.compile(r"""\bsrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_IFRAME_END = re.compile(r"</iframe\s*>", re.I)
_BODY_OPEN = re.compile(r"<body\b", re.I)
_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|$)", re.I | re.S)
_HEAD = re.compile(r"<head\b.*?</head\s*>|<!doctype[^>]*>|</?html\b[^>]*>", re.I | re.S)
_HEAD_END = re.compile(r"</head\s*>", re.I)
_HEAD_TAGS = re.compile(r"<!doctype[^>]*>|</?html\b[^>]*>", re.I)
_SRCDOC_DEPTH = 3  # a srcdoc page framing another's srcdoc, and so on: read this many levels deep


def inline_srcdoc(html: str) -> str:
    """``html`` with each <iframe srcdoc="…"> replaced by the body of the page it holds, as a block where the
    frame stands; the page unchanged when it has none."""
    for _ in range(_SRCDOC_DEPTH):
        if "srcdoc" not in html.lower():
            return html
        out: list[str] = []
        at = 0
        end: re.Match[str] | None = None  # the first </iframe> after `searched` (None: there is none)
        searched = -1
        for start, tag in _tags(html, _IFRAME_OPEN):
            frame = _SRCDOC.search(tag)
            if start < at or frame is None or not tag.endswith(">"):  # (inside the frame just replaced)
                continue
            inner = html_module.unescape(frame.group(1) if frame.group(1) is not None else frame.group(2))
            closed = start + len(tag)
            if searched < 0 or (end is not None and end.start() < closed):  # (else still the first after it)
                end, searched = _IFRAME_END.search(html, closed), closed
            out += [html[at:start], f"<div>{_body(inner)}</div>"]
            at = end.end() if end else closed
        if not out:
            return html
        html = "".join([*out, html[at:]])
    return html


def _body(page: str) -> str:
    """The body of the page a srcdoc holds, else the page without its head, doctype and html tags."""
    first = _BODY_OPEN.search(page)
    body = _BODY.match(page, first.start()) if first else None  # (where no <body> matches, no later one can)
    if body:
        return body.group(1)
    cut = max((found.end() for found in _HEAD_END.finditer(page)), default=0)  # (past it no head closes)
    rest = _before_last(page[cut:], ">", lambda part: _HEAD_TAGS.sub("", part))
    return _HEAD.sub("", page[:cut]) + rest
