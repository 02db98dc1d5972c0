"""An .xml file as a document: an RSS or Atom feed of a portal's 信息公开 (each item's title, date and its
description's HTML), an open-data export, any XML that holds text — read as the data it is, by the walker
that reads a .json file (jsondoc.value_text): an element holding only text is a value under its name, one
holding elements is a record of them (a name met twice, a list: a feed's items), one holding HTML markup
(XHTML in a description) is that HTML, read as a page's body.

So a record's title comes first as its heading, prose is a paragraph, a short value a 「name：value」 line, a
link no text, and a wrapper's short values (a channel's language, a feed's generator) are kept only where
the wrapper has a title or prose of its own. The parser resolves no entities and fetches nothing; a
document nested past libxml2's depth limit is refused in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError
from indexer.jsondoc import value_text

# elements of HTML met inside an XML document's text (a description holding XHTML)
_HTML_TAGS = frozenset(
    "p div br span table tbody thead tr td th h1 h2 h3 h4 h5 h6 strong b i em u a img ul ol li font section "
    "sup sub hr pre blockquote".split()
)


def read_xml(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of an .xml file's bytes; the title is the only record's title (a feed's channel's)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise DocumentError(name, f"is not well-formed XML ({e}); fix it or save the text as .txt") from None
    if root is None:
        raise DocumentError(name, "is not well-formed XML (no root element); fix it or save it as .txt")
    return value_text(_value(root, etree), name, html_text)


def _value(element: Any, etree: Any) -> Any:
    children = [c for c in element if isinstance(c.tag, str)]
    text = (element.text or "").strip()
    if not children:
        return text
    if all(etree.QName(c).localname.lower() in _HTML_TAGS for c in children):
        # XHTML written into the document: its markup, read as a page's body
        inner = [element.text or ""] + [
            etree.tostring(c, encoding="unicode", with_tail=True) for c in children
        ]
        return "".join(inner)
    groups: dict[str, list[Any]] = {}
    for child in children:
        groups.setdefault(etree.QName(child).localname, []).append(_value(child, etree))
    record: dict[str, Any] = {
        key: values[0] if len(values) == 1 else values for key, values in groups.items()
    }
    if text:  # text beside elements: a value of its own
        record.setdefault("text", text)
    return record
