"""Pages whose text is in a frame: a frameset page (its article in the pages it frames, or in its <noframes>
text) and a page whose article is an <iframe srcdoc> — markup held, HTML-escaped, in an attribute
(「<iframe title="政策解读正文" srcdoc="&lt;p&gt;问：…">」), which a browser shows as the page's body and a
reader of the page's elements never sees: the 政策解读 of eval/policy26 had been indexed as its page chrome
(发布日期, 打印本页, 关闭窗口) alone."""

from __future__ import annotations

import html as html_module
import re

_FRAMESET = re.compile(r"<frameset\b", re.I)
_FRAME_SRC = re.compile(r"<i?frame\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_NOFRAMES_TAG = re.compile(r"</?noframes\b[^>]*>", re.I)
# what a frameset page tells a browser without frames, when it gives no text of its own
APOLOGY = re.compile(r"^.{0,40}(?:浏览器|框架|frames?\b).{0,40}$", re.I)


def frameset(html: str) -> tuple[str, list[str]] | None:
    """A frameset page with its <noframes> text as markup (libxml2 reads it as raw text: <body>…</body>),
    and the pages it frames (main_content.htm); None for a page that is no frameset. A policy collection's
    article had been indexed as its <noframes> apology, 您的浏览器不支持框架 (eval/policy23)."""
    if not _FRAMESET.search(html):
        return None
    frames = [
        src for src in _FRAME_SRC.findall(html) if not src.lower().startswith(("about:", "javascript:"))
    ]
    return _NOFRAMES_TAG.sub("", html), frames


_SRCDOC = re.compile(r"""<iframe\b[^>]*?\bsrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>""", re.I)
_IFRAME_END = re.compile(r"</iframe\s*>", re.I)
_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|$)", re.I | re.S)
_HEAD = re.compile(r"<head\b.*?</head\s*>|<!doctype[^>]*>|</?html\b[^>]*>", re.I | re.S)
_SRCDOC_DEPTH = 3  # a srcdoc page framing another's srcdoc, and so on: read this many levels deep


def inline_srcdoc(html: str) -> str:
    """``html`` with each <iframe srcdoc="…"> replaced by the body of the page it holds, as a block where the
    frame stands; the page unchanged when it has none."""
    for _ in range(_SRCDOC_DEPTH):
        if "srcdoc" not in html.lower():
            return html
        out: list[str] = []
        at = 0
        for frame in _SRCDOC.finditer(html):
            if frame.start() < at:  # (inside the frame element just replaced)
                continue
            inner = html_module.unescape(frame.group(1) if frame.group(1) is not None else frame.group(2))
            body = _BODY.search(inner)
            content = body.group(1) if body else _HEAD.sub("", inner)
            end = _IFRAME_END.search(html, frame.end())
            out += [html[at : frame.start()], f"<div>{content}</div>"]
            at = end.end() if end else frame.end()
        if not out:
            return html
        html = "".join([*out, html[at:]])
    return html
