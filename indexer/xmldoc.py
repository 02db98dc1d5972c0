"""An .xml file as a document: an RSS or Atom feed of a portal's 信息公开 (each item's title, date and its
description's HTML), an open-data export, any XML that holds text — read as the data it is, by the walker
that reads a .json file (jsondoc.value_text): an element holding only text is a value under its name, one
holding elements is a record of them (a name met twice, a list: a feed's items), one holding HTML markup
(XHTML in a description) is that HTML, read as a page's body.

So a record's title comes first as its heading, prose is a paragraph, a short value a 「name：value」 line, a
link no text, and a wrapper's short values (a channel's language, a feed's generator) are kept only where
the wrapper has a title or prose of its own; text running through elements (mixed content: DocBook, TEI) is
one paragraph in its order. The parser expands internal entities within libxml2's amplification cap and
never reads an external one; a document nested past libxml2's depth limit is refused in one line.
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

    # internal entities expanded (libxml2 caps their amplification: a billion laughs is refused), external
    # ones never read — a reference to one is an undefined entity, and the file is refused
    parser = etree.XMLParser(
        resolve_entities="internal", no_network=True, remove_comments=True, remove_pis=True
    )
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
        return "".join(element.itertext())
    if all(etree.QName(c).localname.lower() in _HTML_TAGS for c in children):
        # XHTML written into the document: its markup, read as a page's body
        markup = (etree.tostring(c, encoding="unicode", with_tail=True) for c in children)
        return (element.text or "") + "".join(markup)
    if text or any((c.tail or "").strip() for c in children):
        # text running through elements (DocBook's <para>根据规定，<emph>补贴标准</emph>为每人每月500元…): one
        # paragraph, in its order — read as records, its tails had been lost
        return "".join(element.itertext())
    groups: dict[str, list[Any]] = {}
    for child in children:
        groups.setdefault(etree.QName(child).localname, []).append(_value(child, etree))
    return {key: found[0] if len(found) == 1 else found for key, found in groups.items()}
