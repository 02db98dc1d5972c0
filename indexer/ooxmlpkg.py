"""An Office Open XML package (.docx, .xlsx, .pptx) made readable before its reader parses it, rewritten in
memory only where it needs it (a package that needs nothing is given back as the very bytes it came as):

- ``transitional``: a package saved as Strict Open XML (Word's, Excel's and PowerPoint's "Strict Open XML"
  save, ISO/IEC 29500 strict) names its namespaces and relationship types http://purl.oclc.org/ooxml/{area}/
  {name}, where python-docx, openpyxl and python-pptx look only for the transitional
  http://schemas.openxmlformats.org/{area}/2006/{name} — they found no main part and read nothing. Every
  XML and .rels part is mapped to the transitional names (two of which are spelt differently:
  extended-properties, custom-properties). A reader of another format calls ``transitional(data)`` on the
  zip's bytes before it opens them.
- ``word_package`` (a .docx, after ``transitional``): content controls (``w:sdt``) unwrapped — each
  replaced by the children of its ``w:sdtContent``, its properties dropped — in every WordprocessingML part
  that has one, so a form's answers, a row or a cell in a control, are paragraphs, runs, rows and cells
  again (python-docx skips a control in the body and the runs inside one in a paragraph). An empty
  control's placeholder text (``w:showingPlcHdr``: 单击或点击此处输入文字) is no content and is dropped, and
  so is Word's table of contents (a control of the "Table of Contents" gallery: the headings again, with page
  numbers). And a part that holds a whole .docx (an ``w:altChunk`` of a Word document, typed as the
  document's main XML) is typed as the package it is, which python-docx would otherwise parse as XML.

XML is parsed with no entity expanded, no DTD loaded, no network and no huge tree (``parse``); the package's
size is bounded before it comes here (wordx.check_docx_zip). A part that does not parse is left as it is, for
the reader to refuse as it always has. Both also type a document with macros, a template or a slide show
(.docm, .xlsm, .potx …) as the plain document it is (``_plain_main``).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from posixpath import splitext
from typing import Any

__all__ = ["Package", "parse", "transitional", "word_package"]

STRICT = b"http://purl.oclc.org/ooxml/"
_STRICT_URI = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/([A-Za-z0-9/_-]*[A-Za-z0-9_])")
# the names strict spells differently (all others differ only by their root and the /2006/)
_RENAMED = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}
_XML_EXTENSIONS = (".xml", ".rels", ".vml")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_CONTENT_TYPES = "[Content_Types].xml"
DOCX_PACKAGE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_WORD_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.", "application/vnd.ms-word.")
_ZIP = b"PK\x03\x04"


def parse(data: bytes) -> Any:
    """An XML part's root element: no entity expanded or fetched, no DTD, no network, no huge tree
    (lxml's XMLSyntaxError for a part that is no XML)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser)


def _serialize(root: Any) -> bytes:
    from lxml import etree

    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


class Package:
    """A zip package's parts, read as asked, the rewritten ones kept in memory; ``data()`` the package
    again (its own bytes when nothing was rewritten)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = list(dict.fromkeys(self._zip.namelist()))
        self._written: dict[str, bytes] = {}

    def read(self, name: str) -> bytes:
        if name in self._written:
            return self._written[name]
        return self._zip.read(name)

    def head(self, name: str, size: int = 4) -> bytes:
        """A part's first bytes, without reading the rest."""
        with self._zip.open(name) as part:
            return part.read(size)

    def write(self, name: str, blob: bytes) -> None:
        self._written[name] = blob

    def content_types(self) -> dict[str, str]:
        """Each part's content type by its name in the zip ({} when [Content_Types].xml is missing or no
        XML: the reader refuses such a package itself)."""
        try:
            root = parse(self.read(_CONTENT_TYPES))
        except Exception:
            return {}
        defaults = {
            d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(f"{_CT}Default")
        }
        overrides = {
            o.get("PartName", "").lstrip("/").lower(): o.get("ContentType", "")
            for o in root.iter(f"{_CT}Override")
        }
        types = {}
        for name in self.names:
            kind = overrides.get(name.lower()) or defaults.get(splitext(name)[1].lstrip(".").lower())
            if kind:
                types[name] = kind
        return types

    def data(self) -> bytes:
        if not self._written:
            return self._data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:  # (stored: read once, at once)
            for name in self.names:
                archive.writestr(name, self.read(name))
        return out.getvalue()


def _transitional_uri(found: re.Match[bytes]) -> bytes:
    head, _, last = found.group(2).rpartition(b"/")
    name = (head + b"/" if head else b"") + _RENAMED.get(last, last)
    return b"http://schemas.openxmlformats.org/" + found.group(1) + b"/2006/" + name


def _to_transitional(package: Package) -> None:
    """Strict names mapped to transitional ones in every XML part, when the package's own relationships
    (_rels/.rels, which names its main part) are strict."""
    try:
        if STRICT not in package.read("_rels/.rels"):
            return
    except KeyError:
        return
    types = package.content_types()
    for name in package.names:
        if not (name.lower().endswith(_XML_EXTENSIONS) or types.get(name, "").endswith("xml")):
            continue
        blob = package.read(name)
        if STRICT in blob:
            package.write(name, _STRICT_URI.sub(_transitional_uri, blob))


# The main part's content type of a document with macros, a template or a slide show, and of the plain
# document it is otherwise: python-docx and python-pptx refuse any but the plain one.
_PLAIN_MAIN = {
    **dict.fromkeys(
        (
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        ),
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
    **dict.fromkeys(
        (
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            b"application/vnd.ms-excel.template.macroEnabled.main+xml",
        ),
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ),
    **dict.fromkeys(
        (
            b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
            b"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
            b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
            b"application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
            b"application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
        ),
        b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    ),
}


def _plain_main(package: Package) -> None:
    """A .docm, .xlsm, .potx … read as the .docx, .xlsx or .pptx it is: its main part typed as the plain
    document's in [Content_Types].xml (its macros, vbaProject.bin, are no text and stay unread)."""
    if _CONTENT_TYPES not in package.names:
        return
    types = package.read(_CONTENT_TYPES)
    plain = types
    for variant, document in _PLAIN_MAIN.items():
        plain = plain.replace(b'"' + variant + b'"', b'"' + document + b'"')
    if plain != types:
        package.write(_CONTENT_TYPES, plain)


def transitional(data: bytes) -> bytes:
    """A zip package's bytes with Strict Open XML names mapped to transitional ones (see the module's
    docstring); ``data`` itself when it is no strict package — or a damaged one (a part failing its CRC, cut
    short), which its reader refuses in its own words (an .xlsx's had escaped as BadZipFile: a fault test)."""
    try:
        package = Package(data)
        _to_transitional(package)
        _plain_main(package)
        return package.data()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, zlib.error):
        return data


def word_package(data: bytes) -> bytes:
    """A .docx's bytes as python-docx can read all of its text: strict names mapped, content controls
    unwrapped, a .docx held as a part typed as a package (see the module's docstring)."""
    package = Package(data)
    _to_transitional(package)
    _plain_main(package)
    types = package.content_types()
    _type_zipped_parts(package, types)
    for name, kind in types.items():
        if kind.startswith(_WORD_TYPES) and kind.endswith("xml") and name in package.names:
            blob = package.read(name)
            if b"sdtContent" in blob:
                _unwrap_controls(package, name, blob)
    return package.data()


def _type_zipped_parts(package: Package, types: dict[str, str]) -> None:
    """A part typed as XML that holds a zip (Word's altChunk of a .docx: afchunk.docx typed as the
    document's main XML) given the type of the package it is, in [Content_Types].xml."""
    zipped = []
    for name, kind in types.items():
        if kind.endswith(("+xml", "/xml")) and name != _CONTENT_TYPES:
            try:
                if package.head(name) == _ZIP:
                    zipped.append(name)
            except (KeyError, zipfile.BadZipFile, OSError, ValueError, RuntimeError):
                continue
    if not zipped:
        return
    root = parse(package.read(_CONTENT_TYPES))
    for name in zipped:
        kind = DOCX_PACKAGE if types[name].startswith(_WORD_TYPES) else "application/zip"
        for override in root.findall(f"{_CT}Override"):
            if override.get("PartName", "").lstrip("/").lower() == name.lower():
                root.remove(override)
        override = root.makeelement(f"{_CT}Override", {"PartName": "/" + name, "ContentType": kind})
        root.append(override)
        types[name] = kind
    package.write(_CONTENT_TYPES, _serialize(root))


def _unwrap_controls(package: Package, name: str, blob: bytes) -> None:
    """Every content control in a WordprocessingML part replaced by its content, the innermost first."""
    try:
        root = parse(blob)
    except Exception:
        return  # (the reader refuses the part as before)
    for sdt in reversed(list(root.iter(f"{W}sdt"))):
        parent = sdt.getparent()
        if parent is None:
            continue
        props = sdt.find(f"{W}sdtPr")
        content = sdt.find(f"{W}sdtContent")
        if props is not None and _is_contents_table(props):
            content = None
        elif content is not None and props is not None and _on(props.find(f"{W}showingPlcHdr")):
            for run in list(content.iter(f"{W}r")):  # (the placeholder's runs; paragraphs and cells stay)
                run.getparent().remove(run)
        at = parent.index(sdt)
        parent[at : at + 1] = list(content) if content is not None else []
    package.write(name, _serialize(root))


def _on(flag: Any) -> bool:
    """Whether a WordprocessingML on/off element is on (present, its w:val not false)."""
    return flag is not None and flag.get(f"{W}val", "true").lower() not in ("0", "false", "off")


def _is_contents_table(props: Any) -> bool:
    return any(g.get(f"{W}val") == "Table of Contents" for g in props.iter(f"{W}docPartGallery"))
