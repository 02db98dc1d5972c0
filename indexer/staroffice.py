"""OpenOffice.org 1.x and StarOffice 6/7 documents (.sxw, .sxc, .sxi, .sxd and their templates .stw, .stc,
.sti, .std), still in old offices' archives: the XML OpenDocument was made from — the same elements under
openoffice.org's 2000 namespaces, the body's content straight under office:body, footnotes as
text:footnote, a cell's value in the table namespace. They are read as the OpenDocument they became
(odf.py, odsheet.py): the tree renamed into OpenDocument's namespaces and the body's content put under the
element its class names (a Writer file's under office:text)."""

from __future__ import annotations

from typing import Any

_OOO = "http://openoffice.org/2000/"
_ODF = "urn:oasis:names:tc:opendocument:xmlns:"
# openoffice.org's namespaces and OpenDocument's for them (a name not listed — fo, dc, xlink — is kept)
NAMESPACES = {
    f"{_OOO}office": f"{_ODF}office:1.0",
    f"{_OOO}style": f"{_ODF}style:1.0",
    f"{_OOO}text": f"{_ODF}text:1.0",
    f"{_OOO}table": f"{_ODF}table:1.0",
    f"{_OOO}drawing": f"{_ODF}drawing:1.0",
    f"{_OOO}presentation": f"{_ODF}presentation:1.0",
    f"{_OOO}meta": f"{_ODF}meta:1.0",
    f"{_OOO}datastyle": f"{_ODF}datastyle:1.0",
    f"{_OOO}chart": f"{_ODF}chart:1.0",
    f"{_OOO}form": f"{_ODF}form:1.0",
    f"{_OOO}script": f"{_ODF}script:1.0",
    f"{_OOO}dr3d": f"{_ODF}dr3d:1.0",
    # (a shape's place on a slide: svg:x, svg:y)
    "http://www.w3.org/2000/svg": f"{_ODF}svg-compatible:1.0",
}
OFFICE = f"{_ODF}office:1.0"
TEXT = f"{_ODF}text:1.0"
TABLE = f"{_ODF}table:1.0"
# each kind's mimetypes, the document's and its template's, as the package's mimetype entry names them
WRITER = ("application/vnd.sun.xml.writer", "application/vnd.sun.xml.writer.template")
CALC = ("application/vnd.sun.xml.calc", "application/vnd.sun.xml.calc.template")
IMPRESS = ("application/vnd.sun.xml.impress", "application/vnd.sun.xml.impress.template")
DRAW = ("application/vnd.sun.xml.draw", "application/vnd.sun.xml.draw.template")
# a document's office:class, and the element OpenDocument puts its body's content under
_BODIES = {"text": "text", "spreadsheet": "spreadsheet", "presentation": "presentation", "drawing": "drawing"}
# notes, renamed as OpenDocument 1.0 names them
_RENAMED = {
    f"{{{TEXT}}}footnote": "note",
    f"{{{TEXT}}}endnote": "note",
    f"{{{TEXT}}}footnote-body": "note-body",
    f"{{{TEXT}}}endnote-body": "note-body",
    f"{{{TEXT}}}footnote-citation": "note-citation",
    f"{{{TEXT}}}endnote-citation": "note-citation",
}
# a cell's value, type and date: office attributes in OpenDocument
_CELL_VALUES = frozenset(
    ("value-type", "value", "date-value", "time-value", "boolean-value", "string-value", "currency")
)


def is_legacy(root: Any) -> bool:
    """The part (content.xml, meta.xml) is OpenOffice.org 1.x XML."""
    return isinstance(root.tag, str) and root.tag.startswith(f"{{{_OOO}")


def modernised(root: Any) -> Any:
    """The part renamed into OpenDocument's namespaces (in place), its body's content under the element its
    class names."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        element.tag = _renamed(element.tag)
        if element.tag in _RENAMED:
            element.tag = f"{{{TEXT}}}{_RENAMED[element.tag]}"
        for key in [k for k in element.attrib if k.startswith("{") and k[1:].partition("}")[0] in NAMESPACES]:
            value = element.attrib.pop(key)
            new = _renamed(key)
            if new.startswith(f"{{{TABLE}}}") and new.rsplit("}", 1)[1] in _CELL_VALUES:
                new = f"{{{OFFICE}}}{new.rsplit('}', 1)[1]}"
            element.set(new, value)
    body = root.find(f"{{{OFFICE}}}body")
    kind = _BODIES.get(root.get(f"{{{OFFICE}}}class") or "text")
    if body is not None and kind is not None and body.find(f"{{{OFFICE}}}{kind}") is None:
        wrapper = body.makeelement(f"{{{OFFICE}}}{kind}", {})
        wrapper.extend(list(body))
        body.append(wrapper)
    return root


def _renamed(tag: str) -> str:
    namespace, _, local = tag[1:].partition("}")
    return f"{{{NAMESPACES[namespace]}}}{local}" if namespace in NAMESPACES else tag
