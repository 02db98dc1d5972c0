"""A parsed web page made to read as a browser shows it, before its text is read (webpage._tree: both
trafilatura's reading and the page's own, webpage.page_text, read the tree so prepared).

- Ruby: a hanzi's pronunciation set above it, 补<rp>(</rp><rt>bǔ</rt><rp>)</rp>贴, reads 补贴 — the
  annotation (<rt>, <rtc>) and the parentheses a browser without ruby shows around it (<rp>) are no text of
  the sentence, and had cut 补贴 into 补(bǔ)贴, which no question's 补贴 matches.
- Fallback content: a page built on a script framework may save, besides its application's root and a
  loading spinner (页面加载中…), its article in a <noscript> — what a browser without scripts shows — or in a
  <template> its scripts copy in. Both are no text of an ordinary page (「请启用JavaScript」; markup its
  scripts fill in), and both were dropped with the scripts whenever the page's own text was read. When such
  elements hold at least LEAST hanzi and SHARE times the hanzi of the rest of the page's readable body
  (script, style, navigation, header, footer and aside apart), they are that page's text: they are read as
  blocks where they stand, and the page is read whole, as a scripted page is (``hidden_text``). An ordinary
  page — an article with a noscript notice — reads as before.

- A table of <div>s with ARIA roles (role="table", "row", "cell") is made the <table> it shows: a page's
  own reading and trafilatura's had dropped it as layout.

The thresholds are ``scripted.py``'s, which reads a page whose text is in its scripts' string literals.
"""

from __future__ import annotations

import re
from typing import Any

from indexer.scripted import LEAST, SHARE, script_text
from indexer.text import CJK_CLASS

__all__ = ["hidden_text", "prepare"]

_RUBY_NOTES = ("rt", "rp", "rtc")
_FALLBACKS = ("noscript", "template")
# what is not the page's readable body: code, the head, fallbacks, the site's furniture
_NOT_BODY = frozenset(("script", "style", "head", "nav", "header", "footer", "aside", *_FALLBACKS))
_ROLES = frozenset(("navigation", "banner", "contentinfo"))
_HANZI = re.compile(f"[{CJK_CLASS}]")
_HELD = "data-citeqa-held"  # marks fallback content read as the page's (hidden_text)


# A table built of <div>s with ARIA roles (<div role="table"> of role="row"s of role="cell"s, as a site's
# front-end framework renders one): a table, its rows and its cells (…服务站建设补助申报工作的通知.aspx's
# 补助标准 had been dropped whole as layout: eval/policy29 n04, n05, blind)
_ARIA_TABLES = frozenset(("table", "grid", "treegrid"))
_ARIA_PARTS = {
    "rowgroup": "tbody",
    "row": "tr",
    "cell": "td",
    "gridcell": "td",
    "columnheader": "th",
    "rowheader": "th",
}
_TABLE_TAGS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th"))


def _aria_tables(root: Any) -> None:
    """Each ARIA table of elements that are not a table's own (see ``_ARIA_TABLES``) made the table it
    shows."""
    tables = [e for e in root.iter() if isinstance(e.tag, str) and e.get("role") in _ARIA_TABLES]
    for table in tables:
        if table.tag in _TABLE_TAGS or any(a.tag in _TABLE_TAGS for a in table.iterancestors()):
            continue  # (a real table given a role, or one inside a table: read as it is)
        table.tag = "table"
        for part in table.iterdescendants():
            if isinstance(part.tag, str) and part.tag not in _TABLE_TAGS and part.get("role") in _ARIA_PARTS:
                part.tag = _ARIA_PARTS[part.get("role")]


def prepare(root: Any) -> None:
    """Prepare the page's tree ``root`` in place (see the module's docstring)."""
    _aria_tables(root)
    for ruby in root.iter("ruby"):
        for note in list(ruby.iter(*_RUBY_NOTES)):
            if note.getparent() is not None:
                note.drop_tree()  # (its tail, the base text after it, stays)
    fallbacks = [e for e in root.iter(*_FALLBACKS) if not any(a.tag in _FALLBACKS for a in e.iterancestors())]
    held = sum(len(_HANZI.findall(text)) for e in fallbacks for text in e.itertext())
    if held < LEAST or held < SHARE * _body_hanzi(root):
        return
    body = root.find(".//body")
    for element in reversed(fallbacks):
        element.tag = "div"
        element.set(_HELD, "")
        if body is not None and any(a.tag == "head" for a in element.iterancestors()):
            body.insert(0, element)  # (a <noscript> in the head: a browser shows its text in the body)


def hidden_text(root: Any, whole: str) -> tuple[str, str | None] | None:
    """The text of a page whose text is hidden from a reader of its markup, and a title it names: ``whole``
    (webpage.page_text, the page's text read from ``root`` so prepared) when its article is held in fallback
    content — read as scripted.py reads a page, the whole page, its furniture left to cleaning: trafilatura's
    reading of such a page drops what class names call metadata (<div class="ns-meta">实施主体：…</div>) —
    else the text its scripts write in (scripted.script_text); None for any other page (and for markup lxml
    could not read: ``root`` None)."""
    if root is None:
        return None
    if root.find(f".//*[@{_HELD}]") is not None:
        return whole, None
    return script_text(root, len(_HANZI.findall(whole)))


def _body_hanzi(root: Any) -> int:
    """Hanzi of the page's text outside what is not its readable body (_NOT_BODY, furniture by role)."""
    from lxml import etree

    count = 0
    skipped = None  # the element whose subtree is being skipped
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            if skipped is None and tag is not None and (tag in _NOT_BODY or element.get("role") in _ROLES):
                skipped = element
            elif skipped is None and tag is not None and element.text:
                count += len(_HANZI.findall(element.text))
        else:
            if element is skipped:
                skipped = None
            if skipped is None and element is not root and element.tail:
                count += len(_HANZI.findall(element.tail))
    return count


# trafilatura's time grows with the square of a page's elements (3.7 s for 20,000 <div><p>, 12.9 s for
# 40,000: a fault probe; a 10 MB upload could hold 300,000): a page of more is read whole, as a page too deep
# for it is (webpage.read_page). The largest of the eval pages holds 517.
MAX_ELEMENTS = 20_000


def too_many(tree: Any) -> bool:
    """The parsed page holds more than MAX_ELEMENTS elements."""
    return any(i >= MAX_ELEMENTS for i, _ in enumerate(tree.iter()))
