"""A page whose text its scripts write in when it loads: a site built on a script framework saves a body of
「页面加载中，请稍候…」 and the article as string literals of its <script> (``var pageData = {"title": …,
"content": "<p>…<\\/p>"}``). Saved from the address bar or fetched by a crawler, the page holds no article
text outside its scripts; its string literals are that text.

Only a page whose scripts hold far more Chinese than its body is read so (see ``script_text``): scripts of an
ordinary page carry menus, prompts and sometimes a copy of the article, never the page's only text.
"""

from __future__ import annotations

import re
from typing import Any

from indexer.text import CJK_CLASS

__all__ = ["script_text"]

# A literal is text when it has a sentence's worth of hanzi; the scripts are the page's text when their
# literals hold at least SHARE times the body's hanzi, and at least LEAST of them.
MIN_LITERAL_HANZI = 10
SHARE = 2
LEAST = 50
_HANZI = re.compile(f"[{CJK_CLASS}]")
_LITERAL = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": ""}
_TITLE = re.compile(r"""["']?title["']?\s*:\s*["']""")


def script_text(root: Any, body_hanzi: int) -> tuple[str, str | None] | None:
    """The text of a page (its parsed tree ``root``, before scripts are dropped) that its scripts write in,
    and the title a ``title`` key of theirs names; None when the body (``body_hanzi`` hanzi outside the
    scripts) is the page's text."""
    from indexer.webpage import page_text

    literals: list[str] = []
    title = None
    for script in root.iter("script"):
        source = script.text or ""
        for match in _LITERAL.finditer(source):
            value = _unescape(match.group(1) if match.group(1) is not None else match.group(2))
            if len(_HANZI.findall(value)) < MIN_LITERAL_HANZI:
                continue
            if title is None and _TITLE.search(source[max(0, match.start() - 12) : match.start() + 1]):
                title = " ".join(value.split())
            literals.append(value)
    hanzi = sum(len(_HANZI.findall(value)) for value in literals)
    if hanzi < max(LEAST, SHARE * body_hanzi):
        return None
    lines: list[str] = []
    for value in literals:
        text = page_text(f"<html><body>{value}</body></html>") if "<" in value else value
        lines.extend(line.strip() for line in text.split("\n") if line.strip())
    return "\n".join(lines), title


def _unescape(body: str) -> str:
    """A JavaScript string literal's value (\\uXXXX, \\xXX, \\n, \\/ and the rest)."""

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if len(code) > 1:
            return chr(int(code[1:], 16))
        return _SIMPLE.get(code, code)

    return _ESCAPE.sub(one, body)
